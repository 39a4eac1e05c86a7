"""``edition check``: validate the edition's data before it is built.

The glossary entries (``docs/glossary/*.md``): see :mod:`edition.glossary`.

The bibliography (``docs/references.bib``): it parses with pybtex, each
entry has the fields its type requires, no key is defined twice, every
cited key exists, and every entry is cited somewhere. Citations are looked
for in the editors' data (``seeds/editorial/*.toml``), in the manifest
(each witness's ``bibkey``) and in the hand-written MyST pages of ``docs/``.

Every problem is reported as ``FILE:LINE: message [code]``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

#: fields each BibTeX entry type needs; a tuple inside means "one of these"
REQUIRED_FIELDS: dict[str, tuple] = {
    "article": (("author",), ("title",), ("journal", "journaltitle"), ("year", "date")),
    "book": (("author", "editor"), ("title",), ("publisher",), ("year", "date")),
    "incollection": (("author",), ("title",), ("booktitle",), ("publisher",), ("year", "date")),
    "inbook": (("author", "editor"), ("title",), ("publisher",), ("year", "date")),
    "inproceedings": (("author",), ("title",), ("booktitle",), ("year", "date")),
    "techreport": (("author", "institution"), ("title",), ("institution",), ("year", "date")),
    "phdthesis": (("author",), ("title",), ("school",), ("year", "date")),
    "mastersthesis": (("author",), ("title",), ("school",), ("year", "date")),
    "unpublished": (("author", "editor", "organization"), ("title",), ("note", "year", "date")),
    "online": (("title",), ("url", "howpublished"), ("year", "date", "urldate")),
    "misc": (("title",), ("year", "date", "note", "howpublished")),
    "manual": (("title",),),
    "booklet": (("title",),),
}
ROLE_RE = re.compile(r"\{cite(?::[a-z.]+)?\}`([^`]*)`")
ENTRY_START_RE = re.compile(r"^[ \t]*@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)


class Problem(NamedTuple):
    path: str
    line: int | None
    message: str
    #: a short code naming the kind of problem, e.g. ``bib-missing-field``
    code: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} [{self.code}]"


class Citing(NamedTuple):
    """A place that cites a key."""

    key: str
    path: str
    line: int | None


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def keys_in_role(content: str) -> list[str]:
    """The keys of a ``{cite}`` role's content: ``{see}a,b{p. 3}`` → ``[a, b]``."""
    bare = re.sub(r"\{[^}]*\}", "", content)
    return [k.strip() for k in bare.split(",") if k.strip()]


def citations_in_myst(path: Path) -> list[Citing]:
    text = path.read_text(encoding="utf-8")
    out = []
    for m in ROLE_RE.finditer(text):
        for key in keys_in_role(m.group(1)):
            out.append(Citing(key, str(path), line_at(text, m.start())))
    return out


def citations_in_toml(path: Path, table: str, field: str) -> list[Citing]:
    """Keys named by *field* in the ``[[table]]`` tables of a TOML file (with lines)."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []  # reported by the file's own loader
    out = []
    rows = data.get(table, [])
    if isinstance(rows, dict):
        rows = [rows]
    starts = [m.start() for m in re.finditer(rf"^\s*\[\[{re.escape(table)}\]\]", text, re.M)]
    for i, row in enumerate(rows):
        value = row.get(field)
        keys = [value] if isinstance(value, str) else [k for k in value if isinstance(k, str)] \
            if isinstance(value, list) else []
        begin = starts[i] if i < len(starts) else 0
        for key in keys:
            m = re.compile(rf'^\s*{field}\s*=\s*(?:\[[^\]]*?)?"{re.escape(key)}"', re.M | re.S).search(text, begin)
            out.append(Citing(key, str(path), line_at(text, m.start()) if m else None))
    return out


def citations_in_annotations(path: Path) -> list[Citing]:
    """Keys cited by the editor's notes (``[[annotation]]`` text) of an editorial file."""
    text = path.read_text(encoding="utf-8")
    return [
        Citing(key, str(path), line_at(text, m.start()))
        for m in ROLE_RE.finditer(text)
        for key in keys_in_role(m.group(1))
    ]


def entry_lines(text: str) -> dict[str, list[int]]:
    """Where each key is defined in a .bib file (all definitions, for duplicates)."""
    lines: dict[str, list[int]] = {}
    for m in ENTRY_START_RE.finditer(text):
        if m.group(1).lower() in ("comment", "preamble", "string"):
            continue
        lines.setdefault(m.group(2), []).append(line_at(text, m.start()))
    return lines


def check_bibliography(bib: Path, citing: Iterable[Citing]) -> list[Problem]:
    """Validate *bib* against the places that cite it."""
    return check_bibliography_data(bib, citing)[0]


def check_bibliography_data(bib: Path, citing: Iterable[Citing]):
    """Validate *bib* against the places that cite it; return the problems and what pybtex read.

    :return: the problems, and the ``BibliographyData`` parsed (strictly), or
        ``None`` if the file could not be parsed
    """
    import pybtex.errors
    from pybtex.database import BibliographyDataError
    from pybtex.database.input.bibtex import Parser
    from pybtex.scanner import PybtexError, PybtexSyntaxError

    path = str(bib)
    try:
        text = bib.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        return [Problem(path, None, f"not UTF-8 ({err.reason})", "bib-encoding")], None
    except OSError as err:
        return [Problem(path, None, f"cannot read: {err.strerror}", "bib-missing")], None
    problems: list[Problem] = []
    lines = entry_lines(text)
    for key, where in lines.items():
        for line in where[1:]:
            problems.append(Problem(path, line, f"duplicate key {key!r} (first defined on line {where[0]})",
                                    "bib-duplicate"))
    pybtex.errors.set_strict_mode(True)
    try:
        data = Parser().parse_string(text)
    except PybtexSyntaxError as err:
        return problems + [Problem(path, getattr(err, "lineno", None), f"syntax error: {err}", "bib-syntax")], None
    except BibliographyDataError as err:
        if problems:
            return problems, None
        return [Problem(path, None, str(err), "bib-data")], None
    except PybtexError as err:
        return problems + [Problem(path, None, str(err), "bib-data")], None
    finally:
        pybtex.errors.set_strict_mode(False)
    for key, entry in data.entries.items():
        line = lines.get(key, [None])[0]
        kind = entry.type.lower()
        required = REQUIRED_FIELDS.get(kind)
        if required is None:
            problems.append(Problem(path, line, f"entry {key!r} has an unknown type @{entry.type}", "bib-type"))
            continue
        present = {f.lower() for f in entry.fields} | {r.lower() for r in entry.persons}
        for options in required:
            if not present & set(options):
                problems.append(Problem(path, line, f"@{kind} {key!r} lacks {' or '.join(options)}",
                                        "bib-missing-field"))
    defined = {k.lower(): k for k in data.entries}
    cited = set()
    for c in citing:
        if c.key.lower() not in defined:
            problems.append(Problem(c.path, c.line, f"cites {c.key!r}, which is not in {path}", "bib-unknown-key"))
        else:
            cited.add(c.key.lower())
    for key in data.entries:
        if key.lower() not in cited:
            problems.append(Problem(path, lines.get(key, [None])[0], f"entry {key!r} is cited nowhere",
                                    "bib-uncited"))
    return problems, data


def gather_citations(root: Path) -> list[Citing]:
    """Every place in the project that cites a bibliography key."""
    out: list[Citing] = []
    seeds = root / "seeds"
    for path in sorted((seeds / "editorial").glob("*.toml")):
        out += citations_in_toml(path, "citation", "key")
        out += citations_in_annotations(path)
    if (seeds / "manifest.toml").exists():
        out += citations_in_toml(seeds / "manifest.toml", "witness", "bibkey")
    for path in sorted((root / "docs" / "indexes").glob("*.toml")):
        out += citations_in_toml(path, "entry", "sources")
    docs = root / "docs"
    from .glossary import GLOSSARY_PAGES

    generated = {docs / "texts", docs / "_research", docs / "_generated", docs / "glossary.md", docs / GLOSSARY_PAGES}
    for path in sorted(docs.rglob("*.md")):
        if path not in generated and not any(parent in generated for parent in path.parents):
            out += citations_in_myst(path)
    return out


def bib_keys(bib: Path) -> set[str] | None:
    """The keys of a .bib file, lower-cased (``None`` if it cannot be read)."""
    try:
        return {key.lower() for key in entry_lines(bib.read_text(encoding="utf-8"))}
    except (OSError, UnicodeDecodeError):
        return None


def check_project(root: Path) -> list[Problem]:
    """Every check of the edition's data: the glossary, the bibliography, the citations."""
    from .glossary import load_glossary

    bib = root / "docs" / "references.bib"
    entries, problems = load_glossary(root / "docs" / "glossary", bib_keys(bib))
    citing = gather_citations(root)
    for entry in entries:
        citing += [Citing(key, entry.path, entry.lines.get("sources")) for key in entry.sources]
    problems += __import__(f"{__package__}.consistency", fromlist=["check_consistency"]).check_consistency(root)
    from .sourcing import check_sources

    return (problems + check_indexes(root / "docs" / "indexes") + check_bibliography(bib, citing)
            + check_sources(bib, root / "docs" / "refused-sources.toml"))


def check_indexes(folder: Path) -> list[Problem]:
    """The index files: their schema, and a source for every identification."""
    from .indexes import load_indexes

    entries, problems = load_indexes(folder)
    for entry in entries:
        if entry.note and not entry.sources:
            problems.append(Problem(entry.path, entry.line,
                                    f"the identification of {entry.heading!r} needs sources (keys of the bibliography)",
                                    "index-unsourced"))
    return problems
