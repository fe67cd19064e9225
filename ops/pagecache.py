"""Page cache for anonymous GETs of Wagtail pages, shared by every app server through the cache.

Design (simplest thing that can never serve a stale page):

- One entry per (scheme, host, path, htmx request headers). Each entry records the *generation*
  it was rendered in. One generation token lives in the same cache.
- Any publish, unpublish, move or delete of a page, and any save or delete of a snippet, setting
  or other object a page may show, replaces the token with a new random one (ops.signals). Every
  entry rendered before that stops matching at once, on every app server that shares the cache.
  The token is replaced right away (so a publish fails rather than leaves stale pages when the
  cache cannot be written) and again when the transaction commits (so a page rendered from the
  old rows while the publish was committing cannot be stored under the new token).
- A lookup is one round trip: get_many() fetches the token and the entry together.
- Tokens are random, never counters: if the cache evicts the token, old entries cannot match
  a new one by accident.

Trade-off: a publish empties the whole page cache (each page renders once more) instead of
purging only the pages that show the changed object. Tracking that (the footer's site settings
are on every page, glossary terms and sources on many, titles in section lists and menus) would
be more code and a new way to be wrong; re-rendering a few hundred pages after an edit is cheap.

Only responses that are safe to share are stored: status 200, from Wagtail's page view, not a
preview, no Set-Cookie, no session or CSRF token used, no `Vary: Cookie`, no `private`,
`no-store` or `no-cache`. Requests carrying a session cookie (editors, anyone logged in) and
requests with a query string other than tracking parameters are never served from the cache.
A view outside Wagtail's page tree opts in with the decorator `cache_for_visitors(*parameters)`
(the search page, `cache_for_visitors("q", "page")` in config/urls.py: its results depend only
on `q`, `page` and the published content, so a query many people type is rendered once per
generation).
A variant parameter (`PAGE_CACHE_VARIANT_PARAMETERS`, e.g. `furigana=1`: the page with readings,
learn.furigana_web) is part of the key of every page and opted-in view, so each page's variant
is cached like the page itself.
htmx requests get their own entries (the key includes the HX-* headers) and every page response
says `Vary: HX-Request, ...`, so a fragment and a full page never stand in for each other.
A request with a script name (SCRIPT_NAME, FORCE_SCRIPT_NAME) neither reads nor writes the cache:
its links start with that prefix, and a prefix sent by a client must never reach other visitors
(config/gunicorn.conf.py also drops a forwarded SCRIPT_NAME).
A response this cache stores (or serves) is the only kind that may say `Cache-Control: public`
to a front cache (ops.frontcache): what this cache would not store is never public.
"""

import functools
import gzip
import hashlib
import logging
import secrets
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, get_script_prefix, resolve
from django.utils.cache import cc_delim_re, has_vary_header, patch_vary_headers

from . import frontcache, objectcache

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HTMX_HEADERS = ("HX-Request", "HX-Boosted", "HX-Target", "HX-Trigger")
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga"}
CANDIDATE_ATTRIBUTE = "_page_cache_candidate"
# Headers never copied into a cache entry: per-response or recomputed on the way out.
UNSHARED_HEADERS = {"set-cookie", "content-length", "content-encoding", "x-page-cache"}


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", False)


def new_generation():
    return secrets.token_hex(8)


def bump_generation():
    """Make every stored page stale at once (all app servers sharing the cache).

    Raises when the cache cannot be written, even where reads are allowed to fail quietly
    (django-redis IGNORE_EXCEPTIONS): its client is called directly."""
    if not enabled():
        return
    cache = _cache()
    strict = getattr(cache, "client", cache)  # django-redis' client does not swallow errors
    strict.set(GENERATION_KEY, new_generation(), timeout=None)


def invalidate():
    """Purge now (raises if the cache is unreachable, failing the publish) and again on commit."""
    if not enabled():
        return
    bump_generation()
    transaction.on_commit(bump_generation, robust=True)


def current_generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


MAX_CACHED_PARAMETER_LENGTH = 200


PARAMETERS_ATTRIBUTE = "page_cache_parameters"


def cache_for_visitors(*parameters):
    """Decorator: the page cache may store this view's responses to anonymous GETs, one entry per
    value of the named query parameters (any other parameter: rendered, never stored). Only for
    views whose response depends on nothing else than those parameters and published content;
    a save or publish purges them like pages (ops.signals)."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            setattr(request, CANDIDATE_ATTRIBUTE, True)
            return view(request, *args, **kwargs)

        setattr(wrapped, PARAMETERS_ATTRIBUTE, tuple(parameters))
        return wrapped

    return decorate


def view_parameters(path):
    """The query parameters of the view at `path` if it opted in with cache_for_visitors, else
    None (Wagtail's page view, any other view, no view)."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return getattr(match.func, PARAMETERS_ATTRIBUTE, None)


def query_key(path, query_string):
    """The part of the query string a response depends on, or None when it must not be cached.

    Tracking parameters (utm_*, fbclid, ...) are ignored. Views decorated with
    cache_for_visitors keep their parameters (e.g. the search page's q and page) in the key.
    A *variant* parameter (PAGE_CACHE_VARIANT_PARAMETERS: name → its one accepted value, such
    as furigana=1) is kept in the key of any page. Any other parameter, or a variant with
    another value, means the request is rendered and never stored."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if not (name.startswith("utm_") or name in TRACKING_PARAMETERS)
    ]
    if not pairs:
        return ""
    variants = getattr(settings, "PAGE_CACHE_VARIANT_PARAMETERS", {})
    pairs_left = [(name, value) for name, value in pairs if variants.get(name) != value]
    if not pairs_left:
        return urlencode(sorted(pairs))  # only variants: no need to resolve the view
    allowed = view_parameters(path) or ()
    for name, value in pairs_left:
        if name not in allowed or len(value) > MAX_CACHED_PARAMETER_LENGTH:
            return None
    return urlencode(sorted(pairs))


def is_candidate(request):
    """Wagtail's page view or a view decorated with cache_for_visitors marked the request."""
    return getattr(request, CANDIDATE_ATTRIBUTE, False)


def under_script_name(request):
    """Whether the app is mounted under a prefix for this request: every link it renders starts
    with that prefix, so the response belongs to that prefix alone."""
    return request.path != request.path_info or get_script_prefix() != "/"


def request_key(request):
    """The cache key for this request, or None when the request must not use the cache."""
    if request.method != "GET" or under_script_name(request):
        return None
    path = request.path_info
    if any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PREFIXES):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None  # logged in, or has a session: always rendered for them
    query = query_key(path, request.META.get("QUERY_STRING", ""))
    if query is None:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    htmx = "|".join(request.headers.get(name, "") for name in HTMX_HEADERS)
    raw = "\n".join([request.scheme, host, path, query, htmx])
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _cache_control_forbids(response):
    value = response.get("Cache-Control", "")
    directives = {d.strip().split("=")[0].lower() for d in cc_delim_re.split(value) if d.strip()}
    return bool(directives & {"private", "no-store", "no-cache"})


def storable(request, response):
    """Whether this response may be shown to every anonymous visitor."""
    if not is_candidate(request):
        return False  # not a page view (checker, admin, 404 ...)
    if getattr(request, "is_preview", False) or under_script_name(request):
        return False
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    if has_vary_header(response, "Cookie") or has_vary_header(response, "*"):
        return False
    if _cache_control_forbids(response):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.accessed or session.modified):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token: never share it
    return True


def accepts_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "").lower()


def make_entry(generation, response):
    content = response.content
    headers = [(k, v) for k, v in response.items() if k.lower() not in UNSHARED_HEADERS]
    # Compressed once here, not on every hit. Public pages hold no secrets, so a fixed
    # compression (no per-response padding) gives BREACH nothing to measure.
    compressed = gzip.compress(content, compresslevel=9, mtime=0) if len(content) >= 200 else None
    return (generation, response.status_code, headers, content, compressed)


def response_from_entry(entry, request):
    _generation, status, headers, content, compressed = entry
    response = HttpResponse(status=status)
    for name, value in headers:
        response[name] = value
    if compressed is not None:
        patch_vary_headers(response, ("Accept-Encoding",))
        if accepts_gzip(request):
            content = compressed
            response["Content-Encoding"] = "gzip"
    response.content = content
    response["Content-Length"] = str(len(content))
    return mark_state(response, "hit")


def mark_state(response, state):
    """`X-Page-Cache: hit|miss|bypass`, only where PAGE_CACHE_STATUS_HEADER asks for it (tests,
    benchmarks): in production it would tell an attacker whether a poisoned entry was stored."""
    if getattr(settings, "PAGE_CACHE_STATUS_HEADER", False):
        response["X-Page-Cache"] = state
    return response


class PageCacheMiddleware:
    """Serve anonymous GETs of Wagtail pages from the cache (see the module docstring).

    Sits above the session, CSRF and auth middleware: a hit touches neither the database nor
    the session. Below it, those layers have done their work when a response is judged storable.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
        self.object_cache_shared = tuple(getattr(settings, "OBJECT_CACHE_SHARED_PREFIXES", ()))

    def __call__(self, request):
        if (
            not enabled()
            or request.path_info.startswith(self.excluded)
            or under_script_name(request)  # nor the object cache: its values are shared
        ):
            if request.method not in ("GET", "HEAD"):
                return self._mark(request, self.get_response(request), "bypass")
            generation = self._shared_generation(request)
            if generation is not None:  # never stored, but its published lookups are shared
                with objectcache.scope(generation):
                    return self._mark(request, self.get_response(request), "bypass")
            # A read changes nothing: its own lookups are remembered for itself alone.
            with objectcache.request_scope():
                return self._mark(request, self.get_response(request), "bypass")
        key = request_key(request)  # None: this request is rendered, never stored
        cache = _cache()
        try:
            found = cache.get_many([GENERATION_KEY, key] if key else [GENERATION_KEY])
            generation = found.get(GENERATION_KEY)
            entry = found.get(key) if key else None
            if entry is not None and generation is not None and entry[0] == generation:
                return frontcache.mark_public(request, response_from_entry(entry, request))
            if generation is None:
                generation = current_generation(cache)
        except Exception:  # the cache is down: serve uncached rather than fail
            logger.warning("Page cache unavailable; serving uncached", exc_info=True)
            return self._mark(request, self.get_response(request), "bypass")

        # The generation read above also scopes the per-process object cache (ops.objectcache).
        with objectcache.scope(generation):
            response = self.get_response(request)
        state = "bypass"
        if key is not None and storable(request, response):
            patch_vary_headers(response, HTMX_HEADERS)  # stored with the entry
            entry = make_entry(generation, response)
            # After the entry is made: FRONT_CACHE_SECONDS applies to hits as they are served.
            frontcache.mark_public(request, response)
            try:
                cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
                state = "miss"
            except Exception:
                logger.warning("Page cache unavailable; response not stored", exc_info=True)
            compressed = entry[4]
            if compressed is not None:  # send what was just compressed, not a second copy
                patch_vary_headers(response, ("Accept-Encoding",))
                if accepts_gzip(request):
                    response.content = compressed
                    response["Content-Encoding"] = "gzip"
                    response["Content-Length"] = str(len(compressed))
        return self._mark(request, response, state)

    def _shared_generation(self, request):
        """The generation for a GET the page cache never stores but whose object-cache lookups
        may be shared (OBJECT_CACHE_SHARED_PREFIXES: the checker), else None."""
        if not enabled() or under_script_name(request):
            return None
        if not request.path_info.startswith(self.object_cache_shared):
            return None
        try:
            return current_generation(_cache())
        except Exception:  # the cache is down: each request looks up for itself
            logger.warning("Page cache unavailable; object cache per request", exc_info=True)
            return None

    @staticmethod
    def _mark(request, response, state):
        if is_candidate(request):
            patch_vary_headers(response, HTMX_HEADERS)
            mark_state(response, state)
        return response
