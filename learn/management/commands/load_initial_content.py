"""Build the site's initial content (page tree, snippets, settings, groups, workflow).

Idempotent: running it again creates only what is missing and never duplicates or overwrites
what editors have changed. The loaders it runs are listed in settings.INITIAL_CONTENT_LOADERS.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "サイトの初期コンテンツを作ります(何度実行しても重複しません)。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only load when the site has no home page yet (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        from learn.models import HomePage

        if if_empty and HomePage.objects.exists():
            self.stdout.write("Initial content already present; nothing to load.")
            return
        with transaction.atomic():
            for dotted_path in settings.INITIAL_CONTENT_LOADERS:
                import_string(dotted_path)(self.stdout)
        self.stdout.write(self.style.SUCCESS("Initial content is loaded."))
