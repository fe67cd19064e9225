"""Back up and restore all content: every database row that is content or configuration (pages,
revisions, snippets, settings, workflows and their states, comments, users, groups and
permissions, redirects, images and documents) plus the media files, in one .tar.gz.

The rows are Django's JSON serialisation with their original primary keys (content types and
permissions included), so references inside revisions and workflow states stay valid. Rebuilt
rather than stored: the search index, the reference index, sessions and live editing sessions.

Works on PostgreSQL and SQLite. The dump is read in one REPEATABLE READ transaction on
PostgreSQL, so it is consistent while the site keeps serving.
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

FORMAT = 1
EXCLUDED = [
    "sessions.Session",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "wagtailcore.ReferenceIndex",
    "wagtailadmin.EditingSession",
]


class BackupError(Exception):
    pass


def excluded_models():
    from django.apps import apps

    present = []
    for label in EXCLUDED:
        try:
            apps.get_model(label)
        except LookupError:  # e.g. the SQLite index table on PostgreSQL
            continue
        present.append(label)
    return present


def dump_rows(stream):
    """Write every content row as JSON to a text stream, from one consistent snapshot."""
    already_in_transaction = connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and not already_in_transaction:
            connection.cursor().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        call_command("dumpdata", exclude=excluded_models(), format="exactjson", stdout=stream)


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def media_files(media_root):
    root = Path(media_root)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file())


def create_backup(output):
    """Write the archive to `output` (a path); return the manifest."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    rows = io.StringIO()
    dump_rows(rows)
    data = rows.getvalue().encode()
    objects = json.loads(data)
    counts = {}
    for obj in objects:
        counts[obj["model"]] = counts.get(obj["model"], 0) + 1
    files = media_files(settings.MEDIA_ROOT)
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
        "objects": counts,
        "media_files": len(files),
    }
    partial = output.with_name(output.name + ".partial")
    with tarfile.open(partial, "w:gz") as archive:
        _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
        _add_bytes(archive, "data.json", data)
        root = Path(settings.MEDIA_ROOT)
        for path in files:
            archive.add(
                path, arcname=str(PurePosixPath("media", path.relative_to(root).as_posix()))
            )
    partial.replace(output)  # never leave a half-written archive under the final name
    return manifest


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except KeyError:
        raise BackupError(
            "manifest.json がありません。このコマンドで作ったバックアップですか?"
        ) from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"対応していない形式です (format {manifest.get('format')}).")
    return manifest


def database_is_empty():
    """Nothing but what migrations create: Wagtail's root and welcome pages, no user."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    return not get_user_model().objects.exists() and Page.objects.count() <= 2


def _safe_media_members(archive):
    for member in archive.getmembers():
        if not member.name.startswith("media/"):
            continue
        path = PurePosixPath(member.name)
        if path.is_absolute() or ".." in path.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"安全でないファイル名があります: {member.name}")
        yield member, PurePosixPath(*path.parts[1:])


def restore_backup(path, force=False, stdout=None):
    """Restore an archive into this (empty, or --force) database and MEDIA_ROOT."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    quiet = {"verbosity": 0, "stdout": stdout or io.StringIO()}
    with tarfile.open(path, "r:gz") as archive:
        manifest = read_manifest(archive)
        media_members = list(_safe_media_members(archive))  # refuse a bad archive up front
        call_command("migrate", interactive=False, **quiet)
        if not force and not database_is_empty():
            raise BackupError(
                "このデータベースには、すでにコンテンツがあります。"
                "空のデータベースに戻すか、上書きしてよいときだけ --force をつけてください。"
            )
        rows = json.load(archive.extractfile("data.json"))
        keys = [r for r in rows if r["model"] in ("contenttypes.contenttype", "auth.permission")]
        content = [
            r for r in rows if r["model"] not in ("contenttypes.contenttype", "auth.permission")
        ]
        with tempfile.TemporaryDirectory() as folder:
            keys_path = Path(folder) / "keys.exactjson"
            content_path = Path(folder) / "content.exactjson"
            keys_path.write_text(json.dumps(keys))
            content_path.write_text(json.dumps(content))
            call_command("flush", interactive=False, **quiet)
            with transaction.atomic():
                # Content types and permissions first, with their original keys: revisions,
                # log entries and workflow states refer to them by number.
                Permission.objects.all().delete()
                ContentType.objects.all().delete()
                ContentType.objects.clear_cache()
                if keys:
                    call_command("loaddata", str(keys_path), **quiet)
                ContentType.objects.clear_cache()
                if content:
                    call_command("loaddata", str(content_path), **quiet)
        ContentType.objects.clear_cache()
        call_command("migrate", interactive=False, **quiet)  # adds anything newer code defines
        media_root = Path(settings.MEDIA_ROOT)
        for member, relative in media_members:
            target = media_root / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.extractfile(member).read())
    call_command("rebuild_references_index", **quiet)
    call_command("update_index", **quiet)
    from wagtail.models import Site

    from . import pagecache

    Site.clear_site_root_paths_cache()  # Wagtail's own cache of site ids and root paths
    pagecache.bump_generation()
    return manifest
