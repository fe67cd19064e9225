"""Rewrite readings written in parentheses, 「幹細胞(かんさいぼう)」, as 「{幹細胞|かんさいぼう}」.

A one-off for the content data files (by default the initial content of the explainer pages,
the glossary and the checker's criterion pages). Without --write it only reports. Readings it
cannot place (the kana do not fit the kanji before them) are listed and left for a person.

    manage.py convert_readings            # report what would change
    manage.py convert_readings --write    # change the files
    manage.py convert_readings path/to/file.py --write
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from learn.ruby import convert_inline_readings, inline_readings

DEFAULT_FILES = (
    "learn/initial_content/pages.py",
    "learn/initial_content/glossary.py",
    "checker/initial_content/criteria.py",
)


class Command(BaseCommand):
    help = "Rewrite 「漢字(かんじ)」 readings in content data files as {漢字|かんじ}."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="files to convert (default: content files)")
        parser.add_argument("--write", action="store_true", help="save the converted files")

    def handle(self, *args, paths=(), write=False, **options):
        base = Path(settings.BASE_DIR)
        files = [Path(p) for p in paths] or [
            base / name for name in DEFAULT_FILES if (base / name).exists()
        ]
        total = 0
        for path in files:
            text = path.read_text(encoding="utf-8")
            converted, skipped = convert_inline_readings(text)
            changes = len(inline_readings(text)) - len(inline_readings(converted))
            total += changes
            self.stdout.write(f"{path}: {changes} readings")
            for item in skipped:
                self.stdout.write(f"  left as it is ({item.reason}): {item.text}")
            if write and converted != text:
                path.write_text(converted, encoding="utf-8")
        verb = "Converted" if write else "Would convert"
        self.stdout.write(f"{verb} {total} readings.")
