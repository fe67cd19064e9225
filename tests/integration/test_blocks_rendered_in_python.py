"""Paragraphs, headings and claims are built in Python inside a page render (learn.blocks
RenderedInPython): the HTML must be exactly what their templates give, for every such block of
the initial content, with the page's glossary links and citation numbers. So are the entries of
「このページのことば」 and the reference list's citations (learn.templatetags.learn_tags)."""

import copy

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from learn.blocks import ClaimBlock, HeadingBlock, ParagraphBlock, RenderedInPython
from learn.glossary import PageGlossary
from learn.models import ArticlePage, GlossaryTerm, Source
from learn.templatetags.learn_tags import page_term_entry_html, source_citation_html

pytestmark = pytest.mark.django_db


def page_context(page):
    sources = page.cited_sources()
    return {
        "page": page,
        "citation_numbers": {source.pk: n for n, source in enumerate(sources, 1)},
        "page_glossary": PageGlossary(GlossaryTerm.objects.filter(live=True), current_page=page),
    }


def blocks_of(page):
    for field in ("key_points", "body", "known_claims", "unknown_claims", "open_problems"):
        for child in getattr(page, field) or []:
            if isinstance(child.block, RenderedInPython):
                yield child


def test_python_and_template_give_the_same_html(site_content):
    seen = set()
    for page in ArticlePage.objects.live().specific():
        by_template, by_python = page_context(page), page_context(page)
        for child in blocks_of(page):
            seen.add(type(child.block))
            expected = render_to_string(
                child.block.meta.template, child.block.get_context(child.value, by_template)
            )
            assert child.block.render(child.value, by_python) == expected, (page.url, child)
    assert seen == {ParagraphBlock, HeadingBlock, ClaimBlock}


def test_without_a_context_the_template_is_used(site_content):
    block = HeadingBlock()
    value = block.to_python({"text": "{幹細胞|かんさいぼう}の話", "level": "h3"})
    assert block.render(value) == render_to_string(
        "learn/blocks/heading.html", block.get_context(value)
    )


def test_glossary_entries_in_python_match_their_template(site_content):
    """Every word of the initial content, on another page and on its own page, plus a word whose
    page is not live and one without sources."""
    request = RequestFactory().get("/")
    other_page = ArticlePage.objects.live().first()
    terms = list(GlossaryTerm.objects.filter(live=True).select_related("page"))
    unpublished_page = copy.copy(next(term for term in terms if term.page_id))
    unpublished_page.page = copy.copy(unpublished_page.page)
    unpublished_page.page.live = False
    without_sources = copy.copy(terms[0])
    without_sources.sources = []
    cases = [(term, page) for term in terms for page in (other_page, term.page, None)]
    cases += [(unpublished_page, other_page), (without_sources, other_page)]
    assert any(term.page_id is None for term in terms)
    for term, page in cases:
        context = {"term": term, "page": page, "request": request}
        expected = render_to_string("components/page_term_entry.html", context)
        assert page_term_entry_html(term, page, request) == expected, (term, page)


def test_source_citations_in_python_match_their_template(site_content):
    sources = list(Source.objects.filter(live=True))
    assert (
        {bool(s.url) for s in sources}
        == {bool(s.descriptive_title) for s in sources}
        == {
            True,
            False,
        }
    )
    assert {bool(s.published) for s in sources} == {True, False}
    for source in sources:
        expected = render_to_string("components/source_citation.html", {"source": source})
        assert source_citation_html(source) == expected, source
