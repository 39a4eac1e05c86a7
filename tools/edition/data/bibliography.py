"""The bibliography (``docs/references.bib``) and every place that cites it.

The file parses with pybtex, each entry has the fields its type requires
(:data:`REQUIRED_FIELDS`), no key is defined twice, the fields hold only
safe LaTeX and http(s) addresses, every cited key exists, and every entry is
cited somewhere. Citations are looked for in the editors' data
(``seeds/editorial/*.toml``), in the manifest (each witness's ``bibkey``), in
the indexes and in the hand-written MyST pages of ``docs/``
(:func:`gather_citations`). ``edition check`` (:mod:`edition.check`) and the
build (:mod:`edition.sphinxext.witnesses`) both judge the file with
:func:`check_bibliography_data`. Tested in tests/test_citations.py and
tests/test_hostile.py.

Every problem is reported as ``FILE:LINE: message [code]``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import Problem, read_toml, unreadable
from ..files import write_whole

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


class Citing(NamedTuple):
    """A place that cites a key."""

    key: str
    path: str
    line: int | None


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def keys_in_role(content: str) -> list[str]:
    """The keys of a ``{cite}`` role's content: ``{see}a,b{p. 3}`` → ``[a, b]``, read as
    sphinxcontrib-bibtex reads them (:func:`edition.data.markup.citation_targets`); content it
    cannot read is returned whole, to be reported as a key the bibliography does not have."""
    from .markup import citation_targets

    cited = citation_targets(content)
    if cited is None:
        return [" ".join(content.split())]
    return [t.key for t in cited]


def citations_in_myst(path: Path) -> list[Citing]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []  # reported by check_pages
    out = []
    for m in ROLE_RE.finditer(text):
        for key in keys_in_role(m.group(1)):
            out.append(Citing(key, str(path), line_at(text, m.start())))
    return out


def citations_in_toml(path: Path, table: str, field: str) -> list[Citing]:
    """Keys named by *field* in the ``[[table]]`` tables of a TOML file (with lines)."""
    try:
        text = path.read_text(encoding="utf-8")
        data = read_toml(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []  # reported by the file's own loader
    out = []
    rows = data.get(table, [])
    if isinstance(rows, dict):
        rows = [rows]
    starts = [m.start() for m in re.finditer(rf"^\s*\[\[{re.escape(table)}\]\]", text, re.M)]
    if not isinstance(rows, list):
        return []  # reported by the file's own loader
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []  # reported by the file's own loader
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


def check_bibliography_data(bib: Path, citing: Iterable[Citing]) -> tuple[list[Problem], Any]:
    """Validate *bib* against the places that cite it; return the problems and what pybtex read.

    :return: the problems, and the ``BibliographyData`` parsed (strictly), or
        ``None`` if the file could not be parsed
    """
    path = str(bib)
    text, bad = _read_bib(bib)
    if text is None:
        return bad, None
    stray = _stray_only(path, text)
    unprintable = _unprintable_in_bib(path, text)
    if stray:
        # pybtex, LaTeX and the browser read lines and blanks differently around these: nothing
        # else of the file can be judged as the outputs would read it
        return stray + unprintable, None
    lines = entry_lines(text)
    problems = unprintable + duplicate_keys(path, lines)
    data, failure = _parse_strictly(path, text, problems)
    if data is None:
        return failure, None
    kinds, incomplete = check_entry_types(path, data, lines)
    problems += kinds
    problems += check_preamble(path, text, data)
    for key, entry in data.entries.items():
        line = lines.get(key, [None])[0]
        people = {role: "; ".join(str(p) for p in persons) for role, persons in entry.persons.items()}
        problems += check_fields(path, text, line, key, {**entry.fields, **people})
    problems += check_styles(path, data, lines, incomplete)
    problems += check_cited(path, data, citing, lines)
    return problems, data


#: the entries the bibliography's style has printed, by :func:`entry_digest`, kept in the user's
#: cache folder: a build or ``edition check`` formats again only an entry it has not printed before
PRINTED_CACHE = "bibliography-printed.json"
#: more digests than this and the cache starts again (entries edited many times over)
PRINTED_CACHE_LIMIT = 5000


def check_styles(path: str, data, lines: dict[str, list[int]], incomplete: set[str]) -> list[Problem]:
    """:func:`check_style` for every complete entry of *data* not printed before (:data:`PRINTED_CACHE`).

    An entry is known by a digest of everything the style reads from it and
    of pybtex's version, so an edited entry or another pybtex is printed
    again. The cache can only spare work: an entry it wrongly vouched for
    would still stop the build where the style fails, on the bibliography's page.
    """
    from importlib.metadata import version

    from ..witness.lexicon import cache_folder

    pybtex = version("pybtex")  # once: each lookup scans the installed distributions
    cache = cache_folder() / PRINTED_CACHE
    printed = _read_printed(cache)
    problems: list[Problem] = []
    new = set()
    for key, entry in data.entries.items():
        if key in incomplete:
            continue
        digest = entry_digest(entry, pybtex)
        if digest in printed:
            continue
        found = check_style(path, lines.get(key, [None])[0], key, entry)
        problems += found
        if not found:
            new.add(digest)
    if new:
        kept = printed | new if len(printed) + len(new) <= PRINTED_CACHE_LIMIT else new
        try:
            write_whole(cache, json.dumps(sorted(kept)) + "\n")
        except OSError:
            pass  # no cache folder: the next run prints them again
    return problems


def entry_digest(entry, pybtex: str) -> str:
    """A digest of what the style reads from *entry* (its type, fields and persons) and of *pybtex*, the version."""
    record = [pybtex, entry.type.lower(), sorted((k.lower(), v) for k, v in entry.fields.items()),
              sorted((role.lower(), [str(p) for p in persons]) for role, persons in entry.persons.items())]
    return hashlib.sha256(json.dumps(record, ensure_ascii=False).encode("utf-8")).hexdigest()


def _read_printed(cache: Path) -> set[str]:
    try:
        found = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {item for item in found if isinstance(item, str)} if isinstance(found, list) else set()


def _read_bib(bib: Path) -> tuple[str | None, list[Problem]]:
    """The text of *bib*, or ``None`` and the problem that kept it from being read."""
    path = str(bib)
    bad = unreadable(bib, "bib-missing")
    if bad:
        return None, [bad]
    try:
        return bib.read_text(encoding="utf-8"), []
    except UnicodeDecodeError as err:
        line = bib.read_bytes()[: err.start].count(b"\n") + 1
        return None, [Problem(path, line, f"not UTF-8 ({err.reason}); save the file as UTF-8", "bib-encoding")]
    except OSError as err:
        return None, [Problem(path, None, f"cannot read: {err.strerror}", "bib-missing")]


def duplicate_keys(path: str, lines: dict[str, list[int]]) -> list[Problem]:
    """A problem for each key defined again after its first definition (*lines*: :func:`entry_lines`)."""
    return [
        Problem(path, line, f"duplicate key {key!r} (first defined on line {where[0]})", "bib-duplicate")
        for key, where in lines.items()
        for line in where[1:]
    ]


def _parse_strictly(path: str, text: str, problems: list[Problem]) -> tuple[Any, list[Problem]]:
    """Parse *text* with pybtex in strict mode: ``(data, [])``, or ``(None, what to report)``.

    *problems* are those found before parsing (:func:`duplicate_keys`): pybtex's own complaint
    about a duplicate key says nothing they do not.
    """
    import pybtex.errors
    from pybtex.database import BibliographyDataError
    from pybtex.database.input.bibtex import Parser
    from pybtex.scanner import PybtexError, PybtexSyntaxError

    pybtex.errors.set_strict_mode(True)
    try:
        return Parser().parse_string(text), []
    except PybtexSyntaxError as err:
        return None, problems + [Problem(path, getattr(err, "lineno", None), f"syntax error: {err}", "bib-syntax")]
    except BibliographyDataError as err:
        if problems:
            return None, problems
        return None, [Problem(path, None, str(err), "bib-data")]
    except PybtexError as err:
        return None, problems + [Problem(path, None, str(err), "bib-data")]
    finally:
        pybtex.errors.set_strict_mode(False)


def check_entry_types(path: str, data: Any, lines: dict[str, list[int]]) -> tuple[list[Problem], set[str]]:
    """Each entry's type is known and it has the fields that type requires (:data:`REQUIRED_FIELDS`).

    :return: the problems, and the keys of the entries said to lack a field or to have an
        unknown type (the style's complaint about them would say it again)
    """
    problems: list[Problem] = []
    incomplete: set[str] = set()
    for key, entry in data.entries.items():
        line = lines.get(key, [None])[0]
        kind = entry.type.lower()
        required = REQUIRED_FIELDS.get(kind)
        if required is None:
            problems.append(Problem(path, line, f"entry {key!r} has an unknown type @{entry.type}", "bib-type"))
            incomplete.add(key)
            continue
        present = {f.lower() for f in entry.fields} | {r.lower() for r in entry.persons}
        for options in required:
            if not present & set(options):
                problems.append(Problem(path, line, f"@{kind} {key!r} lacks {' or '.join(options)}",
                                        "bib-missing-field"))
                incomplete.add(key)
    return problems, incomplete


#: what :func:`stray_in_bib` says the characters it refuses are judged as (in messages)
BIB_TEXT = "the bibliography"


def stray_in_bib(path: str, text: str) -> list[Problem]:
    """The characters no field, name or key of the bibliography may hold: those refused in any
    contributed text (:func:`edition.data.markup.stray_characters`: line separators but the line
    feed, control characters, invisible format characters such as direction overrides and
    zero-width spaces, and the other default-ignorable characters), each named at its line of the
    file. The whole file is read, so that nothing of it reaches the HTML or the PDF unseen."""
    return _stray_only(path, text) + _unprintable_in_bib(path, text)


def _stray_only(path: str, text: str) -> list[Problem]:
    """The characters of :func:`stray_in_bib` that change how the file is read (nothing else of it can be
    judged as the outputs read it while one stands)."""
    from .markup import Profile, stray_characters

    return [problem._replace(code="bib-character") for problem in stray_characters(text, path, 1, Profile(BIB_TEXT))]


def _unprintable_in_bib(path: str, text: str) -> list[Problem]:
    """The characters of :func:`stray_in_bib` the printed edition's faces lack: refused, the rest of the file
    judged all the same (an address in such letters is named for its own fault too)."""
    from .markup import Profile, unprintable_characters

    return [problem._replace(code="bib-character")
            for problem in unprintable_characters(text, path, 1, Profile(BIB_TEXT))]


def check_preamble(path: str, text: str, data: Any) -> list[Problem]:
    """No ``@preamble``: it is LaTeX that every output would run."""
    if not (data.preamble_list if hasattr(data, "preamble_list") else data.preamble):
        return []
    m = re.search(r"(?im)^\s*@preamble\b", text)
    return [Problem(path, line_at(text, m.start()) if m else None,
                    "@preamble is not allowed: it is LaTeX that every output would run", "bib-latex")]


def check_cited(path: str, data: Any, citing: Iterable[Citing], lines: dict[str, list[int]]) -> list[Problem]:
    """Every key cited is defined, in the case it is written in, and every entry is cited somewhere."""
    problems: list[Problem] = []
    # keys as written: sphinxcontrib-bibtex does not find a key written in another case
    defined = {k.lower(): k for k in data.entries}
    cited = set()
    for c in citing:
        if c.key not in data.entries.keys() or defined.get(c.key.lower()) != c.key:
            near = defined.get(c.key.lower())
            hint = f" (it has {near!r})" if near else ""
            problems.append(Problem(c.path, c.line, f"cites {c.key!r}, which is not in {path}{hint}",
                                    "bib-unknown-key"))
        else:
            cited.add(c.key)
    for key in data.entries:
        if key not in cited:
            problems.append(Problem(path, lines.get(key, [None])[0], f"entry {key!r} is cited nowhere",
                                    "bib-uncited"))
    return problems


#: how a DOI is written (the DOI Handbook, 2.2): the directory prefix, a registrant code, a suffix
DOI_RE = re.compile(r"^10\.\d{4,9}/[^\s{}\\]+$")
#: LaTeX commands a field may use: accents, letters, escaped specials, emphasis (any other could run code)
LATEX_COMMANDS = frozenset("'`^\"~=.uvHcdbkrtijoOlL&%$#_{} -") | {
    "ae", "AE", "oe", "OE", "aa", "AA", "ss", "textendash", "textemdash", "textquoteleft", "textquoteright",
    "textquotedblleft", "textquotedblright", "dots", "ldots", "o", "O", "l", "L", "i", "j",
    "emph", "textit", "textbf", "textsc",  # emphasis in titles
}
LATEX_COMMAND_RE = re.compile(r"\\([A-Za-z]+|.)", re.S)


def check_fields(path: str, text: str, line: int | None, key: str, fields) -> list[Problem]:
    """The fields of one entry: addresses only http(s), DOIs well formed, LaTeX only from :data:`LATEX_COMMANDS`."""
    problems = []

    def at(name: str) -> int | None:
        if line is None:
            return None
        m = re.compile(rf"^\s*{re.escape(name)}\s*=", re.M | re.I).search(text, _offset_of_line(text, line))
        return line_at(text, m.start()) if m else line

    for name, value in fields.items():
        problems += _latex_in_field(path, key, name, value, at)
        problems += _addresses_in_field(path, key, name, value, at)
    return problems


def _latex_in_field(path: str, key: str, name: str, value: str,
                    at: Callable[[str], int | None]) -> list[Problem]:
    """TeX's ``^^`` notation, and LaTeX commands not in :data:`LATEX_COMMANDS`, in field *name* of entry *key*."""
    problems = []
    if "^^" in value:
        problems.append(Problem(path, at(name), f"entry {key!r}: TeX's ^^ notation in {name} is not allowed",
                                "bib-latex"))
    for m in LATEX_COMMAND_RE.finditer(value):
        if m.group(1) not in LATEX_COMMANDS:
            problems.append(Problem(path, at(name), f"entry {key!r}: the LaTeX command \\{m.group(1)} in "
                                    f"{name} is not allowed (accents, letters and escaped characters only)",
                                    "bib-latex"))
    return problems


def _addresses_in_field(path: str, key: str, name: str, value: str,
                        at: Callable[[str], int | None]) -> list[Problem]:
    """A well-formed DOI in ``doi``; in ``url`` one address that :func:`.weblinks.address_refusal`
    allows, as the field is written (the style links to it verbatim); in any other field only
    addresses it allows (:func:`addresses_in_text`)."""
    from .weblinks import address_refusal

    lower = name.lower()
    if lower == "doi":
        bare = value.strip().removeprefix("https://doi.org/").removeprefix("doi:")
        if not DOI_RE.match(bare):
            return [Problem(path, at(name), f"entry {key!r}: {value!r} is not a DOI (10.NNNN/…)", "bib-url")]
        return []
    if lower == "url":
        # pybtex's styles print the field raw (``field('url', raw=True)``) as the link's address: it is
        # judged as it is, TeX's escapes unread (``a\_b`` links to ``a\_b``, which a browser reads as ``a/_b``)
        why = address_refusal(value)
        if why is None:
            return []
        # how the field is read, where a TeX escape, a \url{} or a line break is the likely cause
        hint = URL_HINT if "\\" in value or re.search(r"\s", value) else ""
        return [Problem(path, at(name), f"entry {key!r}: the url {value[:60]!r} {why}{hint}", "bib-url")]
    # as written, and as printed: TeX's braces and escapes read (``ht{}tp://127.0.0.1/`` prints an address)
    found = dict.fromkeys([*addresses_in_text(value), *addresses_in_text(printed_text(value))])
    return [
        Problem(path, at(name), f"entry {key!r}: {name} may hold only http: or https: addresses of a "
                f"site's public name; {address[:60]!r} {why}", "bib-url")
        for address in found
        for why in [address_refusal(address)] if why is not None
    ]


def printed_text(value: str) -> str:
    """A field printed as text (a ``note``, ``howpublished``) as the bibliography's pages print it:
    read as LaTeX by pybtex (``Text.from_latex``: braces dropped, escapes and accents decoded with
    latexcodec), as its style and pybtex-docutils render it into the HTML and, through docutils'
    nodes, the PDF. What a reader sees is what is judged; a field pybtex cannot read is judged as
    written only (the style check refuses it). Read only where the reading can make an address the
    field does not hold as written (pybtex's reading is slow: a second for a few dozen fields): an
    address needs a ``:`` and a ``/``, which no allowed command prints (:data:`LATEX_COMMANDS`), and
    the reading changes the text only at braces, backslashes, comments (``%``) and ties (``~``).

    Each value is read once (remembered), and rendered with pybtex's plain-text backend looked up
    once: ``render_as("text")`` looks the backend up among the installed packages' entry points at
    every call, as the build's compat workaround (:mod:`edition.sphinxext.compat.pybtex`) avoids."""
    if ":" not in value or "/" not in value or not any(char in value for char in "{}\\%~"):
        return value
    return _printed_text(value)


@functools.lru_cache(maxsize=4096)
def _printed_text(value: str) -> str:
    from pybtex.richtext import Text

    try:
        return str(Text.from_latex(value).render(_plain_text_backend()))
    except Exception:  # noqa: BLE001  (pybtex's errors have no common base)
        return value


@functools.lru_cache(maxsize=1)
def _plain_text_backend():
    """pybtex's ``text`` backend (``pybtex.backends.plaintext``), as ``render_as("text")`` finds it, found once."""
    import pybtex.plugin

    return pybtex.plugin.find_plugin("pybtex.backends", "text")()


#: said after a refused ``url``: how the field is read
URL_HINT = (" (a url is read verbatim, as biblatex reads it: write '_', '%', '&', '#' and '~' without a "
            "backslash and without \\url{}, and the address on one line: a line break is read as a space)")
#: an address written into a field of text: ``\url{…}``, a scheme followed by a slash or a backslash
#: (``ftp://``, ``http:/``, ``http:\\``), or ``http:``/``https:`` followed by anything
ADDRESS_IN_TEXT_RE = re.compile(
    r"\\url\{(?P<url>[^}]*)\}"
    r"|(?<![\w.+-])(?P<text>[A-Za-z][\w+.-]*:\s*[/\\]\S*|(?i:https?):\S+)")


def addresses_in_text(value: str) -> list[str]:
    """The addresses written into a field printed as text (a ``note``, ``howpublished``), as a
    reader would copy them: without the punctuation and braces that close a sentence after them."""
    found = []
    for m in ADDRESS_IN_TEXT_RE.finditer(value):
        if m.group("url") is not None:
            found.append(m.group("url"))
        else:
            found.append(m.group("text").rstrip(".,;:!?)]}'\"\u2019\u201d"))
    return found


def check_style(path: str, line: int | None, key: str, entry) -> list[Problem]:
    """Whether the bibliography's style can print *entry*: the build fails on one it cannot,
    at the page of the bibliography, so the check says so at the entry's line."""
    from pybtex.plugin import find_plugin

    style = _plain_style(find_plugin)
    try:
        style.format_entry(key, entry)
    except Exception as err:  # noqa: BLE001  (pybtex's errors have no common base)
        return [Problem(path, line, f"entry {key!r} cannot be printed by the bibliography's style ({err}); "
                        "give it the fields its type needs", "bib-style")]
    return []


def _plain_style(find_plugin):
    global _STYLE
    if _STYLE is None:
        _STYLE = find_plugin("pybtex.style.formatting", "plain")()
    return _STYLE


_STYLE = None


def _offset_of_line(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
    return offset


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
    from .targets import generated_source

    for path in sorted(docs.rglob("*.md")):
        if not generated_source(path.relative_to(docs).as_posix()):
            out += citations_in_myst(path)
    return out


def bib_keys(bib: Path) -> set[str] | None:
    """The keys of a .bib file, as written (``None`` if it cannot be read)."""
    try:
        return set(entry_lines(bib.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return None


def bib_fingerprint(paths) -> str:
    """A digest of the .bib files *paths* (their names and bytes)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode("utf-8") + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"(unreadable)")
    return digest.hexdigest()
