"""An edition → TEI P5 XML.

The TEI keeps what the MyST cannot: each intervention as ``choice`` with
the witness's reading beside the edition's (``sic``/``corr`` for corrected
errors, ``orig``/``reg`` for normalisations), notes with their type and
who wrote them, and pointers to the glossary, the bibliography and the
parallel passages. Paragraphs carry the numbers of the HTML edition.

The documents are checked against ``tools/edition/writers/schema/edition-tei.rng``,
a subset of TEI P5 shipped with the project.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..data.manifest import is_published_address
from ..model import (
    Block,
    Citation,
    Edition,
    EditorNoteRef,
    Emendation,
    Emphasis,
    NoteRef,
    ParallelLink,
    Piece,
    PieceVisitor,
    TermRef,
    Text,
)

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SCHEMA = Path(__file__).parent / "schema" / "edition-tei.rng"
#: interventions that correct an error of the witness (the rest normalise it)
CORRECTIONS = {"emendation", "separation"}
ROLE_RE = re.compile(r"\{([a-z:]+)\}`([^`]*)`")

ET.register_namespace("", TEI_NS)


def note_id(label: str) -> str:
    """The ``xml:id`` of the note labelled *label*: an XML name (letters, digits, ``.`` and ``_`` after an
    ``n``), each other character of the label ("*", "†", "p.4*") written as its code point between hyphens,
    so that two labels never share an id."""
    return "n" + "".join(c if c.isascii() and (c.isalnum() or c in "._") else f"-{ord(c):x}-" for c in label)


def _el(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    attrs = {("{http://www.w3.org/XML/1998/namespace}" + k[4:] if k.startswith("xml_") else k): v
             for k, v in attrs.items() if v not in (None, "")}
    el = ET.SubElement(parent, f"{{{TEI_NS}}}{tag}", attrs)
    if text:
        el.text = text
    return el


def _append_text(el: ET.Element, text: str) -> None:
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def _myst_to_text(el: ET.Element, myst: str) -> None:
    """The editor's MyST (notes, entries) as TEI: text, with citations as pointers."""
    pos = 0
    for m in ROLE_RE.finditer(myst):
        _append_text(el, unmark(myst[pos:m.start()]))
        role, content = m.groups()
        if role.startswith("cite"):
            bibl = _el(el, "bibl")
            for key in re.sub(r"\{[^}]*\}", "", content).split(","):
                _el(bibl, "ptr", target=f"references.bib#{key.strip()}")
        else:
            _append_text(el, unmark(re.sub(r"\s*<[^>]*>$", "", content)))
        pos = m.end()
    _append_text(el, unmark(myst[pos:]))


def unmark(text: str) -> str:
    """The editor's MyST as plain words: emphasis marks and escapes removed."""
    return re.sub(r"(?<!\\)[*_]", "", text).replace("\\", "")


class _Writer(PieceVisitor):
    """Inline pieces → TEI elements, appended to :attr:`parent`."""

    def __init__(self, edition: Edition, glossary: dict[str, str] | None = None):
        self.glossary = glossary or {}
        self.edition = edition
        self.notes = {n.label: n for n in edition.notes}
        self.ednotes = {n.label: n for n in edition.ednotes}
        #: the notes already written out; a second marker of one points to it
        self.written: set[str] = set()
        #: the element the pieces being visited are appended to (set by :meth:`inline`)
        self.parent: ET.Element

    def inline(self, el: ET.Element, pieces: list[Piece]) -> None:
        """Append *pieces* to *el*."""
        self.parent = el
        for piece in pieces:
            self.dispatch(piece)
            self.parent = el  # a visit may have written a note, with elements of its own

    def visit_Text(self, piece: Text) -> None:
        _append_text(self.parent, piece.value)

    def visit_Emphasis(self, piece: Emphasis) -> None:
        _el(self.parent, "hi", piece.value, rend="bold" if piece.strong else "italic")

    def visit_Emendation(self, piece: Emendation) -> None:
        choice = _el(self.parent, "choice", type=piece.kind)
        first, second = ("sic", "corr") if piece.kind in CORRECTIONS else ("orig", "reg")
        _el(choice, first, piece.reading)
        _el(choice, second, piece.lemma)

    def visit_NoteRef(self, piece: NoteRef) -> None:
        self.note(self.parent, piece.label)

    def visit_EditorNoteRef(self, piece: EditorNoteRef) -> None:
        note = self.ednotes[piece.label]
        n = _el(self.parent, "note", type="editorial", resp="#editors", n=note.label, place="end",
                xml_id=f"ednote-{note.label}")
        _myst_to_text(n, note.text)

    def visit_Citation(self, piece: Citation) -> None:
        bibl = _el(self.parent, "bibl", type="link")
        _el(bibl, "ptr", target=f"references.bib#{piece.key}")
        if piece.pages:
            _el(bibl, "citedRange", piece.pages, unit="page")

    def visit_TermRef(self, piece: TermRef) -> None:
        page = self.glossary.get(piece.slug, "glossary.html")
        _el(self.parent, "term", piece.surface, ref=f"../{page}#gloss-{piece.slug}")

    def visit_ParallelLink(self, piece: ParallelLink) -> None:
        _el(self.parent, "ptr", type="parallel", target=f"../parallels.html#parallel-{piece.theme}")

    def note(self, el: ET.Element, label: str, note=None) -> None:
        note = note or self.notes.get(label)
        who = note.by if note else "author"
        xml_id = note_id(label) if note is None or note.status != "duplicate" else None
        if xml_id in self.written:
            # the witness marks this note twice: the second marker points to the note
            _el(el, "ptr", type="noteref", target=f"#{xml_id}")
            return
        if xml_id:
            self.written.add(xml_id)
        n = _el(el, "note", type=who, n=label, place="end", xml_id=xml_id)
        if note is None or note.status == "missing-body":
            _el(n, "gap", reason="missing", resp="#editors")
            return
        for para in note.paragraphs:
            self.inline(_el(n, "p"), para)


def to_tei(edition: Edition, record: dict, siglum: str = "", release: str = "0.1", date: str = "",
           glossary: dict[str, str] | None = None) -> str:
    """The TEI P5 document of one text.

    :param glossary: slug → the page of the edition with the glossary entry (``terms/n.html``)
    """
    tei = ET.Element(f"{{{TEI_NS}}}TEI", {XML_ID: f"text-{edition.id}"})
    header = _tei_header(tei, edition, record, siglum, release, date)
    writer = _Writer(edition, glossary)
    text = _el(tei, "text")
    _front(text, edition)
    _body(text, edition, writer)
    _back(text, edition, writer)
    ET.indent(header, space=" ", level=1)  # the text itself keeps its spacing exactly
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tei, encoding="unicode") + "\n"


def _tei_header(tei: ET.Element, edition: Edition, record: dict, siglum: str, release: str,
                date: str) -> ET.Element:
    """The ``teiHeader``: the edition's title, author and editors, its publication, the witness, the
    editorial principles and the language."""
    header = _el(tei, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", edition.title, type="main")
    author = record.get("author", "")
    _el(title_stmt, "author", author, cert="medium" if record.get("author_editorial") else "high")
    editor = _el(title_stmt, "editor", xml_id="editors")
    _el(editor, "name", "The editors of The Russian Question")
    pub = _el(file_desc, "publicationStmt")
    _el(pub, "publisher", "The Russian Question: An annotated critical edition")
    _el(pub, "idno", release, type="version")
    if date:
        _el(pub, "date", date, when=date)
    avail = _el(pub, "availability")
    _el(avail, "p", record.get("rights", "") or "Rights not established.")
    _source_desc(file_desc, edition, record, siglum)
    enc = _el(header, "encodingDesc")
    decl = _el(enc, "editorialDecl")
    _el(decl, "p", "Edited from a single witness. Interventions are encoded as choice: sic/corr for "
                   "corrected errors of the witness (emendations, words run together), orig/reg for "
                   "normalisations (line-end hyphens, page breaks, headings in capitals, titles between "
                   "slashes). Site furniture is kept in the back matter. Paragraph numbers (n) are those of "
                   "the HTML edition.")
    profile = _el(header, "profileDesc")
    langs = _el(profile, "langUsage")
    _el(langs, "language", "English", ident=record.get("language", "en"))
    return header


def _source_desc(file_desc: ET.Element, edition: Edition, record: dict, siglum: str) -> None:
    """The ``sourceDesc``: the witness (its manifest *record*) as a ``bibl``."""
    author = record.get("author", "")
    source = _el(file_desc, "sourceDesc")
    bibl = _el(source, "bibl", xml_id=f"witness-{siglum}" if siglum else None, n=siglum or None)
    _el(bibl, "title", record.get("title", edition.title))
    _el(bibl, "author", author)
    if record.get("translator"):
        _el(bibl, "editor", record["translator"], role="translator")
    for key, tag in (("publisher", "publisher"), ("place", "pubPlace")):
        if record.get(key) and record[key] != "not established":
            _el(bibl, tag, record[key])
    _el(bibl, "date", record.get("written", ""), type="written")
    if is_published_address(str(record.get("source_url", ""))):  # a judged address only
        _el(bibl, "ref", record["source_url"], target=record["source_url"])
    if record.get("sha256"):
        _el(bibl, "idno", record["sha256"], type="sha256")
    _el(bibl, "note", f"Witness: {record.get('witness_kind', 'plain text')}, file {record.get('file', '')}. "
                      f"Attribution: {record.get('author_evidence', '')}")


def _front(text: ET.Element, edition: Edition) -> None:
    """The ``front``: the witness's header, one labelled paragraph a field (nothing if it has none)."""
    if not edition.header:
        return
    front = _el(text, "front")
    div = _el(front, "div", type="witness-header")
    for field in edition.header:
        p = _el(div, "p")
        _el(p, "label", field.label)
        _append_text(p, " " + field.value)


def _body(text: ET.Element, edition: Edition, writer: _Writer) -> None:
    """The ``body``: a ``div`` for each heading of level 2 or above, one inside it for each lower heading."""
    body = _el(text, "body")
    current = _el(body, "div")
    parent2 = current
    for block in edition.blocks:
        if block.kind == "heading":
            level = int(block.style or 2)
            if level <= 2:
                parent2 = current = _el(body, "div")
            else:
                current = _el(parent2, "div")
            head = _el(current, "head")
            writer.inline(head, block.pieces)
            continue
        _block(current, block, writer)
    if not len(body[0]):
        body.remove(body[0])


def _block(current: ET.Element, block: Block, writer: _Writer) -> None:
    """A paragraph, a block quotation, a list or lines of code, numbered as in the HTML edition, into the
    ``div`` *current*."""
    attrs = {"n": str(block.number), "xml_id": f"p{block.number}"}
    if block.kind == "paragraph":
        writer.inline(_el(current, "p", **attrs), block.pieces)
    elif block.kind == "quote":
        quote = _el(current, "quote", rend="block", **attrs)
        writer.inline(_el(quote, "p"), block.pieces)
    elif block.kind == "definition":
        gloss = _el(current, "list", type="gloss", **attrs)
        term, definition = block.pieces
        writer.inline(_el(gloss, "label"), term)
        writer.inline(_el(gloss, "item"), definition)
    elif block.kind == "code":
        # lines of a program, their line breaks kept
        _el(current, "ab", "".join(p.shown for p in block.pieces), type="code", xml_space="preserve", **attrs)
    elif block.kind == "table":
        columns, header = (int(x) for x in block.style.split())
        rows = block.rows()
        table = _el(current, "table", rows=str(len(rows)), cols=str(columns), **attrs)
        for k, cells in enumerate(rows):
            row = _el(table, "row", role="label") if k < header else _el(table, "row")
            for cell in cells:
                writer.inline(_el(row, "cell"), cell)
    elif block.kind == "list":
        lst = _el(current, "list", rend="numbered" if block.style in (")", ".") else "bulleted", **attrs)
        numbered = block.style in (")", ".")
        for number, item in enumerate(block.pieces, start=block.first):
            writer.inline(_el(lst, "item", **({"n": str(number)} if numbered else {})), item)


def _back(text: ET.Element, edition: Edition, writer: _Writer) -> None:
    """The ``back``: the notes no marker points to, and the site's furniture (nothing if there are neither)."""
    orphans = [n for n in edition.notes if n.status in ("orphan", "duplicate")]
    if not (edition.furniture or orphans):
        return
    back = _el(text, "back")
    if orphans:
        div = _el(back, "div", type="notes-without-marker")
        for note in orphans:
            writer.note(div, note.label, note)
    if edition.furniture:
        div = _el(back, "div", type="furniture")
        for item in edition.furniture:
            _el(div, "ab", item.text, type=item.what.replace(" ", "-"), n=str(item.lineno))
