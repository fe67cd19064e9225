"""The query savings on explainer pages change nothing visible: snippet choosers give the same
objects inside and outside the one-query scope, and the one-query 'public' filter agrees with
Wagtail's .public()."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from learn.models import ArticlePage, GlossaryPage
from learn.prefetch import snippets_in_one_query
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
