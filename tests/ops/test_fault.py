"""PostgreSQL restarted while traffic runs against a production server. During the outage pages
already in the page cache still serve, other pages get the Japanese 503 page (never a stack
trace or a 500), and within 5 seconds of PostgreSQL's return everything serves again, without
restarting the app.

Uses a throwaway PostgreSQL cluster of its own: the shared one on 5432 is never touched."""

import collections
import subprocess
import threading
import time

import pytest

from .conftest import PYTHON, ROOT, Server, base_production_env

pytestmark = pytest.mark.server

CACHED = ["/", "/load-test/article-1/", "/load-test/article-2/"]
# A query string other than tracking parameters always bypasses the page cache.
UNCACHED = ["/load-test/article-3/?uncached=1", "/load-test/article-4/?x=2", "/load-test/?page=1"]


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        check=True,
        capture_output=True,
        timeout=300,
    )


def test_postgres_restart_while_traffic_runs(throwaway_postgres, collected_static, tmp_path):
    database_url = throwaway_postgres.create_database("exosome_fault")
    env = base_production_env(
        static_root=collected_static,
        database_url=database_url,
        CACHE_DIR=tmp_path / "cache",  # no REDIS_URL: the file cache shared by the workers
        MEDIA_ROOT=tmp_path / "media",
    )
    manage(env, "migrate", "--noinput")
    manage(env, "load_initial_content")
    manage(env, "generate_articles", "4")
    server = Server(env, workers=2).start()
    try:
        for path in CACHED:  # fill the page cache
            assert server.get(path)[0] == 200
            assert server.get(path)[1]["x-page-cache"] == "hit"

        statuses = collections.Counter()
        failures = []
        stop = threading.Event()

        def traffic():
            while not stop.is_set():
                for path in CACHED + UNCACHED:
                    try:
                        status, _headers, body = server.get(path, timeout=10)
                        statuses[status] += 1
                        if status not in (200, 503):
                            failures.append((path, status, body[:300]))
                    except Exception as error:
                        failures.append((path, type(error).__name__, str(error)))
                        time.sleep(0.05)

        workers = [threading.Thread(target=traffic, daemon=True) for _ in range(4)]
        for worker in workers:
            worker.start()
        try:
            time.sleep(1)
            throwaway_postgres.stop(mode="fast")
            assert not throwaway_postgres.ready()
            time.sleep(0.5)
            for path in CACHED:
                status, headers, _body = server.get(path)
                assert (status, headers["x-page-cache"]) == (200, "hit"), path
            for path in UNCACHED:
                status, headers, body = server.get(path)
                html = body.decode()
                assert status == 503, (path, status)
                assert "ただいまページを表示できません" in html
                assert "Traceback" not in html and "OperationalError" not in html
                assert headers["retry-after"] == "30"
            time.sleep(1)

            throwaway_postgres.start()
            back = time.monotonic()
            recovered = None
            while time.monotonic() - back < 10:
                if all(server.get(path)[0] == 200 for path in CACHED + UNCACHED):
                    recovered = time.monotonic() - back
                    break
                time.sleep(0.1)
        finally:
            stop.set()
            for worker in workers:
                worker.join(timeout=30)

        print(f"statuses during the run: {dict(statuses)}; recovered after {recovered}s")
        assert recovered is not None and recovered <= 5, recovered
        assert not failures, failures[:5]
        assert statuses[503] > 0 and statuses[200] > 0
        log = server.log()
        assert "Traceback" not in log, log
        assert "Worker failed to boot" not in log
    finally:
        server.stop()
