"""Load benchmark: the production server (gunicorn, config.settings.production) on loopback with
PostgreSQL and 1,000 generated articles, driven by a second process with bounded mixed traffic
(home, articles, questionnaire steps, results, search, static files).

One run starts three servers on the same database: one with the file cache, one with Redis (when
Redis answers) and one with PAGE_CACHE=false (no page cache, no object cache). It prints
requests/s, p50/p99 latency and errors per route, then ratios measured in interleaved rounds
(each phase a closed loop of the same concurrency), every one against the static file's
requests/s of the same rounds:
  cached article                     (target >= 50 %)
  article, page cache bypassed       file cache and Redis (object cache on; target >= 6 %)
  article, PAGE_CACHE=false          no caches at all (target >= 3.4 %)
  /check/result/                     never cached (target >= 5 %)
  search, uncached                   a query the page cache does not store (target >= 2.5 %)
"Bypassed" is an article URL with a query string other than tracking parameters: the page cache
never answers it, so Django and Wagtail route, query and render the page every time; the search
URL gets such a parameter too.

    make bench                       # or: .venv/bin/python bench/load_bench.py --help
    BENCH_ARGS="--seconds 30 --workers 3" make bench

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
# Ratio phases: name -> (label, target ratio to the static file of the same rounds).
RATIO_PHASES = {
    "article_cached": ("cached article", 0.50),
    "bypass_file": ("article, page cache bypassed, file cache", 0.06),
    "bypass_redis": ("article, page cache bypassed, Redis", 0.06),
    "no_cache": ("article, PAGE_CACHE=false", 0.034),
    "check_result": ("/check/result/ (never cached)", 0.05),
    "search_uncached": ("search, uncached", 0.025),
}


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
            port = route.get("port", spec["port"])
            try:
                status, size, elapsed = await one_request(port, path, spec["timeout"])
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


def analyze(url):
    """Planner statistics, as autovacuum keeps them on a production server. Where autovacuum is
    off (as on the CI machines) a freshly loaded database has none, and PostgreSQL plans the search
    join as a nested loop over every row: ten times slower than with statistics."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ANALYZE")


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
        if not hashed.endswith(".css"):  # a CSS file, as issue 14 measured
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
        "--ratio-seconds", type=float, default=24, help="each ratio phase, over all rounds"
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
    env.pop("REDIS_URL", None)
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
        CACHE_DIR=tempfile.mkdtemp(prefix="exosome-bench-cache-"),
    )
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    # The same site three times on one database: file cache, Redis, no caches at all.
    server_envs = {"file": env}
    if redis_available(args.redis_url):
        server_envs["redis"] = {
            **env,
            "REDIS_URL": args.redis_url,
            "CACHE_KEY_PREFIX": f"bench-{secrets.token_hex(4)}",
        }
    else:
        print(f"Redis {args.redis_url} not reachable: the Redis phase is skipped")
    server_envs["no_cache"] = {
        **env,
        "PAGE_CACHE": "false",
        "CACHE_DIR": tempfile.mkdtemp(prefix="exosome-bench-cache-"),
    }
    main_server = "redis" if "redis" in server_envs else "file"

    t0 = time.monotonic()
    ensure_database(args.database_url)
    if args.fresh or article_count(args.database_url) < args.articles:
        print(f"Preparing {args.database_url}: migrate, initial content, {args.articles} articles")
        if args.fresh:
            manage(env, "flush", "--noinput")
        manage(env, "migrate", "--noinput")
        manage(env, "load_initial_content")
        manage(env, "generate_articles", str(args.articles))
    analyze(args.database_url)
    if not static_is_fresh(static_root):
        print("collectstatic (hashed, gzip + brotli) ...")
        manage(env, "collectstatic", "--noinput", "-v0")
    print(f"setup took {time.monotonic() - t0:.0f}s")

    servers, ports = {}, {}
    try:
        for name, server_env in server_envs.items():
            ports[name] = free_port()
            servers[name] = start_server(
                server_env, ports[name], BENCH_DIR / f"gunicorn-{name}.log"
            )
        if args.serve_only:
            for name, port in ports.items():
                print(f"{name}: http://127.0.0.1:{port}/")
            print("(send X-Forwarded-Proto: https); Ctrl-C stops")
            servers[main_server].wait()
            return
        measure(args, env, static_root, ports, main_server)
    finally:
        for server in servers.values():
            server.terminate()
        for server in servers.values():
            server.wait(timeout=30)


def measure(args, env, static_root, ports, main_server):
    port = ports[main_server]
    articles = [f"/load-test/article-{n}/" for n in range(1, args.articles + 1)]
    steps, results = questionnaire_paths(200)
    words = ["エクソソーム", "点滴", "培養上清", "承認", "細胞外小胞", "副作用"]
    searches = [f"/search/?q={urllib.parse.quote(w)}" for w in words]
    routes = {
        "home": {"paths": ["/"], "weight": 10, "expect": [200]},
        "article": {"paths": articles, "weight": 40, "expect": [200]},
        "questionnaire_step": {"paths": steps, "weight": 15, "expect": [200]},
        "result": {"paths": results, "weight": 10, "expect": [200]},
        "search": {"paths": searches, "weight": 10, "expect": [200]},
        "static": {"paths": [], "weight": 15, "expect": [200]},
    }
    # Warm the article cache on a subset; the mixed phase then sees hits and first visits.
    status, article_size, _ = served_size(port, articles[0])
    served_size(port, articles[0])
    static_path, static_size = similar_static_file(static_root, port, article_size)
    routes["static"]["paths"] = [static_path]

    workers = env.get("WEB_CONCURRENCY") or f"{2 * os.cpu_count() + 1} (default)"
    print(
        f"\nservers: gunicorn, {workers} workers x {args.threads} threads each, "
        f"{os.cpu_count()} CPUs; PostgreSQL {args.database_url}; "
        + ", ".join(f"{name} on :{p}" for name, p in ports.items())
        + f" (Redis {args.redis_url})" * ("redis" in ports)
    )
    print(f"client: separate process, asyncio, {args.concurrency} connections, Connection: close")

    spec = {"port": port, "concurrency": args.concurrency, "timeout": 30}
    mixed = summarise(drive({**spec, "routes": routes, "seconds": args.seconds}))
    print_table(f"Mixed traffic ({main_server} server), {args.seconds:.0f}s", mixed)

    # Ratios: each phase alone, same concurrency, same length.
    cached_paths = articles[:50]
    for path in cached_paths:
        served_size(port, path)
        assert served_size(port, path)[2] == "hit", path
    bypass = [f"{a}?uncached={n}" for n, a in enumerate(articles)]
    # Another parameter than q and page: the page cache renders the search every time.
    uncached_searches = [f"{searches[n % len(searches)]}&uncached={n}" for n in range(1000)]
    phases = {
        "static": (main_server, [static_path]),
        "article_cached": (main_server, cached_paths),
        "bypass_file": ("file", bypass),
        "bypass_redis": ("redis", bypass),
        "no_cache": ("no_cache", articles),
        "check_result": ("file", results),
        "search_uncached": ("file", uncached_searches),
    }
    phases = {name: phase for name, phase in phases.items() if phase[0] in ports}
    for name, (server, paths) in phases.items():
        status, _size, state = served_size(ports[server], paths[0])
        expected = {"article_cached": "hit", "no_cache": "bypass"}.get(name, "bypass")
        assert status == 200 and (state in (expected, None) or name == "static"), (
            name,
            status,
            state,
        )
    # Interleaved rounds (static, cached, bypassed, ..., static, ...): a neighbour's load or a
    # frequency change hits every phase alike instead of one.
    slice_seconds = args.ratio_seconds / args.rounds
    totals = {name: {"wall": 0.0, "routes": {name: _empty()}} for name in phases}
    per_round = []
    for _round in range(args.rounds):
        rates = {}
        for name, (server, paths) in phases.items():
            route = {name: {"paths": paths, "weight": 1, "expect": [200], "port": ports[server]}}
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
    names = [name for name in phases if name != "static"]
    for n, rates in enumerate(per_round, 1):
        static = rates["static"]
        print(
            f"  round {n}: static {static:.0f}/s; "
            + ", ".join(
                f"{name} {rates[name]:.1f}/s ({rates[name] / static:.4f})" for name in names
            )
        )
    static_rps = ratio_rows["static"]["rps"]
    print(f"\nratio = req/s / static file req/s of the same rounds ({static_rps:.0f}/s)")
    for name in names:
        label, target = RATIO_PHASES[name]
        ratio = ratio_rows[name]["rps"] / static_rps
        print(
            f"  {label:<44} {ratio:7.4f}  (target >= {target:.3f}: "
            f"{'met' if ratio >= target else 'NOT met'})"
        )
    errors = sum(row["errors"] for row in [*mixed.values(), *ratio_rows.values()])
    print(f"errors in all phases: {errors}")


if __name__ == "__main__":
    main()
