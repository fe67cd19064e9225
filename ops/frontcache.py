"""The front cache (Varnish, a CDN such as CloudFront or Cloudflare) in front of the app servers.

Which responses a front cache may keep: exactly those the page cache (ops.pagecache) stores, and
of those only the plain ones (no query string, no htmx request headers). They say

    Cache-Control: public, max-age=0, s-maxage=FRONT_CACHE_SECONDS

`s-maxage` is for shared caches; `max-age=0` makes browsers ask again each time, so a purge is
seen at once. Everything else gets no `public`: the checker and the feedback steps already say
`private, no-store`, the admin, previews, error pages, responses that set a cookie and requests
with a session cookie are never stored by the page cache, so never marked public here either.

Why only URLs without a query string and without htmx headers: a purge names URLs, and nobody can
list every search query or tracking parameter a visitor typed; and some CDNs (Cloudflare) ignore
`Vary`, so an htmx fragment must never be stored under a page's URL.

Purging: the page cache empties itself on every publish (a new generation). The front cache is
told through Wagtail's frontend cache module (wagtail.contrib.frontend_cache: the HTTP PURGE
backend for Varnish, Cloudflare, CloudFront, Azure), configured by the WAGTAILFRONTENDCACHE
setting. One publish can change other pages (menus, section lists, glossary links, the home
page's key facts, the footer's site settings), so every public URL is purged, not only the
published page's: a few hundred PURGE requests on a local network, or a few API calls to a CDN
(Wagtail batches them). The purge runs when the transaction commits, after the page cache's
generation was replaced once more, so the front cache can only refill from the new content.
Wagtail's own signal handlers (installed with the app `wagtail.contrib.frontend_cache`) purge
only the published page, and before the commit, so that app is not in INSTALLED_APPS: its
utilities and backends are used from here.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import URLPattern, get_resolver
from django.utils.cache import patch_cache_control

from . import pagecache

logger = logging.getLogger(__name__)


def seconds():
    return int(getattr(settings, "FRONT_CACHE_SECONDS", 0) or 0)


def may_share(request):
    """Whether a response the page cache stores for this request may also be kept by a front
    cache (see the module docstring: no query string, no htmx headers)."""
    if request.META.get("QUERY_STRING"):
        return False
    return not any(request.headers.get(name) for name in pagecache.HTMX_HEADERS)


def mark_public(request, response):
    """Add `public, max-age=0, s-maxage=…` to a response the page cache stores (or served)."""
    ttl = seconds()
    if ttl > 0 and may_share(request):
        patch_cache_control(response, public=True, max_age=0, s_maxage=ttl)
    return response


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def cached_view_paths():
    """Paths of the views that opted into the page cache and take no URL arguments (the search
    page, the sitemap, robots.txt, the list of changes and its feed)."""
    paths = []

    def walk(patterns, prefix):
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLPattern):
                parameters = getattr(entry.callback, pagecache.PARAMETERS_ATTRIBUTE, None)
                if parameters is not None and "<" not in route and not route.startswith("^"):
                    paths.append("/" + prefix + route)
            elif "<" not in route and not route.startswith("^"):
                walk(entry.url_patterns, prefix + route)

    walk(get_resolver().url_patterns, "")
    return paths


def public_urls():
    """Full URLs of every public page (each Site's live, unrestricted pages, with the extra
    paths a page declares) and of the cached views, on every Site's root URL."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page, Site

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1).specific(defer=True))
    views = cached_view_paths()
    for site in Site.objects.all():
        batch.add_urls(site.root_url + path for path in views)
    return sorted(url for url in batch.urls if not excluded(urlsplit(url).path))


def excluded(path):
    """Paths the page cache never stores (a page in the tree shadowed by /check/, ...)."""
    return path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))


def purge_everything():
    """Purge every public URL from the configured front caches (none configured: nothing)."""
    if not configured():
        return 0
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    urls = public_urls()
    purge_urls_from_cache(urls)
    return len(urls)
