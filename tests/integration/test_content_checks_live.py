"""Content checks over every published page, as the database holds it (what editors published,
not only the initial content): no nested parentheses, no sentence over 90 characters, no
research-note phrase, main prose at jReadability 3.5 or easier; every published glossary word
cites a source; every advert word patients search finds a page in /search/.

Each test names every page that fails, so one run lists all the content still to fix."""

import json

import pytest
from bs4 import BeautifulSoup

from learn import text_quality
from learn.content_checks import READABILITY_MIN, live_page_text
from learn.initial_content.loader import publish
from learn.models import ArticlePage, GlossaryTerm

pytestmark = pytest.mark.django_db

ADVERT_WORDS = ["点滴", "注射", "幹細胞培養上清", "副作用", "再生医療", "美容医療"]


def published_texts():
    pages = ArticlePage.objects.live().specific().order_by("path")
    texts = [live_page_text(page) for page in pages]
    assert texts, "no published page"
    return texts


def report(failures):
    return json.dumps(failures, ensure_ascii=False, indent=1)


def test_no_nested_parentheses_on_any_published_page(site_content):
    failures = {
        t.name: text_quality.nested_parentheses(t.all_text)
        for t in published_texts()
        if text_quality.nested_parentheses(t.all_text)
    }
    assert not failures, report(failures)


def test_no_sentence_over_90_characters_on_any_published_page(site_content):
    failures = {
        t.name: text_quality.long_sentences(t.all_text)
        for t in published_texts()
        if text_quality.long_sentences(t.all_text)
    }
    assert not failures, report(failures)


def test_no_research_note_phrase_on_any_published_page(site_content):
    failures = {
        t.name: text_quality.research_note_phrases(t.all_text)
        for t in published_texts()
        if text_quality.research_note_phrases(t.all_text)
    }
    assert not failures, report(failures)


def test_every_published_page_reads_at_3_5_or_easier(site_content):
    failures = {}
    for t in published_texts():
        score, band = text_quality.readability(t.prose_text)
        if score is not None and score < READABILITY_MIN:
            failures[t.name] = f"{score} {band}"
    assert not failures, report(failures)


def test_every_published_glossary_word_cites_a_source(site_content):
    missing = [term.term for term in GlossaryTerm.objects.filter(live=True) if not term.source_list]
    assert not missing, missing


@pytest.mark.parametrize("word", ADVERT_WORDS)
def test_every_advert_word_finds_a_page(client, site_content, word):
    response = client.get("/search/", {"q": word})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select(".search-result__title a"), word


def test_a_page_published_later_is_checked_too(site_content):
    page = ArticlePage.objects.live().get(slug="risks")
    page.lead = "知らせ(事務連絡(じむれんらく))を、PDF の本文は読めていません。"
    publish(page)
    text = live_page_text(ArticlePage.objects.live().get(slug="risks"))
    assert text_quality.nested_parentheses(text.all_text)
    assert text_quality.research_note_phrases(text.all_text)
