"""Content checks over the initial content data (explainer pages, the decision pages, criterion
pages, glossary, sources): what a patient reads has no nested parentheses, no sentence over 90
characters, no editor's research note, and main prose at jReadability 3.5 or easier. Every
glossary word cites a source. Plain pytest, no database.

These checks describe the content the site must have. A page that fails is content to fix,
never a check to loosen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checker.initial_content import criteria  # noqa: E402
from learn import text_quality  # noqa: E402
from learn.content_checks import (  # noqa: E402
    READABILITY_MIN,
    PageText,
    data_page_text,
    plain,
    problems,
)
from learn.initial_content import glossary, pages, pages_decide, sources  # noqa: E402

ENTRIES = [*pages.PAGES, *pages_decide.PAGES, *criteria.CRITERIA]
TEXTS = [data_page_text(entry) for entry in ENTRIES]
IDS = [text.name for text in TEXTS]


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_no_nested_parentheses(text):
    assert not text_quality.nested_parentheses(text.all_text)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_no_sentence_over_90_characters(text):
    assert not text_quality.long_sentences(text.all_text)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_no_research_note_phrases(text):
    assert not text_quality.research_note_phrases(text.all_text)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_main_text_reads_at_3_5_or_easier(text):
    score, band = text_quality.readability(text.prose_text)
    assert score is not None and score >= READABILITY_MIN, (score, band)


def test_home_and_section_texts():
    for entry in (pages.HOME, pages.LEARN_SECTION):
        text = PageText(name="home", prose=[plain(v) for v in entry.values() if isinstance(v, str)])
        assert not problems(text, readability_min=float("-inf")), entry.get("title")


@pytest.mark.parametrize("term", glossary.TERMS, ids=[t["term"] for t in glossary.TERMS])
def test_glossary_definition_is_plain_and_cited(term):
    definition = plain(term["definition"])
    assert not text_quality.nested_parentheses(definition)
    assert not text_quality.long_sentences(definition)
    assert not text_quality.research_note_phrases(definition)
    assert term.get("sources"), "a glossary definition cites at least one source"
    known = {s["key"] for s in [*sources.SOURCES, *pages_decide.SOURCES]}
    assert set(term["sources"]) <= known


@pytest.mark.parametrize(
    "source",
    [*sources.SOURCES, *pages_decide.SOURCES],
    ids=[s["key"] for s in [*sources.SOURCES, *pages_decide.SOURCES]],
)
def test_what_readers_see_of_a_source_has_no_research_note(source):
    shown = " ".join(str(source.get(name, "")) for name in ("title", "publisher"))
    assert not text_quality.research_note_phrases(shown)


def test_the_checks_can_fail():
    bad = PageText(
        name="bad",
        prose=[
            "知らせ(事務連絡(じむれんらく))です。",
            "あ" * 91 + "。",
            "PDF の本文は読めていません。",
        ],
    )
    assert {"nested_parentheses", "long_sentences", "research_note_phrases"} <= set(problems(bad))
    hard = PageText(
        name="hard",
        prose=[
            "再生医療等安全性確保法に基づく提供計画の届出状況及び特定細胞加工物製造許可の取得状況。"
        ],
    )
    assert set(problems(hard)) == {"readability"}
    good = data_page_text(pages_decide.PAGES[0])
    assert problems(good) == {}


def test_readings_count_once():
    text = data_page_text(
        {"slug": "x", "title": "t", "lead": "{幹細胞|かんさいぼう}を使います。", "body": []}
    )
    assert "かんさいぼう" not in text.all_text
