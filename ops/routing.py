"""Find a Wagtail page in one or two queries instead of two per URL segment.

Wagtail routes `/a/b/c/` by walking the tree: for each segment, one query for the child with that
slug and one for its specific subclass. Its page view first looks for a route already found for
the request (`request._wagtail_route_for_request`, Wagtail's own per-request cache); this
middleware fills that in by looking the page's id and type up by its `url_path` (one query,
remembered for the generation by ops.objectcache) and loading the specific page (one query,
never shared). It also fills Wagtail's per-request caches of the Site, the site settings and the
site root paths from ops.objectcache, so that a render does not look them up again; for GETs
under OBJECT_CACHE_SHARED_PREFIXES (the checker's views) and of views decorated with
cache_for_visitors (search), which are not pages, it fills only those.

It only answers when the result is certain to be what Wagtail's walk would find: no page model
overrides `route()` (routable pages, custom routing), and a live page has exactly that URL path.
Anything else (not found, a draft, a deeper route) is left to Wagtail, which then routes as usual
and gives the same 404 or page it always did.
"""

import copy
from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, IntegerField, Q, When
from django.http.request import split_domain_port
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site, get_page_models
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
)
from wagtail.url_routing import RouteResult

from . import outage
from .objectcache import memo
from .pagecache import view_parameters

ROUTE_ATTRIBUTE = "_wagtail_route_for_request"


@cache
def default_routing_everywhere():
    return all(model.route is Page.route for model in get_page_models())


def _site(request):
    """Site.find_for_request, remembered per host and port (ops.objectcache)."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    site = memo(("site", hostname, port), lambda: find_site(hostname, port))
    request._wagtail_site = site  # Wagtail's own per-request cache
    return site


def site_root_paths():
    """Site.get_site_root_paths(), remembered for the generation (ops.objectcache): Wagtail keeps
    them in the cache (a Redis round trip each time) and every page URL a render builds needs
    them. A Site save or a move of a root page replaces the generation (ops.signals)."""
    return memo(("site-root-paths",), Site.get_site_root_paths)


# The two routing queries' SQL, compiled once per database and model: building them through the
# ORM cost more CPU than running them (a fifth of a bypassed article, issue 14). Each is the SQL
# of `queryset.first()` with one value (a URL path, a page id) put in at run time.
_compiled = {}
URL_PATH_MARK = "\x00ops.routing url_path\x00"
PAGE_ID_MARK = -7_654_321


def _first_sql(key, build, mark, value):
    """(sql, params) of build().first() with `value` where build() put `mark`."""
    key = (connection.alias, connection.vendor, *key)
    if key not in _compiled:
        queryset = build()
        first = queryset if queryset.ordered else queryset.order_by("pk")
        sql, params = first[:1].query.sql_with_params()
        _compiled[key] = (sql, list(params), list(params).index(mark))
    sql, params, index = _compiled[key]
    params = params.copy()
    params[index] = value
    return sql, params


HOSTNAME_MARK = "\x00ops.routing hostname\x00"
PORT_MARK = -7_654_322
SITE_FIELDS = [field.attname for field in Site._meta.concrete_fields]
ROOT_PAGE_FIELDS = [field.attname for field in Page._meta.concrete_fields]


def _site_sql():
    """Wagtail's get_site_for_hostname() query (sites that may answer, best match first, with
    their root page), compiled once per database, with marks where the host name and port go."""
    key = (connection.alias, connection.vendor, "site")
    if key not in _compiled:
        hostname, port = HOSTNAME_MARK, PORT_MARK
        queryset = (
            Site.objects.annotate(
                match=Case(
                    When(hostname=hostname, port=port, then=MATCH_HOSTNAME_PORT),
                    When(hostname=hostname, is_default_site=True, then=MATCH_HOSTNAME_DEFAULT),
                    When(is_default_site=True, then=MATCH_DEFAULT),
                    default=MATCH_HOSTNAME,
                    output_field=IntegerField(),
                )
            )
            .filter(Q(hostname=hostname) | Q(is_default_site=True))
            .order_by("match")
            .values_list(
                *SITE_FIELDS, "match", *(f"root_page__{name}" for name in ROOT_PAGE_FIELDS)
            )
        )
        sql, params = queryset.query.sql_with_params()
        _compiled[key] = (sql, list(params))
    return _compiled[key]


def find_site(hostname, port):
    """What Site.find_for_request gives for this host name and port (Wagtail's
    get_site_for_hostname, from the compiled query): the Site with its root page, or None."""
    sql, params = _site_sql()
    params = [hostname if p == HOSTNAME_MARK else port if p == PORT_MARK else p for p in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    count = len(SITE_FIELDS)
    sites = []
    for row in rows:
        site = Site.from_db(connection.alias, SITE_FIELDS, row[:count])
        site.match = row[count]
        site.root_page = Page.from_db(connection.alias, ROOT_PAGE_FIELDS, row[count + 1 :])
        sites.append(site)
    # Wagtail's choice among them (wagtail.models.sites.get_site_for_hostname)
    if sites:
        if len(sites) == 1 or sites[0].match in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
            return sites[0]
        if sites[0].match == MATCH_DEFAULT:
            return sites[len(sites) == 2]
    return None


def _page_type(url_path):
    """(id, content type id) of the live page at url_path, or None."""
    sql, params = _first_sql(
        ("page-type",),
        lambda: Page.objects.filter(url_path=URL_PATH_MARK, live=True).values_list(
            "id", "content_type_id"
        ),
        URL_PATH_MARK,
        url_path,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return tuple(row) if row is not None else None


def _live_page(model, page_id):
    """model.objects.filter(pk=page_id, live=True).first(), from the compiled SQL."""
    sql, params = _first_sql(
        ("page", model._meta.label),
        lambda: model.objects.filter(pk=PAGE_ID_MARK, live=True),
        PAGE_ID_MARK,
        page_id,
    )
    return next(iter(model.objects.raw(sql, params)), None)


def fast_route(request):
    components = [c for c in request.path_info.split("/") if c]
    site = _site(request)
    if site is None:
        return None
    root_paths = site_root_paths()
    root_path = next((root.root_path for root in root_paths if root.site_id == site.pk), None)
    if root_path is None:
        return None
    url_path = root_path + "".join(f"{c}/" for c in components)
    found = memo(("page-type", url_path), lambda: _page_type(url_path), keep_none=False)
    if found is None:
        return None
    page_id, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _live_page(model, page_id)  # the page itself: never shared
    return RouteResult(page) if page is not None else None


def prefill_site_settings(request, site):
    """Wagtail's per-request settings cache, filled from the object cache (one copy each)."""
    for model in settings_registry:
        if not issubclass(model, BaseSiteSetting):
            continue
        attribute = model.get_cache_attr_name()
        if hasattr(request, attribute):
            continue
        shared = memo(("settings", model._meta.label, site.pk), lambda m=model: m.for_site(site))
        instance = copy.copy(shared)
        instance._request = request
        instance._page_url_cache = {}
        setattr(request, attribute, instance)


class FastPageRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
        self.shared_lookups = tuple(getattr(settings, "OBJECT_CACHE_SHARED_PREFIXES", ()))

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        path = request.path_info
        page_path = path.endswith("/") and not path.startswith(self.excluded)
        if path.startswith(self.shared_lookups) or (
            page_path and view_parameters(path) is not None
        ):
            # Not a page (the checker's views, a cached view such as search), but its Site, site
            # settings and root paths are the same lookups as a page's, shared like them.
            try:
                site = _site(request)
            except outage.DATABASE_ERRORS as error:
                return outage.response_for(error)
            if site is not None:
                prefill_site_settings(request, site)
                request._wagtail_cached_site_root_paths = site_root_paths()
            return self.get_response(request)
        if page_path and default_routing_everywhere() and not hasattr(request, ROUTE_ATTRIBUTE):
            try:
                route = fast_route(request)
            except outage.DATABASE_ERRORS as error:
                return outage.response_for(error)
            if route is not None:
                setattr(request, ROUTE_ATTRIBUTE, route)
                prefill_site_settings(request, request._wagtail_site)
                # Wagtail's per-request copy (Page._get_site_root_paths), read-only
                request._wagtail_cached_site_root_paths = site_root_paths()
        return self.get_response(request)
