"""Checks on the criterion explainer pages (checker/initial_content/criteria.py).

The expected keys, order and result codes are copied from the checker contract, so a drift between
the contract and the content fails here. Also checks citations, banned words, allowed HTML, the
bottom-line points, plain-Japanese limits (sentence length, parentheses, ruby readings) and that
corrected overstatements do not come back.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

# The repository root, so the content modules import without a package under tests/.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

criteria_module = importlib.import_module("checker.initial_content.criteria")
CHECKPOINTS_SECTION = criteria_module.CHECKPOINTS_SECTION
CRITERIA = criteria_module.CRITERIA
EXTRA_SOURCES = criteria_module.EXTRA_SOURCES
SOURCES = importlib.import_module("learn.initial_content.sources").SOURCES

# --- The contract's table ("Criteria, in the order they are asked") ------------------------------

SINGLE = {
    "approval_status": {
        "approval_number": "shown",
        "unapproved": "said_no",
        "reagent": "said_no",
        "unknown": "unknown",
    },
    "regulatory_wording": {
        "none": "na",
        "verified": "shown",
        "unverified": "not_shown",
        "unknown": "unknown",
    },
    "particle_count_only": {
        "count_and_markers": "shown",
        "count_only": "not_shown",
        "no_count": "na",
        "unknown": "unknown",
    },
    "ev_marker_panel": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "impurity_check": {"yes": "shown", "no": "not_shown", "unknown": "unknown"},
    "source_and_donor": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "human_evidence": {
        "human_papers": "shown",
        "lab_or_other": "partial",
        "testimonials_only": "not_shown",
        "unknown": "unknown",
    },
    "research_registration": {
        "registered": "shown",
        "free_practice": "said_no",
        "unregistered_research": "not_shown",
        "unknown": "unknown",
    },
    "broad_claims": {
        "single_purpose": "shown",
        "many_claims": "not_shown",
        "unknown": "unknown",
    },
}

# Multi questions: all items -> shown, some -> partial, `none` -> not_shown, `unknown` -> unknown.
MULTI = {
    "ad_required_disclosures": [
        "unapproved",
        "source",
        "domestic_alternatives",
        "foreign_safety",
        "relief_system",
    ],
    "lot_safety_tests": ["sterility", "endotoxin", "mycoplasma", "virus"],
}

CONSENT_ITEMS = ["risks", "alternatives", "costs", "contact", "relief_system"]

SPEC_ORDER = [
    "approval_status",
    "ad_required_disclosures",
    "regulatory_wording",
    "particle_count_only",
    "ev_marker_panel",
    "impurity_check",
    "source_and_donor",
    "lot_safety_tests",
    "human_evidence",
    "research_registration",
    "broad_claims",
    "consent_and_risks",
]


def multi_result(items: list[str], answer: list[str]) -> str:
    if answer == ["none"]:
        return "not_shown"
    if answer == ["unknown"]:
        return "unknown"
    return "shown" if set(answer) == set(items) else "partial"


def consent_result(answer: list[str], pressure: str) -> str:
    """The spec's consent_and_risks rules; the first rule that matches wins."""
    if pressure == "yes":
        return "not_shown"
    if answer == ["none"]:
        return "not_shown"
    if answer == ["unknown"]:
        return "unknown"
    if set(answer) == set(CONSENT_ITEMS) and pressure == "no":
        return "shown"
    return "partial"


def multi_answers(items: list[str]) -> list[list[str]]:
    subsets = [
        list(combo) for n in range(1, len(items) + 1) for combo in itertools.combinations(items, n)
    ]
    return [*subsets, ["none"], ["unknown"]]


def reachable_codes() -> dict[str, set[str]]:
    codes = {key: set(options.values()) for key, options in SINGLE.items()}
    for key, items in MULTI.items():
        codes[key] = {multi_result(items, answer) for answer in multi_answers(items)}
    codes["consent_and_risks"] = {
        consent_result(answer, pressure)
        for answer in multi_answers(CONSENT_ITEMS)
        for pressure in ("yes", "no", "unknown")
    }
    return codes


REACHABLE = reachable_codes()

# --- Helpers -------------------------------------------------------------------------------------

BANNED = [
    "本物",
    "偽物",
    "安全です",
    "危険です",
    "効きます",
    "効きません",
    "24品目",
    "60%",
    "60\uff05",
    "違法",
]
ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "ol", "li"}
BLOCK_TYPES = {"heading", "paragraph", "callout", "timeline", "faq", "figure", "glossary_term"}
SOURCE_FIELDS = {"key", "title", "publisher", "date", "url", "kind", "note"}
OPTIONAL_SOURCE_FIELDS = {"descriptive", "last_checked"}
SOURCE_KINDS = {"guideline", "paper", "regulator", "news", "other", "society", "company"}
ALL_SOURCE_KEYS = {s["key"] for s in SOURCES} | {s["key"] for s in EXTRA_SOURCES}
ENTRY_FIELDS = [
    "key",
    "slug",
    "title",
    "lead",
    "points",
    "body",
    "results",
    "ask",
    "known",
    "not_known",
    "challenges",
    "last_reviewed",
    "next_review_due",
    "changelog",
    "search_description",
]


class TagCollector(HTMLParser):
    """Collects start/end tags and the attributes of each start tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, dict(attrs)))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, {}))


def html_problems(html: str) -> list[str]:
    """Disallowed tags, attributes, unbalanced nesting, or text outside a block element."""
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    problems = []
    stack: list[str] = []
    for kind, tag, attrs in parser.events:
        if tag not in ALLOWED_TAGS or kind == "startend":
            problems.append(f"tag <{tag}> not allowed")
            continue
        allowed_attrs = {"href"} if tag == "a" else set()
        if set(attrs) - allowed_attrs:
            problems.append(f"attributes {sorted(set(attrs) - allowed_attrs)} on <{tag}>")
        if kind == "start":
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            problems.append(f"</{tag}> does not close the open element")
    if stack:
        problems.append(f"unclosed {stack}")
    if not re.fullmatch(r"\s*<(p|ul|ol)>.*</(p|ul|ol)>\s*", html, flags=re.DOTALL):
        problems.append("must start and end with a <p>, <ul> or <ol> element")
    return problems


def html_texts(entry: dict) -> list[str]:
    texts = []
    for block in entry["body"]:
        if block["type"] in ("paragraph", "callout"):
            texts.append(block["text"])
        elif block["type"] == "faq":
            texts.extend(item["answer"] for item in block["items"])
    return texts


def plain_texts(entry: dict) -> list[str]:
    """Texts shown without HTML: title, lead, results, ask, ledger items and so on."""
    texts = [entry["title"], entry["lead"], entry["ask"], entry["search_description"]]
    texts += list(entry["results"].values())
    for ledger in ("points", "known", "not_known", "challenges"):
        texts += [item["text"] for item in entry[ledger]]
    for block in entry["body"]:
        if block["type"] == "heading":
            texts.append(block["text"])
        elif block["type"] == "faq":
            texts += [item["question"] for item in block["items"]]
        elif block["type"] == "figure":
            texts += [block["title"], block["caption"]] + [bar["label"] for bar in block["bars"]]
        elif block["type"] == "timeline":
            texts += [event["text"] for event in block["events"]]
    return texts


def cited_keys(entry: dict) -> list[str]:
    keys = []
    for block in entry["body"]:
        keys += block.get("sources", [])
        if block["type"] == "faq":
            for item in block["items"]:
                keys += item["sources"]
        if block["type"] == "figure":
            keys.append(block["source"])
        if block["type"] == "timeline":
            keys += [event["source"] for event in block["events"]]
    for ledger in ("points", "known", "not_known", "challenges"):
        for item in entry[ledger]:
            keys += item["sources"]
    return keys


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。?!])", text) if s.strip()]


BY_KEY = {entry["key"]: entry for entry in CRITERIA}

# --- Tests ---------------------------------------------------------------------------------------


def test_spec_table_gives_expected_codes():
    """Guards the copy of the spec table itself: a few codes checked by hand."""
    assert REACHABLE["approval_status"] == {"shown", "said_no", "unknown"}
    assert REACHABLE["ad_required_disclosures"] == {"shown", "partial", "not_shown", "unknown"}
    assert REACHABLE["regulatory_wording"] == {"na", "shown", "not_shown", "unknown"}
    assert REACHABLE["consent_and_risks"] == {"shown", "partial", "not_shown", "unknown"}
    assert consent_result(CONSENT_ITEMS, "unknown") == "partial"
    assert consent_result(["unknown"], "yes") == "not_shown"
    assert set(REACHABLE) == set(SPEC_ORDER)


def test_twelve_criteria_in_spec_order():
    assert [entry["key"] for entry in CRITERIA] == SPEC_ORDER


def test_entries_have_exactly_the_schema_fields():
    for entry in CRITERIA:
        assert list(entry) == ENTRY_FIELDS, entry["key"]


def test_slugs_are_unique_url_slugs():
    slugs = [entry["slug"] for entry in CRITERIA]
    assert len(set(slugs)) == len(slugs)
    for entry in CRITERIA:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["slug"]), entry["slug"]
    assert CHECKPOINTS_SECTION["slug"] == "checkpoints"
    assert CHECKPOINTS_SECTION["title"] and CHECKPOINTS_SECTION["lead"]


@pytest.mark.parametrize("key", SPEC_ORDER)
def test_results_cover_exactly_the_reachable_codes(key):
    results = BY_KEY[key]["results"]
    assert set(results) == REACHABLE[key]
    for code, text in results.items():
        assert 1 <= len(sentences(text)) <= 3, (key, code, text)


@pytest.mark.parametrize("key", SPEC_ORDER)
def test_ask_is_a_plain_question_without_brackets(key):
    ask = BY_KEY[key]["ask"]
    assert ask.endswith(("。", "?")), ask
    assert "「" not in ask and "」" not in ask, "ask texts are written without 「」"
    assert "か。" in ask or "さい。" in ask, "the ask must contain a question or a request"


def test_banned_words_absent_everywhere():
    for entry in CRITERIA:
        for text in plain_texts(entry) + html_texts(entry):
            for word in BANNED:
                assert word not in text, (entry["key"], word, text)
    for text in (CHECKPOINTS_SECTION["title"], CHECKPOINTS_SECTION["lead"]):
        for word in BANNED:
            assert word not in text


def test_banned_word_check_can_fail():
    texts = plain_texts({**BY_KEY["approval_status"], "ask": "この製品は本物ですか。"})
    assert any("本物" in text for text in texts)


def test_every_cited_key_exists():
    for entry in CRITERIA:
        missing = set(cited_keys(entry)) - ALL_SOURCE_KEYS
        assert not missing, (entry["key"], missing)


def test_every_factual_text_cites_a_source():
    for entry in CRITERIA:
        assert any(block.get("sources") for block in entry["body"]), entry["key"]
        for ledger in ("known", "not_known", "challenges"):
            items = entry[ledger]
            assert 1 <= len(items) <= 3, (entry["key"], ledger)
            for item in items:
                assert item["text"] and item["sources"], (entry["key"], ledger, item)
        for block in entry["body"]:
            assert block["type"] in BLOCK_TYPES, block["type"]
            if block["type"] in ("paragraph", "callout"):
                assert isinstance(block["sources"], list)
            if block["type"] == "callout":
                assert block["kind"] in ("note", "point")
            if block["type"] == "heading":
                assert block["level"] in ("h2", "h3")
            if block["type"] == "faq":
                for item in block["items"]:
                    assert item["question"] and isinstance(item["sources"], list)
            if block["type"] == "figure":
                assert block["bars"] and all(isinstance(b["value"], int) for b in block["bars"])


def test_uncited_blocks_are_few():
    """Blocks without sources are for instructions only; most of each page must be cited."""
    for entry in CRITERIA:
        blocks = [b for b in entry["body"] if b["type"] in ("paragraph", "callout")]
        uncited = [b for b in blocks if not b["sources"]]
        assert len(uncited) <= 1, (entry["key"], uncited)


def test_html_uses_allowed_tags_only():
    for entry in CRITERIA:
        for html in html_texts(entry):
            assert html_problems(html) == [], (entry["key"], html)


def test_html_check_can_fail():
    assert html_problems("<p>ok</p>") == []
    assert html_problems("<p><ruby>承認<rt>しょうにん</rt></ruby></p>")
    assert html_problems("<p>open")
    assert html_problems('<p class="x">a</p>')
    assert html_problems("<p>a</p><br/>")


def test_plain_texts_have_no_html():
    for entry in CRITERIA:
        for text in plain_texts(entry):
            assert "<" not in text and ">" not in text, (entry["key"], text)
            assert text.strip() == text and text, (entry["key"], text)


def test_review_dates_and_changelog():
    for entry in CRITERIA:
        assert entry["last_reviewed"] == "2026-11-30"
        assert entry["next_review_due"] == "2027-05-30"
        changelog = entry["changelog"]
        assert changelog[0] == {"date": "2026-11-28", "text": "公開しました。"}
        dates = [item["date"] for item in changelog]
        assert dates == sorted(dates) and dates[-1] == entry["last_reviewed"], entry["key"]
        assert all(item["text"].endswith("。") for item in changelog)


def test_extra_sources_have_the_source_format_and_new_keys():
    source_keys = {s["key"] for s in SOURCES}
    source_urls = {s["url"] for s in SOURCES if s["url"]}
    for source in EXTRA_SOURCES:
        assert SOURCE_FIELDS <= set(source) <= SOURCE_FIELDS | OPTIONAL_SOURCE_FIELDS
        assert source["key"] not in source_keys
        assert source["url"] not in source_urls, "already in sources.py under another key"
        assert source["kind"] in SOURCE_KINDS
        assert re.match(r"https?://", source["url"]) or source["url"] == ""
        assert re.fullmatch(r"(\d{4}(-\d{2}(-\d{2})?)?)?", source["date"])


def test_extra_sources_are_all_cited():
    cited = {key for entry in CRITERIA for key in cited_keys(entry)}
    for source in EXTRA_SOURCES:
        assert source["key"] in cited, source["key"]


def test_module_is_pure_data():
    tree = ast.parse(Path(criteria_module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.module == "__future__"
        assert not isinstance(node, (ast.Import, ast.FunctionDef, ast.ClassDef, ast.Call))


# --- Bottom line, plain Japanese, and corrected overstatements ----------------------------------

RUBY = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}")
# Editorial notes about what could not be read; they belong in the admin, never on a page.
RESEARCH_NOTE_PHRASES = [
    "調査メモ",
    "集めた資料",
    "読めていません",
    "確認できていません",
    "資料ではまだ確かめられていません",
    "記録がありません",
    "PDF の本文",
    "要約によります",
]
# Sentences the content audit found overstated or wrong; each must stay corrected.
CORRECTED = [
    "国の会議",  # the Dec 2024 material is a research group's interim report, not the meeting's
    "同意のための文書をもらえます",  # ISSCR says what you should get
    "治療の責任は、行う医師にあります",  # only as the 2024 notice is reported
    "説明が、広告にそろっています",  # the guideline does not call five items complete
    "600をこえる",  # one figure everywhere: 669 (2023)
    "研究のルール",  # MISEV is a reporting guideline for papers
    "若返り",  # the purpose labels as reported: アンチエイジング・美容, 育毛, 疲労回復
    "臨床研究は jRCT",  # not every study is in jRCT
]


def public_texts(entry: dict) -> list[str]:
    """Every text of an entry a reader can see, as plain text (no HTML, ruby shown as its base)."""
    texts = plain_texts(entry) + html_texts(entry)
    return [plain_text(text) for text in texts]


def plain_text(text: str) -> str:
    text = re.sub(r"</(p|li)>", "。", text)
    text = re.sub(r"<[^>]+>", "", text)
    return RUBY.sub(r"\1", text).replace("。。", "。")


def cited_items(entry: dict) -> list[tuple[str, list[str]]]:
    """(text, source keys) for every cited text of an entry."""
    items = []
    for ledger in ("points", "known", "not_known", "challenges"):
        items += [(item["text"], item["sources"]) for item in entry[ledger]]
    for block in entry["body"]:
        if block["type"] in ("paragraph", "callout"):
            items.append((block["text"], block["sources"]))
        elif block["type"] == "faq":
            items += [(item["answer"], item["sources"]) for item in block["items"]]
    return items


@pytest.mark.parametrize("key", SPEC_ORDER)
def test_each_criterion_has_two_to_four_cited_points(key):
    points = BY_KEY[key]["points"]
    assert 2 <= len(points) <= 4
    for point in points:
        assert set(point) == {"text", "sources"}
        assert point["sources"] and set(point["sources"]) <= ALL_SOURCE_KEYS, point
        assert point["text"].endswith("。")
        for sentence in sentences(plain_text(point["text"])):
            assert len(sentence) <= 90, sentence
        assert len(sentences(point["text"])) <= 2, "a point is short: one or two sentences"


def test_no_research_notes_or_corrected_overstatements_on_public_text():
    for entry in CRITERIA:
        for text in public_texts(entry):
            for phrase in RESEARCH_NOTE_PHRASES + CORRECTED:
                assert phrase not in text, (entry["key"], phrase, text)


def test_overstatement_check_can_fail():
    entry = {**BY_KEY["human_evidence"], "lead": "国の会議は、証拠はまだ乏しいとしています。"}
    assert any("国の会議" in text for text in public_texts(entry))


def test_december_2024_material_is_attributed_to_the_research_groups_report():
    """Every text that cites the Dec 2024 interim report says it is a report (not the ministry's
    view) and gives its year."""
    citing = 0
    for entry in CRITERIA:
        for text, keys in cited_items(entry):
            if "mhlw-rm-committee-101" in keys:
                citing += 1
                assert "報告" in text, (entry["key"], text)
                assert "2024年12月" in text or "同じ報告" in text, (entry["key"], text)
    assert citing >= 12


def test_plain_japanese_limits():
    """Sentences of at most 90 characters, no nested parentheses, no readings in parentheses."""
    for entry in CRITERIA:
        for text in public_texts(entry):
            for sentence in sentences(text):
                assert len(sentence.strip()) <= 90, (entry["key"], sentence)
            assert not re.search(r"[((][^()()]*[((]", text), (entry["key"], text)
            assert not re.search(r"[((][ぁ-んー]+[))]", text), (entry["key"], text)


def test_plain_japanese_checks_can_fail():
    assert re.search(r"[((][ぁ-んー]+[))]", plain_text("<p>承認(しょうにん)です。</p>"))
    assert not re.search(r"[((][ぁ-んー]+[))]", plain_text("<p>{承認|しょうにん}です。</p>"))
    assert re.search(r"[((][^()()]*[((]", "知らせ(事務連絡(じむれんらく))")


def test_readings_use_the_ruby_markup_only_where_it_is_rendered():
    """Readings are {漢字|よみ} in the page text; results, the ask and ledger items carry none."""
    for entry in CRITERIA:
        for text in html_texts(entry) + [entry["lead"]]:
            stripped = RUBY.sub("", text)
            assert "{" not in stripped and "}" not in stripped and "|" not in stripped, text
            for base, reading in RUBY.findall(text):
                assert re.fullmatch(r"[ぁ-んー]+|[ァ-ヶー]+", reading), (base, reading)
        plain = [entry["ask"], entry["title"], *entry["results"].values()]
        plain += [
            item["text"]
            for key in ("points", "known", "not_known", "challenges")
            for item in entry[key]
        ]
        for text in plain:
            assert "{" not in text and "|" not in text, (entry["key"], text)


@pytest.mark.parametrize("key", SPEC_ORDER)
def test_results_speak_of_the_answer_never_of_the_product(key):
    """Each result restates what the reader answered (or that it is not known yet)."""
    for code, text in BY_KEY[key]["results"].items():
        if code == "unknown":
            assert "わかりません" in text, (key, text)
        else:
            assert "という答え" in text, (key, code, text)


def test_the_lot_tests_are_presented_as_this_sites_guide_with_their_sources():
    entry = BY_KEY["lot_safety_tests"]
    keys = set(cited_keys(entry))
    assert {
        "nihs-sterility-endotoxin",
        "mhlw-biologics-standard",
        "ev-release-criteria-2025",
        "ev-release-wjsc-2025",
    } <= keys
    text = "".join(public_texts(entry))
    assert "このサイトが選んだ目安" in text
    assert all(block["sources"] for block in entry["body"] if block["type"] == "paragraph")


def test_the_2023_clinic_count_is_one_figure_with_its_year():
    for entry in CRITERIA:
        for text in public_texts(entry):
            for sentence in sentences(text):
                if "669" in sentence:
                    assert "2023年" in sentence, sentence
