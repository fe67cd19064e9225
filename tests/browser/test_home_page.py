"""The home page in a real browser: Japanese renders, layout holds on a phone, axe is clean."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def home_url(live_server, site_content):
    return live_server.url + "/"


def test_home_page_renders_japanese_heading_and_passes_axe(
    page, home_url, screenshot, axe_violations
):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    response = page.goto(home_url)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("h1").inner_text() == "エクソソーム・ファクト"
    screenshot("home-390")
    # No horizontal scroll on a 390px-wide phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    violations = axe_violations(page)
    assert violations == [], violations
    # Nothing is fetched from another origin.
    assert all(url.startswith(home_url[:-1]) for url in requests), requests


def test_skip_link_moves_focus_to_main(page, home_url):
    page.goto(home_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "本文へ移動"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
