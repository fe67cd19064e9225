"""CriterionPage and its loader: the チェックポイント section, the 12 pages from criteria.py, the
validation of the result texts, and the Japanese admin."""

from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page

from checker import rules
from checker.initial_content import criteria as data
from checker.initial_content import loader
from checker.models import CriterionPage, reachable_codes
from learn.models import HomePage, SectionPage, Source

ORDER = [c["key"] for c in data.CRITERIA]
# The codes each criterion can give, written out from the checker contract.
REACHABLE = {
    "approval_status": {"shown", "said_no", "unknown"},
    "ad_required_disclosures": {"shown", "partial", "not_shown", "unknown"},
    "regulatory_wording": {"na", "shown", "not_shown", "unknown"},
    "particle_count_only": {"shown", "not_shown", "na", "unknown"},
    "ev_marker_panel": {"shown", "partial", "not_shown", "unknown"},
    "impurity_check": {"shown", "not_shown", "unknown"},
    "source_and_donor": {"shown", "partial", "not_shown", "unknown"},
    "lot_safety_tests": {"shown", "partial", "not_shown", "unknown"},
    "human_evidence": {"shown", "partial", "not_shown", "unknown"},
    "research_registration": {"shown", "said_no", "not_shown", "unknown"},
    "broad_claims": {"shown", "not_shown", "unknown"},
    "consent_and_risks": {"shown", "partial", "not_shown", "unknown"},
}


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_initial_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(content, db):
    pass


def test_reachable_codes_follow_the_spec():
    assert ORDER == list(rules.CRITERION_KEYS)
    for key, codes in REACHABLE.items():
        assert set(reachable_codes(key)) == codes


def test_loader_builds_the_checkpoints_section_and_twelve_live_pages(site, client):
    section = SectionPage.objects.get(slug="checkpoints")
    assert section.title == "チェックポイント"
    assert section.get_parent().specific_class is HomePage
    assert section.url == "/checkpoints/"
    children = section.get_children().specific()
    assert [page.criterion_key for page in children] == ORDER
    for page, entry in zip(children, data.CRITERIA, strict=True):
        assert page.live and not page.has_unpublished_changes
        assert page.slug == entry["slug"] and page.title == entry["title"]
        assert page.ask_text == entry["ask"]
        assert page.last_reviewed.isoformat() == entry["last_reviewed"]
        for code in rules.RESULT_CODES:
            assert page.result_text(code) == entry["results"].get(code, "")
        assert page.cited_sources(), page.criterion_key
        assert len(page.body) == len(entry["body"])
        assert len(page.known_claims) == len(entry["known"])
        page.full_clean()  # the loaded content passes the model's own validation
    response = client.get("/checkpoints/")
    assert response.status_code == 200
    assert all(entry["title"] in response.content.decode() for entry in data.CRITERIA)


def test_loaded_pages_cite_their_sources_in_the_rendered_page(site, client):
    page = CriterionPage.objects.get(criterion_key="approval_status")
    html = client.get(page.url).content.decode()
    for source in page.cited_sources():
        assert escape(source.title) in html
    assert 'href="#source-1"' in html


def test_loader_is_idempotent_and_keeps_editors_changes(site):
    page = CriterionPage.objects.get(criterion_key="impurity_check")
    page.title = "編集者が変えた題"
    page.save_revision().publish()
    pages, sources = Page.objects.count(), Source.objects.count()
    call_command("load_initial_content", stdout=io.StringIO())
    call_command("load_initial_content", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert Source.objects.count() == sources
    assert CriterionPage.objects.get(criterion_key="impurity_check").title == "編集者が変えた題"


def test_loader_recreates_a_deleted_page_and_reuses_existing_sources(site):
    CriterionPage.objects.get(criterion_key="broad_claims").delete()
    sources = Source.objects.count()
    out = io.StringIO()
    loader.load(out)
    assert "Created the page /broad-claims/ (CriterionPage)" in out.getvalue()
    assert CriterionPage.objects.filter(criterion_key="broad_claims", live=True).count() == 1
    assert Source.objects.count() == sources


def test_loader_creates_a_missing_source_from_the_data(site):
    Source.objects.filter(key="xie-2023").delete()
    CriterionPage.objects.get(criterion_key="human_evidence").delete()
    loader.load(io.StringIO())
    source = Source.objects.get(key="xie-2023")
    assert source.title and source.publisher
    page = CriterionPage.objects.get(criterion_key="human_evidence")
    assert source in page.cited_sources()


def test_an_unknown_source_key_is_an_error(site, monkeypatch):
    entry = {**data.CRITERIA[0], "known": [{"text": "x", "sources": ["no-such-source"]}]}
    monkeypatch.setattr(data, "CRITERIA", [entry])
    CriterionPage.objects.get(criterion_key=entry["key"]).delete()
    with pytest.raises(loader.ContentError, match="no-such-source"):
        loader.load(io.StringIO())


def test_validation_requires_a_text_for_every_reachable_code(site):
    page = CriterionPage.objects.get(criterion_key="approval_status")
    page.result_said_no = "  "
    page.result_na = ""  # unreachable for this criterion: may stay empty
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert set(caught.value.message_dict) == {"result_said_no"}
    assert "意味を書いてください" in caught.value.message_dict["result_said_no"][0]


@pytest.mark.parametrize("word", ["本物", "偽物", "安全です", "危険です"])
def test_validation_refuses_words_the_result_must_not_use(site, word):
    page = CriterionPage.objects.get(criterion_key="impurity_check")
    page.result_shown = f"この製品は{word}。"
    page.ask_text = f"{word}か?"
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert set(caught.value.message_dict) == {"result_shown", "ask_text"}


def test_pages_live_only_under_a_section(site):
    assert CriterionPage.can_create_at(SectionPage.objects.get(slug="checkpoints"))
    assert not CriterionPage.can_create_at(HomePage.objects.get())
    assert CriterionPage.allowed_subpage_models() == []


def test_criterion_key_is_unique(site):
    from django.db import IntegrityError

    section = SectionPage.objects.get(slug="checkpoints")
    page = CriterionPage.objects.get(criterion_key="approval_status")
    copy = CriterionPage(
        title="重複",
        slug="duplicate",
        criterion_key="approval_status",
        lead=page.lead,
        ask_text=page.ask_text,
        result_shown="a",
        result_said_no="b",
        result_unknown="c",
        last_reviewed=page.last_reviewed,
        next_review_due=page.next_review_due,
    )
    with pytest.raises((ValidationError, IntegrityError)), transaction.atomic():
        section.add_child(instance=copy)


def test_admin_edit_page_is_in_japanese(site, admin_client):
    page = CriterionPage.objects.get(criterion_key="lot_safety_tests")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in (
        "チェックの項目とクリニックに聞く質問",
        "それぞれの結果の意味",
        "結果「示されています」の意味",
        "結果「一部だけ示されています」の意味",
        "クリニックに聞く質問",
    ):
        assert label in html
    section = SectionPage.objects.get(slug="checkpoints")
    response = admin_client.get(f"/admin/pages/add/checker/criterionpage/{section.pk}/")
    assert response.status_code == 200
    assert "チェックポイントのページ" in response.content.decode()


def test_each_page_opens_with_its_cited_key_points(site, client):
    """criteria.py's `points` become the page's 「この記事のポイント」, shown before the body."""
    for entry in data.CRITERIA:
        page = CriterionPage.objects.get(criterion_key=entry["key"])
        points = [block.value for block in page.key_points]
        assert [point["text"] for point in points] == [p["text"] for p in entry["points"]]
        for point, expected in zip(points, entry["points"], strict=True):
            assert [source.key for source in point["sources"]] == expected["sources"]
    page = CriterionPage.objects.get(criterion_key="lot_safety_tests")
    html = client.get(page.url).content.decode()
    start = html.index("data-key-points")
    end = html.index("</section>", start)
    box = BeautifulSoup(html[html.rindex("<section", 0, start) : end], "html.parser")
    assert box.find("h2").get_text(strip=True) == "この記事のポイント"
    for hidden in box.select(".visually-hidden, .cite"):
        hidden.decompose()  # glossary-link hints and citation marks are not the point's words
    items = [item.get_text().strip() for item in box.select("li")]
    assert len(items) == len(data.CRITERIA[7]["points"])
    for item, point in zip(items, data.CRITERIA[7]["points"], strict=True):
        assert item.startswith(point["text"]), (item, point["text"])
    assert end < html.index('class="block-heading">どういうことでしょう')


def test_points_are_required_by_the_loader(site, monkeypatch):
    entry = {**data.CRITERIA[0], "points": data.CRITERIA[0]["points"][:1]}
    monkeypatch.setattr(data, "CRITERIA", [entry])
    CriterionPage.objects.get(criterion_key=entry["key"]).delete()
    with pytest.raises(loader.ContentError, match="ポイント"):
        loader.load(io.StringIO())


def test_sources_added_for_the_checkpoints_are_loaded_and_cited(site, client):
    """Sources only criteria.py lists (EXTRA_SOURCES) exist after loading and show on the page
    that cites them, with their kind."""
    page = CriterionPage.objects.get(criterion_key="lot_safety_tests")
    cited = {source.key for source in page.cited_sources()}
    assert {"nihs-sterility-endotoxin", "mhlw-biologics-standard"} <= cited
    source = Source.objects.get(key="nihs-sterility-endotoxin")
    assert source.publisher == "国立医薬品食品衛生研究所" and source.kind == "regulator"
    assert escape(source.title) in client.get(page.url).content.decode()
