"""Ad-text reader benchmark (not a test, not in CI): how long analysing a 5,000-character advert
takes, as p50 / p95 / max over many runs. Target: p95 ≤ 50 ms on the development machine.

Two clocks: wall time (what a reader waits, including time the process waits for a CPU when the
machine is busy) and CPU time (the work itself). The load average is printed with them: on a
shared machine the wall-clock p95 says as much about the neighbours as about the code.

    .venv/bin/python bench/ad_reader_bench.py               # 200 runs per text
    .venv/bin/python bench/ad_reader_bench.py --runs 500

What is measured is what the view does with the text, without the database or the template:
checker.ad_text.clean_input + Matcher.read (folding, every phrase of the initial set, the five
disclosures, cutting the text into segments) with the phrases of
checker/initial_content/ad_phrases.py. Compiling the patterns happens once and is reported
separately (the view keeps a compiled matcher until the phrases change). Texts:

- typical: advert sentences (with and without the phrases) repeated to 5,000 characters;
- dense: nothing but phrases that match, back to back (the most marks a text can have);
- wide: the typical text in full-width digits and half-width katakana (the slow folding path);
- plain: 5,000 characters with no phrase at all.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

from checker import ad_text  # noqa: E402
from checker.initial_content.ad_phrases import PHRASES  # noqa: E402

SENTENCES = [
    "幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ。",
    "当院では、最先端の再生医療をご提供しています。",
    "厚生労働省に届出済みのクリニックです。医師監修のプログラムで安心です。",
    "副作用の心配はほとんどありません。今だけ、期間限定のキャンペーン価格です。",
    "カウンセリングは無料です。ご予約はお電話またはウェブサイトからどうぞ。",
    "美肌、育毛、認知症の予防など、さまざまなお悩みにお応えします。",
    "スタッフ一同、みなさまのご来院を心よりお待ちしております。",
]
DENSE = "点滴100億個国内製造若返り免疫力美肌育毛認知症最先端医師監修今だけ"
WIDE = str.maketrans(
    "0123456789アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンー",
    "０１２３４５６７８９ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝｰ",
)


def to_length(text: str, length: int = ad_text.MAX_CHARS) -> str:
    return (text * (length // len(text) + 1))[:length]


def texts() -> dict[str, str]:
    typical = to_length("\n".join(SENTENCES) + "\n")
    return {
        "typical": typical,
        "dense": to_length(DENSE),
        "wide": typical.translate(WIDE),
        "plain": to_length(
            "ご予約はお電話またはウェブサイトからどうぞ。スタッフがお待ちしています。"
        ),
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    rules = [
        ad_text.PhraseRule(p["slug"], tuple(p["variants"]), tuple(p["exclusions"])) for p in PHRASES
    ]
    start = time.perf_counter()
    matcher = ad_text.Matcher(rules)
    compile_ms = (time.perf_counter() - start) * 1000
    variants = sum(len(rule.variants) for rule in rules)

    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"{len(rules)} phrases, {variants} variants; compiling them: {compile_ms:.1f} ms (once)")
    print(f"{args.runs} runs per text (after 5 warm-up runs)\n")
    print(f"load average before: {os.getloadavg()[0]:.2f}\n")
    print(
        f"{'text':<8} {'chars':>6} {'marks':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        f" {'cpu p50':>8} {'cpu p95':>8}"
    )
    worst_p95 = worst_cpu_p95 = 0.0
    for name, text in texts().items():
        for _ in range(5):
            matcher.read(ad_text.clean_input(text).text)
        times, cpu_times = [], []
        for _ in range(args.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            cleaned = ad_text.clean_input(text)
            reading = matcher.read(cleaned.text)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        p95, cpu_p95 = percentile(times, 0.95), percentile(cpu_times, 0.95)
        worst_p95, worst_cpu_p95 = max(worst_p95, p95), max(worst_cpu_p95, cpu_p95)
        print(
            f"{name:<8} {len(text):>6} {len(reading.matches):>6} "
            f"{statistics.median(times):>8.2f} {p95:>8.2f} {max(times):>8.2f}"
            f" {statistics.median(cpu_times):>8.2f} {cpu_p95:>8.2f}"
        )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    for label, value in (("wall-clock", worst_p95), ("CPU-time", worst_cpu_p95)):
        verdict = "within" if value <= 50 else "OVER"
        print(f"worst {label} p95: {value:.2f} ms ({verdict} the 50 ms target)")


if __name__ == "__main__":
    main()
