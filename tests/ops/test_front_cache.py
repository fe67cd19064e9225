"""Cache-Control for a front cache (Varnish, a CDN), the purge list, and warming the page cache.

Only what the page cache stores may say `public`, and of that only URLs without a query string
or htmx headers: the checker, the admin, previews, the feedback steps, error pages and responses
that set a cookie never do. Real Varnish in front of gunicorn: test_front_cache_server.py."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page

from learn.models import GlossaryPage, GlossaryTerm
from ops import frontcache, signals, warming

from .conftest import complete_answers_query

pytestmark = pytest.mark.django_db


def directives(response):
    value = response.get("Cache-Control", "")
    return {part.strip() for part in value.split(",") if part.strip()}


def is_public(response):
    return "public" in directives(response)


def test_a_public_page_is_public_for_shared_caches_only(client, page_cache, cited_article):
    miss = client.get("/ops-article/")
    hit = client.get("/ops-article/")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for response in (miss, hit):
        assert directives(response) == {"public", "max-age=0", "s-maxage=3600"}


def test_front_cache_seconds_sets_s_maxage_and_zero_turns_it_off(
    client, page_cache, cited_article, settings
):
    settings.FRONT_CACHE_SECONDS = 600
    assert "s-maxage=600" in directives(client.get("/ops-article/"))
    assert "s-maxage=600" in directives(client.get("/ops-article/"))  # the hit too
    settings.FRONT_CACHE_SECONDS = 0
    assert not is_public(client.get("/ops-article/"))


def test_nothing_is_public_when_the_page_cache_is_off(client, cited_article, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert not is_public(client.get("/ops-article/"))


def test_checker_pages_are_never_public(client, page_cache, site_content):
    start = client.get("/check/")
    result = client.get("/check/result/?" + complete_answers_query())
    assert (start.status_code, result.status_code) == (200, 200)
    assert not is_public(start)
    assert not is_public(result)
    assert {"private", "no-store"} <= directives(result)
    assert not is_public(client.get("/check/ad/"))


def test_admin_and_previews_are_never_public(client, page_cache, cited_article, django_user_model):
    assert not is_public(client.get("/admin/login/"))
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    preview = client.get(f"/admin/pages/{cited_article.pk}/view_draft/")
    assert preview.status_code == 200
    assert not is_public(preview)
    assert not is_public(client.get("/ops-article/"))  # a logged-in editor's page view


def test_the_feedback_comment_step_is_never_public(client, page_cache, cited_article):
    response = client.get(f"/feedback/?page={cited_article.pk}&answer=no")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not is_public(response)


def test_a_response_setting_a_cookie_is_never_public(client, page_cache, cited_article):
    def set_cookie(next_serve):
        def serve(page, request, args, kwargs):
            response = next_serve(page, request, args, kwargs)
            response.set_cookie("tracker", "abc")
            return response

        return serve

    with hooks.register_temporarily("on_serve_page", set_cookie):
        response = client.get("/ops-article/")
    assert response.cookies and not is_public(response)


def test_a_request_with_a_session_cookie_is_never_public(client, page_cache, cited_article):
    client.get("/ops-article/")
    client.cookies["sessionid"] = "anything"
    assert not is_public(client.get("/ops-article/"))


def test_error_pages_query_strings_and_htmx_are_not_public(client, page_cache, cited_article):
    assert client.get("/no-such-page/").status_code == 404
    assert not is_public(client.get("/no-such-page/"))
    search = client.get("/search/?q=キャッシュ")
    assert search["X-Page-Cache"] == "miss"  # the page cache keeps it, a front cache must not
    assert not is_public(search)
    assert not is_public(client.get("/ops-article/?utm_source=tv"))
    fragment = client.get("/ops-article/", headers={"HX-Request": "true"})
    assert fragment["X-Page-Cache"] == "miss" and not is_public(fragment)
    assert is_public(client.get("/search/"))  # no query: one URL, purged on publish


# --- purging ----------------------------------------------------------------------------------

PURGED = []


class RecordingBackend(BaseBackend):
    """Stands in for a CDN's API: remembers the URLs Wagtail asked it to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def recording_front_cache(settings, page_cache):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


def live_public_urls():
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    return {page.full_url for page in pages if not frontcache.excluded(page.url)}


def test_the_purge_list_holds_every_public_page_and_cached_view(site_content):
    urls = set(frontcache.public_urls())
    assert live_public_urls() <= urls
    for path in ("/search/", "/sitemap.xml", "/robots.txt", "/updates/", "/updates.xml"):
        assert f"http://localhost{path}" in urls
    paths = {url.removeprefix("http://localhost") for url in urls}
    assert not [p for p in paths if p.startswith(("/check/", "/admin/"))]  # never cached


def test_a_page_publish_purges_every_public_url_once_after_commit(
    recording_front_cache, cited_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        cited_article.title = "公開し直した題名"
        cited_article.save_revision().publish()
    assert recording_front_cache == [], "nothing is purged before the commit"
    pending = [
        callback
        for _savepoints, callback, _robust in connection.run_on_commit
        if isinstance(callback, signals.AfterCommit) and not callback.done
    ]
    assert len(pending) == 1, "one purge per transaction, however many signals"
    pending[0]()
    assert set(recording_front_cache) == set(frontcache.public_urls())
    assert live_public_urls() <= set(recording_front_cache)


def test_a_snippet_publish_purges_but_a_draft_save_does_not(
    recording_front_cache, site_content, django_capture_on_commit_callbacks
):
    term = GlossaryTerm(term="試験用語", reading="しけんようご", definition="はじめの説明です。")
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
        term.save_revision()
    assert recording_front_cache == [], "a draft changes nothing visitors see"
    with django_capture_on_commit_callbacks(execute=True):
        term.save_revision().publish()
    assert GlossaryPage.objects.live().get().full_url in recording_front_cache


def test_without_a_front_cache_configured_nothing_is_sent(page_cache, site_content, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    assert frontcache.purge_everything() == 0


# --- warming ----------------------------------------------------------------------------------


def test_warm_page_cache_makes_every_public_page_a_hit(client, page_cache, site_content):
    out = io.StringIO()
    call_command("warm_page_cache", stdout=out)
    assert "Warmed" in out.getvalue()
    paths = [path for _scheme, _host, path in warming.warm_urls()]
    assert "/" in paths and "/search/" in paths
    assert len(paths) >= len(live_public_urls())
    for path in paths:
        response = client.get(path)
        assert response["X-Page-Cache"] == "hit", path


def test_warming_stores_the_furigana_page_too_after_the_plain_pages(
    client, page_cache, site_content, settings
):
    settings.PAGE_CACHE_WARM_VARIANTS = True
    seen = []
    result = warming.warm(progress=lambda number, total, path, code: seen.append(path))
    assert not result.failed
    plain = [path for path in seen if "?" not in path]
    assert seen[: len(plain)] == plain, "every plain page before any variant"
    assert "/sitemap.xml?furigana=1" not in seen and "/learn/?furigana=1" in seen
    for path in plain:
        if path.endswith("/"):
            response = client.get(path + "?furigana=1")
            assert response["X-Page-Cache"] == "hit", path
            assert b"<ruby>" in response.content


def test_without_warm_variants_only_the_plain_pages_are_warmed(
    client, page_cache, site_content, settings
):
    settings.PAGE_CACHE_WARM_VARIANTS = False
    warming.warm()
    assert client.get("/learn/")["X-Page-Cache"] == "hit"
    assert client.get("/learn/?furigana=1")["X-Page-Cache"] == "miss"


def test_warm_page_cache_refuses_when_the_page_cache_is_off(settings):
    from django.core.management.base import CommandError

    settings.PAGE_CACHE_ENABLED = False
    with pytest.raises(CommandError):
        call_command("warm_page_cache", stdout=io.StringIO())


def test_warming_after_publish_is_off_unless_enabled(page_cache, settings, monkeypatch):
    settings.PAGE_CACHE_WARM_AFTER_PUBLISH = False
    monkeypatch.setattr(warming, "_serving_requests", True)
    warming.schedule()  # what a publish calls once its transaction commits
    assert warming.scheduler.thread is None or not warming.scheduler.thread.is_alive()


def test_only_a_process_that_serves_requests_warms_after_publish(page_cache, settings, monkeypatch):
    """migrate or load_initial_content publish pages too; warming there would read a half-migrated
    schema and die with the process. Only config/wsgi.py turns warming on."""
    settings.PAGE_CACHE_WARM_AFTER_PUBLISH = True
    settings.PAGE_CACHE_WARM_DELAY = 3600
    scheduler = warming.scheduler
    assert scheduler.thread is None or not scheduler.thread.is_alive()

    monkeypatch.setattr(warming, "_serving_requests", False, raising=False)
    warming.schedule()  # what a publish calls once its transaction commits
    assert scheduler.thread is None or not scheduler.thread.is_alive()

    monkeypatch.setattr(warming, "_serving_requests", True, raising=False)
    warming.schedule()
    thread = scheduler.thread
    try:
        assert thread is not None and thread.is_alive()
    finally:
        with scheduler.lock:
            scheduler.due = None  # the waiting thread ends within half a second
        if thread is not None:
            thread.join(timeout=5)
    assert not thread.is_alive()
