"""Load the 「広告のことば」 (AdPhrase snippets) and the page 「広告でよく見ることば」,
idempotently.

Runs after learn's and the checker's loaders (settings.INITIAL_CONTENT_LOADERS): it cites their
Sources, links the CriterionPages and glossary terms they created, and puts the page under 学ぶ.
Phrases are keyed by slug and the page by its slug under 学ぶ: what exists is left as editors
left it, what is missing is created and published with a revision. A glossary term that does not
exist yet is left unlinked; a later run links it, unless a person has edited the phrase since.
The editorial groups get the same permissions on phrases as on Sources, and phrases go through
the same review workflow.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from checker.initial_content import ad_phrases as data
from learn.initial_content import loader as learn_loader

ContentError = learn_loader.ContentError
MODEL = "adphrase"


def ensure_editorial_setup(stdout):
    """編集者 and 監修者 get the snippet permissions they have on Sources; the workflow covers
    phrases like the other snippets."""
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Workflow, WorkflowContentType

    from learn import editorial

    for name, actions in editorial.SNIPPET_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            raise ContentError(f"グループ {name} がありません。learn の loader を先に実行します。")
        for action in actions:
            group.permissions.add(editorial._permission("checker", MODEL, f"{action}_{MODEL}"))
    workflow = Workflow.objects.filter(name=editorial.WORKFLOW_NAME).first()
    if workflow is not None:
        content_type = ContentType.objects.get_by_natural_key("checker", MODEL)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def ensure_sources(stdout) -> dict:
    from learn.initial_content.sources import SOURCES

    known = {entry["key"]: entry for entry in [*SOURCES, *data.EXTRA_SOURCES]}
    wanted = dict.fromkeys(
        [key for phrase in data.PHRASES for key in phrase["sources"]]
        + list(_page_source_keys(data.AD_WORDS_PAGE))
    )
    unknown = [key for key in wanted if key not in known]
    if unknown:
        raise ContentError(f"ad_phrases.py: 出典 {unknown!r} が sources.py にありません。")
    learn_loader.ensure_sources(stdout, [known[key] for key in wanted])
    return learn_loader.sources_by_key()


def _page_source_keys(page):
    for part in ("points", "body", "known", "not_known", "challenges"):
        for item in page.get(part) or []:
            yield from item.get("sources") or []


def first_term(names, terms):
    for name in names:
        if name in terms:
            return terms[name]
    return None


def ensure_phrase(stdout, entry, sources, criteria, terms) -> bool:
    """Create and publish one phrase unless its slug exists. True if created."""
    from checker.ad_models import AdPhrase

    if AdPhrase.objects.filter(slug=entry["slug"]).exists():
        return False
    where = f"広告のことば {entry['slug']!r}"
    if not entry["sources"]:
        raise ContentError(f"{where}: 出典が1つもありません。")
    criterion = entry.get("criterion")
    if criterion and criterion not in criteria:
        raise ContentError(f"{where}: チェックポイントのページ {criterion!r} がありません。")
    phrase = AdPhrase(
        name=entry["name"],
        slug=entry["slug"],
        kind=entry["kind"],
        sort_order=entry.get("sort_order", 100),
        variants="\n".join(entry["variants"]),
        exclusions="\n".join(entry.get("exclusions") or []),
        explanation=entry["explanation"],
        sources=[("source", sources[key]) for key in entry["sources"]],
        criterion_page=criteria.get(criterion) if criterion else None,
        glossary_term=first_term(entry.get("terms") or [], terms),
    )
    try:
        phrase.full_clean()
    except ValidationError as error:
        raise ContentError(f"{where}: {error}") from error
    phrase.save()
    learn_loader.publish(phrase)
    return True


def link_missing_terms(stdout, terms) -> int:
    """Link glossary terms that did not exist when a phrase was created (loader-made only)."""
    from checker.ad_models import AdPhrase

    linked = 0
    entries = {entry["slug"]: entry for entry in data.PHRASES}
    for phrase in AdPhrase.objects.filter(glossary_term__isnull=True, slug__in=list(entries)):
        term = first_term(entries[phrase.slug].get("terms") or [], terms)
        if term is None or not learn_loader.created_only_by_loader(phrase):
            continue
        phrase.glossary_term = term
        phrase.save()
        learn_loader.publish(phrase)
        linked += 1
    return linked


def ensure_page(stdout, sources, terms):
    from checker.ad_models import AdWordsPage
    from learn.models import HomePage, SectionPage

    if AdWordsPage.objects.exists():
        return AdWordsPage.objects.first()
    home = HomePage.objects.first()
    learn = SectionPage.objects.child_of(home).filter(slug="learn").first() if home else None
    if learn is None:
        raise ContentError("「学ぶ」のページがありません。learn の loader を先に実行します。")
    fields = learn_loader.article_fields(data.AD_WORDS_PAGE, sources, terms)
    page, created = learn_loader.ensure_page(stdout, learn, AdWordsPage, fields)
    if not created:
        stdout.write("Skipped the ad-words page: its slug is taken by another page.")
    return page


def load(stdout):
    from checker.models import CriterionPage

    ensure_editorial_setup(stdout)
    sources = ensure_sources(stdout)
    terms = learn_loader.terms_by_term()
    criteria = {page.slug: page for page in CriterionPage.objects.all()}
    created = sum(ensure_phrase(stdout, entry, sources, criteria, terms) for entry in data.PHRASES)
    if created:
        stdout.write(f"Created {created} ad phrases.")
    linked = link_missing_terms(stdout, terms)
    if linked:
        stdout.write(f"Linked {linked} ad phrases to glossary terms.")
    ensure_page(stdout, sources, terms)
