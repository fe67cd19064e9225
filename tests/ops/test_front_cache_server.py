"""A real Varnish (Debian's varnishd, the repo's config/varnish/default.vcl) in front of a
production gunicorn: it serves public pages, a publish in the admin purges them, checker results
are never stored; and after the publish the app warms its page cache in the background.

Needs varnishd (Debian package `varnish`; CI installs it). With REQUIRE_SERVER_TESTS=1 a missing
varnishd fails the test instead of skipping it."""

import http.client
import re
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.test import RequestFactory
from django.urls import reverse

from learn.models import GlossaryPage, GlossaryTerm
from ops import pagecache, warming

from .conftest import HTTPS, ROOT, complete_answers_query, free_port, request, stop_process

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.server]

SITE = {"Host": "localhost"}  # the default Site's host name, as the public would send it


def varnishd_path():
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")


class Varnish:
    """varnishd in the foreground with its own work folder, on a loopback port, in front of one
    backend port (a backend.vcl of the test's own comes first on vcl_path)."""

    def __init__(self, folder, backend_port, port):
        self.folder = Path(folder)
        self.port = port
        (self.folder / "backend.vcl").write_text(
            f'backend default {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
        )
        self.log_path = self.folder / "varnishd.log"
        self.process = None

    def start(self, timeout=30):
        log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                varnishd_path(), "-F", "-n", str(self.folder / "work"),
                "-a", f"127.0.0.1:{self.port}", "-T", "none",
                "-f", str(ROOT / "config" / "varnish" / "default.vcl"),
                "-p", f"vcl_path={self.folder}:{ROOT / 'config' / 'varnish'}",
                "-s", "malloc,64m", "-j", "none",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd exited:\n{self.log_path.read_text()}")
            try:
                request(self.port, "/favicon.ico", timeout=2)
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"varnishd did not answer:\n{self.log_path.read_text()}")

    def get(self, path, headers=None, **kwargs):
        return request(self.port, path, headers={**SITE, **(headers or {})}, **kwargs)

    def stop(self):
        stop_process(self.process)


def browser_request(port, path, jar, method="GET", headers=None, body=None):
    """A request that sends and keeps cookies like a browser: every Set-Cookie goes into jar."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        cookie = "; ".join(f"{name}={value}" for name, value in jar.items())
        sent = {**HTTPS, **SITE, **({"Cookie": cookie} if cookie else {}), **(headers or {})}
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        for header in response.msg.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            jar[name.strip()] = rest.split(";", 1)[0]
        return response.status, response.read()
    finally:
        conn.close()


def from_cache(headers):
    """Varnish answered from its store: X-Varnish names this request and the one that stored."""
    return len(headers.get("x-varnish", "").split()) == 2


def post_form(varnish, jar, path, fields):
    """GET the form at path, then POST it with its CSRF token and fields (as a browser would)."""
    status, body = browser_request(varnish.port, path, jar)
    assert status == 200
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    return browser_request(
        varnish.port,
        path,
        jar,
        method="POST",
        body=urlencode({"csrfmiddlewaretoken": token, **fields}),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": "https://localhost",
            "Referer": f"https://localhost{path}",
        },
    )


def sign_in(varnish, username, password):
    """Log in through Varnish as a browser does; returns the cookie jar."""
    jar = {}
    status, _ = post_form(
        varnish, jar, "/admin/login/", {"username": username, "password": password}
    )
    assert status == 302, "login refused"
    assert "sessionid" in jar
    return jar


def publish_term(varnish, jar, term, **fields):
    """Change a glossary term in the admin and press 公開する (publish)."""
    edit = reverse("wagtailsnippets_learn_glossaryterm:edit", args=[term.pk])
    form = {
        "term": term.term,
        "reading": term.reading,
        "definition": term.definition,
        "sources-count": "0",
        "page": "",
        "action-publish": "1",
        **fields,
    }
    status, body = post_form(varnish, jar, edit, form)
    assert status == 302, body.decode()[:2000]


def cached_paths(paths):
    """Which of these paths the page cache holds for the current generation, read straight from
    the shared Redis (reading through the app would fill the cache and spoil the measurement)."""
    from django.core.cache import caches

    factory = RequestFactory()
    keys = {
        path: pagecache.request_key(factory.get(path, secure=True, HTTP_HOST="localhost"))
        for path in paths
    }
    found = caches["default"].get_many([pagecache.GENERATION_KEY, *keys.values()])
    generation = found.get(pagecache.GENERATION_KEY)
    return {path for path, key in keys.items() if key in found and found[key][0] == generation}


@pytest.fixture
def varnish_factory(tmp_path):
    if varnishd_path() is None:
        pytest.skip("needs varnishd (Debian package varnish)")
    started = []

    def start(backend_port, port):
        folder = tmp_path / f"varnish-{len(started)}"
        folder.mkdir()
        varnish = Varnish(folder, backend_port, port)
        started.append(varnish)
        return varnish.start()

    yield start
    for varnish in started:
        varnish.stop()


def test_varnish_serves_pages_a_publish_purges_them_and_the_app_warms_again(
    varnish_factory, server_factory, production_env, shared_redis_cache, load_content,
    django_user_model,
):  # fmt: skip
    load_content()
    editor = django_user_model.objects.create_superuser("editor", "e@example.org")
    editor.password = PBKDF2PasswordHasher().encode("correct-pass", PBKDF2PasswordHasher().salt())
    editor.save()
    glossary = GlossaryPage.objects.live().get().url
    term = GlossaryTerm.objects.filter(live=True).order_by("pk").first()

    varnish_port = free_port()
    app = server_factory(
        env={
            **production_env,
            "FRONT_CACHE_PURGE_URL": f"http://127.0.0.1:{varnish_port}",
            "PAGE_CACHE_WARM_URL": "https://localhost",
        }
    )
    varnish = varnish_factory(app.port, varnish_port)

    # A public page: stored by Varnish, for shared caches only.
    status, headers, body = varnish.get(glossary)
    assert status == 200 and term.definition in body.decode()
    assert "s-maxage=" in headers["cache-control"] and "public" in headers["cache-control"]
    status, headers, _ = varnish.get(glossary)
    assert from_cache(headers), headers

    # A checker result is never stored.
    result = "/check/result/?" + complete_answers_query()
    for _ in range(3):
        status, headers, _ = varnish.get(result)
        assert status == 200 and not from_cache(headers)
        assert "private" in headers["cache-control"]

    # An editor publishes a new definition through the admin (through Varnish, as in production).
    jar = sign_in(varnish, "editor", "correct-pass")
    new_text = "管理画面で直した説明です。"
    public_paths = [path for _scheme, _host, path in warming.warm_urls()]
    publish_term(varnish, jar, term, definition=new_text)
    published = time.monotonic()

    seen = None
    while time.monotonic() - published < 5:
        status, headers, body = varnish.get(glossary)
        if new_text in body.decode():
            seen = time.monotonic() - published
            break
        time.sleep(0.05)
    assert seen is not None and seen < 1.0, f"new text seen after {seen} s"

    # The app warms its page cache in the background: every public page is cached again.
    warm = None
    while time.monotonic() - published < 120:
        missing = set(public_paths) - cached_paths(public_paths)
        if not missing:
            warm = time.monotonic() - published
            break
        time.sleep(0.2)
    assert warm is not None, f"not warmed after 120 s: {sorted(missing)[:10]}"
    print(
        f"\nnew text through Varnish after {seen:.3f} s; "
        f"all {len(public_paths)} public pages in the page cache after {warm:.2f} s"
    )
    # ...and the next visitor of the glossary page gets a page-cache hit behind Varnish.
    status, headers, _ = app.get(glossary, headers=SITE)
    assert headers.get("x-page-cache") == "hit"
