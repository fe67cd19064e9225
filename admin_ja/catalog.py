"""Read gettext catalogues (.po) and write compiled ones (.mo) in pure Python.

Django reads .mo files only, and its `compilemessages` needs GNU gettext's `msgfmt`, which a
fresh machine may not have. The project's catalogues are small, so this module compiles them
itself: the output follows the GNU .mo format (little-endian, keys sorted, no hash table), the
same bytes for the same .po on every machine, so a test can compare the committed .mo with a
fresh compile of the .po.
"""

import ast
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$')


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def translated(self):
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)

    @property
    def key(self):
        return (self.msgctxt, self.msgid)


class CatalogError(ValueError):
    pass


def _unquote(token, path, number):
    try:
        value = ast.literal_eval(token)
    except (SyntaxError, ValueError) as error:
        raise CatalogError(f"{path}:{number}: not a quoted string: {token}") from error
    if not isinstance(value, str):
        raise CatalogError(f"{path}:{number}: not a quoted string: {token}")
    return value


def parse_po(text, path="<po>"):
    """Entries of a .po text, in file order (obsolete `#~` entries are skipped)."""
    entries = []
    current = None
    last = None  # the keyword a continuation line belongs to
    flags = set()

    def finish():
        nonlocal current, last, flags
        if current is not None:
            entries.append(current)
        current, last, flags = None, None, set()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if current is not None and last is not None and last.startswith("msgstr"):
                finish()
            if line.startswith("#,"):
                flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        match = _KEYWORD.match(line)
        if match:
            keyword, index, token = match.groups()
            value = _unquote(token, path, number)
            if keyword in ("msgctxt", "msgid") and (
                current is not None and last is not None and last.startswith("msgstr")
            ):
                finish()
            if keyword == "msgctxt":
                current = Entry(msgid="", msgctxt=value, flags=flags, line=number)
            elif keyword == "msgid":
                if current is None:
                    current = Entry(msgid=value, flags=flags, line=number)
                else:
                    current.msgid = value
            elif current is None:
                raise CatalogError(f"{path}:{number}: {keyword} without msgid")
            elif keyword == "msgid_plural":
                current.msgid_plural = value
            elif index is not None:
                current.msgstr_plural[int(index)] = value
            else:
                current.msgstr = value
            last = keyword if index is None else f"msgstr[{index}]"
            continue
        if line.startswith('"') and current is not None and last is not None:
            value = _unquote(line, path, number)
            if last == "msgctxt":
                current.msgctxt += value
            elif last == "msgid":
                current.msgid += value
            elif last == "msgid_plural":
                current.msgid_plural += value
            elif last == "msgstr":
                current.msgstr += value
            else:
                index = int(last[len("msgstr[") : -1])
                current.msgstr_plural[index] += value
            continue
        raise CatalogError(f"{path}:{number}: cannot read this line: {raw}")
    finish()
    return entries


def compile_entries(entries):
    """The .mo bytes for these entries: fuzzy and untranslated entries are left out (gettext
    then falls back to the next catalogue), exactly as msgfmt does."""
    messages = {}
    for entry in entries:
        if entry.fuzzy and entry.msgid:
            continue
        if entry.msgid and not entry.translated:
            continue
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is not None:
            key = f"{key}\x00{entry.msgid_plural}"
            value = "\x00".join(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            value = entry.msgstr
        messages[key.encode("utf-8")] = value.encode("utf-8")

    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(messages[key])))
        ids += key + b"\x00"
        strs += messages[key] + b"\x00"
    count = len(keys)
    key_table_start = 7 * 4
    value_table_start = key_table_start + count * 8
    ids_start = value_table_start + count * 8
    strs_start = ids_start + len(ids)
    key_table = b"".join(
        struct.pack("<2I", length, ids_start + start) for start, length, _, _ in offsets
    )
    value_table = b"".join(
        struct.pack("<2I", length, strs_start + start) for _, _, start, length in offsets
    )
    # The hash table is optional (size 0); gettext then searches the sorted key table.
    header = struct.pack("<7I", 0x950412DE, 0, count, key_table_start, value_table_start, 0, 0)
    return header + key_table + value_table + ids + strs


def compile_po(path):
    path = Path(path)
    return compile_entries(parse_po(path.read_text(encoding="utf-8"), path=str(path)))


def catalogues(locale_dir):
    """Every .po below a LOCALE_PATHS folder, with the .mo path it compiles to."""
    for po in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
        yield po, po.with_suffix(".mo")
