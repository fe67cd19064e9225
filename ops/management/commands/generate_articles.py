"""Generate many article pages for load tests and benchmarks (never for the real site).

Each generated page copies the body, claims ledger and review data of the richest real article
(most blocks), so the benchmark renders what readers get. Titles say they are test pages. They
live under their own section, /load-test/, which `--delete` removes again.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

SECTION_SLUG = "load-test"
SECTION_TITLE = "負荷試験用のページ"


def richest_article():
    from learn.models import ArticlePage

    articles = ArticlePage.objects.live().exclude(url_path__contains=f"/{SECTION_SLUG}/")
    return max(
        articles,
        key=lambda a: (len(a.body) + len(a.known_claims) + len(a.unknown_claims), -a.pk),
        default=None,
    )


def article_fields(template):
    today = datetime.date.today()
    if template is None:
        return {
            "lead": "負荷試験のために作ったページです。",
            "body": [
                ("heading", {"text": "試験用の見出し", "level": "h2"}),
                ("paragraph", {"text": "<p>" + "試験用の文章です。" * 40 + "</p>", "sources": []}),
            ],
            "last_reviewed": today,
            "next_review_due": today + datetime.timedelta(days=365),
        }
    return {
        "lead": template.lead,
        "body": template.body.raw_data,
        "known_claims": template.known_claims.raw_data,
        "unknown_claims": template.unknown_claims.raw_data,
        "open_problems": template.open_problems.raw_data,
        "author": template.author,
        "medical_reviewer": template.medical_reviewer,
        "last_reviewed": template.last_reviewed,
        "next_review_due": template.next_review_due,
        "changelog": template.changelog.raw_data,
    }


class Command(BaseCommand):
    help = "負荷試験用の解説ページを作ります(本番のサイトでは使いません)。"

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="how many pages /load-test/ should hold")
        parser.add_argument("--delete", action="store_true", help="remove /load-test/ and exit")

    def handle(self, *args, count, delete=False, **options):
        from learn.models import ArticlePage, HomePage, SectionPage

        home = HomePage.objects.first()
        if home is None:
            raise CommandError("No home page: run load_initial_content first.")
        section = SectionPage.objects.child_of(home).filter(slug=SECTION_SLUG).first()
        if delete:
            if section is not None:
                section.delete()
            self.stdout.write("Removed the load-test pages.")
            return
        if section is None:
            section = home.add_child(
                instance=SectionPage(
                    title=SECTION_TITLE, slug=SECTION_SLUG, lead="負荷試験のためのページです。"
                )
            )
        fields = article_fields(richest_article())
        existing = ArticlePage.objects.child_of(section).count()
        with transaction.atomic():
            for n in range(existing + 1, count + 1):
                section.add_child(
                    instance=ArticlePage(
                        title=f"負荷試験用の記事 {n}", slug=f"article-{n}", **fields
                    )
                )
                section.refresh_from_db(fields=["numchild", "path"])
        total = ArticlePage.objects.child_of(section).count()
        self.stdout.write(f"/{SECTION_SLUG}/ holds {total} article pages.")
