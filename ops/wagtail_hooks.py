"""Wagtail hooks of the serving layer: mark requests served by Wagtail's page view as candidates
for the page cache (ops.pagecache decides whether the response may be stored)."""

from wagtail import hooks

from .pagecache import CANDIDATE_ATTRIBUTE


@hooks.register("before_serve_page")
def mark_page_cache_candidate(page, request, serve_args, serve_kwargs):
    setattr(request, CANDIDATE_ATTRIBUTE, True)
