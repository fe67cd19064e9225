"""ASCII slugs from Japanese titles: 「点滴の副作用」 → "tenteki-no-fukusayo".

Page URLs of the site are ASCII. When an editor leaves the slug empty (or types Japanese into
it), the page gets a romanised slug built from the readings MeCab gives each word of the title
(simple Hepburn, long vowels not marked). Editors can always type a shorter English slug.
"""

import re
import unicodedata

from django.utils.text import slugify

MAX_LENGTH = 60
PLACEHOLDER = "page"

_DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "シェ": "she", "チャ": "cha", "チュ": "chu", "チョ": "cho", "チェ": "che", "ニャ": "nya",
    "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya",
    "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya",
    "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ジェ": "je",
    "ビャ": "bya", "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
    "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "ティ": "ti", "ディ": "di",
    "トゥ": "tu", "ドゥ": "du", "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "ヴァ": "va",
    "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo", "デュ": "dyu", "テュ": "tyu",
}  # fmt: skip
_MONOGRAPHS = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲ"
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョヮ",
        "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
        "ma mi mu me mo ya yu yo ra ri ru re ro wa o ga gi gu ge go za ji zu ze zo da ji zu de do "
        "ba bi bu be bo pa pi pu pe po vu a i u e o ya yu yo wa".split(),
        strict=True,
    )
)


def kana_to_romaji(kana):
    """Katakana (or hiragana) → simple Hepburn, long-vowel marks dropped."""
    kana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)
    out, i, double = [], 0, False
    while i < len(kana):
        pair, char = kana[i : i + 2], kana[i]
        if pair in _DIGRAPHS:
            roman, i = _DIGRAPHS[pair], i + 2
        elif char in _MONOGRAPHS:
            roman, i = _MONOGRAPHS[char], i + 1
        elif char == "ン":
            out.append("n")
            i += 1
            continue
        elif char == "ッ":
            double, i = True, i + 1
            continue
        else:
            roman, i = (char if char.isascii() else ""), i + 1
        if double and roman:
            roman = ("t" + roman) if roman.startswith("ch") else roman[0] + roman
            double = False
        out.append(roman)
    return "".join(out)


def romanise(text):
    """The words of a Japanese text in Latin letters, separated by spaces."""
    from search.japanese_text import _tagger, normalize

    words, carry = [], ""
    for word in _tagger()(normalize(text)):
        surface = word.surface
        if surface.isascii():
            words.append(surface)
            continue
        reading = getattr(word.feature, "pron", None) or getattr(word.feature, "kana", None)
        if not reading or reading == "*":
            reading = surface
        reading, carry = carry + reading, ""
        if reading.endswith("ッ"):  # 待っ|て: the small tsu doubles the next word's consonant
            reading, carry = reading[:-1], "ッ"
        words.append(kana_to_romaji(reading))
    return " ".join(w for w in words if w)


def ascii_slug(title, max_length=MAX_LENGTH):
    """A lowercase ASCII slug for a title (never empty: "page" when nothing is left)."""
    text = unicodedata.normalize("NFKC", title or "")
    slug = slugify(romanise(text) if not text.isascii() else text)
    slug = re.sub(r"-{2,}", "-", slug)[:max_length].strip("-")
    return slug or PLACEHOLDER
