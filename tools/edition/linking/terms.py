"""Glossary terms in the texts: where each is used, and which uses are linked.

Every occurrence of a term or of one of its variants (plural and possessive
endings included) is a *usage*, listed on the glossary page with a snippet.
Not every usage is linked, which would read badly: a term is linked at its
first occurrence in a text, and again when at least :data:`RELINK_AFTER`
paragraphs have passed since it was last linked. Headings are never linked.

Case is kept as written, except that a lower-case term also matches with a
capital at the start of a sentence ("Perestroika was…"), unless another
capitalised word follows, so that "soviet" (a council) does not match
"Soviet Union". An abbreviation that opens a licence's code ("CC" of
"CC BY-SA 4.0", in a photo's credit) is no usage (:func:`in_licence_code`), nor
an acronym made plural ("GPUs": :func:`acronym_plural`), nor a form inside a
longer name of another thing ("American Civil War" for the term whose own
longer form is "Russian Civil War": :func:`inside_longer_name`).
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from ..data.glossary import GlossaryEntry
from ..data.scripts import common_word
from ..model import MANY_PARTS, Block, Edition, Note, NoteRef, Piece, TermRef, Text, is_empty

#: a term is linked again after this many paragraphs without a link
RELINK_AFTER = 10
#: words of context on each side of a usage
SNIPPET_WORDS = 7
ENDINGS = r"(?:s|es|’s|'s|’|')?"
#: the same endings, in the order :data:`ENDINGS` tries them, the bare form last
ENDING_LIST = ("s", "es", "’s", "'s", "’", "'", "")
#: what may stand before a lower-case form written with a capital: a sentence's end and a space, or a quote
SENTENCE_START = "(?:(?<=^)|(?<=[.!?:“\"‘]\\s)|(?<=[“\"‘]))"
#: the pieces of those patterns, for :class:`_Literal`, which compares strings where the pattern
#: would: a run of non-space; a blank; a character that ends a form; a capital that makes a name
RUN_RE = re.compile(r"\S+")
BLANK_RE = re.compile(r"\s+")
#: the characters of a word, which a form never begins or ends beside: letters, digits, a hyphen, and a soft
#: hyphen (U+00AD), which is inside the word it may break ("Vladi\u00admir" holds no "mir")
WORD_CHARS = "\\w\u00ad-"
WORD_CHAR_RE = re.compile(rf"[{WORD_CHARS}]")
CUT_RE = re.compile(rf"[^{WORD_CHARS}]")
SENTENCE_START_RE = re.compile(SENTENCE_START)
NAME_FOLLOWS_RE = re.compile(r"\s+[A-Z]")
#: the runs :class:`_Literal` keeps what it found in, at most
RUNS_KEPT = 100_000
#: a rank after every form's (:class:`_Literal`)
NO_RANK = sys.maxsize
#: the codes of content licences ("CC BY-SA"), whose first word is no usage of a term (editorial data)
LICENCE_CODES_FILE = Path(__file__).resolve().parent.parent / "data" / "licence-codes.txt"
LETTER_RE = re.compile(r"[^\W\d_]")


@functools.cache
def licence_codes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The codes of :data:`LICENCE_CODES_FILE`: each first word → the words that follow it in its codes."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in LICENCE_CODES_FILE.read_text(encoding="utf-8").splitlines():
        code = line.split()
        if len(code) > 1 and not line.startswith("#"):
            found.setdefault(code[0], []).append(tuple(code[1:]))
    return {first: tuple(rests) for first, rests in found.items()}


def in_licence_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a form found, is the first word of a licence's code printed there ("CC" of
    "CC BY-SA 4.0", :func:`licence_codes`): the code's other words follow it, each after a blank, then no
    letter (a version, a hyphen and more of the code, a stop, the end). "The CC decided", "the CC by March"
    (the code's capitals are kept) are no code."""
    rests = licence_codes().get(text[start:end])
    if not rests:
        return False
    for rest in rests:
        pos = end
        for word in rest:
            blank = BLANK_RE.match(text, pos)
            if blank is None or not text.startswith(word, blank.end()):
                break
            pos = blank.end() + len(word)
        else:
            if not LETTER_RE.match(text, pos):
                return True
    return False


#: the capitalised word right before a form, with the blank between them, and what stands before that word
NAME_BEFORE_RE = re.compile(rf"(?:^|(?<=[^{WORD_CHARS}]))([A-Z][{WORD_CHARS}’']*)[ \t]+$")
#: how far back :func:`inside_longer_name` looks for the capitalised word before a form
NAME_LOOKBACK = 40


def inside_longer_name(text: str, start: int, qualifiers: frozenset[str]) -> bool:
    """Whether a form written with a capital at *start* is the end of a longer proper name that is another
    thing: the term has a form that qualifies this one by a capitalised word (*qualifiers*: "russian" of
    "Russian Civil War" for "Civil War"), and another capitalised word stands right before it ("… in the
    American Civil War"), no common word at a sentence's start ("During Civil War …" is the term). A word no
    form qualifies the term by ("the Soviet Gulag", "Stalin's Great Terror") makes no other thing; the whole
    name ("Russian Civil War") is found first, the longest first."""
    if not qualifiers or not text[start:start + 1].isupper():
        return False
    m = NAME_BEFORE_RE.search(text, max(0, start - NAME_LOOKBACK), start)
    if m is None:
        return False
    word = m.group(1)
    if word.casefold().rstrip("’'") in qualifiers or word.casefold() in qualifiers:
        return False
    return not (SENTENCE_START_RE.match(text, m.start(1)) and common_word(word))


#: an acronym in capitals with a plural "s" ("GPUs", "CPUs"): many of a thing, no institution's name
ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,}s")


def acronym_plural(surface: str) -> bool:
    """Whether *surface*, a form found, is an acronym in capitals made plural ("GPUs", graphics processing
    units, not the GPU): a political body's acronym names one body, and a plural of it another word that
    spells the same. A possessive ("GPU's") and the bare acronym are the term."""
    return ACRONYM_PLURAL_RE.fullmatch(surface) is not None


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


class _Candidate(NamedTuple):
    """A form that a run of non-space begins with (:meth:`_Literal.candidates`)."""

    #: the form's place in the pattern's alternation (the first that matches wins)
    rank: int
    #: the ending's place in :data:`ENDING_LIST`
    ending: int
    #: where the form and its ending end, in the run
    end: int
    #: a lower-case form written with a capital: only at a sentence start, and not before a name
    capital: bool
    #: the form ends where the run does (a name may then follow it)
    at_run_end: bool


class _Literal:
    """The forms of a :class:`TermMatcher`, found by comparing strings where its pattern would match them.

    The pattern is an alternation of hundreds of forms, which takes longer to
    compile than the few texts of a ``convert`` take to convert. Every form
    here is literal text with single spaces between its words (those spaces
    match any blank), so what the pattern finds at a place follows from the
    run of non-space there: the forms that run begins with, each followed by
    an ending and then by neither a word character nor a hyphen; the first
    of them in the alternation wins, with its first ending. Only a form of
    several words, or a lower-case form written with a capital, also depends
    on what stands around the run. What was found in a run is kept, since a
    text repeats its words. :class:`TermMatcher` uses this only when every
    form is of that kind (:meth:`simple`); tested against the pattern itself
    in tests/test_glossary.py.
    """

    def __init__(self) -> None:
        #: one-word forms → rank (capitalised forms of lower-case ones apart)
        self.words: dict[str, int] = {}
        self.capitals: dict[str, int] = {}
        #: forms of several words, by their first word: (words, rank, capital)
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
        #: their second words, by their first
        self.seconds: dict[str, tuple[str, ...]] = {}
        #: the first two characters of the forms, and the first characters of forms whose second is a space
        self.prefixes: set[str] = set()
        self.short: set[str] = set()
        #: runs → where the match in them ends (0: none), for runs whose surroundings do not matter
        self._ends: dict[str, int] = {}
        #: runs → the one-word forms they begin with (:meth:`candidates`)
        self._runs: dict[str, list[_Candidate]] = {}

    @staticmethod
    def simple(form: str) -> bool:
        """Whether *form* is words separated by single spaces (no other blank, none at either end)."""
        return form.split(" ") == form.split()

    def add(self, form: str, rank: int, capital: bool = False) -> None:
        words = tuple(form.split(" "))
        if len(words) > 1:
            self.phrases.setdefault(words[0], []).append((words, rank, capital))
            self.seconds[words[0]] = (*self.seconds.get(words[0], ()), words[1])
        else:
            (self.capitals if capital else self.words).setdefault(form, rank)

    def spans(self, text: str, starts: re.Pattern[str]) -> Iterator[tuple[int, int]]:
        """The spans the pattern matches in *text*, from left to right, none inside another.

        :param starts: the places where a form can start, each with the run of non-space from there
            (:meth:`TermMatcher._run_starts`)
        """
        end = 0
        ends = self._ends
        for start in starts.finditer(text):
            at = start.start()
            if at < end:
                continue
            word = start.group(1)
            offset = ends.get(word)
            if offset is None:
                offset = self._offset(text, at, word)
            if offset:
                end = at + offset
                yield at, end

    def _offset(self, text: str, at: int, word: str) -> int:
        """Where the match at *at* ends, from *at* (0: none); *word* is the run of non-space there."""
        if word[:2] not in self.prefixes and word[0] not in self.short:
            return self._keep(word, 0)
        candidates = self.candidates(word)
        if word not in self.phrases and not any(c.capital for c in candidates):
            return self._keep(word, candidates[0].end if candidates else 0)
        return self.match(text, at, word)

    def _keep(self, word: str, offset: int) -> int:
        if len(self._ends) >= RUNS_KEPT:
            self._ends.clear()
        self._ends[word] = offset
        return offset

    def candidates(self, run: str) -> list[_Candidate]:
        """The one-word forms *run* begins with, each with its first ending, in the alternation's order."""
        found = self._runs.get(run)
        if found is not None:
            return found
        found = []
        for end in [m.start() for m in CUT_RE.finditer(run, 1)] + [len(run)]:
            head = run[:end]
            for i, ending in enumerate(ENDING_LIST):
                if len(head) <= len(ending) or not head.endswith(ending):
                    continue
                body = head[: len(head) - len(ending)]
                for table, capital in ((self.words, False), (self.capitals, True)):
                    rank = table.get(body)
                    if rank is not None:
                        found.append(_Candidate(rank, i, end, capital, not ending and end == len(run)))
        found.sort()
        if len(self._runs) >= RUNS_KEPT:
            self._runs.clear()
        self._runs[run] = found
        return found

    def match(self, text: str, at: int, word: str) -> int:
        """Where the match of the pattern at *at* ends, from *at* (0: none).

        :param word: the run of non-space at *at*, which is not preceded by a word character
        """
        rank, offset = NO_RANK, 0
        for c in self.candidates(word):
            if not c.capital or self._capital_allowed(text, at, at + c.end if c.at_run_end else -1):
                rank, offset = c.rank, c.end
                break
        phrases = self.phrases.get(word)
        if not phrases:
            return offset
        blank = BLANK_RE.match(text, at + len(word))
        if blank is None or not text.startswith(self.seconds[word], blank.end()):
            return offset
        second = blank.end()
        for words, phrase_rank, capital in phrases:
            if phrase_rank >= rank:
                break
            if text.startswith(words[1], second):
                end = self._phrase_end(text, second + len(words[1]), words[2:], at if capital else -1)
                if end >= 0:
                    return end - at
        return offset

    @staticmethod
    def _capital_allowed(text: str, at: int, body_end: int) -> bool:
        """A capitalised lower-case form: at a sentence start, and (if it ends at *body_end*) not before a name."""
        if not SENTENCE_START_RE.match(text, at):
            return False
        return body_end < 0 or not NAME_FOLLOWS_RE.match(text, body_end)

    @staticmethod
    def _phrase_end(text: str, pos: int, words: tuple[str, ...], capital_at: int) -> int:
        """Where a phrase ends with its ending, its second word ending at *pos* and *words* to follow
        (-1: not there); a capitalised lower-case one begins at *capital_at*."""
        for word in words:
            blank = BLANK_RE.match(text, pos)
            if blank is None or not text.startswith(word, blank.end()):
                return -1
            pos = blank.end() + len(word)
        if capital_at >= 0 and not _Literal._capital_allowed(text, capital_at, pos):
            return -1
        for ending in ENDING_LIST:
            if text.startswith(ending, pos) and not WORD_CHAR_RE.match(text, pos + len(ending)):
                return pos + len(ending)
        return -1


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
        literal = _Literal()
        for rank, (form, _slug) in enumerate(pairs):
            pattern = re.escape(form).replace(r"\ ", r"\s+")
            by_first.setdefault(form[0], []).append(pattern)
            literal.add(form, rank)
            self._note_prefix(form)
            if form[:1].islower():
                # capitalised at a sentence start, unless a name follows ("Soviet Union")
                capital = re.escape(form[0].upper()) + pattern[len(re.escape(form[0])):]
                literal.add(form[0].upper() + form[1:], rank, capital=True)
                capital = f"{SENTENCE_START}{capital}(?!\\s+[A-Z])"
                pattern = f"(?:{pattern}|{capital})"
                by_first.setdefault(form[0].upper(), []).append(capital)
            parts.append(pattern)
        #: the whole pattern: every form, longest first, as one alternation
        self.pattern = rf"(?<![{WORD_CHARS}])(?:{'|'.join(parts)}){ENDINGS}(?![{WORD_CHARS}])" if parts else None
        # That one alternation would try every form at every position of a text,
        # which is slow with hundreds of forms; :meth:`find` instead jumps to the
        # places where a form can start and tries only the forms beginning with
        # that character, in the same order, which finds exactly the same matches
        # (a lower-case form's capitalised alternative only where a capital stands):
        # by comparing strings (:class:`_Literal`) where every form allows it, else
        # with one pattern per first character, each compiled when first needed.
        self._by_first = {
            first: rf"(?<![{WORD_CHARS}])(?:{'|'.join(patterns)}){ENDINGS}(?![{WORD_CHARS}])"
            for first, patterns in by_first.items()
        }
        self._compiled: dict[str, re.Pattern[str]] = {}
        bucketable = all(not first.isspace() and len(first) == 1 for first in by_first)
        simple = all(_Literal.simple(form) for form, _ in pairs)
        self._literal = literal if simple and by_first and bucketable else None
        literal.prefixes, literal.short = self._prefixes, self._short
        self._starts = (
            self._run_starts() if self._literal is not None
            else re.compile(rf"(?<![{WORD_CHARS}])[{''.join(re.escape(f) for f in sorted(by_first))}]")
            if by_first and bucketable else None
        )
        self.lower = {form.casefold(): slug for form, slug in pairs}
        #: (slug, a form casefolded) → the capitalised first words of the term's longer forms that end with that
        #: form ("Civil War" → "russian", of "Russian Civil War"): :func:`inside_longer_name`
        qualifiers: dict[tuple[str, str], set[str]] = {}
        for form, slug in pairs:
            first, _, rest = form.partition(" ")
            if rest and first[:1].isupper() and self.lower.get(rest.casefold()) == slug:
                qualifiers.setdefault((slug, " ".join(rest.split()).casefold()), set()).add(first.casefold())
        self._qualifiers = {key: frozenset(words) for key, words in qualifiers.items()}

    def _note_prefix(self, form: str) -> None:
        firsts = {form[0], form[0].upper()} if form[:1].islower() else {form[0]}
        for first in firsts:
            if len(form) > 1 and not form[1].isspace():
                self._prefixes.add(first + form[1])
            else:
                self._short.add(first)

    def _run_starts(self) -> re.Pattern[str]:
        """Where a form can start (a first character, not preceded by a word character), with the run of
        non-space from there as the group."""
        return re.compile(rf"(?<![{WORD_CHARS}])(?=([{''.join(re.escape(f) for f in sorted(self._by_first))}]\S*))")

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans :attr:`pattern` matches in *text*, as ``re.finditer`` finds them, before :meth:`find`
        refuses some by what stands around them."""
        if self.pattern is not None:
            yield from self._matches(text, self.pattern)

    def find(self, text: str):
        """Yield ``(start, end, slug)`` for each term in *text*: a licence's code, an acronym made plural and
        a form inside a longer name of another thing are none (:func:`in_licence_code`,
        :func:`acronym_plural`, :func:`inside_longer_name`)."""
        for start, end in self.spans(text):
            slug = self._slug(text[start:end])
            if (slug and not in_licence_code(text, start, end) and not acronym_plural(text[start:end])
                    and not inside_longer_name(text, start, self._qualifiers_of(slug, text[start:end]))):
                yield start, end, slug

    def _matches(self, text: str, pattern: str) -> Iterator[tuple[int, int]]:
        """The spans of the matches of *pattern* (:attr:`pattern`) in *text*, as ``re.finditer`` finds them."""
        if self._starts is None:
            yield from (m.span() for m in re.finditer(pattern, text))
            return
        if self._literal is not None:
            yield from self._literal.spans(text, self._starts)
            return
        end = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < end or (text[at:at + 2] not in self._prefixes and text[at] not in self._short):
                continue
            found = self._match_at(text, at)
            if found > at:
                end = found
                yield at, found

    def _match_at(self, text: str, at: int) -> int:
        """Where the match of :attr:`pattern` at *at* ends (-1: none), by the pattern of its first character."""
        first = text[at]
        bucket = self._compiled.get(first)
        if bucket is None:
            bucket = self._compiled[first] = re.compile(self._by_first[first])
        m = bucket.match(text, at)
        return m.end() if m else -1

    def _qualifiers_of(self, slug: str, surface: str) -> frozenset[str]:
        """The words the term *slug* qualifies the form found as *surface* by in a longer form of its own."""
        if not self._qualifiers:
            return frozenset()
        flat = " ".join(surface.split()).casefold()
        for ending in ("’s", "'s", "’", "'", "es", "s", ""):
            if flat.endswith(ending) and (found := self._qualifiers.get((slug, flat[:len(flat) - len(ending)]))):
                return found
        return frozenset()

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
        if block.kind in ("heading", "code"):  # a program's lines use no term
            blocks.append(block)
            continue
        parts = block.parts
        for part in parts:
            for p in part:
                if isinstance(p, NoteRef):
                    marker_paragraph.setdefault(p.label, block.number)
        linked = [linker.pieces(part, block.number, link=link) for part in parts]
        blocks.append(replace(block, pieces=linked if block.kind in MANY_PARTS else linked[0]))
    notes: list[Note] = []
    for note in edition.notes:
        paragraph = marker_paragraph.get(note.label, 0)
        paras = [linker.pieces(para, paragraph, note.label, link=False) for para in note.paragraphs]
        notes.append(replace(note, paragraphs=paras))
    return replace(edition, blocks=blocks, notes=notes), linker.usages
