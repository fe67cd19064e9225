"""Template helpers for explainer pages: numbered citation marks, glossary links, Japanese dates."""

import datetime
import re

from django import template
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeData, mark_safe

from learn.glossary import term_anchor
from learn.prefetch import shared, shared_ancestors
from learn.ruby import has_kanji, render_ruby, ruby_html, strip_ruby

register = template.Library()
LAST_TEXT_BLOCK = re.compile(r"^(.*)(</(?:p|li)>)((?:\s*</(?:ul|ol)>)*\s*)$", re.DOTALL)


@register.simple_tag(takes_context=True)
def cite(context, sources):
    """Render [n] marks linking to the page's reference list, for a Source or a list of them."""
    numbers = context.get("citation_numbers") or {}
    if sources is None:
        sources = []
    elif hasattr(sources, "pk"):
        sources = [sources]  # a single Source (timeline events, figures)
    marks = []
    for source in sources or []:
        number = numbers.get(getattr(source, "pk", None))
        if number is not None and number not in marks:
            marks.append(number)
    if not marks:
        return ""
    return format_html(
        '<span class="cite">{}</span>',
        format_html_join(
            "",
            '<a href="#source-{}" class="cite__mark">'
            '<span class="visually-hidden">出典</span>[{}]</a>',
            ((n, n) for n in sorted(marks)),
        ),
    )


@register.simple_tag(takes_context=True)
def glossary_html(context, markup):
    """Link the first occurrence of each glossary word in already-safe HTML (rich text)."""
    glossary = context.get("page_glossary")
    if glossary is None:
        return mark_safe(render_ruby(str(markup)))  # noqa: S308 - callers pass rendered rich text
    return glossary.link(markup)


@register.simple_tag(takes_context=True)
def glossary_text(context, text):
    """Escape plain text, then link the first occurrence of each glossary word."""
    glossary = context.get("page_glossary")
    if glossary is None:
        return mark_safe(render_ruby(escape(text)))  # noqa: S308 - escaped first
    return glossary.link_text(text or "")


@register.filter(is_safe=True)
def ruby(value):
    """Readings ({漢字|かんじ}) as ruby. Plain text is escaped first; safe HTML is kept as is."""
    if value is None:
        return ""
    if not isinstance(value, SafeData):
        value = escape(value)
    return mark_safe(render_ruby(str(value)))  # noqa: S308 - escaped or already safe


@register.filter(name="strip_ruby")
def strip_ruby_filter(value):
    """The text with each word once: for <title>, meta descriptions and other plain text."""
    return strip_ruby("" if value is None else str(value))


@register.filter
def term_ruby(term):
    """A glossary word with its reading as ruby when the word has kanji (katakana words need
    none): for the word's own entry in a list of definitions."""
    word = escape(term.term)
    reading = escape((term.reading or "").strip())
    if reading and has_kanji(term.term):
        return mark_safe(ruby_html(word, reading))  # noqa: S308 - escaped parts
    return word


@register.filter
def term_id(term):
    return term_anchor(term)


@register.filter
def ja_date(value):
    """2026-11-28 → 2026年11月28日."""
    if not isinstance(value, datetime.date):
        return value or ""
    return f"{value.year}年{value.month}月{value.day}日"


@register.filter
def partial_ja_date(value):
    """A Source date that may be partial: 2018 → 2018年, 2018-11 → 2018年11月."""
    if not value:
        return ""
    parts = [int(p) for p in str(value).split("-") if p.isdigit()]
    suffixes = ["年", "月", "日"]
    return "".join(f"{n}{s}" for n, s in zip(parts, suffixes, strict=False))


@register.filter
def year_label(value):
    """Timeline years: 「1983」 → 「1983年」; other text (「1980年代」) stays as it is."""
    text = str(value or "").strip()
    return f"{text}年" if text.isdigit() else text


@register.simple_tag(takes_context=True)
def cited_html(context, markup, sources):
    """Rich text with glossary links, and its citation marks inside the last paragraph."""
    linked = str(glossary_html(context, markup))
    marks = str(cite(context, sources))
    if not marks:
        return mark_safe(linked)  # noqa: S308 - built from escaped parts
    # Put the marks inside the last paragraph or list item, even when lists close after it.
    match = LAST_TEXT_BLOCK.match(linked)
    if match:
        head, closing, tail = match.groups()
        return mark_safe(f"{head}{marks}{closing}{tail}")  # noqa: S308 - escaped parts
    return mark_safe(f"{linked}{marks}")  # noqa: S308


@register.simple_tag
def page_ancestors(page):
    """The page's ancestors for breadcrumbs, kept by the serving layer until the next publish."""
    return shared_ancestors(page)


def _site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)  # kept on the request (and by ops.routing)
    return site.pk if site is not None else None


def source_link_html(source):
    """A source's title, linked to it when it has a URL (as the templates write it)."""
    title = conditional_escape(source.title)
    if source.url:
        return (
            f'<a href="{conditional_escape(source.url)}" rel="noopener noreferrer" '
            f'referrerpolicy="no-referrer">{title}</a>'
        )
    return title


def page_term_entry_html(term, page, request):
    """What components/page_term_entry.html renders for {"term", "page", "request"}, built in
    Python: a template render per word was a sixth of an article's render with no caches. The
    template stays the reference (tests/integration/test_blocks_rendered_in_python.py compares
    both for every glossary word of the initial content): change them together."""
    parts = [
        f'<div class="page-terms__entry" id="{conditional_escape(term_id(term))}">\n'
        f"      <dt><dfn>{conditional_escape(term_ruby(term))}</dfn></dt>\n"
        f"      <dd>{conditional_escape(ruby(term.definition))}"
    ]
    linked = term.page
    if linked and linked.live and term.page_id != (page.pk if page is not None else ""):
        url = conditional_escape(linked.get_url(request=request))  # as {% pageurl %}
        title = conditional_escape(strip_ruby_filter(linked.title))
        parts.append(f' <a href="{url}">「{title}」で、くわしく読む</a>')
    term_sources = term.source_list
    if term_sources:
        links = "、".join(source_link_html(source) for source in term_sources)
        parts.append(f'\n        <span class="page-terms__sources">出典:{links}</span>')
    parts.append("</dd>\n    </div>")
    return mark_safe("".join(parts))  # noqa: S308 - built from escaped parts


@register.simple_tag(takes_context=True)
def page_term_entry(context, term):
    """One entry of 「このページのことば」 (components/page_term_entry.html, built in Python by
    page_term_entry_html). It shows only published content (the word, its page, its sources), so
    it is built once per word, site and publish and kept by the serving layer
    (learn.prefetch.shared), not once per page view."""
    page = context.get("page")
    request = context.get("request")
    own = page is not None and term.page_id == page.pk

    def render():
        return page_term_entry_html(term, page, request)

    if request is None:
        return render()
    return shared(("page-term-entry", term.pk, own, _site_id(request)), render)


def source_citation_html(source):
    """What components/source_citation.html renders for a Source, built in Python (the template
    stays the reference: the source preview uses it, and a test compares both for every source
    of the initial content). Change them together."""
    publisher = conditional_escape(source.publisher)
    if source.descriptive_title:
        text = f"{publisher}:{source_link_html(source)}"
    else:
        text = f"{publisher}「{source_link_html(source)}」"
    if source.published:
        text += f"({conditional_escape(partial_ja_date(source.published))})"
    return mark_safe(text + "\n")  # noqa: S308 - built from escaped parts


@register.simple_tag
def source_citation(source):
    """components/source_citation.html for a published Source (source_citation_html), built
    once per publish."""
    if source.pk is None:
        return source_citation_html(source)
    return shared(("source-citation", source.pk), lambda: source_citation_html(source))
