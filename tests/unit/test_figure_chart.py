"""The server-side bar chart of the figure block: numbers, geometry, wrapping."""

from decimal import Decimal

import pytest

from learn.blocks import FigureBlock, format_number, svg_number, text_width, wrap_label


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (532, "532"),
        (Decimal("2209.00"), "2,209"),
        (Decimal("12.50"), "12.5"),
        ("0.25", "0.25"),
        (0, "0"),
        (1234567, "1,234,567"),
    ],
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_svg_numbers_are_never_localised():
    assert svg_number(12.0) == "12"
    assert svg_number(12.345) == "12.3"
    assert "," not in svg_number(12345.6)


def chart(bars, unit="施設"):
    block = FigureBlock()
    value = block.to_python(
        {
            "title": "図",
            "unit": unit,
            "bars": [{"type": "item", "value": bar, "id": str(i)} for i, bar in enumerate(bars)],
            "caption": "",
            "source": None,
        }
    )
    return block.chart(value)


def test_bar_lengths_are_proportional_and_fit_the_width():
    result = chart([{"label": "A", "value": "532"}, {"label": "B", "value": "133"}])
    first, second = (float(row["bar_width"]) for row in result["rows"])
    assert abs(second / first - 133 / 532) < 0.01
    for row in result["rows"]:
        right_edge = float(row["number_x"]) + text_width(row["number"], result["font_size"])
        assert right_edge <= result["width"] + 0.5
    assert result["rows"][0]["number"] == "532施設"


def test_a_tiny_non_zero_value_stays_visible_and_zero_stays_empty():
    result = chart(
        [
            {"label": "A", "value": "100000"},
            {"label": "B", "value": "1"},
            {"label": "C", "value": "0"},
        ]
    )
    widths = [float(row["bar_width"]) for row in result["rows"]]
    assert widths[1] >= 2
    assert widths[2] == 0


def test_rows_do_not_overlap_and_the_height_holds_them_all():
    result = chart([{"label": "あ" * 60, "value": "5"}, {"label": "B", "value": "3"}])
    first, second = result["rows"]
    assert len(first["lines"]) >= 3  # a long label wraps instead of being cut off
    assert "".join(line["text"] for line in first["lines"]) == "あ" * 60
    assert float(second["lines"][0]["y"]) > float(first["bar_y"]) + result["bar_height"]
    assert float(result["height"]) >= float(second["bar_y"]) + result["bar_height"]


def test_wrap_label_respects_the_width():
    lines = wrap_label("細胞外小胞" * 10, 15, 100)
    assert all(text_width(line, 15) <= 100 for line in lines)
    assert "".join(lines) == "細胞外小胞" * 10
