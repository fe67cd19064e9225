"""The page cache: anonymous GETs of Wagtail pages are served from the cache with no database
query, and anything a page shows that changes (publish, unpublish, move, delete, snippets, site
settings) purges it at once. Sessions, previews, cookies, private responses and htmx fragments
never get or give a shared entry."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import Site

from learn.models import GlossaryPage, GlossaryTerm, SectionPage, SiteSettings
from ops import pagecache

from .conftest import make_article, make_source

pytestmark = pytest.mark.django_db


def get(client, path, **headers):
    response = client.get(path, headers=headers)
    return response, response.get("X-Page-Cache")


def text(response):
    return response.content.decode()


def test_second_anonymous_get_is_a_hit_with_no_database_query(client, page_cache, cited_article):
    first, state = get(client, "/ops-article/")
    assert (first.status_code, state) == (200, "miss")
    with CaptureQueriesContext(connection) as queries:
        second, state = get(client, "/ops-article/")
    assert (second.status_code, state) == (200, "hit")
    assert len(queries) == 0, [q["sql"] for q in queries.captured_queries]
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publishing_a_page_purges_it(client, page_cache, cited_article):
    assert "キャッシュ試験の記事" in text(get(client, "/ops-article/")[0])
    assert get(client, "/ops-article/")[1] == "hit"
    cited_article.title = "公開し直した題名"
    cited_article.save_revision().publish()
    response, state = get(client, "/ops-article/")
    assert state == "miss"
    assert "公開し直した題名" in text(response)


def test_a_draft_is_not_shown_but_its_publication_is(client, page_cache, cited_article):
    get(client, "/ops-article/")
    cited_article.title = "下書きの題名"
    revision = cited_article.save_revision()
    assert "下書きの題名" not in text(get(client, "/ops-article/")[0])
    revision.publish()
    assert "下書きの題名" in text(get(client, "/ops-article/")[0])


def test_unpublishing_a_page_purges_it(client, page_cache, cited_article):
    get(client, "/ops-article/")
    assert get(client, "/ops-article/")[1] == "hit"
    cited_article.unpublish()
    assert client.get("/ops-article/").status_code == 404


def test_moving_a_page_purges_old_and_new_urls(client, page_cache, home, cited_article):
    section = SectionPage(title="移動先", slug="moved-here")
    home.add_child(instance=section)
    section.save_revision().publish()
    get(client, "/ops-article/")
    assert get(client, "/ops-article/")[1] == "hit"
    get(client, "/moved-here/")
    cited_article.move(section, pos="last-child")
    old = client.get("/ops-article/")  # Wagtail's automatic redirect, not the cached page
    assert (old.status_code, old["Location"]) == (301, "/moved-here/ops-article/")
    response = client.get("/moved-here/")
    assert "キャッシュ試験の記事" in text(response)  # the section lists its new child
    assert client.get("/moved-here/ops-article/").status_code == 200


def test_deleting_a_page_purges_it(client, page_cache, cited_article):
    get(client, "/ops-article/")
    assert get(client, "/ops-article/")[1] == "hit"
    cited_article.delete()
    assert client.get("/ops-article/").status_code == 404


def test_publishing_a_cited_source_purges_the_article(client, page_cache, cited_article):
    assert "出典のテスト用の題名" in text(get(client, "/ops-article/")[0])
    source = cited_article.cited_sources()[0]
    source.title = "直した出典の題名"
    source.save_revision().publish()
    assert "直した出典の題名" in text(get(client, "/ops-article/")[0])


def test_publishing_a_glossary_term_purges_the_glossary(client, page_cache, home):
    glossary = GlossaryPage.objects.live().get()
    path = glossary.url
    term = GlossaryTerm(term="試験用語", reading="しけんようご", definition="はじめの説明です。")
    term.save()
    term.save_revision().publish()
    assert "はじめの説明です。" in text(get(client, path)[0])
    assert get(client, path)[1] == "hit"
    term.definition = "なおした説明です。"
    term.save_revision().publish()
    assert "なおした説明です。" in text(get(client, path)[0])
    term.unpublish()
    assert "なおした説明です。" not in text(get(client, path)[0])


def test_saving_site_settings_purges_every_page(client, page_cache, cited_article):
    get(client, "/")
    get(client, "/ops-article/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.disclaimer = "編集者が直した注意書きです。"
    site_settings.save()
    for path in ("/", "/ops-article/"):
        response, state = get(client, path)
        assert state == "miss"
        assert "編集者が直した注意書きです。" in text(response)


def test_htmx_requests_and_full_pages_never_share_an_entry(client, page_cache, cited_article):
    full, state = get(client, "/ops-article/")
    assert state == "miss"
    fragment, state = get(client, "/ops-article/", HX_Request="true")
    assert state == "miss", "an htmx request must not get the full page's entry"
    assert get(client, "/ops-article/", HX_Request="true", HX_Target="main")[1] == "miss"
    assert get(client, "/ops-article/")[1] == "hit"
    assert get(client, "/ops-article/", HX_Request="true")[1] == "hit"
    for response in (full, fragment):
        vary = {v.strip() for v in response["Vary"].split(",")}
        assert {"HX-Request", "HX-Target"} <= vary


def test_requests_with_a_session_cookie_bypass_the_cache(client, page_cache, cited_article):
    get(client, "/ops-article/")
    assert get(client, "/ops-article/")[1] == "hit"
    client.cookies["sessionid"] = "anything"
    with CaptureQueriesContext(connection) as queries:
        assert get(client, "/ops-article/")[1] == "bypass"
    assert len(queries) > 0


def test_logged_in_editors_never_see_or_fill_the_cache(
    client, page_cache, cited_article, django_user_model
):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    assert get(client, "/ops-article/")[1] == "bypass"
    client.logout()
    client.cookies.clear()
    assert get(client, "/ops-article/")[1] == "miss"


def test_a_preview_never_reaches_anonymous_readers(
    client, page_cache, cited_article, django_user_model
):
    get(client, "/ops-article/")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    cited_article.title = "プレビューだけの題名"
    cited_article.save_revision()
    client.force_login(editor)
    preview = client.get(f"/admin/pages/{cited_article.pk}/view_draft/")
    assert preview.status_code == 200
    assert "プレビューだけの題名" in text(preview)
    client.logout()
    client.cookies.clear()
    assert "プレビューだけの題名" not in text(client.get("/ops-article/"))


def add_to_response(**changes):
    """An on_serve_page hook that alters Wagtail's response (a cookie, a header)."""

    def hook(next_serve):
        def serve(page, request, args, kwargs):
            response = next_serve(page, request, args, kwargs)
            if "cookie" in changes:
                response.set_cookie("tracker", changes["cookie"])
            if "cache_control" in changes:
                response["Cache-Control"] = changes["cache_control"]
            if "vary" in changes:
                response["Vary"] = changes["vary"]
            return response

        return serve

    return hook


@pytest.mark.parametrize(
    "change",
    [
        {"cookie": "abc"},
        {"cache_control": "private"},
        {"cache_control": "no-store"},
        {"cache_control": "max-age=0, no-cache"},
        {"vary": "Cookie"},
    ],
    ids=["set-cookie", "private", "no-store", "no-cache", "vary-cookie"],
)
def test_responses_that_are_not_for_everyone_are_never_stored(
    client, page_cache, cited_article, change
):
    with hooks.register_temporarily("on_serve_page", add_to_response(**change)):
        assert get(client, "/ops-article/")[1] == "bypass"
        assert get(client, "/ops-article/")[1] == "bypass"
    assert get(client, "/ops-article/")[1] == "miss"


def test_a_page_that_uses_the_session_is_not_stored(client, page_cache, cited_article):
    def touch_session(next_serve):
        def serve(page, request, args, kwargs):
            request.session.get("anything")
            return next_serve(page, request, args, kwargs)

        return serve

    with hooks.register_temporarily("on_serve_page", touch_session):
        assert get(client, "/ops-article/")[1] == "bypass"
        assert get(client, "/ops-article/")[1] == "bypass"


def test_tracking_parameters_share_the_entry_other_queries_bypass(
    client, page_cache, cited_article
):
    get(client, "/ops-article/")
    assert get(client, "/ops-article/?utm_source=tv&fbclid=x")[1] == "hit"
    assert get(client, "/ops-article/?page=2")[1] == "bypass"


def test_non_page_views_are_not_cached(client, page_cache, site_content):
    assert client.get("/admin/login/").get("X-Page-Cache") is None
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/no-such-page/").status_code == 404


def test_a_page_rendered_during_a_publish_is_not_served_after_it(client, page_cache, cited_article):
    """A render that read the old rows while a publish committed is stored under the old
    generation, so the first request after the publish renders again."""
    published = []

    def publish_mid_render(next_serve):
        def serve(page, request, args, kwargs):
            if not published:
                fresh = page.specific_class.objects.get(pk=page.pk)
                fresh.title = "途中で公開された題名"
                fresh.save_revision().publish()
                published.append(True)
            return next_serve(page, request, args, kwargs)  # renders the old object

        return serve

    with hooks.register_temporarily("on_serve_page", publish_mid_render):
        stale = client.get("/ops-article/")
    assert "途中で公開された題名" not in text(stale)
    response, state = get(client, "/ops-article/")
    assert state == "miss"
    assert "途中で公開された題名" in text(response)


def test_a_publish_purges_again_when_its_transaction_commits(
    page_cache, cited_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        cited_article.save_revision().publish()
    before = page_cache.get(pagecache.GENERATION_KEY)
    assert any(cb is pagecache.bump_generation for cb in callbacks)
    for callback in callbacks:
        callback()
    assert page_cache.get(pagecache.GENERATION_KEY) != before


def test_an_evicted_generation_never_revives_old_entries(client, page_cache, cited_article):
    get(client, "/ops-article/")
    assert get(client, "/ops-article/")[1] == "hit"
    page_cache.delete(pagecache.GENERATION_KEY)  # evicted under memory pressure
    assert get(client, "/ops-article/")[1] == "miss"


def test_cached_html_is_served_gzipped_when_accepted(client, page_cache, cited_article):
    plain = client.get("/ops-article/")
    hit = client.get("/ops-article/", headers={"Accept-Encoding": "gzip, br"})
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    import gzip

    assert gzip.decompress(hit.content) == plain.content
    assert int(hit["Content-Length"]) == len(hit.content) < len(plain.content)


def test_the_cache_being_down_serves_pages_uncached(client, settings, cited_article):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "IGNORE_EXCEPTIONS": True,  # as in production
            },
        }
    }
    for _ in range(2):
        response, state = get(client, "/ops-article/")
        assert response.status_code == 200
        assert state != "hit"
    # ...but a publish that cannot purge the cache fails instead of leaving stale pages.
    with pytest.raises(Exception, match="(?i)connect"):
        cited_article.save_revision().publish()


def test_a_second_article_fixture_is_independent(client, page_cache, home):
    """Entries are keyed by path: two pages never answer for each other."""
    make_article(home, "first", "一つ目の記事", source=make_source("s1"))
    make_article(home, "second", "二つ目の記事")
    assert "一つ目の記事" in text(client.get("/first/"))
    assert "二つ目の記事" in text(client.get("/second/"))
    assert "一つ目の記事" in text(client.get("/first/"))


def test_search_results_are_cached_per_query_and_follow_publishes(
    client, page_cache, cited_article
):
    first, state = get(client, "/search/?q=キャッシュ")
    assert (first.status_code, state) == (200, "miss")
    assert 'href="/ops-article/"' in text(first)
    with CaptureQueriesContext(connection) as queries:
        again, state = get(client, "/search/?q=キャッシュ&utm_source=tv")
    assert state == "hit" and len(queries) == 0
    assert again.content == first.content
    assert get(client, "/search/?q=出典")[1] == "miss"  # another query, another entry
    assert get(client, "/search/?q=キャッシュ&page=1")[1] == "miss"
    assert get(client, "/search/?q=キャッシュ&sort=new")[1] == "bypass"  # unknown parameter
    assert get(client, "/search/?q=" + "長" * 300)[1] == "bypass"  # too long to keep
    cited_article.unpublish()
    response, state = get(client, "/search/?q=キャッシュ")
    assert state == "miss"
    assert 'href="/ops-article/"' not in text(response)
