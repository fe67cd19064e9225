"""Site search in a real browser: the header box works with JavaScript off, results and the empty
state pass axe, fit a 390px phone, and show highlighted words."""

import datetime

import pytest

from learn.models import ArticlePage, HomePage, SectionPage

from .conftest import describe

pytestmark = pytest.mark.django_db(transaction=True)

TODAY = datetime.date(2026, 1, 15)


@pytest.fixture
def search_site(live_server, site_content):
    learn = SectionPage.objects.filter(slug="learn").first()
    if learn is None:
        learn = SectionPage(title="学ぶ", slug="learn", lead="基本を学ぶページです。")
        HomePage.objects.get().add_child(instance=learn)
        learn.save_revision().publish()
    for n in range(12):
        page = ArticlePage(
            title=f"点滴の話その{n + 1}",
            slug=f"search-drip-{n}",
            lead="クリニックの広告を読むときのページです。",
            body=[
                (
                    "paragraph",
                    {"text": "<p>エクソソーム点滴の臨床的有効性は未評価です。</p>", "sources": []},
                )
            ],
            last_reviewed=TODAY,
            next_review_due=TODAY,
        )
        learn.add_child(instance=page)
        page.save_revision().publish()
    return live_server.url


def test_header_search_works_without_javascript(browser, search_site):
    context = browser.new_context(
        java_script_enabled=False, locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(search_site + "/")
        box = page.get_by_label("サイトの中を検索する")
        box.fill("てんてき 点滴")  # two words: both must be on the page
        box.press("Enter")
        page.wait_for_url("**/search/?q=*")
        assert page.locator("h1").inner_text() == "サイト内検索"
        assert page.locator(".search-result").count() == 0  # 「てんてき」 is not in the text

        page.get_by_label("さがしたいことば").fill("ｴｸｿｿｰﾑ")
        page.get_by_role("button", name="検索").click()
        page.wait_for_load_state()
        assert page.locator(".search-result").count() == 10
        assert page.locator(".search-result__snippet mark").first.inner_text() == "エクソソーム"
        page.get_by_role("link", name="次のページ").click()
        page.wait_for_load_state()
        assert "page=2" in page.url
        assert page.locator(".search-result").count() >= 3  # 12 pages + the home page title
        assert page.locator('a[aria-current="page"]').text_content() == "いまの2ページ目"
    finally:
        context.close()


def test_results_page_passes_axe_and_fits_a_phone(page, search_site, screenshot, axe_violations):
    page.goto(search_site + "/search/?q=点滴")
    assert page.locator(".search-result").count() == 10
    screenshot("search-results-390")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_empty_state_passes_axe(page, search_site, screenshot, axe_violations):
    page.goto(search_site + "/search/?q=宇宙旅行")
    assert "見つかりませんでした" in page.locator("main").inner_text()
    assert page.get_by_role("link", name="クリニックの製品チェック").is_visible()
    screenshot("search-empty-390")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_header_box_passes_axe_on_the_home_page(page, search_site, axe_violations):
    page.goto(search_site + "/")
    assert page.get_by_role("search", name="サイト内検索").is_visible()
    violations = axe_violations(page)
    assert violations == [], describe(violations)
