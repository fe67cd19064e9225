"""Load benchmark: the production server (gunicorn, config.settings.production) on loopback with
PostgreSQL, Redis and 1,000 generated articles, driven by a second process with bounded mixed
traffic (home, articles, questionnaire steps, results, search, static files).

Prints requests/s, p50/p99 latency and errors per route, then two ratios measured in the same
run, each phase a closed loop of the same concurrency:
  cached article / static file of similar size   (target >= 50 %)
  uncached article / the same static file        (target >= 4.3 %, twice bakerydemo's 2.1 %)
"Uncached" is an article URL with a query string other than tracking parameters: the page cache
never answers it, so Django and Wagtail route, query and render the page every time.

    make bench                       # or: .venv/bin/python bench/load_bench.py --help
    BENCH_ARGS="--seconds 30" make bench

It is a measurement, not a test: absolute numbers depend on the machine. Nothing is asserted.
"""

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
BENCH_DIR = ROOT / "var" / "bench"
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, br", "Host": "localhost"}
TARGET_CACHED = 0.50
TARGET_UNCACHED = 0.043


# --- the load generator (runs in its own process) ----------------------------------------------


async def one_request(port, path, timeout):
    """GET path; return (status, body bytes, seconds). Connection: close, like a new visitor."""
    start = time.perf_counter()
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    lines = [f"GET {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in HEADERS.items()]
    writer.write(("\r\n".join([*lines, "Connection: close", "", ""])).encode())
    data = await asyncio.wait_for(reader.read(-1), timeout)
    writer.close()
    elapsed = time.perf_counter() - start
    status = int(data[9:12]) if data.startswith(b"HTTP/1.") else 0
    _, _, body = data.partition(b"\r\n\r\n")
    return status, len(body), elapsed


async def drive_async(spec):
    routes = spec["routes"]
    names = list(routes)
    weights = [routes[name]["weight"] for name in names]
    results = {name: {"latencies": [], "errors": {}, "bytes": 0} for name in names}
    deadline = time.monotonic() + spec["seconds"]
    rng = random.Random(spec.get("seed", 1))

    async def client():
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            route = routes[name]
            path = rng.choice(route["paths"])
            record = results[name]
            try:
                status, size, elapsed = await one_request(spec["port"], path, spec["timeout"])
            except Exception as error:  # refused, reset, timeout
                key = type(error).__name__
                record["errors"][key] = record["errors"].get(key, 0) + 1
                continue
            if status not in route["expect"]:
                key = f"HTTP {status}"
                record["errors"][key] = record["errors"].get(key, 0) + 1
                continue
            record["latencies"].append(elapsed)
            record["bytes"] += size

    started = time.monotonic()
    await asyncio.gather(*(client() for _ in range(spec["concurrency"])))
    wall = time.monotonic() - started
    return {"wall": wall, "routes": results}


def _empty():
    return {"latencies": [], "errors": {}, "bytes": 0}


def _merge(total, result):
    total["wall"] += result["wall"]
    for name, record in result["routes"].items():
        into = total["routes"].setdefault(name, _empty())
        into["latencies"].extend(record["latencies"])
        into["bytes"] += record["bytes"]
        for kind, count in record["errors"].items():
            into["errors"][kind] = into["errors"].get(kind, 0) + count


def drive(spec):
    """Run one phase in a separate process and return its results."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_drive_entry, (spec,))


def _drive_entry(spec):
    return asyncio.run(drive_async(spec))


# --- setting up the server -------------------------------------------------------------------


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kwargs)


def manage(env, *args, quiet=True):
    out = subprocess.DEVNULL if quiet else None
    run([PYTHON, "manage.py", *args], env, stdout=out)


def ensure_database(url):
    import psycopg

    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    return url


def article_count(url):
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            row = conn.execute(
                "SELECT count(*) FROM wagtailcore_page WHERE url_path LIKE %s AND live",
                ("%/load-test/article-%",),
            ).fetchone()
            return row[0]
    except psycopg.Error:
        return 0


def static_is_fresh(static_root):
    manifest = static_root / "staticfiles.json"
    if not manifest.exists():
        return False
    newest_source = max(
        p.stat().st_mtime
        for p in [*(ROOT / "static").rglob("*"), ROOT / "requirements" / "base.txt"]
        if p.is_file()
    )
    return manifest.stat().st_mtime > newest_source


def redis_available(url):
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
        return True
    except Exception:
        return False


def start_server(env, port, log_path):
    process = subprocess.Popen(
        [GUNICORN, "-c", "config/gunicorn.conf.py"],
        cwd=ROOT,
        env={**env, "PORT": str(port), "HOST": "127.0.0.1"},
        stdout=open(log_path, "wb"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
    )
    import http.client

    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited; see {log_path}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/favicon.ico", headers=HEADERS)
            conn.getresponse().read()
            return process
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"gunicorn did not answer; see {log_path}")


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def questionnaire_paths(count, seed=7):
    """Questionnaire step URLs and complete result URLs with random valid answers."""
    sys.path.insert(0, str(ROOT))
    from checker import rules

    rng = random.Random(seed)
    steps, results = [], []
    for _ in range(count):
        answers = {}
        for criterion in rules.CRITERIA:
            if criterion.kind == rules.SINGLE:
                answers[criterion.key] = (rng.choice(criterion.option_keys),)
            else:
                roll = rng.random()
                if roll < 0.1:
                    answers[criterion.key] = (rules.NONE,)
                elif roll < 0.2:
                    answers[criterion.key] = (rules.DONT_KNOW,)
                else:
                    items = criterion.item_keys
                    answers[criterion.key] = tuple(rng.sample(items, rng.randint(1, len(items))))
            for question in criterion.also_asks:
                answers[question.param] = (rng.choice(question.option_keys),)
        keys = [c.key for c in rules.CRITERIA]
        position = rng.randrange(len(keys))
        earlier = {
            param: value
            for c in rules.CRITERIA[:position]
            for param, value in answers.items()
            if param in c.params
        }
        steps.append(f"/check/q/{keys[position]}/?{rules.to_query_string(earlier)}")
        results.append(f"/check/result/?{rules.to_query_string(answers)}")
    return steps, results


def served_size(port, path):
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers=HEADERS)
    response = conn.getresponse()
    body = response.read()
    return response.status, len(body), response.getheader("X-Page-Cache")


def similar_static_file(static_root, port, target_size):
    """The hashed static file whose served (compressed) size is closest to target_size."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    candidates = []
    for hashed in manifest["paths"].values():
        if not hashed.endswith((".css", ".js", ".svg")):
            continue
        file = static_root / hashed
        compressed = file.with_name(file.name + ".br")
        size = compressed.stat().st_size if compressed.exists() else file.stat().st_size
        candidates.append((abs(size - target_size), hashed))
    for _distance, hashed in sorted(candidates)[:5]:
        status, size, _ = served_size(port, f"/static/{hashed}")
        if status == 200:
            return f"/static/{hashed}", size
    raise SystemExit("no static file found")


# --- reporting ---------------------------------------------------------------------------------


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summarise(result):
    rows = {}
    for name, record in result["routes"].items():
        latencies = record["latencies"]
        errors = sum(record["errors"].values())
        rows[name] = {
            "requests": len(latencies) + errors,
            "rps": len(latencies) / result["wall"],
            "p50": percentile(latencies, 0.50) * 1000,
            "p99": percentile(latencies, 0.99) * 1000,
            "errors": errors,
            "error_kinds": record["errors"],
            "mean_bytes": record["bytes"] / len(latencies) if latencies else 0,
        }
    return rows


def print_table(title, rows):
    print(f"\n{title}")
    columns = ("requests", "req/s", "p50 ms", "p99 ms", "errors", "bytes")
    print(f"{'route':<22}" + "".join(f"{c:>9}" for c in columns))
    for name, row in rows.items():
        print(
            f"{name:<22}{row['requests']:>9}{row['rps']:>9.1f}{row['p50']:>9.1f}"
            f"{row['p99']:>9.1f}{row['errors']:>9}{row['mean_bytes']:>9.0f}"
            + (f"  {row['error_kinds']}" if row["error_kinds"] else "")
        )


# --- main ----------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/exosome_bench"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=20, help="mixed-traffic phase")
    parser.add_argument(
        "--ratio-seconds", type=float, default=12, help="each ratio phase, over all rounds"
    )
    parser.add_argument("--rounds", type=int, default=4, help="interleaved ratio rounds")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (0: its default)")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--fresh", action="store_true", help="rebuild the database content")
    parser.add_argument(
        "--serve-only", action="store_true", help="set up, start the server and wait (profiling)"
    )
    args = parser.parse_args()

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    static_root = BENCH_DIR / "static"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="localhost,127.0.0.1",
        DATABASE_URL=args.database_url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(BENCH_DIR / "media"),
        GUNICORN_ACCESS_LOG="",
        GUNICORN_THREADS=str(args.threads),
        PAGE_CACHE_STATUS_HEADER="true",  # the report counts hits
    )
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    if redis_available(args.redis_url):
        env.update(REDIS_URL=args.redis_url, CACHE_KEY_PREFIX=f"bench-{secrets.token_hex(4)}")
        cache = f"Redis {args.redis_url}"
    else:
        env.pop("REDIS_URL", None)
        env["CACHE_DIR"] = tempfile.mkdtemp(prefix="exosome-bench-cache-")
        cache = "file cache (Redis not reachable)"

    t0 = time.monotonic()
    ensure_database(args.database_url)
    if args.fresh or article_count(args.database_url) < args.articles:
        print(f"Preparing {args.database_url}: migrate, initial content, {args.articles} articles")
        if args.fresh:
            manage(env, "flush", "--noinput")
        manage(env, "migrate", "--noinput")
        manage(env, "load_initial_content")
        manage(env, "generate_articles", str(args.articles))
    if not static_is_fresh(static_root):
        print("collectstatic (hashed, gzip + brotli) ...")
        manage(env, "collectstatic", "--noinput", "-v0")
    print(f"setup took {time.monotonic() - t0:.0f}s")

    port = free_port()
    log_path = BENCH_DIR / "gunicorn.log"
    server = start_server(env, port, log_path)
    if args.serve_only:
        print(f"serving on http://127.0.0.1:{port}/ (send X-Forwarded-Proto: https); Ctrl-C stops")
        try:
            server.wait()
        finally:
            server.terminate()
        return
    try:
        articles = [f"/load-test/article-{n}/" for n in range(1, args.articles + 1)]
        steps, results = questionnaire_paths(200)
        words = ["エクソソーム", "点滴", "培養上清", "承認", "細胞外小胞", "副作用"]
        routes = {
            "home": {"paths": ["/"], "weight": 10, "expect": [200]},
            "article": {"paths": articles, "weight": 40, "expect": [200]},
            "questionnaire_step": {"paths": steps, "weight": 15, "expect": [200]},
            "result": {"paths": results, "weight": 10, "expect": [200]},
            "search": {
                "paths": [f"/search/?q={urllib.parse.quote(w)}" for w in words],
                "weight": 10,
                "expect": [200],
            },
            "static": {"paths": [], "weight": 15, "expect": [200]},
        }
        # Warm the article cache on a subset; the mixed phase then sees hits and first visits.
        status, article_size, _ = served_size(port, articles[0])
        served_size(port, articles[0])
        static_path, static_size = similar_static_file(static_root, port, article_size)
        routes["static"]["paths"] = [static_path]

        workers = env.get("WEB_CONCURRENCY") or f"{2 * os.cpu_count() + 1} (default)"
        print(
            f"\nserver: gunicorn, {workers} workers x {args.threads} threads, "
            f"{os.cpu_count()} CPUs; PostgreSQL {args.database_url}; {cache}"
        )
        print(
            f"client: separate process, asyncio, {args.concurrency} connections, Connection: close"
        )

        spec = {"port": port, "concurrency": args.concurrency, "timeout": 30}
        mixed = summarise(drive({**spec, "routes": routes, "seconds": args.seconds}))
        print_table(f"Mixed traffic, {args.seconds:.0f}s", mixed)

        # Ratios: each phase alone, same concurrency, same length.
        cached_paths = articles[:50]
        for path in cached_paths:
            served_size(port, path)
            assert served_size(port, path)[2] == "hit", path
        uncached_paths = [f"{a}?uncached={n}" for n, a in enumerate(articles)]
        phases = {
            "static": [static_path],
            "article_cached": cached_paths,
            "article_uncached": uncached_paths,
        }
        # Interleaved rounds (static, cached, uncached, static, ...): a neighbour's load or a
        # frequency change hits all three alike instead of one phase.
        slice_seconds = args.ratio_seconds / args.rounds
        totals = {name: {"wall": 0.0, "routes": {name: _empty()}} for name in phases}
        per_round = []
        for _round in range(args.rounds):
            rates = {}
            for name, paths in phases.items():
                route = {name: {"paths": paths, "weight": 1, "expect": [200]}}
                result = drive({**spec, "routes": route, "seconds": slice_seconds})
                _merge(totals[name], result)
                rates[name] = len(result["routes"][name]["latencies"]) / result["wall"]
            per_round.append(rates)
        ratio_rows = {}
        for name in phases:
            ratio_rows.update(summarise(totals[name]))
        print_table(
            f"Ratio phases: {args.rounds} interleaved rounds, {slice_seconds:.1f}s per phase "
            f"per round (static file {static_path}, {static_size} bytes served; "
            f"article {article_size} bytes)",
            ratio_rows,
        )
        for n, rates in enumerate(per_round, 1):
            static, cached, uncached = (
                rates["static"],
                rates["article_cached"],
                rates["article_uncached"],
            )
            print(
                f"  round {n}: static {static:.0f}/s,"
                f" cached {cached:.0f}/s ({cached / static:.1%}),"
                f" uncached {uncached:.1f}/s ({uncached / static:.2%})"
            )
        static_rps = ratio_rows["static"]["rps"]
        cached = ratio_rows["article_cached"]["rps"] / static_rps
        uncached = ratio_rows["article_uncached"]["rps"] / static_rps
        print()
        print(
            f"cached article / static file:   {cached:6.1%}  (target >= {TARGET_CACHED:.0%}: "
            f"{'met' if cached >= TARGET_CACHED else 'NOT met'})"
        )
        print(
            f"uncached article / static file: {uncached:6.1%}  (target >= {TARGET_UNCACHED:.1%}: "
            f"{'met' if uncached >= TARGET_UNCACHED else 'NOT met'})"
        )
        print(
            f"uncached / cached article:      "
            f"{ratio_rows['article_uncached']['rps'] / ratio_rows['article_cached']['rps']:6.1%}"
        )
        errors = sum(row["errors"] for row in [*mixed.values(), *ratio_rows.values()])
        print(f"errors in all phases: {errors}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
