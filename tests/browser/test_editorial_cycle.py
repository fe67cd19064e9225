"""The whole editorial cycle in Chromium, as 編集者 and 監修者 in Japanese: an editor writes an
article, finds a source in the chooser by a Japanese word, sees the article in the preview panel
(no Content-Security-Policy violation), checks the Japanese checks panel and submits; the
reviewer's approval is refused while the source is unpublished and while a banned phrase is in
the text, then goes through. axe runs on the editor page."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP
from learn.models import ArticlePage, SectionPage, Source

from .conftest import ARTIFACTS, describe

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery staple"
TITLE = "点滴を受ける前に読むページ"
# axe rules whose violations come from Wagtail's own editor markup (not from our templates);
# reported in the failure message, see test_editor_page_axe below.
TIMEOUT = 30_000


@pytest.fixture
def cycle_site(live_server, site_content, django_user_model):
    for username, group in (("henshu", EDITOR_GROUP), ("kanshu", REVIEWER_GROUP)):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    source = Source(
        key="cycle-draft-source",
        title="再生医療の安全性に関する未公開テスト資料",
        publisher="テスト委員会",
        kind="regulator",
        last_checked=datetime.date(2026, 11, 28),
        live=False,
    )
    source.save()
    source.save_revision()
    return live_server.url, source


def sign_in(browser, base, username):
    context = browser.new_context(locale="ja-JP", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT)
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/admin/$"))
    return page, violations


def db(read, attempts=20):
    """Read from the test database while the live server may be writing (SQLite locks)."""
    from django.db import OperationalError

    for attempt in range(attempts):
        try:
            return read()
        except OperationalError:
            if attempt == attempts - 1:
                raise
            import time

            time.sleep(0.5)


def click_hidden(page, selector):
    """Footer actions sit in a drop-down; press the button itself as a click would."""
    page.evaluate("(s) => document.querySelector(s).click()", selector)


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"cycle-{name}.png"), full_page=True)


def test_editor_and_reviewer_cycle(browser, cycle_site, axe_violations):
    base, draft = cycle_site
    run_cycle(browser, base, draft, axe_violations)


def run_cycle(browser, base, draft, axe_violations):
    """The cycle itself (also runnable against a development server)."""
    learn = db(lambda: SectionPage.objects.get(slug="learn"))

    # --- 編集者: write the article and cite a source found by a Japanese word -------------
    editor, csp_errors = sign_in(browser, base, "henshu")
    editor.goto(f"{base}/admin/pages/add/learn/articlepage/{learn.pk}/")
    editor.fill("#id_title", TITLE)
    editor.fill("#id_lead", "点滴を受ける前に、知っておきたいことをまとめます。")
    # The review dates are filled in already.
    assert editor.input_value("#id_last_reviewed")
    assert editor.input_value("#id_next_review_due")

    known = editor.locator("[data-contentpath='known_claims']").first
    known.locator("button.c-sf-add-button").first.click()
    claim_text = known.locator("[data-contentpath='text'] textarea")
    claim_text.fill("この治療は安全です。")
    # The source list starts empty; add one row and open the chooser.
    known.locator("[data-contentpath='sources'] button.c-sf-add-button").first.click()
    known.locator(
        "[data-contentpath='sources'] button.action-choose, "
        "[data-contentpath='sources'] [data-chooser-action-choose]"
    ).first.click()
    modal = editor.locator(".modal .modal-content").last
    modal.locator("input[name=q]").fill("再生医療")
    result = modal.get_by_role("link", name=re.compile("未公開テスト資料"))
    result.wait_for()
    result.click()
    editor.wait_for_function(
        "() => [...document.querySelectorAll('[data-contentpath=known_claims] .chooser__title')]"
        ".some(e => e.textContent.includes('未公開テスト資料'))"
    )
    shot(editor, "1-editor-form")

    # Save the draft: a romanised ASCII slug, warnings about what publishing needs.
    with editor.expect_navigation(url=re.compile(r".*/admin/pages/\d+/edit/$")):
        editor.locator(".action-save").first.click()
    article = db(lambda: ArticlePage.objects.get(title=TITLE))
    assert re.fullmatch(r"[a-z0-9-]+", article.slug), article.slug
    warnings = editor.locator(".messages").inner_text()
    assert "未公開テスト資料" in warnings and "安全です" in warnings

    # The preview panel shows the article, with no CSP violation.
    editor.locator("[data-side-panel-toggle='preview']").click()
    frame = editor.frame_locator("#w-preview-iframe")
    frame.locator("h1").filter(has_text=TITLE).wait_for()
    # The Japanese checks panel (replacing Wagtail's word counts).
    editor.locator("[data-side-panel-toggle='checks']").click()
    checks = editor.locator("[data-learn-checks]")
    checks.locator("[data-learn-check='banned']").filter(has_text="安全です").wait_for()
    assert "文字" in checks.locator("[data-learn-check='chars']").inner_text()
    assert checks.locator("[data-learn-check='readability']").inner_text() != "-"
    shot(editor, "2-editor-preview")
    assert csp_errors == [], csp_errors

    results = axe_violations(editor)
    editor_axe = describe(results)

    click_hidden(editor, "button[name='action-submit']")
    editor.wait_for_load_state()
    editor.context.close()

    # --- 監修者: approval refused (unpublished source), refused (banned phrase), approved ---
    reviewer, reviewer_csp = sign_in(browser, base, "kanshu")
    edit_url = f"{base}/admin/pages/{article.pk}/edit/"

    def approve():
        reviewer.goto(edit_url)
        click_hidden(reviewer, "button[data-workflow-action-name='approve']")
        dialog = reviewer.locator(".modal .modal-content").last
        dialog.locator("[data-review-citations]").wait_for()
        text = dialog.inner_text()
        dialog.locator("form button[type=submit]").click()
        reviewer.wait_for_load_state()
        return text

    dialog_text = approve()
    assert "未公開" in dialog_text and "未公開テスト資料" in dialog_text
    reviewer.locator(".help-critical, .error-message, .messages").filter(
        has_text="まだ公開されていない出典"
    ).first.wait_for()
    shot(reviewer, "3-refused-source")
    db(article.refresh_from_db)
    assert not article.live

    db(draft.refresh_from_db)
    db(draft.latest_revision.publish)  # the source passes its own review

    approve()
    reviewer.locator(".help-critical, .error-message, .messages").filter(
        has_text="使わないことば"
    ).first.wait_for()
    shot(reviewer, "4-refused-banned")
    db(article.refresh_from_db)
    assert not article.live

    # The reviewer rewrites the sentence, saves, and approves.
    reviewer.goto(edit_url)
    text = reviewer.locator("[data-contentpath='known_claims'] [data-contentpath='text'] textarea")
    text.fill("この治療の効果は、まだわかっていません。")
    assert text.input_value() == "この治療の効果は、まだわかっていません。"
    with reviewer.expect_navigation(url=re.compile(r".*/admin/pages/\d+/edit/$")):
        reviewer.locator(".action-save").first.click()
    latest = db(lambda: ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object())
    assert "まだわかっていません" in str(latest.known_claims[0].value["text"])
    dialog_text = approve()
    assert "公開中" in dialog_text
    reviewer.wait_for_load_state()
    db(article.refresh_from_db)
    for _ in range(20):
        if article.live:
            break
        reviewer.wait_for_timeout(500)
        db(article.refresh_from_db)
    shot(reviewer, "5-approved")
    assert article.live, reviewer.locator(".messages").inner_text()
    assert reviewer_csp == [], reviewer_csp

    public = reviewer.context.new_page()
    public.goto(base + article.url)
    assert TITLE in public.locator("h1").inner_text()
    assert "未公開テスト資料" in public.content()
    reviewer.context.close()

    assert results == [], editor_axe
