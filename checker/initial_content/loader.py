"""Build the チェックポイント section and its 12 CriterionPages from criteria.py, idempotently.

Runs after learn's loader (settings.INITIAL_CONTENT_LOADERS), which creates the home page, the
site settings, the Sources and the glossary, and whose helpers turn the plain content format
(that of learn's pages.py) into page fields. Pages are found by criterion_key (and by slug
under the section), so running it again creates only what is missing and never overwrites what
editors have changed. A cited Source that does not exist yet is created from learn's sources.py
or from criteria.py's EXTRA_SOURCES.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.initial_content import criteria as data
from learn.initial_content import loader as learn_loader

ContentError = learn_loader.ContentError


def cited_source_keys(value) -> Iterator[str]:
    """Every source key cited anywhere inside one criterion's data."""
    if isinstance(value, dict):
        for name, child in value.items():
            if name == "sources":
                yield from child
            elif name == "source":
                yield child
            else:
                yield from cited_source_keys(child)
    elif isinstance(value, list):
        for child in value:
            yield from cited_source_keys(child)


def ensure_cited_sources(stdout) -> dict:
    """Create the Sources the criteria cite but the database lacks; return every Source by key."""
    from learn.initial_content.sources import SOURCES

    known = {entry["key"]: entry for entry in [*SOURCES, *data.EXTRA_SOURCES]}
    wanted = dict.fromkeys(key for entry in data.CRITERIA for key in cited_source_keys(entry))
    unknown = [key for key in wanted if key not in known]
    if unknown:
        raise ContentError(f"criteria.py: 出典 {unknown!r} が sources.py にありません。")
    learn_loader.ensure_sources(stdout, [known[key] for key in wanted])
    return learn_loader.sources_by_key()


def ensure_section(stdout):
    from learn.models import HomePage, SectionPage

    home = HomePage.objects.first()
    if home is None:
        raise ContentError("トップページがありません。learn の loader を先に実行します。")
    section = data.CHECKPOINTS_SECTION
    page, _created = learn_loader.ensure_page(
        stdout,
        home,
        SectionPage,
        {
            "title": section["title"],
            "slug": section["slug"],
            "lead": section.get("lead", ""),
            "search_description": section.get("search_description", ""),
        },
    )
    return page


def check_points(entry: dict) -> None:
    """A criterion page opens with its bottom line: 2-4 short points, each citing a source."""
    points = entry.get("points") or []
    if not 2 <= len(points) <= 4:
        raise ContentError(
            f"criteria.py の {entry['key']}: 「この記事のポイント」は2〜4個です({len(points)}個)。"
        )
    for point in points:
        if not point.get("text") or not point.get("sources"):
            raise ContentError(
                f"criteria.py の {entry['key']}: ポイントには文と出典が要ります: {point!r}"
            )


def criterion_fields(entry: dict, sources: dict, terms: dict) -> dict:
    """The CriterionPage field values for one entry of criteria.py. The entry's `points` become
    the page's key points (「この記事のポイント」), like an article's."""
    from checker.models import result_field_name

    check_points(entry)
    fields = learn_loader.article_fields(entry, sources, terms)
    fields["criterion_key"] = entry["key"]
    fields["ask_text"] = entry["ask"]
    for code, text in entry["results"].items():
        fields[result_field_name(code)] = text
    return fields


def ensure_criterion_page(stdout, section, entry: dict, sources: dict, terms: dict) -> bool:
    """Create and publish one CriterionPage unless its criterion has one. True if created."""
    from checker.models import CriterionPage

    if CriterionPage.objects.filter(criterion_key=entry["key"]).exists():
        return False
    _page, created = learn_loader.ensure_page(
        stdout, section, CriterionPage, criterion_fields(entry, sources, terms)
    )
    if not created:
        stdout.write(f"Skipped {entry['key']}: the slug {entry['slug']} is taken by another page.")
    return created


def load(stdout):
    section = ensure_section(stdout)
    sources = ensure_cited_sources(stdout)
    terms = learn_loader.terms_by_term()
    for entry in data.CRITERIA:
        ensure_criterion_page(stdout, section, entry, sources, terms)
