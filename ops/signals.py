"""Purge the page cache whenever something a public page shows may have changed.

Publishing, unpublishing, moving and deleting pages, publishing or unpublishing any snippet, and
any save or delete of a page, of any model of an app that owns page, snippet or site-setting
models (found at run time: a new app with snippets needs no setting), or of a model listed in
PAGE_CACHE_PURGE_ON_SAVE (Wagtail's own models that pages show, such as `wagtailcore.Site`)
replaces the page cache's generation (see ops.pagecache). A draft save purges too: harmless,
and it keeps the rule simple enough to trust.

When the transaction commits, one callback per transaction (`AfterCommit`) replaces the
generation once more, purges every public URL from the front cache (ops.frontcache) when
something visitors see changed (a publish, unpublish, move, delete, or a save of an object without
drafts, such as site settings or a redirect; not a draft save), then asks for the page cache to be
warmed in the background (ops.warming).
"""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import frontcache, pagecache, warming


class AfterCommit:
    """What runs once when a transaction that changed content commits (see the docstring)."""

    def __init__(self):
        self.purge_front_cache = False
        self.done = False

    def __call__(self):
        self.done = True
        pagecache.bump_generation()  # any render stored mid-commit is stale before a refill
        if self.purge_front_cache:
            frontcache.purge_everything()
        warming.schedule()


def after_commit(public_change):
    """Register the AfterCommit callback once per transaction (runs at once outside one)."""
    if not pagecache.enabled():
        return
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        for _savepoints, callback, _robust in connection.run_on_commit:
            if isinstance(callback, AfterCommit) and not callback.done:
                callback.purge_front_cache |= public_change
                return
    callback = AfterCommit()
    callback.purge_front_cache = public_change
    transaction.on_commit(callback, robust=True)


def purge_page_cache(sender=None, **kwargs):
    pagecache.invalidate()
    after_commit(public_change=True)


def content_apps():
    """Labels of the apps that own a page model, a registered snippet or a site setting."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.hooks import search_for_hooks
    from wagtail.models import get_page_models
    from wagtail.snippets.models import get_snippet_models

    search_for_hooks()  # snippets registered in wagtail_hooks modules
    models = [*get_page_models(), *get_snippet_models(), *settings_registry]
    return {model._meta.app_label for model in models if model is not Page}


def watched(model):
    if issubclass(model, Page):
        return True
    meta = model._meta
    targets = getattr(settings, "PAGE_CACHE_PURGE_ON_SAVE", ())
    return meta.label in targets or meta.app_label in targets or meta.app_label in content_apps()


def purge_on_model_change(sender, **kwargs):
    if watched(sender):
        pagecache.invalidate()
        # A draft save changes nothing visitors see: its publish sends its own signal.
        draft = kwargs.get("signal") is post_save and issubclass(sender, DraftStateMixin)
        after_commit(public_change=not draft)


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
