"""Build the チェックポイント section and its 12 CriterionPages from criteria.py, idempotently.

Runs after learn's loader (settings.INITIAL_CONTENT_LOADERS), which creates the home page and the
site settings. Pages are found by criterion_key (or by slug under the section), so running it again
creates only what is missing and never overwrites what editors have changed. Sources are cited by
key; a Source that does not exist yet is created from learn/initial_content/sources.py (or from
criteria.py's EXTRA_SOURCES).
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Iterable, Iterator

from wagtail.models import Page

from checker.initial_content import criteria as data


class ContentError(Exception):
    """The content data refers to something that does not exist (a source key, a block type)."""


def _source_data() -> dict[str, dict]:
    from learn.initial_content.sources import SOURCES

    return {entry["key"]: entry for entry in [*SOURCES, *data.EXTRA_SOURCES]}


def _source_keys(value) -> Iterator[str]:
    """Every source key cited anywhere inside one criterion's data."""
    if isinstance(value, dict):
        for name, child in value.items():
            if name == "sources":
                yield from child
            elif name == "source":
                yield child
            else:
                yield from _source_keys(child)
    elif isinstance(value, list):
        for child in value:
            yield from _source_keys(child)


def ensure_sources(keys: Iterable[str], last_checked: datetime.date, stdout) -> dict[str, object]:
    """The Source snippets for these keys, creating missing ones from the data. Returns key → pk.

    `last_checked` is used only for a Source created here: the date the citing page's sources
    were last reviewed.
    """
    from learn.models import Source

    wanted = list(dict.fromkeys(keys))
    existing = {source.key: source.pk for source in Source.objects.filter(key__in=wanted)}
    known = _source_data()
    for key in wanted:
        if key in existing:
            continue
        if key not in known:
            raise ContentError(f"unknown source key {key!r}")
        entry = known[key]
        source = Source.objects.create(
            key=key,
            title=entry["title"],
            publisher=entry["publisher"],
            published=entry.get("date", ""),
            url=entry.get("url", ""),
            kind=entry["kind"],
            note=entry.get("note", ""),
            last_checked=last_checked,
        )
        existing[key] = source.pk
        stdout.write(f"Created the source {key}.")
    return existing


def _item(value) -> dict:
    """A ListBlock item in Wagtail's stored form."""
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _sources(keys: list[str], pks: dict[str, object]) -> list[dict]:
    return [_item(pks[key]) for key in keys]


def body_block(entry: dict, pks: dict[str, object]) -> dict:
    """One body block of the content schema (CONTENT_SCHEMA.md) as StreamField data."""
    kind = entry["type"]
    if kind == "heading":
        return _block(kind, {"text": entry["text"], "level": entry.get("level", "h2")})
    if kind == "paragraph":
        return _block(kind, {"text": entry["text"], "sources": _sources(entry["sources"], pks)})
    if kind == "callout":
        value = {"kind": entry["kind"], "text": entry["text"]}
        return _block(kind, {**value, "sources": _sources(entry["sources"], pks)})
    if kind == "timeline":
        events = [
            _item({"year": event["year"], "text": event["text"], "source": pks[event["source"]]})
            for event in entry["events"]
        ]
        return _block(kind, {"events": events})
    if kind == "faq":
        items = [
            _item(
                {
                    "question": item["question"],
                    "answer": item["answer"],
                    "sources": _sources(item["sources"], pks),
                }
            )
            for item in entry["items"]
        ]
        return _block(kind, {"items": items})
    if kind == "figure":
        bars = [_item({"label": bar["label"], "value": str(bar["value"])}) for bar in entry["bars"]]
        value = {
            "title": entry["title"],
            "unit": entry["unit"],
            "bars": bars,
            "caption": entry.get("caption", ""),
            "source": pks[entry["source"]],
        }
        return _block(kind, value)
    if kind == "glossary_term":
        from learn.models import GlossaryTerm

        term = GlossaryTerm.objects.filter(term=entry["term"]).first()
        if term is None:
            raise ContentError(f"unknown glossary term {entry['term']!r}")
        return _block(kind, {"term": term.pk})
    raise ContentError(f"unknown block type {kind!r}")


def _claims(entries: list[dict], pks: dict[str, object]) -> str:
    return json.dumps(
        [
            _block("claim", {"text": e["text"], "sources": _sources(e["sources"], pks)})
            for e in entries
        ]
    )


def ensure_section(stdout):
    from learn.models import HomePage, SectionPage

    home = HomePage.objects.first()
    if home is None:
        raise ContentError("the home page is missing: run learn's loader first")
    section_data = data.CHECKPOINTS_SECTION
    section = home.get_children().filter(slug=section_data["slug"]).first()
    if section is not None:
        return section.specific
    section = SectionPage(
        title=section_data["title"], slug=section_data["slug"], lead=section_data["lead"]
    )
    home.add_child(instance=section)
    section.save_revision().publish()
    stdout.write(f"Created the section {section.title} (/{section.slug}/).")
    return section


def build_page(entry: dict, pks: dict[str, object]):
    """An unsaved CriterionPage from one entry of criteria.py."""
    from checker.models import CriterionPage, result_field_name

    page = CriterionPage(
        title=entry["title"],
        slug=entry["slug"],
        criterion_key=entry["key"],
        lead=entry["lead"],
        ask_text=entry["ask"],
        search_description=entry.get("search_description", ""),
        last_reviewed=datetime.date.fromisoformat(entry["last_reviewed"]),
        next_review_due=datetime.date.fromisoformat(entry["next_review_due"]),
        body=json.dumps([body_block(block, pks) for block in entry["body"]]),
        known_claims=_claims(entry.get("known", []), pks),
        unknown_claims=_claims(entry.get("not_known", []), pks),
        open_problems=_claims(entry.get("challenges", []), pks),
        changelog=json.dumps(
            [
                _block("entry", {"date": change["date"], "text": change["text"]})
                for change in entry.get("changelog", [])
            ]
        ),
    )
    for code, text in entry["results"].items():
        setattr(page, result_field_name(code), text)
    return page


def ensure_criterion_page(section: Page, entry: dict, stdout) -> bool:
    """Create and publish one CriterionPage unless it exists. True if it was created."""
    from checker.models import CriterionPage

    if CriterionPage.objects.filter(criterion_key=entry["key"]).exists():
        return False
    if section.get_children().filter(slug=entry["slug"]).exists():
        stdout.write(f"Skipped {entry['key']}: the slug {entry['slug']} is taken by another page.")
        return False
    last_reviewed = datetime.date.fromisoformat(entry["last_reviewed"])
    pks = ensure_sources(_source_keys(entry), last_reviewed, stdout)
    page = build_page(entry, pks)
    section.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"Created the criterion page {entry['key']} (/{section.slug}/{page.slug}/).")
    return True


def load(stdout):
    section = ensure_section(stdout)
    for entry in data.CRITERIA:
        ensure_criterion_page(section, entry, stdout)
