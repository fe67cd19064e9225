"""How search.backend turns what callers pass (strings, the admin's PlainText/Phrase trees)
into queries of folded morphemes. No database."""

from modelsearch.query import MATCH_ALL, And, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from search.backend import PrefixPhrase, Prepared, build_query, to_japanese_query
from search.japanese_text import parse_query


def shape(query):
    """A compact, comparable description of a query tree."""
    if isinstance(query, PrefixPhrase):
        return ("prefix-phrase", query.query_string)
    if isinstance(query, Phrase):
        return ("phrase", query.query_string)
    if isinstance(query, PlainText):
        return ("word", query.query_string)
    if isinstance(query, (And, Or)):
        return (type(query).__name__.lower(), *[shape(q) for q in query.subqueries])
    if isinstance(query, Not):
        return ("not", shape(query.subquery))
    if isinstance(query, MatchAll):
        return ("all",)
    return (type(query).__name__,)


def test_a_word_is_one_folded_token():
    assert shape(to_japanese_query("点滴")) == ("word", "点滴")
    assert shape(to_japanese_query("エクソソーム")) == (
        "or",
        ("word", "えくそそーむ"),
        ("phrase", "え くそ そー む"),  # the hiragana spelling, as MeCab cuts it
    )


def test_a_compound_is_a_phrase_and_terms_are_anded():
    assert shape(to_japanese_query("ＣＤ６３ 成分表示")) == (
        "and",
        ("phrase", "cd 63"),
        ("phrase", "成分 表示"),
    )


def test_or_operator_is_kept():
    assert shape(to_japanese_query(PlainText("点滴 成分", operator="or"))) == (
        "or",
        ("word", "点滴"),
        ("word", "成分"),
    )


def test_the_admin_parsers_tree_is_analysed_inside():
    query = And([PlainText("点滴"), Not(Phrase("成分 表示"))])
    assert shape(to_japanese_query(query)) == (
        "and",
        ("word", "点滴"),
        ("not", ("phrase", "成分 表示")),
    )
    assert to_japanese_query(MATCH_ALL) is MATCH_ALL


def test_nothing_to_search_matches_nothing():
    assert shape(to_japanese_query("！？")) == ("not", ("all",))
    assert shape(to_japanese_query(Phrase("「」"))) == ("not", ("all",))


def test_autocomplete_makes_the_last_morpheme_a_prefix():
    assert shape(to_japanese_query("CD6", prefix=True)) == ("prefix-phrase", "cd 6")
    # A quoted phrase stays exact.
    assert shape(to_japanese_query(Phrase("CD6"), prefix=True)) == ("phrase", "cd 6")


def test_prepared_queries_are_not_analysed_twice():
    prepared = build_query(parse_query("えくそそーむ"))
    assert isinstance(prepared, Prepared)
    assert to_japanese_query(prepared) is prepared.query


def test_relaxed_queries_use_content_words():
    prepared = build_query(parse_query("成分の表示"), relaxed=True)
    assert shape(prepared.query) == ("and", ("word", "成分"), ("word", "表示"))


def test_fuzzy_queries_are_folded_like_the_index():
    query = to_japanese_query(Fuzzy("ＣＤ６３"))
    assert isinstance(query, Fuzzy) and query.query_string == "cd 63"
