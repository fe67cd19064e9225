"""A Japanese-aware Wagtail search backend: the stock database backend (SQLite FTS5 or PostgreSQL
full-text search, no extension needed) with text segmented by search.japanese_text on both sides.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}

- Indexing: every SearchField/AutocompleteField value is stored as folded morphemes separated
  by spaces (see japanese_text.index_text). This needs one patch of modelsearch internals: the
  vendor module's ObjectIndexer is replaced by a subclass (modelsearch has no hook for it).
  modelsearch is pinned exactly and tests/unit/test_search_backend_pins.py fails when an upgrade
  changes the patched code. After changing how text is analysed: `manage.py update_index`.
- Querying: search() and autocomplete() turn strings and PlainText/Phrase queries (the Wagtail
  admin passes those) into phrases of folded morphemes, one per term, with kana variants.
- autocomplete() (the admin's page search, choosers, listings) searches titles *and* body text,
  with the last morpheme of each term taken as a prefix (「しや」 finds 「しやく」 while typing), so
  editors find pages by the words inside. Prefix phrases need a small override of each vendor
  query compiler (PrefixPhrase below).
- `fields=` is ignored: the index keeps one analysed title and one analysed body per object, not
  one column per field (on PostgreSQL, fields= would search the raw, unsegmented columns; on
  SQLite it names FTS columns). A search with fields= therefore looks at all indexed text.
- PostgreSQL: each term is matched on the title and body columns one by one
  (`title @@ t OR body @@ t`, which their GIN indexes can answer) instead of the vendor's
  `(title || body) @@ query`, which builds a concatenated vector for every row and no index can
  answer; ranking is the vendor's (see ColumnwiseSearchQueryCompiler).
- PostgreSQL uses the "simple" text search configuration: no English stemming or stop words,
  so both databases match the same way.
"""

from __future__ import annotations

import logging
import sys
from functools import cache

from django.db.models import Q
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
POSTGRES_BACKEND_MODULE = "modelsearch.backends.database.postgres.postgres"
SUPPORTED_BACKEND_MODULES = (
    POSTGRES_BACKEND_MODULE,
    "modelsearch.backends.database.sqlite.sqlite",
)


class PrefixPhrase(Phrase):
    """Morphemes next to each other, the last one matched as a prefix (autocomplete only)."""

    def __repr__(self):
        return f"<PrefixPhrase {self.query_string!r}>"


class Prepared(SearchQuery):
    """A query already made of folded morphemes (built by term_query / build_query below).
    The Japanese backend passes it on as it is; it must not be analysed twice."""

    def __init__(self, query: SearchQuery):
        self.query = query

    def __repr__(self):
        return f"<Prepared {self.query!r}>"


def _sequence_query(keys: tuple[str, ...], prefix: bool = False) -> SearchQuery:
    if len(keys) == 1:
        return PlainText(keys[0])  # the autocomplete compiler makes it a prefix by itself
    return (PrefixPhrase if prefix else Phrase)(" ".join(keys))


def term_query(
    term: japanese_text.QueryTerm, relaxed: bool = False, prefix: bool = False
) -> SearchQuery:
    """One term: its morphemes next to each other (any kana variant), or, relaxed, its content
    words anywhere."""
    if relaxed and term.relaxed:
        return And([PlainText(key) for key in term.relaxed])
    alternatives = [_sequence_query(variant, prefix) for variant in term.variants]
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def build_query(
    terms, operator: str = "and", relaxed: bool = False, prefix: bool = False
) -> SearchQuery:
    """A Prepared query for parsed terms; MATCH_NONE when there is nothing to look for."""
    parts = [term_query(term, relaxed=relaxed, prefix=prefix) for term in terms]
    if not parts:
        return Prepared(MATCH_NONE)
    if len(parts) == 1:
        return Prepared(parts[0])
    return Prepared(Or(parts) if operator == "or" else And(parts))


def to_japanese_query(query, operator: str | None = None, prefix: bool = False) -> SearchQuery:
    """Analyse a query the way the index was built. Accepts what Wagtail passes: a string, or
    PlainText / Phrase objects combined with And / Or / Not / Boost (the admin's parser).
    With prefix=True (autocomplete), the last morpheme of each term is a prefix."""
    if isinstance(query, Prepared):
        return query.query
    if isinstance(query, str):
        terms = japanese_text.parse_query(query)
        return build_query(terms, operator or "and", prefix=prefix).query
    if isinstance(query, PlainText):
        terms = japanese_text.parse_query(query.query_string)
        return build_query(terms, query.operator, prefix=prefix).query
    if isinstance(query, Phrase):
        # A quoted phrase is one term, however many words it has; never a prefix.
        text, _ = japanese_text.clean_query(query.query_string)
        term = japanese_text.parse_term(text.replace(" ", ""))
        return term_query(term) if term else MATCH_NONE
    if isinstance(query, Fuzzy):
        return Fuzzy(
            japanese_text.index_text(query.query_string),
            operator=query.operator,
            unaccent=query.unaccent,
        )
    if isinstance(query, (And, Or)):
        return type(query)([to_japanese_query(q, prefix=prefix) for q in query.subqueries])
    if isinstance(query, Not):
        return Not(to_japanese_query(query.subquery, prefix=prefix))
    if isinstance(query, Boost):
        return Boost(to_japanese_query(query.subquery, prefix=prefix), query.boost)
    if isinstance(query, MatchAll) or query is None:
        return query
    raise TypeError(f"Unsupported search query: {query!r}")


def _tsquery_literal(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


# --- indexing ------------------------------------------------------------------------------


def _japanese_indexer(original):
    """A subclass of a vendor ObjectIndexer that stores analysed text for leaf fields."""

    class JapaneseObjectIndexer(original):
        japanese = True

        def prepare_field(self, obj, field):
            if isinstance(field, (SearchField, AutocompleteField)):
                # The indexer asks for every field once per column (title, body, autocomplete,
                # and on PostgreSQL title_text and body_text): analyse each value only once.
                # The cache keeps `obj` alive so its id() cannot be reused by another object.
                cache = self.__dict__.setdefault("_analysed", {})
                key = (id(obj), id(field))
                if key not in cache:
                    items = [
                        # (field, value) on SQLite, (field, weight, value) on PostgreSQL
                        (*item[:-1], japanese_text.index_text(item[-1]))
                        for item in super().prepare_field(obj, field)
                    ]
                    cache[key] = (obj, items)
                yield from cache[key][1]
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
def _columnwise_compiler_class(base_compiler):
    """PostgreSQL search() that matches the title and the body columns one by one.

    The vendor compiler filters on `(title || body) @@ query` and selects that concatenation
    too: it is built for every candidate row, sorted with it and sent to Python (megabytes for a
    word on every page), and no index can serve it. Here each term is matched as
    `(title @@ term OR body @@ term)`, combined with the query's own AND / OR, so the GIN index
    on each column can answer and nothing is concatenated or selected but the model's columns.
    It finds the same pages, with one deliberate difference: a phrase no longer matches across the
    end of the title and the start of the body. The ranking (title above body) is the vendor's.
    Queries it does not know how to split (Not, Fuzzy, several words in one PlainText with
    "and", fields=) go to the vendor code unchanged. Autocomplete (the admin) uses it too, with
    its last morpheme as a prefix."""

    class ColumnwiseSearchQueryCompiler(base_compiler):
        def match_condition(self, query, config):
            """A Q matching pages whose title or body holds query, or None (not splittable)."""
            if isinstance(query, (And, Or)):
                parts = [self.match_condition(q, config) for q in query.subqueries]
                if not parts or any(part is None for part in parts):
                    return None
                combined = parts[0]
                for part in parts[1:]:
                    combined = (combined & part) if isinstance(query, And) else (combined | part)
                return combined
            if isinstance(query, Boost):
                return self.match_condition(query.subquery, config)
            one_word = isinstance(query, PlainText) and (
                len(query.query_string.split()) == 1 or query.operator == "or"
            )
            if isinstance(query, Phrase) or one_word:
                tsquery = self.build_tsquery_content(query, config=config)
                if tsquery is None:
                    return None
                return Q(index_entries__title=tsquery) | Q(index_entries__body=tsquery)
            return None

        def search(self, config, start, stop, score_field=None, backend=None):
            match = None
            if self.fields is None and not isinstance(self.query, (MatchAll, Fuzzy)):
                match = self.match_condition(self.query, config)
            if match is None:
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
            rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
            return self._apply_ordering_and_scoring(
                self.queryset.filter(match), rank, start, stop, score_field
            )

    ColumnwiseSearchQueryCompiler.__name__ = "ColumnwiseSearchQueryCompiler"
    ColumnwiseSearchQueryCompiler.__qualname__ = "ColumnwiseSearchQueryCompiler"
    return ColumnwiseSearchQueryCompiler


@cache
def _japanese_backend_class(base):
    """The vendor backend class with Japanese query analysis and full-text autocomplete."""

    search_compiler = base.query_compiler_class
    if base.__module__ == POSTGRES_BACKEND_MODULE:
        search_compiler = _columnwise_compiler_class(search_compiler)

    class PrefixSearchQueryCompiler(search_compiler):
        # Title and body, like search(), with the last word of each term matched as a prefix.
        LAST_TERM_IS_PREFIX = True

        # PostgreSQL: 'a' <-> 'b' <-> 'c':*
        def build_tsquery_content(self, query, config=None, invert=False):
            if not isinstance(query, PrefixPhrase):
                return super().build_tsquery_content(query, config=config, invert=invert)
            from django.contrib.postgres.search import SearchQuery as PostgresQuery

            quoted = [_tsquery_literal(word) for word in query.query_string.split()]
            expression = " <-> ".join(quoted) + ":*"
            if invert:
                expression = f"!({expression})"
            return PostgresQuery(expression, search_type="raw", config=config)

        # SQLite FTS5: "a b c"* (a phrase whose last token is a prefix)
        def build_search_query_content(self, query, config=None):
            if not isinstance(query, PrefixPhrase):
                return super().build_search_query_content(query, config=config)
            from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression

            return SearchQueryExpression(Lexeme(query.query_string, prefix=True))

    class JapaneseSearchBackend(base):
        japanese = True
        query_compiler_class = search_compiler
        autocomplete_query_compiler_class = PrefixSearchQueryCompiler

        def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
            return super().search(
                to_japanese_query(query, operator),
                model_or_queryset,
                fields=None,
                operator=operator,
                **kwargs,
            )

        def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
            return super().autocomplete(
                to_japanese_query(query, operator, prefix=True),
                model_or_queryset,
                fields=None,
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
