"""Purge the page cache whenever something a public page shows may have changed.

Publishing, unpublishing, moving and deleting pages, publishing or unpublishing any snippet, and
any save or delete of a page, of a model in PAGE_CACHE_PURGE_ON_SAVE (apps such as `learn` whose
snippets and settings pages show, or single models such as `wagtailcore.Site`) replaces the page
cache's generation (see ops.pagecache). A draft save purges too: harmless, and it keeps the rule
simple enough to trust.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import pagecache


def purge_page_cache(sender=None, **kwargs):
    pagecache.invalidate()


def watched(model):
    if issubclass(model, Page):
        return True
    meta = model._meta
    targets = getattr(settings, "PAGE_CACHE_PURGE_ON_SAVE", ())
    return meta.app_label in targets or meta.label in targets


def purge_on_model_change(sender, **kwargs):
    if watched(sender):
        pagecache.invalidate()


def connect():
    for signal in (
        page_published,
        page_unpublished,
        page_slug_changed,
        post_page_move,
        published,
        unpublished,
    ):
        signal.connect(purge_page_cache, dispatch_uid=f"ops-page-cache-{id(signal)}")
    post_save.connect(purge_on_model_change, dispatch_uid="ops-page-cache-post-save")
    post_delete.connect(purge_on_model_change, dispatch_uid="ops-page-cache-post-delete")
