"""The query savings on explainer pages change nothing visible: snippet choosers give the same
objects inside and outside the one-query scope (with the same field values, though only the
columns a page shows are loaded), the one-query 'public' filter agrees with Wagtail's .public(),
and the compiled ancestors query finds what Wagtail's get_ancestors() finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from learn.models import ArticlePage, GlossaryPage, GlossaryTerm, Source
from learn.prefetch import loaded_rows, shared_ancestors, snippets_in_one_query
from learn.serving import public_in_one_query

pytestmark = pytest.mark.django_db


def sources_of(page):
    fresh = ArticlePage.objects.get(pk=page.pk)
    return [s.pk for s in fresh.cited_sources()]


def test_choosers_give_the_same_sources_inside_and_outside_the_scope(site_content):
    for article in ArticlePage.objects.live():
        outside = sources_of(article)
        with snippets_in_one_query():
            with CaptureQueriesContext(connection) as queries:
                inside = sources_of(article)
        assert inside == outside, article.url
        source_queries = [q for q in queries.captured_queries if "learn_source" in q["sql"]]
        assert len(source_queries) <= 1, article.url


def test_one_query_public_filter_agrees_with_wagtail(site_content):
    pages = Page.objects.live()
    assert set(public_in_one_query(pages)) == set(pages.public())
    glossary = GlossaryPage.objects.get()
    PageViewRestriction.objects.create(
        page=glossary.get_parent().specific, restriction_type="login"
    )
    assert set(public_in_one_query(pages)) == set(pages.public())
    assert not public_in_one_query(GlossaryPage.objects.all()).exists()
    with CaptureQueriesContext(connection) as queries:
        list(public_in_one_query(GlossaryPage.objects.live()))
    assert len(queries) == 1


def test_rows_loaded_for_a_render_show_what_full_rows_show(site_content):
    """Sources and terms inside the scope load only the columns a render reads: those columns
    hold the same values, and nothing a render reads needs another query."""
    with snippets_in_one_query():
        sources = loaded_rows(Source)
        terms = loaded_rows(GlossaryTerm)
        with CaptureQueriesContext(connection) as queries:
            shown = {
                pk: (s.live, s.title, s.descriptive_title, s.publisher, s.published, s.url,
                     s.get_kind_display(), s.last_checked)
                for pk, s in sources.items()
            }  # fmt: skip
            terms_shown = {
                pk: (t.live, t.term, t.reading, t.definition, [s.pk for s in t.source_list],
                     t.page_id, t.page and (t.page.title, t.page.url, t.page.live))
                for pk, t in terms.items()
            }  # fmt: skip
        assert queries.captured_queries == []
    full = {s.pk: s for s in Source.objects.all()}
    assert shown == {
        pk: (s.live, s.title, s.descriptive_title, s.publisher, s.published, s.url,
             s.get_kind_display(), s.last_checked)
        for pk, s in full.items()
    }  # fmt: skip
    assert terms_shown == {
        t.pk: (t.live, t.term, t.reading, t.definition, [s.pk for s in t.source_list],
               t.page_id, t.page and (t.page.title, t.page.url, t.page.live))
        for t in GlossaryTerm.objects.select_related("page")
    }  # fmt: skip
    assert any(t.page_id for t in terms.values()) and any(not t.page_id for t in terms.values())


def values(page):
    return {field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields}


def test_compiled_ancestors_are_wagtails(site_content):
    pages = list(Page.objects.all())
    assert {page.depth for page in pages} >= {1, 2, 3, 4}
    for page in pages:
        expected = list(page.get_ancestors())
        found = shared_ancestors(page)
        assert [(p.pk, type(p)) for p in found] == [(p.pk, type(p)) for p in expected], page
        assert [values(p) for p in found] == [values(p) for p in expected], page
