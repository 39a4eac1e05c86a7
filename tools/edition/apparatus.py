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

import tomllib
from pathlib import Path
from typing import NamedTuple

from .errors import EditionError, toml_error_line
from .inline import Emendation


class Annotation(NamedTuple):
    """An editor's note attached after a passage of the witness."""

    #: witness offset the note follows
    offset: int
    text: str


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


class EditorialData(NamedTuple):
    emendations: list[Emendation]
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


def _line_of(source: str, key: str, value: str) -> int | None:
    """The line of *source* where ``key = "value"`` is written (for messages)."""
    needle = value.splitlines()[0][:40] if value else ""
    for lineno, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith(key) and needle in line:
            return lineno
    return None


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


def load_editorial(path: Path, witness_text: str) -> EditorialData:
    """Read an editorial data file and locate each entry in the witness.

    :raises EditionError: naming the file and line of a malformed entry or of a
        reading that is not found exactly once in the witness
    """
    if not path.exists():
        return EditorialData.empty()
    source = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        line = toml_error_line(err)
        raise EditionError(f"not valid TOML: {err}", path, line) from None
    unknown = set(data) - set(KNOWN_TABLES)
    if unknown:
        raise EditionError(f"unknown table(s): {', '.join(sorted(unknown))}", path, 1)
    for table, keys in KNOWN_TABLES.items():
        for item in data.get(table, []):
            missing = [k for k in keys if not isinstance(item.get(k), str)]
            missing = [k for k in missing if not (k in OPTIONAL.get(table, ()) and k not in item)]
            if missing:
                raise EditionError(
                    f"[[{table}]] needs the text field(s) {', '.join(missing)}",
                    path,
                    _line_of(source, keys[0], str(item.get(keys[0], ""))),
                )
    emendations = []
    for item in data.get("emendation", []):
        start, end = _unique_span(witness_text, item["reading"], path, source, "reading")
        emendations.append(Emendation(start, end, item["lemma"], item.get("note", "emendation")))
    annotations = []
    for item in data.get("annotation", []):
        _, end = _unique_span(witness_text, item["after"], path, source, "after")
        annotations.append(Annotation(end, item["text"]))
    citations = []
    for item in data.get("citation", []):
        start, end = _unique_span(witness_text, item["at"], path, source, "at")
        citations.append(
            Citation(start, end, item["key"], item.get("pages", ""), item.get("discrepancy", ""))
        )
    return EditorialData(emendations, annotations, citations)
