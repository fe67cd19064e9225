"""ふりがな in Debian's Chromium, on a 390px phone: the header switch with JavaScript (toggles in
place, remembered in the browser) and without (a plain link to the page with readings); the
readings themselves (細胞外小胞 さいぼうがいしょうほう, a glossary reading over the analyser's, an
editor's 読み方 correction after the reviewer publishes it in the admin); screen readers read each
word once; copying gives the words alone; print keeps the readings; axe 0 violations on and off."""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import Group

from learn.editorial import REVIEWER_GROUP
from learn.models import ArticlePage, GlossaryTerm, ReadingCorrection, SectionPage

from .conftest import describe

pytestmark = pytest.mark.django_db(transaction=True)

EV_PAGE = "/learn/what-are-exosomes/"
TEST_PAGE = "/learn/furigana-test/"
PASSWORD = "correct horse battery staple"
TIMEOUT = 30_000

# Every ruby in main as [base, reading].
RUBIES = """() => Array.from(document.querySelectorAll('main ruby')).map(r => {
  const rt = r.querySelector('rt');
  return [Array.from(r.childNodes).filter(n => n !== rt).map(n => n.textContent).join(''),
          rt ? rt.textContent : ''];
})"""


@pytest.fixture
def site(live_server, site_content, django_user_model):
    learn = SectionPage.objects.get(slug="learn")
    page = ArticlePage(
        title="ふりがなの確かめ",
        slug="furigana-test",
        lead="幹細胞培養上清を使う治療の説明です。生物の話もします。",
        body=[("paragraph", {"text": "<p>細胞外小胞の大きさは100億個の粒で決まりません。</p>"})],
        last_reviewed=datetime.date(2026, 1, 1),
        next_review_due=datetime.date(2099, 1, 1),
    )
    learn.add_child(instance=page)
    page.save_revision().publish()
    term = GlossaryTerm(
        term="幹細胞培養上清",
        reading="かんさいぼうばいようじょうせい",
        definition="幹細胞を育てた液から、細胞をのぞいた液です。",
    )
    term.save()
    term.save_revision().publish()
    user = django_user_model.objects.create_user(username="kanshu", password=PASSWORD)
    user.groups.add(Group.objects.get(name=REVIEWER_GROUP))
    return live_server.url


def rubies(page):
    return [tuple(pair) for pair in page.evaluate(RUBIES)]


def overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_switch_with_javascript_toggles_in_place_and_is_remembered(page, site, axe_violations):
    page.goto(site + EV_PAGE)
    switch = page.get_by_role("button", name="ふりがな")
    assert switch.get_attribute("aria-pressed") == "false"
    assert page.evaluate("document.documentElement.dataset.furigana") is None
    editor_rubies = rubies(page)  # the page's own {漢字|よみ} readings, before the switch
    assert overflow(page) <= 0
    off_violations = axe_violations(page)
    assert off_violations == [], describe(off_violations)

    switch.click()
    page.locator("html[data-furigana=on]").wait_for(state="attached")
    assert page.url.endswith(EV_PAGE + "?furigana=1")
    switch = page.get_by_role("button", name="ふりがな")
    assert switch.get_attribute("aria-pressed") == "true"
    assert page.evaluate("document.activeElement.hasAttribute('data-furigana-switch')")
    on = rubies(page)
    assert len(on) > 5 * max(1, len(editor_rubies))
    assert ("細胞外小胞", "さいぼうがいしょうほう") in on
    assert ("学", "まな") in [tuple(p) for p in page.evaluate(RUBIES.replace("main", "header"))]
    assert overflow(page) <= 0, "the header still fits a 390px phone"
    # Screen readers: the heading is read once, without its readings.
    heading = page.get_by_role("heading", level=1)
    name = page.evaluate(
        "(() => { const h = document.querySelector('main h1').cloneNode(true);"
        " h.querySelectorAll('rt').forEach(r => r.remove()); return h.textContent.trim(); })()"
    )
    # (Chromium puts a space around each ruby in the tree; no reading is added.)
    spoken = re.sub(r"\s", "", heading.aria_snapshot())
    assert spoken == re.sub(r"\s", "", f'- heading "{name}" [level=1]')
    # Copying: the readings are not selectable, so the copied text is the words alone.
    assert page.evaluate("getComputedStyle(document.querySelector('main rt')).userSelect") == "none"
    copied = page.evaluate(
        "(() => { const s = getSelection(); s.selectAllChildren(document.querySelector('main h1'));"
        " return s.toString(); })()"
    )
    assert copied.strip() == name
    on_violations = axe_violations(page)
    assert on_violations == [], describe(on_violations)
    # Print keeps the readings (the switch itself is not printed).
    page.emulate_media(media="print")
    assert page.locator("main h1 rt").first.is_visible()
    assert not page.locator("[data-furigana-switch]").is_visible()
    page.emulate_media(media="screen")

    # Remembered: a page opened later, without the parameter, shows readings too.
    page.goto(site + "/glossary/")
    page.locator("html[data-furigana=on]").wait_for(state="attached")
    assert page.get_by_role("button", name="ふりがな").get_attribute("aria-pressed") == "true"

    # Off again: the page as it was, and remembered off.
    page.goto(site + EV_PAGE)
    page.locator("html[data-furigana=on]").wait_for(state="attached")
    page.get_by_role("button", name="ふりがな").click()
    page.locator("html:not([data-furigana])").wait_for(state="attached")
    assert rubies(page) == editor_rubies
    assert page.url.endswith(EV_PAGE)
    page.goto(site + "/glossary/")
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.dataset.furigana") is None


def test_switch_without_javascript_is_a_link_to_the_page_with_readings(browser, site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="ja-JP"
    )
    page = context.new_page()
    page.goto(site + TEST_PAGE)
    off = rubies(page)  # only the glossary links' own readings
    assert ("治療", "ちりょう") not in off
    page.get_by_role("link", name="ふりがなをつける").click()
    page.wait_for_url(re.compile(r".*\?furigana=1$"))
    on = rubies(page)
    assert ("治療", "ちりょう") in on and len(on) > len(off)
    # A glossary term's reading wins over the analyser's, which reads 幹, 細胞, 培養, 上 and
    # gives 清 no reading: every occurrence is one word with the glossary's reading.
    assert ("幹細胞培養上清", "かんさいぼうばいようじょうせい") in on
    assert not any(base in ("幹", "上", "培養") for base, _ in on)
    assert ("細胞外小胞", "さいぼうがいしょうほう") in on
    # 100億個: read right (おく, こ) or not at all.
    assert ("個", "こ") in on and not any(base.startswith("100") for base, _ in on)
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical.endswith(TEST_PAGE)
    # Moving on keeps the readings, without a cookie.
    page.locator('.site-nav a[href^="/learn/"]').first.click()
    page.wait_for_url(re.compile(r".*/learn/\?furigana=1$"))
    assert page.locator("main rt").count() > 0
    assert context.cookies() == []
    with_readings = page.locator("main rt").count()
    page.get_by_role("link", name=re.compile("ふりがなを")).click()
    page.wait_for_url(re.compile(r".*/learn/$"))
    assert page.locator("main rt").count() < with_readings
    context.close()


def test_a_reading_correction_published_in_the_admin_applies_everywhere(browser, site):
    context = browser.new_context(locale="ja-JP", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT)
    admin = context.new_page()
    reader = context.new_page()
    reader.goto(site + TEST_PAGE + "?furigana=1")
    assert ("生物", "せいぶつ") in rubies(reader)  # the dictionary's reading

    admin.goto(site + "/admin/login/")
    admin.fill("#id_username", "kanshu")
    admin.fill("#id_password", PASSWORD)
    admin.locator("form button[type=submit]").first.click()
    admin.wait_for_url(re.compile(r".*/admin/$"))
    admin.goto(site + "/admin/snippets/learn/readingcorrection/add/")
    assert "読み方" in admin.title()
    admin.fill("#id_word", "生物")
    admin.fill("#id_reading", "なまもの")
    admin.fill("#id_note", "このページでは、なまものの話です。")
    admin.evaluate("document.querySelector('button[name=\"action-publish\"]').click()")
    admin.wait_for_url(re.compile(r".*/admin/snippets/learn/readingcorrection/$"))
    assert ReadingCorrection.objects.get(word="生物").live

    reader.reload()
    on = rubies(reader)
    assert ("生物", "なまもの") in on and ("生物", "せいぶつ") not in on
    context.close()
    print(json.dumps(on[:5], ensure_ascii=False))
