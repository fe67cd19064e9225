"""The ふりがな switch on the web: `?furigana=1` shows any public page with readings over its kanji.

- `FuriganaMiddleware` (right below the page cache) post-processes the rendered HTML of a
  request that asks for furigana, with `learn.furigana`. A request without the parameter is not
  touched at all (one dictionary look-up), so the pages look, and cost, exactly as before.
- Overrides: every live glossary term's reading, then every live 読み方 correction
  (`ReadingCorrection`), which wins. They are loaded once per publish (`learn.prefetch.shared`,
  the object cache follows the page cache's generation), so a published correction applies on
  the next render everywhere.
- The furigana page is its own URL: the page cache keys it by the parameter
  (`PAGE_CACHE_VARIANT_PARAMETERS`), it is `noindex` (meta tag and `X-Robots-Tag`) and its
  canonical link stays the page without the parameter (the templates never put the query in
  it).
- Inside a furigana page, links to the site's pages, GET forms (a hidden field), POST forms'
  actions and redirects keep the parameter, so a reader who switched it on keeps it while
  moving on, without JavaScript and without a cookie. The switch link itself
  (`data-furigana-switch`) is left alone: it leads back to the page without readings.
- Private responses (the checker's answers and results, the advert reader's result) are read
  without the engine's shared cache: what a patient typed or answered is not kept in memory
  after the response.
- Readings kept in the shared cache (Redis or the file cache, like the page cache): for a
  page any visitor may see (`ops.pagecache.storable`), the HTML of each run of its text, under
  the host, the path and the reader's fingerprint (engine version, dictionary, overrides). A
  render reads that entry first and analyses only runs it does not hold, so a worker that has
  never read the page (a new process, another app server), or a render after a publish emptied
  the page cache, costs little more than the page without readings. The entry is written when
  the runs changed, and filled at publish: the warming pass (ops.warming) marks its plain
  requests with `FILL_FURIGANA_STORE`, and their text is read then (no furigana page is stored
  for it). An old entry is harmless: a run no longer in the text is never looked up.
"""

from __future__ import annotations

import hashlib
import logging
import re
from urllib.parse import urlencode

from django.core.cache import cache as shared_cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import QueryDict
from django.utils.cache import cc_delim_re

from ops import warming

from . import furigana

logger = logging.getLogger(__name__)

PARAMETER = "furigana"
VALUE = "1"
STORE_PREFIX = "furigana:runs:"
STORE_SECONDS = 30 * 24 * 3600
UNTOUCHED_PREFIXES = ("/static/", "/media/", "/admin/", "/documents/", "/django-admin/")

_BODY_TAG = re.compile(r"<(a|form)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\s(href|action|data-hx-post|method)="([^"]*)"', re.IGNORECASE)
_HTML_TAG = re.compile(r"<html\b", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_ROBOTS_META = re.compile(r"<meta\s[^>]*name=\"robots\"", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
HIDDEN_FIELD = f'<input type="hidden" name="{PARAMETER}" value="{VALUE}">'


def requested(request) -> bool:
    return request.GET.get(PARAMETER) == VALUE


def toggled_url(request, on: bool, path: str | None = None) -> str:
    """This page's address (`path`, else the request's) with furigana on or off (other query
    parameters kept). Never a protocol-relative `//host/…`: a request for `//evil.example/x/`
    must not put a link to another site on the page."""
    path = "/" + (path or request.path).lstrip("/")
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name != PARAMETER:
            query.setlist(name, values)
    if on:
        query[PARAMETER] = VALUE
    encoded = query.urlencode()
    return path + ("?" + encoded if encoded else "")


def _load_overrides() -> dict[str, str]:
    from .models import GlossaryTerm, ReadingCorrection

    overrides = dict(GlossaryTerm.objects.filter(live=True).values_list("term", "reading"))
    overrides.update(ReadingCorrection.objects.filter(live=True).values_list("word", "reading"))
    return furigana.clean_overrides(overrides)


def overrides() -> dict[str, str]:
    from .prefetch import shared

    return shared(("furigana", "overrides"), _load_overrides)


def with_parameter(url: str, escaped: bool = True) -> str:
    """A site-internal URL with ?furigana=1 (before any #fragment); others as they are."""
    if not url.startswith("/") or url.startswith("//") or url.startswith(UNTOUCHED_PREFIXES):
        return url
    path, hash_mark, fragment = url.partition("#")
    if re.search(rf"[?&;]{PARAMETER}=", path):
        return url
    joiner = ("&amp;" if escaped else "&") if "?" in path else "?"
    return f"{path}{joiner}{urlencode({PARAMETER: VALUE})}{hash_mark}{fragment}"


def _keep_parameter(match: re.Match) -> str:
    tag = match.group(0)
    if "data-furigana-switch" in tag:
        return tag
    name = match.group(1).lower()
    attributes = {m.group(1).lower(): m.group(2) for m in _ATTRIBUTE.finditer(tag)}
    if name == "a":
        href = attributes.get("href")
        if href is None:
            return tag
        return tag.replace(f'href="{href}"', f'href="{with_parameter(href)}"', 1)
    # a form: a GET form sends its fields as the query (the action's query is dropped), so it
    # carries a hidden field; a POST form keeps the parameter in its action.
    action = attributes.get("action", "")
    if action and not action.startswith("/"):
        return tag
    if attributes.get("method", "get").lower() != "post":
        return tag + HIDDEN_FIELD
    for attribute in ("action", "data-hx-post"):
        value = attributes.get(attribute)
        if value:
            tag = tag.replace(f'{attribute}="{value}"', f'{attribute}="{with_parameter(value)}"', 1)
    return tag


def _split_head(document: str) -> tuple[str, str]:
    body = _BODY_OPEN.search(document)
    return (document[: body.start()], document[body.start() :]) if body else ("", document)


def furigana_page(
    document: str,
    reading: dict[str, str],
    remember: bool = True,
    known: dict[str, str] | None = None,
    used: dict[str, str] | None = None,
) -> str:
    """The rendered page with readings, marked as the furigana version, its links keeping it.
    `known` and `used`: see furigana.Reader.html."""
    head, rest = _split_head(document)
    rest = furigana.reader_for(reading).html(rest, remember=remember, known=known, used=used)
    rest = _BODY_TAG.sub(_keep_parameter, rest)
    if head:
        head = _HTML_TAG.sub('<html data-furigana="on"', head, count=1)
        if not _ROBOTS_META.search(head):
            head = _HEAD_END.sub('<meta name="robots" content="noindex">\n</head>', head, count=1)
    return head + rest


def _is_private(response) -> bool:
    value = response.get("Cache-Control", "")
    directives = {d.strip().split("=")[0].lower() for d in cc_delim_re.split(value) if d.strip()}
    return bool(directives & {"private", "no-store"})


def store_key(request, response, reading: dict[str, str]) -> str | None:
    """Where this page's readings are kept, or None when they must not be (see the module
    docstring): only for a response the page cache could show to every visitor."""
    from ops import pagecache

    if not pagecache.enabled() or not pagecache.storable(request, response):
        return None  # PAGE_CACHE=false: no shared cache for pages, none for their readings
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return readings_key(reading, host, request.path_info)


def readings_key(reading: dict[str, str], host: str, path: str) -> str:
    raw = "\n".join([furigana.reader_for(reading).fingerprint, host, path])
    return STORE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def stored_readings(key: str | None) -> dict[str, str] | None:
    if key is None:
        return None
    try:
        found = shared_cache.get(key)
    except Exception:  # the cache is down: read the text again
        logger.warning("ふりがな: kept readings unavailable", exc_info=True)
        return None
    return found if isinstance(found, dict) else None


def keep_readings(key: str | None, known: dict | None, used: dict[str, str]) -> None:
    if key is None or not used or used == known:
        return
    try:
        shared_cache.set(key, used, timeout=STORE_SECONDS)
    except Exception:
        logger.warning("ふりがな: readings not kept", exc_info=True)


def _html_text(response) -> str | None:
    content_type = response.get("Content-Type", "")
    if (
        response.streaming
        or not content_type.startswith("text/html")
        or response.has_header("Content-Encoding")
    ):
        return None
    return response.content.decode(response.charset or "utf-8")


def fill_store(request, response) -> None:
    """Work out and keep the readings of a plain page (the warming pass after a publish), so
    that its furigana version finds them; the response is not changed."""
    if response.status_code != 200:
        return
    document = _html_text(response)
    if document is None:
        return
    try:
        reading = overrides()
    except DatabaseError:
        return
    key = store_key(request, response, reading)
    if key is None:
        return
    known, used = stored_readings(key), {}
    furigana.reader_for(reading).html(_split_head(document)[1], known=known, used=used)
    keep_readings(key, known, used)


class FuriganaMiddleware:
    """Adds furigana to the HTML of requests with ?furigana=1 (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.GET.get(PARAMETER) != VALUE or request.path_info.startswith(UNTOUCHED_PREFIXES):
            if request.META.get(warming.FILL_FURIGANA_STORE):
                fill_store(request, response)
            return response
        if response.status_code in (301, 302, 303, 307, 308) and response.has_header("Location"):
            response["Location"] = with_parameter(response["Location"], escaped=False)
            return response
        document = _html_text(response)
        if document is None:
            return response
        try:
            reading = overrides()
        except DatabaseError:
            return response  # no overrides, no readings: a wrong reading is worse than none
        remember = not _is_private(response)
        key = store_key(request, response, reading) if remember else None
        known = stored_readings(key)
        used = {} if key else None
        response.content = furigana_page(
            document, reading, remember=remember, known=known, used=used
        ).encode(response.charset or "utf-8")
        keep_readings(key, known, used)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        response["X-Robots-Tag"] = "noindex"
        return response
