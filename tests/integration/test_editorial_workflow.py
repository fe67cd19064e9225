"""The editorial workflow through Wagtail's admin: 編集者 cannot publish, 監修者 approve and
publish, scheduled publishing waits for its time, and every published version is kept."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageLogEntry,
    Revision,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP, TASK_NAME, WORKFLOW_NAME
from learn.models import ArticlePage

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def public_html(client, page):
    client.logout()
    response = client.get(page.url)
    return response.status_code, response.content.decode()


def arrive_at_scheduled_time(revision):
    """Move a scheduled revision's time into the past (rather than sleeping): both the approved
    time publish_scheduled looks at and the go-live time stored in the revision."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.refresh_from_db()
    content = dict(revision.content)
    content["go_live_at"] = past.isoformat()
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=past, content=content)


def admin_time(moment):
    """How the admin's date-time widget posts a time (local time, minutes)."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def test_load_initial_content_creates_the_groups_and_the_site_workflow(site_content):
    root = Page.get_first_root_node()
    workflow_page = WorkflowPage.objects.get(page=root)
    assert workflow_page.workflow.name == WORKFLOW_NAME
    assert workflow_page.workflow.active
    tasks = [task.specific for task in workflow_page.workflow.tasks]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert isinstance(tasks[0], GroupApprovalTask)
    assert [group.name for group in tasks[0].groups.all()] == [REVIEWER_GROUP]
    for model in ("source", "glossaryterm"):
        assert WorkflowContentType.objects.get(content_type__model=model).workflow_id == (
            workflow_page.workflow_id
        )
    # Every page of the site falls under the workflow.
    article = ArticlePage.objects.get(slug="what-are-exosomes")
    assert article.get_workflow().name == WORKFLOW_NAME


def test_permissions_editor_cannot_publish_reviewer_can(editor, reviewer, make_article):
    page = make_article()
    editor_perms = page.permissions_for_user(editor)
    reviewer_perms = page.permissions_for_user(reviewer)
    assert editor_perms.can_edit()
    assert editor_perms.can_submit_for_moderation()
    assert not editor_perms.can_publish()
    assert not editor_perms.can_unpublish()
    assert reviewer_perms.can_publish()
    for model in ("source", "glossaryterm"):
        assert editor.has_perm(f"learn.change_{model}")
        assert not editor.has_perm(f"learn.publish_{model}")
        assert reviewer.has_perm(f"learn.publish_{model}")
    assert editor.groups.get().name == EDITOR_GROUP


def test_editor_pressing_publish_only_saves_a_draft(client, editor, make_article, article_form):
    page = make_article(title="元の題です")
    client.force_login(editor)
    response = client.post(
        edit_url(page), article_form(page, title="編集者が変えた題です", **{"action-publish": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.title == "元の題です"
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "編集者が変えた題です"
    status, html = public_html(client, page)
    assert status == 200
    assert "元の題です" in html
    assert "編集者が変えた題です" not in html


def test_moderation_workflow_end_to_end(client, editor, reviewer, make_article, article_form):
    page = make_article(title="確認の前の題です")

    # 1. The editor edits and submits for review.
    client.force_login(editor)
    response = client.post(
        edit_url(page), article_form(page, title="確認を待つ題です", **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    assert task_state.task.name == TASK_NAME
    assert public_html(client, page)[1].count("確認を待つ題です") == 0

    # 2. The editor cannot approve their own submission.
    client.force_login(editor)
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    response = client.post(approve_url, {"comment": ""})
    # Wagtail answers "permission denied" by sending the user back to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # 3. The reviewer sees it on the dashboard, approves it, and it is published.
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "確認を待つ題です" in dashboard
    response = client.post(approve_url, {"comment": "出典を確かめました。"})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page.refresh_from_db()
    assert page.title == "確認を待つ題です"
    assert not page.has_unpublished_changes
    status, html = public_html(client, page)
    assert status == 200
    assert "確認を待つ題です" in html
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 2


def test_reviewer_can_publish_directly(client, reviewer, make_article, article_form):
    page = make_article(title="監修前の題です")
    client.force_login(reviewer)
    response = client.post(
        edit_url(page),
        article_form(page, title="監修者が公開した題です", **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    status, html = public_html(client, page)
    assert status == 200
    assert "監修者が公開した題です" in html


def test_scheduled_version_appears_only_after_its_time(
    client, reviewer, make_article, article_form
):
    page = make_article(title="今の題です")
    client.force_login(reviewer)
    later = timezone.now() + datetime.timedelta(days=1)
    response = client.post(
        edit_url(page),
        article_form(
            page, title="予約した題です", go_live_at=admin_time(later), **{"action-publish": "1"}
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    scheduled = Revision.page_revisions.get(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )
    assert scheduled.approved_go_live_at > timezone.now()

    # Before its time, publish_scheduled leaves the live page alone.
    call_command("publish_scheduled")
    assert "今の題です" in public_html(client, page)[1]
    assert "予約した題です" not in public_html(client, page)[1]

    arrive_at_scheduled_time(scheduled)
    call_command("publish_scheduled")
    status, html = public_html(client, page)
    assert status == 200
    assert "予約した題です" in html


def test_new_page_scheduled_for_later_is_not_served_until_then(client, learn_section):
    source_page = ArticlePage.objects.get(slug="history")
    page = ArticlePage(
        title="あとで公開するページです",
        slug="scheduled-later",
        lead="リード文です。",
        last_reviewed=source_page.last_reviewed,
        next_review_due=source_page.next_review_due,
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(hours=2),
    )
    learn_section.add_child(instance=page)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert client.get("/learn/scheduled-later/").status_code == 404
    call_command("publish_scheduled")
    assert client.get("/learn/scheduled-later/").status_code == 404

    arrive_at_scheduled_time(revision)
    call_command("publish_scheduled")
    response = client.get("/learn/scheduled-later/")
    assert response.status_code == 200
    assert "あとで公開するページです" in response.content.decode()


def test_revision_history_keeps_every_published_version(
    client, reviewer, make_article, article_form
):
    page = make_article(title="第1版の題です")
    client.force_login(reviewer)
    for title in ("第2版の題です", "第3版の題です"):
        page.refresh_from_db()
        response = client.post(
            edit_url(page), article_form(page, title=title, **{"action-publish": "1"})
        )
        assert response.status_code == 302
    page.refresh_from_db()
    revisions = list(page.revisions.order_by("created_at"))
    titles = [revision.content["title"] for revision in revisions]
    assert titles == ["第1版の題です", "第2版の題です", "第3版の題です"]
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 3

    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200
    # Every old version can still be opened in the admin.
    first = revisions[0]
    view = client.get(reverse("wagtailadmin_pages:revisions_view", args=(page.pk, first.pk)))
    assert view.status_code == 200
    assert "第1版の題です" in view.content.decode()
