"""The printed edition's rules, as plain text processing (no Sphinx, no docutils).

The LaTeX glue is :mod:`edition.sphinxext.latex`; what it needs to decide
from data lives here and is tested on small strings in ``tests/test_latex.py``:
the short title a running head carries, the citation metadata of
``CITATION.cff``, and the sort keys and markup of xindy's index entries.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from ..errors import EditionError

#: xindy's special characters in an index entry, quoted with a double quote
XINDY_SPECIAL = re.compile(r'(["!@|])')
#: an address in running text, without the punctuation that ends its sentence
ADDRESS_RE = re.compile(r"https?://[^\s<>\"“”]+?(?=[.,;:)\]]?(?:\s|$))")
#: the spaces of "K ¶ 18" at which a line must not break
PARAGRAPH_MARK_SPACE = re.compile(r"(?<=\b[A-Z]) (?=¶)|(?<=¶) (?=\d)")
#: the papers the PDF is made for: name → (LaTeX paper, type size, geometry options)
PAPERS = {
    # A4: a wide outer margin for the paragraph numbers, about 75 characters a line
    "a4": ("a4paper", "11pt",
           "inner=27mm,outer=52mm,top=28mm,bottom=36mm,marginparwidth=14mm,marginparsep=5mm"),
    # A5, the trade size for print on demand: about 65 characters a line; the paragraph
    # numbers 5 mm from the text, as in A4: at 3 mm the PDF's text layer (poppler's
    # pdftotext, a reader's search) took a number beside a word broken at the line's end
    # for part of the word ("despera- 41 tion")
    "a5": ("a5paper", "10pt",
           "inner=17mm,outer=27mm,top=17mm,bottom=22mm,marginparwidth=10mm,marginparsep=5mm"),
}


class CitationFile(NamedTuple):
    """What the PDF's metadata takes from ``CITATION.cff``."""

    #: the names of the authors (here: the editors), in order
    authors: list[str]
    keywords: list[str]
    abstract: str


def short_title(title: str) -> str:
    """The title a running head carries: the title up to its first colon.

    >>> short_title("Capitalist restoration in Russia: A balance sheet")
    'Capitalist restoration in Russia'
    """
    head = title.split(":", 1)[0].strip()
    return head or title.strip()


def breakable(text: str, run: int = 8) -> list[str]:
    """*text* cut into pieces after which a line may break: a long run of
    letters and digits with no other place to break (a checksum) every *run*
    characters.

    >>> breakable("cf07a3dfd10bcc1c0a2ad346")
    ['cf07a3df', 'd10bcc1c0a2ad346']
    """
    pieces = []
    for word in re.split(r"(?<=[^\w])", text):
        while len(word) > 2 * run and re.match(rf"\w{{{2 * run}}}", word):
            pieces.append(word[:run])
            word = word[run:]
        if word:
            pieces.append(word)
    return pieces


def address_pieces(address: str) -> list[str]:
    """*address* cut into pieces after which a line may break: after each slash,
    dot, hyphen, underscore and query character, never inside ``://``.

    >>> address_pieces("http://struggle.ws/russia_global99.html")
    ['http://', 'struggle.', 'ws/', 'russia_', 'global99.', 'html']
    """
    return re.split(r"(?<=[/.\-_?=&#])(?<!:/)(?=.)", address)


def tie_paragraph_marks(text: str) -> str:
    """*text* with no-break spaces in "K ¶ 18" (a siglum, the mark, the number),
    so that a line never ends on the siglum or the mark.

    >>> tie_paragraph_marks("see K ¶ 18 and ¶ 3") == "see K\u00a0¶\u00a018 and ¶\u00a03"
    True
    """
    return PARAGRAPH_MARK_SPACE.sub("\u00a0", text)


def read_citation_file(path: Path) -> CitationFile:
    """The authors, keywords and abstract of a ``CITATION.cff`` file.

    Only the few block forms the file uses are read (``- name: "…"`` under
    ``authors:``, ``- word`` under ``keywords:``, a folded ``abstract: >-``),
    so that the build needs no YAML library. The file is read only as itself: a symbolic link
    (which a pull request can commit, and which would print whatever file of the building machine
    it names into the PDF), a folder or another file that is not a regular one, and a file not in
    UTF-8 are refused, naming it (:func:`citation_file_refusal`).

    :raises EditionError: the file cannot be read as the edition's own citation file
    """
    why = citation_file_refusal(path)
    if why is not None:
        raise EditionError(why[1], path, why[0])
    authors: list[str] = []
    keywords: list[str] = []
    abstract: list[str] = []
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            section = line.split(":", 1)[0].strip()
            continue
        item = line.strip()
        if section == "authors" and item.startswith("- name:"):
            authors.append(item.split(":", 1)[1].strip().strip('"'))
        elif section == "keywords" and item.startswith("- "):
            keywords.append(item[2:].strip().strip('"'))
        elif section == "abstract" and item:
            abstract.append(item)
    return CitationFile(authors, keywords, " ".join(abstract))


def citation_file_refusal(path: Path) -> tuple[int | None, str] | None:
    """Why *path* (``CITATION.cff``) cannot be read as the edition's citation file, with the line at
    fault, or ``None`` (also when there is no such file: the build then names the configured author).
    Nothing is read through a symbolic link, and a link is known without following it."""
    if path.is_symlink():
        return None, "a symbolic link (the build would read through it, into the PDF); commit the file itself"
    if not path.exists():
        return None
    if not path.is_file():
        return None, "not a regular file (a folder, or a device); commit the citation file itself"
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return data[: err.start].count(b"\n") + 1, "not UTF-8; save the file as UTF-8"
    return None


def sort_key(text: str) -> str:
    """A sort key that ignores case, accents and leading punctuation.

    >>> sort_key("“Éclat”, Ölga")
    'eclat olga'
    """
    flat = unicodedata.normalize("NFKD", text)
    flat = "".join(c for c in flat if not unicodedata.combining(c)).casefold()
    flat = re.sub(r"[^\w\s]", " ", flat)
    return " ".join(flat.split())


def xindy_quote(text: str) -> str:
    """*text* with xindy's special characters quoted (``"`` before ``! @ | "``)."""
    return XINDY_SPECIAL.sub(r'"\1', text)


def index_entry(printed: str, in_note: bool = False, name: str = "") -> str:
    """The argument of ``\\index`` for a name printed as *printed* (LaTeX), its
    page number in italics when the place is a note.

    With the *name* as written, the entry is sorted by its :func:`sort_key`
    (``key@printed``): without case or accents, so that *Károlyi* files under
    *Karolyi*, not after *Kislyuk* as xindy's own key from the LaTeX would.
    The key holds letters, digits and spaces alone (names hold no ``@ ! |``).

    >>> index_entry("Gorbachev, Mikhail", in_note=True)
    'Gorbachev, Mikhail|textit'
    >>> index_entry("Károlyi, Mihály", name="Károlyi, Mihály")
    'karolyi mihaly@Károlyi, Mihály'
    """
    key = sort_key(name) if name else ""
    return (f"{key}@" if key else "") + xindy_quote(printed) + ("|textit" if in_note else "")
