"""Reference lists labelled by key: ``[LW90] John Lavagnino and Dominik Wujastyk. …``.

A paper typeset with an alphabetic bibliography style labels each entry of its reference list with a
key made of its authors' names and its year (``[LW90]``, ``[Bre96]``, ``[Lüc03]``, ``[Knu84a]``), and
cites the works by the same keys in its text. An extraction from the PDF may set the key on a line of
its own, above the entry, and break an entry across a page; a running head may fall between two
entries. Under a heading of references ("References", "Bibliography"), the lines that open with such a
key are the entries of one list (:func:`key_reference_lists`): one item for each key, the key kept as
printed, the lines of each entry joined, the page's furniture between them set aside there. Citations
of the keys in the text are printed as the witness has them.

A key has letters and then a year of two or four digits: ``[sic]`` and ``[1]`` are no keys, and a key
in running text is a citation, not an entry.

A reference list without keys, in a PDF's extraction, runs its entries on from line to line: under a
heading of references, a line that opens as an entry does (an author's name, "Carr, E. H."; a number,
"[4]", "4."), after a line that ends an entry (its stop, or short of the list's width) or at the column
the entries begin at when their lines hang (``pdftotext -layout``), begins the next entry
(:func:`entry_blocks`); a line set further in than its entry's first goes on with that entry, though the
line above it ends a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Decision
from .labels import REFERENCES_HEADING_RE, reference_list

#: a segment of :mod:`edition.witness.layout` (its ``Segment``: role, block, detail), not imported here,
#: as the layout imports this module
Segment = Any

#: a key opening a line: letters (an accent as a combining mark among them), a year, a letter that
#: tells apart two works of one year, in square brackets, then a space or the line's end
KEY_LABEL_RE = re.compile(r"^\s*\[((?:[^\W\d_][\u0300-\u036f]?){1,8}\+?(?:\d{4}|\d{2})[a-z]?)\](?=\s|$)")
#: the fewest entries that make a list
KEYS_MIN = 2
#: the most lines an entry may have: a longer run of lines under the last key is the text going on
ENTRY_MOST_LINES = 10
#: the furniture that may stand between two entries (a page's number and running head)
BETWEEN = frozenset({"page number", "running head", "viewer page counter"})
#: the roles of the blocks an entry may be read from
ENTRY_ROLES = frozenset({"paragraph", "heading", "furniture"})

HOW = ("the lines under the heading “{heading}” open with a key in square brackets (the authors' names and "
       "the year), as an alphabetic bibliography labels its entries: one item for each key, "
       "the key kept as printed, the lines of each entry joined (across a page where the entry runs over "
       "one); the keys in the text are citations, printed as the witness has them")


def key_label(line: str) -> str:
    """The key a line opens with ("[LW90] …", "[Bre96]" alone), or ""."""
    m = KEY_LABEL_RE.match(line)
    return m.group(1) if m else ""


def _heading_line(seg: Segment) -> bool:
    return seg.role in ("heading", "paragraph") and bool(REFERENCES_HEADING_RE.match(seg.block.lines[0].text.strip()))


def key_reference_lists(segments: list[Segment], furniture: dict[int, str]) -> tuple[list[Segment], list[Decision]]:
    """Each run of blocks opening with keys under a heading of references, as one reference list.

    A heading glued to the first entry ("References" on the line above "[Bre96]") is split off as
    the list's heading (a heading of the same words just above it is the page's running head). The
    lines of a key the furniture took for a running head (a key alone on its line, at a page's edge)
    are the entry's and leave *furniture* (changed in place).

    :return: the segments, and a decision for each list read
    """
    out: list[Segment] = []
    decisions: list[Decision] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if not _heading_line(seg):
            out.append(seg)
            i += 1
            continue
        rest = seg.block.lines[1:]
        if rest and not key_label(rest[0].text):
            out.append(seg)
            i += 1
            continue
        found = _entries(segments, i + 1, rest, furniture)
        if found is None:
            out.append(seg)
            i += 1
            continue
        lines, labels, end, bodies = found
        heading = seg.block.lines[0].text.strip().rstrip(":").strip()
        blk = seg.block
        level = "2"
        if seg.role != "heading" and out and out[-1].role == "heading" \
                and out[-1].block.text.strip() == blk.lines[0].text.strip():
            # the same words on the line above, at the page's top: the page's running head over the heading
            level = out[-1].detail
            out[-1] = out[-1]._replace(role="furniture", detail="running head")
        out.append(seg._replace(role="heading", block=blk._replace(lines=blk.lines[:1], blank_after=0),
                                detail=seg.detail if seg.role == "heading" else level))
        last = segments[end - 1].block
        out.append(seg._replace(role="list", detail="references",
                                block=blk._replace(lines=lines, blank_before=0, blank_after=last.blank_after,
                                                   code=False, definition=False)))
        for label_line in labels:
            furniture.pop(label_line, None)
        first, final = key_label(lines[0].text), key_label([x for x in lines if key_label(x.text)][-1].text)
        decisions.append(Decision("reference list", f"[{first}] … [{final}]",
                                  HOW.format(heading=heading),
                                  lines[0].lineno, reference_list(bodies, True)))
        # the page's furniture after the last entry stays furniture
        i = end
    return out, decisions


def _entries(segments: list[Segment], start: int, rest: list, furniture: dict[int, str]):
    """The lines of the entries from *start* on (after *rest*, the heading's block's other lines).

    :return: the list's lines, the line numbers of the keys taken from the furniture, the index after
        the last segment of the list, and the entries' texts; or None if fewer than :data:`KEYS_MIN` keys
    """
    lines = list(rest)
    entry = len(rest)
    labels: list[int] = []
    end = start
    pending: list = []  # the page's furniture after the last entry so far
    for j in range(start, len(segments)):
        seg = segments[j]
        if seg.role not in ENTRY_ROLES:
            break
        first = seg.block.lines[0].text
        if seg.role == "furniture":
            if key_label(first) and len(seg.block.lines) == 1 and key_label(first) == first.strip()[1:-1]:
                labels.append(seg.block.lineno)
                lines += pending + seg.block.lines
                pending, entry, end = [], 1, j + 1
                continue
            if seg.detail in BETWEEN and lines:
                pending += seg.block.lines
                continue
            break
        if key_label(first):
            lines += pending + seg.block.lines
            pending, entry, end = [], len(seg.block.lines), j + 1
            continue
        if not lines or seg.role != "paragraph" or entry + len(seg.block.lines) > ENTRY_MOST_LINES:
            break
        lines += pending + seg.block.lines  # the entry goes on (its key alone above it, or over a page)
        pending, entry, end = [], entry + len(seg.block.lines), j + 1
    keys = [n for n, line in enumerate(lines) if key_label(line.text)]
    if len(keys) < KEYS_MIN or not lines or not key_label(lines[0].text):
        return None
    bodies = [" ".join(x.text.strip() for x in lines[a:b] if x.lineno not in furniture or x.lineno in labels)
              [len(key_label(lines[a].text)) + 2:]
              for a, b in zip(keys, [*keys[1:], len(lines)], strict=True)]
    return lines, labels, end, bodies


#: a line that opens an entry of a reference list: an author's name and the initials or the first name after
#: its comma ("Carr, E. H.", "Anweiler, Oskar.", "van der Linden, M."), or the entry's number ("[4] ", "4. ")
ENTRY_OPENING_RE = re.compile(
    r"^\s*(?:\[\d{1,3}\]\s+\S|\d{1,3}\.\s+[A-Z\[“\"]"
    r"|(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+)?,\s+(?:[A-Z]\.|[A-Z][a-z]+))"
)
#: what ends an entry: its last stop, a closing bracket or a year's parenthesis
ENTRY_END = (".", ")", "]")
#: the share of the list's full width under which a line ends its entry
SHORT_LINE = 0.8
#: the fewest entries in a list that is read so
ENTRIES_MIN = 2


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def opens_entry(text: str) -> bool:
    """Whether *text* opens an entry of a reference list: "Carr, E. H. (1950). …", "[4] Oren …", "4. Serge, V."."""
    return bool(ENTRY_OPENING_RE.match(text))


def entry_blocks(blocks: list[Any], furniture: dict[int, str], heading) -> list[Any]:
    """The blocks of a PDF text (each with ``lines`` of ``text`` and ``lineno``, ``_replace``-able) with the
    entries of each reference list under a heading (*heading(text)*: whether a line is one) set one a block,
    the lines of each entry together. The list's blocks run from the heading's to the first block that does
    not open an entry and is no entry's continuation; the page's furniture among them stays where it
    stands, inside its entry."""
    out: list[Any] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        out.append(block)
        i += 1
        if len(block.lines) != 1 or not heading(block.lines[0].text.strip()):
            continue
        j = i
        while j < len(blocks) and not blocks[j].code and not blocks[j].table and (
                opens_entry(_first_text(blocks[j], furniture)) or (j > i and _goes_on(blocks[j], furniture))):
            j += 1
        entries = _split(blocks[i:j], furniture)
        if sum(1 for e in entries if opens_entry(_first_text(e, furniture))) >= ENTRIES_MIN:
            out += entries
            i = j
    return out


def _first_text(block: Any, furniture: dict[int, str]) -> str:
    return next((x.text for x in block.lines if x.lineno not in furniture), "")


def _goes_on(block: Any, furniture: dict[int, str]) -> bool:
    """A block that goes on with the entry above it: its first line in lower case, or set in (a hanging line)."""
    first = _first_text(block, furniture)
    return bool(first.strip()) and (first.strip()[0].islower() or _indent(first) > 0)


def _split(run: list[Any], furniture: dict[int, str]) -> list[Any]:
    """The blocks of *run* cut at each entry's first line, and joined where an entry went on over a blank line."""
    entries: list[list] = []
    first_indent = 0
    previous = ""
    # the full width of the list's lines: a shorter line above an entry's opening ended its entry, though
    # without its stop ("… pp. 35-9", "… https://example.org/plan")
    width = max((len(x.text.strip()) for b in run for x in b.lines if x.lineno not in furniture), default=0)
    for block in run:
        for k, line in enumerate(block.lines):
            if line.lineno in furniture:
                if entries:
                    entries[-1].append(line)
                else:
                    entries.append([line])
                continue
            indent = _indent(line.text)
            starts = not entries or (
                opens_entry(line.text) and indent <= first_indent
                and (previous.rstrip().endswith(ENTRY_END) or indent < _indent(previous) or k == 0
                     or len(previous.strip()) < SHORT_LINE * width))
            if starts:
                entries.append([line])
                first_indent = indent
            else:
                entries[-1].append(line)
            previous = line.text
    out = []
    for lines in entries:
        first = next(b for b in run if lines[0] in b.lines)
        last = next(b for b in run if lines[-1] in b.lines)
        out.append(first._replace(lines=lines, blank_before=first.blank_before if lines[0] is first.lines[0] else 0,
                                  blank_after=last.blank_after if lines[-1] is last.lines[-1] else 0))
    return out
