"""The contract between the serving layer (ops) and the content apps, made visible: learn imports
the shared-lookup memo, views opt into the page cache with a decorator, the purge rule finds the
content apps by itself, and a page model with its own route() is reported by a system check."""

import pytest
from django.core import checks
from django.test import RequestFactory

from learn import prefetch
from learn.models import GlossaryTerm, HomePage, SiteSettings, Source
from ops import objectcache, pagecache, routing, signals

pytestmark = pytest.mark.django_db


def test_learn_keeps_its_lookups_through_the_object_cache_it_imports():
    assert prefetch.memo is objectcache.memo
    calls = []
    with objectcache.scope("contract-test"):
        for _ in range(2):
            prefetch.shared("contract", lambda: calls.append(1) or "value")
    assert calls == [1]
    objectcache.clear()


def test_a_decorated_view_opts_into_the_page_cache():
    assert pagecache.view_parameters("/search/") == ("q", "page")
    for path in ("/", "/check/", "/learn/", "/admin/login/", "/no-such-page/"):
        assert pagecache.view_parameters(path) is None, path
    assert pagecache.query_key("/search/", "q=a&page=2&utm_source=x") == "page=2&q=a"
    assert pagecache.query_key("/search/", "q=a&other=1") is None
    assert pagecache.query_key("/learn/", "q=a") is None
    assert pagecache.query_key("/learn/", "utm_source=x") == ""


def test_a_decorated_view_is_cached_like_a_page(client, page_cache, cited_article):
    first = client.get("/search/?q=%E3%82%AD%E3%83%A3%E3%83%83%E3%82%B7%E3%83%A5")
    second = client.get("/search/?q=%E3%82%AD%E3%83%A3%E3%83%83%E3%82%B7%E3%83%A5")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "HX-Request" in second["Vary"]


def test_the_purge_rule_finds_the_apps_that_own_pages_snippets_and_settings(settings):
    assert signals.content_apps() >= {"learn", "checker"}
    assert "learn" not in settings.PAGE_CACHE_PURGE_ON_SAVE
    assert "checker" not in settings.PAGE_CACHE_PURGE_ON_SAVE
    for model in (Source, GlossaryTerm, SiteSettings, HomePage):
        assert signals.watched(model), model
    from django.contrib.sessions.models import Session

    assert not signals.watched(Session)


def test_a_page_model_that_routes_on_its_own_is_reported(monkeypatch):
    assert [m for m in checks.run_checks() if m.id == "ops.W001"] == []

    def route(self, request, path_components):  # a routable page's own routing
        raise NotImplementedError

    monkeypatch.setattr(HomePage, "route", route)
    warnings = [m for m in checks.run_checks() if m.id == "ops.W001"]
    assert len(warnings) == 1
    assert warnings[0].obj is HomePage
    assert "learn.HomePage" in warnings[0].msg


def test_routing_steps_aside_for_a_decorated_view(site_content):
    request = RequestFactory().get("/search/")
    seen = []
    middleware = routing.FastPageRouteMiddleware(lambda r: seen.append(r) or "response")
    assert middleware(request) == "response"
    assert not hasattr(request, routing.ROUTE_ATTRIBUTE)


def test_one_place_turns_a_database_outage_into_the_503(monkeypatch, site_content):
    from django.db import InterfaceError, OperationalError

    from ops import outage
    from ops.middleware import DatabaseUnavailableMiddleware
    from ops.views import server_error

    def down(request):
        raise OperationalError("connection refused")

    monkeypatch.setattr(routing, "fast_route", down)
    request = RequestFactory().get("/learn/")
    response = routing.FastPageRouteMiddleware(lambda r: None)(request)
    assert response.status_code == 503
    for error in (OperationalError("down"), InterfaceError("closed")):
        assert outage.response_for(error).status_code == 503
        answer = DatabaseUnavailableMiddleware(lambda r: None).process_exception(request, error)
        assert answer.status_code == 503
    assert outage.response_for(ValueError("boom")) is None
    try:
        raise InterfaceError("closed")
    except InterfaceError:
        assert server_error(request).status_code == 503
