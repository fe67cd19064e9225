"""load_initial_content: builds everything from the data modules, runs again without
duplicating anything, never overwrites an editor's change, and stops on content errors."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    GroupPagePermission,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
)

from checker.initial_content import ad_phrases as ad_phrases_data
from learn.editorial import REVIEWER_GROUP, WORKFLOW_NAME
from learn.initial_content import glossary as glossary_data
from learn.initial_content import pages as pages_data
from learn.initial_content import pages_decide
from learn.initial_content import sources as sources_data
from learn.initial_content.loader import (
    ContentData,
    ContentError,
    load_content,
)
from learn.menus import DEFAULT_MENU
from learn.models import ArticlePage, GlossaryPage, GlossaryTerm, HomePage, SectionPage, Source

pytestmark = pytest.mark.django_db


def run_loader():
    out = io.StringIO()
    call_command("load_initial_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def empty_site(db):
    """Remove what the session already loaded (inside this test's transaction only)."""
    for page in Page.get_first_root_node().get_children():
        page.delete()
    Site.objects.all().delete()
    Source.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    WorkflowPage.objects.all().delete()
    WorkflowContentType.objects.all().delete()
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.all().delete()
    Group.objects.filter(name__in=["編集者", "監修者"]).delete()
    assert not HomePage.objects.exists()


def counts():
    return {
        "pages": Page.objects.count(),
        "sources": Source.objects.count(),
        "terms": GlossaryTerm.objects.count(),
        "revisions": Revision.objects.count(),
        "groups": Group.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "group_permissions": Permission.objects.filter(group__isnull=False).count(),
        "workflows": Workflow.objects.count(),
        "tasks": Task.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "workflow_content_types": WorkflowContentType.objects.count(),
        "sites": Site.objects.count(),
    }


def test_first_run_builds_every_source_term_and_page(empty_site):
    output = run_loader()
    all_sources = [*sources_data.SOURCES, *pages_decide.SOURCES]
    assert f"Created {len(all_sources)} sources." in output
    assert f"Created {len(glossary_data.TERMS)} glossary terms." in output

    # The checker's loader adds the sources only its criteria cite (criteria.EXTRA_SOURCES)
    # and those only the ad phrases cite (ad_phrases.EXTRA_SOURCES).
    from checker.initial_content.criteria import EXTRA_SOURCES

    extra = [*EXTRA_SOURCES, *ad_phrases_data.EXTRA_SOURCES]
    keys = {entry["key"] for entry in [*all_sources, *extra]}
    assert set(Source.objects.values_list("key", flat=True)) == keys
    for entry in all_sources:
        source = Source.objects.get(key=entry["key"])
        assert source.live and source.live_revision_id
        assert source.title == entry["title"]
        assert source.url == entry["url"]
        # A checked date only where the data gives one: never a blanket stamp.
        expected = entry.get("last_checked")
        assert source.last_checked == (datetime.date.fromisoformat(expected) if expected else None)
        assert source.descriptive_title == bool(entry.get("descriptive"))

    assert GlossaryTerm.objects.count() == len(glossary_data.TERMS)
    for entry in glossary_data.TERMS:
        term = GlossaryTerm.objects.get(term=entry["term"])
        assert term.live
        assert (term.page.slug if term.page else "") == entry["page"]

    home = HomePage.objects.get()
    assert home.lead == pages_data.HOME["lead"]
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    learn = SectionPage.objects.get(slug="learn")
    assert learn.get_parent().pk == home.pk
    for entry in [*pages_data.PAGES, *pages_decide.PAGES]:
        parent = learn if entry["parent"] == "learn" else home
        page = parent.get_children().get(slug=entry["slug"]).specific
        expected_class = GlossaryPage if entry["kind"] == "glossary" else ArticlePage
        assert type(page) is expected_class
        assert page.live and page.live_revision_id
        # Pages of the default menus get a second revision that puts them in the menus.
        in_default_menu = entry["slug"] in {slug for slug, _title, _place in DEFAULT_MENU}
        assert page.revisions.count() == (2 if in_default_menu else 1)
        assert page.first_published_at is not None
    assert Group.objects.filter(name__in=["編集者", "監修者"]).count() == 2


def test_running_again_duplicates_nothing(site_content):
    before = counts()
    for _ in range(2):
        output = run_loader()
        assert "Created" not in output
    assert counts() == before


def test_the_loader_never_overwrites_an_editors_change(site_content, django_user_model):
    person = django_user_model.objects.create_user("someone", password="x")
    page = ArticlePage.objects.get(slug="overseas")
    page.title = "編集者が直した題"
    page.save_revision(user=person).publish()
    source = Source.objects.get(key="misev2018")
    source.title = "編集者が直した出典の題"
    source.save_revision(user=person).publish()
    term = GlossaryTerm.objects.get(term="細胞外小胞")
    term.page = None
    term.save_revision(user=person).publish()

    run_loader()

    assert ArticlePage.objects.get(slug="overseas").title == "編集者が直した題"
    assert Source.objects.get(key="misev2018").title == "編集者が直した出典の題"
    assert GlossaryTerm.objects.get(term="細胞外小胞").page is None


def test_a_deleted_page_is_created_again(site_content):
    ArticlePage.objects.get(slug="overseas").delete()
    output = run_loader()
    assert "Created the page /overseas/" in output
    assert ArticlePage.objects.get(slug="overseas").live


def test_a_workflow_chosen_by_an_administrator_is_kept(site_content):
    other = Workflow.objects.create(name="管理者が選んだワークフロー")
    root_assignment = WorkflowPage.objects.get(page=Page.get_first_root_node())
    root_assignment.workflow = other
    root_assignment.save()
    run_loader()
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == other


def test_wagtails_own_default_workflow_on_the_root_is_replaced(empty_site):
    default = Workflow.objects.create(name="Moderators approval")
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=default)
    run_loader()
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == WORKFLOW_NAME
    task = Workflow.objects.get(name=WORKFLOW_NAME).tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [REVIEWER_GROUP]


# --- a small fixture of our own: the format, the home texts and the content errors ----------

FIXTURE_SOURCES = [
    {
        "key": "fixture-guideline",
        "title": "テスト用のガイドライン",
        "publisher": "テスト学会",
        "date": "2020-01",
        "url": "https://example.org/guideline",
        "kind": "guideline",
        "note": "",
    },
    {
        "key": "fixture-news",
        "title": "テスト用の報道",
        "publisher": "テスト新聞",
        "date": "",
        "url": "",
        "kind": "news",
        "note": "報道の要約です。",
    },
]
FIXTURE_TERMS = [
    {
        "term": "テスト語",
        "reading": "てすとご",
        "definition": "テスト用のことばです。",
        "sources": ["fixture-guideline"],
        "page": "a1",
    },
]


def fixture_page(slug="a1", **changes):
    page = {
        "slug": slug,
        "parent": "learn",
        "kind": "article",
        "title": "テスト用の解説",
        "lead": "テスト語について説明します。",
        "body": [
            {"type": "heading", "text": "見出し", "level": "h2"},
            {
                "type": "paragraph",
                "text": '<p>テスト語の説明です。<a href="https://example.org/x">外のページ</a></p>',
                "sources": ["fixture-news"],
            },
            {
                "type": "timeline",
                "events": [{"year": "2020", "text": "できごと", "source": "fixture-guideline"}],
            },
            {
                "type": "faq",
                "items": [
                    {"question": "質問", "answer": "<p>答え</p>", "sources": ["fixture-news"]}
                ],
            },
            {
                "type": "figure",
                "title": "図",
                "unit": "件",
                "bars": [{"label": "A", "value": 10}, {"label": "B", "value": 2.5}],
                "source": "fixture-guideline",
                "caption": "",
            },
            {"type": "glossary_term", "term": "テスト語"},
        ],
        "points": [{"text": "ポイントの文です。", "sources": ["fixture-guideline"]}],
        "known": [{"text": "わかっていること。", "sources": ["fixture-guideline"]}],
        "not_known": [{"text": "わかっていないこと。", "sources": ["fixture-news"]}],
        "challenges": [],
        "last_reviewed": "2026-11-28",
        "next_review_due": "2027-05-28",
        "changelog": [{"date": "2026-11-28", "text": "公開しました。"}],
        "search_description": "テスト用のページです。",
    }
    page.update(changes)
    return page


def fixture_data(pages=None, home=None):
    return ContentData(
        sources=FIXTURE_SOURCES,
        terms=FIXTURE_TERMS,
        pages=pages if pages is not None else [fixture_page()],
        home=home or {"title": "テストのサイト", "lead": "最初のリード文です。"},
        learn_section={"slug": "learn", "title": "学ぶ", "lead": ""},
    )


def test_a_small_fixture_loads_and_renders(empty_site, client):
    load_content(io.StringIO(), fixture_data())
    response = client.get("/learn/a1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "テスト用の解説" in html
    assert 'href="#source-1"' in html and 'href="#source-2"' in html
    # The editorial note stays in the admin; the reference list shows each source's kind.
    assert "報道の要約です。" not in html
    assert "報道" in html and "指針" in html
    term = GlossaryTerm.objects.get(term="テスト語")
    assert term.page.slug == "a1"
    assert f'href="#term-{term.pk}"' in html
    assert Source.objects.get(key="fixture-news").published == ""
    # Outbound links in rich text keep our address from the site they lead to.
    assert (
        '<a href="https://example.org/x" rel="noopener noreferrer" referrerpolicy="no-referrer">'
        in html
    )


def test_points_load_render_first_and_number_their_citations_first(empty_site, client):
    load_content(io.StringIO(), fixture_data())
    page = ArticlePage.objects.get(slug="a1")
    assert [block.value["text"] for block in page.key_points] == ["ポイントの文です。"]
    html = client.get("/learn/a1/").content.decode()
    points = html.index("data-key-points")
    assert points < html.index("article__body") < html.index("質問")
    # The first source cited on the page is the one under the points: it is [1].
    assert html.index('href="#source-1"', points) < html.index("article__body")


def test_a_term_keeps_its_sources_and_a_source_has_no_invented_checked_date(empty_site):
    load_content(io.StringIO(), fixture_data())
    term = GlossaryTerm.objects.get(term="テスト語")
    assert [source.key for source in term.source_list] == ["fixture-guideline"]
    assert set(Source.objects.values_list("last_checked", flat=True)) == {None}


def test_a_term_with_an_unknown_source_stops_the_load(empty_site):
    data = fixture_data()
    data.terms = [{**FIXTURE_TERMS[0], "sources": ["nope"]}]
    with pytest.raises(ContentError) as error:
        load_content(io.StringIO(), data)
    assert "'nope'" in str(error.value) and "テスト語" in str(error.value)


def test_home_key_facts_load_after_the_sources_and_render_with_citations(empty_site, client):
    facts = [{"text": "大事なことの文です。", "sources": ["fixture-news"]}]
    load_content(io.StringIO(), fixture_data(home={"title": "テストのサイト", "key_facts": facts}))
    home = HomePage.objects.get()
    assert [block.value["text"] for block in home.key_facts] == ["大事なことの文です。"]
    html = client.get("/").content.decode()
    assert "まず知ってほしいこと" in html and "大事なことの文です。" in html
    assert 'href="#source-1"' in html and 'id="source-1"' in html
    assert "テスト新聞" in html


def test_home_texts_are_used_only_when_the_home_page_is_created(empty_site):
    load_content(io.StringIO(), fixture_data())
    load_content(
        io.StringIO(), fixture_data(home={"title": "別の題", "lead": "別のリード文です。"})
    )
    home = HomePage.objects.get()
    assert (home.title, home.lead) == ("テストのサイト", "最初のリード文です。")


@pytest.mark.parametrize(
    ("page_data", "message"),
    [
        (
            fixture_page(known=[{"text": "出典のない項目。", "sources": []}]),
            "出典が1つもありません",
        ),
        (
            fixture_page(body=[{"type": "paragraph", "text": "<p>x</p>", "sources": ["nope"]}]),
            "'nope'",
        ),
        (fixture_page(body=[{"type": "glossary_term", "term": "ない語"}]), "'ない語'"),
        (fixture_page(body=[{"type": "video"}]), "知らないブロック"),
        (fixture_page(last_reviewed="2026/11/28"), "YYYY-MM-DD"),
        (fixture_page(parent="nowhere"), "parent"),
    ],
)
def test_content_errors_stop_the_load_and_name_the_page(empty_site, page_data, message):
    with pytest.raises(ContentError) as error:
        load_content(io.StringIO(), fixture_data(pages=[page_data]))
    assert message in str(error.value)
    assert "a1" in str(error.value)
