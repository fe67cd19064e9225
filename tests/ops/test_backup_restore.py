"""Backup and restore round trip: content with a draft revision, a workflow in progress, a group
with permissions, an image and a document is backed up, restored into a fresh database (another
process, another media folder) and compared row for row and file for file."""

import io
import json
import subprocess
import tarfile
import uuid

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

from ops.backup import derived_models

from .conftest import PYTHON, ROOT

pytestmark = pytest.mark.django_db(transaction=True)


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def content(site_content, cited_article, media_root, django_user_model):
    editor = django_user_model.objects.create_user("editor", "e@example.org", "pw", is_staff=True)
    reviewers = Group.objects.create(name="バックアップ試験のグループ")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=reviewers,
        page=cited_article,
        permission=Permission.objects.get(codename="change_page"),
    )
    editor.groups.add(reviewers)
    cited_article.title = "まだ公開していない題名"
    cited_article.save_revision(user=editor)  # a draft revision on top of the live one
    workflow = Workflow.objects.create(name="監修の流れ")
    task = GroupApprovalTask.objects.create(name="監修者の確認")
    task.groups.add(reviewers)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(cited_article, editor)
    if Collection.get_first_root_node() is None:  # a flushed database has no root collection
        Collection.add_root(name="Root")
    Image.objects.create(title="試験画像", file=ContentFile(png_bytes(), name="test.png"))
    Document.objects.create(title="試験文書", file=ContentFile("テスト文書".encode(), name="t.txt"))
    return cited_article


def archive_rows(path):
    """What the archive holds, comparable between two backups: the database rows (the data
    part of a pg_dump as SQL, or the JSON lines) and every other member's bytes."""
    with tarfile.open(path, "r:*") as archive:
        members = {
            m.name: archive.extractfile(m).read() for m in archive.getmembers() if m.isfile()
        }
    members.pop("manifest.json")
    if "database.pgdump" in members:
        sql = subprocess.run(
            ["pg_restore", "--data-only", "--file=-"],
            input=members.pop("database.pgdump"),
            capture_output=True,
            check=True,
        ).stdout.decode()
        # Rebuilt tables (search and reference indexes) are dumped empty; only their id
        # sequences move on when they are rebuilt.
        rebuilt = tuple(f"public.{m._meta.db_table}_" for m in derived_models())
        rows = [
            line
            for line in sql.splitlines()
            if line
            and not line.startswith(("--", "\\restrict", "\\unrestrict"))  # random keys
            and not (
                line.startswith("SELECT pg_catalog.setval(") and any(t in line for t in rebuilt)
            )
        ]
    else:
        rows = [
            line
            for name in ("keys.exactjsonl", "content.exactjsonl")
            for line in members.pop(name).decode().splitlines()
        ]
    return sorted(rows), members


SERVED_PAGES = (
    "import hashlib, json;"
    "from django.test import Client;"
    "from wagtail.models import Page;"
    "client = Client();"
    "urls = sorted(p.url for p in Page.objects.live().specific() if p.url);"
    "print(json.dumps({u: [r.status_code, hashlib.sha256(r.content).hexdigest()]"
    " for u in urls for r in [client.get(u)]}))"
)


@pytest.fixture
def fresh_database(tmp_path):
    """An empty database for another process: a new PostgreSQL database, or an SQLite file."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{db['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    host, port, user = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432, db["USER"]
    yield f"postgres://{user}@{host}:{port}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(env, *args):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def process_env(database_url, media_root):
    env = {
        k: v for k, v in __import__("os").environ.items() if not k.startswith(("DJANGO_", "PYTEST"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
    )
    return env


def this_database_url():
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    return f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}"


def served_pages(env):
    """{url: [status, sha256 of the body]} for every live page, from a process with `env`."""
    return json.loads(manage(env, "shell", "-c", SERVED_PAGES).strip().splitlines()[-1])


@pytest.mark.parametrize("portable", [False, True], ids=["native", "portable"])
def test_backup_restores_everything_into_an_empty_database(
    content, fresh_database, tmp_path, media_root, portable
):
    first = tmp_path / "first.tar"
    out = io.StringIO()
    call_command("backup", output=str(first), portable=portable, stdout=out)
    assert "media files" in out.getvalue()
    manifest = json.load(tarfile.open(first).extractfile("manifest.json"))
    native = connection.vendor == "postgresql" and not portable
    assert manifest["database_dump"] == ("pg_dump" if native else "json")
    for model in (
        "wagtailcore.page",
        "learn.articlepage",
        "wagtailcore.revision",
        "learn.source",
        "learn.sitesettings",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "auth.group",
        "wagtailcore.grouppagepermission",
        "auth.user",
        "wagtailimages.image",
        "wagtaildocs.document",
    ):
        assert manifest["objects"].get(model, 0) > 0, model
    assert manifest["media_files"] >= 2
    assert "wagtailsearch.indexentry" not in manifest["objects"]  # rebuilt, not restored

    env = process_env(fresh_database, tmp_path / "restored-media")
    restored = manage(env, "restore", str(first))
    assert "Restored" in restored
    second = tmp_path / "second.tar"
    manage(env, "backup", "--output", str(second), *(["--portable"] if portable else []))

    rows_before, media_before = archive_rows(first)
    rows_after, media_after = archive_rows(second)
    assert len(rows_before) > 100
    assert len(rows_after) == len(rows_before)
    assert rows_after == rows_before
    assert media_after == media_before
    assert (
        json.load(tarfile.open(second).extractfile("manifest.json"))["objects"]
        == (manifest["objects"])
    )

    # The restored site serves the same pages, byte for byte, as the site that was backed up.
    original = served_pages(process_env(this_database_url(), media_root))
    copy = served_pages(env)
    assert "/ops-article/" in original
    assert {status for status, _digest in original.values()} == {200}
    assert copy == original

    # It keeps the draft and the workflow in progress, and finds pages by search.
    check = manage(
        env,
        "shell",
        "-c",
        "from django.test import Client;"
        "from wagtail.models import WorkflowState;"
        "from learn.models import ArticlePage;"
        "r = Client().get('/ops-article/');"
        "a = ArticlePage.objects.get(slug='ops-article');"
        "print(r.status_code, 'キャッシュ試験の記事' in r.content.decode(),"
        " a.get_latest_revision_as_object().title,"
        " WorkflowState.objects.get().status,"
        " ArticlePage.objects.live().search('キャッシュ').count() > 0)",
    )
    assert check.strip().splitlines()[-1].split() == [
        "200",
        "True",
        "まだ公開していない題名",
        "in_progress",
        "True",
    ]
    assert WorkflowState.objects.get().status == "in_progress"


def test_restore_refuses_a_database_that_has_content(content, tmp_path):
    archive = tmp_path / "b.tar"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="すでにコンテンツがあります"):
        call_command("restore", str(archive), stdout=io.StringIO())


def test_restore_refuses_an_unsafe_archive(db, tmp_path, media_root):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in (
            ("manifest.json", json.dumps({"format": 2, "database_dump": "json", "objects": {}})),
            ("media/../../escaped.txt", "x"),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data.encode())
            tar.addfile(info, io.BytesIO(data.encode()))
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="安全でないファイル名"):
        call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert not (tmp_path / "escaped.txt").exists()


def test_backup_without_pg_dump_says_what_to_install(db, tmp_path, monkeypatch, media_root):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump is only used on PostgreSQL")
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump on it
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="pg_dump が見つかりません"):
        call_command("backup", output=str(tmp_path / "b.tar"), stdout=io.StringIO())
    assert not list(tmp_path.glob("b.tar*"))  # no half-written archive


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path, media_root):
    from django.core.management.base import CommandError

    not_a_backup = tmp_path / "notes.tar"
    not_a_backup.write_text("これはバックアップではありません")
    with pytest.raises(CommandError, match="backup で作ったファイルではありません"):
        call_command("restore", str(not_a_backup), "--force", stdout=io.StringIO())
    with pytest.raises(CommandError, match="ファイルがありません"):
        call_command("restore", str(tmp_path / "missing.tar"), stdout=io.StringIO())


def test_a_portable_backup_moves_the_site_to_the_other_database(content, tmp_path, media_root):
    """What the JSON-lines path is kept for: moving a site between SQLite and PostgreSQL."""
    if connection.vendor != "postgresql":
        pytest.skip("moves from PostgreSQL to SQLite; the other direction uses the same code")
    archive = tmp_path / "portable.tar"
    call_command("backup", output=str(archive), portable=True, stdout=io.StringIO())
    env = process_env(f"sqlite:///{tmp_path / 'moved.sqlite3'}", tmp_path / "moved-media")
    assert "Restored" in manage(env, "restore", str(archive))
    again = tmp_path / "again.tar"
    manage(env, "backup", "--output", str(again))  # SQLite: JSON lines
    counts = [
        json.load(tarfile.open(p).extractfile("manifest.json"))["objects"] for p in (archive, again)
    ]
    # SQLite's search index model adds its own content type and permissions on migrate.
    keys = ("contenttypes.contenttype", "auth.permission")
    assert all(counts[1].pop(key) >= counts[0].pop(key) for key in keys)
    assert counts[1] == counts[0]
    assert served_pages(env) == served_pages(process_env(this_database_url(), media_root))
