"""The initial 「広告のことば」 and the page 「広告でよく見ることば」 as data: every phrase the
issue lists is there, every explanation is short plain Japanese with sources that exist, and no text
gives a verdict on an advert, a product or a clinic."""

from __future__ import annotations

import re

import pytest

from checker.initial_content.ad_phrases import AD_WORDS_PAGE, EXTRA_SOURCES, PHRASES
from checker.initial_content.criteria import CRITERIA
from learn.initial_content.sources import SOURCES

ALL_SOURCE_KEYS = {s["key"] for s in SOURCES} | {s["key"] for s in EXTRA_SOURCES}
CRITERION_SLUGS = {c["slug"] for c in CRITERIA}
KINDS = {
    "treatment",
    "ingredient",
    "number",
    "origin",
    "authority",
    "effect",
    "novelty",
    "urgency",
}
BANNED = [
    "本物",
    "偽物",
    "安全です",
    "危険です",
    "効きます",
    "効きません",
    "効く",
    "違法",
    "詐欺",
    "必ず",
    "絶対",
    "24品目",
    "60%",
    "臨床的有効性は未評価",
]
# Words of the issue's list → a wording each must find (checked against the matcher below).
REQUIRED = {
    "点滴": "drip-injection",
    "注射": "drip-injection",
    "幹細胞培養上清液": "culture-supernatant",
    "幹細胞培養上清": "culture-supernatant",
    "エクソソーム": "exosome",
    "100億個": "particle-count",
    "1兆個": "particle-count",
    "国内製造": "made-in-japan",
    "再生医療": "regenerative-medicine",
    "厚生労働省に届出済み": "government-notification",
    "厚労省認可": "government-notification",
    "副作用なし": "no-side-effects",
    "若返り": "anti-aging",
    "アンチエイジング": "anti-aging",
    "免疫力": "immunity",
    "美肌": "beautiful-skin",
    "育毛": "hair-growth",
    "認知症": "dementia",
    "最先端": "cutting-edge",
    "医師監修": "doctor-supervised",
    "期間限定": "limited-time",
    "今だけ": "limited-time",
}
READING_IN_BRACKETS = re.compile(r"[(（][\u3041-\u309f]+[)）]")


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=。)|\n", text) if s.strip()]


def nested_brackets(text):
    depth = 0
    for char in text:
        if char in "(（「『":
            depth += 1
            if depth > 1 and char in "(（":
                return True
        elif char in ")）」』":
            depth = max(0, depth - 1)
    return False


def test_phrases_have_unique_slugs_and_known_kinds():
    slugs = [p["slug"] for p in PHRASES]
    assert len(slugs) == len(set(slugs))
    assert {p["kind"] for p in PHRASES} <= KINDS
    for phrase in PHRASES:
        assert re.fullmatch(r"[a-z0-9-]+", phrase["slug"])


@pytest.mark.parametrize(("words", "slug"), sorted(REQUIRED.items()))
def test_every_phrase_the_issue_lists_is_found(words, slug):
    from checker.ad_text import Matcher, PhraseRule

    matcher = Matcher(
        PhraseRule(p["slug"], tuple(p["variants"]), tuple(p["exclusions"])) for p in PHRASES
    )
    assert slug in matcher.read(f"この治療は{words}です。").found_keys


@pytest.mark.parametrize("phrase", PHRASES, ids=[p["slug"] for p in PHRASES])
def test_explanations_are_short_plain_and_sourced(phrase):
    text = phrase["explanation"]
    parts = sentences(text)
    assert 1 <= len(parts) <= 2, parts
    for sentence in parts:
        assert len(sentence) <= 90, sentence
        assert sentence.endswith("。")
        assert sentence.rstrip("。").endswith(("です", "ます", "ません", "でした", "ました")), (
            sentence
        )
    assert not [word for word in BANNED if word in text]
    assert not READING_IN_BRACKETS.search(text)
    assert not nested_brackets(text)
    assert phrase["sources"], "every explanation states a fact and cites it"
    assert set(phrase["sources"]) <= ALL_SOURCE_KEYS


@pytest.mark.parametrize("phrase", PHRASES, ids=[p["slug"] for p in PHRASES])
def test_links_point_at_checkpoints_that_exist(phrase):
    assert phrase["criterion"] in CRITERION_SLUGS
    assert isinstance(phrase["terms"], list)


def test_extra_sources_are_complete_and_new():
    for source in EXTRA_SOURCES:
        assert source["key"] not in {s["key"] for s in SOURCES}
        assert source["title"] and source["publisher"]
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", source["date"])
        assert source["url"].startswith("https://")
        assert source["kind"] in {"guideline", "paper", "regulator", "news", "other"}


def test_page_data_is_cited_and_plain():
    page = AD_WORDS_PAGE
    assert page["slug"] == "ad-words"
    assert page["title"] == "広告でよく見ることば"
    texts = [page["lead"], page["search_description"]]
    for part in ("points", "known", "not_known", "challenges"):
        for item in page[part]:
            assert item["sources"] and set(item["sources"]) <= ALL_SOURCE_KEYS
            texts.append(item["text"])
    for block in page["body"]:
        if "sources" in block:
            assert set(block["sources"]) <= ALL_SOURCE_KEYS
        texts.append(block["text"])
    for text in texts:
        plain = re.sub(r"<[^>]+>", "\n", text)
        assert not [word for word in BANNED if word in plain], plain
        for sentence in sentences(plain):
            assert len(sentence) <= 90, sentence
        assert not nested_brackets(plain)
    assert 2 <= len(page["points"]) <= 4
