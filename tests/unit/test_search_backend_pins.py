"""Loud failure on a modelsearch upgrade: search/backend.py replaces the database backends'
ObjectIndexer and relies on how their query compilers treat PlainText, Phrase and
LAST_TERM_IS_PREFIX. If this fails after an upgrade, read the new code of each listed function,
adapt search/backend.py, run the search tests on SQLite and PostgreSQL, then update the
hashes and the version here and in requirements/base.in.

The code is read from the installed source files (not imported): the SQLite module cannot be
imported on PostgreSQL and the other way round, and both are checked on either database."""

import ast
import hashlib
import importlib.util
import inspect
import sys

import modelsearch
import pytest
from wagtail.search.backends import get_search_backend

from search import backend as search_backend

POSTGRES = "modelsearch.backends.database.postgres.postgres"
SQLITE = "modelsearch.backends.database.sqlite.sqlite"

# sha256 of the source of each definition (ast.get_source_segment), first 16 hex digits,
# read in modelsearch 1.3.2.
BASE = "modelsearch.backends.base"
DATABASE = "modelsearch.backends.database"
PATCHED_OR_RELIED_ON = {
    # picks the vendor backend class, hence the module we patch
    (DATABASE, "SearchBackend"): "6eac14f8e25f5fe0",
    # replaced by a subclass whose prepare_field analyses leaf values
    (POSTGRES, "ObjectIndexer"): "31380b22f2e0f8e1",
    (SQLITE, "ObjectIndexer"): "ecf8495e4c4b6be0",
    # build indexers from the module-global ObjectIndexer
    (POSTGRES, "PostgresIndex.add_items"): "ada217d2c4eb42cd",
    (SQLITE, "SQLiteIndex.add_items"): "c48707b3a2e49006",
    # how PlainText (prefix with LAST_TERM_IS_PREFIX) and Phrase become database queries
    (POSTGRES, "PostgresSearchQueryCompiler.build_tsquery_content"): "09bcabaee2a1ae80",
    (SQLITE, "SQLiteSearchQueryCompiler.build_search_query_content"): "28e66fe3c21e2aca",
    # reads SEARCH_CONFIG ("simple")
    (POSTGRES, "PostgresSearchBackend.__init__"): "c1623693b3c02d33",
    # uses autocomplete_query_compiler_class, which we set
    (BASE, "BaseSearchBackend.autocomplete"): "b4e56dfbfff11c54",
}


def definition(module_name, qualname):
    path = importlib.util.find_spec(module_name).origin
    with open(path, encoding="utf-8") as f:
        source = f.read()
    nodes = ast.parse(source).body
    node = None
    for name in qualname.split("."):
        node = next(
            n for n in nodes if isinstance(n, (ast.ClassDef, ast.FunctionDef)) and n.name == name
        )
        nodes = node.body
    return node, ast.get_source_segment(source, node)


def source_hash(module_name, qualname):
    _, source = definition(module_name, qualname)
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def test_modelsearch_is_the_version_the_patch_was_written_for():
    assert modelsearch.__version__ == search_backend.PATCHED_MODELSEARCH_VERSION, (
        f"modelsearch {modelsearch.__version__} is installed; search/backend.py was "
        f"written for {search_backend.PATCHED_MODELSEARCH_VERSION}. See this file's docstring."
    )


@pytest.mark.parametrize(("module_name", "qualname"), sorted(PATCHED_OR_RELIED_ON))
def test_patched_code_is_unchanged(module_name, qualname):
    expected = PATCHED_OR_RELIED_ON[(module_name, qualname)]
    assert source_hash(module_name, qualname) == expected, (
        f"modelsearch changed {module_name}.{qualname}; re-check search/backend.py "
        "(see this file's docstring)."
    )


@pytest.mark.parametrize("module_name", search_backend.SUPPORTED_BACKEND_MODULES)
def test_each_index_builds_its_indexer_from_the_module_global(module_name):
    index_class = "PostgresIndex" if module_name == POSTGRES else "SQLiteIndex"
    _, add_items = definition(module_name, f"{index_class}.add_items")
    assert "ObjectIndexer(obj, self.backend)" in add_items
    indexer, _ = definition(module_name, "ObjectIndexer")
    assert "prepare_field" in [n.name for n in indexer.body if isinstance(n, ast.FunctionDef)]


@pytest.mark.django_db
def test_the_default_backend_is_japanese_and_its_indexer_is_patched():
    backend = get_search_backend()
    assert getattr(backend, "japanese", False), type(backend)
    module = inspect.getmodule(type(backend).__mro__[1])
    assert module.__name__ in search_backend.SUPPORTED_BACKEND_MODULES
    assert getattr(module.ObjectIndexer, "japanese", False)
    assert backend.config == "simple" or module.__name__ == SQLITE
    # The autocomplete compiler searches title and body like search(), with prefixes.
    compiler = backend.autocomplete_query_compiler_class
    assert issubclass(compiler, backend.query_compiler_class)
    assert compiler.LAST_TERM_IS_PREFIX is True


@pytest.mark.django_db
def test_patching_twice_changes_nothing():
    backend = get_search_backend()
    module = sys.modules[type(backend).__mro__[1].__module__]
    patched = module.ObjectIndexer
    search_backend.patch_indexer(module)
    get_search_backend()
    assert module.ObjectIndexer is patched
    assert patched.__bases__[0].__module__ == module.__name__
