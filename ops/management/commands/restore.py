"""manage.py restore FILE [--force]: restore a backup into an empty database (see ops.backup):
pg_restore for a PostgreSQL dump, loaddata for a portable (JSON lines) one, then the media."""

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "backup で作ったファイルから、空のデータベースにすべてのコンテンツを戻します。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .tar made by manage.py backup")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the content of a database that is not empty (everything in it is lost)",
        )

    def handle(self, *args, file, force=False, **options):
        try:
            manifest = restore_backup(file, force=force, stdout=self.stdout)
        except BackupError as error:
            raise CommandError(str(error)) from None
        total = sum(manifest["objects"].values())
        self.stdout.write(
            f"Restored {total} rows and {manifest['media_files']} media files"
            f" (backup made {manifest['created']})."
        )
