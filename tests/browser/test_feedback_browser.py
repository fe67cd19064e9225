"""In Chromium at phone size: a reader answers 「このページは役に立ちましたか」 with JavaScript on
(the steps swap in place) and off (plain pages), and an editor reads both in the admin report."""

import pytest
from django.contrib.auth.models import Group

from learn.editorial import EDITOR_GROUP
from tests.browser.conftest import describe

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(site_content):
    from learn.models import ArticlePage

    return ArticlePage.objects.live().get(slug="what-are-exosomes")


def answer(page, url, choice, comment):
    page.goto(url)
    section = page.locator("[data-feedback]")
    section.scroll_into_view_if_needed()
    section.get_by_role("button", name=choice, exact=True).click()
    page.get_by_label("よければ、ひとこと教えてください").fill(comment)
    page.get_by_role("button", name="送る").click()
    page.get_by_text("ありがとうございました").wait_for()


def test_feedback_with_javascript_stays_on_the_article(live_server, page, article, axe_violations):
    url = live_server.url + article.url
    page.goto(url)
    page.locator("[data-feedback]").get_by_role("button", name="はい", exact=True).click()
    page.get_by_label("よければ、ひとこと教えてください").wait_for()
    assert page.url == url  # swapped in place, no navigation
    assert axe_violations(page) == [], describe(axe_violations(page))
    page.get_by_label("よければ、ひとこと教えてください").fill("図がわかりやすかったです。")
    page.get_by_role("button", name="送る").click()
    page.get_by_text("ありがとうございました").wait_for()
    assert page.url == url
    assert page.evaluate("document.activeElement.closest('[data-feedback]') !== null")

    from feedback.models import PageFeedback

    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.helpful, stored.comment) == (
        article.pk,
        True,
        "図がわかりやすかったです。",
    )


def test_feedback_without_javascript_and_the_editors_report(
    live_server, browser, page, article, django_user_model
):
    context = browser.new_context(
        java_script_enabled=False, locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    reader = context.new_page()
    answer(reader, live_server.url + article.url, "いいえ", "むずかしい言葉が多かったです。")
    assert "/feedback/" in reader.url  # ordinary pages, one after the other
    reader.get_by_role("link", name=f"「{article.title}」にもどる").click()
    assert reader.url == live_server.url + article.url
    context.close()

    editor = django_user_model.objects.create_user("henshu", password="feedback-pass-123")
    editor.groups.add(Group.objects.get(name=EDITOR_GROUP))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "henshu")
    page.fill("input[name=password]", "feedback-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/reports/feedback/")
    row = page.locator("tr", has_text=article.title)
    assert row.count() == 1
    row.get_by_role("link", name=article.title).click()
    page.get_by_text("むずかしい言葉が多かったです。").wait_for()
    assert page.get_by_text("いいえ").count() >= 1
