"""manage.py backup [--output FILE] [--portable]: the database and the media in one .tar
(see ops.backup)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "すべてのコンテンツ(ページ、履歴、スニペット、ワークフロー、メディア)を保存します。"

    def add_arguments(self, parser):
        parser.add_argument("--output", help="archive path (default backups/exosome-<time>.tar)")
        parser.add_argument(
            "--portable",
            action="store_true",
            help="on PostgreSQL, write JSON lines instead of pg_dump (to move the site to SQLite)",
        )

    def handle(self, *args, output=None, portable=False, **options):
        if not output:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            output = settings.BASE_DIR / "backups" / f"exosome-{stamp}.tar"
        try:
            manifest = create_backup(output, portable=portable)
        except BackupError as error:
            raise CommandError(str(error)) from None
        total = sum(manifest["objects"].values())
        self.stdout.write(
            f"{output}: {total} rows ({manifest['database_dump']}),"
            f" {manifest['media_files']} media files"
        )
