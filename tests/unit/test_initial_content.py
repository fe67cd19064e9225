"""Self-checks for the explainer's initial content (learn/initial_content): citations resolve,
every page has a cited claims ledger, factual blocks carry sources, banned wording never appears,
and the HTML fragments use only the tags the body blocks allow. Plain pytest, no Django.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

# The project root, so that the tests also run without the project's pytest configuration.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from learn.initial_content import glossary, pages, pages_decide, sources

SOURCE_KEYS = [s["key"] for s in sources.SOURCES]
PAGE_SLUGS = [p["slug"] for p in pages.PAGES]
TERM_NAMES = [t["term"] for t in glossary.TERMS]

EXPECTED_ORDER = [
    ("what-are-exosomes", "learn"),
    ("history", "learn"),
    ("markers", "learn"),
    ("particle-count", "learn"),
    ("known-and-unknown", "learn"),
    ("japan-rules", "learn"),
    ("overseas", "learn"),
    ("help", "root"),
    ("glossary", "root"),
    ("about", "root"),
]

# Wording the content must never use: unverified figures, a misattributed statement, and
# verdicts about products.
BANNED = [
    "24品目",
    "24製品",
    "60%",
    "６０％",
    "60％",
    "臨床的有効性は未評価",
    "違法",
    "本物",
    "偽物",
    "安全です",
    "危険です",
    "効きます",
    "効かない",
]

# The only numbers a figure may show: the 2023 clinic survey and the PIO-NET counts.
ALLOWED_FIGURE_VALUES = {532, 358, 135, 2209, 2766, 3701}

ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "ol", "li"}
BLOCK_TYPES = {
    "heading",
    "paragraph",
    "callout",
    "timeline",
    "faq",
    "figure",
    "glossary_term",
    "unwell_box",
    "operator_box",
}
# Kinds as the reference list shows them: 国の資料 / 学会 / 論文 / 報道 / 企業, or その他.
SOURCE_KINDS = {"regulator", "society", "paper", "news", "company", "other"}
SOURCE_FIELDS = {"key", "title", "publisher", "date", "url", "kind", "note"}
OPTIONAL_SOURCE_FIELDS = {"descriptive", "last_checked"}
# Phrases of research notes that belong in the admin-only note, never on a page.
RESEARCH_NOTE_PHRASES = [
    "確認できていません",
    "調査メモ",
    "読めていません",
    "PDF の本文",
    "集めた資料",
    "見つかっていません",
]
RUBY = re.compile(r"\{([^{}|]+)\|[^{}]+\}")
READING_IN_BRACKETS = re.compile(r"[一-龯々]+[((][ぁ-ゖー]+[))]")
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
# A paragraph without sources may only hold instructions or statements about this site: no
# numbers, no attributions ("…としています", "…によると") that signal a claim from a source.
FACT_SIGNS = re.compile(r"[0-9０-９]|としています|によると|と述べて|報じ|報告")


def strip_ruby(text):
    return RUBY.sub(r"\1", text)


def plain(text):
    return strip_ruby(re.sub(r"<[^>]+>", "", text))


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from all_strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from all_strings(value)


def cited_keys(page):
    """Every source key a page cites, with where it was cited."""
    for block in page["body"]:
        for key in block.get("sources", []):
            yield key, block["type"]
        if block["type"] == "figure":
            yield block["source"], "figure"
        if block["type"] == "timeline":
            for event in block["events"]:
                yield event["source"], "timeline"
        if block["type"] == "faq":
            for item in block["items"]:
                for key in item["sources"]:
                    yield key, "faq"
    for ledger in ("points", "known", "not_known", "challenges"):
        for item in page.get(ledger, []):
            for key in item["sources"]:
                yield key, ledger


def html_fragments(page):
    for block in page["body"]:
        if block["type"] in ("paragraph", "callout"):
            yield block["type"], block["text"]
        if block["type"] == "faq":
            for item in block["items"]:
                yield "faq", item["answer"]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.bad_attrs = []
        self.open = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.open.append(tag)
        names = {name for name, _ in attrs}
        if (tag == "a" and names != {"href"}) or (tag != "a" and names):
            self.bad_attrs.append((tag, attrs))

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            raise AssertionError(f"unbalanced </{tag}>")


def parse(fragment):
    collector = TagCollector()
    collector.feed(fragment)
    collector.close()
    return collector


# --- sources --------------------------------------------------------------------------------


def test_source_keys_are_unique_slugs():
    assert len(SOURCE_KEYS) == len(set(SOURCE_KEYS))
    for key in SOURCE_KEYS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key), key


@pytest.mark.parametrize("source", sources.SOURCES, ids=SOURCE_KEYS)
def test_source_fields(source):
    assert SOURCE_FIELDS <= set(source) <= SOURCE_FIELDS | OPTIONAL_SOURCE_FIELDS
    assert source["title"].strip() and source["publisher"].strip()
    assert source["kind"] in SOURCE_KINDS
    assert source.get("descriptive", False) in (True, False)
    assert DATE_RE.match(source["date"]), source["date"]
    assert source["url"] == "" or source["url"].startswith(("https://", "http://"))


def test_sources_needed_by_the_brief_exist():
    for key in (
        "misev2018",
        "misev2023",
        "isev-patient-notice-2020",
        "mhlw-reagent-notice-2024",
        "caa-biyou-check",
        "kokusen-biyou",
        "fujita-2024",
        "hifuko-2024-10-25",
        "ism-bio-2024",
        "discern",
        "yasashii-nihongo-guideline",
        "jrct",
    ):
        assert key in SOURCE_KEYS, key


def test_valadi_has_no_invented_identifier():
    valadi = next(s for s in sources.SOURCES if s["key"] == "valadi-2007")
    assert valadi["url"] == ""


def test_no_source_has_an_invented_checked_date():
    # A checked date is given only for a source someone opened and compared with the pages on
    # that day; this content has none, so none carries one (no blanket stamp).
    assert [s["key"] for s in sources.SOURCES if s.get("last_checked")] == []


def test_descriptive_titles_are_marked_as_such():
    """A title the editors wrote to describe a document (「…を伝えた記事」) never poses as a real
    title: it is marked descriptive, and the reference list shows it without 「」."""
    describing = re.compile(
        r"(記事|論文|発表|解説|声明|総説|ページ|ニュース)([(\uff08][^()\uff08\uff09]*[)\uff09])?$"
    )
    for source in sources.SOURCES:
        if describing.search(source["title"]) and not source["title"].isascii():
            assert source.get("descriptive"), source["key"]


def test_sources_readers_weigh_have_the_right_kind():
    kinds = {s["key"]: s["kind"] for s in sources.SOURCES}
    assert kinds["mhlw-rm-committee-101"] == "regulator"
    assert kinds["misev2018"] == kinds["misev2023"] == "society"
    assert kinds["biothera-nta"] == kinds["biothera-markers"] == "company"
    assert kinds["ism-bio-2024"] == kinds["hifuko-2024-10-25"] == "news"
    assert kinds["fujita-2024"] == "paper"


def test_the_interim_report_is_not_dated_with_an_inferred_year():
    report = next(s for s in sources.SOURCES if s["key"] == "mhlw-rm-committee-101")
    assert report["date"] == ""  # the year is not printed in the slides
    assert "中間報告" in report["title"] and "研究班" in report["publisher"]


# --- pages ----------------------------------------------------------------------------------


def test_pages_in_the_required_order():
    assert [(p["slug"], p["parent"]) for p in pages.PAGES] == EXPECTED_ORDER
    assert len(PAGE_SLUGS) == len(set(PAGE_SLUGS))
    kinds = {p["slug"]: p["kind"] for p in pages.PAGES}
    assert kinds.pop("glossary") == "glossary"
    assert set(kinds.values()) == {"article"}


def test_home_and_learn_section():
    assert set(pages.HOME) == {"title", "lead", "key_facts", "learn_intro", "check_intro"}
    assert pages.LEARN_SECTION["slug"] == "learn"
    assert all(v.strip() for k, v in pages.HOME.items() if k != "key_facts")


def test_home_opens_with_three_or_four_cited_key_facts():
    facts = pages.HOME["key_facts"]
    assert 3 <= len(facts) <= 4
    for fact in facts:
        assert fact["text"].strip() and fact["sources"], fact
        assert all(key in SOURCE_KEYS for key in fact["sources"])
    text = "".join(f["text"] for f in facts)
    for needed in ("承認", "2025年", "乏しい", "億個", "188"):
        assert needed in text, needed


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_page_fields_and_review_dates(page):
    for field in ("title", "lead", "search_description"):
        assert page[field].strip(), field
    # One "as of" rule: the day the facts were checked is the page's last review date.
    assert page["last_reviewed"] == "2026-11-30"
    assert page["next_review_due"] == "2027-05-30"
    assert page["changelog"][0] == {"date": "2026-11-28", "text": "公開しました。"}
    assert page["changelog"][-1]["date"] == page["last_reviewed"]


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_every_page_opens_with_two_to_four_cited_points(page):
    points = page["points"]
    assert 2 <= len(points) <= 4
    for point in points:
        assert point["text"].strip() and point["sources"], point
        assert len(strip_ruby(point["text"])) <= 90


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_every_cited_key_exists(page):
    missing = [(key, where) for key, where in cited_keys(page) if key not in SOURCE_KEYS]
    assert not missing


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_ledger_has_cited_items_in_all_three_lists(page):
    for ledger in ("known", "not_known", "challenges"):
        assert page[ledger], ledger
        for item in page[ledger]:
            assert item["text"].strip()
            assert item["sources"], item["text"]


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_factual_blocks_have_sources(page):
    for block in page["body"]:
        kind = block["type"]
        assert kind in BLOCK_TYPES, kind
        if kind == "callout":
            assert block["kind"] in ("note", "point")
            assert block["sources"], block["text"][:40]
        elif kind == "paragraph":
            assert "sources" in block
            if not block["sources"]:
                assert not FACT_SIGNS.search(block["text"]), block["text"][:60]
        elif kind == "faq":
            assert block["items"]
            for item in block["items"]:
                assert item["question"].strip() and item["sources"], item["question"]
        elif kind == "figure":
            assert block["source"] and block["unit"] and block["caption"]
            assert block["bars"]
        elif kind == "timeline":
            assert block["events"]
            for event in block["events"]:
                assert re.fullmatch(r"\d{4}", event["year"]) and event["source"], event
        elif kind == "heading":
            assert block["level"] in ("h2", "h3")


@pytest.mark.parametrize(
    "page",
    [p for p in pages.PAGES if p["kind"] == "article"],
    ids=[p["slug"] for p in pages.PAGES if p["kind"] == "article"],
)
def test_articles_have_3_to_8_blocks_of_substance(page):
    # Headings, glossary boxes and the site's fixed boxes (unwell, operator) are not prose.
    fixed = ("heading", "glossary_term", "unwell_box", "operator_box")
    substantive = [b for b in page["body"] if b["type"] not in fixed]
    assert 3 <= len(substantive) <= 8, len(substantive)


def test_history_has_a_timeline_in_year_order():
    history = next(p for p in pages.PAGES if p["slug"] == "history")
    timelines = [b for b in history["body"] if b["type"] == "timeline"]
    assert timelines
    years = [e["year"] for e in timelines[0]["events"]]
    assert years == sorted(years)


def test_figures_use_only_numbers_from_the_sources():
    figures = [b for p in pages.PAGES for b in p["body"] if b["type"] == "figure"]
    assert len(figures) >= 2
    values = {bar["value"] for f in figures for bar in f["bars"]}
    assert values <= ALLOWED_FIGURE_VALUES
    assert {532, 358, 135} <= values
    clinics = next(f for f in figures if 532 in {b["value"] for b in f["bars"]})
    assert "669" in clinics["caption"]


def test_help_page_lists_japanese_contacts_and_only_188():
    help_page = next(p for p in pages.PAGES if p["slug"] == "help")
    text = "".join(all_strings(help_page["body"]))
    for contact in ("医療安全支援センター", "188", "保健所"):
        assert contact in text, contact
    # no phone numbers other than 188 (no other number has a source)
    assert not re.search(r"\d{2,4}-\d{2,4}-\d{3,4}|0120", text)


def test_about_page_is_honest_about_review_and_advice():
    about = next(p for p in pages.PAGES if p["slug"] == "about")
    text = "".join(all_strings(about["body"]))
    assert "このサイトは医療のアドバイスではありません" in text
    assert "医療の専門家による監修は、まだ受けていません" in text


def test_first_mention_explains_the_word():
    what = next(p for p in pages.PAGES if p["slug"] == "what-are-exosomes")
    assert "エクソソーム(細胞外小胞)" in what["title"]
    assert "広告" in what["lead"]


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_html_uses_only_allowed_tags(page):
    for where, fragment in html_fragments(page):
        collector = parse(fragment)
        assert set(collector.tags) <= ALLOWED_TAGS, (where, set(collector.tags) - ALLOWED_TAGS)
        assert not collector.bad_attrs, collector.bad_attrs
        assert not collector.open, (where, collector.open)
        assert fragment.startswith(("<p>", "<ul>", "<ol>")), fragment[:30]


def test_tag_check_can_fail():
    assert "ruby" in parse("<p><ruby>承認<rt>しょうにん</rt></ruby></p>").tags
    assert parse('<p><a href="/x/" onclick="y">x</a></p>').bad_attrs


@pytest.mark.parametrize("page", pages.PAGES, ids=PAGE_SLUGS)
def test_glossary_term_blocks_exist(page):
    for block in page["body"]:
        if block["type"] == "glossary_term":
            assert block["term"] in TERM_NAMES, block["term"]


# --- glossary -------------------------------------------------------------------------------


def test_glossary_terms_unique_and_linked_to_existing_pages():
    assert len(TERM_NAMES) == len(set(TERM_NAMES))
    for term in glossary.TERMS:
        assert set(term) == {"term", "reading", "definition", "sources", "page"}
        known_keys = set(SOURCE_KEYS) | {source["key"] for source in pages_decide.SOURCES}
        assert term["sources"] and all(key in known_keys for key in term["sources"]), term
        other_slugs = [p["slug"] for p in pages_decide.PAGES]
        assert term["page"] == "" or term["page"] in PAGE_SLUGS + other_slugs, term
        assert re.fullmatch(r"[ぁ-ゖー]+", term["reading"]), term["reading"]
        assert term["definition"].endswith("。")


def test_glossary_covers_the_words_the_criteria_need():
    required = [
        "細胞外小胞",
        "エクソソーム",
        "培養上清液",
        "粒子",
        "承認",
        "治験",
        "臨床研究",
        "自由診療",
        "試薬",
        "ロット",
        "試験成績書",
        "CD9",
        "CD63",
        "NTA",
        "マーカー",
        "エンドトキシン",
        "医療広告ガイドライン",
        "再生医療等安全性確保法",
        "薬機法",
        "医薬品副作用被害救済制度",
    ]
    assert not [w for w in required if w not in TERM_NAMES]


# --- wording across all content ---------------------------------------------------------------


@pytest.mark.parametrize("module", [sources, glossary, pages], ids=["sources", "glossary", "pages"])
def test_no_banned_wording(module):
    data = [
        getattr(module, name)
        for name in ("SOURCES", "TERMS", "PAGES", "HOME", "LEARN_SECTION")
        if hasattr(module, name)
    ]
    found = [(word, text[:60]) for text in all_strings(data) for word in BANNED if word in text]
    assert not found


def test_exoflo_is_never_called_approved_without_saying_it_is_not():
    for text in all_strings(pages.PAGES):
        if "ExoFlo" in text and "承認された" in text:
            assert "承認されたくすりではありません" in text or "意味ではありません" in text, text


# --- corrections that must stay corrected -------------------------------------------------


def page_texts(page):
    """(where, plain text, cited keys) for every piece of reader text on a page."""
    yield "lead", plain(page["lead"]), []
    for ledger in ("points", "known", "not_known", "challenges"):
        for item in page.get(ledger, []):
            yield ledger, plain(item["text"]), item["sources"]
    for block in page["body"]:
        if block["type"] in ("paragraph", "callout"):
            yield block["type"], plain(block["text"]), block["sources"]
        elif block["type"] == "faq":
            for item in block["items"]:
                yield "faq", plain(item["question"] + item["answer"]), item["sources"]
        elif block["type"] == "timeline":
            for event in block["events"]:
                yield "timeline", plain(event["text"]), [event["source"]]
        elif block["type"] == "figure":
            yield "figure", plain(block["title"] + block["caption"]), [block["source"]]


def every_text():
    for page in pages.PAGES:
        for where, text, keys in page_texts(page):
            yield f"{page['slug']} {where}", text, keys
    for fact in pages.HOME["key_facts"]:
        yield "home", plain(fact["text"]), fact["sources"]
    for term in glossary.TERMS:
        yield f"glossary {term['term']}", plain(term["definition"]), term["sources"]


def sentences(text):
    return [s for s in re.split(r"(?<=[。!?])", text) if s.strip()]


def test_no_research_notes_on_public_pages():
    found = [(w, where) for where, t, _ in every_text() for w in RESEARCH_NOTE_PHRASES if w in t]
    assert not found


def test_no_sentence_over_90_characters_and_no_nested_brackets():
    for where, text, _ in every_text():
        for sentence in sentences(text):
            assert len(sentence.strip()) <= 90, (where, sentence)
        depth = 0
        for char in text:
            depth += char in "(("
            assert depth <= 1, (where, text[:60])
            depth -= char in "))"


def test_readings_are_ruby_markup_never_brackets():
    raw = list(all_strings([pages.PAGES, pages.HOME, glossary.TERMS]))
    assert not [t for t in raw if READING_IN_BRACKETS.search(strip_ruby(t))]
    assert any("{" in t and "|" in t for t in raw)  # the markup is in use


def test_the_interim_report_is_attributed_to_the_research_group():
    for where, text, keys in every_text():
        if "mhlw-rm-committee-101" in keys:
            assert "研究班" in text or "この報告" in text or "同じ報告" in text, (where, text)
            assert "国の会議は" not in text and "国の会議の資料" not in text, where
    texts = [t for _, t, keys in every_text() if "mhlw-rm-committee-101" in keys]
    assert any("引き続き議論が必要" in t for t in texts)
    assert not any("話し合いを続けることになりました" in t for t in texts)


def test_statements_keep_their_scope_and_year():
    for where, text, keys in every_text():
        if "isev-isct-covid-2020" in keys:
            assert "新型コロナウイルス感染症" in text and "2020年" in text, where
        if "fda-patient-info-2021" in keys and "腫瘍" in text:
            assert "全体" in text, where  # about unapproved regenerative products in general
        if re.search(r"(研究の|ISEV の)ルール", text):
            raise AssertionError(f"{where}: MISEV is a reporting guideline, not a rule")
        if "ExoFlo" in text and "承認されたくすりではありません" in text:
            assert "2024年11月" in text, where
        assert "今は支持しない" not in text, where
        assert "600をこえる" not in text, where


def test_one_year_for_misev2023_and_the_first_author_of_1983():
    history = next(p for p in pages.PAGES if p["slug"] == "history")
    events = next(b for b in history["body"] if b["type"] == "timeline")["events"]
    assert [e["year"] for e in events if e["source"] == "misev2023"] == ["2024"]
    assert not any("2023年" in t and "MISEV2023" in t for _, t, _ in every_text())
    first = next(e for e in events if e["year"] == "1983")
    assert first["text"].startswith("Pan と Johnstone")
    lead = plain(history["lead"])
    assert "かもしれない" in lead


def test_jrct_is_not_said_to_hold_every_study():
    for where, text, _ in every_text():
        if "jRCT" in text and "臨床研究は" in text:
            raise AssertionError(where)
    clinical = next(t for t in glossary.TERMS if t["term"] == "臨床研究")
    assert "UMIN" in clinical["definition"]
