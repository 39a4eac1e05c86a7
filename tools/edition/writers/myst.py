"""An :class:`~edition.model.Edition` → MyST Markdown.

The output uses plain MyST wherever it can (headings, footnotes with the
author's own numbers, block quotes, lists, definition lists, fenced code, block
attributes for paragraph anchors) and three small roles and directives of
the edition's Sphinx extension for what MyST lacks: ``{para}`` (a link to
a numbered paragraph), ``{ednote}`` and ``ednote`` (the editor's note
series, lettered, kept apart from the author's numbered notes).
"""

from __future__ import annotations

import json
import re

from ..data.manifest import is_published_address
from ..model import (
    Block,
    Citation,
    Edition,
    EditorNoteRef,
    Emendation,
    Emphasis,
    Entry,
    NoteRef,
    ParallelLink,
    Piece,
    PieceVisitor,
    TermRef,
    Text,
)

#: ASCII characters with a meaning in MyST inline syntax (``#`` too: a run of
#: them at the end of a heading would be taken for its closing sequence)
INLINE_SPECIALS = re.compile(r"([\\`*_\[\]{}<>|~&$^#])")
#: constructs that mean something at the start of a line: ``%`` starts a
#: comment, ``(name)=`` is a target, the rest start blocks
LINE_START = re.compile(r"^([ \t]*)([#>+=:%-]|\d+[.)]|\((?=[^()\n]*\)=))", re.M)

NOTE_BY_LABEL = {"translator": "translator’s note", "author": "author’s note"}


def escape(value: str) -> str:
    """Escape *value* so that MyST prints it as it is (a tab as a space)."""
    value = INLINE_SPECIALS.sub(r"\\\1", value.replace("\t", " "))
    return LINE_START.sub(lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c for c in m.group(2)), value)


def emphasised(value: str) -> str:
    """A field that may have emphasis (a definition), from its tokens (:func:`edition.data.markup.inline_runs`).

    Every character of the text is escaped; emphasis is rendered ``*…*``.
    """
    from ..data.markup import inline_runs

    out = []
    for text, style in inline_runs(value):
        text = escape(text)
        if "em" in style.split() and text.strip():
            text = f"*{text}*"
        out.append(text)
    return "".join(out)


class MystInline(PieceVisitor):
    """Inline pieces → MyST: each ``visit_`` returns the piece's markup."""

    def visit_Text(self, piece: Text) -> str:
        return escape(piece.value)

    def visit_Emphasis(self, piece: Emphasis) -> str:
        mark = "**" if piece.strong else "*"
        return f"{mark}{escape(piece.value)}{mark}"

    def visit_Emendation(self, piece: Emendation) -> str:
        return escape(piece.lemma)

    def visit_NoteRef(self, piece: NoteRef) -> str:
        return f"[^{piece.label}]"

    def visit_EditorNoteRef(self, piece: EditorNoteRef) -> str:
        return f"{{ednote}}`{piece.label}`"

    def visit_Citation(self, piece: Citation) -> str:
        return " " + cite_role(piece.key, piece.pages)

    def visit_ParallelLink(self, piece: ParallelLink) -> str:
        return " " + parallel_links(piece)

    def visit_TermRef(self, piece: TermRef) -> str:
        return f"{{gloss}}`{role_text(piece.surface)} <{piece.slug}>`"


def inline(pieces: list[Piece]) -> str:
    """Render inline pieces as MyST."""
    return escape_line_start("".join(MystInline().walk(pieces)))


def role_text(value: str) -> str:
    """Text inside a role's backticks, as one line with no markup of its own."""
    return " ".join(value.replace("`", "'").replace("<", "‹").replace(">", "›").split())


def cite_role(key: str, pages: str = "") -> str:
    """The editor's link from a citing passage to the bibliography (*key*: one key, or several joined by commas)."""
    post = ""
    if pages:
        prefix = "pp." if re.search(r"[–,-]", pages) else "p."
        post = "{" + f"{prefix} {pages}".replace("}", "") + "}"
    return f"[{{cite:p}}`{key}{post}`]{{.citation-link}}"


def code_fence(literal: str) -> list[str]:
    """Lines of a program in a fenced block, as the witness sets them: a fence longer than any run of
    backticks in them, no highlighting (``text``)."""
    longest = max((len(run) for run in re.findall(r"`+", literal)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", literal, fence]


def pipe_table(block: Block) -> list[str]:
    """A table as a pipe table: its header row (an empty one where the witness's table has none, as a pipe
    table must have one), the line of dashes, its rows; each cell's text escaped as a paragraph's is (a
    ``|`` in it as ``\\|``), on one line."""
    rows = [" ".join(["|", *(" ".join(inline(cell).split()) + " |" for cell in row)]) for row in block.rows()]
    columns, header = (int(x) for x in block.style.split())
    head = rows.pop(0) if header else "|" + "  |" * columns
    return [head, "|" + "---|" * columns, *rows]


def escape_line_start(rendered: str) -> str:
    m = LINE_START.match(rendered)
    if m and not rendered.startswith("\\"):
        return escape(rendered[: m.end()]) + rendered[m.end():]
    return rendered


def show_reading(reading: str) -> str:
    """A witness reading as shown in the apparatus: line breaks as ``|``."""
    shown = re.sub(r"[ \t\u00a0]*\n[ \t\u00a0]*", " | ", reading.strip("\n"))
    shown = re.sub(r"( \| )+", " | ", shown)
    return escape(shown) if shown.strip() else "(blank line)"


def _where(entry: Entry) -> str:
    if entry.in_note:
        return f"n. {entry.in_note}"
    return f"{{para}}`{entry.paragraph}`" if entry.paragraph else "before ¶ 1"


def render(edition: Edition, siglum: str = "") -> str:
    """The MyST document of one text."""
    rec = edition.record
    out: list[str] = []
    out += [
        "---",
        f"witness: {edition.id}",
        # a text outside the manifest names its file, so that a later
        # conversion to the same output can say which text it would replace
        *([] if rec else [f"source: {json.dumps(edition.source, ensure_ascii=False)}"]),
        "---",
        "",
        # a witness of the manifest is written by `edition sync`; any other text by `edition convert`
        *(["% Generated by `edition sync` from the witness, the manifest and",
            "% seeds/editorial/; edit those, never this file."] if rec else
          ["% Converted by `edition convert` from the witness named above; its",
           "% apparatus records every decision. Read it against the witness."]),
        "",
        f"(text-{edition.id})=",
    ]
    title = escape(edition.title)
    # a note on the title ("Designing BibTeX Styles∗"), whose field is not printed: its marker on the heading
    note = next((f"[^{f.note}]" for f in edition.header if f.name == "title" and f.note
                 and not f.label_in_witness), "")
    out.append(f"# [{title}]{{.editorial-title}}" if edition.title_editorial else f"# {title}{note}")
    out.append("")
    if edition.title_editorial:
        out += [
            "{.editorial}",
            "The witness has no title; the title in square brackets is the editor’s (see the manifest).",
            "",
        ]
    fields = [f for f in edition.header if f.name != "title" or f.label_in_witness]
    if fields:
        out.append(":::{div} witness-header")
        for field in fields:
            cites = "".join(" " + cite_role(c.key, c.pages) for c in field.cites)
            note = f"[^{field.note}]" if field.note else ""
            out += [escape(field.label), f": {escape(field.value)}{note}{cites}", ""]
        out.append(":::")
        out.append("")
    if rec:
        out += _witness_summary(edition, siglum)
    for block in edition.blocks:
        out += _block(block)
    out += _notes(edition)
    out += _ednotes(edition)
    out += _works_cited(edition)
    out += _apparatus(edition, siglum)
    return "\n".join(out).rstrip() + "\n"


def _block(block: Block) -> list[str]:
    """A heading, or a numbered block (its anchor, then its lines), and the blank line after it."""
    if block.kind == "heading":
        return ["#" * int(block.style or 2) + " " + inline(block.pieces), ""]
    # a section's byline under its heading ("Written by NAME, Revised DATE"): a paragraph of its own class
    out = [f"{{#p{block.number} .para .byline}}" if block.style == "byline" else f"{{#p{block.number} .para}}"]
    if block.kind == "paragraph":
        out.append(inline(block.pieces))
    elif block.kind == "quote":
        out.append("> " + inline(block.pieces))
    elif block.kind == "code":
        out += code_fence("".join(p.shown for p in block.pieces))
    elif block.kind == "table":
        out += pipe_table(block)
    elif block.kind == "definition":  # an item of a definition list: the term, then ": " and its definition
        term, definition = block.pieces
        out += [inline(term), ": " + inline(definition)]
    elif block.kind == "list":
        for number, item in enumerate(block.pieces, start=block.first):
            bullet = f"{number}{block.style}" if block.style in (")", ".") else "-"
            out.append(f"{bullet} {inline(item)}")
    return [*out, ""]


def _witness_summary(edition: Edition, siglum: str) -> list[str]:
    rec = edition.record
    author = escape(rec.get("author", ""))
    if rec.get("author_editorial"):
        author = f"[{author}]{{.editorial}}"
    lines = [
        ":::{admonition} About this text",
        ":class: witness-summary",
        "",
        f"**Author:** {author}  ",
        f"**Written:** {escape(rec.get('written', ''))}; "
        f"**tradition:** {escape(rec.get('tradition', ''))}  ",
        f"**Witness {escape(siglum)}:** {escape(rec.get('witness_kind', ''))}"
        + _witness_source(rec) + "  ",
    ]
    if rec.get("translator"):
        lines.append(f"**Translated by:** {escape(rec['translator'])}  ")
    if rec.get("bibkey"):
        lines.append(f"**Bibliography:** {{cite:t}}`{rec['bibkey']}`  ")
    lines += ["Square brackets mark what the editor supplies.", ":::", ""]
    return lines


def _witness_source(rec: dict) -> str:
    """Where the witness's text comes from, as a reader can find it: its public address, and the date
    it was taken from there where the witness says so (the repository file is named on the witnesses page)."""
    url = str(rec.get("source_url", ""))
    if not is_published_address(url):  # refused by the check (seeds/manifest.toml); a note is not printed
        return ""
    # an autolink ends at '>' and reads nothing inside as markup: a judged address holds no '<', '>'
    # or blank, and these are percent-encoded all the same, so that no address can end it early
    url = re.sub(r"[<>\s]", lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)
    when = ""
    if rec.get("retrieved"):
        import datetime

        try:
            day = datetime.date.fromisoformat(rec["retrieved"])
            when = f", taken {day.day} {day:%B} {day.year}"
        except ValueError:
            when = f", taken {escape(rec['retrieved'])}"
    return f", from <{url}>{when}"


def _notes(edition: Edition) -> list[str]:
    out: list[str] = []
    orphans = [n for n in edition.notes if n.status in ("orphan", "duplicate")]
    for note in edition.notes:
        if note.status in ("orphan", "duplicate"):
            continue
        if note.status == "missing-body":
            out += [
                f"[^{note.label}]: [The witness has a marker for note {note.label} "
                "but no text for it.]{.editorial}",
                "",
            ]
            continue
        first, *rest = note.paragraphs
        body = inline(first)
        if note.by == "translator":
            body = re.sub(r"(\\?\((?:Translator[^)]*|Trans\\?\.|Tr\\?\.)\\?\))$",
                          r"[\1]{.note-by}", body)
        out.append(f"[^{note.label}]: {body}")
        for para in rest:
            out += ["", "    " + inline(para)]
        out.append("")
    if orphans:
        out += ["## Notes without a marker in the text", ""]
        out += [
            "{.editorial}",
            "The witness has the text of these notes but no marker for them in the "
            "running text (or a second note with a number already used); they are "
            "printed here with their own numbers.",
            "",
        ]
        for note in orphans:
            out.append(f"{{.orphan-note}}\n\\[{note.label}\\] " + inline(note.paragraphs[0]))
            for para in note.paragraphs[1:]:
                out += ["", "{.orphan-note}", inline(para)]
            out.append("")
    return out


def _ednotes(edition: Edition) -> list[str]:
    if not edition.ednotes:
        return []
    out = ["## Editor’s notes", ""]
    for note in edition.ednotes:
        out += [f":::{{ednote}} {note.label}", note.text, ":::", ""]
    return out


def _works_cited(edition: Edition) -> list[str]:
    """The text's own list of the works it cites (HTML; the PDF has one bibliography).

    The works are named by key: those the witness's header, text and notes
    are linked to, not the sources of the editor's notes. A bullet list, so that the citations in the text
    go on linking to the shared bibliography, where *Cited in* leads back.
    """
    keys = edition.cited_keys()
    if not keys:
        return []
    return [
        "::::{only} html",
        "```{rubric} Works cited",
        "```",
        "",
        "```{bibliography}",
        ":list: bullet",
        ":filter: False",
        "",
        *keys,
        "```",
        "::::",
        "",
    ]


KIND_NAMES = {
    "hyphenation": "line-end hyphen removed",
    "hyphen-kept": "line-end hyphen kept",
    "separation": "words separated",
    "page-break": "page break closed up",
    "blank-line": "blank line closed up",
    "line-join": "word joined across the line",
    "section-number": "section number joined to its heading",
    "heading": "heading case",
    "emendation": "emendation",
    "typography": "typography",
    "moved": "moved",
    "note-sign": "a note's sign as an OCR read it",
}


#: the forms of the witness read as a structure, as the apparatus names them (:class:`~edition.model.Decision`'s
#: ``what``): each reading is stated once, with its reason
READINGS = {"reference list": "Reference list.", "table": "Table.", "emphasis": "Emphasis.",
            "figure labels": "Figure labels.", "table cells": "Table cells.",
            "table inside a sentence": "Tables inside a sentence.",
            "control characters": "Control characters.",
            "invisible characters": "Invisible characters.", "word joiners": "Word joiners removed.",
            "backlinks": "Links back set aside.", "note labels": "Note labels.",
            "appendix references": "References to an appendix.",
            "page notes": "Notes at the pages' feet.", "end": "The text's end.",
            "columns": "Columns.", "verse": "Verse.", "series": "Papers of a series.", "signature": "Signatures.",
            "list items": "Lists in capitals.", "note numbers": "Notes numbered anew."}


#: the kinds of a page's furniture, as the apparatus names them in its words on them
_PAGE_FURNITURE = {"running head": "running heads", "page number": "page numbers", "date line": "date lines",
                   "viewer page counter": "page counters", "signature": "printers' signatures",
                   "margin box": "the first page's margin box",
                   "margin stamp": "a preprint server's stamp in the margin"}


def _furniture_intro(edition: Edition) -> str:
    """The apparatus's words on what was set aside, by the witness's layout.

    A web page's menus and calls belong to the site; the running heads and
    page numbers of a hard-wrapped text (a PDF's extraction) to its pages,
    and anything else there (an e-book's boundary lines) to its file.
    """
    if edition.layout != "pdf":
        return ("**Set aside as site furniture.** These lines of the witness belong to the web "
                "page, not to the text, and are kept out of the running text:")
    kinds = list(dict.fromkeys(f.what for f in edition.furniture))
    feet = [k for k in kinds if k.startswith("note ") and k.endswith(" at the page's foot")]
    if all(k in _PAGE_FURNITURE for k in kinds if k not in feet):
        named = [_PAGE_FURNITURE[k] for k in kinds if k in _PAGE_FURNITURE]
        if feet:
            named.append("the notes at their feet, printed with the notes")
        return ("**Set aside as page furniture.** These lines of the witness are the furniture of the pages "
                f"its text was extracted from ({', '.join(named)}), not the text, and are kept out of the "
                "running text:")
    return ("**Set aside as furniture.** These lines of the witness are not the text but the furniture of "
            "its pages or of its file, each named by its kind, and are kept out of the running text:")


def _apparatus(edition: Edition, siglum: str) -> list[str]:
    sig = f"*{escape(siglum)}*" if siglum else "*witness*"
    out = [
        "## Apparatus",
        "",
        ":::{div} apparatus",
        "Each entry gives the place, the edition’s reading, a square bracket, and "
        f"what the witness ({sig}) reads; `|` marks a line break in the witness.",
        "",
    ]
    entries = [e for e in edition.apparatus if e.kind not in ("furniture", "citation")]
    if entries:
        for e in entries:
            lemma = escape(e.lemma) if e.lemma.strip() else "(note marker)" if e.kind == "note-sign" else "(space)"
            kind = KIND_NAMES.get(e.kind, e.kind)
            if e.kind == "emendation":
                kind += f": {escape(e.note)}"
            elif e.kind == "moved":  # a figure's caption printed after the paragraph: where, in the note
                kind += f": {escape(e.note)}"
            out.append(
                f"- {_where(e)}, line {e.lineno}: {lemma} \\] "
                f"[{show_reading(e.reading)}]{{.reading}} {sig} [({kind})]{{.kind}}"
            )
        out.append("")
    else:
        out += ["The edition prints the witness without emendation.", ""]
    if edition.furniture:
        out += [_furniture_intro(edition), ""]
        for f in edition.furniture:
            place = f"after {{para}}`{f.after_paragraph}`" if f.after_paragraph else "before ¶ 1"
            out.append(f"- {place}, line {f.lineno} ({escape(f.what)}): [{show_reading(f.text)}]{{.reading}}")
        out.append("")
    for d in edition.decisions:
        if d.what == "notes" and d.value in ("citations", "page numbers"):  # how the numbers in brackets were read
            out += [f"**Numbers in square brackets.** They are read as {d.value}, not as note markers: "
                    f"{escape(d.how)}{'' if d.sure else ' (a reading the form leaves in doubt)'}.", ""]
        elif d.what in READINGS:  # how a form of the witness was read (a list, a table, its emphasis)
            out += [f"**{READINGS[d.what]}** {escape(d.value)}: {escape(d.how)}"
                    f"{'' if d.sure else ' (a reading the form leaves in doubt)'}.", ""]
    citations = [e for e in edition.apparatus if e.kind == "citation"]
    if citations:
        out += [
            "**Citations.** Where the witness's reference to a work is wrong or incomplete, the "
            "text is printed as the witness has it, the bibliography gives the correct data, "
            "and the discrepancy is recorded here:",
            "",
        ]
        for e in citations:
            out.append(f"- {_where(e)}, line {e.lineno}: [{show_reading(e.reading)}]{{.reading}} {sig}: "
                       f"{escape(e.note)}")
        out.append("")
    out += [":::", ""]
    return out


# -- Parallel passages ---------------------------------------------------------


def parallel_links(link: ParallelLink) -> str:
    """The editor's links to the parallel passages of one theme."""
    links = ", ".join(f"{{para}}`{role_text(p.label)} <{p.target}>`" for p in link.passages)
    return f"[⇄ {{ref}}`{role_text(link.title)} <parallel-{link.theme}>`: {links}]{{.parallel-links}}"
