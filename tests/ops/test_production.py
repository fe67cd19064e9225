"""Production settings in a real process: refuse to start without the required environment,
`check --deploy` reports nothing, gunicorn serves hashed static files compressed (brotli, gzip)
with far-future immutable caching, and the 503 page never touches the database."""

import gzip
import json
import os
import re
import signal
import subprocess
import time

import brotli
import pytest
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from ops.middleware import DatabaseUnavailableMiddleware
from ops.views import server_error

from .conftest import GUNICORN, PYTHON, ROOT, Server, base_production_env, free_port


def manage(env, *args, timeout=120):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def full_env(tmp_path):
    return base_production_env(
        static_root=tmp_path / "static", database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(full_env, missing):
    env = {k: v for k, v in full_env.items() if k != missing}
    result = manage(env, "check")
    assert result.returncode != 0
    assert f"環境変数 {missing} が設定されていません" in result.stderr
    assert "README" in result.stderr


def test_gunicorn_refuses_to_start_without_secret_key(full_env):
    env = {k: v for k, v in full_env.items() if k != "SECRET_KEY"}
    env.update(PORT="0", HOST="127.0.0.1", WEB_CONCURRENCY="1")
    result = subprocess.run(
        [GUNICORN, "-c", "config/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "環境変数 SECRET_KEY が設定されていません" in result.stdout + result.stderr


def test_an_invalid_flag_is_refused(full_env):
    result = manage({**full_env, "SECURE_SSL_REDIRECT": "maybe"}, "check")
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr


def test_check_deploy_reports_nothing(full_env):
    result = manage(full_env, "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_would_report_a_weak_setting(full_env):
    """The check above can fail: turning HSTS off is reported."""
    result = manage(
        {**full_env, "SECURE_HSTS_SECONDS": "0"}, "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def static_server(collected_static, tmp_path_factory):
    """`make serve` as an operator runs it: deploy check, collectstatic, gunicorn on PORT."""
    tmp_path = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = base_production_env(
        static_root=collected_static,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        PORT=port,
        HOST="127.0.0.1",
        WEB_CONCURRENCY=1,
    )
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        ["make", "--no-print-directory", "serve"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Server(env, workers=1)
    server.port, server.log_path, server.process = port, tmp_path / "serve.log", process
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            assert process.poll() is None, server.log()
            try:
                server.get("/favicon.ico", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        else:
            raise AssertionError(f"make serve did not answer:\n{server.log()}")
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def hashed_name(static_root, original):
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    return manifest["paths"][original]


@pytest.mark.server
def test_make_serve_runs_gunicorn_with_the_production_settings(static_server):
    log = static_server.log()
    assert "System check identified no issues" in log, log
    assert "Booting worker" in log, log
    status, headers, _body = static_server.get("/favicon.ico")
    assert "max-age=31536000" in headers["strict-transport-security"]  # production, not dev


@pytest.mark.server
def test_static_files_are_hashed_compressed_and_cached_forever(static_server, collected_static):
    css = hashed_name(collected_static, "css/site.css")
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", css)
    status, headers, identity = static_server.get(f"/static/{css}")
    assert status == 200
    assert identity == (collected_static / css).read_bytes()
    for encoding, decompress in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        status, headers, body = static_server.get(
            f"/static/{css}", headers={"Accept-Encoding": encoding}
        )
        assert status == 200
        assert headers["content-encoding"] == encoding
        assert decompress(body) == identity
        assert len(body) < len(identity)
        cache_control = headers["cache-control"]
        assert "immutable" in cache_control
        assert "max-age=315360000" in cache_control
        assert "public" in cache_control
        assert "Accept-Encoding" in headers["vary"]


@pytest.mark.server
def test_the_site_redirects_plain_http_to_https(static_server):
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", static_server.port, timeout=10)
    conn.request("GET", "/")  # no X-Forwarded-Proto: the request did not come over TLS
    response = conn.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == f"https://127.0.0.1:{static_server.port}/"


def test_the_503_page_is_japanese_and_never_touches_the_database(db):
    request = RequestFactory().get("/some/page/")
    with CaptureQueriesContext(connection) as queries:
        try:
            raise OperationalError("connection refused")
        except OperationalError as error:
            from_handler = server_error(request)
            from_middleware = DatabaseUnavailableMiddleware(lambda r: None).process_exception(
                request, error
            )
    assert len(queries) == 0
    for response in (from_handler, from_middleware):
        assert response.status_code == 503
        html = response.content.decode()
        assert "ただいまページを表示できません" in html
        assert "Traceback" not in html and "OperationalError" not in html
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]


def test_other_errors_still_get_the_500_page():
    request = RequestFactory().get("/some/page/")
    try:
        raise ValueError("boom")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500
    assert "エラーが起きました" in response.content.decode()
