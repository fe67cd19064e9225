"""Search benchmark (not a test, not in CI): 1,000 generated Japanese articles in a throwaway
PostgreSQL database; prints index-build time and query p50/p99, with ratios.

    .venv/bin/python bench/search_bench.py                  # 1,000 articles, 50 runs per query
    .venv/bin/python bench/search_bench.py --articles 200 --runs 20
    .venv/bin/python bench/search_bench.py --server postgres://user@host:5432/postgres

It creates the database `exosome_search_bench` on that server (dropping an old one first) and
drops it at the end (--keep leaves it). The articles are generated from a small vocabulary:
grammatical Japanese, no real facts. What is measured:

- index build: `manage.py update_index` with the Japanese backend, and the stock database
  backend for comparison (run in a subprocess, so our indexer patch is not loaded there), and
  the time the analyser alone needs for the same text;
- query latency over a fixed set of queries, many runs each: the backend (count + first 10,
  as /search/ does), the whole /search/ view (HTTP through Django's test client, with snippets),
  the admin's autocomplete, and a plain `icontains` (LIKE '%q%') scan for comparison;
- how many pages each way finds, so speed is never read without correctness.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "exosome_search_bench"

QUERIES = [
    "成分",  # 2 characters inside 成分表示
    "点滴",
    "承認",
    "培養上清",
    "CD63",
    "ＣＤ６３",  # full width
    "えくそそーむ",  # hiragana for エクソソーム
    "エクソソーム",  # in almost every article
    "しやく",  # a glossary reading
    "成分の表示",  # no exact phrase: the relaxed search runs
    "点滴 承認",  # two words
    "幹細胞点滴",  # not there
    "説明",  # very common
    "点滴" * 500,  # 1,000 characters, cut to 100
]

# --- generated content ----------------------------------------------------------------------

# Words are drawn with Zipf-like frequencies (rank r has weight 1/r), like real text: a few words
# are on every page, most on a few. The query words sit at chosen ranks, so they are found on
# many, some or few of the articles.
NOUNS = (
    "情報 病院 医師 患者 治療 製品 研究 広告 検査 結果 方法 費用 相談 記録 品質 保管 温度 期限"
    " 表示 基準 計画 手順 書類 同意 内容 目的 理由 注意 安全 効果 影響 変化 状態 体調 病気 症状"
    " 診察 予約 料金 契約 制度 法律 規則 報告 資料 論文 学会 専門家 大学 企業 工場 会社 商品 容器"
    " 番号 名前 住所 電話 窓口 地域 自治体 保健所 行政 会議 議論 確認 比較 質問 回答 意見 感想"
    " 経験 写真 動画 記事 新聞 番組 雑誌 言葉 文章 説明書 数字 割合 単位 重さ 長さ 大きさ 時間"
    " 日付 期間 年齢 家族 子ども 高齢者 皮膚 血液 細胞 組織 臓器 筋肉 手術 注射 材料 原料 液体"
    " 粒子 粒子数 小胞 培養 幹細胞 免疫 炎症 感染 副作用 認可 届出 許可 登録 審査 監督 指導 罰則"
    " 違反 苦情 被害 返金 解約 保証 責任 安心 不安 期待 希望 評判 紹介 宣伝 表現 根拠 証拠 試験"
    " 臨床 対象 参加者 人数 追跡 再生 医療 技術 機械 装置 冷凍 輸送 管理 担当 責任者 署名 控え"
    " 領収書 明細 見積 説明会"
).split()
for word, rank in [
    ("説明", 1),
    ("成分", 8),
    ("点滴", 30),
    ("承認", 60),
    ("成分表示", 90),
    ("試薬", 120),
    ("培養上清液", 170),
]:
    NOUNS.insert(rank - 1, word)
KATAKANA = (
    "クリニック サイト エクソソーム メール ホームページ パンフレット キャンペーン タンパク質"
    " ラベル サプリメント カウンセリング モニター コース プラン オプション リスト サンプル ケース"
).split()
CODES = "QR ISO PDF GMP ID URL CD9 CD81 HIV COVID PCR CD63".split()
VERBS = [
    "確かめます",
    "読みます",
    "たずねます",
    "書きます",
    "調べます",
    "比べます",
    "記録します",
    "説明します",
]
ADJECTIVES = ["大切な", "くわしい", "新しい", "ちがう", "同じ", "わかりやすい"]
TEMPLATES = [
    "{k}の{n}について、{n2}を{v}。",
    "{a}{n}は、{k}の{n2}とあわせて{v}。",
    "{c}という{n}を、{n2}の前に{v}。",
    "{n}と{n2}は、{k}ごとにちがうことがあります。",
    "{k}では、{a}{n}を{v}。",
    "{n}の{n2}が書かれていないときは、{k}に{v}。",
    "{c}と{n}の{n2}を、一つずつ{v}。",
]


def zipf_weights(words):
    return [1 / rank for rank in range(1, len(words) + 1)]


NOUN_WEIGHTS = zipf_weights(NOUNS)
KATAKANA_WEIGHTS = zipf_weights(KATAKANA)
CODE_WEIGHTS = zipf_weights(CODES)


def noun(rng):
    return rng.choices(NOUNS, NOUN_WEIGHTS)[0]


def sentence(rng):
    template = rng.choice(TEMPLATES)
    return template.format(
        n=noun(rng),
        n2=noun(rng),
        k=rng.choices(KATAKANA, KATAKANA_WEIGHTS)[0],
        c=rng.choices(CODES, CODE_WEIGHTS)[0],
        v=rng.choice(VERBS),
        a=rng.choice(ADJECTIVES),
    )


def sentences(rng, low, high):
    return "".join(sentence(rng) for _ in range(rng.randint(low, high)))


def generated_article(rng, n):
    body = []
    for section in range(rng.randint(4, 6)):
        body.append(("heading", {"text": f"{noun(rng)}の{noun(rng)}", "level": "h2"}))
        for _ in range(rng.randint(2, 3)):
            body.append(("paragraph", {"text": f"<p>{sentences(rng, 3, 5)}</p>", "sources": []}))
        if section == 1:
            body.append(
                (
                    "callout",
                    {"kind": "point", "text": f"<p>{sentences(rng, 1, 2)}</p>", "sources": []},
                )
            )
    body.append(
        (
            "faq",
            {
                "items": [
                    {
                        "question": f"{noun(rng)}は何ですか",
                        "answer": f"<p>{sentences(rng, 1, 3)}</p>",
                        "sources": [],
                    }
                    for _ in range(3)
                ]
            },
        )
    )

    def claims(count):
        return [("claim", {"text": sentence(rng), "sources": []}) for _ in range(count)]

    return {
        "title": f"{rng.choice(KATAKANA)}と{noun(rng)}の話({n + 1})",
        "slug": f"article-{n + 1}",
        "lead": sentences(rng, 1, 2),
        "body": body,
        "known_claims": claims(3),
        "unknown_claims": claims(2),
        "open_problems": claims(2),
    }


# --- helpers --------------------------------------------------------------------------------


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds):
    return f"{seconds * 1000:8.2f}"


def database_url(server_url, name):
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_sql(server_url, sql):
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(sql)


def setup_django(url, backend):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    stock = {"BACKEND": "wagtail.search.backends.database"}
    japanese = {"BACKEND": "search.backend"}
    chosen = stock if backend == "stock" else japanese
    # AUTO_UPDATE off: creating pages does not index them; update_index builds the index.
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**chosen, "AUTO_UPDATE": False}}


def timed(function, runs, warmup=2):
    for _ in range(warmup):
        function()
    samples = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - started)
    return samples, result


def build_index():
    import io

    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    elapsed = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), pg_total_relation_size('wagtailsearch_indexentry')"
            " FROM wagtailsearch_indexentry"
        )
        entries, size = cursor.fetchone()
    return elapsed, entries, size


# --- phases ---------------------------------------------------------------------------------


def create_content(count, seed):
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Page

    from learn.models import ArticlePage, GlossaryTerm, HomePage, SectionPage

    call_command("migrate", verbosity=0)
    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    home = HomePage.objects.get()
    rng = random.Random(seed)
    today = timezone.localdate()
    sections = []
    for i in range(4):
        section = SectionPage(title=f"分類{i + 1}", slug=f"section-{i + 1}", lead=sentence(rng))
        home.add_child(instance=section)
        sections.append(Page.objects.get(pk=section.pk).specific)
    started = time.perf_counter()
    characters = []
    for n in range(count):
        data = generated_article(rng, n)
        page = ArticlePage(
            **data, last_reviewed=today, next_review_due=today, first_published_at=timezone.now()
        )
        sections[n % len(sections)].add_child(instance=page)
    # The site's own glossary is loaded too; add the words the queries use if it lacks them.
    for term, reading in [("試薬", "しやく"), ("点滴", "てんてき"), ("成分", "せいぶん")]:
        GlossaryTerm.objects.get_or_create(
            term=term, defaults={"reading": reading, "definition": sentences(rng, 1, 2)}
        )
    from search.views import page_text

    for page in ArticlePage.objects.filter(slug__startswith="article-"):
        characters.append(len(page.title) + len(page_text(page)))
    return {
        "create_seconds": time.perf_counter() - started,
        "articles": count,
        "chars_mean": statistics.mean(characters),
        "chars_min": min(characters),
        "chars_max": max(characters),
        "chars_total": sum(characters),
    }


def backend_queries(runs, include_autocomplete):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    pages = Page.objects.live().public()
    out = {}
    for q in QUERIES:

        def search(q=q):
            results = backend.search(q, pages)
            return results.count(), list(results[:10])

        samples, (hits, _) = timed(search, runs)
        out[q] = {"search": samples, "hits": hits}
        if include_autocomplete:

            def autocomplete(q=q):
                results = backend.autocomplete(q, Page.objects.all())
                return results.count(), list(results[:20])

            samples, (hits, _) = timed(autocomplete, runs)
            out[q]["autocomplete"] = samples
            out[q]["autocomplete_hits"] = hits
    return out


def like_queries(runs):
    from django.db.models import Q

    from learn.models import ArticlePage
    from search.japanese_text import clean_query

    out = {}
    for q in QUERIES:
        text, _ = clean_query(q)

        def scan(text=text):
            found = ArticlePage.objects.live().filter(
                Q(title__icontains=text) | Q(lead__icontains=text) | Q(body__icontains=text)
            )
            return found.count(), list(found[:10])

        samples, (hits, _) = timed(scan, runs)
        out[q] = {"like": samples, "like_hits": hits}
    return out


def view_queries(runs):
    from django.test import Client

    client = Client()
    out = {}
    for q in QUERIES:

        def get(q=q):
            response = client.get("/search/", {"q": q})
            assert response.status_code == 200, response.status_code
            return response

        samples, _ = timed(get, runs)
        out[q] = samples
    return out


def analyser_seconds():
    from learn.models import ArticlePage
    from search import japanese_text
    from search.views import page_text

    texts = [page.title + " " + page_text(page) for page in ArticlePage.objects.all().specific()]
    japanese_text.index_text("準備")  # load the dictionary first
    started = time.perf_counter()
    for text in texts:
        japanese_text.index_text(text)
    return time.perf_counter() - started, sum(len(text) for text in texts)


def phase_stock(url, runs):
    """Subprocess: the stock database backend, for comparison (prints JSON)."""
    setup_django(url, "stock")
    build, entries, size = build_index()
    queries = backend_queries(runs, include_autocomplete=False)
    print(json.dumps({"build": build, "entries": entries, "size": size, "queries": queries}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50, help="timed runs per query")
    parser.add_argument(
        "--server",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="PostgreSQL server URL (any existing database) where the throwaway one is made",
    )
    parser.add_argument("--seed", type=int, default=20260115)
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    parser.add_argument("--phase", choices=["stock"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase == "stock":
        phase_stock(args.url, args.runs)
        return

    url = database_url(args.server, DB_NAME)
    admin_sql(args.server, f"DROP DATABASE IF EXISTS {DB_NAME}")
    admin_sql(args.server, f"CREATE DATABASE {DB_NAME} ENCODING 'UTF8' TEMPLATE template0")
    try:
        run(args, url)
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            admin_sql(args.server, f"DROP DATABASE IF EXISTS {DB_NAME}")


def run(args, url):
    setup_django(url, "japanese")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    print(
        f"Search benchmark: {args.articles} generated articles, {args.runs} runs per query, "
        f"PostgreSQL {server_version}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs"
    )
    content = create_content(args.articles, args.seed)
    from wagtail.models import Page

    print(
        f"Content: {content['articles']} generated articles in {content['create_seconds']:.1f} s;"
        f" text per article {content['chars_mean']:.0f} characters on average "
        f"({content['chars_min']}–{content['chars_max']}), {content['chars_total']:,} in all;"
        f" with the site's own content {Page.objects.count()} pages"
    )

    stock = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--phase", "stock", "--url", url, "--runs", str(args.runs)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        .stdout.strip()
        .splitlines()[-1]
    )

    build, entries, size = build_index()
    analyser, analysed_chars = analyser_seconds()
    backend = backend_queries(args.runs, include_autocomplete=True)
    like = like_queries(args.runs)
    view = view_queries(args.runs)

    print()
    print("Index build (manage.py update_index: every page)")
    print(f"  Japanese backend      {build:7.2f} s   {entries} entries, {size / 1e6:.1f} MB")
    print(
        f"  stock backend         {stock['build']:7.2f} s   {stock['entries']} entries, "
        f"{stock['size'] / 1e6:.1f} MB"
    )
    print(
        f"  analyser alone        {analyser:7.2f} s   (segmenting the articles' text, "
        f"{analysed_chars:,} characters)"
    )
    print(
        f"  ratios: Japanese / stock = {build / stock['build']:.2f}; "
        f"analyser share of the Japanese build = {analyser / build:.0%}; "
        f"{analysed_chars / analyser / 1e6:.2f} M characters/s analysed"
    )

    print()
    print("Queries: milliseconds, p50 / p99 over the runs; hits = pages found")
    header = (
        f"{'query':<14} {'backend p50':>11} {'p99':>8} {'view p50':>9} {'p99':>8}"
        f" {'admin p50':>9} {'LIKE p50':>9} {'stock p50':>9}   hits: ja / LIKE / stock"
    )
    print(header)
    all_backend, all_view, all_admin, all_like, all_stock = [], [], [], [], []
    for q in QUERIES:
        b = backend[q]["search"]
        v = view[q]
        a = backend[q]["autocomplete"]
        li = like[q]["like"]
        s = stock["queries"][q]["search"]
        all_backend += b
        all_view += v
        all_admin += a
        all_like += li
        all_stock += s
        label = q if len(q) <= 12 else f"{q[:4]}…({len(q)}字)"
        print(
            f"{label:<14}{ms(percentile(b, 50))}    {ms(percentile(b, 99))}"
            f" {ms(percentile(v, 50))} {ms(percentile(v, 99))}"
            f"  {ms(percentile(a, 50))}  {ms(percentile(li, 50))}  {ms(percentile(s, 50))}"
            f"   {backend[q]['hits']} / {like[q]['like_hits']} / {stock['queries'][q]['hits']}"
        )
    print()
    print("All queries together")
    for name, samples in [
        ("backend search (count + first 10)", all_backend),
        ("/search/ view (HTTP, snippets)", all_view),
        ("admin autocomplete (count + 20)", all_admin),
        ("LIKE '%q%' scan (count + 10)", all_like),
        ("stock backend (count + 10)", all_stock),
    ]:
        p50, p99 = percentile(samples, 50), percentile(samples, 99)
        print(f"  {name:<36} p50 {ms(p50)} ms   p99 {ms(p99)} ms   p99/p50 {p99 / p50:5.1f}")
    print(
        f"  ratios (p50): view / backend = "
        f"{percentile(all_view, 50) / percentile(all_backend, 50):.1f}; "
        f"Japanese backend / LIKE scan = "
        f"{percentile(all_backend, 50) / percentile(all_like, 50):.2f}; "
        f"Japanese backend / stock backend = "
        f"{percentile(all_backend, 50) / percentile(all_stock, 50):.2f}"
    )


if __name__ == "__main__":
    main()
