"""Load a page's snippets in one query per snippet type instead of one per block type and field.

Wagtail resolves snippet choosers lazily, once per block type per StreamField: an article with
sources in paragraphs, callouts, FAQs, a timeline, a figure and three ledger lists made a query
for each. Inside `snippets_in_one_query()`, the first chooser that needs a Source (or a
GlossaryTerm) loads all of them at once; every later chooser on the page reuses those rows. The
sites' snippet tables are small (tens of rows), so "all of them" is one cheap query.

ArticlePage.serve renders inside this scope. Outside it (admin forms, scripts), choosers behave
exactly like Wagtail's.

`shared(key, compute)` lets the serving layer keep such read-only lookups between requests:
ops.objectcache.memo keeps a value until the next publish inside a page request, and outside one
(admin, scripts, tests without the page cache) just computes.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.snippets.blocks import SnippetChooserBlock

from ops.objectcache import memo

_rows = ContextVar("learn_snippet_rows", default=None)


# The columns a page render reads. Other fields are deferred: reading one loads it (a query),
# so nothing shows differently, but a render that needs one should have it added here. Building
# the instances (revision and publishing fields, dates above all) was most of the cost of these
# two queries when nothing is cached (PAGE_CACHE=false).
SOURCE_FIELDS = (
    "id", "live", "title", "descriptive_title", "publisher", "published", "url", "kind",
    "last_checked",
)  # fmt: skip
TERM_FIELDS = ("id", "live", "term", "reading", "definition", "sources", "page")
TERM_PAGE_FIELDS = ("page__id", "page__title", "page__url_path", "page__live")  # a link to it


def _queryset(model):
    from .models import GlossaryTerm, Source

    if model is GlossaryTerm:
        # its block and list link to the page
        return model.objects.select_related("page").only(*TERM_FIELDS, *TERM_PAGE_FIELDS)
    if model is Source:
        return model.objects.only(*SOURCE_FIELDS)
    return model.objects.all()


def shared(key, compute):
    """compute(), or a value kept by the serving layer until the next publish."""
    return memo(("learn", key), compute)


# SQL of the ancestors query, compiled once per database and tree depth: building it through
# the ORM cost more CPU than running it (as in ops.routing).
_ancestors_sql = {}


def _ancestors(parent_path, steplen):
    """list(page.get_ancestors()) for a page under parent_path: the pages whose paths are
    parent_path and its prefixes (Wagtail's query also names the page itself, only to leave it
    out), in tree order."""
    from django.db import connection
    from wagtail.models import Page

    paths = [parent_path[:end] for end in range(steplen, len(parent_path) + 1, steplen)]
    if not paths:
        return []
    key = (connection.alias, connection.vendor, len(paths))
    if key not in _ancestors_sql:
        marks = [f"\x00learn.prefetch ancestor {n}\x00" for n in range(len(paths))]
        sql, params = Page.objects.filter(path__in=marks).order_by("path").query.sql_with_params()
        assert list(params) == marks, params  # noqa: S101 - the paths are its only values
        _ancestors_sql[key] = sql
    return list(Page.objects.raw(_ancestors_sql[key], paths))


def shared_ancestors(page):
    """The page's ancestors (breadcrumbs, view restrictions), kept like other shared lookups.
    They depend only on the parent's tree path, so sibling pages share one lookup."""
    parent_path = page.path[: -page.steplen]
    return shared(("ancestors", parent_path), lambda: _ancestors(parent_path, page.steplen))


@contextmanager
def snippets_in_one_query():
    token = _rows.set({})
    try:
        yield
    finally:
        _rows.reset(token)


def loaded_rows(model):
    """All rows of a snippet model by primary key, loaded once per scope; None outside one."""
    rows = _rows.get()
    if rows is None:
        return None
    if model not in rows:
        rows[model] = shared(
            ("rows", model._meta.label), lambda: {obj.pk: obj for obj in _queryset(model)}
        )
    return rows[model]


class PrefetchingSnippetChooserBlock(SnippetChooserBlock):
    """SnippetChooserBlock that reads from the page's loaded rows when there are some."""

    def bulk_to_python(self, values):
        rows = loaded_rows(self.model_class)
        if rows is None:
            return super().bulk_to_python(values)
        result, seen = [], set()
        for value in values:
            try:
                obj = rows.get(int(value)) if value is not None else None
            except (TypeError, ValueError):
                obj = None
            if obj is not None and value in seen:
                obj = copy.copy(obj)  # as Wagtail does: one instance per occurrence
            result.append(obj)
            seen.add(value)
        return result

    def deconstruct(self):
        # Stored in migrations as Wagtail's block: loading is an implementation detail.
        _path, args, kwargs = super().deconstruct()
        return ("wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs)
