"""Fixtures for the serving-layer tests: the page cache switched on, sample articles, and real
production app servers (gunicorn, config.settings.production) on loopback ports.

Server tests need PostgreSQL (DATABASE_URL) so that the test process and the servers share one
database; with REQUIRE_SERVER_TESTS=1 (CI) a skipped server test is a failure, never a pass.
"""

import datetime
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
HTTPS = {"X-Forwarded-Proto": "https"}  # what the TLS-terminating proxy adds


def server_tests_required():
    return os.environ.get("REQUIRE_SERVER_TESTS", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("server") and server_tests_required():
        report.outcome = "failed"
        report.longrepr = (
            f"Server test skipped while REQUIRE_SERVER_TESTS is set: {report.longrepr}"
        )


def pytest_collection_modifyitems(items):
    for item in items:
        if "server" in item.fixturenames or "production_env" in item.fixturenames:
            item.add_marker(pytest.mark.server)


# --- in-process helpers -----------------------------------------------------------------------


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (test settings keep it off), starting empty."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_STATUS_HEADER = True  # X-Page-Cache: hit|miss|bypass
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def make_source(key="ops-test-source", title="出典のテスト用の題名"):
    from learn.models import Source

    source = Source(
        key=key,
        title=title,
        publisher="テスト発行元",
        published="2024",
        url="https://example.org/report",
        kind=Source.Kind.OTHER,
        last_checked=datetime.date(2026, 1, 1),
    )
    source.save()
    source.save_revision().publish()
    return source


def make_article(parent, slug, title, source=None, lead="テスト用のリード文です。"):
    from learn.models import ArticlePage

    sources = [source] if source else []
    page = ArticlePage(
        title=title,
        slug=slug,
        lead=lead,
        body=[("paragraph", {"text": "<p>テスト用の段落です。</p>", "sources": sources})],
        last_reviewed=datetime.date(2026, 1, 1),
        next_review_due=datetime.date(2027, 1, 1),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def home(site_content):
    from learn.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def cited_article(home):
    """An article under the home page that cites one Source: /ops-article/."""
    source = make_source()
    return make_article(home, "ops-article", "キャッシュ試験の記事", source=source)


# --- production servers -----------------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(process, timeout=20):
    """Terminate a server the test started (kill it if it does not stop within `timeout`)."""
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def request(port, path, method="GET", headers=None, body=None, timeout=30):
    """One HTTP request to 127.0.0.1:port as the proxy would send it -> (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={**HTTPS, **(headers or {})})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def postgres_url():
    """The test database (pytest-django's test_<name>) as a URL for other processes."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        return None
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


def redis_url():
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return None
    return url


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """collectstatic once per session with the production storage (hashed, gzip + brotli)."""
    static_root = tmp_path_factory.mktemp("staticfiles")
    env = base_production_env(static_root=static_root, database_url="sqlite:///unused.sqlite3")
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    return static_root


def base_production_env(static_root, database_url, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        GUNICORN_ACCESS_LOG="",
        PYTHONDONTWRITEBYTECODE="1",
        PAGE_CACHE_STATUS_HEADER="true",  # the tests read X-Page-Cache
    )
    env.pop("REDIS_URL", None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


@pytest.fixture
def production_env(collected_static, tmp_path):
    """Environment for production servers on the shared test database and Redis (own prefix)."""
    database_url = postgres_url()
    if database_url is None:
        pytest.skip("needs PostgreSQL (set DATABASE_URL) so that servers share the test database")
    redis = redis_url()
    if redis is None:
        pytest.skip("needs Redis on REDIS_URL (default redis://127.0.0.1:6379/15)")
    return base_production_env(
        static_root=collected_static,
        database_url=database_url,
        REDIS_URL=redis,
        CACHE_KEY_PREFIX=f"test-{secrets.token_hex(6)}",
        MEDIA_ROOT=tmp_path / "media",
    )


class Server:
    """gunicorn with the production settings, as `make serve` runs it."""

    def __init__(self, env, workers=2, threads=1, log_path=None):
        self.port = free_port()
        self.env = {**env, "PORT": str(self.port), "HOST": "127.0.0.1"}
        self.env["WEB_CONCURRENCY"] = str(workers)
        self.env["GUNICORN_THREADS"] = str(threads)
        self.log_path = log_path or Path(tempfile.mkstemp(prefix="gunicorn-", suffix=".log")[1])
        self.process = None

    def start(self, timeout=90):  # a preloaded app on a busy 2-core machine
        log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "config/gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log()}")
            try:
                status, _, _ = request(self.port, "/favicon.ico", timeout=2)
                if status:
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not answer within {timeout}s:\n{self.log()}")

    def get(self, path, **kwargs):
        return request(self.port, path, **kwargs)

    def log(self):
        return Path(self.log_path).read_text(errors="replace")[-5000:]

    def stop(self):
        stop_process(self.process)


@pytest.fixture
def server_factory(production_env):
    servers = []

    def start(env=None, **kwargs):
        server = Server(env or production_env, **kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def shared_redis_cache(production_env, settings):
    """Point this test process's cache at the servers' Redis (same prefix), page cache on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": production_env["REDIS_URL"],
            "KEY_PREFIX": production_env["CACHE_KEY_PREFIX"],
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_STATUS_HEADER = True
    yield caches["default"]
    caches["default"].delete_pattern("*")


def remove_tree(path):
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def load_content():
    """Load the initial content (committed: use with transactional_db) for servers to read."""

    def load(articles=0):
        call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        if articles:
            call_command("generate_articles", articles, stdout=open(os.devnull, "w"))  # noqa: SIM115

    return load


# --- a throwaway PostgreSQL cluster (never the shared one on 5432) -----------------------------

PG_BIN = Path("/usr/lib/postgresql/15/bin")


class ThrowawayPostgres:
    """A PostgreSQL 15 cluster of our own in a temporary folder, run as the postgres user (it
    refuses to run as root), on a free loopback port. Safe to stop and restart in a test."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="exosome-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        shutil.chown(self.folder, user="postgres", group="postgres")

    def _as_postgres(self, *command, check=True, timeout=60):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, command)],
            capture_output=True,
            text=True,
            check=check,
            timeout=timeout,
        )

    def init(self):
        self._as_postgres(
            PG_BIN / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-sync", "--locale=C.UTF-8",
        )  # fmt: skip
        return self

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(
            PG_BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.folder / "log",
            "-w", "-t", "30", "start",
        )  # fmt: skip
        return self

    def stop(self, mode="fast"):
        self._as_postgres(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def ready(self):
        result = subprocess.run(
            ["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.port)], check=False
        )
        return result.returncode == 0

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-qc",
             f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"],
            check=True, capture_output=True, timeout=30,
        )  # fmt: skip
        return self.url(name)

    def destroy(self):
        self.stop(mode="immediate")
        remove_tree(self.folder)


@pytest.fixture
def throwaway_postgres():
    if not (PG_BIN / "initdb").exists() or shutil.which("runuser") is None:
        pytest.skip("needs PostgreSQL 15 server binaries and runuser")
    cluster = ThrowawayPostgres().init().start()
    try:
        yield cluster
    finally:
        cluster.destroy()


def complete_answers_query(seed=0):
    """A valid, complete set of questionnaire answers as a query string (checker.rules)."""
    import random

    from checker import rules

    rng = random.Random(seed)
    answers = {}
    for criterion in rules.CRITERIA:
        if criterion.kind == rules.SINGLE:
            answers[criterion.key] = (rng.choice(criterion.option_keys),)
        else:
            items = criterion.item_keys
            answers[criterion.key] = tuple(rng.sample(items, rng.randint(1, len(items))))
        for question in criterion.also_asks:
            answers[question.param] = (rng.choice(question.option_keys),)
    return rules.to_query_string(answers, product="テスト製品")
