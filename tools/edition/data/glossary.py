"""The glossary: one file per entry in ``docs/glossary/``, read and validated.

An entry is a MyST file with YAML front matter::

    ---
    term: nomenklatura
    variants: [nomenclatura, номенклатура]
    cyrillic: номенклатура          # Russian terms only
    definition: >-
      One sentence.
    related: [bureaucracy]          # slugs (file names) of other entries
    sources: [voslensky1984]        # keys of docs/references.bib
    ---
    The full entry, in MyST.

Entries come from strangers' pull requests, so everything that could
inject markup or read files is refused: raw HTML, directives, ``javascript:``
and ``data:`` links, MyST substitutions. Every problem names the file and
the line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import EditionError, Problem, unreadable
from .markup import ALLOWED_ROLES, BIB_KEY_RE, DEFINITION, ENTRY_BODY, PLAIN, Reference, judge, one_line
from .scripts import common_word, mixed_script_words, name_problems, scripts_of, skeletons

__all__ = ["ALLOWED_ROLES", "GlossaryEntry", "load_glossary", "new_entry", "read_entry"]

#: the largest entry file accepted, in bytes
MAX_BYTES = 20_000
#: the longest one-sentence definition, in words
MAX_DEFINITION_WORDS = 60
FIELDS = {"term": str, "variants": list, "cyrillic": str, "definition": str, "related": list, "sources": list}
REQUIRED = ("term", "definition", "sources")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

class GlossaryEntry(NamedTuple):
    """A glossary entry, as read from its file."""

    #: the file name without ``.md``: the entry's stable id
    slug: str
    term: str
    variants: list[str]
    cyrillic: str
    definition: str
    related: list[str]
    sources: list[str]
    #: the MyST body of the entry
    body: str
    path: str
    #: line of each front-matter field, and of the body's first line
    lines: dict[str, int]
    #: the roles of the body, to be resolved against the edition (``edition check``)
    references: tuple[Reference, ...] = ()

    @property
    def forms(self) -> list[str]:
        """The term and every variant: the forms linked in the texts."""
        return [self.term, *self.variants]


#: the folder (under ``docs/``) of the glossary's pages, one per initial letter, made by ``sync``
GLOSSARY_PAGES = "terms"


def glossary_letter(term: str) -> tuple[str, str]:
    """The initial under which *term* is listed, and the name of that letter's page.

    Accents do not count (*Émigré* is under E); a term that does not begin
    with a Latin letter is under ``#``, on the page ``other``.

    >>> glossary_letter("nomenklatura"), glossary_letter("Élite"), glossary_letter("1917")
    (('N', 'n'), ('E', 'e'), ('#', 'other'))
    """
    bare = unicodedata.normalize("NFKD", term).encode("ascii", "ignore").decode().lstrip()
    initial = bare[:1].upper() if term.strip() and term.strip()[0].isalpha() else ""
    if initial.isascii() and initial.isalpha():
        return initial, initial.lower()
    return "#", "other"


def term_order(term: str) -> tuple[str, str]:
    """The key the glossary sorts terms by: Latin letters without their accents, then as written.

    >>> sorted(["Ezra", "émigré", "Emigrant"], key=term_order)
    ['Emigrant', 'émigré', 'Ezra']
    """
    folded = term.casefold()
    if glossary_letter(term)[1] == "other":  # not in the Latin alphabet: as written
        return folded, folded
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode(), folded


def slugify_term(term: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", term).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("’", "").replace("'", "")).strip("-")


def _front_matter(text: str, path: str) -> tuple[str, str, int]:
    """Split a file into its front matter and body; return the body's first line."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise EditionError("an entry starts with a '---' line and its fields (see CONTRIBUTING.md)", path, 1)
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    raise EditionError("the front matter is not closed by a '---' line", path, 1)


def _field_lines(front: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for number, line in enumerate(front.split("\n"), start=2):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            out.setdefault(m.group(1), number)
    return out


def read_entry(path: Path) -> tuple[GlossaryEntry | None, list[Problem]]:
    """Read one entry file; return it (or ``None``) and the problems found in it alone."""
    name = str(path)
    text, problems = _entry_text(path)
    if text is None:
        return None, problems
    slug = path.stem
    if not SLUG_RE.match(slug):
        problems.append(Problem(name, None, f"file name {path.name!r} is not a slug (a-z, 0-9, hyphens)",
                                "glossary-filename"))
    try:
        front, body, body_line = _front_matter(text, name)
    except EditionError as err:
        return None, [Problem(name, err.line, err.message, "glossary-front-matter")]
    lines = _field_lines(front)
    lines["body"] = body_line
    meta, bad = _front_fields(name, front)
    if meta is None:
        return None, bad
    problems += _schema_problems(name, meta, lines)
    if problems:
        return None, problems
    definition = " ".join(meta["definition"].split())
    if len(definition.split()) > MAX_DEFINITION_WORDS:
        problems.append(Problem(name, lines["definition"],
                                f"the definition has {len(definition.split())} words; keep it to one sentence "
                                f"of at most {MAX_DEFINITION_WORDS}", "glossary-definition"))
    problems += _markup_problems(name, meta, lines)
    problems += _form_problems(name, meta, lines)
    problems += _template_problems(name, definition, body, lines)
    # judged as the glossary's page will have it: stripped (of what Python strips, which is more
    # than markdown-it's blanks), on the line where what is kept begins
    written = body.strip() + "\n"
    lead = body[: len(body) - len(body.lstrip())]
    lines["body"] = body_line + lead.count("\n")  # where what is kept begins
    judged = judge(written, name, lines["body"], ENTRY_BODY)
    problems += judged.problems
    entry = GlossaryEntry(
        slug, one_line(meta["term"]), [one_line(v) for v in meta.get("variants", [])],
        one_line(meta.get("cyrillic", "")), definition, list(meta.get("related", [])),
        list(meta.get("sources", [])), written, name, lines, judged.references,
    )
    return (entry if not problems else None), problems


def _template_problems(name: str, definition: str, body: str, lines: dict[str, int]) -> list[Problem]:
    """The template's own words left in an entry (:data:`TEMPLATE`, written by ``edition glossary new``): its
    definition, its body's opening sentence, its line on a text's use: each names what to write, and a page
    that prints them tells the reader nothing."""
    problems = []
    if definition.casefold() == TEMPLATE_DEFINITION.casefold():
        problems.append(Problem(name, lines.get("definition"), "the definition is still the template's: write the "
                                "term's own, one sentence", "glossary-template"))
    for words in TEMPLATE_BODY:
        # the words as the template writes them, or wrapped anew, in any case
        found = re.search(r"\s+".join(map(re.escape, words.split())), body, re.IGNORECASE)
        if found:
            base = lines.get("body")
            problems.append(Problem(name, base + body.count("\n", 0, found.start()) if base is not None else None,
                                    f"the text still holds the template's {words!r}: write the entry's own",
                                    "glossary-template"))
    return problems


def _entry_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The text of an entry file (newlines as ``\\n``), or ``None`` and why it cannot be read:
    a link or a folder in its place, too large (:data:`MAX_BYTES`), or not UTF-8."""
    name = str(path)
    bad = unreadable(path, "glossary-filename")
    if bad:
        return None, [bad]
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return None, [Problem(name, None, f"the file is {len(data)} bytes; an entry may have at most {MAX_BYTES}",
                              "glossary-size")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [Problem(name, line, "not UTF-8; save the file as UTF-8", "glossary-encoding")]
    return text.replace("\r\n", "\n"), []


def _front_fields(name: str, front: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The fields of the front matter *front*, read as YAML (safely), or ``None`` and why not."""
    import yaml

    try:
        # libyaml's parser where installed: the same safe loading, ten times faster
        meta = yaml.load(front, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return None, [Problem(name, line, f"the front matter is not valid YAML: {getattr(err, 'problem', err)}",
                              "glossary-yaml")]
    if not isinstance(meta, dict):
        return None, [Problem(name, 2, "the front matter must be a set of 'field: value' lines", "glossary-yaml")]
    return meta, []


def _strings(value) -> list[str]:
    """The strings of a field that should be a list of them (nothing of a field of another type)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _schema_problems(name: str, meta: dict[str, Any], lines: dict[str, int]) -> list[Problem]:
    """The fields against :data:`FIELDS` and :data:`REQUIRED`: none unknown, none missing, each of its type;
    the sources keys of the bibliography, the related entries file names."""
    problems: list[Problem] = []
    for key in meta:
        if key not in FIELDS:
            problems.append(Problem(name, lines.get(key), f"unknown field {key!r} (known: {', '.join(FIELDS)})",
                                    "glossary-schema"))
    for key in REQUIRED:
        if not meta.get(key):
            problems.append(Problem(name, lines.get(key, 2), f"the field {key!r} is required", "glossary-schema"))
    for key, kind in FIELDS.items():
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
            expected = "a list of strings" if kind is list else "a string"
            problems.append(Problem(name, lines.get(key), f"the field {key!r} must be {expected}",
                                    "glossary-schema"))
    # a field of another type is named above; its items are judged only where they are strings
    for key in _strings(meta.get("sources")):
        if not BIB_KEY_RE.match(key):
            problems.append(Problem(name, lines.get("sources"), f"source {key!r} is not a key of the bibliography "
                                    "(letters, digits, '-', '_', ':', '.', '+')", "glossary-source"))
    for related in _strings(meta.get("related")):
        if not SLUG_RE.match(related):
            problems.append(Problem(name, lines.get("related"), f"related entry {related!r} is not a file name "
                                    "(a-z, 0-9, hyphens)", "glossary-related"))
    return problems


def _markup_problems(name: str, meta: dict[str, Any], lines: dict[str, int]) -> list[Problem]:
    """The markup of the term, the definition, the Cyrillic and the variants (:func:`judge`)."""
    problems: list[Problem] = []
    for field in ("term", "definition", "cyrillic"):
        if meta.get(field) is not None:
            profile = DEFINITION if field == "definition" else PLAIN
            # judged as kept: a definition's words on one line (:func:`read_entry`), the other fields
            # as the pages print them (:func:`one_line`); a code span or a role that only the joining
            # makes (``{doc}`as the`` / ``record shows```) is then seen
            value = str(meta[field])
            kept = " ".join(value.split()) if field == "definition" else value
            problems += judge(kept, name, lines.get(field, 2), profile).problems
            if field != "definition" and kept != one_line(kept):
                problems += judge(one_line(kept), name, lines.get(field, 2), profile).problems
    for variant in meta.get("variants", []):
        problems += judge(variant, name, lines.get("variants", 2), PLAIN).problems
        if variant != one_line(variant):
            problems += judge(one_line(variant), name, lines.get("variants", 2), PLAIN).problems
    return problems


def _form_problems(name: str, meta: dict[str, Any], lines: dict[str, int]) -> list[Problem]:
    """The term and its variants: none of blanks only, none mixing scripts, none a common word; the Cyrillic
    form in Cyrillic alone."""
    problems: list[Problem] = []
    forms = (("term", [meta["term"]]), ("variants", meta.get("variants", [])))
    for field, values in forms:
        for value in values:
            if not value.strip():
                problems.append(Problem(name, lines.get(field, 2), f"a {field[:-1] if field == 'variants' else field} "
                                        "of blanks only", "glossary-schema"))
    cyrillic = str(meta.get("cyrillic", "")).strip()
    for field, values in forms:
        for value in values:
            bad = name_problems(value, also='"')
            if bad:
                problems.append(Problem(name, lines.get(field, 2),
                                        f"{value!r} holds {', '.join(bad)}; a {field.rstrip('s')} is written in "
                                        "letters, digits, spaces and the punctuation of names", "glossary-script"))
            for word in mixed_script_words(value):
                problems.append(Problem(name, lines.get(field, 2),
                                        f"{word!r} mixes letters of different scripts ("
                                        f"{', '.join(scripts_of(word))}); type it in one script",
                                        "glossary-script"))
            if common_word(value):
                problems.append(Problem(name, lines.get(field, 2), f"{value!r} is a common English word: every "
                                        "one in the texts would be linked to this entry", "glossary-schema"))
    foreign = sorted(set(scripts_of(cyrillic)) - {"CYRILLIC"})
    if foreign:
        problems.append(Problem(name, lines.get("cyrillic", 2), f"the Cyrillic form has letters of "
                                f"{', '.join(foreign)}; type it in Cyrillic alone", "glossary-script"))
    return problems


#: the least frequency (Zipf) of an English word that a Russian term's variant may not be (wordfreq: 3 is a word
#: seen once in a million): "transparency", "openness", "rebuilding" are glosses, never forms of the term
GLOSS_ZIPF = 3.0
#: the letters two forms of one word share at their start ("oligarch" and "oligarchy", "norm" and "norms")
SHARED_STEM = 4


def translated_variants(entries: Iterable[GlossaryEntry]) -> list[Problem]:
    """The variants of Russian terms (an entry with a Cyrillic form) that are English words, glosses of the term,
    not forms of it: one word in lower-case Latin letters, common in English (:data:`GLOSS_ZIPF`), sharing
    no beginning of :data:`SHARED_STEM` letters with a word of the term ("transparency" of glasnost,
    "rebuilding" of perestroika). Each "transparency" of the texts would be linked to the Russian term as if
    the text named it; the gloss belongs to the definition. A transliteration ("zastoi", "poputchik") is
    no English word, a form of the term's own word ("norms" of output norm, "oligarchy" of oligarch) shares
    its stem: neither is refused.

    Judged by ``edition check`` alone: the word frequencies are loaded for it, never for a conversion.
    """
    from ..witness.lexicon import zipf

    def stems(text: str) -> set[str]:
        return {w[:SHARED_STEM].lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) >= SHARED_STEM}

    problems: list[Problem] = []
    for entry in entries:
        if not entry.cyrillic.strip():
            continue
        for variant in entry.variants:
            if (re.fullmatch(r"[a-z]+", variant) and not stems(variant) & stems(entry.term)
                    and zipf(variant) >= GLOSS_ZIPF):
                problems.append(Problem(entry.path, entry.lines.get("variants"),
                                        f"{variant!r} is an English word, a gloss of the Russian term "
                                        f"{entry.term!r}, not a form of it: every {variant!r} in the texts "
                                        "would be linked to this entry; give it in the definition",
                                        "glossary-gloss"))
    return problems


def load_glossary(folder: Path, bib_keys: set[str] | None = None) -> tuple[list[GlossaryEntry], list[Problem]]:
    """Read every entry of *folder* and check them against each other.

    :param bib_keys: the keys of the bibliography, to check ``sources`` and
        the citations of the body (as written); ``None`` skips that check
    :return: the entries (sorted by term) and every problem found
    """
    entries: list[GlossaryEntry] = []
    problems: list[Problem] = []
    # every entry file, also one refused for a problem of its own (reported at its own line):
    # the entries that name it as related are not wrong
    slugs: set[str] = set()
    for path in sorted(folder.glob("*")):
        if path.name == "README.md":
            continue
        bad = _not_an_entry(path)
        if bad:
            problems.append(bad)
            continue
        slugs.add(path.stem)
        entry, found = read_entry(path)
        problems += found
        if entry is not None:
            entries.append(entry)
    problems += duplicate_terms(entries)
    for entry in entries:
        for related in entry.related:
            if related not in slugs:
                problems.append(Problem(entry.path, entry.lines.get("related"),
                                        f"related entry {related!r} does not exist (no {related}.md)",
                                        "glossary-related"))
        if bib_keys is not None:
            problems += unknown_sources(entry, bib_keys)
    entries.sort(key=lambda e: term_order(e.term))
    return entries, problems


def _not_an_entry(path: Path) -> Problem | None:
    """Why *path*, in the glossary's folder, is not read as an entry; ``None`` if it is one."""
    if path.is_dir() and not path.is_symlink():
        return Problem(str(path), None, f"entries are files in {path.parent.as_posix()}/ itself; the build does "
                       "not read folders inside it", "glossary-filename")
    bad = unreadable(path, "glossary-filename")
    if bad:
        return bad
    if path.name.startswith((".", "_")):
        return Problem(str(path), None, "the build skips files whose names begin with '.' or '_'; "
                       "name the file after its term", "glossary-filename")
    if path.suffix != ".md":
        return Problem(str(path), None, "glossary entries are .md files", "glossary-filename")
    return None


def duplicate_terms(entries: list[GlossaryEntry]) -> list[Problem]:
    """Two entries with the same term or variant (letters that look alike count as the same, see
    :func:`~edition.data.scripts.skeletons`): reported in both files, since either may be the contribution."""
    problems: list[Problem] = []
    seen: dict[str, GlossaryEntry] = {}
    for entry in entries:
        for form in entry.forms:
            keys = skeletons(form)
            other = next((seen[k] for k in keys if k in seen and seen[k].slug != entry.slug), None)
            if other is not None:
                # reported in both files: either may be the contribution
                twin = next((f for f in other.forms if skeletons(f) & keys), form)
                for here, name, there, their in ((entry, form, other, twin), (other, twin, entry, form)):
                    field = "term" if name == here.term else "variants"
                    problems.append(Problem(here.path, here.lines.get(field),
                                            f"{name!r} is the same term as {there.path}'s {their!r} "
                                            "(letters that look alike count as the same)", "glossary-duplicate"))
            for key in keys:
                seen.setdefault(key, entry)
    return problems


def unknown_sources(entry: GlossaryEntry, bib_keys: set[str]) -> list[Problem]:
    """The keys of *entry*'s ``sources`` and of the citations in its body that are not in *bib_keys*."""
    problems: list[Problem] = []
    body_keys = [r.target for r in entry.references if r.role.startswith("cite")]
    for key in [*entry.sources, *body_keys]:
        if key not in bib_keys:
            # keys are matched as written, as sphinxcontrib-bibtex matches them
            near = next((k for k in bib_keys if k.lower() == key.lower()), None)
            hint = f" (did you mean {near!r}?)" if near else ""
            line = entry.lines.get("sources") if key in entry.sources else next(
                (r.line for r in entry.references if r.target == key), entry.lines.get("body"))
            problems.append(Problem(entry.path, line, f"source {key!r} is not in docs/references.bib{hint}",
                                    "glossary-source"))
    return problems


#: the template's definition, and the words of its body, that a contributor replaces (:func:`_template_problems`)
TEMPLATE_DEFINITION = f"One sentence, at most {MAX_DEFINITION_WORDS} words, saying what the term means."
TEMPLATE_BODY = ("The full entry: what the term means, where it comes from", "how this text uses the term.")
TEMPLATE = """\
---
term: {term}
variants: []          # other spellings, plural and adjectival forms, transliterations
{cyrillic}definition: >-
  One sentence, at most {words} words, saying what the term means.
related: []           # file names (without .md) of related entries
sources: []           # keys of docs/references.bib; at least one
---
The full entry: what the term means, where it comes from, and how the
traditions represented in the edition use it, each statement backed by a
source cited as {{cite:p}}`key`.

## In these texts

- {{doc}}`/texts/ID`: how this text uses the term.
"""


def new_entry(folder: Path, term: str) -> Path:
    """Write a new entry file for *term* from the template.

    :raises EditionError: if the entry exists already
    """
    slug = slugify_term(term)
    if not slug:
        raise EditionError(f"cannot make a file name from {term!r}")
    path = folder / f"{slug}.md"
    if path.exists():
        raise EditionError("the entry exists already; edit it instead", path, 1)
    # the term another entry gives already, as its term or a variant (letters that look alike the same):
    # what the check would refuse as a duplicate (:func:`duplicate_terms`), said before the file is written
    keys = skeletons(one_line(term))
    entries, _ = load_glossary(folder) if folder.is_dir() else ([], [])
    for entry in entries:
        if twin := next((form for form in entry.forms if skeletons(form) & keys), None):
            raise EditionError(f"{term!r} is already {entry.path}'s {'term' if twin == entry.term else 'variant'} "
                               f"{twin!r}; edit that entry instead", entry.path, entry.lines.get("term"))
    cyrillic = "cyrillic: \"\"          # the Russian original, for Russian terms; else delete this line\n"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(term=_yaml_str(term), cyrillic=cyrillic, words=MAX_DEFINITION_WORDS),
                    encoding="utf-8")
    return path


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
