"""The site search page, /search/?q=…&page=…: live public pages that contain every word of the
query (Japanese segmented, kana and width folded), glossary terms found by word or reading, a
snippet per page with the matched words in <mark>, pagination, and a helpful empty state."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import SearchField
from wagtail.search.query import Or

from . import japanese_text
from .models import GlossaryPage, GlossaryTerm
from .search_backend import Prepared, build_query, term_query

RESULTS_PER_PAGE = 10
MAX_GLOSSARY_HITS = 5
MAX_PAGE_PARAM_CHARS = 6
SUGGESTED_TERMS = 8


def _block_text(block, value):
    """Readable text of a StreamField value: prose only (no choice labels, numbers, dates)."""
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_text(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for child_value in value:
            yield from _block_text(block.child_block, child_value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_text(child_block, value.get(name))
    elif isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock)):
        yield from block.get_searchable_content(value)


def page_text(page) -> str:
    """The indexed text of a page, except the title, as readers see it (for snippets)."""
    parts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except Exception:  # a callable search field: use what the index uses
            model_field = None
        if isinstance(model_field, StreamField):
            value = getattr(page, search_field.field_name)
            parts.extend(_block_text(model_field.stream_block, value))
        else:
            value = search_field.get_value(page)
            if isinstance(value, (list, tuple)):
                parts.extend(str(v) for v in value)
            elif value:
                parts.append(str(value))
    return " ".join(p.strip() for p in parts if p and p.strip())


def _page_number(raw) -> int:
    raw = (raw or "").strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_PAGE_PARAM_CHARS:
        return 1
    return max(1, int(raw))


def _section_title(page):
    parent = page.get_parent()
    # Pages right under the home page have no section; deeper pages show their parent's title.
    if parent is None or parent.depth <= 2:
        return None
    return parent.title


def _glossary_context():
    glossary_page = GlossaryPage.objects.live().public().first()
    terms = list(GlossaryTerm.objects.filter(live=True).order_by("reading")[:SUGGESTED_TERMS])
    return glossary_page, terms


def _compact(text: str) -> str:
    return japanese_text.fold(text).replace(" ", "")


@require_safe
def search(request):
    raw = request.GET.get("q", "")
    query, truncated = japanese_text.clean_query(raw)
    terms = japanese_text.parse_query(query)
    context = {
        "query": query,
        "truncated": truncated,
        "max_query_chars": japanese_text.MAX_QUERY_CHARS,
        "has_query": bool(query),
        "searchable": bool(terms),
        "results": [],
        "glossary_hits": [],
        "relaxed": False,
        "page_obj": None,
    }
    glossary_page, suggested_terms = _glossary_context()
    context["glossary_page"] = glossary_page

    if terms:
        backend = get_search_backend()
        strict = build_query(terms)
        live_terms = GlossaryTerm.objects.filter(live=True).select_related("page")
        glossary_hits = list(backend.search(strict, live_terms)[:MAX_GLOSSARY_HITS])

        # A term typed as a glossary reading (「しやく」) also finds pages that use the word (試薬).
        expansions = []
        for hit in glossary_hits:
            if _compact(hit.reading) == _compact(query):
                expanded = japanese_text.parse_term(japanese_text.normalize(hit.term))
                if expanded:
                    expansions.append(expanded)
        page_query = strict
        if expansions:
            page_query = Prepared(Or([strict.query, *(term_query(t) for t in expansions)]))

        pages = Page.objects.live().public().specific()
        results = backend.search(page_query, pages)
        relaxed = False
        if results.count() == 0 and japanese_text.is_relaxable(terms):
            results = backend.search(build_query(terms, relaxed=True), pages)
            relaxed = True

        paginator = Paginator(results, RESULTS_PER_PAGE)
        number = min(_page_number(request.GET.get("page")), paginator.num_pages)
        page_obj = paginator.page(number)

        needles = [n for t in [*terms, *expansions] for n in t.needles]
        if relaxed:
            needles += [key for t in terms for key in t.relaxed]
        context.update(
            relaxed=relaxed,
            page_obj=page_obj,
            paginator=paginator,
            page_range=list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)),
            glossary_hits=[
                {
                    "term": hit,
                    "title": japanese_text.snippet(hit.term, needles, width=80),
                    "definition": japanese_text.snippet(hit.definition, needles, width=160),
                }
                for hit in glossary_hits
            ],
            results=[
                {
                    "page": page,
                    "url": page.get_url(request),
                    "section": _section_title(page),
                    "title": japanese_text.snippet(page.title, needles, width=200),
                    "snippet": japanese_text.snippet(page_text(page), needles),
                }
                for page in page_obj.object_list
            ],
        )
    if not context["results"]:
        context["suggested_terms"] = suggested_terms

    response = TemplateResponse(request, "learn/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
