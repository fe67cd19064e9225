"""In Chromium: an article's structured data is read as data (JSON-LD) under the strict
Content-Security-Policy, and the share image a link preview shows is served."""

import json

import pytest

from tests.browser.test_ops_security import watch

pytestmark = pytest.mark.django_db(transaction=True)


def test_article_json_ld_parses_without_a_csp_violation(live_server, page, site_content):
    from learn.models import ArticlePage

    article = ArticlePage.objects.live().get(slug="what-are-exosomes")
    seen = watch(page)
    response = page.goto(live_server.url + article.url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    text = page.locator('script[type="application/ld+json"]').text_content()
    data = json.loads(text)
    assert data["@type"] == "MedicalWebPage"
    assert data["url"] == live_server.url + article.url
    assert page.evaluate("window.__cspViolations") == []
    assert [m for m in seen["console"] if "Content Security Policy" in m] == []

    image = page.locator('meta[property="og:image"]').get_attribute("content")
    assert image.startswith(live_server.url + "/static/")
    shared = page.request.get(image)
    assert shared.status == 200
    assert shared.headers["content-type"] == "image/png"
