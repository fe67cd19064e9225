"""Source and GlossaryTerm in the admin: listings with filters and Japanese search, drafts,
previews, locking, revisions, and the same rule as pages (編集者 cannot publish)."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from learn.models import GlossaryTerm, Page, Source

pytestmark = pytest.mark.django_db

MODELS = {
    "source": {
        "model": Source,
        "form": {
            "title": "管理画面から加えた出典",
            "key": "admin-added",
            "publisher": "テスト発行元",
            "published": "2025-03",
            "url": "https://example.org/admin-added",
            "kind": "regulator",
            "note": "",
            "last_checked": "2026-11-28",
        },
        "field": "title",
    },
    "glossaryterm": {
        "model": GlossaryTerm,
        "form": {
            "term": "管理画面のことば",
            "reading": "かんりがめんのことば",
            "definition": "テスト用の説明です。",
            "sources-count": "0",
            "page": "",
        },
        "field": "term",
    },
}


def url(model_name, name, *args):
    return reverse(f"wagtailsnippets_learn_{model_name}:{name}", args=args)


def create(client, model_name, **extra):
    spec = MODELS[model_name]
    response = client.post(url(model_name, "add"), {**spec["form"], **extra})
    assert response.status_code == 302, response.content.decode()[:3000]
    return spec["model"].objects.get(**{spec["field"]: spec["form"][spec["field"]]})


@pytest.mark.parametrize("model_name", list(MODELS))
def test_editor_saves_drafts_but_cannot_publish(client, editor, model_name):
    client.force_login(editor)
    obj = create(client, model_name, **{"action-publish": "1"})
    assert not obj.live, "an editor's publish button only saves a draft"
    assert obj.revisions.count() == 1

    field = MODELS[model_name]["field"]
    response = client.post(
        url(model_name, "edit", obj.pk),
        {**MODELS[model_name]["form"], field: "編集者が直した", "action-publish": "1"},
    )
    assert response.status_code == 302
    obj.refresh_from_db()
    assert not obj.live
    assert obj.revisions.count() == 2
    assert getattr(obj.latest_revision.as_object(), field) == "編集者が直した"


@pytest.mark.parametrize("model_name", list(MODELS))
def test_editor_submits_and_reviewer_approves_through_the_workflow(
    client, editor, reviewer, model_name
):
    client.force_login(editor)
    obj = create(client, model_name, **{"action-submit": "1"})
    state = WorkflowState.objects.get(base_content_type__model=model_name, object_id=str(obj.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not obj.live

    client.force_login(reviewer)
    response = client.post(
        url(model_name, "workflow_action", obj.pk, "approve", state.current_task_state.pk),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    obj.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert obj.live


@pytest.mark.parametrize("model_name", list(MODELS))
def test_reviewer_publishes_directly(client, reviewer, model_name):
    client.force_login(reviewer)
    obj = create(client, model_name, **{"action-publish": "1"})
    assert obj.live
    assert obj.live_revision_id == obj.latest_revision_id


@pytest.mark.parametrize("model_name", list(MODELS))
def test_preview_answers_200_with_the_unsaved_text(client, editor, model_name):
    client.force_login(editor)
    obj = create(client, model_name)
    field = MODELS[model_name]["field"]
    preview_url = url(model_name, "preview_on_edit", obj.pk)
    changed = {**MODELS[model_name]["form"], field: "プレビューで見る文字"}
    response = client.post(preview_url, changed)
    assert response.status_code == 200
    assert response.json()["is_valid"] is True
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "プレビューで見る文字" in response.content.decode()
    # Previewing on the add form works too (with a new, still unique key/term).
    new = {**MODELS[model_name]["form"], field: "追加のプレビュー", "key": "another-key"}
    response = client.post(url(model_name, "preview_on_add"), new)
    assert response.json()["is_valid"] is True
    response = client.get(url(model_name, "preview_on_add"))
    assert response.status_code == 200
    assert "追加のプレビュー" in response.content.decode()


@pytest.mark.parametrize("model_name", list(MODELS))
def test_a_locked_snippet_cannot_be_changed_by_someone_else(client, editor, reviewer, model_name):
    client.force_login(reviewer)
    obj = create(client, model_name, **{"action-publish": "1"})
    response = client.post(url(model_name, "lock", obj.pk))
    assert response.status_code == 302
    obj.refresh_from_db()
    assert obj.locked and obj.locked_by == reviewer

    client.force_login(editor)
    field = MODELS[model_name]["field"]
    revisions = obj.revisions.count()
    client.post(url(model_name, "edit", obj.pk), {**MODELS[model_name]["form"], field: "上書き"})
    obj.refresh_from_db()
    assert obj.revisions.count() == revisions
    assert getattr(obj, field) == MODELS[model_name]["form"][field]
    # The editor has no unlock permission.
    client.post(url(model_name, "unlock", obj.pk))
    obj.refresh_from_db()
    assert obj.locked

    client.force_login(reviewer)
    client.post(url(model_name, "unlock", obj.pk))
    obj.refresh_from_db()
    assert not obj.locked


@pytest.mark.parametrize("model_name", list(MODELS))
def test_history_lists_every_revision(client, reviewer, model_name):
    client.force_login(reviewer)
    obj = create(client, model_name, **{"action-publish": "1"})
    field = MODELS[model_name]["field"]
    for value in ("二つめの版", "三つめの版"):
        client.post(
            url(model_name, "edit", obj.pk),
            {**MODELS[model_name]["form"], field: value, "action-publish": "1"},
        )
    values = [getattr(r.as_object(), field) for r in obj.revisions.order_by("created_at")]
    assert values == [MODELS[model_name]["form"][field], "二つめの版", "三つめの版"]
    assert client.get(url(model_name, "history", obj.pk)).status_code == 200


def test_source_listing_filters_and_searches_japanese(client, editor, site_content):
    client.force_login(editor)
    response = client.get(url("source", "list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "種類" in html and "最終確認日" in html

    # Japanese substrings are found without word segmentation (ORM search, not full-text).
    response = client.get(url("source", "list_results"), {"q": "厚生科学審議会"})
    assert "厚生科学審議会" in response.content.decode()
    response = client.get(url("source", "list_results"), {"kind": "news"})
    shown = response.content.decode()
    news = Source.objects.filter(kind="news").first()
    paper = Source.objects.filter(kind="paper").first()
    assert news.title in shown
    assert paper.title not in shown


def test_glossary_listing_is_in_reading_order_and_searchable(client, editor, site_content):
    client.force_login(editor)
    response = client.get(url("glossaryterm", "list_results"), {"q": "ばいよう"})
    assert "培養上清液" in response.content.decode()
    response = client.get(url("glossaryterm", "list"))
    assert response.status_code == 200


def test_a_glossary_term_can_link_to_a_page(client, reviewer, site_content):
    client.force_login(reviewer)
    page = Page.objects.get(slug="markers")
    obj = create(client, "glossaryterm", page=str(page.pk), **{"action-publish": "1"})
    assert obj.page_id == page.pk
    assert obj.live


def test_sources_are_not_reachable_without_signing_in(client, site_content):
    response = client.get(url("source", "list"))
    assert response.status_code == 302
    assert "/admin/login/" in response.url
