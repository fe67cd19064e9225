"""Paragraphs, headings and claims are built in Python inside a page render (learn.blocks
RenderedInPython): the HTML must be exactly what their templates give, for every such block of
the initial content, with the page's glossary links and citation numbers."""

import pytest
from django.template.loader import render_to_string

from learn.blocks import ClaimBlock, HeadingBlock, ParagraphBlock, RenderedInPython
from learn.glossary import PageGlossary
from learn.models import ArticlePage, GlossaryTerm

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
