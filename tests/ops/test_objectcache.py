"""The per-process object cache: values live for one page-cache generation, so a publish is
seen at once even on pages the page cache does not store."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from learn.models import GlossaryTerm, SiteSettings
from ops import objectcache, pagecache

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_outside_a_scope_it_always_computes():
    calls = []
    for _ in range(2):
        objectcache.memo("k", lambda: calls.append(1) or len(calls))
    assert len(calls) == 2


def test_a_request_scope_keeps_values_for_that_request_only():
    calls = []
    for _request in range(2):
        with objectcache.request_scope():
            for _ in range(3):
                objectcache.memo("k", lambda: calls.append(1) or len(calls))
    assert len(calls) == 2


def test_a_read_without_the_page_cache_looks_the_menus_up_once(client, cited_article):
    """Test settings keep the page cache (and so the generation scope) off, like PAGE_CACHE=false:
    the header menu, the footer menu and the link to the glossary share one lookup."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ops-article/")
    assert response.status_code == 200
    menu_queries = [q["sql"] for q in queries.captured_queries if " UNION " in q["sql"]]
    assert len(menu_queries) == 1, menu_queries
    with CaptureQueriesContext(connection) as queries:  # nothing is kept for the next request
        client.get("/ops-article/")
    assert len([q for q in queries.captured_queries if " UNION " in q["sql"]]) == 1


def test_glossary_entries_follow_a_publish(client, page_cache, home):
    """The entries of 「このページのことば」 are rendered once per publish: an edited definition
    shows at once, also on a page rendered outside the page cache."""
    term = GlossaryTerm.objects.filter(live=True).exclude(page=None).first()
    make_article(home, "ops-terms", "ことばの試験", lead=f"{term.term}について書きます。")
    html = client.get("/ops-terms/?x=1").content.decode()
    assert 'class="page-terms__entry"' in html
    assert "新しいやさしい説明です。" not in html
    term.definition = "新しいやさしい説明です。"
    term.save_revision().publish()
    html = client.get("/ops-terms/?x=2").content.decode()
    assert "新しいやさしい説明です。" in html
    assert f'id="term-{term.pk}"' in html


def test_values_last_one_generation_and_two_generations_are_kept():
    objectcache.clear()
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    with objectcache.scope("g1"):
        assert objectcache.memo("k", compute) == 1
        assert objectcache.memo("k", compute) == 1
    with objectcache.scope("g2"):
        assert objectcache.memo("k", compute) == 2
    with objectcache.scope("g1"):  # a request that began before the publish
        assert objectcache.memo("k", compute) == 1
    with objectcache.scope("g3"):
        assert objectcache.memo("k", compute) == 3
    with objectcache.scope("g2"):  # dropped: only the two most recently used are kept
        assert objectcache.memo("k", compute) == 4


def test_a_publish_reaches_pages_rendered_outside_the_page_cache(client, page_cache, cited_article):
    """?x=1 bypasses the page cache, but site, settings and sources come from the object cache:
    they must follow publishes too."""
    html = client.get("/ops-article/?x=1").content.decode()
    assert "出典のテスト用の題名" in html
    source = cited_article.cited_sources()[0]
    source.title = "新しい出典の題名"
    source.save_revision().publish()
    assert "新しい出典の題名" in client.get("/ops-article/?x=2").content.decode()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclaimer = "新しい注意書きです。"
    settings.save()
    assert "新しい注意書きです。" in client.get("/ops-article/?x=3").content.decode()
    cited_article.unpublish()
    assert client.get("/ops-article/?x=4").status_code == 404


def test_the_generation_scopes_every_page_request(client, page_cache, cited_article):
    seen = []

    def record(next_serve):
        def serve(page, request, args, kwargs):
            seen.append(objectcache._generation.get())
            return next_serve(page, request, args, kwargs)

        return serve

    from wagtail import hooks

    with hooks.register_temporarily("on_serve_page", record):
        client.get("/ops-article/?x=1")
        pagecache.bump_generation()
        client.get("/ops-article/?x=1")
    assert len(seen) == 2 and None not in seen and seen[0] != seen[1]


def test_unknown_urls_are_not_remembered(client, page_cache, cited_article):
    """Bots asking for made-up URLs must not fill the memory of the app servers."""
    objectcache.clear()
    for n in range(20):
        assert client.get(f"/no-such-page-{n}/").status_code == 404
    client.get("/ops-article/")
    remembered = [key for values in objectcache._stores.values() for key in values]
    page_types = [key for key in remembered if key[0] == "page-type"]
    assert page_types and all("no-such-page" not in key[1] for key in page_types)


@pytest.mark.parametrize("restricted", ["article", "parent"])
def test_view_restrictions_apply_at_once_with_every_cache_on(
    client, page_cache, cited_article, restricted
):
    from wagtail.models import PageViewRestriction

    assert client.get("/ops-article/").status_code == 200
    assert client.get("/ops-article/?x=1").status_code == 200  # object cache warm
    target = cited_article if restricted == "article" else cited_article.get_parent()
    restriction = PageViewRestriction.objects.create(
        page=target, restriction_type=PageViewRestriction.LOGIN
    )
    for path in ("/ops-article/", "/ops-article/?x=2"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login/" in response["Location"]
    restriction.delete()
    assert client.get("/ops-article/").status_code == 200


def test_a_password_restriction_is_asked_for(client, page_cache, cited_article):
    from wagtail.models import PageViewRestriction

    client.get("/ops-article/")
    PageViewRestriction.objects.create(
        page=cited_article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get("/ops-article/")
    assert response.status_code == 200
    assert "テスト用の段落です。" not in response.content.decode()
    assert response.get("X-Page-Cache") != "hit"
