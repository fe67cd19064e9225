"""The site search page, /search/?q=…&page=…: live public pages that contain every word of the
query (Japanese segmented, kana and width folded), glossary terms found by word or reading, a
snippet per page with the matched words in <mark>, pagination, and a helpful empty state."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connection
from django.db.models.expressions import RawSQL
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.backends import get_search_backend
from wagtail.search.index import SearchField
from wagtail.search.query import Or

from learn.models import GlossaryPage, GlossaryTerm, live_terms_in_kana_order
from learn.prefetch import shared
from learn.ruby import strip_ruby
from learn.serving import public

from . import japanese_text
from .backend import Prepared, build_query, term_query

RESULTS_PER_PAGE = 10
MAX_GLOSSARY_HITS = 5
MAX_PAGE_PARAM_CHARS = 6
SUGGESTED_TERMS = 8
MAX_KEPT_TEXTS = 2000  # snippet texts kept per process and generation (a few KB each)


def _block_text(block, raw):
    """Readable text of StreamField raw data: prose only (no choice labels, numbers, dates).
    Walks the stored JSON, so no chosen snippet (Source) is fetched from the database."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                yield from _block_text(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            # Stored as {"type": "item", "value": …, "id": …}; older data holds bare values.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            yield from _block_text(block.child_block, item)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                yield from _block_text(child, raw.get(name))
    elif isinstance(block, blocks.RichTextBlock):
        yield get_text_for_indexing(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(raw)


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
            raw = getattr(page, search_field.field_name).raw_data
            parts.extend(_block_text(model_field.stream_block, list(raw)))
        else:
            value = search_field.get_value(page)
            if isinstance(value, (list, tuple)):
                parts.extend(str(v) for v in value)
            elif value:
                parts.append(str(value))
    return strip_ruby(" ".join(p.strip() for p in parts if p and p.strip()))


def _page_number(raw) -> int:
    raw = (raw or "").strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_PAGE_PARAM_CHARS:
        return 1
    return max(1, int(raw))


def _section_titles(pages) -> dict[int, str]:
    """Section (parent page) title for each page, in one query. Pages right under the home page
    have no section; deeper pages show their parent's title."""
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages if page.depth > 3}
    titles = dict(
        Page.objects.filter(path__in=set(parent_paths.values())).values_list("path", "title")
    )
    return {pk: titles.get(path) for pk, path in parent_paths.items()}


def _glossary_entries():
    """Live glossary terms with their folded word, reading and definition, read and folded once
    per object-cache generation (ops.objectcache): the glossary changes only on a save or
    publish, which starts a new generation. Outside a generation (admin, tests without the page
    cache) it is read afresh."""

    def compute():
        return [
            (
                glossary_term,
                _compact(japanese_text.normalize(glossary_term.term)),
                _compact(japanese_text.normalize(glossary_term.reading)),
                japanese_text.fold(japanese_text.normalize(strip_ruby(glossary_term.definition))),
            )
            for glossary_term in GlossaryTerm.objects.filter(live=True)
            .select_related("page")
            .order_by("pk")
        ]

    return shared(("search-glossary-entries",), compute)


def find_glossary_terms(terms, limit=MAX_GLOSSARY_HITS):
    """Live glossary terms whose word, reading or definition contains every term of the query,
    compared folded (width, kana, case), as substrings: 「しや」 finds しやく, 「シヤク」 too.

    The glossary is small (tens of words), so this compares in Python (with the folded texts
    kept per generation); GlossaryTerm stays out of the search index and the admin's own
    glossary search is left as it is."""
    hits = []
    for glossary_term, word, reading, definition in _glossary_entries():
        score = 0
        for term in terms:
            needles = term.needles
            if any(n in (word, reading) for n in needles):
                score += 3  # the whole word or reading
            elif any(n in word or n in reading for n in needles):
                score += 2
            elif any(n in definition for n in needles):
                score += 1
            else:
                break
        else:
            hits.append((-score, glossary_term.reading, glossary_term))
    hits.sort(key=lambda hit: hit[:2])
    return [glossary_term for _, _, glossary_term in hits[:limit]]


def finds_pages(text: str) -> bool:
    """Whether a search for text shows at least one page (as typed, or its words apart)."""
    terms = japanese_text.parse_query(text)
    if not terms:
        return False
    backend = get_search_backend()
    pages = public(Page.objects.live())
    if backend.search(build_query(terms), pages).count():
        return True
    return japanese_text.is_relaxable(terms) and bool(
        backend.search(build_query(terms, relaxed=True), pages).count()
    )


def _suggested_terms():
    """Glossary words, in あいうえお order, that each find a page: a suggestion never leads to
    another empty result. Checks stop once there are enough (a search each, on a page that is
    itself served only when a search found nothing)."""
    found = []
    for term in live_terms_in_kana_order():
        if finds_pages(term.term):
            found.append(term)
            if len(found) == SUGGESTED_TERMS:
                break
    return found


def specific_pages(ids: list[int]) -> list[Page]:
    """The specific pages with these ids, in this order, in one query per page type."""
    found = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [found[pk] for pk in ids if pk in found]


def _id_set(ids: list[int]):
    """`ids` for a `pk__in` lookup. On PostgreSQL one array parameter: a list of a thousand ids
    is a thousand placeholders, which psycopg splits out of the SQL text on every search (a
    tenth of a compound search's CPU on the benchmark)."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])", (ids,))
    return ids


def result_pages(ids: list[int]) -> tuple[list[Page], dict[int, str]]:
    """The pages with these ids, in this order, and the text of each for its snippet.

    The texts are kept per object-cache generation (a publish starts a new one), at most
    MAX_KEPT_TEXTS per process and generation: a page's text changes only when it is published.
    Only pages whose text is not kept yet are loaded with their content (specific_pages);
    the others need nothing but their title, path and URL, in one query."""
    kept = shared(("search-page-texts",), dict)
    texts = {pk: kept[pk] for pk in ids if pk in kept}
    found = Page.objects.filter(pk__in=list(texts)).in_bulk() if texts else {}
    missing = [pk for pk in ids if pk not in texts]
    for page in specific_pages(missing) if missing else []:
        found[page.pk] = page
        texts[page.pk] = page_text(page)
        if len(kept) < MAX_KEPT_TEXTS:
            kept[page.pk] = texts[page.pk]  # the same string whichever request stores it first
    return [found[pk] for pk in ids if pk in found], texts


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
    # Published content only: kept until the next publish, like the glossary (learn.prefetch).
    context["glossary_page"] = shared(
        ("search-glossary-page",), lambda: GlossaryPage.objects.live().public().first()
    )

    if terms:
        backend = get_search_backend()
        strict = build_query(terms)
        glossary_hits = find_glossary_terms(terms)

        # A term typed as a glossary reading (「しやく」) also finds pages that use the word (試薬).
        expansions = []
        for hit in glossary_hits:
            if _compact(hit.reading) == _compact(query):
                expanded = japanese_text.parse_term(japanese_text.normalize(hit.term))
                # The word typed as it is (「エクソソーム」 is its own glossary word) adds nothing:
                # searching it twice would only rank every page twice.
                if expanded and [expanded.variants] != [t.variants for t in terms]:
                    expansions.append(expanded)
        page_query = strict
        if expansions:
            page_query = Prepared(Or([strict.query, *(term_query(t) for t in expansions)]))

        # Only the ids of every match, best first, in one query: their number is the length of
        # the list (no COUNT query), and only the ten pages shown are loaded (result_pages).
        ids = public(Page.objects.live()).values_list("pk", flat=True)
        results = list(backend.search(page_query, ids))
        relaxed = False
        exact_count = None
        if japanese_text.is_relaxable(terms):
            # Pages with the words as typed come first; then pages that hold every word of a
            # compound apart (「幹細胞培養上清」: 幹細胞 … 培養上清液), below them.
            # Only pages not found as typed are matched and ranked again: ranking every page a
            # second time was most of the cost of a compound search on PostgreSQL.
            not_exact = ids.exclude(pk__in=_id_set(results)) if results else ids
            apart = list(backend.search(build_query(terms, relaxed=True), not_exact))
            if apart:
                relaxed = True
                exact_count = len(results)
                results += apart

        paginator = Paginator(results, RESULTS_PER_PAGE)
        number = min(_page_number(request.GET.get("page")), paginator.num_pages)
        page_obj = paginator.page(number)

        found_pages, texts = result_pages(list(page_obj.object_list))
        sections = _section_titles(found_pages)
        needles = [n for t in [*terms, *expansions] for n in t.needles]
        if relaxed:
            needles += [key for t in terms for key in t.relaxed]
        context.update(
            relaxed=relaxed,
            exact_count=exact_count,
            page_obj=page_obj,
            paginator=paginator,
            page_range=list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)),
            glossary_hits=[
                {
                    "term": hit,
                    "title": japanese_text.snippet(hit.term, needles, width=80),
                    "definition": japanese_text.snippet(
                        strip_ruby(hit.definition), needles, width=160
                    ),
                }
                for hit in glossary_hits
            ],
            results=[
                {
                    "page": page,
                    "url": page.get_url(request),
                    "section": sections.get(page.pk),
                    "title": japanese_text.snippet(strip_ruby(page.title), needles, width=200),
                    "snippet": japanese_text.snippet(texts[page.pk], needles),
                }
                for page in found_pages
            ],
        )
    if not context["results"]:
        context["suggested_terms"] = _suggested_terms()

    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
