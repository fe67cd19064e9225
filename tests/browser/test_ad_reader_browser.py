"""The ad-text reader in Debian's Chromium at 390×844: a patient pastes an advert and reads what
its words mean, with JavaScript on (htmx swaps the result in place, focus moves to it) and off
(a plain form post); axe finds nothing on the form, the result and 「広告でよく見ることば」."""

from __future__ import annotations

import pytest

from .conftest import ARTIFACTS, describe

pytestmark = pytest.mark.django_db(transaction=True)

EXAMPLE_AD = "幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ"
# The words the issue names, and the phrase each must be explained under.
EXPECTED = {
    "点滴": "drip-injection",
    "100億個": "particle-count",
    "国内製造": "made-in-japan",
    "若返り": "anti-aging",
    "免疫力": "immunity",
}
DISCLOSURES = ["unapproved", "source", "domestic_alternatives", "foreign_safety", "relief_system"]


@pytest.fixture
def site_url(live_server, site_content):
    return live_server.url


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def check_result(page):
    """What a patient must see: each word marked and explained, the missing disclosures."""
    result = page.locator("[data-ad-result]")
    assert result.is_visible()
    for word, slug in EXPECTED.items():
        mark = page.locator(f'[data-ad-text] mark[data-phrase="{slug}"]')
        assert word in mark.all_inner_texts(), (word, mark.all_inner_texts())
        explanation = page.locator(f'[data-phrase-explanation="{slug}"]')
        assert explanation.is_visible()
        text = explanation.inner_text()
        assert word in text  # 「文の中では:「点滴」」
        assert len(explanation.locator(".ad-phrase__explanation").inner_text()) > 20
    missing = page.locator('[data-disclosures-missing] [data-disclosure-found="no"]')
    assert missing.evaluate_all("els => els.map(e => e.dataset.disclosure)") == DISCLOSURES
    assert missing.first.is_visible()
    assert page.locator("a[data-start-check]").get_attribute("href") == "/check/"
    assert "見つかりませんでした" in result.inner_text()
    for banned in ("本物", "偽物", "安全です", "危険です", "違法"):
        assert banned not in result.inner_text()


def test_paste_and_read_with_javascript(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/check/ad/")
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == [], describe(axe_violations(page))
    screenshot("ad-reader-form")

    page.evaluate("window.__notReloaded = true")
    page.fill("textarea[name=text]", EXAMPLE_AD)
    page.click("button[data-ad-submit]")
    page.wait_for_selector("[data-ad-result]")
    assert page.evaluate("window.__notReloaded === true"), "htmx swapped the result in place"
    assert page.url == site_url + "/check/ad/", "the text never goes into the URL"
    # Focus moves when htmx has settled the swap, a moment after the result appears.
    page.wait_for_function("() => document.activeElement.id === 'ad-result-heading'", timeout=5000)
    check_result(page)
    assert page.locator("textarea[name=text]").input_value() == EXAMPLE_AD
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == [], describe(axe_violations(page))
    screenshot("ad-reader-result-js")

    # A mark leads to its explanation.
    page.locator('mark[data-phrase="particle-count"] a').click()
    assert page.url.endswith("#phrase-particle-count")
    assert page.locator("#phrase-particle-count").is_visible()

    # An error is swapped in the same way, and takes focus.
    page.fill("textarea[name=text]", "   ")
    page.click("button[data-ad-submit]")
    page.wait_for_selector("[data-error-summary]")
    assert page.evaluate("window.__notReloaded === true")
    page.wait_for_function(
        "() => document.activeElement.matches('[data-error-summary]')", timeout=5000
    )
    assert not page.locator("[data-ad-result]").count()
    assert axe_violations(page) == [], describe(axe_violations(page))
    screenshot("ad-reader-error-js")


def test_paste_and_read_without_javascript(browser, site_url, axe_violations):
    context = browser.new_context(
        java_script_enabled=False, locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(site_url + "/check/ad/")
        page.fill("textarea[name=text]", EXAMPLE_AD)
        with page.expect_navigation():
            page.click("button[data-ad-submit]")
        assert page.url == site_url + "/check/ad/#ad-result", "no text in the URL"
        box = page.locator("#ad-result-heading").bounding_box()
        assert 0 <= box["y"] < 844, "the browser lands on the result, not on the form"
        check_result(page)
        assert no_horizontal_scroll(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "ad-reader-result-nojs.png"), full_page=True)
        html = page.content()

        page.fill("textarea[name=text]", "あ" * 5001)
        with page.expect_navigation():
            page.click("button[data-ad-submit]")
        assert page.title().startswith("エラー:")
        assert "5,000文字まで" in page.locator("[data-error-summary]").inner_text()
        error_html = page.content()
    finally:
        context.close()

    # axe needs JavaScript: check the same markup in a page that has it.
    checker = browser.new_page(locale="ja-JP", viewport={"width": 390, "height": 844})
    try:
        for markup in (html, error_html):
            checker.goto(site_url + "/check/ad/")
            checker.set_content(markup)
            assert axe_violations(checker) == [], describe(axe_violations(checker))
    finally:
        checker.close()


def test_the_ad_words_page(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/learn/ad-words/")
    assert page.locator("h1").inner_text() == "広告でよく見ることば"
    assert page.locator("[data-phrase-explanation]").count() >= 16
    assert page.locator('[data-phrase-explanation="particle-count"] .cite__mark').count() >= 1
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == [], describe(axe_violations(page))
    screenshot("ad-words-page")
    page.click("a[data-ad-reader-link]")
    page.wait_for_url(site_url + "/check/ad/")
