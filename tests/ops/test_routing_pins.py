"""Loud failure on a Wagtail upgrade: ops/routing.py answers Wagtail's page lookup ahead of it
by filling Wagtail's own per-request caches, which are private attributes:

- `request._wagtail_route_for_request`: Page.route_for_request returns it when set (so the page
  view uses the route ops found);
- `request._wagtail_site`: Site.find_for_request returns it when set;
- `request.<Setting.get_cache_attr_name()>`: BaseSiteSetting.for_request returns it when set; a
  settings instance keeps `_request` and `_page_url_cache` for its page links;
- Site.get_site_root_paths() gives objects with `site_id` and `root_path`;
- Page.route is what every page model uses unless it routes on its own (ops then steps aside).

The behaviour is checked directly, and the source of each function is pinned by a hash. If this
fails after an upgrade, read the new code of each listed function, adapt ops/routing.py, run
tests/ops/test_routing.py and test_budgets.py, then update the hashes and the version here."""

import hashlib
import inspect

import pytest
import wagtail
from django.test import RequestFactory
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from learn.models import SiteSettings
from ops import routing

PINNED_VERSION = "8.0.1"
# sha256 of inspect.getsource(...), first 16 hex digits, read in Wagtail 8.0.1.
RELIED_ON = {
    "Page.route_for_request": (lambda: Page.route_for_request, "5530d229b2de42ba"),
    "Page.route": (lambda: Page.route, "643c9afcc2deb381"),
    "Site.find_for_request": (lambda: Site.find_for_request, "4edb710b9fd353a0"),
    "Site.get_site_root_paths": (lambda: Site.get_site_root_paths, "166eac326fa05dce"),
    "BaseSiteSetting.for_request": (lambda: BaseSiteSetting.for_request, "564417ad62244e77"),
    "BaseSiteSetting.__init__": (lambda: BaseSiteSetting.__init__, "a5b1fa94e8e59292"),
    "BaseSiteSetting.get_page_url": (lambda: BaseSiteSetting.get_page_url, "becfe06c9e5bc578"),
}


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


@pytest.mark.parametrize("name", sorted(RELIED_ON))
def test_the_wagtail_code_routing_relies_on_is_unchanged(name):
    getter, expected = RELIED_ON[name]
    assert source_hash(getter()) == expected, (
        f"{name} changed in Wagtail {wagtail.__version__} (pinned {PINNED_VERSION}): "
        "see this module's docstring"
    )


def test_route_for_request_returns_the_route_ops_put_on_the_request():
    request = RequestFactory().get("/anything/")
    route = RouteResult(object())  # what ops.routing.fast_route returns, around a page
    setattr(request, routing.ROUTE_ATTRIBUTE, route)
    assert Page.route_for_request(request, "/anything/") is route


def test_find_for_request_returns_the_site_ops_put_on_the_request():
    request = RequestFactory().get("/")
    site = Site(hostname="pinned.example")
    request._wagtail_site = site
    assert Site.find_for_request(request) is site


@pytest.mark.django_db
def test_settings_for_request_return_the_instance_ops_put_on_the_request(site_content):
    request = RequestFactory().get("/")
    site = Site.objects.get(is_default_site=True)
    request._wagtail_site = site
    routing.prefill_site_settings(request, site)
    attribute = SiteSettings.get_cache_attr_name()
    instance = getattr(request, attribute)
    assert SiteSettings.for_request(request) is instance
    assert instance._request is request and instance._page_url_cache == {}
    fresh = SiteSettings.for_site(site)
    assert hasattr(fresh, "_page_url_cache")  # the attribute ops resets per request


@pytest.mark.django_db
def test_site_root_paths_carry_site_id_and_root_path(site_content):
    root_paths = Site.get_site_root_paths()
    assert root_paths
    for root in root_paths:
        assert isinstance(root.site_id, int) and root.root_path.startswith("/")
