"""ふりがな benchmark (not a test, not in CI): what `?furigana=1` costs on the site's articles.

    .venv/bin/python bench/furigana_bench.py                 # 15 rounds
    .venv/bin/python bench/furigana_bench.py --rounds 30 --server postgres://user@host:5432/postgres
    .venv/bin/python bench/furigana_bench.py --database exosome_furigana_bench_me --dump /tmp/pages

It creates the throwaway database `exosome_furigana_bench` (--database, or the environment
variable FURIGANA_BENCH_DATABASE, names another one: two people benchmarking on one server must
not drop each other's), dropping an old one first, loads the initial content (every explainer,
checkpoint, help and glossary page), and drops it at the end (--keep leaves it). --dump DIR also
writes each page as rendered without furigana (`NNN.html`) and with it (`NNN.furigana.html`),
and the overrides (`overrides.json`): the input of bench/furigana_engine_bench.py, and a way to
compare the furigana pages before and after a change.

Everything runs in one process through Django's test client, with the page cache on (local
memory), so the object cache behaves as in production. Measured in ONE run, rounds interleaved
(page without, page with, next page …), medians:

- uncached render: the page with an extra query parameter the page cache never stores, without
  and with furigana; the ratio per page and over all pages (target <= 1.5);
  *steady*: the engine's cache of text runs is warm (a server that has rendered pages before);
  *cold*: the engine's cache emptied before every render, the page's readings kept in the shared
  cache (a worker that has never read the page: a new process, another app server, with the
  readings kept by an earlier render or by the warming pass after a publish);
  *never read*: the engine's cache and the page's kept readings emptied (text no render and no
  warming pass has read yet: the warming pass after a publish normally reads it first);
- HTML size compressed as the page cache serves it (gzip level 9): growth (target <= 40 %);
- cached: a page cache hit, without and with furigana (the same code path);
- --warming: the warming pass after a publish (ops.warming, the page cache and the engine's
  cache emptied first), without and with the furigana variant of every page.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "exosome_furigana_bench"


def database_url(server_url, name):
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def admin_sql(server_url, sql):
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(sql)


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_STATUS_HEADER = True


def timed_get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, response


def ms(seconds):
    return f"{seconds * 1000:7.2f}"


def dump_pages(client, pages, directory):
    import json

    from learn import furigana_web

    directory.mkdir(parents=True, exist_ok=True)
    for number, url in enumerate(pages):
        for suffix, query in (("html", "?bench=dump"), ("furigana.html", "?bench=dump&furigana=1")):
            _, response = timed_get(client, url + query)
            (directory / f"{number:03}.{suffix}").write_bytes(response.content)
    (directory / "pages.json").write_text(json.dumps(pages, ensure_ascii=False, indent=1))
    overrides = furigana_web.overrides()
    (directory / "overrides.json").write_text(json.dumps(overrides, ensure_ascii=False, indent=1))
    print(f"{len(pages)} pages written to {directory}")


def run(args):
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from django.core.cache import cache
    from wagtail.models import Page

    from learn import furigana, furigana_web
    from ops import pagecache

    pages = [
        p.specific.url
        for p in Page.objects.live().filter(depth__gte=3).order_by("path")
        if p.specific.url
    ]
    client = Client()
    pagecache.bump_generation()
    for url in pages:  # warm-up: imports, the analyser, the object cache
        client.get(url + "?bench=warm")
        client.get(url + "?bench=warm&furigana=1")

    if args.dump:
        dump_pages(client, pages, Path(args.dump))

    steady = {url: ([], []) for url in pages}
    cold = {url: ([], []) for url in pages}
    sizes = {}
    for _round in range(args.rounds):
        for url in pages:
            off, plain = timed_get(client, url + "?bench=1")
            on, with_ruby = timed_get(client, url + "?bench=1&furigana=1")
            steady[url][0].append(off)
            steady[url][1].append(on)
            sizes[url] = (
                len(gzip.compress(plain.content, compresslevel=9, mtime=0)),
                len(gzip.compress(with_ruby.content, compresslevel=9, mtime=0)),
                plain.content.count(b"<rt"),
                with_ruby.content.count(b"<rt"),
            )
    never = {url: [] for url in pages}
    for _round in range(args.rounds):  # after the steady phase: clearing would disturb it
        for url in pages:
            off, _ = timed_get(client, url + "?bench=2")
            furigana.clear_caches()  # this process has read none of the text
            on, _ = timed_get(client, url + "?bench=2&furigana=1")
            furigana.clear_caches()  # ... and nobody has: the kept readings are gone too
            cache.delete(furigana_web.readings_key(furigana_web.overrides(), "testserver", url))
            first, _ = timed_get(client, url + "?bench=2&furigana=1")
            cold[url][0].append(off)
            cold[url][1].append(on)
            never[url].append(first)

    hits = ([], [])
    cacheable = []
    for url in pages:
        client.get(url)
        client.get(url + "?furigana=1")
        off, on = client.get(url), client.get(url + "?furigana=1")
        if off.get("X-Page-Cache") == on.get("X-Page-Cache") == "hit":
            cacheable.append(url)
    for _round in range(args.rounds):
        for url in cacheable:
            off, response = timed_get(client, url)
            on, response = timed_get(client, url + "?furigana=1")
            hits[0].append(off)
            hits[1].append(on)

    warming_seconds = {}
    if args.warming:
        from django.conf import settings

        from ops import warming

        for variants in (False, True, False, True, False, True):  # interleaved, best of 3
            settings.PAGE_CACHE_WARM_VARIANTS = variants
            pagecache.bump_generation()  # what a publish does: every stored page is gone
            furigana.clear_caches()
            result = warming.warm()
            assert not result.failed, result.failed
            best = warming_seconds.get(variants, (float("inf"), 0))
            warming_seconds[variants] = min(best, (result.seconds, result.rendered))

    print(f"{len(pages)} pages, {args.rounds} rounds, medians in ms\n")
    header = "page                                      off   on(steady) ratio  on(cold) ratio"
    print(header + "  never ratio   gzip off→on (growth)   ruby off→on")
    total_off = total_steady = total_cold = total_never = 0.0
    total_zip_off = total_zip_on = 0
    for url in pages:
        off = statistics.median(steady[url][0])
        on = statistics.median(steady[url][1])
        cold_off = statistics.median(cold[url][0])
        cold_on = statistics.median(cold[url][1])
        never_on = statistics.median(never[url])
        zip_off, zip_on, rt_off, rt_on = sizes[url]
        total_off += off
        total_steady += on
        total_cold += cold_on * off / cold_off
        total_never += never_on * off / cold_off
        total_zip_off += zip_off
        total_zip_on += zip_on
        print(
            f"{url[:38]:38} {ms(off)} {ms(on)} {on / off:5.2f} {ms(cold_on)} "
            f"{cold_on / cold_off:5.2f} {ms(never_on)} {never_on / cold_off:5.2f}"
            f"   {zip_off:6} → {zip_on:6} ({(zip_on / zip_off - 1):+.0%})"
            f"   {rt_off:4} → {rt_on:4}"
        )
    print()
    print(f"uncached render, all pages: steady ratio {total_steady / total_off:.2f} (target ≤ 1.5)")
    print(
        f"uncached render, all pages: cold ratio   {total_cold / total_off:.2f} (a worker that has"
        " not read the pages; readings kept in the shared cache)"
    )
    print(
        f"uncached render, all pages: never-read ratio {total_never / total_off:.2f} (text nobody"
        " has read: no readings kept)"
    )
    growth = total_zip_on / total_zip_off - 1
    print(f"compressed HTML, all pages: {total_zip_off} → {total_zip_on} bytes, {growth:+.1%}")
    hit_off, hit_on = statistics.median(hits[0]), statistics.median(hits[1])
    print(
        f"cached (page cache hit, {len(cacheable)} of {len(pages)} pages are page-cached): "
        f"off {ms(hit_off)} ms, on {ms(hit_on)} ms, ratio {hit_on / hit_off:.2f}"
    )
    if warming_seconds:
        (plain, plain_count), (both, both_count) = warming_seconds[False], warming_seconds[True]
        print(
            f"warming after a publish (best of 3): {plain_count} URLs {plain:.2f} s; with the "
            f"furigana variants (PAGE_CACHE_WARM_VARIANTS) {both_count} URLs {both:.2f} s"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--server",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="PostgreSQL server URL (any existing database) where the throwaway one is made",
    )
    parser.add_argument(
        "--database",
        default=os.environ.get("FURIGANA_BENCH_DATABASE", DB_NAME),
        help=f"name of the throwaway database (default {DB_NAME})",
    )
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    parser.add_argument("--dump", metavar="DIR", help="write the pages, off and on, to DIR")
    parser.add_argument(
        "--warming", action="store_true", help="also time a warming pass with and without variants"
    )
    args = parser.parse_args()
    name = args.database
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        parser.error("--database: lowercase letters, digits and _ only")
    url = database_url(args.server, name)
    admin_sql(args.server, f"DROP DATABASE IF EXISTS {name}")
    admin_sql(args.server, f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    try:
        setup_django(url)
        run(args)
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            admin_sql(args.server, f"DROP DATABASE IF EXISTS {name}")


if __name__ == "__main__":
    main()
