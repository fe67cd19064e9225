"""Back up and restore the whole site: the database plus the media files, in one .tar file.

On PostgreSQL (production) the database part is `pg_dump --format=custom`, restored with
`pg_restore --clean --if-exists --single-transaction`: the tools operators know, one consistent
snapshot taken while the site keeps serving, and a dump that goes from pg_dump to a file on disk
to the archive without being held in memory.

On SQLite (the embedded demo site), or with `backup --portable`, the database part is Django's
serialisation as JSON lines, with original primary keys and times to the microsecond. It is the
way to move a demo site to PostgreSQL (or back): restore loads it into any database. It is
written and read a line at a time.

Either way the rows that are derived, not content, are left out and rebuilt after a restore: the
search index, the reference index, sessions and live editing sessions (`derived_models()`).
After a restore, the page cache and the object cache are purged (new generation).
"""

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

FORMAT = 2
PG_DUMP_MEMBER = "database.pgdump"
JSON_MEMBERS = ("keys.exactjsonl", "content.exactjsonl")  # keys: content types, permissions
KEY_MODELS = ("contenttypes.ContentType", "auth.Permission")


class BackupError(Exception):
    pass


def derived_models():
    """Models whose rows are rebuilt, not restored, found from the installed apps and classes:
    every model of the search index's app, every session model, Wagtail's reference index and
    its live editing sessions."""
    from django.contrib.sessions.base_session import AbstractBaseSession
    from wagtail.admin.models import EditingSession
    from wagtail.models import ReferenceIndex

    index_app = apps.get_app_config("wagtailsearch")
    found = []
    for model in apps.get_models():
        if (
            model._meta.app_config is index_app
            or issubclass(model, (AbstractBaseSession, ReferenceIndex, EditingSession))
        ) and not model._meta.proxy:
            found.append(model)
    return found


def row_counts():
    """Rows per model (label_lower) that a backup holds, read in the current transaction."""
    derived = set(derived_models())
    counts = {}
    for model in apps.get_models():
        meta = model._meta
        if model in derived or meta.proxy or not meta.managed:
            continue
        count = model._base_manager.count()
        if count:
            counts[meta.label_lower] = count
    return counts


def media_files(media_root):
    root = Path(media_root)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file())


def _pg_env_and_args(tool):
    """The command line and environment to run pg_dump/pg_restore against Django's database."""
    program = shutil.which(tool)
    if program is None:
        raise BackupError(
            f"{tool} が見つかりません。PostgreSQL のクライアント(サーバーと同じか、"
            "それより新しい版)を入れてください。Debian では apt install postgresql-client です。"
        )
    db = connection.settings_dict
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if db.get("OPTIONS", {}).get(option):
            env[variable] = str(db["OPTIONS"][option])
    args = [program, "--dbname", db["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return args, env


def _run(args, env, tool, **kwargs):
    # The arguments are the tool found on PATH and Django's own database settings.
    result = subprocess.run(args, env=env, stderr=subprocess.PIPE, text=True, **kwargs)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(
            f"{tool} が失敗しました (終了コード {result.returncode}):\n{result.stderr}"
        )


def _dump_postgresql(folder):
    """pg_dump into a file, from a snapshot this transaction exports: the row counts in the
    manifest are those of the dump."""
    args, env = _pg_env_and_args("pg_dump")
    dump = Path(folder) / PG_DUMP_MEMBER
    already_in_transaction = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        if not already_in_transaction:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = row_counts()
        skipped = [f"--exclude-table-data={m._meta.db_table}" for m in derived_models()]
        _run(
            [*args, "--format=custom", "--snapshot", snapshot] + skipped + ["--file", str(dump)],
            env,
            "pg_dump",
        )
    return [dump], counts


def _dump_json(folder):
    """Two JSON-lines files from one consistent read: keys (content types, permissions) first,
    since revisions, log entries and workflow states refer to them by number."""
    keys, content = (Path(folder) / name for name in JSON_MEMBERS)
    derived = [m._meta.label for m in derived_models()]
    options = {"format": "exactjsonl", "verbosity": 0}
    already_in_transaction = connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and not already_in_transaction:
            connection.cursor().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        counts = row_counts()
        call_command("dumpdata", *KEY_MODELS, output=str(keys), **options)
        call_command("dumpdata", exclude=[*derived, *KEY_MODELS], output=str(content), **options)
    return [keys, content], counts


def create_backup(output, portable=False):
    """Write the archive to `output` (a path); return the manifest."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    kind = "pg_dump" if connection.vendor == "postgresql" and not portable else "json"
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as folder:
        if kind == "pg_dump":
            parts, counts = _dump_postgresql(folder)
        else:
            parts, counts = _dump_json(folder)
        files = media_files(settings.MEDIA_ROOT)
        manifest = {
            "format": FORMAT,
            "database_dump": kind,
            "created": timezone.now().isoformat(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "database": connection.vendor,
            "objects": counts,
            "media_files": len(files),
        }
        manifest_path = Path(folder) / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=1))
        partial = output.with_name(output.name + ".partial")
        # Plain tar: the dump is compressed by pg_dump, images by their own format.
        with tarfile.open(partial, "w") as archive:
            archive.add(manifest_path, arcname="manifest.json")
            for part in parts:
                archive.add(part, arcname=part.name)
            root = Path(settings.MEDIA_ROOT)
            for path in files:
                archive.add(
                    path, arcname=str(PurePosixPath("media", path.relative_to(root).as_posix()))
                )
        partial.replace(output)  # never leave a half-written archive under the final name
    return manifest


def _open(path):
    try:
        return tarfile.open(path, "r:*")
    except FileNotFoundError:
        raise BackupError(f"ファイルがありません: {path}") from None
    except tarfile.TarError:
        raise BackupError(
            f"{path} は backup で作ったファイルではありません(tar として読めません)。"
        ) from None


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except KeyError:
        raise BackupError(
            "manifest.json がありません。このコマンドで作ったバックアップですか?"
        ) from None
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"対応していない形式です (format {manifest.get('format')})。"
            f"この版の restore が読めるのは format {FORMAT} です。"
        )
    return manifest


def database_is_empty():
    """No tables yet, or nothing but what migrations create: Wagtail's root and welcome pages,
    no user."""
    if "wagtailcore_page" not in connection.introspection.table_names():
        return True
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


def _member(archive, name):
    try:
        return archive.extractfile(name)
    except KeyError:
        raise BackupError(f"バックアップに {name} がありません。ファイルが壊れています。") from None


def _restore_postgresql(archive):
    if connection.vendor != "postgresql":
        raise BackupError(
            "このバックアップは PostgreSQL の pg_dump です。"
            "PostgreSQL のデータベースにだけ戻せます。"
            "SQLite に移すときは、元のサイトで backup --portable を使ってください。"
        )
    args, env = _pg_env_and_args("pg_restore")
    dump = _member(archive, PG_DUMP_MEMBER)
    connection.close()  # pg_restore drops and recreates the tables Django has open
    process = subprocess.Popen(  # noqa: S603 (the tool on PATH, Django's database settings)
        [*args, "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        shutil.copyfileobj(dump, process.stdin, length=1 << 20)  # streamed, never whole
        process.stdin.close()
    except BrokenPipeError:
        pass  # pg_restore stopped early: its message is read below
    error = process.stderr.read().decode(errors="replace")
    if process.wait() != 0:
        raise BackupError(f"pg_restore が失敗しました (終了コード {process.returncode}):\n{error}")


def _restore_json(archive, quiet):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    call_command("migrate", interactive=False, **quiet)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in JSON_MEMBERS:
            path = Path(folder) / name
            with path.open("wb") as target:
                shutil.copyfileobj(_member(archive, name), target, length=1 << 20)
            paths.append(path)
        call_command("flush", interactive=False, **quiet)
        with transaction.atomic():
            # Content types and permissions first, with their original keys.
            Permission.objects.all().delete()
            ContentType.objects.all().delete()
            ContentType.objects.clear_cache()
            call_command("loaddata", str(paths[0]), **quiet)
            ContentType.objects.clear_cache()
            call_command("loaddata", str(paths[1]), **quiet)
    ContentType.objects.clear_cache()


def restore_backup(path, force=False, stdout=None):
    """Restore an archive into this (empty, or --force) database and MEDIA_ROOT."""
    from io import StringIO

    quiet = {"verbosity": 0, "stdout": stdout or StringIO()}
    with _open(path) as archive:
        manifest = read_manifest(archive)
        media_members = list(_safe_media_members(archive))  # refuse a bad archive up front
        if not force and not database_is_empty():
            raise BackupError(
                "このデータベースには、すでにコンテンツがあります。"
                "空のデータベースに戻すか、上書きしてよいときだけ --force をつけてください。"
            )
        if manifest.get("database_dump") == "pg_dump":
            _restore_postgresql(archive)
        else:
            _restore_json(archive, quiet)
        call_command("migrate", interactive=False, **quiet)  # adds anything newer code defines
        media_root = Path(settings.MEDIA_ROOT)
        for member, relative in media_members:
            target = media_root / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as out:
                shutil.copyfileobj(archive.extractfile(member), out, length=1 << 20)
    call_command("rebuild_references_index", **quiet)
    call_command("update_index", **quiet)
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    from . import pagecache

    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()  # Wagtail's own cache of site ids and root paths
    pagecache.bump_generation()
    return manifest
