"""Middleware of the serving layer: security headers, compression of public responses only, and a
Japanese 503 page when the database is unreachable. The page cache is in ops.pagecache."""

import re

from django.conf import settings
from django.http import Http404
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import cc_delim_re, has_vary_header
from django.views.defaults import page_not_found

from . import outage


def render_policy(directives):
    """{'script-src': ["'self'"], ...} -> "script-src 'self'; ..." (no empty directive)."""
    return "; ".join(
        " ".join([name, *values]) if values else name for name, values in directives.items()
    )


class SecurityHeadersMiddleware:
    """Content-Security-Policy (a strict one for the public site, Wagtail's own looser one for the
    admin), Permissions-Policy and Cross-Origin-Resource-Policy. Django's SecurityMiddleware adds
    HSTS, X-Content-Type-Options, Referrer-Policy and Cross-Origin-Opener-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = render_policy(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = render_policy(settings.CONTENT_SECURITY_POLICY_ADMIN)
        self.admin_prefixes = tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES)
        self.permissions_policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(self.admin_prefixes)
            response["Content-Security-Policy"] = self.admin_policy if admin else self.public_policy
        response.setdefault("Permissions-Policy", self.permissions_policy)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


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
