"""manage.py backup [--output FILE]: all content and media in one .tar.gz (see ops.backup)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from ops.backup import create_backup


class Command(BaseCommand):
    help = "すべてのコンテンツ(ページ、履歴、スニペット、ワークフロー、メディア)を保存します。"

    def add_arguments(self, parser):
        parser.add_argument("--output", help="archive path (default backups/exosome-<time>.tar.gz)")

    def handle(self, *args, output=None, **options):
        if not output:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            output = settings.BASE_DIR / "backups" / f"exosome-{stamp}.tar.gz"
        manifest = create_backup(output)
        total = sum(manifest["objects"].values())
        self.stdout.write(f"{output}: {total} rows, {manifest['media_files']} media files")
