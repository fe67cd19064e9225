"""Link glossary words in a page's text to the page's own 「このページのことば」 list.

The first time a glossary word appears in the text of a page it becomes an in-page link
(#term-<id>) to a list at the foot of the page where the word is defined with <dfn>. The
definition is therefore reachable without leaving the page and without JavaScript, and it
prints. Words inside existing links are left alone.

A word written in kanji gets its reading as ruby where it is linked (its first use); a word an
editor already gave a reading (``{幹細胞|かんさいぼう}``, rendered as ruby) is linked whole.
"""

import html
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .ruby import has_kanji, render_ruby, ruby_html, strip_ruby

# A whole rendered <ruby>…</ruby> is one token, so its base text can be linked as one word.
TAG_OR_TEXT = re.compile(r"(<ruby\b[^>]*>.*?</ruby\s*>|<[^>]*>)", re.DOTALL | re.IGNORECASE)
SKIP_INSIDE = {"a", "dfn", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "summary"}


def term_anchor(term):
    return f"term-{term.pk}"


class PageGlossary:
    """Per-render state: which glossary words the page has already linked, in order."""

    def __init__(self, terms, current_page=None):
        self.current_page = current_page
        self.terms = {}
        for term in terms:
            if term.term.strip():
                self.terms[html.escape(term.term.strip(), quote=False)] = term
        # Longest first, so 「細胞外小胞」 wins over a shorter word it contains.
        alternatives = sorted(self.terms, key=len, reverse=True)
        self.pattern = (
            re.compile("|".join(re.escape(word) for word in alternatives)) if alternatives else None
        )
        self.used = {}

    def link(self, markup):
        """Return markup with the first occurrence of each not-yet-linked word linked.
        Reading markup ({漢字|かんじ}) in it is rendered as ruby first."""
        markup = render_ruby(str(markup))
        if self.pattern is None or len(self.used) == len(self.terms):
            return mark_safe(markup)  # noqa: S308 - markup is already-escaped HTML
        out = []
        skip_stack = []
        for token in TAG_OR_TEXT.split(markup):
            if not token:
                continue
            if token[:5].lower() == "<ruby":
                out.append(token if skip_stack else self._link_ruby(token))
                continue
            if token.startswith("<"):
                out.append(token)
                name = re.match(r"</?\s*([a-zA-Z0-9]+)", token)
                if name:
                    tag = name.group(1).lower()
                    if tag in SKIP_INSIDE:
                        if token.startswith("</"):
                            if tag in skip_stack:
                                skip_stack.remove(tag)
                        elif not token.endswith("/>"):
                            skip_stack.append(tag)
                continue
            if skip_stack:
                out.append(token)
            else:
                out.append(self._link_text(token))
        return mark_safe("".join(out))  # noqa: S308 - tokens come from escaped HTML

    def link_text(self, text):
        """Escape plain text, then link glossary words in it."""
        return self.link(escape(text))

    def _anchor(self, term, inner):
        return (
            f'<a class="term-link" href="#{term_anchor(term)}">{inner}'
            '<span class="visually-hidden">(ことばの説明へ)</span></a>'
        )

    def _link_ruby(self, token):
        """A word the editor gave a reading: link it whole when it is a glossary word."""
        term = self.terms.get(strip_ruby(token).strip())
        if term is None or term.pk in self.used:
            return token
        self.used[term.pk] = term
        return self._anchor(term, token)

    def _link_text(self, text):
        def replace(match):
            word = match.group(0)
            term = self.terms[word]
            if term.pk in self.used:
                return word
            self.used[term.pk] = term
            reading = html.escape((getattr(term, "reading", "") or "").strip(), quote=False)
            after = match.string[match.end() : match.end() + len(reading) + 1]
            written_after = after[1:] == reading and after[:1] in "(（"
            if reading and has_kanji(word) and not written_after:
                return self._anchor(term, ruby_html(word, reading))
            return self._anchor(term, word)

        return self.pattern.sub(replace, text)

    def used_terms(self):
        return list(self.used.values())
