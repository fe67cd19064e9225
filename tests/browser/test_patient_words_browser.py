"""The decision pages in Chromium: readings shown as ruby are read once by assistive technology,
the 「体調が悪くなったら」 numbers can be tapped, the pages fit a phone and pass axe."""

import pytest

from .conftest import describe

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server, site_content):
    return live_server.url


def test_a_reading_is_shown_but_read_once(page, site):
    page.goto(site + "/learn/before-you-decide/")
    lead = page.locator(".article__header .lead")
    ruby = lead.locator("a.term-link ruby").first
    assert ruby.count() == 1
    # The reading is on screen, above the word.
    rt = ruby.locator("rt")
    assert rt.inner_text() == "てんてき"
    assert rt.is_visible()
    # The accessibility tree has the word once: not in the link's name, not as a description.
    snapshot = lead.aria_snapshot()
    assert "点滴" in snapshot and "てんてき" not in snapshot
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    spoken = [
        (node.get("name") or {}).get("value", "") + (node.get("description") or {}).get("value", "")
        for node in nodes
        if not node.get("ignored")
    ]
    assert not [text for text in spoken if "てんてき" in text]


@pytest.mark.parametrize(
    "path", ["/learn/before-you-decide/", "/learn/risks/", "/help/", "/about/"]
)
def test_pages_fit_a_phone_and_pass_axe(page, site, axe_violations, path):
    response = page.goto(site + path)
    assert response.status == 200
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_unwell_numbers_are_tap_targets(page, site):
    page.goto(site + "/learn/risks/")
    box = page.locator("[data-unwell-box]")
    for href in ("tel:119", "tel:%237119", "tel:188"):
        link = box.locator(f'a[href="{href}"]')
        assert link.count() == 1
        size = link.bounding_box()
        assert size["height"] >= 24 and size["width"] >= 24, (href, size)
