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
