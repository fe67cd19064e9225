"""How /search/ finds and orders pages (PostgreSQL or SQLite): on PostgreSQL a word in the title
ranks above a word only in the body; pages with a compound as typed come before pages with its
words apart; each word of a query may be in the title or in the body; the search reads the index
once (twice for a compound: as typed and apart); on PostgreSQL each word is matched on the title
and body columns (which the GIN indexes can answer). The glossary and snippet texts are kept per
object-cache generation, never past a publish."""

import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from learn.models import ArticlePage, GlossaryTerm
from ops import objectcache
from search import japanese_text
from search.views import find_glossary_terms

from .conftest import article, paragraph
from .test_search import result_titles, search_page

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def ranking_pages(search_pages, django_db_blocker):
    with django_db_blocker.unblock():
        learn = search_pages["learn"]
        # Each pair is made in the order a newest-first ordering would get wrong.
        pages = {
            "title": article(learn, "rank-title", "容器の選び方", "選び方をまとめました。"),
            "body": article(learn, "rank-body", "持ち運びの注意", "容器に入れて運びます。"),
            "exact": article(learn, "rank-exact", "倉庫の記録", "冷蔵保管の記録です。"),
            "apart": article(learn, "rank-apart", "倉庫の手順", "保管は冷蔵で行います。"),
            "split": article(
                learn,
                "rank-split",
                "搬送の記録",
                "運転手が書きます。",
                body=[paragraph("<p>途中で温度を確かめます。</p>")],
            ),
        }
    return pages


def index_queries(queries):
    return [q["sql"] for q in queries if "indexentry" in q["sql"].lower()]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the title weight is PostgreSQL's ranking; SQLite FTS5 (development) orders otherwise",
)
def test_a_word_in_the_title_ranks_above_a_word_only_in_the_body(client, ranking_pages):
    assert result_titles(client, "容器") == [
        ranking_pages["title"].title,
        ranking_pages["body"].title,
    ]


def test_a_compound_as_typed_comes_before_its_words_apart(client, ranking_pages):
    _, soup = search_page(client, "冷蔵保管")
    titles = [a.get_text() for a in soup.select(".search-result__title a")]
    assert titles == [ranking_pages["exact"].title, ranking_pages["apart"].title]
    assert "ことばを分けて" in soup.select_one(".search-results").get_text()


def test_each_word_may_be_in_the_title_or_in_the_body(client, ranking_pages):
    # 搬送 only in the title, 温度 only in the body: every word is on the page.
    assert result_titles(client, "搬送 温度") == [ranking_pages["split"].title]
    assert result_titles(client, "搬送 容器") == []


def test_a_search_reads_the_index_once_and_a_compound_twice(client, ranking_pages):
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(client, "容器")
    assert len(index_queries(queries)) == 1  # the ids, best first: no separate COUNT
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(client, "冷蔵保管")
    assert len(index_queries(queries)) == 2  # as typed, then apart


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search only")
def test_each_word_is_matched_on_the_indexed_columns_themselves(client, ranking_pages):
    """`title @@ word OR body @@ word` for each word, which the GIN index of each column can
    answer; never `(title || body) @@ query`, which no index can answer and which builds a
    concatenated vector for every row."""
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(client, "搬送 温度")
        # The admin's search (autocomplete): the same, with the last morpheme as a prefix.
        found = Page.objects.live().autocomplete("搬送 温")
        assert [page.pk for page in found] == [ranking_pages["split"].pk]
    for sql in index_queries(queries):
        where = sql[sql.index(" WHERE ") : sql.index(" ORDER BY ")]
        assert "||" not in where
        for column in ("title", "body"):
            assert where.count(f'"wagtailsearch_indexentry"."{column}" @@') == 2, where
    assert len(index_queries(queries)) == 2


def test_the_glossary_is_read_once_per_generation(search_pages, django_assert_num_queries):
    terms = japanese_text.parse_query("ぶんし")
    generation = f"test-{uuid.uuid4()}"
    with objectcache.scope(generation):
        before = find_glossary_terms(terms)
        with django_assert_num_queries(0):
            assert find_glossary_terms(terms) == before
    term = GlossaryTerm.objects.get(pk=search_pages["reagent"].pk)
    term.reading = "ぶんしやく"
    term.save()
    # A save starts a new generation (ops.signals): the edit is found there at once.
    with objectcache.scope(f"test-{uuid.uuid4()}"):
        assert [t.pk for t in find_glossary_terms(terms)] == [term.pk]
    with objectcache.scope(generation):  # the old generation still has the old glossary
        assert find_glossary_terms(terms) == before
    assert term.pk not in [t.pk for t in before]


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (test settings keep it off): requests run in generations."""
    settings.PAGE_CACHE_ENABLED = True
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_a_published_change_is_in_the_next_snippet(client, ranking_pages, page_cache):
    """Snippet texts are kept per generation; publishing starts a new one."""

    def snippets():
        _, soup = search_page(client, "容器", uncached="1")  # rendered, never served stored
        return [p.get_text() for p in soup.select(".search-result__snippet")]

    assert any("運びます" in text for text in snippets())
    page = ArticlePage.objects.get(pk=ranking_pages["body"].pk)
    page.lead = "容器に入れて冷やします。"
    page.save_revision().publish()
    found = snippets()
    assert any("冷やします" in text for text in found)
    assert not any("運びます" in text for text in found)


def test_a_search_runs_only_its_own_queries_once_the_site_is_known(
    client, ranking_pages, page_cache
):
    """The site, its settings and whether any page is restricted are published lookups, shared
    until the next publish: a search itself reads the index and the pages it shows."""
    search_page(client, "記録", uncached="1")
    with CaptureQueriesContext(connection) as queries:
        titles = result_titles(client, "容器", uncached="2")
    assert titles
    tables = [q["sql"].split(" FROM ")[1].split()[0] for q in queries.captured_queries]
    assert len(index_queries(queries)) == 1
    assert not any(
        name.strip('"')
        in ("wagtailcore_site", "learn_sitesettings", "wagtailcore_pageviewrestriction")
        for name in tables
    ), tables


def test_a_restricted_page_is_never_found(client, ranking_pages, page_cache):
    from wagtail.models import PageViewRestriction

    assert "容器の選び方" in result_titles(client, "容器", uncached="3")
    restriction = PageViewRestriction.objects.create(
        page=ranking_pages["title"], restriction_type=PageViewRestriction.LOGIN
    )
    try:
        titles = result_titles(client, "容器", uncached="4")
        assert "容器の選び方" not in titles
        assert "持ち運びの注意" in titles
    finally:
        restriction.delete()
