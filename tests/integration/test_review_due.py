"""Editors see, in the admin, the pages whose next review date has passed: a report under
Reports (oldest due date first, with a spreadsheet export) and a dashboard panel."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from learn.models import GlossaryPage, review_due_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def due_pages(make_article):
    today = timezone.localdate()
    return {
        "long_overdue": make_article(
            title="ずっと前に期限が来たページ", next_review_due=today - datetime.timedelta(days=90)
        ),
        "overdue": make_article(
            title="きのう期限が来たページ", next_review_due=today - datetime.timedelta(days=1)
        ),
        "due_today": make_article(title="きょうが期限のページ", next_review_due=today),
        "fresh": make_article(
            title="まだ期限が来ないページ", next_review_due=today + datetime.timedelta(days=30)
        ),
    }


def test_review_due_pages_are_the_past_ones_oldest_first(due_pages):
    titles = [page.title for page in review_due_pages()]
    assert titles[:2] == ["ずっと前に期限が来たページ", "きのう期限が来たページ"]
    assert "きょうが期限のページ" not in titles
    assert "まだ期限が来ないページ" not in titles
    assert due_pages["overdue"].review_overdue
    assert not due_pages["fresh"].review_overdue


def test_report_lists_overdue_pages_and_not_fresh_ones(client, editor, due_pages):
    client.force_login(editor)
    response = client.get(reverse("learn_review_due"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "見直しが必要なページ" in html
    assert html.index("ずっと前に期限が来たページ") < html.index("きのう期限が来たページ")
    assert "まだ期限が来ないページ" not in html
    assert "きょうが期限のページ" not in html
    edit = reverse("wagtailadmin_pages:edit", args=(due_pages["overdue"].pk,))
    assert edit in html
    due = due_pages["overdue"].next_review_due
    assert f"{due.year}年{due.month}月{due.day}日" in html
    assert "1日" in html  # days overdue


def test_report_exports_a_spreadsheet(client, reviewer, due_pages):
    client.force_login(reviewer)
    response = client.get(reverse("learn_review_due"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    assert "次の見直し予定日" in body
    assert "ずっと前に期限が来たページ" in body
    assert "まだ期限が来ないページ" not in body


def test_dashboard_panel_and_reports_menu_point_to_the_report(client, editor, due_pages):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "次の見直し予定日を過ぎたページが、2件あります。" in html
    assert "ずっと前に期限が来たページ" in html
    assert "まだ期限が来ないページ" not in html
    assert reverse("learn_review_due") in html  # the panel's link and the Reports menu item


def test_dashboard_says_so_when_nothing_is_overdue(client, editor, site_content):
    assert not review_due_pages().exists()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "見直しの予定日を過ぎたページは、ありません。" in html


def test_report_is_for_signed_in_editors_only(client, due_pages, django_user_model):
    response = client.get(reverse("learn_review_due"))
    assert response.status_code == 302 and "/admin/login/" in response.url
    # Someone who may use the admin but has no page permissions gets no report.
    from django.contrib.auth.models import Permission

    outsider = django_user_model.objects.create_user("outsider", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    response = client.get(reverse("learn_review_due"))
    assert response.status_code in (302, 403)
    assert (
        "ずっと前に期限が来たページ"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_subclasses_of_article_pages_are_included(client, editor, site_content):
    # The glossary page is an ArticlePage subclass, like the checker's criterion pages.
    glossary = GlossaryPage.objects.get()
    glossary.next_review_due = timezone.localdate() - datetime.timedelta(days=3)
    glossary.save_revision().publish()
    client.force_login(editor)
    html = client.get(reverse("learn_review_due")).content.decode()
    assert glossary.title in html
    assert "用語集ページ" in html  # the page type column
