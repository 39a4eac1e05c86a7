"""Glossary terms in the texts: where each is used, and which uses are linked.

Every occurrence of a term or of one of its variants (plural and possessive
endings included) is a *usage*, listed on the glossary page with a snippet.
Not every usage is linked, which would read badly: a term is linked at its
first occurrence in a text, and again when at least :data:`RELINK_AFTER`
paragraphs have passed since it was last linked. Headings are never linked.

Case is kept as written, except that a lower-case term also matches with a
capital at the start of a sentence ("Perestroika was…"), unless another
capitalised word follows, so that "soviet" (a council) does not match
"Soviet Union".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .convert import Edition
from .glossary import GlossaryEntry
from .model import Block, Note, Piece

#: a term is linked again after this many paragraphs without a link
RELINK_AFTER = 10
#: words of context on each side of a usage
SNIPPET_WORDS = 7
ENDINGS = r"(?:s|es|’s|'s|’|')?"


class Usage(NamedTuple):
    """One occurrence of a glossary term in a text."""

    slug: str
    text_id: str
    #: the paragraph holding it (for a note: the paragraph with the note's marker)
    paragraph: int
    #: the label of the author's note it is in, or ""
    note: str
    #: the occurrence as written
    surface: str
    snippet: str


class TermMatcher:
    """Finds given forms in a string: the glossary's terms, or the names of an index.

    :param entries: glossary entries (their forms are matched, keyed by slug)
    :param forms: or directly ``(form, key)`` pairs
    """

    def __init__(self, entries: list[GlossaryEntry] = (), forms: list[tuple[str, str]] = ()):
        forms = [f for f in forms if f[0].strip()]
        for entry in entries:
            for form in entry.forms:
                if form.strip():
                    forms.append((form, entry.slug))
        forms.sort(key=lambda f: -len(f[0]))  # longest first: "war communism" before "communism"
        parts = []
        for form, _slug in forms:
            pattern = re.escape(form).replace(r"\ ", r"\s+")
            if form[:1].islower():
                # capitalised at a sentence start, unless a name follows ("Soviet Union")
                capital = re.escape(form[0].upper()) + pattern[len(re.escape(form[0])):]
                pattern = f"(?:{pattern}|(?:(?<=^)|(?<=[.!?:“\"‘]\\s)|(?<=[“\"‘])){capital}(?!\\s+[A-Z]))"
            parts.append(pattern)
        self.regex = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(parts)}){ENDINGS}(?![\w-])") if parts else None
        )
        self.lower = {form.casefold(): slug for form, slug in forms}

    def find(self, text: str):
        """Yield ``(start, end, slug)`` for each term in *text*."""
        if self.regex is None:
            return
        for m in self.regex.finditer(text):
            surface = m.group(0)
            slug = self._slug(surface)
            if slug:
                yield m.start(), m.end(), slug

    def _slug(self, surface: str) -> str | None:
        flat = " ".join(surface.split()).casefold()
        for ending in ("’s", "'s", "’", "'", "es", "s", ""):
            if ending and not flat.endswith(ending):
                continue
            base = flat[: len(flat) - len(ending)] if ending else flat
            if base in self.lower:
                return self.lower[base]
        return None


def _snippet(text: str, start: int, end: int) -> str:
    """Up to :data:`SNIPPET_WORDS` words each side of ``text[start:end]``, as written."""
    words = list(re.finditer(r"\S+", text))
    before = [w for w in words if w.end() <= start][-SNIPPET_WORDS:]
    after = [w for w in words if w.start() >= end][:SNIPPET_WORDS]
    left = before[0].start() if before else start
    right = after[-1].end() if after else end
    lead = "… " if words and words[0].start() < left else ""
    tail = " …" if words and words[-1].end() > right else ""
    return lead + " ".join(text[left:right].split()) + tail


class _Linker:
    def __init__(self, edition: Edition, matcher: TermMatcher):
        self.edition = edition
        self.matcher = matcher
        self.last_linked: dict[str, int] = {}
        self.usages: list[Usage] = []

    def pieces(self, pieces: list[Piece], paragraph: int, note: str = "", link: bool = True) -> list[Piece]:
        """Record the usages in *pieces* and link those the rule allows.

        Terms are found in the text as the reader sees it, across the
        boundaries of pieces (a name whose hyphen was rejoined is still found);
        a usage is linked only where it lies within one piece of plain text.
        """
        plain = "".join(p.shown for p in pieces)
        spans = []
        offset = 0
        for i, piece in enumerate(pieces):
            spans.append((offset, offset + len(piece.shown), i))
            offset += len(piece.shown)
        links: dict[int, list[tuple[int, int, str, str]]] = {}
        for start, end, slug in self.matcher.find(plain):
            surface = plain[start:end]
            self.usages.append(Usage(slug, self.edition.id, paragraph, note, surface,
                                     _snippet(plain, start, end)))
            last = self.last_linked.get(slug)
            if not link or (last is not None and paragraph - last < RELINK_AFTER):
                continue
            for s, e, i in spans:
                if s <= start and end <= e and pieces[i].kind == "text":
                    links.setdefault(i, []).append((start - s, end - s, slug, surface))
                    self.last_linked[slug] = paragraph
                    break
        out: list[Piece] = []
        for i, piece in enumerate(pieces):
            pos = 0
            for a, b, slug, surface in links.get(i, []):
                out.append(Piece("text", piece.value[pos:a]))
                out.append(Piece("term", f"{slug}|{surface}"))
                pos = b
            out.append(piece if pos == 0 else Piece("text", piece.value[pos:]))
        return [p for p in out if p.value]


def link_terms(edition: Edition, matcher: TermMatcher, link: bool = True) -> tuple[Edition, list[Usage]]:
    """Return *edition* with term links added, and every usage of a term in it.

    With ``link=False`` nothing is linked: only the usages are found (the
    mentions of an index's names, say).
    """
    linker = _Linker(edition, matcher)
    for field in edition.header:  # the header is searched, never linked (paragraph 0)
        linker.pieces([Piece("text", field.value)], 0, link=False)
    marker_paragraph: dict[str, int] = {}
    blocks: list[Block] = []
    for block in edition.blocks:
        if block.kind == "heading":
            blocks.append(block)
            continue
        parts = block.pieces if block.kind == "list" else [block.pieces]
        for part in parts:
            for p in part:
                if p.kind == "note":
                    marker_paragraph.setdefault(p.value, block.number)
        linked = [linker.pieces(part, block.number, link=link) for part in parts]
        blocks.append(block._replace(pieces=linked if block.kind == "list" else linked[0]))
    notes: list[Note] = []
    for note in edition.notes:
        paragraph = marker_paragraph.get(note.label, 0)
        paras = [linker.pieces(para, paragraph, note.label, link=False) for para in note.paragraphs]
        notes.append(note._replace(paragraphs=paras))
    return edition._replace(blocks=blocks, notes=notes), linker.usages
