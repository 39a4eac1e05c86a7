"""Reading a witness: bytes → text → lines, with offsets kept.

Every later step refers to the witness by character offsets into the text
returned here, so that each editorial intervention can name exactly what
the witness reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from ..errors import EditionError


class Line(NamedTuple):
    """One line of a witness."""

    #: the line's text, without its line break
    text: str
    #: 1-based line number in the witness
    lineno: int
    #: offset of the line's first character in the witness text
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


class Witness(NamedTuple):
    """A witness as read: its decoded text and its lines."""

    #: where the witness was read from
    path: str
    #: the text, decoded, line breaks normalised to ``\\n``
    text: str
    #: the lines of :attr:`text`
    lines: list[Line]
    #: how the bytes were decoded (``utf-8`` or ``utf-8-sig``)
    encoding: str
    #: the lines a form feed (a PDF extraction's page break) stood before,
    #: 1-based: the first lines of pages after the first
    page_starts: frozenset = frozenset()
    #: the control characters of the witness, each as (line, code point), in the order they
    #: stand: the text holds each as its picture (U+2400 …), which a page can print
    controls: tuple[tuple[int, int], ...] = ()
    #: the lines whose C1 control stood as a list's mark, read as a bullet (:func:`read_c1`)
    c1_bullets: frozenset = frozenset()
    #: the word joiners and zero-width no-break spaces removed (:data:`JOINER`), each as (line, code point)
    joiners: tuple[tuple[int, int], ...] = ()


#: characters a plain text has no use for, which neither MyST nor TEI may hold: the control
#: characters (tab, line feed, carriage return and a page's form feed are a text's own; NUL is
#: refused as binary data), a form feed inside a line, the line and paragraph separators (which
#: Python's ``splitlines`` and so MyST's directives take for line breaks) and Unicode's
#: noncharacters (which XML forbids). Each is kept as a picture of one character (U+2401 …
#: U+241F, U+2421; ␤ for a separator; U+FFFD for a noncharacter), so that offsets and lines stay
#: those of the file, and the apparatus says so (a PDF extraction gives them for the glyphs of a
#: symbol font, a terminal's output for its colours)
NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
#: characters that print nothing and yet change what a reader sees: the bidirectional embeddings,
#: overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder the letters after them; each is
#: kept as U+FFFD (the book's face has it), and the apparatus names it (the word joiners: :data:`JOINERS`)
INVISIBLE = ("\u202a-\u202e\u2066-\u2069"
             # and others of Unicode's invisible format characters, which no running text needs: the
             # Mongolian vowel separator, the invisible operators and the deprecated format controls,
             # the interlinear annotation marks (a renderer may hide what they enclose), the tag
             # characters (a hidden message in plain letters), the Hangul fillers, the musical format
             # controls, the Khmer inherent vowels and the combining grapheme joiner
             "\u180e\u2061-\u2064\u206a-\u206f\ufff9-\ufffb\U000e0000-\U000e007f"
             "\u115f\u1160\u3164\uffa0\U0001d173-\U0001d17a\u17b4\u17b5\u034f")
#: the letters and marks of the scripts that use the zero-width space, non-joiner and joiner inside their
#: words (Arabic and Persian, Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer,
#: Mongolian), without the format characters of their blocks (U+061C, U+06DD, U+180B–U+180F)
JOINING_SCRIPTS = ("\u0600-\u061b\u061d-\u06dc\u06de-\u06ff\u0700-\u074f\u0750-\u07ff\u08a0-\u08e1"
                   "\u08e3-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17b3\u17b6-\u180a"
                   "\u1810-\u18af\ufb50-\ufdff\ufe70-\ufefc")
#: the emoji a joiner makes one sign of: what may stand before the joiner (an emoji, its presentation
#: selector U+FE0F, a skin tone) and after it (an emoji, not a selector or a skin tone)
EMOJI_BEFORE = "\ufe0f\u2600-\u27bf\U0001f000-\U0001faff"
EMOJI_AFTER = "\u2600-\u27bf\U0001f000-\U0001f3fa\U0001f400-\U0001faff"
#: the zero-width space and non-joiner (U+200B, U+200C) outside those scripts' letters, and the joiner
#: (U+200D) outside them and emoji: invisible as the others (each branch opens with its character,
#: so that a search scans for it alone)
ZERO_WIDTH = (rf"[\u200b\u200c](?:(?<![{JOINING_SCRIPTS}].)|(?![{JOINING_SCRIPTS}]))"
              rf"|\u200d(?:(?<![{JOINING_SCRIPTS}{EMOJI_BEFORE}].)|(?![{JOINING_SCRIPTS}{EMOJI_AFTER}]))")
#: the right-to-left scripts, beside whose letters the directional marks are the text's own
RTL_LETTERS = "\u0590-\u05ff\u0600-\u061b\u061d-\u06ff\u0700-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
#: the directional marks (U+200E, U+200F, U+061C) with no right-to-left letter on either side: in Latin or
#: Cyrillic text they only reorder the signs around them, unseen
DIRECTION_MARK = rf"[\u200e\u200f\u061c](?:(?<![{RTL_LETTERS}].)(?![{RTL_LETTERS}]))"
#: the word joiner and the zero-width no-break space (U+2060, U+FEFF inside the text: a BOM the reading of
#: the file set aside), which only forbid a line break: beside a sign that does not break anyway (a dash,
#: a letter, punctuation, as a typesetter's ebook sets one beside each em dash) they change nothing a reader
#: sees, and are removed (:func:`removed`, the apparatus counts them); beside a letter of a script that
#: uses the joiners inside its words (Arabic, the Indic scripts…) each is the text's own, kept as it stands
JOINERS = "\u2060\ufeff"
JOINER = rf"[{JOINERS}](?:(?<![{JOINING_SCRIPTS}].)(?![{JOINING_SCRIPTS}]))"
CONTROL_RE = re.compile(rf"[\x01-\x08\x0b\x0e-\x1f\x7f\u2028\u2029{NONCHARACTERS}{INVISIBLE}]|{ZERO_WIDTH}"
                        rf"|{JOINER}|{DIRECTION_MARK}|(?<=[^\n\f])\f")
#: every character a match of :data:`CONTROL_RE` begins with: looked for among the distinct characters of a
#: text first (:func:`_distinct`), since most texts hold none and the search of :data:`CONTROL_RE`, with its
#: lookarounds and ranges, costs more than the rest of reading a text
CONTROL_START_RE = re.compile(
    rf"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029{NONCHARACTERS}{INVISIBLE}{JOINERS}\u200b-\u200f\u061c]"
)
#: the invisible characters among those :data:`CONTROL_RE` finds
INVISIBLE_RE = re.compile(rf"[{INVISIBLE}{JOINERS}\u200b-\u200f\u061c]")
#: the C1 controls (U+0080–U+009F): a PDF's extraction writes one for a glyph of a symbol font (a list's
#: bullet); in a text that shows :data:`MOJIBAKE_RE`'s signs they are a bad conversion instead
C1_RE = re.compile(r"[\x80-\x9f]")
#: a C1 control standing as a list's mark: at a line's start (after its indent), a space after it
C1_BULLET_RE = re.compile(r"(?m)^[ \t]*([\x80-\x9f])(?=[ \t])")
#: the signs of mojibake among C1 controls: UTF-8's bytes read as Latin-1 or cp1252 (``Ã©``, ``â\x80\x99``,
#: ``â€™``, ``Â\xa0``), or cp1252's punctuation read as Latin-1 where punctuation stands: its quotation marks
#: (U+0091–U+0094) at a word's edge, its apostrophe (U+0092) inside a word, its dashes (U+0096, U+0097)
#: and ellipsis (U+0085) beside a word
MOJIBAKE_RE = re.compile(r"[ÂÃ][\x80-\xbf]|â[\x80€]"
                         r"|[\x91\x93](?=\w)|(?<=\w)[\x92\x94]|(?<=\w)[\x85\x96\x97]|[\x96\x97](?=\w)")


def picture(char: str) -> str:
    """The visible picture of a character :data:`CONTROL_RE` or :data:`C1_RE` finds (the U+2400 block's;
    U+FFFD for one above U+007F)."""
    code = ord(char)
    if code in (0x2028, 0x2029):
        return "\u2424"
    if code > 0x7F:
        return "\ufffd"
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def _distinct(text: str) -> str:
    """The characters *text* holds, each once (in no order)."""
    return "".join(set(text))


def removed(m: re.Match) -> bool:
    """Whether the character :data:`CONTROL_RE` found at *m* is a joiner removed (:data:`JOINERS`): not one
    a text opens with (a byte order mark, which the apparatus names as the other invisible characters)."""
    return m.group(0) in JOINERS and m.start() > 0


def _found(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The characters :data:`CONTROL_RE` finds in *text* (and the C1 controls, :data:`CONTROL_C1_RE`), as
    (line, code point): those printed as their pictures (or read, C1), and the joiners removed (:func:`removed`)."""
    distinct = _distinct(text)
    c1 = C1_RE.search(distinct) is not None
    if not c1 and CONTROL_START_RE.search(distinct) is None:
        return (), ()
    found: list[tuple[int, int]] = []
    joiners: list[tuple[int, int]] = []
    line, counted = 1, 0
    pattern = CONTROL_C1_RE if c1 else CONTROL_RE
    for m in pattern.finditer(text):  # lines counted on from the last one found: linear in the text
        line += text.count("\n", counted, m.start())
        counted = m.start()
        (joiners if removed(m) else found).append((line, ord(m.group(0))))
    return tuple(found), tuple(joiners)


def controls_of(text: str) -> tuple[tuple[int, int], ...]:
    """Each such character of *text* (line breaks normalised, form feeds in) printed as its picture, as
    (line, code point)."""
    return _found(text)[0]


def joiners_of(text: str) -> tuple[tuple[int, int], ...]:
    """Each joiner of *text* that the reading removes (:func:`removed`), as (line, code point)."""
    return _found(text)[1]


#: :data:`CONTROL_RE` and the C1 controls, for a text that has C1 controls and no sign of mojibake
CONTROL_C1_RE = re.compile(rf"[\x80-\x9f]|{CONTROL_RE.pattern}")


def read_c1(text: str) -> str:
    """*text* with each C1 control read: a bullet (•) where it stands as a list's mark
    (:data:`C1_BULLET_RE`), U+FFFD elsewhere; one character for one, so that offsets stay the file's."""
    chars = list(text)
    for m in C1_BULLET_RE.finditer(text):
        chars[m.start(1)] = "\u2022"
    return "".join(c if c < "\x80" or c > "\x9f" else "\ufffd" for c in chars)


def normalise(text: str, path: str = "<input>") -> str:
    """Normalise line breaks to ``\\n`` and drop form feeds; print control characters as their
    pictures; read C1 controls (:func:`read_c1`), or refuse them in a text that is mojibake.

    A form feed is the page break of a text extracted from a PDF: dropping it
    keeps every line where it was, so line numbers still match the file.

    :raises EditionError: for C1 control characters beside a sign of mojibake (:data:`MOJIBAKE_RE`),
        naming the line of the first sign
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    distinct = _distinct(text)
    if C1_RE.search(distinct):
        bad = MOJIBAKE_RE.search(text)
        if bad:
            c1 = C1_RE.search(bad.group(0)) or C1_RE.search(text)
            assert c1 is not None
            sign = "".join(f"\\x{ord(c):02x}" if C1_RE.match(c) else c for c in bad.group(0))
            raise EditionError(
                f"control character U+{ord(c1.group(0)):04X} (text converted from cp1252 as if it were "
                f"Latin-1? '{sign}' reads as mojibake): not plain text; convert the file again",
                path,
                text.count("\n", 0, bad.start()) + 1,
            )
        text = read_c1(text)  # each C1 control replaced by a bullet or U+FFFD, neither among CONTROL_RE's
    if CONTROL_START_RE.search(distinct) is None:
        return text
    return CONTROL_RE.sub(lambda m: "" if removed(m) else picture(m.group(0)), text).replace("\f", "")


def decode(data: bytes, path: str = "<input>") -> tuple[str, str]:
    """Decode witness bytes as UTF-8, refusing anything else.

    :param data: the raw bytes
    :param path: the file name, for messages
    :return: the text normalised (:func:`normalise`), and the encoding used
    :raises EditionError: for binary data, bytes that are not UTF-8 or
        C1 control characters, naming the line of the first bad one
    """
    text, encoding = _decoded(data, path)
    return normalise(text, path), encoding


def _decoded(data: bytes, path: str) -> tuple[str, str]:
    """Witness bytes decoded as UTF-8 (not yet normalised), refusing anything else.

    :param data: the raw bytes
    :param path: the file name, for messages
    :return: the text as decoded, and the encoding used
    :raises EditionError: for binary data or bytes that are not UTF-8,
        naming the line of the first bad one
    """
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise EditionError("binary data (a NUL byte): not a plain-text witness", path, line)
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise EditionError(
            f"not UTF-8 (byte 0x{data[err.start]:02x}); convert the file to UTF-8 first, "
            "e.g. with iconv -f cp1252 -t utf-8",
            path,
            line,
        ) from None
    return text, encoding


def page_starts(text: str) -> frozenset[int]:
    """The 1-based lines that a form feed stands before (line breaks normalised, form feeds still in)."""
    starts = set()
    at = text.find("\f")
    while at != -1:
        if at == 0 or text[at - 1] in "\n\f":  # one inside a line is no page break (CONTROL_RE)
            starts.add(text.count("\n", 0, at) + 1)
        at = text.find("\f", at + 1)
    return frozenset(starts)


def split_lines(text: str) -> list[Line]:
    """Split *text* into :class:`Line` records with their offsets."""
    lines = []
    start = 0
    for lineno, chunk in enumerate(text.split("\n"), start=1):
        lines.append(Line(chunk, lineno, start))
        start += len(chunk) + 1
    if lines and lines[-1].text == "":
        lines.pop()  # the final line break ends the last line; it opens none
    return lines


def read_text(text: str, path: str = "<input>") -> Witness:
    """Make a :class:`Witness` of a string (used by tests).

    :raises EditionError: as :func:`normalise`
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = page_starts(raw) if "\f" in text else frozenset()
    bullets = frozenset(raw.count("\n", 0, m.start()) + 1 for m in C1_BULLET_RE.finditer(raw)) \
        if C1_RE.search(raw) else frozenset()
    text = normalise(text, path)
    controls, joiners = _found(raw)
    return Witness(path, text, split_lines(text), "utf-8", pages, controls, bullets, joiners)


def read_witness(path: str | Path) -> Witness:
    """Read a witness file.

    :raises EditionError: when the file cannot be read or is not UTF-8 text
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise EditionError(f"cannot read the witness: {err.strerror}", path) from None
    text, encoding = _decoded(data, str(path))
    witness = read_text(text, str(path))
    if not witness.text.strip():
        raise EditionError("the witness is empty", path, 1)
    return witness._replace(encoding=encoding)
