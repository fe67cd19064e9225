"""Find a Wagtail page in two queries instead of two per URL segment.

Wagtail routes `/a/b/c/` by walking the tree: for each segment, one query for the child with that
slug and one for its specific subclass. Its page view first looks for a route already found for
the request (`request._wagtail_route_for_request`, Wagtail's own per-request cache); this
middleware fills that in by looking the page up by its `url_path` (one query) and loading its
specific subclass (one more).

It only answers when the result is certain to be what Wagtail's walk would find: no page model
overrides `route()` (routable pages, custom routing), and a live page has exactly that URL path.
Anything else (not found, a draft, a deeper route) is left to Wagtail, which then routes as usual
and gives the same 404 or page it always did.
"""

import logging
from functools import cache

from django.conf import settings
from django.db import InterfaceError, OperationalError
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult

from .outage import database_unavailable_response

ROUTE_ATTRIBUTE = "_wagtail_route_for_request"
logger = logging.getLogger(__name__)


@cache
def default_routing_everywhere():
    return all(model.route is Page.route for model in get_page_models())


def fast_route(request):
    components = [c for c in request.path_info.split("/") if c]
    site = Site.find_for_request(request)
    if site is None:
        return None
    root_path = next(
        (root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk), None
    )
    if root_path is None:
        return None
    url_path = root_path + "".join(f"{c}/" for c in components)
    base = Page.objects.filter(url_path=url_path, live=True).only("id", "content_type").first()
    if base is None:
        return None
    return RouteResult(base.specific)


class FastPageRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and request.path_info.endswith("/")
            and not request.path_info.startswith(self.excluded)
            and default_routing_everywhere()
            and not hasattr(request, ROUTE_ATTRIBUTE)
        ):
            try:
                route = fast_route(request)
            except (OperationalError, InterfaceError) as error:
                logger.error("Database unavailable: %s", error)
                return database_unavailable_response()
            if route is not None:
                setattr(request, ROUTE_ATTRIBUTE, route)
        return self.get_response(request)
