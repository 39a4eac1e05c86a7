"""One person, one set of dates: the editorial matter checked against itself.

The editors write the dates of a person in a few fixed forms, and this
module finds them in the glossary entries (``docs/glossary/*.md``), the
editor's notes and citation discrepancies (``seeds/editorial/*.toml``), the
index notes and parallels' glosses (``docs/indexes/*.toml``) and the
introduction (``docs/introduction.md``):

- life dates in brackets after a name: ``Aleksandra Kollontai (1872–1952)``,
  ``Karl Heinz Roth (b. 1942)``, ``Herman Gorter (d. 1927)``;
- dated statements: ``Lenin died on 21 January 1924``, ``Siuda was born in
  1937``, ``Kirov was shot dead … on 1 December 1934`` (a killing dates the
  death: the day a man was struck is not the day he died, and the notes
  must say which they mean);
- in an index of persons, a note's bracket with no name before it
  (``"Russian anarchist theorist (1814–1876)"``), or ``born 1961`` /
  ``died 1916``, belongs to the entry's heading;
- for bodies, ``founded in 1990`` / ``formed in 1953``: after a name, or
  with none in an organisation's index note (it is the heading's) or in a
  glossary entry's one-sentence definition (it is the term's).

A name is matched to the index of persons by its surname (the index's
forms), so ``Mel'nikov`` and ``Melnikov`` are one man; two people with one
surname are kept apart by their forenames' initials. Quotations (“…”,
"…") are skipped: the witnesses' own words are not the editors' claims.
Every disagreement (a second birth year, death year, day of death or year
of founding for the same person or body) is a :class:`~edition.check.Problem`
with code ``data-inconsistent``, at the place that disagrees with the first.

A year written ``c. 1880`` or ``1880?`` is uncertain and not compared.
Events are not checked: their dates are written in too many ways.

Tested in ``tests/test_consistency.py``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from ..errors import Problem, read_toml, unreadable

#: the problem code of every disagreement
CODE = "data-inconsistent"
#: the editorial fields of the TOML files (the others quote the witnesses or are keys)
EDITORIAL_FIELDS = frozenset({"text", "discrepancy", "note", "summary", "gloss"})
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = "|".join(MONTHS)
#: lower-case words that may stand inside a name (van der Walt, Party of Labour)
PARTICLES = frozenset({"van", "der", "den", "de", "von", "la", "le", "du", "di", "da", "of", "the", "and", "for",
                       "bin", "ibn"})
#: capitalised words that begin a sentence or a clause, never a name
NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "By", "Of", "From", "After", "Before", "When", "While",
                       "His", "Her", "Its", "Their", "This", "That", "These", "Those", "And", "But", "As", "Then",
                       "Both", "Later", "Under", "With", "Since", "For", "Until", "Also"})

_YEAR = r"(?:c\.\s*)?\d{3,4}\??"
#: a bracket of life dates: (1872–1952), (b. 1942), (d. 1927), (born 1913), (c. 1880–1940)
LIFE_RE = re.compile(
    rf"\((?:(?P<b>b\.|born)\s+(?P<born>{_YEAR})|(?P<d>d\.|died)\s+(?P<died>{_YEAR})"
    rf"|(?P<from>{_YEAR})\s*[–—-]\s*(?P<to>(?:c\.\s*)?\d{{2,4}}\??))\)")
_DATE = rf"(?:(?:on\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+|in\s+(?:(?:{_MONTH})\s+)?)(?P<year>\d{{4}})\b"
#: "… died on 21 January 1924", "… was shot dead near his office in Leningrad on 1 December 1934"
DIED_RE = re.compile(
    rf"\s+(?:died|was\s+(?:killed|murdered|assassinated|executed|shot(?:\s+dead)?))"
    rf"(?:\s+[^\s.;:()]+){{0,8}}?\s+{_DATE}")
BORN_RE = re.compile(rf"\s+was\s+born(?:\s+[^\s.;:()]+){{0,6}}?\s+{_DATE}")
FOUNDED_RE = re.compile(
    rf"(?:,|\s+was)?\s+(?:re-)?(?:founded|formed)(?:\s+by\s+[^.;:()]{{1,60}}?)?\s+in\s+(?:(?:{_MONTH})\s+)?"
    rf"(?P<year>\d{{4}})\b|\s+\(founded\s+(?P<year2>\d{{4}})\)")
#: in an index note: "born 1961", "died 1916", "founded 1991" with no name before
BARE_RE = re.compile(r"\b(?P<what>born|died|founded|formed)(?:\s+in)?\s+(?P<year>\d{4})\b")
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


class Segment(NamedTuple):
    """A stretch of editorial prose, on one line of one file."""

    text: str
    path: str
    line: int
    #: who an unnamed date belongs to (an index heading, a glossary term), or ``None``
    subject: str | None = None
    #: ``"person"`` or ``"body"``: what the subject is
    kind: str | None = None


class Dating(NamedTuple):
    """One statement of a date of a person or a body."""

    #: the name as written (or the heading it belongs to)
    name: str
    #: ``"born"``, ``"died"``, ``"died-on"`` (a full date) or ``"founded"``
    what: str
    #: the year, or the full date as "21 January 1924"
    value: str
    path: str
    line: int
    #: whose the date is if *name* is no known person (a capitalised word before an index note's bracket)
    subject: str | None = None


def fold(name: str) -> str:
    """A name without accents, apostrophes, soft signs or case: ``Mel'nikov`` → ``melnikov``."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", "", bare.lower().replace("-", " ")).strip()


def _blank_quotes(text: str) -> str:
    """*text* with its quotations blanked out (same length, so offsets stay)."""
    return QUOTED_RE.sub(lambda m: " " * len(m.group()), text)


def name_before(text: str, end: int) -> str:
    """The name that ends just before *end* in *text*: capitalised words, with particles between them.

    >>> name_before("the Dutch poet Herman Gorter ", 29)
    'Herman Gorter'
    >>> name_before("Lucien van der Walt ", 19)
    'Lucien van der Walt'
    >>> name_before("according to the poet ", 21)
    ''
    """
    words = text[:end].rstrip().split(" ")
    taken: list[str] = []
    for word in reversed(words):
        if not word:
            break
        bare = word.strip("*_")
        if bare != word:  # emphasis marks a title, not a name
            break
        if bare[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’.\-]*", bare):
            taken.append(bare)
        elif bare in PARTICLES and taken:
            taken.append(bare)
        else:
            break
        if len(taken) >= 8:
            break
    while taken and (taken[-1] in PARTICLES or taken[-1] in NOT_NAMES):
        taken.pop()
    while taken and taken[0] in PARTICLES:
        taken.pop(0)
    return " ".join(reversed(taken)).removesuffix("’s").removesuffix("'s")


def _year(text: str | None, century: str = "") -> str | None:
    """A certain year, or ``None`` for an uncertain one ("c. 1880", "1880?")."""
    if text is None or "?" in text or text.startswith("c"):
        return None
    if len(text) < 4 and century:  # 1953–64, 1894–71
        expanded = int(century[: 4 - len(text)] + text)
        text = str(expanded + 100 if expanded < int(century) else expanded)
    return text


def _full(m: re.Match) -> str | None:
    return f"{int(m.group('day'))} {m.group('month')} {m.group('year')}" if m.group("day") else None


def datings(segment: Segment) -> Iterator[Dating]:
    """Every dated statement of *segment*."""
    text = _blank_quotes(segment.text)
    yield from _life_datings(segment, text)
    yield from _stated_datings(segment, text)
    yield from _founding_datings(segment, text)
    yield from _bare_datings(segment, text)


def _life_datings(segment: Segment, text: str) -> Iterator[Dating]:
    """The births and deaths of "(born 1880)", "(died 1940)", "(1879–1940)" (:data:`LIFE_RE`) in *text*,
    of the name before them, or else of the person the segment is about."""
    where = (segment.path, segment.line)
    person = segment.subject if segment.kind == "person" else None
    for m in LIFE_RE.finditer(text):
        name = name_before(text, m.start()) or person
        if not name:
            continue
        if m.group("born") is not None:
            if year := _year(m.group("born")):
                yield Dating(name, "born", year, *where, person)
        elif m.group("died") is not None:
            if year := _year(m.group("died")):
                yield Dating(name, "died", year, *where, person)
        else:
            born = _year(m.group("from"))
            died = _year(m.group("to"), born or "")
            if born:
                yield Dating(name, "born", born, *where, person)
            if died:
                yield Dating(name, "died", died, *where, person)


def _stated_datings(segment: Segment, text: str) -> Iterator[Dating]:
    """The deaths and births said in words after a name (:data:`DIED_RE`, :data:`BORN_RE`), with the day of
    death when it is given."""
    where = (segment.path, segment.line)
    for pattern, what in ((DIED_RE, "died"), (BORN_RE, "born")):
        for m in pattern.finditer(text):
            name = name_before(text, m.start())
            if name:
                yield Dating(name, what, m.group("year"), *where)
                if (full := _full(m)) and what == "died":
                    yield Dating(name, "died-on", full, *where)


def _founding_datings(segment: Segment, text: str) -> Iterator[Dating]:
    """The years of founding (:data:`FOUNDED_RE`), of the name before them or else of the body the segment is about."""
    where = (segment.path, segment.line)
    body = segment.subject if segment.kind == "body" else None
    for m in FOUNDED_RE.finditer(text):
        name = name_before(text, m.start()) or body
        if name:
            yield Dating(name, "founded", m.group("year") or m.group("year2"), *where, body)


def _bare_datings(segment: Segment, text: str) -> Iterator[Dating]:
    """In a segment about a person or a body, the dates with no name before them (:data:`BARE_RE`): its own."""
    if not (segment.subject and segment.kind):
        return
    where = (segment.path, segment.line)
    for m in BARE_RE.finditer(text):
        if name_before(text, m.start()):
            continue  # "Tony Cliff founded in 1950 …" is the named one's, and found above
        what = m.group("what")
        if (what in ("born", "died")) == (segment.kind == "person"):
            yield Dating(segment.subject, "founded" if what == "formed" else what, m.group("year"), *where)


# -- where the editorial prose is -------------------------------------------------------------------------------


def toml_segments(path: Path, index: str | None = None) -> list[Segment]:
    """The editorial fields of a TOML file, one segment a line; in an index, each with its heading. A file its
    loader refuses (a folder or a link in its place, not UTF-8) has none: the loader names it."""
    text = _readable(path)
    if text is None:
        return []
    kind = {"persons": "person", "organisations": "body"}.get(index or "")
    out: list[Segment] = []
    block: list[tuple[str, int]] = []
    heading: str | None = None
    key = ""

    def flush() -> None:
        out.extend(Segment(value, str(path), line, heading, kind if heading else None) for value, line in block)
        block.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped.startswith("["):
            flush()
            heading, key = None, ""
            continue
        m = re.match(r"^(\w+)\s*=\s*(.*)$", stripped)
        if m:
            key = m.group(1)
            try:
                value = read_toml(stripped).get(key)
            except tomllib.TOMLDecodeError:
                value = m.group(2)  # the first line of a multi-line string
            if key == "heading" and isinstance(value, str):
                heading = value
            elif key in EDITORIAL_FIELDS and isinstance(value, str):
                block.append((value, number))
        elif key in EDITORIAL_FIELDS and stripped and not stripped.startswith("#"):
            block.append((raw, number))  # a continuation line of a multi-line string
    flush()
    return out


def glossary_segments(path: Path) -> list[Segment]:
    """The lines of a glossary entry: its definition (whose unnamed founding is the term's) and its body
    (none for a file the glossary's reader refuses: it names it)."""
    text = _readable(path)
    if text is None:
        return []
    lines = text.split("\n")
    out: list[Segment] = []
    term, field, in_front = None, "", bool(lines) and lines[0].strip() == "---"
    for number, raw in enumerate(lines, start=1):
        if number == 1 and in_front:
            continue
        if in_front:
            if raw.strip() == "---":
                in_front = False
                continue
            m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", raw)
            if m:
                field = m.group(1)
                if field == "term":
                    term = m.group(2).strip().strip("'\"")
                rest = m.group(2)
            else:
                rest = raw
            if field == "definition" and rest.strip() not in ("", ">-", ">", "|", "|-"):
                out.append(Segment(rest, str(path), number, term, "body"))
            continue
        if raw.strip():
            out.append(Segment(raw, str(path), number))
    return out


def _readable(path: Path) -> str | None:
    """The text of a file of the edition's data, or ``None`` where its own loader refuses it (a link or a folder
    in its place, something else than a file, bytes that are not UTF-8) and reports it at its file."""
    if unreadable(path, "") is not None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def project_segments(root: Path) -> list[Segment]:
    """All the editorial prose of the project whose dates are compared, the indexes first."""
    out: list[Segment] = []
    # the indexes first: their identifications are what the other places are measured against
    for path in sorted((root / "docs" / "indexes").glob("*.toml")):
        out += toml_segments(path, path.stem)
    for path in sorted((root / "docs" / "glossary").glob("*.md")):
        if path.name != "README.md" and not path.name.startswith((".", "_")):
            out += glossary_segments(path)
    for path in sorted((root / "seeds" / "editorial").glob("*.toml")):
        out += toml_segments(path)
    intro = root / "docs" / "introduction.md"
    text = _readable(intro) if intro.exists() else None
    if text is not None:
        out += [Segment(line, str(intro), n) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    return out


# -- who is who -------------------------------------------------------------------------------------------------


class Register:
    """Resolves the names of the prose to one key per person or body, with the indexes' help."""

    def __init__(self, persons: Iterable[tuple[str, list[str]]] = (), bodies: Iterable[tuple[str, list[str]]] = ()):
        #: folded surname → the headings of the persons with that surname
        self.surnames: dict[str, list[str]] = {}
        for heading, forms in persons:
            for form in {heading.split(",")[0], *forms}:
                last = fold(form).split(" ")[-1:] or [""]
                if last[0] and heading not in self.surnames.setdefault(last[0], []):
                    self.surnames[last[0]].append(heading)
        #: folded name or form → the heading of a body
        self.bodies: dict[str, str] = {}
        for heading, forms in bodies:
            for form in {heading, re.sub(r"\s*\([^)]*\)", "", heading), *forms}:
                if fold(form):
                    self.bodies.setdefault(fold(form), heading)

    def person(self, name: str) -> str:
        """The key of the person *name* ("Lenin", "Vladimir Lenin", "Lenin, Vladimir Ilyich")."""
        if "," in name:  # an index heading: "Surname, Forenames"
            surname, _, forenames = name.partition(",")
            name = f"{forenames.strip()} {surname.strip()}"
        words = fold(name).split(" ")
        surname, initials = words[-1], {w[0] for w in words[:-1] if w and w not in PARTICLES}
        for heading in self.surnames.get(surname, []):
            given = {w[0] for w in _forenames(heading) if w not in PARTICLES}
            if not initials or not given or initials & given:
                return heading
        return " ".join(sorted(initials | {surname}))

    def known(self, name: str) -> bool:
        """Whether *name* is a person of the index."""
        return self.person(name) in {h for hs in self.surnames.values() for h in hs}

    def known_body(self, name: str) -> bool:
        """Whether *name* is a body of the index or the glossary."""
        return fold(re.sub(r"^(?:The|the)\s+", "", name)) in self.bodies

    def body(self, name: str) -> str:
        folded = fold(re.sub(r"^(?:The|the)\s+", "", name))
        return self.bodies.get(folded, folded)


def _forenames(heading: str) -> list[str]:
    """The folded forenames of an index heading: "Lenin, Vladimir Ilyich", "Mao Zedong"."""
    if "," in heading:
        return [w for w in fold(heading.partition(",")[2]).split(" ") if w]
    return fold(heading).split(" ")[:-1]


def register_from_indexes(folder: Path) -> Register:
    from .indexes import load_indexes

    entries, _ = load_indexes(folder)
    return Register([(e.heading, e.forms) for e in entries if e.index == "persons"],
                    [(e.heading, e.forms) for e in entries if e.index == "organisations"])


def register_glossary_bodies(register: Register, folder: Path) -> None:
    """Let a glossary term and its variants name the same body as the organisation index does."""
    from .glossary import read_entry

    for path in sorted(folder.glob("*.md")):
        if path.name == "README.md" or unreadable(path, "") is not None:
            continue  # a folder or a link named like an entry: the glossary's reader names it
        entry, _ = read_entry(path)
        if entry is None:
            continue
        forms = [fold(f) for f in entry.forms if fold(f)]  # a Cyrillic form folds to nothing
        known = next((register.bodies[f] for f in forms if f in register.bodies), None)
        for form in forms:
            register.bodies.setdefault(form, known or fold(entry.term))


# -- the check --------------------------------------------------------------------------------------------------

_WHAT = {"born": "born in", "died": "died in", "died-on": "died on", "founded": "founded in"}


def inconsistencies(segments: Iterable[Segment], register: Register | None = None) -> list[Problem]:
    """A problem for every dating that disagrees with an earlier one of the same person or body."""
    register = register or Register()
    first: dict[tuple[str, str], Dating] = {}
    problems: list[Problem] = []
    for segment in segments:
        for dating in datings(segment):
            if dating.what == "founded":
                if dating.subject and not register.known_body(dating.name):
                    dating = dating._replace(name=dating.subject)
                who = register.body(dating.name)
            elif dating.subject and not register.known(dating.name):
                dating = dating._replace(name=dating.subject)
                who = register.person(dating.name)
            else:
                who = register.person(dating.name)
            earlier = first.setdefault((who, dating.what), dating)
            if earlier.value != dating.value:
                problems.append(Problem(
                    dating.path, dating.line,
                    f"{dating.name} {_WHAT[dating.what]} {dating.value} here, but {earlier.name} "
                    f"{_WHAT[earlier.what]} {earlier.value} at {earlier.path}:{earlier.line}", CODE))
    return problems


def check_consistency(root: Path) -> list[Problem]:
    """The dates of every person and body named in the editorial matter of *root*, compared."""
    register = register_from_indexes(root / "docs" / "indexes")
    register_glossary_bodies(register, root / "docs" / "glossary")
    return inconsistencies(project_segments(root), register)
