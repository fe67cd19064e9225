"""Profile what the benchmark's uncached routes spend their CPU on, in one process, with the
production settings and the benchmark's database (bench/load_bench.py builds it).

For each route it renders the page through the whole Django stack (middleware, routing,
templates) --repeat times under cProfile and prints the mean time per request, the queries per
request and the top of the profile (cumulative and own time). Routes:

  article-full       an article with PAGE_CACHE=false (no page cache, no object cache)
  article-bypass     an article with a query string (page cache bypassed, object cache on)
  result             /check/result/ with a full set of answers (never cached)
  search             /search/?q=... with an extra parameter (never stored, rendered every time)

    make bench                                     # once: builds the database and static files
    make profile                                   # all routes (PROFILE_ARGS="--repeat 30")
    .venv/bin/python bench/profile_render.py --route article-full --top 40 --save var/profile

It is a measurement, not a test: nothing is asserted.
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUTES = ("article-full", "article-bypass", "result", "search")


def configure(route, database_url):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="localhost,127.0.0.1",
        DATABASE_URL=database_url,
        PAGE_CACHE="false" if route == "article-full" else "true",
        CACHE_DIR=tempfile.mkdtemp(prefix="exosome-profile-cache-"),
        LOG_LEVEL="ERROR",
        STATIC_ROOT=str(ROOT / "var" / "bench" / "static"),  # collected by bench/load_bench.py
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def paths(route, count):
    if route.startswith("article"):
        suffix = "" if route == "article-full" else "?uncached={n}"
        return [f"/load-test/article-{n % 1000 + 1}/{suffix.format(n=n)}" for n in range(count)]
    if route == "result":
        sys.path.insert(0, str(ROOT / "bench"))
        from load_bench import questionnaire_paths

        return questionnaire_paths(count)[1]
    words = ["エクソソーム", "点滴", "培養上清", "承認", "細胞外小胞", "副作用"]
    from urllib.parse import quote

    return [f"/search/?q={quote(words[n % len(words)])}&uncached={n}" for n in range(count)]


def profile(route, repeat, top, save=None):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    urls = paths(route, repeat + 5)
    for url in urls[:5]:  # warm: imports, template loading, connections, object cache
        response = client.get(url, secure=True)
        assert response.status_code == 200, (url, response.status_code)
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        start = time.process_time()
        profiler.enable()
        for url in urls[5:]:
            response = client.get(url, secure=True)
        profiler.disable()
        cpu = time.process_time() - start
    assert response.status_code == 200, (url, response.status_code)
    print(
        f"\n=== {route}: {repeat} requests, {cpu / repeat * 1000:.2f} ms CPU per request "
        f"(profiled), {len(queries) / repeat:.1f} queries per request, "
        f"{len(response.content)} bytes ==="
    )
    if save:
        profiler.dump_stats(Path(save) / f"{route}.prof")
    for sort in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(sort).print_stats(top)
        lines = out.getvalue().splitlines()
        body = [line for line in lines if line.strip()]
        start_at = next(i for i, line in enumerate(body) if "ncalls" in line)
        print(f"--- top {top} by {sort} (times in s over {repeat} requests) ---")
        for line in body[start_at:]:
            print(line.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", "")[:180])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--route", choices=ROUTES, action="append")
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/exosome_bench"
        ),
    )
    parser.add_argument("--save", help="also write <route>.prof files (pstats) to this folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    routes = args.route or list(ROUTES)
    if args.child:
        configure(routes[0], args.database_url)
        profile(routes[0], args.repeat, args.top, args.save)
        return
    # One process per route: PAGE_CACHE is read once, at settings time.
    for route in routes:
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "--route",
                route,
                "--repeat",
                str(args.repeat),
                "--top",
                str(args.top),
                "--database-url",
                args.database_url,
                *(["--save", args.save] if args.save else []),
            ],
            check=True,
        )


if __name__ == "__main__":
    main()
