"""A clone of the repository holds every document it refers to: nothing points to notes kept
outside it (the project's own documents are in docs/)."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = re.compile(r"\.\./shared|shared/spec|spec/checker\.md|domain\.md|CONTENT_SCHEMA\.md")
BINARY_SUFFIXES = {".png", ".ico", ".woff", ".woff2", ".mo", ".gz", ".br", ".jpg", ".pdf"}


def tracked_files():
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):  # an export without git metadata
        listed = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]
    return [
        ROOT / name
        for name in listed
        if not name.startswith((".venv", ".git/", "node_modules/"))
        and Path(name).suffix not in BINARY_SUFFIXES
    ]


def test_no_file_refers_to_documents_outside_the_repository():
    this_file = Path(__file__).resolve()
    found = []
    for path in tracked_files():
        if path.resolve() == this_file or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert found == [], "\n".join(found)


def test_readme_links_the_projects_own_documents():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("docs/architecture.md", "docs/checker.md", "docs/content-schema.md"):
        assert name in readme
        assert (ROOT / name).is_file()
