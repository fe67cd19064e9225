"""The admin in Japanese: every screen a 編集者 or 監修者 uses (dashboard, explorer, page editor,
snippet editor, reports, workflow task, login and password reset) shows no English, and the
strings the first editors tripped over are in correct Japanese."""

import datetime
import importlib
import io
import json
import re

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Task, TaskState, Workflow

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP
from learn.models import ArticlePage, GlossaryTerm, SectionPage, Source
from learn.text_quality import BANNED_PHRASES

from .admin_screens import english_texts, english_words, response_html, visible_texts

pytestmark = pytest.mark.django_db


def content_strings():
    """Texts that belong to the content, not to the admin: they may be in English."""
    strings = []
    for source in Source.objects.all():
        strings += [source.title, source.publisher, source.url, source.key, source.published]
        strings += [str(source)]
    for term in GlossaryTerm.objects.all():
        strings += [term.term, term.definition, str(term)]
    for user in get_user_model().objects.all():
        strings += [user.get_username(), user.get_full_name(), user.email]
    for page in Page.objects.all():
        strings += [page.title, page.slug, page.url_path, page.seo_title]
    return [s for s in strings if s]


def submitted_page(editor):
    """An article submitted for review by the editor (in the 監修者's task)."""
    page = ArticlePage.objects.get(slug="what-are-exosomes")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def editor_screens(page, learn):
    source = Source.objects.order_by("pk").first()
    term = GlossaryTerm.objects.order_by("pk").first()
    snippet = "wagtailsnippets_learn_{}:{}".format
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer root": reverse("wagtailadmin_explore_root"),
        "explorer 学ぶ": reverse("wagtailadmin_explore", args=(learn.pk,)),
        "page search": reverse("wagtailadmin_pages:search") + "?q=エクソソーム",
        "page add": reverse("wagtailadmin_pages:add", args=("learn", "articlepage", learn.pk)),
        "page edit": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        "page history": reverse("wagtailadmin_pages:history", args=(page.pk,)),
        "page workflow history": reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)),
        "page compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest")
        ),
        "page usage": reverse("wagtailadmin_pages:usage", args=(page.pk,)),
        "page chooser": reverse("wagtailadmin_choose_page"),
        "page chooser search": reverse("wagtailadmin_choose_page_search") + "?q=細胞",
        "external link chooser": reverse("wagtailadmin_choose_page_external_link"),
        "email link chooser": reverse("wagtailadmin_choose_page_email_link"),
        "phone link chooser": reverse("wagtailadmin_choose_page_phone_link"),
        "anchor link chooser": reverse("wagtailadmin_choose_page_anchor_link"),
        "source list": reverse(snippet("source", "list")),
        "source add": reverse(snippet("source", "add")),
        "source edit": reverse(snippet("source", "edit"), args=(source.pk,)),
        "source inspect": reverse(snippet("source", "inspect"), args=(source.pk,)),
        "source history": reverse(snippet("source", "history"), args=(source.pk,)),
        "source usage": reverse(snippet("source", "usage"), args=(source.pk,)),
        "source chooser": reverse("wagtailsnippetchoosers_learn_source:choose"),
        "source chooser search": reverse("wagtailsnippetchoosers_learn_source:choose_results")
        + "?q=細胞",
        "term list": reverse(snippet("glossaryterm", "list")),
        "term add": reverse(snippet("glossaryterm", "add")),
        "term edit": reverse(snippet("glossaryterm", "edit"), args=(term.pk,)),
        "term chooser": reverse("wagtailsnippetchoosers_learn_glossaryterm:choose"),
        "report aging": reverse("wagtailadmin_reports:aging_pages"),
        "report workflow": reverse("wagtailadmin_reports:workflow"),
        "report tasks": reverse("wagtailadmin_reports:workflow_tasks"),
        "report site history": reverse("wagtailadmin_reports:site_history"),
        "report review due": reverse("learn_review_due"),
        "account": reverse("wagtailadmin_account"),
        "editing guide": reverse("admin_ja_editing_guide"),
    }


def reviewer_screens(page):
    task_state = TaskState.objects.filter(workflow_state__base_content_type__isnull=False).latest(
        "pk"
    )
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page edit in review": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        "approve modal": reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "approve", task_state.pk),
        ),
        "request changes modal": reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "reject", task_state.pk),
        ),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)),
        "workflow history detail": reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=(page.pk, task_state.workflow_state_id),
        ),
        "report tasks": reverse("wagtailadmin_reports:workflow_tasks"),
        "report locked": reverse("wagtailadmin_reports:locked_pages"),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=(page.pk,)),
        "source edit": reverse(
            "wagtailsnippets_learn_source:edit", args=(Source.objects.order_by("pk").first().pk,)
        ),
    }


def anonymous_screens():
    return {
        "login": reverse("wagtailadmin_login"),
        "password reset": reverse("wagtailadmin_password_reset"),
        "password reset done": reverse("wagtailadmin_password_reset_done"),
    }


def visit_all(client, editor, reviewer):
    learn = SectionPage.objects.get(slug="learn")
    page = submitted_page(editor)
    visits = []
    for name, url in anonymous_screens().items():
        visits.append(("anonymous " + name, url, client.get(url)))
    client.force_login(editor)
    for name, url in editor_screens(page, learn).items():
        visits.append(("編集者 " + name, url, client.get(url)))
    client.force_login(reviewer)
    for name, url in reviewer_screens(page).items():
        visits.append(("監修者 " + name, url, client.get(url)))
    return visits


# What the first editors reported in English or in wrong Japanese (issue: "English and wrong
# Japanese everywhere an editor looks").
REPORTED = [
    "Password",
    "Remember me",
    "Wagtailへサインイン",
    "Search all pages",
    "Collapse all",
    "Autosave is paused",
    "Set schedule",
    "Anyone can edit this",
    "解説ページs",
    "None",
    "調整のために提出",
    "is currently awaiting moderation",
    "Editors",
    "Moderators",
    "guide.wagtail.org",
    "editor guide",
]


def test_no_english_on_any_screen_an_editor_or_reviewer_uses(client, editor, reviewer):
    ignore = content_strings()
    problems = []
    for name, url, response in visit_all(client, editor, reviewer):
        assert response.status_code == 200, f"{name} {url}: {response.status_code}"
        html = response_html(response)
        texts = visible_texts(html)
        assert texts, f"{name}: nothing visible"
        for text in english_texts(html, ignore):
            problems.append(f"{name}: {text}")
        for reported in REPORTED:
            hits = [t for t in texts if reported in t and not any(t in c for c in ignore)]
            if reported == "guide.wagtail.org":
                hits = [reported] if reported in html else []
            problems += [f"{name}: reported string {reported!r} in {hit!r}" for hit in hits]
    assert not problems, "\n".join(problems)


def test_explorer_and_search_count_pages_in_japanese(client, editor):
    """「2 解説ページs」 and 「1-20 of 21 None」: Wagtail's English sentences around our names."""
    learn = SectionPage.objects.get(slug="learn")
    client.force_login(editor)
    explorer = " ".join(
        visible_texts(
            client.get(reverse("wagtailadmin_explore", args=(learn.pk,))).content.decode()
        )
    )
    assert "件中" in explorer
    search = " ".join(
        visible_texts(
            client.get(reverse("wagtailadmin_pages:search") + "?q=エクソソーム").content.decode()
        )
    )
    assert "件中 1〜20件目" in search
    assert "None" not in search
    dashboard = " ".join(visible_texts(client.get(reverse("wagtailadmin_home")).content.decode()))
    assert "解説ページs" not in dashboard
    for model in (ArticlePage, SectionPage, Source, GlossaryTerm):
        assert model._meta.verbose_name_plural == model._meta.verbose_name


def test_submitting_for_review_says_so_in_japanese(client, editor, reviewer):
    page = ArticlePage.objects.get(slug="what-are-exosomes")
    client.force_login(editor)
    page.save_revision(user=editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert "監修者の確認 に提出" in " ".join(visible_texts(edit.content.decode()))
    page.get_workflow().start(page, editor)
    texts = " ".join(
        visible_texts(
            client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
        )
    )
    assert "このページは、いま確認待ちです。" in texts
    assert "確認をする人だけです" in texts
    client.force_login(reviewer)
    texts = " ".join(visible_texts(client.get(reverse("wagtailadmin_home")).content.decode()))
    assert "あなたの確認を待っているもの" in texts


def test_the_admin_offers_japanese_only(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'name="locale-preferred_language"' not in html
    assert 'name="locale-current_time_zone"' not in html
    assert 'lang="ja"' in html
    # Asking for English gets Japanese all the same.
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="ja"' in html
    assert "ダッシュボード" in html


def test_login_page_is_japanese(client):
    texts = visible_texts(client.get(reverse("wagtailadmin_login")).content.decode())
    joined = " ".join(texts)
    for expected in ("管理画面にログイン", "ユーザー名", "パスワード", "ログインしたままにする"):
        assert expected in joined
    for english in ("Password", "Remember me", "Sign in", "Wagtailへ"):
        assert english not in joined


def test_wagtails_word_count_metrics_are_not_shown(client, editor):
    client.force_login(editor)
    page = ArticlePage.objects.get(slug="what-are-exosomes")
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "data-content-word-count" not in html
    assert "data-content-reading-time" not in html
    assert "guide.wagtail.org" not in html


# --- e-mails ----------------------------------------------------------------------------------

URL = re.compile(r"https?://\S+")


def assert_japanese_mail(message, ignore):
    assert message.subject.strip(), "every notification has a subject"
    for part, text in (("subject", message.subject), ("body", message.body)):
        rest = URL.sub(" ", text)
        for content in sorted(ignore, key=len, reverse=True):
            if len(content) > 2:
                rest = rest.replace(content, " ")
        assert not english_words(rest), f"English in the {part}: {text!r}"
        assert re.search(r"[ぁ-んァ-ン一-龥]", text), f"no Japanese in the {part}: {text!r}"


def test_workflow_emails_are_japanese_with_subjects(editor, reviewer, mailoutbox):
    page = submitted_page(editor)
    ignore = content_strings()
    to_reviewer = [m for m in mailoutbox if reviewer.email in m.to]
    assert to_reviewer, "the 監修者 is told that a page waits for review"
    for message in to_reviewer:
        assert_japanese_mail(message, ignore)
    assert "確認に提出されました" in to_reviewer[0].subject
    assert page.title in to_reviewer[0].subject
    assert "reviewer さん" in to_reviewer[0].body

    mailoutbox.clear()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, reviewer, "reject", comment="出典を1つ足してください。"
    )
    to_editor = [m for m in mailoutbox if editor.email in m.to]
    assert to_editor, "the 編集者 is told that changes were requested"
    for message in to_editor:
        assert_japanese_mail(message, ignore)
    assert "修正を求められました" in to_editor[0].subject
    assert "出典を1つ足してください。" in to_editor[0].body


def test_source_review_email_names_the_source_in_japanese(editor, reviewer, mailoutbox):
    source = Source.objects.order_by("pk").first()
    source.save_revision(user=editor)
    source.get_workflow().start(source, editor)
    to_reviewer = [m for m in mailoutbox if reviewer.email in m.to]
    assert to_reviewer
    assert_japanese_mail(to_reviewer[0], content_strings())
    assert to_reviewer[0].subject.startswith("出典「")


def test_password_reset_email_is_japanese(client, editor, mailoutbox):
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": editor.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == "パスワードの設定し直し"
    assert_japanese_mail(mailoutbox[0], content_strings())
    done = client.get(response.url)
    assert "メールを確かめてください" in " ".join(visible_texts(done.content.decode()))


# --- groups -----------------------------------------------------------------------------------


def test_only_the_editorial_groups_exist(site_content):
    assert set(Group.objects.values_list("name", flat=True)) == {EDITOR_GROUP, REVIEWER_GROUP}
    publishers = Group.objects.filter(
        page_permissions__permission__codename="publish_page"
    ).distinct()
    assert [group.name for group in publishers] == [REVIEWER_GROUP]
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()


def test_default_groups_of_an_existing_install_are_replaced(site_content, django_user_model):
    """An install made before this change still has Wagtail's groups, maybe with people in them:
    the people move to 編集者 / 監修者 and the default groups, with their publish rights, go."""
    root = Page.get_first_root_node()
    publish = Permission.objects.get(codename="publish_page")
    for name in ("Editors", "Moderators"):
        group = Group.objects.create(name=name)
        GroupPagePermission.objects.create(group=group, page=root, permission=publish)
    old_editor = django_user_model.objects.create_user("old-editor", password="x")
    old_editor.groups.add(Group.objects.get(name="Editors"))
    old_moderator = django_user_model.objects.create_user("old-moderator", password="x")
    old_moderator.groups.add(Group.objects.get(name="Moderators"))

    call_command("load_initial_content", stdout=io.StringIO())
    assert set(Group.objects.values_list("name", flat=True)) == {EDITOR_GROUP, REVIEWER_GROUP}
    assert list(old_editor.groups.values_list("name", flat=True)) == [EDITOR_GROUP]
    assert list(old_moderator.groups.values_list("name", flat=True)) == [REVIEWER_GROUP]
    page = ArticlePage.objects.get(slug="what-are-exosomes")
    assert not page.permissions_for_user(old_editor).can_publish()

    # The data migration does the same for installs that only run `migrate`.
    Group.objects.create(name="Moderators").user_set.add(old_editor)
    migration = importlib.import_module(
        "admin_ja.migrations.0001_admin_japanese_remove_default_groups"
    )
    migration.forwards(django_apps, None)
    assert not Group.objects.filter(name="Moderators").exists()
    assert set(old_editor.groups.values_list("name", flat=True)) == {
        EDITOR_GROUP,
        REVIEWER_GROUP,
    }


# --- help ---------------------------------------------------------------------------------


def test_help_menu_opens_the_editing_guide_in_the_admin(client, editor):
    client.force_login(editor)
    guide_url = reverse("admin_ja_editing_guide")
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    sidebar = json.loads(
        re.search(
            r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
            dashboard,
            re.S,
        ).group(1)
    )
    menu = json.dumps(sidebar, ensure_ascii=False)
    assert guide_url in menu
    assert "編集の手引き" in menu
    assert "guide.wagtail.org" not in menu
    assert "wagtail.org" not in dashboard
    assert f'href="{guide_url}"' in dashboard  # the account box on the dashboard

    guide = client.get(guide_url)
    assert guide.status_code == 200
    texts = " ".join(visible_texts(guide.content.decode()))
    for heading in (
        "わかっていることを書く",
        "出典を選ぶ",
        "確認に提出する",
        "確認して承認する",
        "公開を予約する",
        "見直しの日付",
        "使わないことば",
    ):
        assert heading in texts
    banned = re.search(
        r"<ul[^>]*data-banned-phrases[^>]*>(.*?)</ul>", guide.content.decode(), re.S
    ).group(1)
    assert [t for t in visible_texts(banned)] == list(BANNED_PHRASES)


def test_editing_guide_needs_an_admin_login(client):
    response = client.get(reverse("admin_ja_editing_guide"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_messages_after_saving_and_submitting_are_japanese(client, editor):
    """What the editor reads after pressing a button: 「…を確認に提出しました。」."""
    source = Source.objects.order_by("pk").first()
    client.force_login(editor)
    form = {
        "title": source.title,
        "key": source.key,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
        "kind": source.kind,
        "note": source.note,
        "last_checked": (source.last_checked or datetime.date(2026, 11, 28)).isoformat(),
    }
    edit = reverse("wagtailsnippets_learn_source:edit", args=(source.pk,))
    for action, expected in (("", "を更新しました。"), ("action-submit", "を確認に提出しました。")):
        data = {**form, action: "1"} if action else form
        response = client.post(edit, data, follow=True)
        assert response.status_code == 200
        shown = [str(message) for message in response.context["messages"]]
        assert any(expected in message for message in shown), shown
        ignore = content_strings()
        for message in shown:
            assert not english_texts(message, ignore), message
