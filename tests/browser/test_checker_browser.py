"""The checker in Debian's Chromium at 390px: the whole check with JavaScript on (htmx swaps the
step, pushes the URL, moves focus) and off (plain GET forms), back/forward, errors, print, axe."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from checker import rules

from .conftest import ARTIFACTS, describe

pytestmark = pytest.mark.django_db(transaction=True)

# One path through the check, with the result the spec gives for each answer.
PATH = [
    ("approval_status", {"approval_status": ["reagent"]}, "said_no"),
    ("ad_required_disclosures", {"ad_required_disclosures": ["unapproved", "source"]}, "partial"),
    ("regulatory_wording", {"regulatory_wording": ["none"]}, "na"),
    ("particle_count_only", {"particle_count_only": ["count_only"]}, "not_shown"),
    ("ev_marker_panel", {"ev_marker_panel": ["both"]}, "shown"),
    ("impurity_check", {"impurity_check": ["unknown"]}, "unknown"),
    ("source_and_donor", {"source_and_donor": ["one"]}, "partial"),
    ("lot_safety_tests", {"lot_safety_tests": ["none"]}, "not_shown"),
    ("human_evidence", {"human_evidence": ["testimonials_only"]}, "not_shown"),
    ("research_registration", {"research_registration": ["free_practice"]}, "said_no"),
    ("broad_claims", {"broad_claims": ["many_claims"]}, "not_shown"),
    (
        "consent_and_risks",
        {"consent_and_risks": ["risks", "costs"], "consent_pressure": ["yes"]},
        "not_shown",
    ),
]
PRODUCT = "テスト用エキス"


def complete_query(product=PRODUCT):
    pairs = [(name, v) for _key, fields, _code in PATH for name, vs in fields.items() for v in vs]
    return urlencode([*pairs, ("product", product)])


@pytest.fixture
def site_url(live_server, site_content):
    return live_server.url


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def answer(page, fields):
    for name, values in fields.items():
        for value in values:
            page.check(f"input[name={name}][value={value}]")


def check_result(page):
    findings = page.locator("[data-criterion]")
    assert findings.count() == 12
    got = [
        (
            findings.nth(i).get_attribute("data-criterion"),
            findings.nth(i).get_attribute("data-result"),
        )
        for i in range(12)
    ]
    assert got == [(key, code) for key, _fields, code in PATH]
    asked = page.locator("[data-ask]").evaluate_all("els => els.map(e => e.dataset.ask)")
    assert asked == [key for key, _f, code in PATH if code not in ("shown", "na")]
    assert PRODUCT in page.locator("[data-ask-list]").inner_text()
    assert "医療のアドバイスではありません" in page.locator("[data-disclaimer]").inner_text()


def test_whole_check_with_javascript(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/check/")
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == [], describe(axe_violations(page))
    page.click("a[data-start-button]")
    page.wait_for_url(re.compile(r"/check/q/approval_status/$"))
    # A marker on window survives only if no step reloads the page (htmx swaps the step).
    page.evaluate("window.__sameDocument = true")
    for index, (key, fields, _code) in enumerate(PATH):
        criterion = rules.get_criterion(key)
        assert page.locator("#check-step h1").inner_text() == criterion.question
        if index == 0:
            screenshot("checker-question-390")
            violations = axe_violations(page)
            assert violations == [], describe(violations)
        answer(page, fields)
        page.click("button[data-next-button]")
        if index + 1 < len(PATH):
            next_key = PATH[index + 1][0]
            page.wait_for_url(re.compile(rf"/check/q/{next_key}/\?"))
            expected = rules.get_criterion(next_key).question
        else:
            page.wait_for_url(re.compile(r"/check/answers/\?"))
            expected = "答えの確認"
        # Focus moves to the new heading, and the title follows the step.
        page.wait_for_function(
            "text => document.activeElement && document.activeElement.tagName === 'H1'"
            " && document.activeElement.textContent.trim() === text",
            arg=expected,
        )
        assert expected in page.title()
        assert page.evaluate("window.__sameDocument === true"), f"full reload after {key}"
        assert no_horizontal_scroll(page)
    assert "submitted" not in page.url
    screenshot("checker-answers-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.fill("#product", PRODUCT)
    page.click("button[data-result-button]")
    page.wait_for_url(re.compile(r"/check/result/\?"))
    check_result(page)
    assert no_horizontal_scroll(page)
    screenshot("checker-result-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_whole_check_without_javascript(browser, site_url):
    context = browser.new_context(
        java_script_enabled=False, locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(site_url + "/check/")
        page.click("a[data-start-button]")
        for index, (key, fields, _code) in enumerate(PATH):
            page.wait_for_url(re.compile(rf"/check/q/{key}/"))
            assert page.locator("h1").inner_text() == rules.get_criterion(key).question
            if index == 3:
                # An empty answer: the error summary, then the question again.
                page.click("button[data-next-button]")
                page.wait_for_url(re.compile(r"submitted=1"))
                assert page.title().startswith("エラー:")
                assert page.locator("[data-error-summary]").is_visible()
            answer(page, fields)
            page.click("button[data-next-button]")
        page.wait_for_url(re.compile(r"/check/answers/\?"))
        # A change link goes to the question and comes back to the answers page.
        page.click("a[data-change-link=impurity_check]")
        page.wait_for_url(re.compile(r"/check/q/impurity_check/"))
        assert page.is_checked("input[name=impurity_check][value=unknown]")
        page.click("button[data-next-button]")
        page.wait_for_url(re.compile(r"/check/answers/\?"))
        page.fill("#product", PRODUCT)
        page.click("button[data-result-button]")
        page.wait_for_url(re.compile(r"/check/result/\?"))
        check_result(page)
        # Without JavaScript the copy and print buttons stay hidden; the share link is a plain
        # link to the result's address (never printed as text).
        assert not page.locator("[data-copy-button]").is_visible()
        assert not page.locator("[data-print-button]").is_visible()
        share = page.locator("[data-share-url]")
        assert share.is_visible()
        assert share.evaluate("a => a.href").startswith(site_url + "/check/result/?")
    finally:
        context.close()


def wait_for_question(page, key):
    """Wait until the page shows this question (after a swap or a reload)."""
    page.wait_for_url(re.compile(rf"/check/q/{key}/"))
    page.wait_for_function(
        "key => { const f = document.querySelector('form[data-question]');"
        " return document.readyState === 'complete' && f && f.dataset.question === key; }",
        arg=key,
    )
    assert page.locator("h1").inner_text() == rules.get_criterion(key).question


def test_back_and_forward_with_javascript(page, site_url):
    page.goto(site_url + "/check/q/approval_status/")
    for index, (_key, fields, _code) in enumerate(PATH[:3]):
        answer(page, fields)
        page.click("button[data-next-button]")
        wait_for_question(page, PATH[index + 1][0])
    page.go_back()
    wait_for_question(page, "regulatory_wording")
    page.go_back()
    wait_for_question(page, "ad_required_disclosures")
    page.go_forward()
    wait_for_question(page, "regulatory_wording")
    # The back link (an htmx step) goes to the previous question with the answers kept.
    page.click("a.back-link")
    wait_for_question(page, "ad_required_disclosures")
    assert page.is_checked("input[name=ad_required_disclosures][value=source]")
    page.go_back()
    wait_for_question(page, "regulatory_wording")


def test_error_summary_takes_focus(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/check/q/approval_status/")
    page.click("button[data-next-button]")
    page.wait_for_selector("[data-error-summary]")
    page.wait_for_function("() => document.activeElement.hasAttribute('data-error-summary')")
    assert page.title().startswith("エラー:")
    screenshot("checker-error-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    # The summary's link moves to the field, which stays on the same page.
    url = page.url
    page.click("[data-error-summary] a")
    assert page.url.split("#")[0] == url.split("#")[0]
    # A full page load of an error page focuses the summary too.
    page.goto(site_url + "/check/q/lot_safety_tests/?lot_safety_tests=none&lot_safety_tests=virus")
    page.wait_for_function("() => document.activeElement.hasAttribute('data-error-summary')")
    assert page.is_checked("input[value=virus]") and page.is_checked("input[value=none]")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_invalid_url_page_passes_axe(page, site_url, axe_violations):
    response = page.goto(site_url + "/check/result/?approval_status=bogus")
    assert response.status == 400
    assert "この製品は" in page.locator("[data-error-summary]").inner_text()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_none_and_unknown_clear_the_other_choices(page, site_url):
    page.goto(site_url + "/check/q/lot_safety_tests/")
    page.check("input[value=sterility]")
    page.check("input[value=virus]")
    page.check("input[value=unknown]")
    assert not page.is_checked("input[value=sterility]")
    assert not page.is_checked("input[value=virus]")
    page.check("input[value=endotoxin]")
    assert not page.is_checked("input[value=unknown]")
    assert page.is_checked("input[value=endotoxin]")


def test_result_prints_the_ask_list_on_a4(page, site_url):
    page.goto(site_url + "/check/result/?" + complete_query())
    page.emulate_media(media="print")
    assert page.locator("[data-ask-list]").is_visible()
    assert page.locator("[data-ask]").first.is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".share").is_visible()
    assert not page.locator("[data-print-button]").is_visible()
    assert page.locator("[data-disclaimer]").is_visible()
    assert not page.locator(".site-footer").is_visible()  # the result has its own help
    # The list follows the findings without a forced page break (it also has its own one-page
    # handout at /check/questions/).
    ask_list = page.locator("[data-ask-list]")
    assert ask_list.evaluate("e => getComputedStyle(e).breakBefore") == "auto"
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "checker-result-print.png"), full_page=True)
    pdf = ARTIFACTS / "checker-result.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 1 <= pages <= 3, pages


def test_copy_button_copies_the_share_link(browser, site_url):
    context = browser.new_context(locale="ja-JP", viewport={"width": 390, "height": 844})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    try:
        page.goto(site_url + "/check/result/?" + complete_query())
        button = page.locator("[data-copy-button]")
        assert button.is_visible()
        button.click()
        page.wait_for_function(
            "() => document.querySelector('[data-copy-status]').textContent !== ''"
        )
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == page.locator("[data-share-url]").evaluate("a => a.href")
        assert "/check/result/?" in copied
        assert page.locator("[data-print-button]").is_visible()
    finally:
        context.close()


def test_start_page_and_criterion_pages_pass_axe(page, site_url, axe_violations):
    for path in ("/check/", "/checkpoints/", "/checkpoints/consent-and-risks/"):
        page.goto(site_url + path)
        assert no_horizontal_scroll(page), path
        violations = axe_violations(page)
        assert violations == [], (path, describe(violations))
