"""Shared test fixtures. Tests run on SQLite, or on PostgreSQL when DATABASE_URL is set."""

import os

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM use
# there (live_server + browser tests). Without this: SynchronousOnlyOperation.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the initial content once into the fresh test database.

    Building the whole site takes seconds (every page, source and term is published with a
    revision and indexed); doing it once per session instead of once per test keeps the suite
    fast. Tests still ask for `site_content`: the loader is idempotent, so there it only checks
    (milliseconds), and after a transactional test has flushed the database it builds the site
    again.
    """
    with django_db_blocker.unblock():
        call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def site_content(db):
    """The site as a newcomer gets it: everything load_initial_content builds."""
    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


def browser_tests_required():
    return os.environ.get("REQUIRE_BROWSER_TESTS", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (REQUIRE_BROWSER_TESTS=1) a skipped browser test is a failure, never a pass."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("browser") and browser_tests_required():
        report.outcome = "failed"
        report.longrepr = (
            f"Browser test skipped while REQUIRE_BROWSER_TESTS is set: {report.longrepr}"
        )
