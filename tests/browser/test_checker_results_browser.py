"""The result that explains itself, the start page and the one-page question list, in Debian's
Chromium at 390×844, as a patient holding the advert of the report sees them:
「幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ」.
The copy button with JavaScript and the plain link without; the question list as a Chromium PDF
(exactly one A4 page in the worst case); axe."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from .conftest import ARTIFACTS, describe

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORT = {"width": 390, "height": 844}
KEYS = [
    "approval_status",
    "ad_required_disclosures",
    "regulatory_wording",
    "particle_count_only",
    "ev_marker_panel",
    "impurity_check",
    "source_and_donor",
    "lot_safety_tests",
    "human_evidence",
    "research_registration",
    "broad_claims",
    "consent_and_risks",
    "consent_pressure",
]
ADVERT = [
    ("approval_status", "unknown"),
    ("ad_required_disclosures", "none"),
    ("regulatory_wording", "none"),
    ("particle_count_only", "count_only"),
    ("ev_marker_panel", "unknown"),
    ("impurity_check", "unknown"),
    ("source_and_donor", "unknown"),
    ("lot_safety_tests", "unknown"),
    ("human_evidence", "unknown"),
    ("research_registration", "unknown"),
    ("broad_claims", "many_claims"),
    ("consent_and_risks", "none"),
    ("consent_pressure", "no"),
    ("product", "幹細胞培養上清エクソソーム点滴"),
]
# Worst case for the printed list: every criterion open, the longest product name allowed.
WORST = [(key, "unknown") for key in KEYS] + [("product", "幹細胞培養上清" + "エ" * 73)]


@pytest.fixture
def site_url(live_server, site_content):
    return live_server.url


def pdf_pages(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.pdf"
    page.pdf(path=str(path), format="A4")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def in_first_screen(page, selector):
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]


@pytest.mark.parametrize("javascript", [True, False])
def test_start_button_is_in_the_first_screen(browser, site_url, javascript, axe_violations):
    context = browser.new_context(java_script_enabled=javascript, locale="ja-JP", viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(site_url + "/check/")
        assert in_first_screen(page, "a[data-start-button]")
        facts = page.locator("[data-start-facts]").inner_text()
        assert "用意するもの" in facts and "10分ほど" in facts
        assert in_first_screen(page, "[data-start-facts]")
        if javascript:
            page.screenshot(path=str(ARTIFACTS / "checker-start-first-screen-390.png"))
            violations = axe_violations(page)
            assert violations == [], describe(violations)
    finally:
        context.close()


def test_result_for_the_advert_opens_with_a_summary(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/check/result/?" + urlencode(ADVERT))
    # The first screen: the heading, the product and the summary sentence.
    assert in_first_screen(page, "[data-summary-sentence]")
    summary = page.locator("[data-summary-sentence]").inner_text()
    assert summary.startswith("12の項目のうち、示されていた項目は、ありませんでした。")
    next_steps = page.locator("[data-next-steps]")
    assert "受けないことも、選べます。" in next_steps.inner_text()
    assert next_steps.locator("a[data-before-you-decide]").get_attribute("href") == (
        "/learn/before-you-decide/"
    )
    assert page.locator("[data-unwell-box] a[href='tel:119']").is_visible()
    # The three multi findings list their items; the pressure answer is its own sentence.
    consent = page.locator("[data-criterion=consent_and_risks]")
    assert consent.locator("[data-item]").count() == 6
    assert consent.locator("[data-item=consent_pressure]").get_attribute("data-item-shown") == "yes"
    sentences = consent.locator("[data-item-sentence]").all_inner_texts()
    assert sentences == [
        "書面での説明はなかったという答えでした。",
        "その日のうちに決めるよう、せかされなかったという答えでした。",
    ]
    ads = page.locator("[data-criterion=ad_required_disclosures]")
    assert ads.locator("[data-item][data-item-shown=no]").count() == 5
    assert "2024年3月22日" in ads.locator("[data-known-fact]").inner_text()
    approval = page.locator("[data-criterion=approval_status]")
    assert approval.locator(".result-tag").inner_text() == "まだ確かめられていません"
    assert "2024年7月31日" in approval.locator("[data-known-fact]").inner_text()
    # No raw address anywhere on screen.
    assert "/check/result/?" not in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot("checker-result-advert-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_copy_button_with_javascript_and_plain_link_without(browser, site_url):
    url = site_url + "/check/result/?" + urlencode(ADVERT)
    context = browser.new_context(locale="ja-JP", viewport=VIEWPORT)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    try:
        page.goto(url)
        button = page.locator("[data-copy-button]")
        assert button.is_visible()
        button.click()
        page.wait_for_function(
            "() => document.querySelector('[data-copy-status]').textContent !== ''"
        )
        assert page.locator("[data-copy-status]").inner_text() == "コピーしました。"
        assert page.evaluate("navigator.clipboard.readText()") == url
    finally:
        context.close()
    context = browser.new_context(java_script_enabled=False, locale="ja-JP", viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(url)
        assert not page.locator("[data-copy-button]").is_visible()
        link = page.locator("a[data-share-url]")
        assert link.is_visible() and link.inner_text() == "この結果のリンク"
        link.click()
        page.wait_for_url(url)
        assert page.locator("[data-criterion]").count() == 12
    finally:
        context.close()


def test_question_list_prints_on_one_a4_page(page, site_url, screenshot, axe_violations):
    page.goto(site_url + "/check/result/?" + urlencode(WORST))
    page.click("[data-next-steps] a[data-questions-link]")
    page.wait_for_url(re.compile(r"/check/questions/\?"))
    assert page.locator("[data-ask]").count() == 12
    assert page.locator("h1").inner_text() == "クリニックに聞くことリスト"
    screenshot("checker-questions-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator("[data-print-button]").is_visible()
    assert page.locator("[data-answer-space]").first.is_visible()
    assert pdf_pages(page, "checker-questions-worst") == 1
    page.set_viewport_size({"width": 794, "height": 1123})
    page.screenshot(path=str(ARTIFACTS / "checker-questions-print.png"), full_page=True)
    # The advert's answers too.
    page.goto(site_url + "/check/questions/?" + urlencode(ADVERT))
    page.emulate_media(media="print")
    assert pdf_pages(page, "checker-questions-advert") == 1


def test_result_prints_compactly_with_the_list_early(page, site_url):
    page.goto(site_url + "/check/result/?" + urlencode(WORST))
    page.emulate_media(media="print")
    total = pdf_pages(page, "checker-result-worst")
    assert total <= 3, total
    # Everything before the question list fits on two sheets: the list starts on page 2 or 3.
    page.evaluate(
        """() => {
          const list = document.querySelector('[data-ask-list]');
          let hide = false;
          for (const el of document.querySelector('.result').children) {
            if (el === list) hide = true;
            if (hide) el.style.display = 'none';
          }
        }"""
    )
    assert pdf_pages(page, "checker-result-before-list") <= 2
