"""The questionnaire over HTTP (Django's test client), against the contract in docs/checker.md.

The site content (home page, チェックポイント section, the 12 CriterionPages) is loaded once per
module inside a transaction that is rolled back at the end; every test runs in a savepoint inside
it. Expected result codes are written out from the spec by hand, not taken from checker.rules.
"""

from __future__ import annotations

import datetime
import io
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from checker import rules
from checker.models import CriterionPage

ORDER = [
    "approval_status",
    "ad_required_disclosures",
    "regulatory_wording",
    "particle_count_only",
    "ev_marker_panel",
    "impurity_check",
    "source_and_donor",
    "lot_safety_tests",
    "human_evidence",
    "research_registration",
    "broad_claims",
    "consent_and_risks",
]
SINGLE = {
    "approval_status": {
        "approval_number": "shown",
        "unapproved": "said_no",
        "reagent": "said_no",
        "unknown": "unknown",
    },
    "regulatory_wording": {
        "none": "na",
        "verified": "shown",
        "unverified": "not_shown",
        "unknown": "unknown",
    },
    "particle_count_only": {
        "count_and_markers": "shown",
        "count_only": "not_shown",
        "no_count": "na",
        "unknown": "unknown",
    },
    "ev_marker_panel": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "impurity_check": {"yes": "shown", "no": "not_shown", "unknown": "unknown"},
    "source_and_donor": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "human_evidence": {
        "human_papers": "shown",
        "lab_or_other": "partial",
        "testimonials_only": "not_shown",
        "unknown": "unknown",
    },
    "research_registration": {
        "registered": "shown",
        "free_practice": "said_no",
        "unregistered_research": "not_shown",
        "unknown": "unknown",
    },
    "broad_claims": {"single_purpose": "shown", "many_claims": "not_shown", "unknown": "unknown"},
}
ITEMS = {
    "ad_required_disclosures": [
        "unapproved",
        "source",
        "domestic_alternatives",
        "foreign_safety",
        "relief_system",
    ],
    "lot_safety_tests": ["sterility", "endotoxin", "mycoplasma", "virus"],
    "consent_and_risks": ["risks", "alternatives", "costs", "contact", "relief_system"],
}
NOT_ASKED = {"shown", "na"}
BANNED = ["本物", "偽物", "安全です", "危険です"]


def multi_cases(key):
    """(answer values, expected code) for a multi question other than consent_and_risks."""
    items = ITEMS[key]
    return [
        (items, "shown"),
        (items[:-1], "partial"),
        (items[1:2], "partial"),
        (["none"], "not_shown"),
        (["unknown"], "unknown"),
    ]


def consent_cases():
    """(items, consent_pressure, expected code): every branch of the spec's consent rule."""
    every, some = ITEMS["consent_and_risks"], ITEMS["consent_and_risks"][:2]
    return [
        (every, "yes", "not_shown"),  # 1. pressure wins over everything
        (some, "yes", "not_shown"),
        (["unknown"], "yes", "not_shown"),
        (["none"], "no", "not_shown"),  # 2. no written explanation
        (["none"], "unknown", "not_shown"),
        (["none"], "yes", "not_shown"),
        (["unknown"], "no", "unknown"),  # 3.
        (["unknown"], "unknown", "unknown"),
        (every, "no", "shown"),  # 4. all five and no pressure
        (every, "unknown", "partial"),  # 5. otherwise
        (some, "no", "partial"),
        (some, "unknown", "partial"),
        (ITEMS["consent_and_risks"][4:], "no", "partial"),
    ]


def all_cases():
    """(key, answers for that page, expected code) for every answer class of every criterion."""
    cases = []
    for key, options in SINGLE.items():
        cases += [(key, {key: [option]}, code) for option, code in options.items()]
    for key in ("ad_required_disclosures", "lot_safety_tests"):
        cases += [(key, {key: values}, code) for values, code in multi_cases(key)]
    cases += [
        ("consent_and_risks", {"consent_and_risks": items, "consent_pressure": [p]}, code)
        for items, p, code in consent_cases()
    ]
    return cases


def unknown_answers():
    answers = {key: ["unknown"] for key in ORDER}
    answers["consent_pressure"] = ["unknown"]
    return answers


def query(answers, **extra):
    pairs = [(name, value) for name, values in answers.items() for value in values]
    pairs += [(name, value) for name, value in extra.items()]
    return urlencode(pairs)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_text(response):
    return soup(response).find("main").get_text(" ", strip=True)


def location_parts(response):
    parts = urlsplit(response["Location"])
    return parts.path, parse_qs(parts.query)


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """The site content, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_initial_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(content, db):
    """Per test: a savepoint inside the module's transaction (the `db` fixture)."""


# --- Start page ---------------------------------------------------------------------------------


def test_start_page_explains_and_starts(client, site):
    response = client.get("/check/")
    assert response.status_code == 200
    html = response.content.decode()
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "クリニックの製品チェック"
    text = main_text(response)
    for words in (
        "できること",
        "できないこと",
        "10分ほど",
        "保存しません",
        "医療のアドバイスではありません",
    ):
        assert words in text
    start = page.select_one("a[data-start-button]")
    assert start["href"] == "/check/q/approval_status/"
    # The start page may be indexed; the other pages may not.
    assert 'name="robots"' not in html
    assert "X-Robots-Tag" not in response
    # It lists the 12 checkpoints, each linking to its explainer page.
    links = [a["href"] for a in page.select("ul.criteria-list a")]
    assert len(links) == 12
    assert all(href.startswith("/checkpoints/") for href in links)
    for href in links:
        assert client.get(href).status_code == 200


def test_htmx_is_vendored_with_its_version_and_licence_and_loaded_only_on_check_pages(client, site):
    from django.contrib.staticfiles import finders

    script = finders.find("js/vendor/htmx-2.0.10.min.js")
    licence = finders.find("js/vendor/htmx-2.0.10.LICENSE.txt")
    assert script and licence
    with open(script, encoding="utf-8") as f:
        assert 'version:"2.0.10"' in f.read()
    with open(licence, encoding="utf-8") as f:
        assert "Zero-Clause BSD" in f.read()
    assert "htmx-2.0.10.min.js" in client.get("/check/").content.decode()
    assert "htmx-2.0.10.min.js" in client.get("/check/q/approval_status/").content.decode()
    assert "htmx" not in client.get("/").content.decode()
    assert "htmx" not in client.get("/checkpoints/approval-status/").content.decode()


def complete_query(product=None):
    answers = unknown_answers()
    return query(answers, **({"product": product} if product else {}))


CHECK_URLS = [
    "/check/",
    "/check/q/approval_status/",
    "/check/q/consent_and_risks/?submitted=1",
    "/check/q/approval_status/?approval_status=bogus",
    "/check/q/nope/",
]


@pytest.mark.parametrize("url", CHECK_URLS + ["answers", "result", "invalid"])
def test_no_inline_script_or_style_and_htmx_configured_by_meta(client, site, url):
    if url == "answers":
        url = "/check/answers/?" + complete_query()
    elif url == "result":
        url = "/check/result/?" + complete_query("製品")
    elif url == "invalid":
        url = "/check/result/?approval_status=x"
    page = soup(client.get(url))
    for script in page.find_all("script"):
        assert script.get("src"), f"inline script on {url}"
    assert page.find("style") is None
    assert page.find(attrs={"style": True}) is None
    assert page.find(attrs={"onclick": True}) is None
    assert not page.find_all(attrs={"hx-get": True})  # data-hx-* spelling only
    meta = page.find("meta", attrs={"name": "htmx-config"})
    assert '"includeIndicatorStyles":false' in meta["content"]
    assert '"historyCacheSize":0' in meta["content"]


# --- One question per page ----------------------------------------------------------------------


def earlier_answers(key):
    answers = {}
    for earlier in ORDER[: ORDER.index(key)]:
        answers[earlier] = ["unknown"]
        if earlier == "consent_and_risks":
            answers["consent_pressure"] = ["unknown"]
    return answers


@pytest.mark.parametrize("key", ORDER)
def test_question_page_follows_the_question_pattern(client, site, key):
    answers = earlier_answers(key)
    response = client.get(f"/check/q/{key}/?" + query(answers, product="私の製品"))
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"
    page = soup(response)
    criterion = rules.get_criterion(key)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # The question is the page's only <h1>, inside the first fieldset's legend.
    (h1,) = page.find_all("h1")
    assert h1.get_text(strip=True) == criterion.question
    assert h1.find_parent("legend") is not None
    assert h1.find_parent("fieldset").find("legend") is h1.find_parent("legend")
    assert criterion.question in page.title.get_text()
    form = page.select_one("form.question-form")
    assert form["method"] == "get"
    assert form["action"] == f"/check/q/{key}/"
    assert form.has_attr("novalidate")
    assert form["data-hx-get"] == f"/check/q/{key}/"
    # Earlier answers and the product ride along as hidden inputs; the marker says "submitted".
    hidden = [(i["name"], i["value"]) for i in form.select("input[type=hidden]")]
    expected = [(name, v) for name, values in answers.items() for v in values]
    assert hidden == [*expected, ("product", "私の製品"), ("submitted", "1")]
    # Every field of the page offers 「わからない」 and nothing is preselected.
    for question in criterion.questions:
        inputs = form.select(f"input[name={question.param}]")
        assert [i["value"] for i in inputs] == list(question.option_keys)
        assert "unknown" in [i["value"] for i in inputs]
        kind = "checkbox" if question.kind == "multi" else "radio"
        assert {i["type"] for i in inputs} == {kind}
        assert not any(i.has_attr("checked") for i in inputs)
        for option in question.options:
            label = form.find(
                "label", attrs={"for": inputs[question.option_keys.index(option.key)]["id"]}
            )
            assert label.get_text(strip=True) == option.label
    if criterion.hint:
        hint = page.find(id=f"{key}-hint")
        assert hint.get_text(strip=True) == criterion.hint
        assert f"{key}-hint" in h1.find_parent("fieldset")["aria-describedby"]
    (button,) = form.find_all("button")
    assert button.get_text(strip=True) == "次へ"
    # Back link: the previous question (with the answers), or the start page for the first.
    back = page.select_one("a.back-link")
    index = ORDER.index(key)
    if index == 0:
        assert back["href"] == "/check/"
    else:
        path, params = urlsplit(back["href"]).path, parse_qs(urlsplit(back["href"]).query)
        assert path == f"/check/q/{ORDER[index - 1]}/"
        assert params == {**answers, "product": ["私の製品"]}
    assert page.select_one("a[href^='/checkpoints/']")  # くわしく読む


def test_question_page_keeps_the_current_answer_checked(client, site):
    answers = unknown_answers()
    answers["lot_safety_tests"] = ["sterility", "virus"]
    response = client.get("/check/q/lot_safety_tests/?" + query(answers))
    checked = [i["value"] for i in soup(response).select("input[name=lot_safety_tests][checked]")]
    assert checked == ["sterility", "virus"]
    # Every question answered: the back link goes to the answers page.
    assert soup(response).select_one("a.back-link")["href"].startswith("/check/answers/?")


def test_multi_questions_mark_none_and_unknown_as_exclusive(client, site):
    page = soup(client.get("/check/q/ad_required_disclosures/"))
    exclusive = [i["value"] for i in page.select("input[data-exclusive]")]
    assert exclusive == ["none", "unknown"]
    assert page.select_one(".choice-divider").get_text(strip=True) == "または"


@pytest.mark.parametrize(("key", "page_answers", "code"), all_cases())
def test_each_answer_moves_on_and_gives_the_spec_result(client, site, key, page_answers, code):
    answers = earlier_answers(key)
    answers.update(page_answers)
    response = client.get(f"/check/q/{key}/?" + query(answers, submitted="1"))
    assert response.status_code == 303
    assert response["X-Robots-Tag"] == "noindex"
    path, params = location_parts(response)
    index = ORDER.index(key)
    if index + 1 < len(ORDER):
        assert path == f"/check/q/{ORDER[index + 1]}/"
    else:
        assert path == "/check/answers/"
    assert params == answers  # canonical: the same answers, without the marker
    # The result for complete answers gives the spec's code for this criterion.
    complete = {**unknown_answers(), **page_answers}
    page = soup(client.get("/check/result/?" + query(complete)))
    finding = page.find(attrs={"data-criterion": key})
    assert finding["data-result"] == code


def test_answering_out_of_order_goes_to_the_first_unanswered_question(client, site):
    response = client.get("/check/q/impurity_check/?impurity_check=yes&submitted=1")
    assert response.status_code == 303
    assert location_parts(response) == ("/check/q/approval_status/", {"impurity_check": ["yes"]})


@pytest.mark.parametrize("key", ORDER)
def test_submitting_nothing_shows_the_error_summary(client, site, key):
    answers = earlier_answers(key)
    response = client.get(f"/check/q/{key}/?" + query(answers, submitted="1"))
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text().startswith("エラー:")
    summary = page.select_one("[data-error-summary]")
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    # First thing in the step (and so first in <main>, before the back link and the form).
    step = page.find(id="check-step")
    assert step.find(True) is summary
    assert page.find("main").find(True) is step
    links = summary.select("a")
    assert len(links) == len(rules.get_criterion(key).questions)
    assert links[0]["href"].endswith(f"#{key}")
    assert page.find(id=key) is not None  # the link's target: the first option's input
    assert "えらんでください" in page.find(id=f"{key}-error").get_text()
    fieldset = page.find(id=f"{key}-error").find_parent("fieldset")
    assert f"{key}-error" in fieldset["aria-describedby"]


def test_consent_page_requires_both_fields_and_keeps_the_input(client, site):
    answers = earlier_answers("consent_and_risks")
    answers["consent_and_risks"] = ["risks", "costs"]
    response = client.get("/check/q/consent_and_risks/?" + query(answers, submitted="1"))
    assert response.status_code == 200
    page = soup(response)
    assert [a["href"].rsplit("#", 1)[1] for a in page.select("[data-error-summary] a")] == [
        "consent_pressure"
    ]
    assert [i["value"] for i in page.select("input[name=consent_and_risks][checked]")] == [
        "risks",
        "costs",
    ]
    assert page.find(id="consent_pressure-error")
    assert page.find(id="consent_and_risks-error") is None


def test_unknown_question_is_a_japanese_404(client, site):
    for url in ("/check/q/nope/", "/check/q/APPROVAL_STATUS/", "/check/q/consent_pressure/"):
        response = client.get(url)
        assert response.status_code == 404
        assert response["X-Robots-Tag"] == "noindex"
        assert "質問が見つかりません" in response.content.decode()
        assert soup(response).find("html")["lang"] == "ja"


# --- Invalid input: 400, naming the question, linking back to it -------------------------------


def invalid_cases():
    """(name, bad parameters, criterion key or "product", param) for every invalid case."""
    cases = []
    for key in ORDER:
        criterion = rules.get_criterion(key)
        cases.append((f"{key}-unknown-option", [(key, "bogus")], key, key))
        cases.append((f"{key}-option-of-another-case", [(key, "Unknown")], key, key))
        if criterion.kind == "single":
            first, second = criterion.option_keys[:2]
            cases.append((f"{key}-two-values", [(key, first), (key, second)], key, key))
            cases.append((f"{key}-same-value-twice", [(key, first), (key, first)], key, key))
        else:
            item = ITEMS[key][0]
            cases.append((f"{key}-none-and-item", [(key, "none"), (key, item)], key, key))
            cases.append((f"{key}-unknown-and-item", [(key, "unknown"), (key, item)], key, key))
            cases.append((f"{key}-none-and-unknown", [(key, "none"), (key, "unknown")], key, key))
    pressure = "consent_pressure"
    cases.append(("pressure-unknown-option", [(pressure, "maybe")], "consent_and_risks", pressure))
    cases.append(
        (
            "pressure-two-values",
            [(pressure, "yes"), (pressure, "no")],
            "consent_and_risks",
            pressure,
        )
    )
    cases.append(("product-81-characters", [("product", "あ" * 81)], "product", "product"))
    cases.append(("product-twice", [("product", "A"), ("product", "B")], "product", "product"))
    return cases


def replace_params(answers, bad):
    names = {name for name, _ in bad}
    pairs = [(n, v) for n, values in answers.items() if n not in names for v in values]
    return urlencode(pairs + bad)


def assert_names_and_links_back(response, key, param):
    assert response.status_code == 400
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.find("html")["lang"] == "ja"
    assert page.title.get_text().startswith("エラー:")
    assert page.select_one("[data-criterion]") is None  # never a result
    summary = page.select_one("[data-error-summary]")
    text = summary.get_text()
    if key == "product":
        assert "製品の名前" in text
        target = [a for a in summary.select("a") if "/check/answers/" in a["href"]]
        assert target and target[0]["href"].endswith("#product")
        return
    question = next(q for q in rules.get_criterion(key).questions if q.param == param)
    assert question.text in text
    assert any(urlsplit(a["href"]).path == f"/check/q/{key}/" for a in summary.select("a"))


@pytest.mark.parametrize(("name", "bad", "key", "param"), invalid_cases())
@pytest.mark.parametrize("where", ["result", "answers", "own-question", "other-question"])
def test_every_invalid_value_is_a_400_that_names_the_question(
    client, site, name, bad, key, param, where
):
    complete = unknown_answers()
    qs = replace_params(complete, bad)
    if where == "result":
        url = "/check/result/?" + qs
    elif where == "answers":
        url = "/check/answers/?" + qs
    elif where == "own-question":
        url = f"/check/q/{key if key != 'product' else 'approval_status'}/?" + qs
    else:
        other = "broad_claims" if key != "broad_claims" else "approval_status"
        url = f"/check/q/{other}/?" + qs + "&submitted=1"
    response = client.get(url)
    assert_names_and_links_back(response, key, param)


def test_the_link_back_leads_to_a_page_that_works(client, site):
    bad = [("ad_required_disclosures", "none"), ("ad_required_disclosures", "source")]
    response = client.get("/check/result/?" + replace_params(unknown_answers(), bad))
    link = soup(response).select_one("[data-error-summary] a")["href"]
    page = client.get(link)
    assert page.status_code == 200
    assert (
        soup(page).find("h1").get_text(strip=True)
        == rules.get_criterion("ad_required_disclosures").question
    )


def test_invalid_answer_on_its_own_page_keeps_the_input(client, site):
    answers = earlier_answers("lot_safety_tests")
    bad = [("lot_safety_tests", "none"), ("lot_safety_tests", "virus"), ("submitted", "1")]
    response = client.get("/check/q/lot_safety_tests/?" + replace_params(answers, bad))
    assert response.status_code == 400
    page = soup(response)
    checked = [i["value"] for i in page.select("input[name=lot_safety_tests][checked]")]
    assert checked == ["virus", "none"]
    message = page.find(id="lot_safety_tests-error").get_text()
    assert "「どの検査の結果もない」" in message and "「わからない」" in message


def test_product_error_on_the_answers_page_keeps_the_input(client, site):
    long_name = "い" * 81
    response = client.get("/check/answers/?" + complete_query(long_name))
    assert response.status_code == 400
    page = soup(response)
    assert page.find(id="product")["value"] == long_name
    assert "80文字" in page.find(id="product-error").get_text()


def test_unknown_extra_parameters_are_ignored(client, site):
    response = client.get("/check/result/?" + complete_query() + "&utm_source=x&foo=bar&foo=baz")
    assert response.status_code == 200
    assert len(soup(response).select("[data-criterion]")) == 12


def test_other_http_methods_are_refused(client, site):
    assert client.post("/check/result/?" + complete_query()).status_code == 405
    assert client.head("/check/result/?" + complete_query()).status_code == 200


# --- Missing answers ----------------------------------------------------------------------------


@pytest.mark.parametrize("missing", [*ORDER, "consent_pressure"])
@pytest.mark.parametrize("where", ["result", "answers"])
def test_a_missing_answer_redirects_to_the_first_unanswered_question(client, site, missing, where):
    answers = unknown_answers()
    del answers[missing]
    response = client.get(f"/check/{where}/?" + query(answers, product="製品X"))
    assert response.status_code in (302, 303)
    expected = "consent_and_risks" if missing == "consent_pressure" else missing
    path, params = location_parts(response)
    assert path == f"/check/q/{expected}/"
    assert params == {**answers, "product": ["製品X"]}


def test_empty_values_are_unanswered_not_none(client, site):
    answers = unknown_answers()
    answers["lot_safety_tests"] = [""]
    response = client.get("/check/result/?" + query(answers))
    assert response.status_code in (302, 303)
    assert location_parts(response)[0] == "/check/q/lot_safety_tests/"
    response = client.get("/check/result/")
    assert location_parts(response)[0] == "/check/q/approval_status/"


# --- Check your answers -------------------------------------------------------------------------


def test_answers_page_has_a_change_link_per_answer(client, site):
    answers = unknown_answers()
    answers["lot_safety_tests"] = ["sterility", "endotoxin"]
    response = client.get("/check/answers/?" + query(answers, product="製品Y"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    rows = page.select("[data-answer]")
    assert [row["data-answer"] for row in rows] == [*ORDER, "consent_pressure"]
    lot = page.select_one("[data-answer=lot_safety_tests] .summary-list__value").get_text(" ")
    assert "エンドトキシン" in lot and "無菌試験" in lot
    for row in rows:
        link = row.select_one("a[data-change-link]")
        page_key = (
            "consent_and_risks" if row["data-answer"] == "consent_pressure" else row["data-answer"]
        )
        assert urlsplit(link["href"]).path == f"/check/q/{page_key}/"
        assert parse_qs(urlsplit(link["href"]).query) == {**answers, "product": ["製品Y"]}
        assert link["data-hx-get"] == link["href"]
        assert "変更する" in link.get_text()
    form = page.select_one("form.result-form")
    assert form["action"] == "/check/result/" and form["method"] == "get"
    hidden = {(i["name"], i["value"]) for i in form.select("input[type=hidden]")}
    assert hidden == {(n, v) for n, values in answers.items() for v in values}
    assert page.find(id="product")["value"] == "製品Y"
    back = page.select_one("a.back-link")
    assert urlsplit(back["href"]).path == "/check/q/consent_and_risks/"
    assert parse_qs(urlsplit(back["href"]).query) == {**answers, "product": ["製品Y"]}


def test_a_change_goes_back_to_the_answers_page(client, site):
    answers = unknown_answers()
    answers["impurity_check"] = ["yes"]
    response = client.get("/check/q/impurity_check/?" + query(answers, submitted="1"))
    assert response.status_code == 303
    assert location_parts(response) == ("/check/answers/", answers)


# --- The result ---------------------------------------------------------------------------------


def mixed_answers():
    answers = unknown_answers()
    answers.update(
        {
            "approval_status": ["reagent"],  # said_no
            "ad_required_disclosures": ITEMS["ad_required_disclosures"],  # shown
            "regulatory_wording": ["none"],  # na
            "particle_count_only": ["count_only"],  # not_shown
            "ev_marker_panel": ["one"],  # partial
            "lot_safety_tests": ["none"],  # not_shown
            "broad_claims": ["single_purpose"],  # shown
        }
    )
    return answers


MIXED_CODES = {
    "approval_status": "said_no",
    "ad_required_disclosures": "shown",
    "regulatory_wording": "na",
    "particle_count_only": "not_shown",
    "ev_marker_panel": "partial",
    "impurity_check": "unknown",
    "source_and_donor": "unknown",
    "lot_safety_tests": "not_shown",
    "human_evidence": "unknown",
    "research_registration": "unknown",
    "broad_claims": "shown",
    "consent_and_risks": "unknown",
}


@pytest.fixture
def result_response(client, site):
    return client.get("/check/result/?" + query(mixed_answers(), product="<b>ミラクル</b>エキス"))


def test_result_headers_are_private_and_noindex(result_response):
    assert result_response.status_code == 200
    assert result_response["Cache-Control"] == "private, no-store"
    assert result_response["X-Robots-Tag"] == "noindex"
    meta = soup(result_response).find("meta", attrs={"name": "robots"})
    assert meta["content"] == "noindex"


def test_result_has_one_finding_per_criterion_in_order_grouped_by_section(result_response):
    page = soup(result_response)
    findings = page.select("[data-criterion]")
    assert [f["data-criterion"] for f in findings] == ORDER
    assert {f["data-criterion"]: f["data-result"] for f in findings} == MIXED_CODES
    sections = page.select("[data-section]")
    assert [s.find("h2").get_text(strip=True) for s in sections] == [
        "1. 国のルールと広告",
        "2. 製品の中身",
        "3. 効き目の証拠",
        "4. 説明と同意",
    ]
    by_section = [[f["data-criterion"] for f in s.select("[data-criterion]")] for s in sections]
    assert by_section == [ORDER[0:3], ORDER[3:8], ORDER[8:11], ORDER[11:12]]


def test_each_finding_shows_the_published_page_text_and_links_to_it(client, result_response):
    page = soup(result_response)
    pages = {p.criterion_key: p for p in CriterionPage.objects.live()}
    for finding in page.select("[data-criterion]"):
        key, code = finding["data-criterion"], finding["data-result"]
        criterion_page = pages[key]
        assert criterion_page.result_text(code) in finding.get_text()
        link = finding.select_one("a[data-learn-more]")
        assert link["href"] == criterion_page.url
        assert client.get(link["href"]).status_code == 200


def test_ask_list_holds_the_open_questions_in_order(result_response):
    page = soup(result_response)
    asked = [item["data-ask"] for item in page.select("[data-ask]")]
    assert asked == [key for key in ORDER if MIXED_CODES[key] not in NOT_ASKED]
    pages = {p.criterion_key: p for p in CriterionPage.objects.live()}
    for item in page.select("[data-ask]"):
        assert pages[item["data-ask"]].ask_text in item.get_text()
    heading = page.find(id="ask-heading").get_text(strip=True)
    assert heading == "クリニックに聞くことリスト(印刷できます)"


def test_ask_list_is_empty_when_everything_is_shown_or_na(client, site):
    answers = {key: [next(o for o, c in SINGLE[key].items() if c == "shown")] for key in SINGLE}
    for key in ("ad_required_disclosures", "lot_safety_tests", "consent_and_risks"):
        answers[key] = ITEMS[key]
    answers["consent_pressure"] = ["no"]
    answers["regulatory_wording"] = ["none"]
    page = soup(client.get("/check/result/?" + query(answers)))
    assert page.select("[data-ask]") == []
    assert "聞くことは残っていません" in page.select_one("[data-ask-list]").get_text()
    assert page.select_one(".summary__advice") is None


def test_summary_counts_by_kind_and_never_scores(result_response):
    page = soup(result_response)
    counts = {
        li["data-summary-count"]: int(re.search(r"(\d+)項目", li.get_text()).group(1))
        for li in page.select("[data-summary-count]")
    }
    assert counts == {"shown": 2, "partial": 1, "not_shown": 2, "said_no": 1, "unknown": 5, "na": 1}
    text = main_text(result_response)
    for word in ("合格", "不合格", "点数:", "総合", "/12", "/ 12"):
        assert word not in text
    assert "点数ではありません" in text


def test_disclaimer_reviewed_date_product_and_help(result_response):
    page = soup(result_response)
    (disclaimer,) = page.select("[data-disclaimer]")
    assert "医療のアドバイスではありません" in disclaimer.get_text()
    (reviewed,) = page.select("[data-reviewed]")
    newest = max(p.last_reviewed for p in CriterionPage.objects.live())
    assert reviewed.get_text(strip=True) == newest.isoformat()
    assert reviewed["datetime"] == newest.isoformat()
    html = result_response.content.decode()
    assert "&lt;b&gt;ミラクル&lt;/b&gt;エキス" in html and "<b>ミラクル</b>" not in html
    assert "ミラクル" in page.select_one("[data-ask-list]").get_text()
    help_text = page.select_one("[data-help]").get_text()
    assert "消費者ホットライン" in help_text and "医療安全支援センター" in help_text


def test_banned_words_never_appear_in_the_result(client, site):
    cases = [mixed_answers(), unknown_answers()]
    for _key, page_answers, _code in all_cases():
        cases.append({**unknown_answers(), **page_answers})
    for answers in cases:
        text = main_text(client.get("/check/result/?" + query(answers)))
        for word in BANNED:
            assert word not in text


def test_share_link_is_the_canonical_result_url_behind_a_plain_name(result_response):
    page = soup(result_response)
    link = page.select_one("[data-share-url]")
    # The long address is never printed on the page: the link has a short name.
    assert link.get_text(strip=True) == "この結果のリンク"
    assert "/check/result/?" not in page.find("main").get_text()
    parts = urlsplit(link["href"])
    assert parts.scheme == "http" and parts.netloc == "testserver"
    assert parts.path == "/check/result/"
    assert parse_qs(parts.query) == {**mixed_answers(), "product": ["<b>ミラクル</b>エキス"]}
    copy = page.select_one("[data-copy-button]")
    assert copy.has_attr("hidden")  # shown by JavaScript only


def test_result_needs_few_queries(client, site, django_assert_max_num_queries):
    url = "/check/result/?" + query(mixed_answers())
    client.get(url)  # warm caches (site root paths)
    with django_assert_max_num_queries(6):
        assert client.get(url).status_code == 200


@pytest.fixture(params=["page cache off", "page cache on"])
def serving(request, settings):
    """Both ways the site may run: with the page cache (production: the checker's published
    lookups are then shared between requests until the next publish) and without."""
    from django.core.cache import caches

    from ops import objectcache

    settings.PAGE_CACHE_ENABLED = request.param == "page cache on"
    caches["default"].clear()
    objectcache.clear()
    yield request.param
    caches["default"].clear()
    objectcache.clear()


def test_with_the_page_cache_a_result_reads_the_published_texts_once(
    client, site, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = True
    other = "/check/result/?" + query({**mixed_answers(), "impurity_check": ["no"]})
    url = "/check/result/?" + query(mixed_answers())
    assert client.get(other).status_code == 200  # another patient's result, before
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"  # the result itself: never stored
    with django_assert_num_queries(0):
        assert client.get("/check/").status_code == 200


def test_nothing_a_patient_sends_stays_in_the_shared_lookups(client, site, settings):
    from ops import objectcache

    settings.PAGE_CACHE_ENABLED = True
    objectcache.clear()
    product = "ひみつのテスト製品ZQ"
    response = client.get("/check/result/?" + query(mixed_answers(), product=product))
    assert product in response.content.decode()
    kept = repr(list(objectcache._stores.values()))  # every value the process keeps
    assert "ZQ" not in kept and "/check/result/" not in kept


# --- CriterionPage revisions ------------------------------------------------------------------


def test_publishing_a_new_revision_changes_the_page_and_the_result(client, site, serving):
    url = "/check/result/?" + query(mixed_answers())
    page = CriterionPage.objects.get(criterion_key="particle_count_only")
    new_text = "編集者が書きなおした、粒子の数についての説明です。"
    page.result_not_shown = new_text
    page.ask_text = "編集者が書きなおした質問です。"
    page.save_revision()  # a draft: the live texts do not change yet
    assert new_text not in client.get(url).content.decode()
    assert new_text not in client.get(page.url).content.decode()

    page.get_latest_revision().publish()
    result = soup(client.get(url))
    finding = result.select_one("[data-criterion=particle_count_only]")
    assert new_text in finding.get_text()
    assert (
        "編集者が書きなおした質問です。"
        in result.select_one("[data-ask=particle_count_only]").get_text()
    )
    assert new_text in client.get(page.url).content.decode()


def test_reviewed_date_is_the_newest_of_the_published_pages(client, site, serving):
    url = "/check/result/?" + query(mixed_answers())
    page = CriterionPage.objects.get(criterion_key="broad_claims")
    later = max(p.last_reviewed for p in CriterionPage.objects.all()) + datetime.timedelta(days=40)
    page.last_reviewed = later
    page.save_revision()  # draft only
    assert soup(client.get(url)).select_one("[data-reviewed]")["datetime"] != later.isoformat()
    page.get_latest_revision().publish()
    assert soup(client.get(url)).select_one("[data-reviewed]")["datetime"] == later.isoformat()
    # An unpublished page no longer counts.
    CriterionPage.objects.get(pk=page.pk).unpublish()
    assert soup(client.get(url)).select_one("[data-reviewed]")["datetime"] != later.isoformat()


def test_result_still_renders_when_a_page_is_unpublished(client, site):
    CriterionPage.objects.get(criterion_key="impurity_check").unpublish()
    response = client.get("/check/result/?" + query(mixed_answers()))
    assert response.status_code == 200
    finding = soup(response).select_one("[data-criterion=impurity_check]")
    assert finding["data-result"] == "unknown"
    assert finding.select_one("a[data-learn-more]") is None
    assert soup(response).select_one("[data-ask=impurity_check]") is not None


def test_criterion_page_shows_question_results_and_ask(client, site):
    page = CriterionPage.objects.get(criterion_key="consent_and_risks")
    response = client.get(page.url)
    assert response.status_code == 200
    html = soup(response)
    box = html.select_one("[data-criterion-question=consent_and_risks]")
    text = box.get_text()
    criterion = rules.get_criterion("consent_and_risks")
    assert criterion.question in text and criterion.also_asks[0].text in text
    for option in criterion.options:
        assert option.label in text
    meanings = [row["data-result-meaning"] for row in html.select("[data-result-meaning]")]
    assert meanings == ["shown", "partial", "not_shown", "unknown"]
    assert page.ask_text in html.select_one("[data-ask-text]").get_text()
    assert html.find("h1").get_text(strip=True) == page.title
    assert Page.objects.get(pk=page.pk).get_parent().url == "/checkpoints/"


# --- Fuzz ---------------------------------------------------------------------------------------

PARAM_NAMES = [*rules.PARAMS, "submitted", "foo", "", "product[]", "approval_status "]
OPTION_VALUES = sorted(
    {key for criterion in rules.CRITERIA for q in criterion.questions for key in q.option_keys}
)
junk = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=90)
value = st.one_of(st.sampled_from(OPTION_VALUES), st.just(""), junk)
pairs = st.lists(st.tuples(st.sampled_from(PARAM_NAMES), value), max_size=30)
raw = st.text(alphabet="&=%;+#?/\\0123456789abcdefABCDEF_ あ\x00\n", max_size=120)


def near_complete():
    """Mostly valid answers with a few random changes: reaches the result page often."""

    def build(changes):
        answers = [(n, v) for n, values in unknown_answers().items() for v in values]
        for name, new in changes:
            answers = [(n, v) for n, v in answers if n != name] + [(name, new)]
        return answers

    return st.lists(st.tuples(st.sampled_from(PARAM_NAMES), value), max_size=3).map(build)


query_strings = st.one_of(
    pairs.map(urlencode), near_complete().map(urlencode), raw, junk.map(lambda s: s + "=1")
)


@settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(qs=query_strings, key=st.sampled_from([*ORDER, "nope", "%E3%81%82", "consent_pressure"]))
def test_fuzzed_query_strings_never_give_a_500(client, site, qs, key):
    for path in ("/check/result/", f"/check/q/{key}/"):
        response = client.get(f"{path}?{qs}")
        assert response.status_code in (200, 302, 303, 400, 404), (path, qs)
        event(f"{path.split('/')[2]} {response.status_code}")
        if response.status_code == 200 and path == "/check/result/":
            assert len(soup(response).select("[data-criterion]")) == 12
