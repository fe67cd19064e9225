"""What an editor reads on the admin screens: the visible text of a response (text nodes, button
values, placeholders, titles, labels read aloud), and the English found in it.

Used by test_admin_japanese.py. Content (page titles, source titles and publishers in English,
user names) is not the admin's language: callers pass the content strings to ignore.
"""

import json
import re
from html.parser import HTMLParser

# Attributes a person sees or hears (screen readers) as text.
TEXT_ATTRIBUTES = {"placeholder", "title", "aria-label", "alt", "aria-description"}
# Elements whose text is not shown (scripts are checked through their JSON, see below).
HIDDEN_ELEMENTS = {"style", "script", "noscript"}
# Elements whose text is not the admin's own words: a hidden counter that Wagtail fills from
# JavaScript before showing it (it holds the Python value "None" until then), and the project's
# checks panel, which quotes the page's own sentences (content, which may cite English names).
SKIPPED_ATTRIBUTES = {"data-side-panel-toggle-counter", "data-learn-checks"}
VOID_ELEMENTS = {
    "area",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
SLUG_OR_URL = re.compile(r"https?://\S+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# Words that are the same in Japanese writing: names, abbreviations and units.
ALLOWED_WORDS = {
    "wagtail",
    "jreadability",
    "url",
    "urls",
    "doi",
    "pdf",
    "csv",
    "xlsx",
    "id",
    "seo",
    "html",
    "cd",
    "cd63",
    "cd9",
    "cd81",
    "ok",
    "pubmed",
}
# Keyboard keys, shown as they are printed on the keys ("Ctrl + Shift + v").
KEYS = {"ctrl", "cmd", "shift", "alt", "option", "esc", "enter", "tab"}
KEY_COMBINATION = re.compile(r"^[A-Za-z.,/?]+( \+ [A-Za-z.,/?]+)+$")


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self._hidden = 0
        self._script_type = None
        self.scripts = []
        self._counter = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID_ELEMENTS and (self._counter or SKIPPED_ATTRIBUTES.intersection(attrs)):
            self._counter += 1
        if tag in HIDDEN_ELEMENTS:
            self._hidden += 1
            if tag == "script":
                self._script_type = attrs.get("type") or ""
        for name in TEXT_ATTRIBUTES:
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            if attrs.get("value"):
                self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self._counter and tag not in VOID_ELEMENTS:
            self._counter -= 1
        if tag in HIDDEN_ELEMENTS and self._hidden:
            self._hidden -= 1
            self._script_type = None

    def handle_data(self, data):
        if self._counter:
            return
        if self._hidden:
            if self._script_type == "application/json":
                self.scripts.append(data)
            return
        if data.strip():
            self.texts.append(data)


def visible_texts(html):
    """Every visible text of an HTML page or fragment, whitespace collapsed."""
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    texts = [" ".join(text.split()) for text in parser.texts]
    return [text for text in texts if text]


def english_words(text):
    """The English words in a text, ignoring allowed names and abbreviations."""
    text = text.strip()
    if text.lower() in KEYS or (
        KEY_COMBINATION.match(text) and text.split(" + ")[0].lower() in KEYS
    ):
        return []
    # URLs and slugs (example: tenteki-no-fukusayo) are machine values, not English.
    text = SLUG_OR_URL.sub(" ", text)
    return [word for word in ASCII_WORD.findall(text) if word.lower() not in ALLOWED_WORDS]


def english_texts(html, ignore=()):
    """Texts of a page that contain English words, except content (texts inside `ignore`)."""
    contents = sorted({c for c in ignore if c}, key=len, reverse=True)
    found = []
    for text in visible_texts(html):
        if any(text in content for content in contents):
            continue
        rest = text
        for content in contents:
            if len(content) > 2 and content in rest:
                rest = rest.replace(content, " ")
        if english_words(rest):
            found.append(text)
    return found


def response_html(response):
    """The HTML of an admin response: a page, or the `html` of a modal's JSON answer."""
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        return json.loads(body).get("html", "")
    return body
