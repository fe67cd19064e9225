"""Middleware of the serving layer: security headers, compression of public responses only, and a
Japanese 503 page when the database is unreachable. The page cache is in ops.pagecache."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import cc_delim_re, has_vary_header

from .outage import database_unavailable_response

logger = logging.getLogger(__name__)


def render_policy(directives):
    """{'script-src': ["'self'"], ...} -> "script-src 'self'; ..." (no empty directive)."""
    return "; ".join(
        " ".join([name, *values]) if values else name for name, values in directives.items()
    )


# Wagtail's views that render a page, snippet or setting as the public site shows it (the
# preview panel, drafts, revisions, the workflow preview) and the block picker's preview.
PREVIEW_URL_NAMES = frozenset(
    {"preview_on_add", "preview_on_edit", "view_draft", "revisions_view", "workflow_preview"}
)
BLOCK_PREVIEW_URL_NAMES = frozenset({"wagtailadmin_block_preview"})


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
        # Previews are the only responses the admin frames (its preview panel at phone and
        # desktop sizes, and the block picker). A page preview keeps the public page's policy,
        # so the panel shows what the public page may load; block previews keep the admin's.
        self_framed = {"frame-ancestors": ["'self'"]}
        self.preview_policy = render_policy({**settings.CONTENT_SECURITY_POLICY, **self_framed})
        self.block_preview_policy = render_policy(
            {**settings.CONTENT_SECURITY_POLICY_ADMIN, **self_framed}
        )

    def policy_for(self, request):
        if not request.path_info.startswith(self.admin_prefixes):
            return self.public_policy
        match = getattr(request, "resolver_match", None)
        url_name = match.url_name if match else None
        if url_name in BLOCK_PREVIEW_URL_NAMES:
            return self.block_preview_policy
        if url_name in PREVIEW_URL_NAMES and "wagtailimages" not in (match.namespaces or []):
            return self.preview_policy
        return self.admin_policy

    def __call__(self, request):
        response = self.get_response(request)
        policy = self.policy_for(request)
        # Wagtail renders a preview by passing a made-up request for the public URL through
        # the middleware, so the response comes back with the public policy already set: a
        # preview's own policy replaces it.
        if "Content-Security-Policy" not in response or policy is self.preview_policy:
            response["Content-Security-Policy"] = policy
        response.setdefault("Permissions-Policy", self.permissions_policy)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


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
        if isinstance(exception, (OperationalError, InterfaceError)):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable_response()
        return None
