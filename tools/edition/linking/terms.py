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

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from ..data.glossary import GlossaryEntry
from ..model import Block, Edition, Note, NoteRef, Piece, TermRef, Text, is_empty

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

    def __init__(self, entries: Iterable[GlossaryEntry] = (), forms: Iterable[tuple[str, str]] = ()):
        pairs = [f for f in forms if f[0].strip()]
        for entry in entries:
            for form in entry.forms:
                if form.strip():
                    pairs.append((form, entry.slug))
        pairs.sort(key=lambda f: -len(f[0]))  # longest first: "war communism" before "communism"
        parts = []
        #: first character → the patterns that can match there, in the same (longest-first) order
        by_first: dict[str, list[str]] = {}
        #: the first two characters of the forms, and the first characters of forms whose second is a space
        self._prefixes: set[str] = set()
        self._short: set[str] = set()
        for form, _slug in pairs:
            pattern = re.escape(form).replace(r"\ ", r"\s+")
            by_first.setdefault(form[0], []).append(pattern)
            self._note_prefix(form)
            if form[:1].islower():
                # capitalised at a sentence start, unless a name follows ("Soviet Union")
                capital = re.escape(form[0].upper()) + pattern[len(re.escape(form[0])):]
                capital = f"(?:(?<=^)|(?<=[.!?:“\"‘]\\s)|(?<=[“\"‘])){capital}(?!\\s+[A-Z])"
                pattern = f"(?:{pattern}|{capital})"
                by_first.setdefault(form[0].upper(), []).append(capital)
            parts.append(pattern)
        #: the whole pattern: every form, longest first, as one alternation
        self.pattern = rf"(?<![\w-])(?:{'|'.join(parts)}){ENDINGS}(?![\w-])" if parts else None
        # That one alternation would try every form at every position of a text,
        # which is slow with hundreds of forms; :meth:`find` instead jumps to the
        # places where a form can start and tries only the forms beginning with
        # that character, in the same order, which finds exactly the same matches
        # (a lower-case form's capitalised alternative only where a capital stands).
        self._by_first = {
            first: re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)}){ENDINGS}(?![\w-])")
            for first, patterns in by_first.items()
        }
        bucketable = all(not first.isspace() and len(first) == 1 for first in by_first)
        self._starts = (
            re.compile(rf"(?<![\w-])[{''.join(re.escape(f) for f in sorted(by_first))}]")
            if by_first and bucketable else None
        )
        self.lower = {form.casefold(): slug for form, slug in pairs}

    def _note_prefix(self, form: str) -> None:
        firsts = {form[0], form[0].upper()} if form[:1].islower() else {form[0]}
        for first in firsts:
            if len(form) > 1 and not form[1].isspace():
                self._prefixes.add(first + form[1])
            else:
                self._short.add(first)

    def find(self, text: str):
        """Yield ``(start, end, slug)`` for each term in *text*."""
        if self.pattern is None:
            return
        for m in self._matches(text, self.pattern):
            surface = m.group(0)
            slug = self._slug(surface)
            if slug:
                yield m.start(), m.end(), slug

    def _matches(self, text: str, pattern: str) -> Iterator[re.Match[str]]:
        """The matches of *pattern* (:attr:`pattern`) in *text*, as ``re.finditer`` gives them."""
        if self._starts is None:
            yield from re.finditer(pattern, text)
            return
        end = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < end or (text[at:at + 2] not in self._prefixes and text[at] not in self._short):
                continue
            m = self._by_first[text[at]].match(text, at)
            if m:
                end = m.end()
                yield m

    def _slug(self, surface: str) -> str | None:
        flat = " ".join(surface.split()).casefold()
        for ending in ("’s", "'s", "’", "'", "es", "s", ""):
            if ending and not flat.endswith(ending):
                continue
            base = flat[: len(flat) - len(ending)] if ending else flat
            if base in self.lower:
                return self.lower[base]
        return None


class _Words(NamedTuple):
    """Where the words (runs of non-space) of a text start and end."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> _Words:
        spans = [m.span() for m in re.finditer(r"\S+", text)]
        return cls([a for a, _ in spans], [b for _, b in spans])


def _snippet(text: str, start: int, end: int, words: _Words | None = None) -> str:
    """Up to :data:`SNIPPET_WORDS` words each side of ``text[start:end]``, as written.

    :param words: the words of *text*, when several snippets are cut from it
    """
    words = words or _Words.of(text)
    first_after = bisect.bisect_left(words.starts, end)  # the words wholly after the usage
    before = bisect.bisect_right(words.ends, start)  # the words wholly before it
    left = words.starts[max(0, before - SNIPPET_WORDS)] if before else start
    right = words.ends[min(len(words.ends), first_after + SNIPPET_WORDS) - 1] if first_after < len(words.ends) else end
    lead = "… " if words.starts and words.starts[0] < left else ""
    tail = " …" if words.ends and words.ends[-1] > right else ""
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
        words = None
        for start, end, slug in self.matcher.find(plain):
            surface = plain[start:end]
            words = words or _Words.of(plain)
            self.usages.append(Usage(slug, self.edition.id, paragraph, note, surface,
                                     _snippet(plain, start, end, words)))
            last = self.last_linked.get(slug)
            if not link or (last is not None and paragraph - last < RELINK_AFTER):
                continue
            for s, e, i in spans:
                if s <= start and end <= e and isinstance(pieces[i], Text):
                    links.setdefault(i, []).append((start - s, end - s, slug, surface))
                    self.last_linked[slug] = paragraph
                    break
        out: list[Piece] = []
        for i, piece in enumerate(pieces):
            if i not in links or not isinstance(piece, Text):  # links are made in Text pieces only
                out.append(piece)
                continue
            pos = 0
            for a, b, slug, surface in links[i]:
                out.append(Text(piece.value[pos:a]))
                out.append(TermRef(slug, surface))
                pos = b
            out.append(piece if pos == 0 else Text(piece.value[pos:]))
        return [p for p in out if not is_empty(p)]


def link_terms(edition: Edition, matcher: TermMatcher, link: bool = True) -> tuple[Edition, list[Usage]]:
    """Return *edition* with term links added, and every usage of a term in it.

    With ``link=False`` nothing is linked: only the usages are found (the
    mentions of an index's names, say).
    """
    linker = _Linker(edition, matcher)
    for field in edition.header:  # the header is searched, never linked (paragraph 0)
        linker.pieces([Text(field.value)], 0, link=False)
    marker_paragraph: dict[str, int] = {}
    blocks: list[Block] = []
    for block in edition.blocks:
        if block.kind == "heading":
            blocks.append(block)
            continue
        parts = block.parts
        for part in parts:
            for p in part:
                if isinstance(p, NoteRef):
                    marker_paragraph.setdefault(p.label, block.number)
        linked = [linker.pieces(part, block.number, link=link) for part in parts]
        blocks.append(replace(block, pieces=linked if block.kind == "list" else linked[0]))
    notes: list[Note] = []
    for note in edition.notes:
        paragraph = marker_paragraph.get(note.label, 0)
        paras = [linker.pieces(para, paragraph, note.label, link=False) for para in note.paragraphs]
        notes.append(replace(note, paragraphs=paras))
    return replace(edition, blocks=blocks, notes=notes), linker.usages
