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

Values are shared between requests (and threads): only store objects that renders read and
never change.
"""

import threading
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar

_generation = ContextVar("ops_object_cache_generation", default=None)
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
        return compute()
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
