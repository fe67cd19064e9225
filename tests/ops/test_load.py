"""50 concurrent clients for 30 seconds of mixed traffic against a real production server
(gunicorn, PostgreSQL, Redis): no connection errors, no 5xx, every route answers as expected."""

import collections
import os
import random
import threading
import time
from urllib.parse import quote

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page

from .conftest import complete_answers_query, request

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.server]

CLIENTS = int(os.environ.get("LOAD_TEST_CLIENTS", 50))
SECONDS = float(os.environ.get("LOAD_TEST_SECONDS", 30))


def optional_route(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def traffic_routes(collected_static):
    """route name -> (list of paths, expected statuses)."""
    import json

    pages = [p.url for p in Page.objects.live().filter(depth__gt=1).specific()]
    articles = [url for url in pages if "/load-test/article-" in url]
    manifest = json.loads((collected_static / "staticfiles.json").read_text())
    routes = {
        "home": (["/"], {200}),
        "page": (pages, {200}),
        "article": (articles, {200}),
        "article_uncached": ([f"{a}?uncached=1" for a in articles], {200}),
        "static": ([f"/static/{manifest['paths']['css/site.css']}"], {200}),
        "not_found": (["/no-such-page/"], {404}),
    }
    checker_start = optional_route("checker:start")
    if checker_start:
        from checker import rules

        routes["check_start"] = ([checker_start], {200})
        answers = [complete_answers_query(seed) for seed in range(20)]
        routes["check_question"] = (
            [f"/check/q/{key}/?{a}" for key, a in zip(rules.CRITERION_KEYS, answers, strict=False)],
            {200},
        )
        routes["check_result"] = ([f"/check/result/?{a}" for a in answers], {200})
    search = optional_route("search")
    if search:
        words = ("エクソソーム", "点滴", "承認")
        routes["search"] = ([f"{search}?q={quote(word)}" for word in words], {200})
    return routes


def test_fifty_clients_for_thirty_seconds_see_no_error(
    server_factory, shared_redis_cache, load_content, collected_static
):
    load_content(articles=30)
    routes = traffic_routes(collected_static)
    server = server_factory(workers=5)
    names = list(routes)
    counts = collections.Counter()
    problems = collections.Counter()
    examples = {}
    lock = threading.Lock()
    deadline = time.monotonic() + SECONDS

    def client(seed):
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            name = rng.choice(names)
            paths, expected = routes[name]
            path = rng.choice(paths)
            headers = {"Accept-Encoding": "gzip, br"}
            try:
                status, _headers, _body = request(server.port, path, headers=headers, timeout=30)
                problem = None if status in expected else f"HTTP {status}"
            except Exception as error:  # connection refused, reset, timeout
                problem = type(error).__name__
            with lock:
                counts[name] += 1
                if problem:
                    problems[(name, problem)] += 1
                    examples.setdefault((name, problem), path)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SECONDS + 60)

    total = sum(counts.values())
    summary = f"{total} requests in {SECONDS:.0f}s by {CLIENTS} clients: {dict(counts)}"
    print(summary)
    assert not problems, f"{summary}\nproblems: {dict(problems)}\nexamples: {examples}"
    assert all(counts[name] > 0 for name in names), summary
    assert total > CLIENTS * 10, summary
    assert "Traceback" not in server.log(), server.log()
