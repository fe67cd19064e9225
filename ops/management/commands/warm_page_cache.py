"""manage.py warm_page_cache: render every public page once so the page cache holds it."""

from django.core.management.base import BaseCommand, CommandError

from ops import pagecache, warming


class Command(BaseCommand):
    help = "Render every public page (and the cached views) once, filling the page cache."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            help="public scheme and host, e.g. https://exosome.example.jp "
            "(default: PAGE_CACHE_WARM_URL, else WAGTAILADMIN_BASE_URL)",
        )

    def handle(self, *args, base_url=None, **options):
        if not pagecache.enabled():
            raise CommandError("The page cache is off (PAGE_CACHE_ENABLED / PAGE_CACHE=false).")
        if base_url:
            from django.conf import settings

            settings.PAGE_CACHE_WARM_URL = base_url
        verbosity = options["verbosity"]

        def progress(number, total, path, status):
            if verbosity >= 2 or (verbosity >= 1 and (status != 200 or number % 50 == 0)):
                self.stdout.write(f"  {number}/{total} {status} {path}")

        result = warming.warm(progress=progress)
        self.stdout.write(
            f"Warmed {result.rendered} pages in {result.seconds:.2f} s"
            f" ({len(result.failed)} not 200)."
        )
        for path, status in result.failed:
            self.stdout.write(f"  not cached: {path} ({status})")
