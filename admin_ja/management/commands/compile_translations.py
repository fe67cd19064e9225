"""Compile the project's gettext catalogues (locale/*/LC_MESSAGES/*.po → .mo) without GNU gettext.

The compiled .mo files are committed next to their .po, so a fresh clone, a CI run or a
production image works with no build step and no `msgfmt`. Run this after editing a .po;
`--check` (used by `make lint` and the test suite) fails when a committed .mo is out of date.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from admin_ja.catalog import catalogues, compile_po


class Command(BaseCommand):
    help = "locale/ の .po を .mo にコンパイルします(GNU gettext は不要です)。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; fail when a committed .mo differs from its compiled .po.",
        )

    def handle(self, *args, check=False, **options):
        stale = []
        for locale_dir in settings.LOCALE_PATHS:
            for po, mo in catalogues(locale_dir):
                compiled = compile_po(po)
                current = mo.read_bytes() if mo.exists() else None
                if compiled == current:
                    continue
                if check:
                    stale.append(mo)
                else:
                    mo.write_bytes(compiled)
                    self.stdout.write(f"Compiled {Path(po).relative_to(settings.BASE_DIR)}")
        if stale:
            names = ", ".join(str(Path(mo).relative_to(settings.BASE_DIR)) for mo in stale)
            raise CommandError(
                f"Out of date: {names}. Run `python manage.py compile_translations`."
            )
