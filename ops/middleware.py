"""Middleware of the serving layer: security headers, compression of public responses only, and a
Japanese 503 page when the database is unreachable. The page cache is in ops.pagecache."""

import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import Http404
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import cc_delim_re, has_vary_header
from django.views.defaults import page_not_found

from . import outage


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy (CONTENT_SECURITY_POLICY, strict, for the public site;
    CONTENT_SECURITY_POLICY_ADMIN, Wagtail's looser needs, under the admin prefixes), plus
    Permissions-Policy and Cross-Origin-Resource-Policy. Django's SecurityMiddleware adds HSTS,
    X-Content-Type-Options, Referrer-Policy and Cross-Origin-Opener-Policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        kind = preview_kind(request)
        if kind == "page":
            # The preview keeps the public page's policy, so the panel shows what the public
            # page may load; only the admin itself may frame it.
            parts.config = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], **SELF_FRAMED}
        elif kind == "block":
            parts.config = {**settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"], **SELF_FRAMED}
        elif request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES)):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts

    def process_response(self, request, response):
        if preview_kind(request) == "page" and "Content-Security-Policy" in response:
            # Wagtail renders a preview by passing a made-up request for the public URL through
            # the middleware, so the response comes back with the public policy already set:
            # the preview's own policy replaces it.
            del response["Content-Security-Policy"]
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


# Wagtail's views that render a page, snippet or setting as the public site shows it (the
# preview panel, drafts, revisions, the workflow preview) and the block picker's preview.
PREVIEW_URL_NAMES = frozenset(
    {"preview_on_add", "preview_on_edit", "view_draft", "revisions_view", "workflow_preview"}
)
BLOCK_PREVIEW_URL_NAMES = frozenset({"wagtailadmin_block_preview"})
SELF_FRAMED = {"frame-ancestors": ["'self'"]}


def preview_kind(request):
    """ "page" for a preview of what the public site shows, "block" for the block picker's
    preview, None otherwise. Previews are the only responses the admin frames (its preview
    panel at phone and desktop sizes, and the block picker)."""
    if not request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES)):
        return None
    match = getattr(request, "resolver_match", None)
    url_name = match.url_name if match else None
    if url_name in BLOCK_PREVIEW_URL_NAMES:
        return "block"
    if url_name in PREVIEW_URL_NAMES and "wagtailimages" not in (match.namespaces or []):
        return "page"
    return None


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class ControlCharacterPathMiddleware:
    """A URL path holding a control character (NUL, a newline, DEL ...) names no page: it gets
    the 404 page at once, before any query. PostgreSQL refuses NUL in text, so routing such a
    path would be a 500 with a traceback in the log."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path_info):
            return page_not_found(request, Http404("control character in the path"))
        return self.get_response(request)


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for responses anyone may see.

    BREACH needs a secret and attacker-chosen text in the same compressed response. Responses
    that vary on the cookie (a session or CSRF token was used), private or no-store responses
    (checker results) and the admin are therefore sent uncompressed. Public pages hold no
    secrets; Django also pads each gzip stream with random bytes.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES)):
            return response
        if has_vary_header(response, "Cookie") or response.cookies:
            return response
        cache_control = response.get("Cache-Control", "").lower()
        directives = {d.strip().split("=")[0] for d in cc_delim_re.split(cache_control)}
        if directives & {"private", "no-store"}:
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """A view that fails because PostgreSQL is down (or restarting) gets the Japanese 503 page,
    not a stack trace. Errors raised outside views reach ops.views.server_error, which does the
    same. Django drops the broken connection at the end of the request (CONN_HEALTH_CHECKS),
    so the next request reconnects once the database is back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return outage.response_for(exception)
