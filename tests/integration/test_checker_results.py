"""The result that explains itself and the one-page question list, over HTTP (Django's client).

Per-item hooks of the three multi findings, the sentences above their lists, the result labels,
the facts the site already knows (with sources and dates), the summary and 「つぎにすること」, the
share link, and /check/questions/ (same data-ask hooks and order, privacy headers, redirects and
400s like the result). Expected values are written out from the checker contract by hand.
"""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction

from checker.models import CriterionPage
from learn.models import Source

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
LABELS = {
    "shown": "示されています",
    "partial": "一部だけ示されています",
    "not_shown": "示されていません",
    "said_no": "「ない」と説明されました",
    "unknown": "まだ確かめられていません",
    "na": "この項目はあてはまりません",
}
# The advert of the report, answered as a patient holding only that advert would:
# 「幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ」
ADVERT_ANSWERS = {
    "approval_status": ["unknown"],
    "ad_required_disclosures": ["none"],
    "regulatory_wording": ["none"],
    "particle_count_only": ["count_only"],
    "ev_marker_panel": ["unknown"],
    "impurity_check": ["unknown"],
    "source_and_donor": ["unknown"],
    "lot_safety_tests": ["unknown"],
    "human_evidence": ["unknown"],
    "research_registration": ["unknown"],
    "broad_claims": ["many_claims"],
    "consent_and_risks": ["unknown"],
    "consent_pressure": ["unknown"],
}
ADVERT_CODES = {
    "approval_status": "unknown",
    "ad_required_disclosures": "not_shown",
    "regulatory_wording": "na",
    "particle_count_only": "not_shown",
    "ev_marker_panel": "unknown",
    "impurity_check": "unknown",
    "source_and_donor": "unknown",
    "lot_safety_tests": "unknown",
    "human_evidence": "unknown",
    "research_registration": "unknown",
    "broad_claims": "not_shown",
    "consent_and_risks": "unknown",
}
LONGEST_PRODUCT = "幹細胞培養上清エクソソーム点滴" + "あ" * 65


def unknown_answers():
    answers = {key: ["unknown"] for key in ORDER}
    answers["consent_pressure"] = ["unknown"]
    return answers


def query(answers, **extra):
    pairs = [(name, value) for name, values in answers.items() for value in values]
    pairs += list(extra.items())
    return urlencode(pairs)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_initial_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(content, db):
    """Per test: a savepoint inside the module's transaction."""


def result_page(client, answers, **extra):
    response = client.get("/check/result/?" + query(answers, **extra))
    assert response.status_code == 200
    return soup(response)


def items_of(page, key):
    finding = page.select_one(f"[data-criterion={key}]")
    return [(li["data-item"], li["data-item-shown"]) for li in finding.select("[data-item]")]


def sentences_of(page, key):
    finding = page.select_one(f"[data-criterion={key}]")
    return [p.get_text(strip=True) for p in finding.select("[data-item-sentence]")]


# --- Items ---------------------------------------------------------------------------------------


MULTI_CASES = [
    # (key, answers for its page, expected (item, shown) pairs)
    (
        "ad_required_disclosures",
        {"ad_required_disclosures": ["unapproved", "foreign_safety"]},
        [
            ("unapproved", "yes"),
            ("source", "no"),
            ("domestic_alternatives", "no"),
            ("foreign_safety", "yes"),
            ("relief_system", "no"),
        ],
    ),
    (
        "ad_required_disclosures",
        {"ad_required_disclosures": ["none"]},
        [(item, "no") for item in ITEMS["ad_required_disclosures"]],
    ),
    ("ad_required_disclosures", {"ad_required_disclosures": ["unknown"]}, []),
    (
        "lot_safety_tests",
        {"lot_safety_tests": ITEMS["lot_safety_tests"]},
        [(item, "yes") for item in ITEMS["lot_safety_tests"]],
    ),
    (
        "lot_safety_tests",
        {"lot_safety_tests": ["virus"]},
        [("sterility", "no"), ("endotoxin", "no"), ("mycoplasma", "no"), ("virus", "yes")],
    ),
    ("lot_safety_tests", {"lot_safety_tests": ["unknown"]}, []),
    (
        "consent_and_risks",
        {"consent_and_risks": ["none"], "consent_pressure": ["no"]},
        [*((item, "no") for item in ITEMS["consent_and_risks"]), ("consent_pressure", "yes")],
    ),
    (
        "consent_and_risks",
        {"consent_and_risks": ["risks", "costs"], "consent_pressure": ["yes"]},
        [
            ("risks", "yes"),
            ("alternatives", "no"),
            ("costs", "yes"),
            ("contact", "no"),
            ("relief_system", "no"),
            ("consent_pressure", "no"),
        ],
    ),
    (
        "consent_and_risks",
        {"consent_and_risks": ITEMS["consent_and_risks"], "consent_pressure": ["unknown"]},
        [(item, "yes") for item in ITEMS["consent_and_risks"]],
    ),
    ("consent_and_risks", {"consent_and_risks": ["unknown"], "consent_pressure": ["unknown"]}, []),
]


@pytest.mark.parametrize(("key", "page_answers", "expected"), MULTI_CASES)
def test_multi_findings_list_each_item_with_whether_it_is_shown(
    client, site, key, page_answers, expected
):
    page = result_page(client, {**unknown_answers(), **page_answers})
    assert items_of(page, key) == expected
    finding = page.select_one(f"[data-criterion={key}]")
    for li in finding.select("[data-item]"):
        assert li.name == "li"
        assert li.find_parent(attrs={"data-criterion": True}) is finding
    # Single findings never carry item hooks.
    for other in ORDER:
        if other not in ITEMS:
            assert items_of(page, other) == []


def test_the_report_case_names_what_is_missing_and_the_pressure_answer_apart(client, site):
    """No written explanation and NOT pressured: no sentence says the reader was pressured."""
    answers = {**unknown_answers(), "consent_and_risks": ["none"], "consent_pressure": ["no"]}
    page = result_page(client, answers)
    assert sentences_of(page, "consent_and_risks") == [
        "書面での説明はなかったという答えでした。",
        "その日のうちに決めるよう、せかされなかったという答えでした。",
    ]
    answers["consent_and_risks"] = ["risks", "alternatives", "contact"]
    page = result_page(client, answers)
    assert sentences_of(page, "consent_and_risks") == [
        "書面の説明がなかったもの:費用の合計・回数・やめるときの条件、国の救済制度の対象外であること。",
        "その日のうちに決めるよう、せかされなかったという答えでした。",
    ]
    finding = page.select_one("[data-criterion=consent_and_risks]")
    texts = [li.get_text(strip=True) for li in finding.select("[data-item]")]
    assert texts[0] == "副作用やリスク:説明があった"
    assert texts[2] == "費用の合計・回数・やめるときの条件:説明がなかった"
    assert texts[-1] == "その日のうちに決めるよう、せかされたか:せかされなかった"


def test_ad_and_lot_sentences_name_the_missing_items(client, site):
    answers = {
        **unknown_answers(),
        "ad_required_disclosures": ["unapproved", "source", "domestic_alternatives"],
        "lot_safety_tests": ["none"],
    }
    page = result_page(client, answers)
    assert sentences_of(page, "ad_required_disclosures") == [
        "広告に書いてなかったもの:外国での安全性の情報、国の救済制度の対象にならないこと。"
    ]
    assert sentences_of(page, "lot_safety_tests") == [
        "4つの検査とも、書類に結果がなかったという答えでした。"
    ]
    assert sentences_of(page, "approval_status") == []


# --- Labels, summary, next steps -----------------------------------------------------------------


def test_result_labels_are_plain_and_grouped_in_three_styles(client, site):
    page = result_page(client, ADVERT_ANSWERS, product="幹細胞培養上清エクソソーム点滴")
    styles = set()
    for finding in page.select("[data-criterion]"):
        code = finding["data-result"]
        assert code == ADVERT_CODES[finding["data-criterion"]]
        tag = finding.select_one(".finding__result .result-tag")
        assert tag.get_text(strip=True) == LABELS[code]
        styles |= {c for c in tag["class"] if c.startswith("result-tag--")}
    assert styles <= {"result-tag--shown", "result-tag--ask", "result-tag--na"}
    counts = [
        li.select_one(".result-tag").get_text(strip=True)
        for li in page.select("[data-summary-count]")
    ]
    assert counts == [LABELS["not_shown"], LABELS["unknown"], LABELS["na"]]


def test_result_opens_with_summary_next_steps_and_the_unwell_box(client, site):
    page = result_page(client, ADVERT_ANSWERS, product="幹細胞培養上清エクソソーム点滴")
    step = page.find(id="check-step")
    order = [
        el
        for el in step.find_all(True)
        if el.has_attr("data-summary")
        or el.has_attr("data-next-steps")
        or el.has_attr("data-unwell-box")
        or el.has_attr("data-criterion")
    ]
    firsts = [
        next(
            a
            for a in ("data-summary", "data-next-steps", "data-unwell-box", "data-criterion")
            if el.has_attr(a)
        )
        for el in order[:4]
    ]
    assert firsts == ["data-summary", "data-next-steps", "data-unwell-box", "data-criterion"]
    summary = page.select_one("[data-summary-sentence]").get_text(strip=True)
    assert (
        summary == "12の項目のうち、示されていた項目は、ありませんでした。"
        "クリニックに聞くとよいことが、11項目あります。"
    )
    next_steps = page.select_one("[data-next-steps]")
    assert "受けないことも、選べます。" in next_steps.get_text()
    assert next_steps.select_one("a[data-before-you-decide]")["href"] == "/learn/before-you-decide/"
    link = next_steps.select_one("a[data-questions-link]")
    assert urlsplit(link["href"]).path == "/check/questions/"
    assert parse_qs(urlsplit(link["href"]).query) == {
        **ADVERT_ANSWERS,
        "product": ["幹細胞培養上清エクソソーム点滴"],
    }
    box = page.select_one("[data-unwell-box]")
    tels = {a["href"] for a in box.select("a[href^='tel:']")}
    assert {"tel:119", "tel:%237119", "tel:188"} <= tels
    assert "医療安全支援センター" in box.get_text()


def test_no_raw_address_is_printed_and_the_share_link_is_a_plain_link(client, site):
    page = result_page(client, ADVERT_ANSWERS, product="幹細胞培養上清エクソソーム点滴")
    text = page.find("main").get_text()
    assert "http://" not in text and "https://" not in text
    assert "?approval_status=" not in text
    link = page.select_one("a[data-share-url]")
    assert link.get_text(strip=True) == "この結果のリンク"
    assert link["href"].startswith("http://testserver/check/result/?")
    assert page.select_one("[data-copy-button]").has_attr("hidden")  # JavaScript shows it


# --- Facts the site already knows ---------------------------------------------------------------


@pytest.mark.parametrize("code_answer", ["approval_number", "unapproved", "reagent", "unknown"])
def test_approval_finding_states_the_2024_notice_with_its_sources(client, site, code_answer):
    page = result_page(client, {**unknown_answers(), "approval_status": [code_answer]})
    finding = page.select_one("[data-criterion=approval_status]")
    (fact,) = finding.select("[data-known-fact]")
    text = fact.get_text(" ", strip=True)
    assert (
        "2024年7月31日" in text
        and "厚生労働省" in text
        and "薬機法で承認されたくすりではありません" in text
    )
    source = Source.objects.get(key="mhlw-reagent-notice-2024")
    assert source.title in text and source.publisher in text
    assert "2024年7月31日" in fact.select_one(".finding__fact-sources").get_text()


def test_ad_finding_states_the_2024_guideline_with_its_sources(client, site):
    page = result_page(client, ADVERT_ANSWERS)
    finding = page.select_one("[data-criterion=ad_required_disclosures]")
    (fact,) = finding.select("[data-known-fact]")
    text = fact.get_text(" ", strip=True)
    assert "2024年3月22日" in text and "医療広告ガイドライン" in text
    assert Source.objects.get(key="iryo-koukoku-guideline-2024").title in text
    # Only those two criteria carry such a fact.
    with_facts = [
        f["data-criterion"]
        for f in page.select("[data-criterion]")
        if f.select("[data-known-fact]")
    ]
    assert with_facts == ["approval_status", "ad_required_disclosures"]


def test_a_fact_is_never_shown_without_a_source(client, site):
    Source.objects.filter(key__in=["mhlw-reagent-notice-2024", "yakuji-2024-07-31"]).update(
        live=False
    )
    page = result_page(client, unknown_answers())
    assert page.select("[data-criterion=approval_status] [data-known-fact]") == []


def test_criterion_pages_use_the_new_labels(client, site):
    page = CriterionPage.objects.get(criterion_key="approval_status")
    html = soup(client.get(page.url))
    labels = [dt.get_text(strip=True) for dt in html.select("[data-result-meaning] dt")]
    assert labels == [LABELS["shown"], LABELS["said_no"], LABELS["unknown"]]


# --- The question list ---------------------------------------------------------------------------


def test_question_list_holds_only_the_questions_in_the_result_order(client, site):
    answers = ADVERT_ANSWERS
    result = result_page(client, answers, product=LONGEST_PRODUCT)
    response = client.get("/check/questions/?" + query(answers, product=LONGEST_PRODUCT))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    asked = [el["data-ask"] for el in page.select("[data-ask]")]
    assert asked == [el["data-ask"] for el in result.select("[data-ask]")]
    assert asked == [key for key in ORDER if ADVERT_CODES[key] not in ("shown", "na")]
    assert page.select("[data-criterion]") == []  # only the questions
    pages = {p.criterion_key: p for p in CriterionPage.objects.live()}
    for item in page.select("[data-ask]"):
        assert pages[item["data-ask"]].ask_text in item.get_text()
        assert item.select_one("[data-answer-space]") is not None
    assert page.select_one("[data-product]").get_text(strip=True) == LONGEST_PRODUCT
    # A strict CSP works: no inline script or style.
    assert all(script.get("src") for script in page.find_all("script"))
    assert page.find("style") is None and page.find(attrs={"style": True}) is None
    date = page.select_one("[data-sheet-date]")
    assert len(date["datetime"]) == 10 and date.get_text(strip=True).endswith("日")
    assert page.select_one("[data-site-address]").get_text(strip=True) == "testserver"
    assert "医療のアドバイスではありません" in page.find("main").get_text()
    assert "?approval_status=" not in page.find("main").get_text()
    # Linked from the result, and links back to it.
    link = result.select_one("a[data-questions-link]")
    assert link["href"] == "/check/questions/?" + query(answers, product=LONGEST_PRODUCT)
    back = page.select_one("a.back-link")
    assert urlsplit(back["href"]).path == "/check/result/"


def test_question_list_escapes_the_product_name(client, site):
    response = client.get("/check/questions/?" + query(unknown_answers(), product="<b>X</b>"))
    html = response.content.decode()
    assert "&lt;b&gt;X&lt;/b&gt;" in html and "<b>X</b>" not in html


@pytest.mark.parametrize("missing", ["approval_status", "lot_safety_tests", "consent_pressure"])
def test_question_list_redirects_a_missing_answer_like_the_result(client, site, missing):
    answers = unknown_answers()
    del answers[missing]
    response = client.get("/check/questions/?" + query(answers, product="製品X"))
    assert response.status_code in (302, 303)
    assert response["Cache-Control"] == "private, no-store"
    expected = "consent_and_risks" if missing == "consent_pressure" else missing
    parts = urlsplit(response["Location"])
    assert parts.path == f"/check/q/{expected}/"
    assert parse_qs(parts.query) == {**answers, "product": ["製品X"]}


@pytest.mark.parametrize(
    "bad",
    [
        [("approval_status", "bogus")],
        [("lot_safety_tests", "none"), ("lot_safety_tests", "virus")],
        [("consent_pressure", "maybe")],
        [("product", "あ" * 81)],
    ],
)
def test_question_list_answers_an_invalid_value_with_a_400_like_the_result(client, site, bad):
    names = {name for name, _ in bad}
    pairs = [(n, v) for n, values in unknown_answers().items() if n not in names for v in values]
    qs = urlencode(pairs + bad)
    response = client.get("/check/questions/?" + qs)
    assert response.status_code == 400
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.select_one("[data-error-summary]") is not None
    assert page.select("[data-ask]") == []
    assert client.get("/check/result/?" + qs).status_code == 400


def test_question_list_with_nothing_to_ask(client, site):
    answers = {
        "approval_status": ["approval_number"],
        "ad_required_disclosures": ITEMS["ad_required_disclosures"],
        "regulatory_wording": ["none"],
        "particle_count_only": ["count_and_markers"],
        "ev_marker_panel": ["both"],
        "impurity_check": ["yes"],
        "source_and_donor": ["both"],
        "lot_safety_tests": ITEMS["lot_safety_tests"],
        "human_evidence": ["human_papers"],
        "research_registration": ["registered"],
        "broad_claims": ["single_purpose"],
        "consent_and_risks": ITEMS["consent_and_risks"],
        "consent_pressure": ["no"],
    }
    page = soup(client.get("/check/questions/?" + query(answers)))
    assert page.select("[data-ask]") == []
    assert "聞くことは残っていません" in page.find("main").get_text()


def test_start_page_says_what_to_prepare_and_how_long_before_the_button(client, site):
    page = soup(client.get("/check/"))
    facts = page.select_one("[data-start-facts]")
    text = facts.get_text()
    assert "用意するもの" in text and "10分ほど" in text
    button = page.select_one("a[data-start-button]")
    # Both come before the button in reading order, right after the lead.
    elements = page.find("main").find_all(True)
    assert elements.index(facts) < elements.index(button)
    assert [h.name for h in page.find("main").find_all(["h1", "h2"])][:2] == ["h1", "h2"]


def test_summary_sentence_counts_and_never_scores():
    from checker.views import summary_sentence

    counts = {"shown": 3, "partial": 1, "not_shown": 2, "said_no": 1, "unknown": 4, "na": 1}
    assert summary_sentence(counts, 8) == (
        "12の項目のうち、示されていたのは3項目です。クリニックに聞くとよいことが、8項目あります。"
    )
    counts = {"shown": 11, "partial": 0, "not_shown": 0, "said_no": 0, "unknown": 0, "na": 1}
    assert summary_sentence(counts, 0) == (
        "12の項目のうち、示されていたのは11項目です。クリニックに聞くことは、残っていません。"
    )
