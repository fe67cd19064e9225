"""A per-process memo of small, read-only lookups that every page render repeats: the Site for a
host name, the page type at a URL, the site settings, the snippets pages show. Each value is
kept for one page-cache generation (ops.pagecache), so it can never outlive a publish: any
publish, move, delete or snippet/settings save replaces the generation, and the next request
computes afresh.

The page cache middleware reads the generation at the start of each request and opens a scope
with it; `memo()` outside a scope (tests with the page cache off, management commands, the
admin) simply computes. Values computed during a request belong to the generation read at its
start: if a publish commits meanwhile, they are filed under the old generation and dropped.
The last two generations are kept, so a request that began just before a publish finishes with
the values of its own generation.

A GET outside the page cache (PAGE_CACHE=false, the admin and other excluded paths) opens a
`request_scope()` instead: values are remembered for that one request only (the header and the
footer menus, for instance, share one lookup), and never shared with another request. The
exception: GETs under OBJECT_CACHE_SHARED_PREFIXES (the checker), never stored by the page cache,
still open the generation's scope when the page cache is on, so their published lookups (the
site, menus, criterion pages, sources) are shared like a page's; nothing keyed by what a visitor
sends may be memoised there.

Values are shared between requests (and threads): only store objects that renders read and
never change.
"""

import threading
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar

_generation = ContextVar("ops_object_cache_generation", default=None)
_request_values = ContextVar("ops_object_cache_request", default=None)
_stores = OrderedDict()
_lock = threading.Lock()
KEEP_GENERATIONS = 2


@contextmanager
def scope(generation):
    token = _generation.set(generation)
    try:
        yield
    finally:
        _generation.reset(token)


@contextmanager
def request_scope():
    """Remember memo() values for the rest of this request only (no generation to follow)."""
    token = _request_values.set({})
    try:
        yield
    finally:
        _request_values.reset(token)


def _values(generation):
    with _lock:
        values = _stores.get(generation)
        if values is None:
            values = _stores[generation] = {}
            while len(_stores) > KEEP_GENERATIONS:
                _stores.popitem(last=False)
        else:
            _stores.move_to_end(generation)
        return values


def memo(key, compute, keep_none=True):
    """compute(), remembered in this process for the current generation.

    keep_none=False does not remember a None result: use it when keys come from the request
    (URLs), so that requests for things that do not exist cannot fill the memory."""
    generation = _generation.get()
    if generation is None:
        values = _request_values.get()
        if values is None:
            return compute()
    else:
        values = _values(generation)
    try:
        return values[key]
    except KeyError:
        value = compute()
        if value is not None or keep_none:
            values[key] = value
        return value


def clear():
    with _lock:
        _stores.clear()
