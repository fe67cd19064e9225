"""Build the explainer site from the plain data in this package (sources.py, glossary.py,
pages.py) plus the home page, site settings, the editorial groups and the moderation workflow.

An article entry holds title, lead, "points" (「この記事のポイント」, claim items), body blocks,
the ledger ("known", "not_known", "challenges"), review dates and a change log; HOME may hold
"key_facts" (claim items for the home page's first box). A claim item is
{"text": ..., "sources": [source keys]}.

Idempotent. Sources are keyed by Source.key, glossary terms by GlossaryTerm.term and pages by
their slug under their parent: what exists is left exactly as it is (editors' edits win), what
is missing is created and published with a revision. Content errors (an unknown source key, a
claim without a source) stop the load with a message that names the page.

Other apps reuse the helpers (stream_data, claims_data, changelog_data, ensure_page) to load
their own pages in the same format.
"""

import datetime
import importlib
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page, Site

HOME_TITLE = "エクソソーム・ファクト"
HOME_SLUG = "home"
DATA_MODULES = ("sources", "glossary", "pages", "pages_decide")

DEFAULT_HOME = {
    "title": HOME_TITLE,
    "lead": "エクソソームの広告を、落ち着いて読むためのサイトです。",
    "learn_intro": "エクソソーム(細胞外小胞)について、わかっていることと、"
    "まだわかっていないことを、やさしく説明します。",
    "check_intro": "クリニックの製品について、どんな証拠が示されているかを、"
    "質問に答えて確かめます。",
}


class ContentError(Exception):
    """The content data is inconsistent (unknown key, missing source, invalid block)."""


@dataclass
class ContentData:
    sources: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    pages: list = field(default_factory=list)
    home: dict | None = None
    learn_section: dict | None = None

    @classmethod
    def from_package(cls, package="learn.initial_content"):
        """Read sources.py, glossary.py and pages.py; a module not written yet is skipped."""
        modules = {}
        for name in DATA_MODULES:
            try:
                modules[name] = importlib.import_module(f"{package}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{package}.{name}":
                    raise
        pages = modules.get("pages")
        return cls(
            sources=list(getattr(modules.get("sources"), "SOURCES", []))
            + list(getattr(modules.get("pages_decide"), "SOURCES", [])),
            terms=list(getattr(modules.get("glossary"), "TERMS", [])),
            pages=list(getattr(pages, "PAGES", []))
            + list(getattr(modules.get("pages_decide"), "PAGES", [])),
            home=getattr(pages, "HOME", None),
            learn_section=getattr(pages, "LEARN_SECTION", None),
        )


# --- small helpers ------------------------------------------------------------------------


def _id():
    return str(uuid.uuid4())


def parse_date(value, where):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise ContentError(f"{where}: 日付が YYYY-MM-DD ではありません: {value!r}") from error


def created_only_by_loader(obj):
    """True when no person has saved a revision of obj: only then may the loader change it."""
    return not obj.revisions.filter(user__isnull=False).exists()


def publish(obj):
    revision = obj.save_revision(log_action=True)
    revision.publish(log_action=True)
    return revision


# --- StreamField data from the plain blocks ------------------------------------------------


def _source_ids(keys, sources, where, required=False):
    ids = []
    for key in keys or []:
        if key not in sources:
            raise ContentError(f"{where}: 出典 {key!r} が sources.py にありません。")
        ids.append(sources[key].pk)
    if required and not ids:
        raise ContentError(f"{where}: 出典が1つもありません。")
    return [{"type": "item", "value": pk, "id": _id()} for pk in ids]


def _list_items(values):
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def stream_data(blocks, sources, terms, where):
    """Plain body blocks → raw StreamField data for ArticleBodyBlock."""
    data = []
    for index, block in enumerate(blocks or [], 1):
        kind = block.get("type")
        here = f"{where} の本文 {index} 番目({kind})"
        if kind == "heading":
            value = {"text": block["text"], "level": block.get("level", "h2")}
        elif kind == "paragraph":
            value = {
                "text": block["text"],
                "sources": _source_ids(block.get("sources"), sources, here),
            }
        elif kind == "callout":
            value = {
                "kind": block.get("kind", "point"),
                "text": block["text"],
                "sources": _source_ids(block.get("sources"), sources, here),
            }
        elif kind == "timeline":
            events = []
            for event in block.get("events", []):
                source_key = event.get("source")
                if source_key not in sources:
                    raise ContentError(f"{here}: 出典 {source_key!r} が sources.py にありません。")
                events.append(
                    {
                        "year": str(event["year"]),
                        "text": event["text"],
                        "source": sources[source_key].pk,
                    }
                )
            value = {"events": _list_items(events)}
        elif kind == "faq":
            items = [
                {
                    "question": item["question"],
                    "answer": item["answer"],
                    "sources": _source_ids(item.get("sources"), sources, here),
                }
                for item in block.get("items", [])
            ]
            value = {"items": _list_items(items)}
        elif kind == "figure":
            source_key = block.get("source")
            if source_key not in sources:
                raise ContentError(f"{here}: 図の出典 {source_key!r} が sources.py にありません。")
            bars = [{"label": bar["label"], "value": str(bar["value"])} for bar in block["bars"]]
            value = {
                "title": block["title"],
                "unit": block.get("unit", ""),
                "bars": _list_items(bars),
                "caption": block.get("caption", ""),
                "source": sources[source_key].pk,
            }
        elif kind == "glossary_term":
            term = terms.get(block.get("term"))
            if term is None:
                raise ContentError(
                    f"{here}: 用語 {block.get('term')!r} が glossary.py にありません。"
                )
            value = {"term": term.pk}
        elif kind in ("unwell_box", "operator_box"):
            value = None
        else:
            raise ContentError(f"{here}: 知らないブロックの種類です。")
        data.append({"type": kind, "value": value, "id": _id()})
    return data


def claims_data(items, sources, where):
    """Ledger items → raw ClaimListBlock data; every item needs at least one source."""
    return [
        {
            "type": "claim",
            "value": {
                "text": item["text"],
                "sources": _source_ids(
                    item.get("sources"), sources, f"{where} の「{item['text'][:20]}…」", True
                ),
            },
            "id": _id(),
        }
        for item in items or []
    ]


def changelog_data(entries, where):
    return [
        {
            "type": "entry",
            "value": {
                "date": parse_date(entry["date"], where).isoformat(),
                "text": entry["text"],
            },
            "id": _id(),
        }
        for entry in entries or []
    ]


def article_fields(data, sources, terms):
    """The ArticlePage field values for one entry of PAGES (or a criterion of the checker)."""
    where = f"ページ {data['slug']!r}"
    fields = {
        "title": data["title"],
        "slug": data["slug"],
        "lead": data.get("lead", ""),
        "search_description": data.get("search_description", ""),
        "body": stream_data(data.get("body"), sources, terms, where),
        "key_points": claims_data(data.get("points"), sources, where),
        "known_claims": claims_data(data.get("known"), sources, where),
        "unknown_claims": claims_data(data.get("not_known"), sources, where),
        "open_problems": claims_data(data.get("challenges"), sources, where),
        "last_reviewed": parse_date(data["last_reviewed"], where),
        "next_review_due": parse_date(data["next_review_due"], where),
        "changelog": changelog_data(data.get("changelog"), where),
    }
    for optional in ("author", "medical_reviewer", "seo_title"):
        if data.get(optional):
            fields[optional] = data[optional]
    return fields


def validate_streams(page):
    """Run the StreamField blocks' own validation (Page.full_clean does not)."""
    from wagtail.fields import StreamField

    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            value = getattr(page, model_field.name)
            try:
                model_field.stream_block.clean(value)
            except ValidationError as error:
                raise ContentError(
                    f"ページ {page.slug!r} の {model_field.verbose_name}: {error}"
                ) from error


def ensure_page(stdout, parent, page_class, fields):
    """Create and publish a child page unless one with this slug already exists under parent."""
    existing = parent.get_children().filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(**fields)
    validate_streams(page)
    parent.add_child(instance=page)
    publish(page)
    stdout.write(f"Created the page /{fields['slug']}/ ({page_class.__name__}).")
    return page, True


# --- the site -----------------------------------------------------------------------------


def create_tree_root():
    """Wagtail's migrations create the tree root; a flushed database (tests) has none."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.add_root(instance=Page(title="Root", slug="root"))


def ensure_home_page(stdout, home_data=None):
    from learn.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        home_data = {**DEFAULT_HOME, **(home_data or {})}
        root = Page.get_first_root_node() or create_tree_root()
        # Wagtail's migrations create a placeholder "Welcome" page; the site gets ours instead.
        placeholder = root.get_children().exclude(
            content_type__model="homepage", content_type__app_label="learn"
        )
        for page in placeholder.filter(slug=HOME_SLUG):
            page.slug = f"{page.slug}-placeholder-{page.pk}"
            page.save()
        home = HomePage(
            title=home_data["title"],
            slug=HOME_SLUG,
            lead=home_data.get("lead", ""),
            learn_intro=home_data.get("learn_intro", ""),
            check_intro=home_data.get("check_intro", ""),
            search_description=home_data.get("search_description", ""),
        )
        root.add_child(instance=home)
        publish(home)
        stdout.write(f"Created the home page (id {home.pk}).")
        for page in placeholder:
            if not page.get_children().exists():
                page.delete()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=HOME_TITLE,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
    return home


def ensure_home_key_facts(stdout, home, home_data, sources):
    """Fill the home page's key-facts box from HOME["key_facts"] (needs the sources), unless the
    box has content or a person has edited the home page."""
    facts = (home_data or {}).get("key_facts")
    if not facts or home.key_facts or not created_only_by_loader(home):
        return
    home.key_facts = claims_data(facts, sources, "トップページの「まず知ってほしいこと」")
    validate_streams(home)
    home.save()
    publish(home)
    stdout.write("Filled in the home page's key facts.")


def ensure_site_settings(stdout):
    from learn.models import SiteSettings

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.help_contacts:
        site_settings.help_contacts = [
            (
                "contact",
                {
                    "name": "医療安全支援センター",
                    "description": "受けた医療について、心配なことや困ったことを相談できます。",
                    "phone": "",
                    "url": "http://www.caa.go.jp/policies/policy/consumer_policy/information/information_002/",
                },
            ),
            (
                "contact",
                {
                    "name": "消費者ホットライン",
                    "description": "契約やお金のことで困ったときに相談できます。",
                    "phone": "188",
                    "url": "https://www.gov-online.go.jp/useful/article/201807/1.html",
                },
            ),
            (
                "contact",
                {
                    "name": "都道府県・市区町村(保健所など)",
                    "description": "医療の広告について相談できます。",
                    "phone": "",
                    "url": "http://www.caa.go.jp/policies/policy/consumer_policy/information/information_002/",
                },
            ),
        ]
        site_settings.save()
        stdout.write("Filled in the help contacts.")


def ensure_sources(stdout, entries):
    """Create missing Sources (keyed by key), published. Returns {key: Source} for all keys."""
    from learn.models import Source

    by_key = {
        source.key: source for source in Source.objects.filter(key__in=[e["key"] for e in entries])
    }
    created = 0
    for entry in entries:
        if entry["key"] in by_key:
            continue
        source = Source(
            key=entry["key"],
            title=entry["title"],
            publisher=entry.get("publisher", ""),
            published=entry.get("date", ""),
            url=entry.get("url", ""),
            kind=entry.get("kind", Source.Kind.OTHER),
            descriptive_title=bool(entry.get("descriptive")),
            note=entry.get("note", ""),
            # A date only when the data says the source was checked on that day; never a
            # blanket stamp.
            last_checked=parse_date(entry["last_checked"], entry["key"])
            if entry.get("last_checked")
            else None,
        )
        try:
            source.full_clean()
        except ValidationError as error:
            raise ContentError(f"出典 {entry['key']!r}: {error}") from error
        source.save()
        publish(source)
        by_key[source.key] = source
        created += 1
    if created:
        stdout.write(f"Created {created} sources.")
    return by_key


def term_sources_data(keys, sources, where):
    """Source keys → raw data for GlossaryTerm.sources."""
    return [
        {"type": "source", "value": item["value"], "id": _id()}
        for item in _source_ids(keys, sources, where)
    ]


def ensure_terms(stdout, entries, sources=None):
    """Create missing glossary terms (keyed by term), published; pages are linked later.
    A term's `sources` (keys of sources.py) become its cited sources."""
    from learn.models import GlossaryTerm

    sources = sources if sources is not None else sources_by_key()

    by_term = {
        t.term: t for t in GlossaryTerm.objects.filter(term__in=[e["term"] for e in entries])
    }
    created = 0
    for entry in entries:
        if entry["term"] in by_term:
            continue
        term = GlossaryTerm(
            term=entry["term"],
            reading=entry["reading"],
            definition=entry["definition"],
            sources=term_sources_data(entry.get("sources"), sources, f"用語 {entry['term']!r}"),
        )
        try:
            term.full_clean()
        except ValidationError as error:
            raise ContentError(f"用語 {entry['term']!r}: {error}") from error
        term.save()
        publish(term)
        by_term[term.term] = term
        created += 1
    if created:
        stdout.write(f"Created {created} glossary terms.")
    return by_term


def sources_by_key():
    """Every Source by key: for other apps' loaders that cite the sources loaded here."""
    from learn.models import Source

    return {source.key: source for source in Source.objects.all()}


def terms_by_term():
    from learn.models import GlossaryTerm

    return {term.term: term for term in GlossaryTerm.objects.all()}


def link_terms_to_pages(stdout, home, entries, terms):
    """Point each term at the page that explains it (by slug), unless a person has edited it."""
    linked = 0
    for entry in entries:
        slug = entry.get("page")
        term = terms.get(entry["term"])
        if not slug or term is None or term.page_id or not created_only_by_loader(term):
            continue
        page = home.get_descendants(inclusive=True).filter(slug=slug).first()
        if page is None:
            raise ContentError(f"用語 {term.term!r}: ページ {slug!r} が見つかりません。")
        term.page = page
        term.save()
        publish(term)
        linked += 1
    if linked:
        stdout.write(f"Linked {linked} glossary terms to their pages.")


def ensure_pages(stdout, home, data, sources, terms):
    from learn.models import ArticlePage, GlossaryPage, SectionPage

    section_data = data.learn_section or {}
    parents = {"root": home}
    if section_data or any(page.get("parent") == "learn" for page in data.pages):
        learn, _created = ensure_page(
            stdout,
            home,
            SectionPage,
            {
                "title": section_data.get("title", "学ぶ"),
                "slug": section_data.get("slug", "learn"),
                "lead": section_data.get("lead", ""),
                "search_description": section_data.get("search_description", ""),
            },
        )
        parents["learn"] = learn
    kinds = {"article": ArticlePage, "glossary": GlossaryPage}
    for entry in data.pages:
        parent = parents.get(entry.get("parent", "learn"))
        page_class = kinds.get(entry.get("kind", "article"))
        if parent is None or page_class is None:
            raise ContentError(
                f"ページ {entry.get('slug')!r}: parent {entry.get('parent')!r} か "
                f"kind {entry.get('kind')!r} が正しくありません。"
            )
        ensure_page(stdout, parent, page_class, article_fields(entry, sources, terms))


def load_content(stdout, data):
    from learn.editorial import ensure_editorial_setup
    from learn.menus import ensure_default_menus

    home = ensure_home_page(stdout, data.home)
    ensure_site_settings(stdout)
    ensure_editorial_setup(stdout)
    sources = ensure_sources(stdout, data.sources)
    ensure_home_key_facts(stdout, home, data.home, sources)
    terms = ensure_terms(stdout, data.terms, sources)
    ensure_pages(stdout, home, data, sources, terms)
    link_terms_to_pages(stdout, home, data.terms, terms)
    ensure_default_menus(stdout, home)
    return home


def load(stdout):
    load_content(stdout, ContentData.from_package())
