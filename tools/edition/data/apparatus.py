"""The editors' data for one witness: emendations, annotations, role overrides.

Each witness may have a file ``seeds/editorial/<id>.toml``::

    [[emendation]]
    reading = "may bested be described"   # exact witness text, unique in it
    lemma = "may best be described"       # what the edition prints
    note = "misprint"                     # why (shown in the apparatus)

    [[annotation]]
    after = "the 1962 strike in Novocherkassk"   # exact witness text
    text = "An editor's note, in MyST."

    [[citation]]
    at = "(Buick and Crump, pp. 98–9)"  # exact witness text that cites a work
    key = "buick1986"                    # its entry in docs/references.bib
    pages = "98–9"                       # optional
    discrepancy = "…"                    # optional: where the witness's citation is wrong

Nothing here is code: an editor changes the edition by changing this file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..errors import EditionError, Problem, read_toml, toml_error_line, unreadable
from ..model import EditorialEmendation
from .markup import BIB_KEY_RE, EDITORS_NOTE, PLAIN, Reference, judge, one_line


class Annotation(NamedTuple):
    """An editor's note attached after a passage of the witness."""

    #: witness offset the note follows
    offset: int
    text: str
    #: the line of the editorial file where it is written (for messages)
    line: int | None = None


class Citation(NamedTuple):
    """A passage of the witness that cites a work of the bibliography."""

    #: witness span of the citing passage; the link is placed at its end
    start: int
    end: int
    #: the bibliography key
    key: str
    #: the pages cited, as the edition prints them ("98–9"), or ""
    pages: str = ""
    #: where the witness's citation is wrong or incomplete (for the apparatus)
    discrepancy: str = ""
    #: the line of the editorial file where it is written (for messages)
    line: int | None = None


class EditorialData(NamedTuple):
    emendations: list[EditorialEmendation]
    annotations: list[Annotation]
    citations: list[Citation] = []

    @classmethod
    def empty(cls) -> EditorialData:
        return cls([], [], [])


KNOWN_TABLES = {
    "emendation": ("reading", "lemma", "note"),
    "annotation": ("after", "text"),
    "citation": ("at", "key", "pages", "discrepancy"),
}
#: fields a table may leave out
OPTIONAL = {"emendation": {"note"}, "citation": {"pages", "discrepancy"}}


def _anchors_inside(emendations: list[EditorialEmendation], annotations: list[Annotation],
                    cited: list[tuple[int | None, Citation]], name: str) -> list[Problem]:
    """Emendations that would swallow the place of an editor's note or the edge of a citation:
    the note would stand after words it does not explain, the link on words it does not cite."""
    problems = []
    for em in emendations:
        for note in annotations:
            if em.start < note.offset < em.end:
                problems.append(Problem(name, em.line, f"this emendation's reading holds the place of the editor's "
                                        f"note on line {note.line}; anchor the note outside it", "editorial-anchor"))
        for line, citation in cited:
            if em.start < citation.start < em.end or em.start < citation.end < em.end:
                problems.append(Problem(name, em.line, f"this emendation's reading cuts the citation on line {line}; "
                                        "emend inside the cited passage or outside it", "editorial-anchor"))
    return problems


def _overlaps(emendations: list[EditorialEmendation], name: str) -> list[Problem]:
    """Emendations whose readings overlap (the second could not be made) or cross a paragraph break."""
    problems = []
    ordered = sorted(emendations, key=lambda e: (e.start, e.end))
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.start < first.end:
            problems.append(Problem(name, second.line, f"this emendation's reading overlaps the one on line "
                                    f"{first.line}; make one emendation of the two", "editorial-anchor"))
    return problems


def _line_of(source: str, key: str, value: str) -> int | None:
    """The line of *source* where ``key = "value"`` is written (for messages)."""
    needle = value.splitlines()[0][:40] if value else ""
    for lineno, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith(key) and needle in line:
            return lineno
    return None


def _inside_word(text: str, at: int) -> bool:
    """Whether offset *at* of *text* falls between two characters of one word (letters, digits)."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _split_word(text: str, at: int, after: str) -> str:
    """Why an editor's note may not stand at *at*, inside a word: the word split by its marker loses its
    glossary link and its index entry, silently (``olig`` + the marker + ``archy``)."""
    start, end = at, at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    shown = after if len(after) <= 40 else "…" + after[-40:]
    return (f"after {shown!r} ends inside the word {text[start:end]!r}: the note's marker would split it "
            "(and the word would lose its glossary link); quote the passage to the end of a word")


def _unique_span(witness_text: str, reading: str, path: Path, source: str, key: str) -> tuple[int, int]:
    count = witness_text.count(reading) if reading else 0
    if count != 1:
        problem = "does not occur in" if count == 0 else f"occurs {count} times in"
        raise EditionError(
            f"{key} {reading!r} {problem} the witness; quote a passage that occurs exactly once",
            path,
            _line_of(source, key, reading),
        )
    start = witness_text.index(reading)
    return start, start + len(reading)


#: the pages of a citation, as they are written into its role: numbers, roman numerals, ranges, lists
PAGES_RE = re.compile(r"^[0-9ivxlcdmIVXLCDM]+(?:\s*(?:[–—-]|,\s*|;\s*)\s*[0-9ivxlcdmIVXLCDM]+)*(?:\s*ff?\.)?$")
#: how each contributed field of an editorial file is judged (:mod:`edition.data.markup`)
MARKUP = {
    ("emendation", "lemma"): PLAIN, ("emendation", "note"): PLAIN,
    ("annotation", "text"): EDITORS_NOTE,
    ("citation", "pages"): PLAIN, ("citation", "discrepancy"): PLAIN,
}


def read_editorial(path: Path, witness_text: str) -> tuple[EditorialData, list[Problem], list[Reference]]:
    """Read an editorial data file, locate each entry in the witness and judge its text.

    Every problem is reported, not only the first: a malformed table, a
    passage that does not occur exactly once in the witness, text that
    :func:`edition.data.markup.judge` refuses.

    :return: what could be read, the problems (file and line), and the
        references of the editor's notes, to be resolved (``edition check``)
    """
    name = str(path)
    data, source, problems = _read_toml(path)
    if data is None:
        return EditorialData.empty(), problems, []
    references: list[Reference] = []
    unknown = set(data) - set(KNOWN_TABLES)
    if unknown:
        problems.append(Problem(name, 1, f"unknown table(s): {', '.join(sorted(unknown))}", "editorial-schema"))
    found: dict[str, list] = {"emendation": [], "annotation": [], "citation": []}
    for table, keys in KNOWN_TABLES.items():
        rows = data.get(table, [])
        if not isinstance(rows, list):
            problems.append(Problem(name, 1, f"{table} must be written [[{table}]]", "editorial-schema"))
            continue
        for item in rows:
            first = str(item.get(keys[0], "")) if isinstance(item, dict) else ""
            line = _line_of(source, keys[0], first)
            found_here, usable = _item_problems(table, item, name, source, line, references)
            problems += found_here
            if not usable:
                continue
            try:
                span = _unique_span(witness_text, item[keys[0]], path, source, keys[0])
            except EditionError as err:
                problems.append(Problem(name, err.line or line, err.message, "editorial-anchor"))
                continue
            if table == "annotation" and _inside_word(witness_text, span[1]):
                problems.append(Problem(name, line, _split_word(witness_text, span[1], item["after"]),
                                        "editorial-anchor"))
                continue
            found[table].append((span, item, line))
    emendations = [EditorialEmendation(start, end, one_line(item["lemma"]) if item["lemma"].strip() else item["lemma"],
                                       one_line(item.get("note", "emendation")), line)
                   for (start, end), item, line in found["emendation"]]
    problems += _overlaps(emendations, name)
    annotations = [Annotation(end, item["text"], line) for (_, end), item, line in found["annotation"]]
    citations = [Citation(start, end, item["key"], one_line(item.get("pages", "")),
                          one_line(item.get("discrepancy", "")), line)
                 for (start, end), item, line in found["citation"]]
    cited = [(row[2], citation) for row, citation in zip(found["citation"], citations, strict=True)]
    problems += _anchors_inside(emendations, annotations, cited, name)
    return EditorialData(emendations, annotations, citations), problems, references


def _read_toml(path: Path) -> tuple[dict | None, str, list[Problem]]:
    """The data of an editorial file (``{}`` if there is none), its source, and why it cannot be read."""
    name = str(path)
    bad = unreadable(path, "editorial-encoding")
    if bad:
        return None, "", [bad]
    if not path.exists():
        return {}, "", []
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        return None, "", [Problem(name, line, "not UTF-8; save the file as UTF-8", "editorial-encoding")]
    try:
        return read_toml(source), source, []
    except tomllib.TOMLDecodeError as err:
        return None, source, [Problem(name, toml_error_line(err), f"not valid TOML: {err}", "editorial-toml")]


def _item_problems(table: str, item, name: str, source: str, line: int | None,
                   references: list[Reference]) -> tuple[list[Problem], bool]:
    """What is wrong with one ``[[table]]`` entry, before its passage is looked for in the witness, and
    whether that passage can still be looked for (its text refused or not); the references of its
    text are added to *references*."""
    keys = KNOWN_TABLES[table]
    if not isinstance(item, dict):
        return [Problem(name, line, f"[[{table}]] must be a table", "editorial-schema")], False
    missing = [k for k in keys if not isinstance(item.get(k), str)]
    missing = [k for k in missing if not (k in OPTIONAL.get(table, ()) and k not in item)]
    stray = sorted(set(item) - set(keys))
    if missing or stray:
        what = f"needs the text field(s) {', '.join(missing)}" if missing else \
            f"has unknown field(s) {', '.join(stray)} (known: {', '.join(keys)})"
        return [Problem(name, line, f"[[{table}]] {what}", "editorial-schema")], False
    problems: list[Problem] = []
    for key in keys:
        profile = MARKUP.get((table, key))
        if profile is not None and item.get(key):
            judged = judge(item[key], name, _line_of(source, key, item[key]) or line or 1, profile)
            problems += judged.problems
            references += judged.references
    rule = _rule_broken(table, item, source, line)
    if rule is not None:
        problems.append(Problem(name, *rule))
    return problems, rule is None


def _rule_broken(table: str, item: dict, source: str, line: int | None) -> tuple[int | None, str, str] | None:
    """The first rule of its table that the entry breaks: (line, message, code), or ``None``."""
    if table == "citation" and not BIB_KEY_RE.match(item["key"]):
        return (_line_of(source, "key", item["key"]) or line, f"{item['key']!r} is not a key of the bibliography "
                "(letters, digits, '-', '_', ':', '.', '+')", "editorial-schema")
    if table == "citation" and item.get("pages") and not PAGES_RE.match(item["pages"]):
        return (_line_of(source, "pages", item["pages"]) or line, f"pages {item['pages']!r} must be page numbers "
                "and ranges (\"98–9\", \"16, 104\", \"xii\")", "editorial-schema")
    if table == "emendation" and not item["lemma"].strip() and item["lemma"] not in ("", " "):
        return (_line_of(source, "lemma", item["lemma"]) or line, "a lemma of blanks is one space (\" \") or "
                "nothing (\"\"); line breaks and other blanks would change the text's structure", "editorial-schema")
    if table == "emendation" and re.search(r"\n[ \t]*\n", item["reading"]):
        return (line, "an emendation's reading crosses a paragraph break; emend each paragraph on its own",
                "editorial-anchor")
    if table == "annotation" and not item["text"].strip():
        return (line, "an editor's note needs its text", "editorial-schema")
    return None


def load_editorial(path: Path, witness_text: str) -> EditorialData:
    """Read an editorial data file (:func:`read_editorial`) and refuse it if it has any problem.

    :raises EditionError: naming the file and line of every problem, one per line
    """
    data, problems, _references = read_editorial(path, witness_text)
    if problems:
        first = problems[0]
        raise EditionError("\n".join([first.message, *(str(p) for p in problems[1:])]), first.path, first.line)
    return data


def stray_files(folder: Path, expected: list[Path]) -> list[Problem]:
    """Files of the editorial *folder* that are no witness's data: the build would not read them.

    :param expected: the editorial files of the manifest's witnesses
    """
    known = {path.resolve() for path in expected}
    return [Problem(str(path), None, "no witness of the manifest has this file as its editorial data "
                    "(seeds/editorial/<id>.toml); rename it after a witness's id, or remove it", "editorial-stray")
            for path in (sorted(folder.glob("*")) if folder.is_dir() else []) if path.resolve() not in known]
