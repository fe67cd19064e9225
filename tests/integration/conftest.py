"""Fixtures for the integration tests: people in the editorial groups, small article pages,
and the admin form data Wagtail's page editor would post for a page."""

import datetime
import itertools

import pytest
from django.contrib.auth.models import Group
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP
from learn.models import ArticlePage, SectionPage, Source

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
    }
    streams = {}
    for name in ("body", "known_claims", "unknown_claims", "open_problems", "changelog"):
        field = page._meta.get_field(name)
        streams[name] = block_form_data(field.stream_block, getattr(page, name))
    data.update(nested_form_data({**streams, "comments": inline_formset([])}))
    data.update(changes)
    return data


@pytest.fixture
def article_form():
    return article_form_data
