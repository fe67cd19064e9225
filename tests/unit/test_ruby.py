"""learn.ruby: readings written {漢字|かんじ} show as ruby and are read once everywhere else."""

from django.template import Context, Template

from learn.ruby import (
    convert_inline_readings,
    inline_readings,
    render_ruby,
    ruby_html,
    strip_ruby,
)
from search import japanese_text

RUBY = '<ruby>幹細胞<rt aria-hidden="true">かんさいぼう</rt></ruby>'


def test_render_ruby_in_text_and_html_but_never_inside_a_tag():
    assert render_ruby("{幹細胞|かんさいぼう}から") == RUBY + "から"
    assert render_ruby('<p><a href="/x?{a|b}">{幹細胞|かんさいぼう}</a></p>') == (
        f'<p><a href="/x?{{a|b}}">{RUBY}</a></p>'
    )
    assert render_ruby("文字だけ") == "文字だけ"
    assert render_ruby("") == ""
    assert render_ruby(None) == ""
    # Not markup: no bar, empty parts, a line break inside.
    for text in ("{幹細胞}", "{|かん}", "{幹細胞|}", "{幹\n細胞|かん}", "{ |  }"):
        assert render_ruby(text) == text


def test_render_ruby_escapes_nothing_else():
    assert render_ruby("a &amp; {b|c} <b>d</b>") == (
        'a &amp; <ruby>b<rt aria-hidden="true">c</rt></ruby> <b>d</b>'
    )


def test_strip_ruby_reads_each_word_once():
    assert strip_ruby("{幹細胞|かんさいぼう}と{点滴|てんてき}") == "幹細胞と点滴"
    assert strip_ruby(f"<p>{RUBY}です</p>") == "<p>幹細胞です</p>"
    assert strip_ruby("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字") == "漢字"
    assert strip_ruby(strip_ruby("{a|b}")) == "a"
    assert strip_ruby(None) == ""


def test_search_index_sees_the_word_once():
    assert japanese_text.index_text("{幹細胞|かんさいぼう}を使います") == japanese_text.index_text(
        "幹細胞を使います"
    )


def test_convert_inline_readings_to_markup():
    assert convert_inline_readings("細胞外小胞(さいぼうがいしょうほう)は") == (
        "{細胞外小胞|さいぼうがいしょうほう}は",
        [],
    )
    # Full-width parentheses too; the reading covers only the end of the kanji run.
    assert convert_inline_readings("国内製造所（せいぞうしょ）")[0] == "国内{製造所|せいぞうしょ}"
    # The inner reading of a nested pair becomes markup (the outer pair is left for a person).
    assert convert_inline_readings("知らせ(事務連絡(じむれんらく))")[0] == (
        "知らせ({事務連絡|じむれんらく})"
    )
    # Katakana or Latin words with a reading, and explanations in parentheses, stay.
    assert convert_inline_readings("EV(イーブイ)")[0] == "EV(イーブイ)"
    assert convert_inline_readings("育てた(培養した)")[0] == "育てた(培養した)"
    # Markup already written is not touched; converting twice changes nothing.
    once, _ = convert_inline_readings("{脂質|ししつ}と脂質(ししつ)")
    assert once == "{脂質|ししつ}と{脂質|ししつ}"
    assert convert_inline_readings(once)[0] == once


def test_convert_leaves_a_reading_that_cannot_belong_to_the_kanji():
    text, skipped = convert_inline_readings("一(いちにさんしよんごろく)")
    assert text == "一(いちにさんしよんごろく)"
    assert [s.text for s in skipped] == ["一(いちにさんしよんごろく)"]


def test_inline_readings_lists_old_style_readings():
    assert inline_readings("脂質(ししつ)と{治験|ちけん}と(注)") == ["脂質(ししつ)"]


def test_ruby_and_strip_ruby_filters():
    template = Template(
        "{% load learn_tags %}<h1>{{ title|ruby }}</h1><title>{{ title|strip_ruby }}</title>"
        "{{ unsafe|ruby }}"
    )
    html = template.render(
        Context({"title": "{幹細胞|かんさいぼう}とは", "unsafe": "<script>{a|b}"})
    )
    assert f"<h1>{RUBY}とは</h1>" in html
    assert "<title>幹細胞とは</title>" in html
    assert '&lt;script&gt;<ruby>a<rt aria-hidden="true">b</rt></ruby>' in html
    assert ruby_html("点滴", "てんてき") == '<ruby>点滴<rt aria-hidden="true">てんてき</rt></ruby>'


def test_convert_readings_command_reports_then_writes(tmp_path):
    import io

    from django.core.management import call_command

    path = tmp_path / "content.py"
    path.write_text('TEXT = "脂質(ししつ)と第3相(だいさんそう)"\n', encoding="utf-8")
    out = io.StringIO()
    call_command("convert_readings", str(path), stdout=out)
    assert "Would convert 1 readings." in out.getvalue()
    assert "相(だいさんそう)" in out.getvalue()  # left for a person
    assert path.read_text(encoding="utf-8") == 'TEXT = "脂質(ししつ)と第3相(だいさんそう)"\n'
    call_command("convert_readings", str(path), "--write", stdout=io.StringIO())
    assert path.read_text(encoding="utf-8") == 'TEXT = "{脂質|ししつ}と第3相(だいさんそう)"\n'
