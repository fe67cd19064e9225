"""The decision pages as a reader gets them: 「受けるか決める前に」 answers the choice
questions (how it is given, evidence, harms, without it, other options, whom to ask, cost and
visits, that not having it is a choice), cited; 「報告されている害とリスク」 attributes each harm;
every other article links to the decision page."""

import pytest
from bs4 import BeautifulSoup

from learn.models import ArticlePage

pytestmark = pytest.mark.django_db


def main_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup, soup.select_one("main").get_text()


def test_before_you_decide_answers_the_choice_questions(client, site_content):
    soup, text = main_text(client, "/learn/before-you-decide/")
    assert soup.select_one("[data-key-points]") is not None
    for words in (
        ("点滴", "注射", "塗る"),  # how it is given
        ("アンチエイジング・美容", "育毛", "疲労回復", "病気を治す"),  # the uses sold
        ("証拠は、まだ少ない",),  # evidence in people
        ("医薬品副作用被害救済制度",),  # harms: no relief
        ("「今すぐ」",),  # without it, for cosmetic goals
        ("ほかの方法", "ふだん診てもらっている医師"),  # other options, whom to ask
        ("お金", "回数", "わかりません"),  # cost and visits, and what is not known
        ("受けないことも、選べます。",),
    ):
        for word in words:
            assert word in text, word
    assert soup.select(".references__item"), "the page lists its sources"
    assert soup.select(".cite__mark")


def test_risks_page_attributes_each_harm(client, site_content):
    soup, text = main_text(client, "/learn/risks/")
    assert soup.select_one("[data-unwell-box]") is not None
    assert "研究班" in text and "国が決めたことではなく" in text
    assert "海外" in text and "自由診療では、敗血症" in text
    assert "2025年5月" in text and "2025年9月" in text
    assert "エクソソームだけの話では、ありません" in text
    assert "長く使ったあと" in text


def test_every_other_article_links_to_the_decision_page(client, site_content):
    for page in ArticlePage.objects.live().specific():
        soup, _ = main_text(client, page.url)
        links = soup.select('[data-decide-link] a[href="/learn/before-you-decide/"]')
        assert len(links) == (0 if page.slug == "before-you-decide" else 1), page.url
