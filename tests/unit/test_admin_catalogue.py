"""The project's Japanese catalogue for Wagtail's strings (locale/ja): the committed .mo files are
exactly the compiled .po files, the pure-Python compiler writes what gettext reads, and every
string of the Wagtail apps an editor uses is Japanese at run time."""

import gettext
import io
import json
import re
from pathlib import Path

import pytest
import taggit
import wagtail
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from admin_ja.catalog import catalogues, compile_entries, compile_po, parse_po

WAGTAIL = Path(wagtail.__file__).parent
# The catalogues of the apps a 編集者 or 監修者 meets: the admin, pages and workflows (core),
# snippets (出典・用語), their own account (users), tags. Images, documents, forms, redirects,
# search promotions and sites are for administrators only: the editorial groups have no
# permission for them and the page types use no image, document or embed.
EDITOR_CATALOGUES = [
    WAGTAIL / "admin",
    WAGTAIL,
    WAGTAIL / "snippets",
    WAGTAIL / "users",
    Path(taggit.__file__).parent,
]
# The same in Japanese: names, abbreviations and strings made only of other strings.
SAME_IN_JAPANESE = {
    "ID",
    "URL",
    "Wagtail API v2",
    "Wagtail API v3",
    "%(status_display)s %(task_name)s %(started_at)s",
    "%(related_model_name)s %(field_label)s",
}


def english_entries(app_dir, domain="django"):
    path = app_dir / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    return [e for e in parse_po(path.read_text(encoding="utf-8"), str(path)) if e.msgid]


def untranslated(entries, catalogue):
    """Entries the catalogue (an object with gettext/ngettext/pgettext/npgettext) leaves as they
    are, for a count that needs the plural form."""
    left = []
    for entry in entries:
        if entry.msgid in SAME_IN_JAPANESE:
            continue
        if entry.msgid_plural is not None:
            if entry.msgctxt:
                got = catalogue.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 2)
            else:
                got = catalogue.ngettext(entry.msgid, entry.msgid_plural, 2)
            if got in (entry.msgid, entry.msgid_plural):
                left.append(entry.msgid)
        else:
            if entry.msgctxt:
                got = catalogue.pgettext(entry.msgctxt, entry.msgid)
            else:
                got = catalogue.gettext(entry.msgid)
            if got == entry.msgid:
                left.append(entry.msgid)
    return left


def test_committed_mo_files_are_the_compiled_po_files():
    call_command("compile_translations", "--check", stdout=io.StringIO())
    found = [po for locale_dir in settings.LOCALE_PATHS for po, _mo in catalogues(locale_dir)]
    assert {po.name for po in found} == {"django.po", "djangojs.po"}
    for po, mo in (pair for d in settings.LOCALE_PATHS for pair in catalogues(d)):
        assert mo.read_bytes() == compile_po(po), f"{mo} is out of date"


def test_compiler_writes_what_gettext_reads():
    po = r"""
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

#: wagtail/admin
msgid "Set schedule"
msgstr "公開予定を決める"

msgctxt "naturaltime-past"
msgid "%(num)d minute"
msgid_plural "%(num)d minutes"
msgstr[0] "%(num)d 分"

msgid ""
"Anyone can edit this %(model_name)s – lock it "
"to prevent others from editing"
msgstr "だれでも編集できます"
"(%(model_name)s)"

#, fuzzy
msgid "Draft"
msgstr "まちがいかもしれない訳"

msgid "Untranslated"
msgstr ""
"""
    catalogue = gettext.GNUTranslations(io.BytesIO(compile_entries(parse_po(po))))
    assert catalogue.gettext("Set schedule") == "公開予定を決める"
    assert catalogue.npgettext("naturaltime-past", "%(num)d minute", "%(num)d minutes", 5) == (
        "%(num)d 分"
    )
    assert catalogue.gettext(
        "Anyone can edit this %(model_name)s – lock it to prevent others from editing"
    ) == ("だれでも編集できます(%(model_name)s)")
    assert catalogue.gettext("Draft") == "Draft", "fuzzy entries are left out, as msgfmt does"
    assert catalogue.gettext("Untranslated") == "Untranslated"
    assert catalogue.plural(5) == 0, "the header's Plural-Forms is read"


@pytest.mark.parametrize("app_dir", EDITOR_CATALOGUES, ids=lambda p: p.name)
def test_every_wagtail_string_an_editor_meets_is_japanese(app_dir):
    with translation.override("ja"):
        left = untranslated(english_entries(app_dir), translation)
    assert not left, f"{len(left)} strings in English: {left[:20]}"


@pytest.mark.django_db
def test_every_string_of_the_admin_scripts_is_japanese(client):
    """Strings the admin's JavaScript shows ("Collapse all", "Autosave in progress…"): Wagtail
    serves them from the djangojs catalogue of wagtail.admin, and LOCALE_PATHS goes first."""
    js = DjangoTranslation("ja", domain="djangojs", localedirs=[str(WAGTAIL / "admin" / "locale")])
    left = untranslated(english_entries(WAGTAIL / "admin", "djangojs"), js)
    assert not left, f"{len(left)} strings in English: {left}"
    served = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    served_catalogue = json.loads(re.search(r"newcatalog = (\{.*?\});", served, re.S).group(1))
    assert served_catalogue["Collapse all"] == "すべて閉じる"
    assert served_catalogue["Autosave in progress…"] == "自動保存しています…"


def test_reported_strings_read_as_natural_japanese():
    with translation.override("ja"):
        assert translation.gettext("Sign in to Wagtail") == "管理画面にログイン"
        assert translation.gettext("Remember me") == "ログインしたままにする"
        assert translation.gettext("Search all pages…") == "すべてのページを検索…"
        assert translation.gettext("Set schedule") == "公開予定を決める"
        assert translation.gettext("Autosave is paused") == "自動保存を止めています"
        assert (
            translation.gettext("Page '%(page_title)s' has been submitted for moderation.")
            % {"page_title": "テスト"}
            == "「テスト」を確認に提出しました。"
        )
        sentence = translation.gettext("This %(model_name)s is currently awaiting moderation.")
        assert sentence % {"model_name": "ページ"} == "このページは、いま確認待ちです。"
        anyone = translation.gettext("Anyone can edit this %(model_name)s")
        assert anyone % {"model_name": "出典"} == "だれでもこの出典を編集できます"
        counted = translation.gettext(
            "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"
        )
        assert counted % {
            "start_index": 1,
            "end_index": 20,
            "items_count": 21,
            "model_name": None,
        } == ("21件中 1〜20件目")
        for text in ("調整", "サインイン", "予定外", "ライブ"):
            for msgid in ("Page '%(page_title)s' has been submitted for moderation.", "Sign in"):
                assert text not in translation.gettext(msgid)
