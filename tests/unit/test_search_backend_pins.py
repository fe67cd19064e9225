"""Loud failure on a modelsearch upgrade: learn/search_backend.py replaces the database backends'
ObjectIndexer and relies on how their query compilers treat PlainText, Phrase and
LAST_TERM_IS_PREFIX. If this fails after an upgrade, read the new code of each listed function,
adapt learn/search_backend.py, run the search tests on SQLite and PostgreSQL, then update the
hashes and the version here and in requirements/base.in."""

import hashlib
import inspect

import modelsearch
import pytest
from modelsearch.backends import database
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.sqlite import sqlite
from wagtail.search.backends import get_search_backend

from learn import search_backend


def original(cls):
    """The vendor class, even after patch_indexer replaced it with our subclass."""
    return cls.__bases__[0] if getattr(cls, "japanese", False) else cls


# sha256 of inspect.getsource(...), first 16 hex digits, read in modelsearch 1.3.2.
PATCHED_OR_RELIED_ON = {
    "database.SearchBackend (picks the vendor module)": (
        lambda: database.SearchBackend,
        "afd842ead344ebd1",
    ),
    "postgres.ObjectIndexer (replaced by a subclass)": (
        lambda: original(postgres.ObjectIndexer),
        "ce1c3dd642886eec",
    ),
    "postgres.PostgresIndex.add_items (uses the module's ObjectIndexer)": (
        lambda: postgres.PostgresIndex.add_items,
        "62bf7488351e3864",
    ),
    "postgres.PostgresSearchQueryCompiler.build_tsquery_content (PlainText prefix, Phrase)": (
        lambda: postgres.PostgresSearchQueryCompiler.build_tsquery_content,
        "1a16c13d549dfe7a",
    ),
    "sqlite.ObjectIndexer (replaced by a subclass)": (
        lambda: original(sqlite.ObjectIndexer),
        "23ba659712147881",
    ),
    "sqlite.SQLiteIndex.add_items (uses the module's ObjectIndexer)": (
        lambda: sqlite.SQLiteIndex.add_items,
        "6e4d599997a4aa05",
    ),
    "sqlite.SQLiteSearchQueryCompiler.build_search_query_content (PlainText prefix, Phrase)": (
        lambda: sqlite.SQLiteSearchQueryCompiler.build_search_query_content,
        "75f3d884945758b4",
    ),
}


def source_hash(obj):
    return hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]


def test_modelsearch_is_the_version_the_patch_was_written_for():
    assert modelsearch.__version__ == search_backend.PATCHED_MODELSEARCH_VERSION, (
        f"modelsearch {modelsearch.__version__} is installed; learn/search_backend.py was "
        f"written for {search_backend.PATCHED_MODELSEARCH_VERSION}. See this file's docstring."
    )


@pytest.mark.parametrize("name", sorted(PATCHED_OR_RELIED_ON))
def test_patched_code_is_unchanged(name):
    get, expected = PATCHED_OR_RELIED_ON[name]
    assert source_hash(get()) == expected, (
        f"modelsearch changed {name}; re-check learn/search_backend.py (see this file's docstring)."
    )


def test_the_backend_modules_we_patch_still_exist():
    for module_name in search_backend.SUPPORTED_BACKEND_MODULES:
        module = __import__(module_name, fromlist=["ObjectIndexer"])
        assert hasattr(module, "ObjectIndexer"), module_name
        indexer = original(module.ObjectIndexer)
        assert "prepare_field" in vars(indexer), module_name


@pytest.mark.django_db
def test_the_default_backend_is_japanese_and_its_indexer_is_patched():
    backend = get_search_backend()
    assert getattr(backend, "japanese", False), type(backend)
    module = inspect.getmodule(type(backend).__mro__[1])
    assert module.__name__ in search_backend.SUPPORTED_BACKEND_MODULES
    assert getattr(module.ObjectIndexer, "japanese", False)
    # The autocomplete compiler searches title and body like search(), with prefixes.
    compiler = backend.autocomplete_query_compiler_class
    assert issubclass(compiler, backend.query_compiler_class)
    assert compiler.LAST_TERM_IS_PREFIX is True


def test_patching_twice_changes_nothing():
    before = sqlite.ObjectIndexer
    search_backend.patch_indexer(sqlite)
    search_backend.patch_indexer(sqlite)
    assert getattr(sqlite.ObjectIndexer, "japanese", False)
    if getattr(before, "japanese", False):
        assert sqlite.ObjectIndexer is before
    assert original(sqlite.ObjectIndexer).__module__ == sqlite.__name__
