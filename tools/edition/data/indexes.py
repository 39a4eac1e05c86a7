"""Indexes of persons, places and organisations, and parallel passages.

The data are the editors' (``docs/indexes/*.toml``)::

    [[entry]]
    heading = "Gorbachev, Mikhail"       # as the index prints it
    forms = ["Gorbachev", "Gorbachov"]   # every form the texts use, exactly
    variants = ["Gorbachov"]             # forms that are variant spellings
    note = "General Secretary of the CPSU, 1985–1991"

    [[theme]]                            # parallels.toml
    id = "novocherkassk-1962"
    title = "The Novocherkassk massacre of 1962"
    summary = "…"
    [[theme.passage]]
    text = "russian-capitalism"          # a text id
    quote = "the 1962 strike in Novocherkassk"   # exact witness text, once
    gloss = "…"

The mentions are found in the edited texts by the same matcher as the
glossary's terms (whole words, possessive and plural endings), in the
header, the paragraphs and the notes.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..errors import Problem, read_toml, toml_error_line, unreadable
from .markup import BIB_KEY_RE, PLAIN, judge, one_line
from .scripts import common_word, mixed_script_words, name_problems, scripts_of

#: the indexes, in the order the edition prints them: file stem → title
INDEXES = {"persons": "Index of persons", "places": "Index of places",
           "organisations": "Index of organisations"}
#: the fields of an ``[[entry]]``
INDEX_FIELDS = {"heading", "forms", "variants", "note", "sources"}


class IndexEntry(NamedTuple):
    index: str  # type: ignore[assignment]  # the field's name is the editors' word; tuple.index is unused
    heading: str
    forms: list[str]
    variants: list[str]
    note: str
    path: str
    line: int | None
    #: keys of docs/references.bib supporting the note (the identification)
    sources: list[str] = []

    @property
    def slug(self) -> str:
        return f"ix-{self.index}-" + (re.sub(r"[^a-z0-9]+", "-", self.heading.lower()).strip("-") or "x")


class Passage(NamedTuple):
    text: str
    quote: str
    gloss: str
    line: int | None


class Theme(NamedTuple):
    id: str
    title: str
    summary: str
    passages: list[Passage]
    path: str
    line: int | None


def _lines_of(source: str, pattern: str) -> list[int]:
    return [source.count("\n", 0, m.start()) + 1 for m in re.finditer(pattern, source, re.M)]


def _load_toml(path: Path) -> tuple[dict, str, list[Problem]]:
    bad = unreadable(path, "index-encoding")
    if bad:
        return {}, "", [bad]
    try:
        source = path.read_text(encoding="utf-8")
        return read_toml(source), source, []
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        return {}, "", [Problem(str(path), line, "not UTF-8; save the file as UTF-8", "index-encoding")]
    except tomllib.TOMLDecodeError as err:
        return {}, "", [Problem(str(path), toml_error_line(err), f"not valid TOML: {err}", "index-toml")]


def _name_problems(heading: str, forms: list[str], variants: list[str], path: str, line: int | None) -> list[Problem]:
    """The characters of an entry's names, their scripts, and forms that are common words."""
    problems = []
    for value in dict.fromkeys([heading, *forms, *variants]):
        bad = name_problems(value)
        if bad:
            problems.append(Problem(path, line, f"{value!r} holds {', '.join(bad)}; a name in an index is written "
                                    "in letters, digits, spaces and the punctuation of names", "index-schema"))
        for word in mixed_script_words(value):
            problems.append(Problem(path, line, f"{word!r} mixes letters of different scripts ("
                                    f"{', '.join(scripts_of(word))}); type it in one script", "index-schema"))
    for form in forms:
        if common_word(form):
            problems.append(Problem(path, line, f"the form {form!r} is a common English word: every one in the "
                                    "texts would be indexed", "index-schema"))
    return problems


def load_indexes(folder: Path) -> tuple[list[IndexEntry], list[Problem]]:
    """Read the index files of *folder*; every form must be unique across them."""
    entries: list[IndexEntry] = []
    problems: list[Problem] = []
    for index in INDEXES:
        path = folder / f"{index}.toml"
        if path.exists():
            problems += _read_index(index, path, entries)
    return entries, stray_index_files(folder) + problems + _duplicates(entries)


#: the files of the indexes' folder that are read: the indexes and the parallels
INDEX_FILES = frozenset({*(f"{index}.toml" for index in INDEXES), "parallels.toml"})


def stray_index_files(folder: Path) -> list[Problem]:
    """The files of the indexes' *folder* that nothing reads (``docs/indexes/zz.toml``): what they hold
    would be published nowhere, in silence. Pages (``*.md``, judged as pages) and names beginning with a
    dot (which Sphinx leaves out, an editor's own) aside."""
    if not folder.is_dir():
        return []
    return [Problem(str(path), None, f"no index reads this file (the indexes are "
                    f"{', '.join(sorted(INDEX_FILES))}); add its entries to one of them, or remove it", "index-stray")
            for path in sorted(folder.iterdir())
            if path.name not in INDEX_FILES and not path.name.startswith(".") and path.suffix != ".md"]


def _read_index(index: str, path: Path, entries: list[IndexEntry]) -> list[Problem]:
    """The entries of one index file, added to *entries*; what is wrong with them."""
    data, source, problems = _load_toml(path)
    lines = _lines_of(source, r"^\[\[entry\]\]")
    rows = data.get("entry", [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return problems + [Problem(str(path), lines[0] if lines else 1, "the entries must be [[entry]] tables",
                                   "index-schema")]
    unknown = sorted(set(data) - {"entry"})
    if unknown:
        problems.append(Problem(str(path), 1, f"unknown table(s) {', '.join(unknown)}; the entries are "
                                "[[entry]] tables", "index-schema"))
    for i, row in enumerate(rows):
        entry, found = _read_entry(index, row, str(path), lines[i] if i < len(lines) else None)
        problems += found
        if entry is not None:
            entries.append(entry)
    return problems


def _read_entry(index: str, row: dict, path: str, line: int | None) -> tuple[IndexEntry | None, list[Problem]]:
    """One ``[[entry]]``: the entry (``None`` if it cannot be made) and its problems."""
    heading, forms = row.get("heading"), row.get("forms")
    if not isinstance(heading, str) or not heading.strip():
        return None, [Problem(path, line, "an [[entry]] needs a heading", "index-schema")]
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        return None, [Problem(path, line, f"{heading!r} needs a list of forms", "index-schema")]
    variants, note, sources = row.get("variants", []), row.get("note", ""), row.get("sources", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
        return None, [Problem(path, line, f"the variants of {heading!r} must be a list of forms", "index-schema")]
    problems = []
    stray = [v for v in variants if v not in forms]
    if stray:
        problems.append(Problem(path, line, f"variants {stray} of {heading!r} are not among its forms",
                                "index-schema"))
    if not isinstance(sources, list) or not all(isinstance(k, str) and BIB_KEY_RE.match(k.strip()) for k in sources):
        problems.append(Problem(path, line, f"the sources of {heading!r} must be a list of keys", "index-schema"))
        sources = []
    if not isinstance(note, str):
        return None, problems + [Problem(path, line, f"the note of {heading!r} must be text", "index-schema")]
    unknown = sorted(set(row) - INDEX_FIELDS)
    if unknown:
        problems.append(Problem(path, line, f"{heading!r} has unknown field(s) {', '.join(unknown)} "
                                f"(known: {', '.join(sorted(INDEX_FIELDS))})", "index-schema"))
    for value in [heading, note, *variants]:
        if value:
            problems += judge(value, path, line or 1, PLAIN).problems
    problems += _name_problems(heading, forms, variants, path, line)
    return IndexEntry(index, one_line(heading), forms, variants, one_line(note), path, line,
                      [k.strip() for k in sources]), problems


def _duplicates(entries: list[IndexEntry]) -> list[Problem]:
    """Entries that make the same label, and forms that two entries claim."""
    problems = []
    labelled: dict[str, IndexEntry] = {}
    for entry in entries:
        other = labelled.setdefault(entry.slug, entry)
        if other is not entry:
            problems.append(Problem(entry.path, entry.line, f"{entry.heading!r} makes the same label ({entry.slug}) as "
                                    f"{other.heading!r} ({other.path}:{other.line}); make the headings differ",
                                    "index-duplicate"))
    owner: dict[str, IndexEntry] = {}
    for entry in entries:
        for form in entry.forms:
            if form in owner and owner[form] is not entry:
                problems.append(Problem(entry.path, entry.line,
                                        f"the form {form!r} belongs to {owner[form].heading!r} already",
                                        "index-duplicate"))
            owner.setdefault(form, entry)
    return problems


def _read_passage(p: dict, text_ids: set[str], path: str, line: int | None) -> tuple[Passage | None, list[Problem]]:
    """One ``[[theme.passage]]``: its text, quote and gloss."""
    if not isinstance(p.get("text"), str) or p.get("text") not in text_ids:
        return None, [Problem(path, line, f"unknown text id {p.get('text')!r}", "parallel-text")]
    if not isinstance(p.get("quote"), str) or not p["quote"]:
        return None, [Problem(path, line, "a passage needs a quote", "parallel-schema")]
    gloss = p.get("gloss", "")
    if not isinstance(gloss, str):
        return None, [Problem(path, line, "a passage's gloss must be text", "parallel-schema")]
    problems = judge(gloss, path, line or 1, PLAIN).problems if gloss else ()
    return Passage(p["text"], p["quote"], one_line(gloss), line), list(problems)


def load_parallels(path: Path, text_ids: set[str]) -> tuple[list[Theme], list[Problem]]:
    """Read ``parallels.toml``; each theme needs passages from two texts or more."""
    if not path.exists():
        return [], []
    data, source, problems = _load_toml(path)
    lines = _lines_of(source, r"^\[\[theme\]\]")
    plines = _lines_of(source, r"^\[\[theme\.passage\]\]")
    themes = []
    seen = set()
    p_index = 0
    rows = data.get("theme", [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return [], problems + [Problem(str(path), lines[0] if lines else 1, "the themes must be [[theme]] tables",
                                       "parallel-schema")]
    for i, row in enumerate(rows):
        line = lines[i] if i < len(lines) else None
        passages = []
        found = row.get("passage", [])
        if not isinstance(found, list) or not all(isinstance(p, dict) for p in found):
            problems.append(Problem(str(path), line, "the passages of a theme must be [[theme.passage]] tables",
                                    "parallel-schema"))
            continue
        for p in found:
            pline = plines[p_index] if p_index < len(plines) else None
            p_index += 1
            passage, wrong = _read_passage(p, text_ids, str(path), pline)
            problems += wrong
            if passage is not None:
                passages.append(passage)
        theme_id = row.get("id", "")
        if not isinstance(theme_id, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", theme_id) or theme_id in seen:
            problems.append(Problem(str(path), line, f"theme id {theme_id!r} is not a new slug (text: lower-case "
                                    "letters, digits and hyphens, in quotation marks)", "parallel-schema"))
            continue
        seen.add(theme_id)
        for name in ("title", "summary"):
            value = row.get(name, "")
            if not isinstance(value, str):
                problems.append(Problem(str(path), line, f"the {name} of theme {theme_id!r} must be text",
                                        "parallel-schema"))
            elif value:
                problems += judge(value, str(path), line or 1, PLAIN).problems
        if len({p.text for p in passages}) < 2:
            problems.append(Problem(str(path), line, f"theme {theme_id!r} needs passages from two texts or more",
                                    "parallel-schema"))
        title, summary = one_line(str(row.get("title", theme_id))), one_line(str(row.get("summary", "")))
        themes.append(Theme(theme_id, title, summary, passages, str(path), line))
    return themes, problems
