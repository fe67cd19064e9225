"""In Chromium: public pages load nothing from other origins and break no Content-Security-Policy
rule; outbound links send no referrer; the Wagtail admin's page editor works under its own
policy."""

import datetime

import pytest
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def cited_article(site_content):
    """An article citing a source with an outbound link: /ops-article/."""
    from learn.models import ArticlePage, HomePage, Source

    source = Source.objects.create(
        key="ops-browser-source",
        title="外のサイトの出典",
        publisher="テスト発行元",
        published="2024",
        url="https://example.org/report",
        kind=Source.Kind.OTHER,
        last_checked=datetime.date(2026, 1, 1),
    )
    article = ArticlePage(
        title="キャッシュ試験の記事",
        slug="ops-article",
        lead="テスト用のリード文です。",
        body=[("paragraph", {"text": "<p>テスト用の段落です。</p>", "sources": [source]})],
        last_reviewed=datetime.date(2026, 1, 1),
        next_review_due=datetime.date(2027, 1, 1),
    )
    HomePage.objects.get().add_child(instance=article)
    article.save_revision().publish()
    return article


CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def watch(page):
    """Record every request, console error and CSP violation of a page."""
    seen = {"requests": [], "console": [], "errors": []}
    page.add_init_script(CSP_LISTENER)
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    return seen


def public_paths(live_server_url):
    """Every live page (home, sections, articles, glossary, criterion pages), /check/, /search/."""
    from wagtail.models import Page

    paths = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    for name, suffix in (("checker:start", ""), ("search", "?q=エクソソーム"), ("updates", "")):
        try:
            paths.append(reverse(name) + suffix)
        except NoReverseMatch:
            pass
    return paths


def test_public_pages_load_nothing_from_other_origins(
    live_server, page, site_content, cited_article
):
    seen = watch(page)
    for path in public_paths(live_server.url):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        violations = page.evaluate("window.__cspViolations")
        assert violations == [], (path, violations)
    foreign = [url for url in seen["requests"] if not url.startswith(live_server.url + "/")]
    assert foreign == [], foreign
    assert len(seen["requests"]) > 4  # pages and their CSS were requested and recorded
    csp_errors = [m for m in seen["console"] if "Content Security Policy" in m]
    assert csp_errors == [], csp_errors
    assert seen["errors"] == []


def test_an_outbound_link_sends_no_referrer(live_server, page, site_content, cited_article):
    """Follow a source link to another site (answered locally): no Referer header reaches it."""
    received = []

    def answer(route):
        received.append(route.request.headers)
        route.fulfill(status=200, content_type="text/html", body="<p>outside</p>")

    page.route("https://example.org/**", answer)
    page.goto(f"{live_server.url}/ops-article/?product=secret")
    page.click("a[href='https://example.org/report']")
    page.wait_for_url("https://example.org/report")
    assert received, "the outbound link was followed"
    assert "referer" not in {k.lower() for k in received[0]}
    assert page.evaluate("document.referrer") == ""


def test_the_admin_page_editor_works_under_its_policy(
    live_server, page, site_content, cited_article, django_user_model
):
    from learn.models import Source

    django_user_model.objects.create_superuser("editor", "e@example.org", "admin-pass-123")
    seen = watch(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "admin-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    editable = cited_article if hasattr(Source, "snippet_viewset") else cited_article.get_parent()
    response = page.goto(f"{live_server.url}/admin/pages/{editable.pk}/edit/")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    # The admin's JavaScript ran: Wagtail's globals exist and its form widgets were built.
    assert page.evaluate("typeof window.wagtail") == "object"
    assert page.evaluate("typeof window.telepath") == "object"
    assert page.locator("input[name=title]").input_value() == editable.title
    if editable is cited_article:
        page.wait_for_selector("[data-streamfield-stream-container]", timeout=15000)
    violations = page.evaluate("window.__cspViolations")
    assert violations == [], violations
    csp_errors = [m for m in seen["console"] if "Content Security Policy" in m]
    assert csp_errors == [], csp_errors
    foreign = [url for url in seen["requests"] if not url.startswith(live_server.url + "/")]
    assert foreign == [], foreign
