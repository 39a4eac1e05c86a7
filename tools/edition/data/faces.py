"""The characters the printed edition can set: those its faces have.

The PDF is set in Linux Libertine O (``conf.py``'s ``latex_elements``:
``\\setmainfont``), roman, italic and bold; a character none of them has
prints as an empty box, and XeLaTeX says no more than "Missing character"
in its log (the build does not stop, the HTML shows the letter). A
contributed text (a glossary entry, an index's heading, an editor's note, a
page) may therefore hold only characters that every one of these faces has,
and the marks the build sets from another face itself (the parallel
passage's ⇄, from FreeSerif: :mod:`edition.sphinxext.latex`).

The set is data, :data:`PRINTABLE_FILE`, made from the font files by
:func:`generate` (``python -m edition.data.faces``, with fontconfig's
``fc-query``; Debian's ``fonts-linuxlibertine`` and ``fonts-freefont-otf``):
the check needs no font and no LaTeX, as the data job of CI builds no PDF.
``tests/test_printable.py`` makes it again from the fonts, where they are
installed, and compares.
"""

from __future__ import annotations

import subprocess
import unicodedata
from functools import cache
from pathlib import Path

#: the file of the characters the faces have: ranges of code points, in hexadecimal
PRINTABLE_FILE = Path(__file__).resolve().parent / "printable-characters.txt"
#: where Debian installs the faces
FONT_DIR = Path("/usr/share/fonts/opentype")
#: the faces the text is set in (``conf.py``'s main font: roman, italic, bold): a character must be in each
TEXT_FACES = ("linux-libertine/LinLibertine_R.otf", "linux-libertine/LinLibertine_RI.otf",
              "linux-libertine/LinLibertine_RB.otf")
#: the characters the build sets from another face, and that face (``\\edparallelmark``, preamble.tex)
OWN_MARKS = {"\u21c4": "freefont/FreeSerif.otf"}
#: how the faces are named in messages
FACE_NAMES = "Linux Libertine O"

HEADER = """\
# The characters the printed edition can set (edition.data.faces): those that Linux Libertine O
# has in each of the faces the text is set in (roman, italic, bold:
# {faces}),
# and the marks the build sets from another face ({marks}).
# Made from the font files by `python -m edition.data.faces` (fc-query);
# tests/test_printable.py makes it again where the fonts are installed and compares.
# One range of code points a line, in hexadecimal: FIRST-LAST, or one code point.
"""


def charset(font: Path) -> set[int]:
    """The code points *font* has a glyph for, as fontconfig reads them (``fc-query``)."""
    out = subprocess.run(["fc-query", "--format=%{charset}", str(font)], capture_output=True, text=True,
                         check=True).stdout
    points: set[int] = set()
    for part in out.split():
        first, _, last = part.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def generate(font_dir: Path = FONT_DIR) -> str:
    """The text of :data:`PRINTABLE_FILE`, made from the faces in *font_dir*."""
    points = set.intersection(*(charset(font_dir / face) for face in TEXT_FACES))
    for mark, face in OWN_MARKS.items():
        if ord(mark) in charset(font_dir / face):
            points.add(ord(mark))
    ranges: list[list[int]] = []
    for point in sorted(points):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    lines = [f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in ranges]
    marks = ", ".join(f"U+{ord(m):04X} from {face.split('/')[-1]}" for m, face in OWN_MARKS.items())
    return HEADER.format(faces=", ".join(f.split("/")[-1] for f in TEXT_FACES), marks=marks) + "\n".join(lines) + "\n"


@cache
def printable() -> frozenset[str]:
    """The characters of :data:`PRINTABLE_FILE` (and the line feed and the tab, which are no glyphs)."""
    chars = {"\n", "\t"}
    for line in PRINTABLE_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        first, _, last = line.partition("-")
        chars.update(chr(p) for p in range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(chars)


def unprintable(text: str) -> list[str]:
    """The characters of *text* the printed edition cannot set, in the order they first appear."""
    missing = set(text) - printable()
    return sorted(missing, key=text.index) if missing else []


def describe(char: str) -> str:
    """A character as messages name it: itself, its code point and its Unicode name."""
    name = unicodedata.name(char, "")
    shown = char if unicodedata.category(char)[0] not in "CZM" else ""
    return " ".join(part for part in (shown, f"(U+{ord(char):04X}{' ' + name if name else ''})") if part)


if __name__ == "__main__":  # pragma: no cover  (python -m edition.data.faces: the data file made again)
    PRINTABLE_FILE.write_text(generate(), encoding="utf-8")
    print(f"wrote {PRINTABLE_FILE}")
