"""Template filters for explainer pages: Japanese dates and timeline years."""

import datetime

from learn.templatetags.learn_tags import ja_date, partial_ja_date, year_label


def test_ja_date():
    assert ja_date(datetime.date(2026, 11, 28)) == "2026年11月28日"
    assert ja_date(datetime.date(2027, 5, 8)) == "2027年5月8日"
    assert ja_date(None) == ""


def test_partial_ja_date():
    assert partial_ja_date("2018-11-23") == "2018年11月23日"
    assert partial_ja_date("2018-11") == "2018年11月"
    assert partial_ja_date("2018") == "2018年"
    assert partial_ja_date("") == ""


def test_year_label():
    assert year_label("1983") == "1983年"
    assert year_label("1980年代") == "1980年代"


def cited(markup, numbers, sources):
    from django.template import Context

    from learn.templatetags.learn_tags import cited_html

    return str(cited_html(Context({"citation_numbers": numbers}), markup, sources))


def test_citation_marks_go_inside_the_last_paragraph():
    from types import SimpleNamespace

    a, b = SimpleNamespace(pk=10, title="A"), SimpleNamespace(pk=20, title="B")
    html = cited("<p>一つめ。</p><p>二つめ。</p>", {10: 2, 20: 1}, [a, b])
    assert html.startswith('<p>一つめ。</p><p>二つめ。<span class="cite">')
    assert html.endswith("</span></p>")
    # Numbered in order, each linking to its entry in the reference list.
    assert html.index('href="#source-1"') < html.index('href="#source-2"')


def test_citation_marks_go_inside_the_last_list_item():
    from types import SimpleNamespace

    html = cited("<p>前文。</p><ul><li>一</li><li>二</li></ul>", {1: 1}, [SimpleNamespace(pk=1)])
    assert html.endswith("[1]</a></span></li></ul>")


def test_no_sources_no_marks():
    assert cited("<p>文。</p>", {}, []) == "<p>文。</p>"
