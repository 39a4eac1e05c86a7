"""The pipeline: every witness through every stage, to every source the build reads.

::

    witness (edition.witness) ──┐
                                ├─ convert ─ link (edition.linking) ─┬─ writers (MyST, TEI, plain text)
    editors' data (edition.data)┘    (parallels placed)              └─ site pages (edition.site)

:func:`edit` takes one witness through it (``edition convert``);
:func:`outputs` takes the whole edition, with the glossary, the indexes and
the parallel passages, and returns every file it makes with its content:
``edition sync`` writes them (:mod:`edition.sync`), the build runs that sync
before Sphinx reads anything (:mod:`edition.sphinxext.witnesses`), and
``edition check`` resolves the references of contributed text against them
(:func:`edition.check.check_references`). Both go through :func:`link`, so a
text is linked the same way wherever it is converted.

Tested in tests/test_outputs.py, tests/test_cli.py and tests/test_indexes.py.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib.util
import json
import os
import pickle
import secrets
import stat
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from .convert import convert, report
from .data.apparatus import EditorialData, load_editorial, stray_files
from .data.manifest import Manifest, verify_witnesses
from .errors import EditionError, Problem
from .files import write_whole
from .linking.terms import TermMatcher, Usage, link_terms
from .model import MANY_PARTS, Edition, ParallelLink, ParallelPassage
from .witness.lexicon import cache_folder
from .witness.reading import Witness, read_witness
from .writers.myst import render

if TYPE_CHECKING:
    from .data.config import EditionConfig

# What only :func:`outputs` needs (the site's pages, the TEI, the indexes) is imported there:
# `edition convert` goes through :func:`edit` alone, and starts in less time without them.


class Output(NamedTuple):
    """A file the pipeline makes."""

    #: where it goes (under ``docs/``)
    path: Path
    #: what it holds
    content: str


class Linked(NamedTuple):
    """A text with its glossary terms linked, and what was found in it."""

    #: the text, its terms linked
    edition: Edition
    #: each use of a glossary term (:class:`~edition.linking.terms.Usage`)
    usages: list[Usage]
    #: each mention of a name of the indexes (never linked in the text)
    mentions: list[Usage]


#: where the templates of the site's pages are, under ``docs/`` (:mod:`edition.site`)
SITE_TEMPLATES = Path("_templates") / "site"


def link(edition: Edition, terms: TermMatcher | None = None, names: TermMatcher | None = None) -> Linked:
    """Find the index's *names* in *edition* (never linked), then link the glossary's *terms*."""
    mentions = link_terms(edition, names, link=False)[1] if names is not None else []
    usages: list[Usage] = []
    if terms is not None:
        edition, usages = link_terms(edition, terms)
    return Linked(edition, usages, mentions)


def edit(witness: Witness, record: dict | None = None, editorial: EditorialData | None = None,
         terms: TermMatcher | None = None) -> Linked:
    """One witness through the pipeline: converted (:func:`edition.convert.convert`), its terms linked (:func:`link`).

    :param record: its manifest record, if it has one
    :param editorial: the editors' data for it
    :param terms: the glossary's terms, to link
    """
    return link(convert(witness, record, editorial), terms)


def editions(manifest: Manifest, cache: Path | None = None, key: str | None = None) -> list[tuple[Edition, str]]:
    """Convert every witness of the manifest (after checking its integrity).

    :param cache: a file to keep the editions in, reused while the manifest's
        folder (witnesses, editorial data) and this package are unchanged: a
        change to the glossary alone then converts nothing again
    :param key: the digest of that folder and this package, if already made (:func:`files_digest`)
    :return: each edition with its witness text
    """
    def make() -> list[tuple[Edition, str]]:
        verify_witnesses(manifest)
        out = []
        for record in manifest.witnesses:
            witness = read_witness(manifest.witness_path(record))
            path = manifest.editorial_path(record)
            editorial = load_editorial(path, witness.text)
            try:
                out.append((convert(witness, record, editorial), witness.text))
            except EditionError as err:
                if err.path is not None:
                    raise
                raise EditionError(err.message, path, err.line) from None  # the editors' data, at its line
        return out

    if cache and key is None:
        key = files_digest([manifest.folder])
    return cached(cache, key or "", make)


def cache_secret() -> bytes | None:
    """The key that signs this machine's caches, kept outside the repository (``None``: no caches).

    The caches sit in ``docs/_generated/``, where a pull request could put a
    file of its own; a cache is trusted, and unpickled, only if it carries
    the signature of a key that no pull request can know: made at random on
    first use, in ``$EDITION_CACHE`` or the user's cache folder, readable by
    the user alone.
    """
    path = cache_folder() / "cache-secret"
    secret = _read_secret(path)
    if secret is not None:
        return secret
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists():
            path.unlink()  # a link, or a key that will not do: replaced, never written through
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
    except FileExistsError:
        pass  # another run made it meanwhile
    except OSError:
        return None
    return _read_secret(path)


def _read_secret(path: Path) -> bytes | None:
    """The key at *path* if it is a regular file (not a link), the user's alone, of 32 bytes or more."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        status = os.fstat(f.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_mode & 0o077 or status.st_uid != os.getuid():
            return None
        secret = f.read(4096)
    return secret if len(secret) >= 32 else None


def signature(secret: bytes, data: bytes) -> bytes:
    """The HMAC-SHA256 of *data* under this machine's *secret*."""
    return hmac.new(secret, data, hashlib.sha256).digest()


#: beside the whole-edition files (``docs/_generated/downloads/``), the record of those this machine's
#: full build placed there, signed: a file a pull request commits there is never offered as the edition's
PLACED_RECORD = ".placed.json"


def _placed_signature(secret: bytes, files: dict) -> str:
    return signature(secret, json.dumps(files, sort_keys=True).encode("utf-8")).hex()


def place_edition_files(downloads: Path, made: list[Path]) -> None:
    """Copy the whole-edition files the full build *made* (the PDF, the EPUB) into *downloads*, and record
    their digests there, signed with this machine's key (:func:`placed_edition_files`)."""
    from .site.downloads import EDITION_FILES

    secret = cache_secret()
    if secret is None:
        raise EditionError("no key to sign the edition's files with: the cache folder cannot be written",
                           str(cache_folder()))
    downloads.mkdir(parents=True, exist_ok=True)
    files = {}
    for path in made:
        if path.name not in EDITION_FILES:
            raise EditionError(f"not one of the edition's files ({', '.join(EDITION_FILES)})", str(path))
        if not path.is_file() or path.is_symlink():
            raise EditionError("no such file (build the PDF and the EPUB first: nox -s all)", str(path))
        data = path.read_bytes()
        write_whole(downloads / path.name, data)
        files[path.name] = hashlib.sha256(data).hexdigest()
    record = {"files": files, "signature": _placed_signature(secret, files)}
    write_whole(downloads / PLACED_RECORD, json.dumps(record, indent=1) + "\n")


def placed_edition_files(downloads: Path) -> set[str]:
    """The names of the whole-edition files in *downloads* that this machine's full build placed there,
    each as it placed it (:func:`place_edition_files`); none where the record is missing, is not this
    machine's, or another file stands in a file's place."""
    secret = cache_secret()
    try:
        record = json.loads((downloads / PLACED_RECORD).read_text(encoding="utf-8"))
        files = record["files"]
        signed = hmac.compare_digest(str(record["signature"]), _placed_signature(secret, files)) if secret else False
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    if not signed or not isinstance(files, dict):
        return set()
    return {name for name, digest in files.items() if isinstance(name, str)
            and (downloads / name).is_file() and not (downloads / name).is_symlink()
            and hashlib.sha256((downloads / name).read_bytes()).hexdigest() == digest}


def cached(path: Path | None, key: str, make):
    """What ``make()`` returns, kept in the pickle *path* under *key* and reused while the key is the same.

    Without *path*, or without a :func:`cache_secret`, ``make()`` every time.
    The file is unpickled only if its signature is this machine's: a file
    that is not, or cannot be read, is made again (and replaced).
    """
    secret = cache_secret() if path is not None else None
    if path is not None and secret is not None and path.is_file():
        try:
            data = path.read_bytes()
            mark, body = data[:32], data[32:]
            if hmac.compare_digest(mark, signature(secret, body)):
                kept = pickle.loads(body)
                if kept["key"] == key:
                    return kept["value"]
        except Exception:  # noqa: BLE001  (a cache that cannot be read is made again)
            pass
    value = make()
    if path is not None and secret is not None:
        body = pickle.dumps({"key": key, "value": value}, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            write_whole(path, signature(secret, body) + body)
        except OSError:
            pass  # a cache folder that cannot take it: the next run makes it again
    return value


class DataError(EditionError):
    """Problems in the editors' data files, all of them, one per line."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __str__(self) -> str:
        return self.message


class GlossaryError(DataError):
    """Problems in the glossary entries, all of them, one per line."""


def excerpt(pieces, quote: str, words: int = 45) -> str:
    """The paragraph's text around *quote*, at most about *words* words."""
    text = " ".join("".join(p.shown for p in pieces).split())
    tokens = text.split()
    if len(tokens) <= words:
        return text
    flat = " ".join(quote.split())
    at = len(text[: max(text.find(flat), 0)].split())
    start = max(0, min(at - words // 3, len(tokens) - words))
    return ("… " if start else "") + " ".join(tokens[start:start + words]) + (
        " …" if start + words < len(tokens) else "")


def place_parallels(converted, themes, manifest: Manifest):
    """Find the paragraph of each parallel passage, and link the passages to each other.

    :return: the editions with their links, where each passage is, and the problems
    """
    problems = []
    located = {}
    by_text = {ed.id: (ed, text) for ed, text in converted}
    sigla = {r["id"]: r["siglum"] for r in manifest.witnesses}
    for theme in themes:
        for i, passage in enumerate(theme.passages):
            edition, witness_text = by_text[passage.text]
            count = witness_text.count(passage.quote)
            block = None
            if count == 1:
                offset = witness_text.index(passage.quote)
                block = next((b for b in edition.blocks if b.number and b.start <= offset < b.end), None)
            if block is None:
                why = "is not in the running text" if count == 1 else f"occurs {count} times (it must occur once)"
                problems.append(Problem(theme.path, passage.line, f"quote {passage.quote!r} of {passage.text} {why}",
                                        "parallel-quote"))
                continue
            pieces = [p for part in block.parts for p in part]
            located[(theme.id, i)] = (passage.text, block.number, excerpt(pieces, passage.quote))
    links: dict[tuple[str, int], list[ParallelLink]] = {}
    for theme in themes:
        here = [(located[(theme.id, i)][:2]) for i in range(len(theme.passages)) if (theme.id, i) in located]
        for text_id, number in dict.fromkeys(here):
            others = tuple(ParallelPassage(f"{sigla[t]} ¶ {n}", f"texts/{t}#{n}")
                           for t, n in dict.fromkeys(here) if (t, n) != (text_id, number))
            if others:
                links.setdefault((text_id, number), []).append(ParallelLink(theme.id, theme.title, others))
    out = []
    for edition, _ in converted:
        blocks = []
        for block in edition.blocks:
            extra = links.get((edition.id, block.number), [])
            if extra and block.kind in MANY_PARTS:
                block = replace(block, pieces=block.pieces[:-1] + [block.pieces[-1] + extra])
            elif extra:
                block = replace(block, pieces=block.pieces + extra)
            blocks.append(block)
        out.append(replace(edition, blocks=blocks))
    return out, located, problems


def outputs(manifest: Manifest, docs: Path, cache: bool = False, config: EditionConfig | None = None) -> list[Output]:
    """Everything ``sync`` writes, with its content.

    :param cache: keep the conversions of the witnesses in ``docs/_generated/`` (:func:`editions`)
    :param config: the folders of the glossary and the indexes (``conf.py``'s; the defaults without)
    :raises GlossaryError: for problems in the glossary's entries
    :raises DataError: for problems in the indexes, the parallels or the editorial files
    """
    from .data.config import EditionConfig
    from .data.glossary import GLOSSARY_PAGES, glossary_letter, load_glossary
    from .data.indexes import INDEXES, load_indexes, load_parallels
    from .site.downloads import downloads_page, release
    from .site.glossary import render_glossary
    from .site.indexes import render_index
    from .site.parallels import render_parallels
    from .site.texts import texts_page
    from .writers.plaintext import to_plain_text
    from .writers.tei import SCHEMA, to_tei

    templates = docs / SITE_TEMPLATES if (docs / SITE_TEMPLATES).is_dir() else None  # else the repository's
    config = config or EditionConfig()
    entries, problems = load_glossary(config.glossary_path(docs))
    if problems:
        raise GlossaryError(problems)
    index_entries, problems = load_indexes(config.indexes_path(docs))
    seeds = files_digest([manifest.folder]) if cache else ""
    converted = editions(manifest, docs / EDITIONS_CACHE if cache else None, seeds)
    parallels = config.indexes_path(docs) / "parallels.toml"
    themes, more = load_parallels(parallels, {ed.id for ed, _ in converted})
    linked, located, placed = place_parallels(converted, themes, manifest)
    stray = stray_files(manifest.folder / "editorial", [manifest.editorial_path(r) for r in manifest.witnesses])
    if problems or more or placed or stray:
        raise DataError(problems + more + placed + stray)
    glossary_forms = [(form, e.slug) for e in entries for form in e.forms]
    index_forms = [(form, e.slug) for e in index_entries for form in e.forms]

    def link_all() -> tuple[list[Edition], list, list]:
        matcher, names = TermMatcher(forms=glossary_forms), TermMatcher(forms=index_forms)
        finished, usages, mentions = [], [], []
        for edition in linked:
            done = link(edition, matcher, names)
            mentions += done.mentions
            usages += done.usages
            finished.append(done.edition)
        return finished, usages, mentions

    # linking depends on the texts and the forms of the terms and names, not on the definitions
    key = ""
    if cache:
        data = [seeds, content_digest(parallels), glossary_forms, index_forms]
        key = hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()
    finished, usages, mentions = cached(docs / LINKED_CACHE if cache else None, key, link_all)
    result = []
    titles = {}
    sigla = {r["id"]: r["siglum"] for r in manifest.witnesses}
    for record, edition in zip(manifest.witnesses, finished, strict=True):
        titles[edition.id] = f"[{edition.title}]" if edition.title_editorial else edition.title
        result.append(Output(docs / "texts" / f"{edition.id}.md", render(edition, record["siglum"])))
        apparatus = report(edition)
        apparatus["source"] = f"seeds/{record['file']}"
        result.append(
            Output(
                docs / "texts" / f"{edition.id}.apparatus.json",
                json.dumps(apparatus, ensure_ascii=False, indent=1) + "\n",
            )
        )
    result.append(Output(docs / "_generated" / "texts.md", texts_page(manifest, templates)))
    entry_files = f"{docs.name}/{config.glossary_dir}"  # from the repository's root, as GitHub names them
    misplaced: list = []
    for name, page in render_glossary(entries, usages, titles, templates, entry_files, misplaced).items():
        result.append(Output(docs / name, page))
    if misplaced:
        raise GlossaryError(misplaced)
    for index, title in INDEXES.items():
        these = [e for e in index_entries if e.index == index]
        page = render_index(index, title, these, mentions, titles, sigla, templates)
        result.append(Output(docs / f"index-of-{index}.md", page))
    result.append(Output(docs / "parallels.md", render_parallels(themes, located, titles, sigla, templates)))
    downloads = docs / "_generated" / "downloads"
    term_pages = {e.slug: f"{GLOSSARY_PAGES}/{glossary_letter(e.term)[1]}.html" for e in entries}
    for record, edition in zip(manifest.witnesses, finished, strict=True):
        result.append(Output(downloads / f"{edition.id}.xml",
                             to_tei(edition, record, record["siglum"], release, glossary=term_pages)))
        result.append(Output(downloads / f"{edition.id}.txt", to_plain_text(edition, record)))
    result.append(Output(downloads / "edition-tei.rng", SCHEMA.read_text(encoding="utf-8")))
    placed = placed_edition_files(downloads)
    result.append(Output(docs / "downloads.md", downloads_page(manifest, titles, placed, templates)))
    return result


#: where :func:`outputs` keeps the conversions of the witnesses (for :func:`edition.sync.sync`) (:func:`editions`)
EDITIONS_CACHE = Path("_generated") / ".sync-editions.pickle"
#: where :func:`outputs` keeps the texts with their terms and names linked (:func:`outputs`)
LINKED_CACHE = Path("_generated") / ".sync-linked.pickle"


def files_digest(folders: list[Path], extra: str = "") -> str:
    """A digest of the files in *folders*, this package's files and the version of wordfreq."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"wordfreq {version('wordfreq')}\n{extra}".encode())
    for folder in [*folders, Path(__file__).parent]:
        _digest_folder(digest, folder)
    return digest.hexdigest()


def _digest_folder(digest, folder: Path) -> None:
    """Add to *digest* the name (from *folder*'s parent) and the SHA-256 of every file in *folder*.

    Nothing is followed or read through a symbolic link (a pull request may commit one, which
    the check and the build refuse after this): a link is known by what it says, and a file
    that cannot be read by that alone.
    """
    for path in sorted(folder.rglob("*")):
        if "__pycache__" in path.parts or not (path.is_symlink() or path.is_file()):
            continue
        digest.update(f"{path.relative_to(folder.parent)}\n".encode())
        digest.update(hashlib.sha256(_content_or_link(path)).digest())


def _content_or_link(path: Path) -> bytes:
    """The bytes of the file at *path*, or what a link there says (never what it points to)."""
    try:
        if path.is_symlink():
            return b"link " + os.readlink(path).encode("utf-8", "surrogateescape")
        return path.read_bytes()
    except OSError as err:
        return f"unreadable {err.errno}".encode()


def folder_digest(folder: Path) -> bytes:
    """The digest of the files in *folder* (their names from its parent, and their contents)."""
    digest = hashlib.sha256()
    _digest_folder(digest, folder)
    return digest.digest()


#: the packages whose code judges the editors' data besides this one (:mod:`edition.data.markup`,
#: the glossary's YAML, the look-alikes of names)
JUDGING_PACKAGES = ("markdown_it", "mdit_py_plugins", "myst_parser", "yaml", "_yaml", "confusable_homoglyphs")


@functools.cache
def judging_code() -> str:
    """A digest of the code that reads and judges the editors' data: Python's version, this package's files,
    and the installed copies of :data:`JUDGING_PACKAGES` (their path, size and time, found without importing
    them, as :func:`edition.witness.lexicon.lexicon_cache_path` finds wordfreq's list)."""
    digest = hashlib.sha256(f"{sys.version}\n".encode())
    for name in JUDGING_PACKAGES:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec and spec.origin else None
        try:
            status = origin.stat() if origin else None
        except OSError:
            status = None
        digest.update(f"{name}|{origin}|{status and status.st_size}|{status and status.st_mtime_ns}\n".encode())
    _digest_folder(digest, Path(__file__).parent)
    return digest.hexdigest()


#: how many judgements of each kind :func:`judged` keeps (the oldest are removed)
JUDGEMENTS_KEPT = 32

T = TypeVar("T")


def judged(kind: str, inputs: Iterable[bytes], judge: Callable[[], T]) -> T:
    """What ``judge()`` returns, the editors' data of *kind* read and judged from *inputs*, kept in the user's
    cache (:func:`~edition.witness.lexicon.cache_folder`) and reused while the inputs and :func:`judging_code`
    are the same: ``edition convert`` then spends its time on the texts, not on judging the same data again.

    Each judgement is a file of its own, named by its key (several checkouts, and the several texts of one
    run, do not replace each other's), signed as :func:`cached` signs; a judgement that raises is not kept.
    """
    digest = hashlib.sha256(f"{kind}\n{judging_code()}\n".encode())
    for data in inputs:
        digest.update(hashlib.sha256(data).digest())
    key = digest.hexdigest()
    folder = cache_folder() / "judged"

    def make() -> T:
        value = judge()
        kept = sorted(folder.glob(f"{kind}-*.pickle"), key=_modified, reverse=True)
        for old in kept[JUDGEMENTS_KEPT - 1:]:
            try:
                old.unlink()
            except OSError:
                pass
        return value

    return cached(folder / f"{kind}-{key[:32]}.pickle", key, make)


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def content_digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
