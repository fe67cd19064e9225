"""A Japanese-aware Wagtail search backend: the stock database backend (SQLite FTS5 or PostgreSQL
full-text search, no extension needed) with text segmented by learn.japanese_text on both sides.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "learn.search_backend"}}

- Indexing: every SearchField/AutocompleteField value is stored as folded morphemes separated
  by spaces (see japanese_text.index_text). This needs one patch of modelsearch internals: the
  vendor module's ObjectIndexer is replaced by a subclass (modelsearch has no hook for it).
  modelsearch is pinned exactly and tests/unit/test_search_backend_pins.py fails when an upgrade
  changes the patched code. After changing how text is analysed: `manage.py update_index`.
- Querying: search() and autocomplete() turn strings and PlainText/Phrase queries (the Wagtail
  admin passes those) into phrases of folded morphemes, one per term, with kana variants.
- autocomplete() (the admin's page search, choosers, listings) searches titles *and* body text,
  with the last word of each term taken as a prefix, so editors find pages by the words inside.
- PostgreSQL uses the "simple" text search configuration: no English stemming or stop words,
  so both databases match the same way.
"""

from __future__ import annotations

import logging
import sys
from functools import cache

from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import (
    MATCH_NONE,
    And,
    Boost,
    Fuzzy,
    MatchAll,
    Not,
    Or,
    Phrase,
    PlainText,
    SearchQuery,
)

from . import japanese_text

logger = logging.getLogger(__name__)

# The modelsearch module paths whose ObjectIndexer we replace, and the version they were read in.
PATCHED_MODELSEARCH_VERSION = "1.3.2"
SUPPORTED_BACKEND_MODULES = (
    "modelsearch.backends.database.postgres.postgres",
    "modelsearch.backends.database.sqlite.sqlite",
)


class Prepared(SearchQuery):
    """A query already made of folded morphemes (built by term_query / build_query below).
    The Japanese backend passes it on as it is; it must not be analysed twice."""

    def __init__(self, query: SearchQuery):
        self.query = query

    def __repr__(self):
        return f"<Prepared {self.query!r}>"


def _sequence_query(keys: tuple[str, ...]) -> SearchQuery:
    if len(keys) == 1:
        return PlainText(keys[0])
    return Phrase(" ".join(keys))


def term_query(term: japanese_text.QueryTerm, relaxed: bool = False) -> SearchQuery:
    """One term: its morphemes next to each other (any kana variant), or, relaxed, its content
    words anywhere."""
    if relaxed and term.relaxed:
        return And([PlainText(key) for key in term.relaxed])
    alternatives = [_sequence_query(variant) for variant in term.variants]
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def build_query(terms, operator: str = "and", relaxed: bool = False) -> SearchQuery:
    """A Prepared query for parsed terms; MATCH_NONE when there is nothing to look for."""
    parts = [term_query(term, relaxed=relaxed) for term in terms]
    if not parts:
        return Prepared(MATCH_NONE)
    if len(parts) == 1:
        return Prepared(parts[0])
    return Prepared(Or(parts) if operator == "or" else And(parts))


def to_japanese_query(query, operator: str | None = None) -> SearchQuery:
    """Analyse a query the way the index was built. Accepts what Wagtail passes: a string, or
    PlainText / Phrase objects combined with And / Or / Not / Boost (the admin's parser)."""
    if isinstance(query, Prepared):
        return query.query
    if isinstance(query, str):
        return build_query(japanese_text.parse_query(query), operator or "and").query
    if isinstance(query, PlainText):
        return build_query(japanese_text.parse_query(query.query_string), query.operator).query
    if isinstance(query, Phrase):
        # A quoted phrase is one term, however many words it has.
        text, _ = japanese_text.clean_query(query.query_string)
        term = japanese_text.parse_term(text.replace(" ", ""))
        return term_query(term) if term else MATCH_NONE
    if isinstance(query, Fuzzy):
        return Fuzzy(
            japanese_text.index_text(query.query_string),
            operator=query.operator,
            unaccent=query.unaccent,
        )
    if isinstance(query, And):
        return And([to_japanese_query(q) for q in query.subqueries])
    if isinstance(query, Or):
        return Or([to_japanese_query(q) for q in query.subqueries])
    if isinstance(query, Not):
        return Not(to_japanese_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(to_japanese_query(query.subquery), query.boost)
    if isinstance(query, MatchAll) or query is None:
        return query
    raise TypeError(f"Unsupported search query: {query!r}")


# --- indexing ------------------------------------------------------------------------------


def _japanese_indexer(original):
    """A subclass of a vendor ObjectIndexer that stores analysed text for leaf fields."""

    class JapaneseObjectIndexer(original):
        japanese = True

        def prepare_field(self, obj, field):
            if isinstance(field, (SearchField, AutocompleteField)):
                for item in super().prepare_field(obj, field):
                    # (field, value) on SQLite, (field, weight, value) on PostgreSQL
                    yield (*item[:-1], japanese_text.index_text(item[-1]))
            else:
                # RelatedFields: super() calls self.prepare_field for each sub-field, which
                # analyses the leaves; analysing again here would segment folded text twice.
                yield from super().prepare_field(obj, field)

    JapaneseObjectIndexer.__name__ = JapaneseObjectIndexer.__qualname__ = "JapaneseObjectIndexer"
    JapaneseObjectIndexer.__module__ = __name__
    return JapaneseObjectIndexer


def patch_indexer(module) -> None:
    """Make a vendor backend module index analysed text (idempotent)."""
    current = module.ObjectIndexer
    if getattr(current, "japanese", False):
        return
    module.ObjectIndexer = _japanese_indexer(current)


# --- the backend ---------------------------------------------------------------------------


@cache
def _japanese_backend_class(base):
    """The vendor backend class with Japanese query analysis and full-text autocomplete."""

    class PrefixSearchQueryCompiler(base.query_compiler_class):
        # Title and body, like search(), with the last word of each term matched as a prefix.
        LAST_TERM_IS_PREFIX = True

    class JapaneseSearchBackend(base):
        japanese = True
        autocomplete_query_compiler_class = PrefixSearchQueryCompiler

        def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
            return super().search(
                to_japanese_query(query, operator),
                model_or_queryset,
                fields=fields,
                operator=operator,
                **kwargs,
            )

        def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
            return super().autocomplete(
                to_japanese_query(query, operator),
                model_or_queryset,
                fields=fields,
                operator=operator,
                **kwargs,
            )

    JapaneseSearchBackend.__name__ = JapaneseSearchBackend.__qualname__ = f"Japanese{base.__name__}"
    return JapaneseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    params = {"SEARCH_CONFIG": "simple", **params}
    vendor = database_backend_for_connection(params)
    module_name = type(vendor).__module__
    if module_name not in SUPPORTED_BACKEND_MODULES:
        logger.warning(
            "Japanese search needs SQLite FTS5 or PostgreSQL; %s is used without it.",
            type(vendor).__name__,
        )
        return vendor
    patch_indexer(sys.modules[module_name])
    return _japanese_backend_class(type(vendor))(params)
