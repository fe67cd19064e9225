"""Warming the page cache: render every public page again after a publish emptied the cache, so
the first visitor after a publish gets a stored page.

`warm()` sends one internal GET per public URL (the home page first, then by depth) through the
app's own WSGI handler, with the production middleware, as an anonymous visitor on the public
base URL (PAGE_CACHE_WARM_URL: scheme and host are part of the page cache's key). Each response
lands in the page cache under the current generation. No network, no front cache: a front cache
refills from the page cache on its next request. With PAGE_CACHE_WARM_VARIANTS, each URL is then
rendered once more with each variant parameter (PAGE_CACHE_VARIANT_PARAMETERS: `?furigana=1`),
after all the plain URLs: the first reader who switches ふりがな on after a publish gets a stored
page instead of the slowest render of the site. Without it, the plain requests carry
`FILL_FURIGANA_STORE`: each page's readings are worked out from its plain HTML and kept
in the shared cache, so the ふりがな page, when asked for, is rendered without analysing its text.

After a publish (ops.signals), `schedule()` is called when the transaction has committed. It
never blocks the publish: it starts (at most) one daemon thread per process that waits
PAGE_CACHE_WARM_DELAY seconds after the last publish (several publishes in a row give one pass),
then warms. A publish during a pass stops that pass and starts a new one once the delay has
passed. The thread handles one request at a time, so it takes at most one CPU from the worker.
Off unless PAGE_CACHE_WARM_AFTER_PUBLISH is set (tests leave it off).
`manage.py warm_page_cache` runs the same pass by hand or from cron (after `publish_scheduled`,
whose process would end before a background pass).
"""

import io
import logging
import threading
import time
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler, get_script_name
from django.db import connections
from django.urls import set_script_prefix

from . import frontcache, pagecache

logger = logging.getLogger(__name__)

# Set on the plain requests of a pass that does not warm the variants (a WSGI environ key, never
# a header: a visitor cannot set it): learn.furigana_web then keeps the page's readings.
FILL_FURIGANA_STORE = "exosome.furigana_fill_store"


def base_url():
    return getattr(settings, "PAGE_CACHE_WARM_URL", "") or settings.WAGTAILADMIN_BASE_URL


def warm_urls():
    """(scheme, host, path) for every public page and cached view, home page first.

    The default Site is warmed on the base URL's scheme and host (what visitors' requests carry
    behind the proxy); any other Site on its own host name with that scheme."""
    from wagtail.models import Page, Site

    base = urlsplit(base_url())
    scheme = base.scheme or "https"
    urls = []
    seen = set()
    views = frontcache.cached_view_paths()
    for site in Site.objects.select_related("root_page").order_by("-is_default_site", "pk"):
        host = base.netloc if site.is_default_site else site.hostname
        if site.port not in (80, 443) and not site.is_default_site:
            host = f"{site.hostname}:{site.port}"
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .order_by("depth", "path")
        )
        paths = []
        for page in pages.specific(defer=True):
            parts = page.get_url_parts()
            if parts is None or parts[0] != site.pk:
                continue
            paths.append(parts[2])
        paths[1:1] = views  # after the home page: search and the lists are visited often
        for path in paths:
            if (host, path) not in seen and not frontcache.excluded(path):
                seen.add((host, path))
                urls.append((scheme, host, path))
    return urls


def variant_queries():
    """The query strings warmed after the plain URLs: one per variant parameter, if
    PAGE_CACHE_WARM_VARIANTS."""
    if not getattr(settings, "PAGE_CACHE_WARM_VARIANTS", False):
        return []
    variants = getattr(settings, "PAGE_CACHE_VARIANT_PARAMETERS", {})
    return [urlencode({name: value}) for name, value in variants.items()]


def _environ(scheme, host, path, query=""):
    hostname, _, port = host.partition(":")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": query,
        "SERVER_NAME": hostname,
        "SERVER_PORT": port or ("443" if scheme == "https" else "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "HTTP_ACCEPT_ENCODING": "gzip",
        "HTTP_USER_AGENT": "exosome-page-cache-warmer",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def render(handler, environ):
    """One request through the middleware stack, as WSGIHandler.__call__ does, without the
    request_started/request_finished signals: they would close the caller's database connection
    (inside a test's transaction, or between the command's requests for nothing)."""
    set_script_prefix(get_script_name(environ))
    request = handler.request_class(environ)
    response = handler.get_response(request)
    if response.streaming:
        for _chunk in response:
            pass
    return response.status_code


class Result:
    def __init__(self):
        self.rendered = 0
        self.failed = []
        self.seconds = 0.0
        self.stopped = False


def warm(progress=None, should_stop=None):
    """Render every public URL once through the full middleware stack, then (see
    variant_queries) once per variant. Returns a Result."""
    result = Result()
    if not pagecache.enabled():
        return result
    started = time.monotonic()
    handler = WSGIHandler()
    urls = warm_urls()
    requests = [(*url, "") for url in urls]
    variants = variant_queries()
    for query in variants:  # HTML pages only (their paths end with "/"), not XML or text
        requests += [(*url, query) for url in urls if url[2].endswith("/")]
    for number, (scheme, host, path, query) in enumerate(requests, 1):
        if should_stop is not None and should_stop():
            result.stopped = True
            break
        environ = _environ(scheme, host, path, query)
        if not variants:  # the ふりがな page is not warmed: at least its readings are
            environ[FILL_FURIGANA_STORE] = True
        code = render(handler, environ)
        shown = f"{path}?{query}" if query else path
        if code == 200:
            result.rendered += 1
        else:
            result.failed.append((shown, code))
        if progress is not None:
            progress(number, len(requests), shown, code)
    result.seconds = time.monotonic() - started
    return result


class Scheduler:
    """At most one warming thread per process, started after the delay since the last publish."""

    def __init__(self):
        self.lock = threading.Lock()
        self.due = None  # monotonic time of the next pass
        self.thread = None
        self.passes = 0  # finished passes (tests, logs)

    def schedule(self, delay):
        with self.lock:
            self.due = time.monotonic() + delay
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(
                    target=self._run, name="page-cache-warmer", daemon=True
                )
                self.thread.start()

    def _pending(self):
        with self.lock:
            return self.due is not None

    def _run(self):
        try:
            while True:
                with self.lock:
                    if self.due is None:
                        self.thread = None
                        return
                    wait = self.due - time.monotonic()
                    if wait <= 0:
                        self.due = None
                if wait > 0:
                    time.sleep(min(wait, 0.5))
                    continue
                result = warm(should_stop=self._pending)
                self.passes += 1
                logger.info(
                    "Page cache warmed: %d pages in %.2f s%s",
                    result.rendered,
                    result.seconds,
                    " (stopped: published again)" if result.stopped else "",
                )
                if result.failed:
                    logger.warning("Page cache warming: not rendered: %s", result.failed[:20])
        except Exception:
            logger.exception("Page cache warming failed")
            with self.lock:
                self.thread = None
        finally:
            connections.close_all()


scheduler = Scheduler()

# Only a process that serves requests warms after a publish: config/wsgi.py (gunicorn, and
# runserver through WSGI_APPLICATION) calls serve_requests(). A management command that publishes
# (migrate's data migrations, load_initial_content, publish_scheduled) must not: its schema may be
# half-migrated, and its process ends before a pass would finish.
_serving_requests = False


def serve_requests():
    global _serving_requests
    _serving_requests = True


def schedule():
    """Warm in the background after a publish: only in a process serving requests, and only with
    PAGE_CACHE_WARM_AFTER_PUBLISH."""
    if not _serving_requests:
        return
    if not getattr(settings, "PAGE_CACHE_WARM_AFTER_PUBLISH", False) or not pagecache.enabled():
        return
    scheduler.schedule(float(getattr(settings, "PAGE_CACHE_WARM_DELAY", 1.0)))
