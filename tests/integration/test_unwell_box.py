"""The 「体調が悪くなったら」 box: every contact can be called or opened; #7119 is not promised."""

import re

import pytest
from django.template.loader import render_to_string

from learn.blocks import ArticleBodyBlock


def _links(html):
    return re.findall(r'href="([^"]+)"', html)


def test_box_renders_without_context_with_tel_links_and_official_pages():
    html = render_to_string("components/if_unwell.html")
    links = _links(html)
    for number in ("tel:119", "tel:%237119", "tel:188"):
        assert number in links
    assert "体調が悪くなったら" in html
    assert "#7119 は、ない地域もあります" in html
    assert "医療安全支援センター" in html
    assert "ふだん診てもらっている医師" in html
    # Every web link is an official page (government, prefecture, city) over a real URL.
    web = [link for link in links if not link.startswith("tel:")]
    assert web
    for link in web:
        assert re.match(r"https?://", link)
        assert re.search(r"(go\.jp|lg\.jp|city\.[a-z]+\.[a-z]+\.jp|mykoho\.jp)/", link), link
    # Outbound links tell the other site nothing about the reader.
    for tag in re.findall(r'<a href="http[^>]*>', html):
        assert 'rel="noopener noreferrer"' in tag and 'referrerpolicy="no-referrer"' in tag, tag
    # No raw '#' in a tel: link (it would start a fragment).
    assert "tel:#" not in html


def test_unwell_box_block_renders_the_component():
    stream = ArticleBodyBlock().to_python([{"type": "unwell_box", "value": None}])
    html = str(stream.render_as_block()) if hasattr(stream, "render_as_block") else str(stream)
    assert "data-unwell-box" in html
    assert "tel:119" in html


@pytest.mark.django_db
def test_loader_accepts_an_unwell_box_block():
    from learn.initial_content.loader import stream_data

    data = stream_data([{"type": "unwell_box"}], {}, {}, "test")
    assert data[0]["type"] == "unwell_box"
    assert data[0]["value"] is None


@pytest.mark.parametrize("url", ["/help/", "/learn/risks/"])
def test_help_and_risks_pages_show_the_box(client, site_content, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("data-unwell-box") == 1
    assert 'href="tel:119"' in html and 'href="tel:%237119"' in html and 'href="tel:188"' in html
