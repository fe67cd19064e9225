"""How learn's pages are served quickly: kept apart so that learn/models.py holds fields, panels
and content rules only. Nothing here changes what a page shows.

- `RenderInOneQueryScope`: a page's serve() renders its template inside
  `snippets_in_one_query()`, so sources and glossary terms load in one query each (learn.prefetch).
- `SharedViewRestrictions`: Wagtail's view-restriction lookup without a query when the site has
  none, reusing the ancestors the breadcrumbs already read.
- `public_in_one_query(pages)`: Wagtail's `.public()` in one query instead of two; `public(pages)`:
  `.public()`, with no query at all while the site has no view restriction.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from .prefetch import shared, shared_ancestors, snippets_in_one_query


class RenderInOneQueryScope:
    """For a Page subclass: render inside the scope, where snippets load in one query each."""

    def serve(self, request, *args, **kwargs):
        # Render inside the scope: sources and glossary terms load in one query each.
        with snippets_in_one_query():
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response


class SharedViewRestrictions:
    """For a Page subclass: view restrictions read through the serving layer's shared lookups."""

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors, without a query when the
        site has none (the usual case), and without re-reading the ancestors breadcrumbs use.
        The lookups are kept by the serving layer until the next publish or restriction change."""
        if not shared("any_view_restriction", PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        page_ids = set()
        for page in [*shared_ancestors(self), self]:
            page_ids.add(page.alias_of_id or page.pk)
        return PageViewRestriction.objects.filter(page_id__in=page_ids)


def public_in_one_query(pages):
    """Like Wagtail's .public() (no page under a view restriction), without first loading every
    restriction: one query instead of two."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted))


def public(pages):
    """Wagtail's .public(), with no query at all when the site has no view restriction (the
    usual case; known until the next publish or restriction change). Unlike
    public_in_one_query, search backends can read its filter."""
    if not shared("any_view_restriction", PageViewRestriction.objects.exists):
        return pages
    return pages.public()
