"""あいうえお order for glossary readings: a sort key and the 行 (row) a reading starts in.

Plain Python, no Django. Database collations do not sort kana in dictionary order reliably
(PostgreSQL's depends on the server's locale, SQLite sorts by code point, which puts ゔ and
long-vowel marks in odd places), so the glossary sorts in Python with this key.
"""

import unicodedata

# The gojūon table, row by row; each row lists its a-i-u-e-o columns.
ROWS = [
    ("あ", "あいうえお"),
    ("か", "かきくけこ"),
    ("さ", "さしすせそ"),
    ("た", "たちつてと"),
    ("な", "なにぬねの"),
    ("は", "はひふへほ"),
    ("ま", "まみむめも"),
    ("や", "や ゆ よ"),
    ("ら", "らりるれろ"),
    ("わ", "わゐ ゑを"),
]
N_KANA = "ん"
OTHER_ROW = "英数字・その他"

SMALL_TO_LARGE = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
VOWELS = "あいうえお"

_ORDER = {}
_VOWEL_OF = {}
_ROW_OF = {}
for row_index, (row_name, columns) in enumerate(ROWS):
    for column, kana in enumerate(columns):
        if kana == " ":
            continue
        _ORDER[kana] = row_index * 5 + column
        _VOWEL_OF[kana] = VOWELS[column]
        _ROW_OF[kana] = f"{row_name}行"
_ORDER[N_KANA] = len(ROWS) * 5
_ROW_OF[N_KANA] = "わ行"
_VOWEL_OF["ゔ"] = "う"


def to_hiragana(text):
    """Katakana → hiragana (the long-vowel mark ー is kept)."""
    out = []
    for char in text:
        code = ord(char)
        if 0x30A1 <= code <= 0x30F6:  # ァ..ヶ
            out.append(chr(code - 0x60))
        else:
            out.append(char)
    return "".join(out)


def _split(char):
    """A hiragana character → (base kana, voicing 0/1/2, is_small)."""
    small = char in "ぁぃぅぇぉっゃゅょゎゕゖ"
    char = char.translate(SMALL_TO_LARGE)
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    voicing = 0
    if "\u3099" in decomposed:
        voicing = 1
    elif "\u309a" in decomposed:
        voicing = 2
    if base == "ゔ":  # has no decomposition in some Unicode versions
        base, voicing = "う", 1
    return base, voicing, small


def sort_key(reading):
    """Dictionary (あいうえお) order: base kana first, then voicing and small kana break ties.

    A long-vowel mark sorts as the vowel it lengthens (えくそそーむ ≈ えくそそおむ), and
    anything that is not kana (Latin letters, digits) sorts after all kana.
    """
    text = to_hiragana(unicodedata.normalize("NFKC", reading or "").strip())
    primary, secondary = [], []
    previous_vowel = None
    for char in text:
        if char == "ー" and previous_vowel:
            base, voicing, small = previous_vowel, 0, False
        else:
            base, voicing, small = _split(char)
        if base in _ORDER:
            primary.append((0, _ORDER[base]))
            previous_vowel = _VOWEL_OF.get(base)
        else:
            primary.append((1, ord(char)))
            previous_vowel = None
        secondary.append((voicing, small))
    return (tuple(primary), tuple(secondary))


def row_of(reading):
    """The 行 a reading starts in (あ行, か行 … わ行), or 英数字・その他."""
    text = to_hiragana(unicodedata.normalize("NFKC", reading or "").strip())
    if not text:
        return OTHER_ROW
    base, _voicing, _small = _split(text[0])
    return _ROW_OF.get(base, OTHER_ROW)


def row_order():
    """Row names in display order."""
    return [f"{name}行" for name, _ in ROWS] + [OTHER_ROW]
