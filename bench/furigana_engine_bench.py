"""The furigana engine alone (learn.furigana, no Django): milliseconds per page, cold and steady.

    .venv/bin/python bench/furigana_bench.py --database exosome_furigana_bench_me --dump /tmp/pages
    .venv/bin/python bench/furigana_engine_bench.py /tmp/pages --rounds 15
    .venv/bin/python bench/furigana_engine_bench.py /tmp/pages --write /tmp/out    # engine output
    .venv/bin/python bench/furigana_engine_bench.py /tmp/pages --compare /tmp/out  # same bytes?

Input: the pages as rendered without furigana and the overrides, written by
`bench/furigana_bench.py --dump DIR`. Each page's body is read with the overrides, as
learn.furigana_web does:

- *cold*: every cache of the engine emptied before each page (the first render of unseen text
  in a process whose analyser is already loaded);
- *steady*: the same page again with the caches warm.

Times are the process's CPU time (time.process_time), not the wall clock: on a machine shared
with other work they stay comparable from one run to the next.

--compare checks that the engine gives the same bytes as the output written before (by another
version of the engine with --write, or with --root pointing at another checkout); the
`NNN.furigana.html` files of the dump are whole pages (links rewritten too), so they are not
compared here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def clear(furigana):
    clear_caches = getattr(furigana, "clear_caches", None)
    if clear_caches is not None:
        clear_caches()
    else:  # an engine from before clear_caches()
        furigana._readers.clear()
        furigana.word_html.cache_clear()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", help="directory written by furigana_bench.py --dump")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--root", default=str(ROOT), help="checkout whose engine is measured")
    parser.add_argument("--write", metavar="DIR", help="write the engine's output to DIR")
    parser.add_argument("--compare", metavar="DIR", help="compare the output with DIR's")
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    from learn import furigana

    directory = Path(args.pages)
    overrides = json.loads((directory / "overrides.json").read_text())
    pages = sorted(p for p in directory.glob("[0-9][0-9][0-9].html"))
    documents = {p.name: p.read_text() for p in pages}

    outputs = {}
    for name, document in documents.items():  # warm-up: imports, the analyser
        outputs[name] = furigana.reader_for(overrides).html(document)
    if args.write:
        Path(args.write).mkdir(parents=True, exist_ok=True)
        for name, output in outputs.items():
            (Path(args.write) / name).write_text(output)
    if args.compare:
        different = [
            name
            for name, output in outputs.items()
            if (Path(args.compare) / name).read_text() != output
        ]
        print(f"compared {len(outputs)} pages with {args.compare}: {len(different)} differ")
        for name in different:
            print("  differs:", name)

    cold = {name: [] for name in documents}
    steady = {name: [] for name in documents}
    for _round in range(args.rounds):
        for name, document in documents.items():
            clear(furigana)
            started = time.process_time()
            furigana.reader_for(overrides).html(document)
            cold[name].append(time.process_time() - started)
            started = time.process_time()
            furigana.reader_for(overrides).html(document)
            steady[name].append(time.process_time() - started)
    cold_ms = [statistics.median(v) * 1000 for v in cold.values()]
    steady_ms = [statistics.median(v) * 1000 for v in steady.values()]
    print(
        f"{len(documents)} pages, {args.rounds} rounds, engine {args.root}: "
        f"cold {statistics.mean(cold_ms):.2f} ms per page (median page "
        f"{statistics.median(cold_ms):.2f}, max {max(cold_ms):.2f}), "
        f"steady {statistics.mean(steady_ms):.2f} ms per page"
    )


if __name__ == "__main__":
    main()
