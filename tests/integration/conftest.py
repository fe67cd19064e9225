"""Fixtures for the integration tests: people in the editorial groups, small article pages,
the admin form data Wagtail's page editor would post for a page, and (at the end) a tree of
Japanese pages for the search tests."""

import datetime
import itertools
import os

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from wagtail import blocks
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP
from learn.models import ArticlePage, GlossaryPage, GlossaryTerm, HomePage, SectionPage, Source

_slugs = itertools.count(1)


def _person(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="x"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(site_content, django_user_model):
    """A member of 編集者 only."""
    return _person(django_user_model, "editor", EDITOR_GROUP)


@pytest.fixture
def reviewer(site_content, django_user_model):
    """A member of 監修者 only."""
    return _person(django_user_model, "reviewer", REVIEWER_GROUP)


@pytest.fixture
def learn_section(site_content):
    return SectionPage.objects.get(slug="learn")


@pytest.fixture
def make_article(learn_section):
    """Create and publish a small cited article under 学ぶ."""

    def make(title="テスト用のページ", next_review_due=None, **fields):
        source = Source.objects.order_by("pk").first()
        page = ArticlePage(
            title=title,
            slug=fields.pop("slug", f"test-page-{next(_slugs)}"),
            lead="テスト用のリード文です。",
            known_claims=[
                {"type": "claim", "value": {"text": "テスト用の項目です。", "sources": [source.pk]}}
            ],
            last_reviewed=datetime.date(2026, 11, 28),
            next_review_due=next_review_due or datetime.date(2099, 1, 1),
            changelog=[
                {"type": "entry", "value": {"date": "2026-11-28", "text": "公開しました。"}}
            ],
            **fields,
        )
        learn_section.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


def block_form_data(block, value):
    """A block value → the nested form data the Wagtail editor posts for it."""
    if isinstance(block, blocks.BaseStreamBlock):
        data = {
            str(i): {
                "type": child.block_type,
                "value": block_form_data(child.block, child.value),
                "deleted": "",
                "order": str(i),
                "id": child.id or "",
            }
            for i, child in enumerate(value or [])
        }
        data["count"] = str(len(value or []))
        return data
    if isinstance(block, blocks.ListBlock):
        children = list(value.bound_blocks) if hasattr(value, "bound_blocks") else []
        data = {
            str(i): {
                "value": block_form_data(block.child_block, child.value),
                "deleted": "",
                "order": str(i),
                "id": child.id or "",
            }
            for i, child in enumerate(children)
        }
        data["count"] = str(len(children))
        return data
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_data(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "", features=block.features)
    if isinstance(block, SnippetChooserBlock):
        return str(value.pk) if value else ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def article_form_data(page, **changes):
    """What the page editor posts for an ArticlePage, with some fields changed."""
    page = page.specific
    data = {
        "title": page.title,
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "lead": page.lead,
        "author": page.author,
        "medical_reviewer": page.medical_reviewer,
        "last_reviewed": page.last_reviewed.isoformat(),
        "next_review_due": page.next_review_due.isoformat(),
        "go_live_at": "",
        "expire_at": "",
        "menu_title": page.menu_title,
        "menu_place": page.menu_place,
    }
    if page.show_in_menus:
        data["show_in_menus"] = "on"
    streams = {}
    for name in (
        "key_points",
        "body",
        "known_claims",
        "unknown_claims",
        "open_problems",
        "changelog",
    ):
        field = page._meta.get_field(name)
        streams[name] = block_form_data(field.stream_block, getattr(page, name))
    data.update(nested_form_data({**streams, "comments": inline_formset([])}))
    data.update(changes)
    return data


@pytest.fixture
def article_form():
    return article_form_data


# --- search tests -------------------------------------------------------------------------
# A small tree of Japanese pages and glossary terms, published through Wagtail (so the search
# index is filled the way an editor's publish fills it). It is built once per test module inside
# a transaction that is rolled back at the end; each test runs in its own savepoint
# (pytest-django), so tests may change pages freely. Re-read objects from the database before
# changing them: the returned instances are shared.

TODAY = datetime.date(2026, 1, 15)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def article(parent, slug, title, lead, body=(), known=(), unknown=(), problems=(), source=None):
    def claims(texts):
        return [("claim", {"text": t, "sources": [source] if source else []}) for t in texts]

    return publish(
        parent,
        ArticlePage(
            title=title,
            slug=slug,
            lead=lead,
            body=list(body),
            known_claims=claims(known),
            unknown_claims=claims(unknown),
            open_problems=claims(problems),
            last_reviewed=TODAY,
            next_review_due=TODAY + datetime.timedelta(days=180),
        ),
    )


def paragraph(html):
    return ("paragraph", {"text": html, "sources": []})


@pytest.fixture(scope="module")
def search_pages(django_db_setup, django_db_blocker):
    """Pages whose words sit inside longer runs of Japanese, in every kind of indexed field."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
            yield make_search_pages()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def make_search_pages():
    """Replace the site's content (inside the caller's transaction) with pages made for search
    tests, so exact result lists do not depend on the real content."""
    home = HomePage.objects.get()
    for child in Page.objects.get(pk=home.pk).get_children():
        child.delete()
    home = HomePage.objects.get(pk=home.pk)  # fresh: its children are gone
    home.key_facts = []  # the home page's own facts would be found too
    home.save_revision().publish()
    GlossaryTerm.objects.all().delete()
    source = Source.objects.create(
        key="test-source",
        title="テスト用の出典",
        publisher="テスト",
        published="2024",
        kind=Source.Kind.OTHER,
        last_checked=TODAY,
    )
    learn = publish(home, SectionPage(title="学ぶ", slug="learn", lead="基本を学ぶページです。"))
    pages = {"learn": learn}
    pages["drip"] = article(
        learn,
        "drip",
        "点滴で使われる製品",
        "クリニックの広告を読むときのページです。",
        body=[
            ("heading", {"text": "広告の読み方", "level": "h2"}),
            paragraph("<p>エクソソーム点滴の臨床的有効性は未評価です。</p>"),
        ],
        source=source,
    )
    pages["label"] = article(
        learn,
        "label",
        "ラベルの読み方",
        "製品の箱を見るときのページです。",
        body=[
            (
                "callout",
                {"kind": "note", "text": "<p>成分表示を必ず確かめましょう。</p>", "sources": []},
            )
        ],
        source=source,
    )
    pages["markers"] = article(
        learn,
        "markers",
        "表面の目印",
        "目印になるタンパク質のページです。",
        body=[
            (
                "faq",
                {
                    "items": [
                        {
                            "question": "目印は何ですか",
                            "answer": "<p>CD9とCD63はエクソソームの表面にあるタンパク質です。</p>",
                            "sources": [],
                        }
                    ]
                },
            )
        ],
        source=source,
    )
    pages["numbers"] = article(
        learn,
        "numbers",
        "数の話",
        "数を読むときのページです。",
        body=[paragraph("<p>CD9を調べた施設は63でした。</p>")],  # CD and 63, not next to each other
        source=source,
    )
    pages["history"] = article(
        learn,
        "history",
        "これまでのできごと",
        "年表のページです。",
        body=[
            (
                "timeline",
                {
                    "events": [
                        {
                            "year": "2024",
                            "text": "国が製品の承認について知らせを出しました。",
                            "source": source,
                        }
                    ]
                },
            )
        ],
        source=source,
    )
    pages["ledger"] = article(
        learn,
        "ledger",
        "わかっていること",
        "研究の今をまとめたページです。",
        known=["幹細胞培養上清液の粒子数は、はかり方で変わります。"],
        unknown=["長く使ったときの影響は、まだわかっていません。"],
        problems=["品質をそろえる方法を決めることが必要です。"],
        source=source,
    )
    article_fields = (
        {"last_reviewed": TODAY, "next_review_due": TODAY}
        if issubclass(GlossaryPage, ArticlePage)
        else {}
    )
    pages["glossary"] = publish(
        home,
        GlossaryPage(
            title="用語集", slug="glossary", lead="むずかしいことばの説明です。", **article_fields
        ),
    )
    pages["reagent_page"] = article(
        learn,
        "reagent",
        "研究用の製品",
        "研究のための製品についてのページです。",
        body=[paragraph("<p>病気を治すためではない試薬として売られています。</p>")],
        source=source,
    )
    pages["draft"] = ArticlePage(
        title="下書きの点滴ページ",
        slug="draft",
        lead="まだ公開していない点滴のページです。",
        last_reviewed=TODAY,
        next_review_due=TODAY,
        live=False,
    )
    learn.add_child(instance=pages["draft"])
    pages["reagent"] = GlossaryTerm.objects.create(
        term="試薬",
        reading="しやく",
        definition="研究や検査に使う薬品です。病気を治すためのものではありません。",
        page=Page.objects.get(pk=pages["reagent_page"].pk),
    )
    pages["exosome_term"] = GlossaryTerm.objects.create(
        term="エクソソーム",
        reading="えくそそーむ",
        definition="細胞から出る、とても小さなふくろの一つです。",
    )
    return pages
