"""Explainer pages in Debian's Chromium: a 390px phone without horizontal scrolling, axe with
zero violations on every page type, glossary definitions and FAQ answers with JavaScript off,
and the print stylesheet."""

import json

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# One page of each type, and the articles that carry the figure, the timeline and the FAQ.
PAGE_TYPES = {
    "home": "/",
    "section": "/learn/",
    "article-figure": "/learn/known-and-unknown/",
    "article-timeline": "/learn/history/",
    "article-faq-glossary-box": "/learn/markers/",
    "article-help-figure-faq": "/help/",
    "glossary": "/glossary/",
    "about": "/about/",
}


@pytest.fixture
def site(live_server, site_content):
    return live_server.url


def horizontal_overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_every_page_type_fits_a_phone_and_passes_axe(page, site, screenshot, axe_violations):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    problems = {}
    for name, path in PAGE_TYPES.items():
        response = page.goto(site + path)
        assert response.status == 200, path
        assert page.viewport_size["width"] == 390
        overflow = horizontal_overflow(page)
        if overflow > 0:
            problems[f"{name}: horizontal scroll"] = overflow
        # Open every FAQ answer so axe checks their contents too.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        violations = axe_violations(page)
        if violations:
            problems[f"{name}: axe"] = violations
        screenshot(f"learn-{name}-390")
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
    assert all(url.startswith(site) for url in requests), "no third-party requests"


def test_wide_tables_scroll_inside_their_own_box(page, site):
    page.goto(site + "/learn/known-and-unknown/")
    wrap = page.locator(".figure .table-wrap").first
    box = wrap.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # Even when the table is forced wider than the phone, only its wrapper scrolls.
    page.evaluate("document.querySelector('.figure table').style.minWidth = '900px'")
    assert horizontal_overflow(page) <= 0
    assert page.evaluate(
        "(() => { const w = document.querySelector('.figure .table-wrap');"
        " return w.scrollWidth > w.clientWidth; })()"
    )


def test_glossary_definition_is_reachable_with_javascript_off(browser, site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="ja-JP"
    )
    page = context.new_page()
    try:
        page.goto(site + "/learn/particle-count/")
        link = page.locator("a.term-link").first
        word = link.evaluate("a => a.firstChild.textContent.trim()")
        target = link.get_attribute("href")
        link.click()
        assert page.url.endswith(target)
        entry = page.locator(target)
        assert entry.is_visible()
        assert entry.locator("dfn").inner_text() == word
        definition = entry.locator("dd").inner_text()
        assert len(definition) > 5
        # The definition is on screen, on the same page.
        box = entry.bounding_box()
        assert 0 <= box["y"] < 844
        assert page.url.startswith(site + "/learn/particle-count/")

        # FAQ answers open without JavaScript too (<details>).
        summary = page.locator(".faq summary").first
        answer = page.locator(".faq .faq__answer").first
        assert not answer.is_visible()
        summary.click()
        assert answer.is_visible()
    finally:
        context.close()


def test_print_stylesheet_hides_navigation_and_shows_every_answer(page, site):
    page.goto(site + "/learn/markers/")
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".breadcrumbs").is_visible()
    answers = page.locator(".faq .faq__answer")
    for index in range(answers.count()):
        assert answers.nth(index).is_visible(), "closed FAQ answers are printed"
    # The reference list is printed with the addresses of its links.
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.references a[href^=\"http\"]'), '::after')"
        ".content"
    )
    assert "attr(href)" in after or "http" in after


ARTICLES = [
    "/learn/what-are-exosomes/",
    "/learn/history/",
    "/learn/markers/",
    "/learn/particle-count/",
    "/learn/known-and-unknown/",
    "/learn/japan-rules/",
    "/learn/overseas/",
    "/help/",
    "/about/",
]
SCREENS_TO_FINISH = 6.5  # "about six screens" on a 390×844 phone


def test_a_phone_reader_finishes_each_article_within_about_six_screens(page, site):
    """From the top of the page to the end of the ledger, FAQ answers closed (details stay
    optional): an article a phone reader must scroll much further through is trimmed or split.
    The reference list and the word list after it are for looking things up, not reading."""
    measured = {}
    for path in ARTICLES:
        assert page.goto(site + path).status == 200
        bottom = page.evaluate(
            "(() => { const l = document.querySelector('.ledger');"
            " return l.getBoundingClientRect().bottom + window.scrollY; })()"
        )
        points = page.evaluate(
            "document.querySelector('.key-points').getBoundingClientRect().top + window.scrollY"
        )
        measured[path] = round(bottom / 844, 2)
        assert points < 844, f"{path}: the points start on the first screen"
    print("screens to the end of the ledger at 390x844:", measured)
    too_long = {path: screens for path, screens in measured.items() if screens > SCREENS_TO_FINISH}
    assert not too_long, measured
