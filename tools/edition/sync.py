"""Regenerate the edition's MyST sources from the witnesses.

``docs/texts/<id>.md`` for each witness, ``docs/texts/<id>.apparatus.json``
with its apparatus as data, ``docs/_generated/texts.md`` (the cards and
table of contents of the landing page) and ``docs/glossary.md`` (the
glossary, from the entry files in ``docs/glossary/``, with where each term
is used). Files are written only when their content changes, so
that Sphinx re-reads only what changed; and when none of the inputs changed
since the last run (``docs/_generated/.sync-stamp.json`` records them), nothing
is regenerated at all.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .convert import convert, report
from .data.apparatus import load_editorial, stray_files
from .data.glossary import GLOSSARY_PAGES, glossary_letter, load_glossary
from .data.indexes import INDEXES, load_indexes, load_parallels
from .data.manifest import Manifest, load_manifest, verify_witnesses
from .errors import EditionError, Problem
from .linking.terms import TermMatcher, link_terms
from .model import Edition, ParallelLink, ParallelPassage
from .witness.reading import read_witness
from .writers.myst import escape, render, render_glossary, render_index, render_parallels
from .writers.tei import SCHEMA, to_plain_text, to_tei


class Output(NamedTuple):
    path: Path
    content: str


def year_of(value: str) -> str:
    return value[:4] if value[:4].isdigit() else value


def editions(manifest: Manifest, cache: Path | None = None, key: str | None = None) -> list[tuple[Edition, str]]:
    """Convert every witness of the manifest (after checking its integrity).

    :param cache: a file to keep the editions in, reused while the manifest's
        folder (witnesses, editorial data) and this package are unchanged: a
        change to the glossary alone then converts nothing again
    :param key: the digest of that folder and this package, if already made (:func:`_files_digest`)
    :return: each edition with its witness text
    """
    def make() -> list[tuple[Edition, str]]:
        verify_witnesses(manifest)
        out = []
        for record in manifest.witnesses:
            witness = read_witness(manifest.witness_path(record))
            editorial = load_editorial(manifest.editorial_path(record), witness.text)
            out.append((convert(witness, record, editorial), witness.text))
        return out

    if cache and key is None:
        key = _files_digest([manifest.folder])
    return cached(cache, key or "", make)


def cached(path: Path | None, key: str, make):
    """What ``make()`` returns, kept in the pickle *path* under *key* and reused while the key is the same.

    Without *path*, ``make()`` every time. A file that cannot be read is made again.
    """
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                kept = pickle.load(f)
            if kept["key"] == key:
                return kept["value"]
        except Exception:  # noqa: BLE001  (a cache that cannot be read is made again)
            pass
    value = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump({"key": key, "value": value}, f, protocol=pickle.HIGHEST_PROTOCOL)
    return value


class DataError(EditionError):
    """Problems in the editors' data files, all of them, one per line."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __str__(self) -> str:
        return self.message


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
            if extra and block.kind == "list":
                block = replace(block, pieces=block.pieces[:-1] + [block.pieces[-1] + extra])
            elif extra:
                block = replace(block, pieces=block.pieces + extra)
            blocks.append(block)
        out.append(replace(edition, blocks=blocks))
    return out, located, problems


def texts_page(manifest: Manifest) -> str:
    """The landing page's list of texts: cards in HTML, a table of contents for all."""
    lines = [
        "% Generated by `edition sync` from seeds/manifest.toml.",
        "",
        ":::::::{only} html",
        "::::::{grid} 1 1 2 2",
        ":gutter: 3",
        "",
    ]
    for rec in manifest.witnesses:
        title = f"[{rec['title']}]" if rec.get("title_editorial") else rec["title"]
        author = f"[{rec['author']}]" if rec.get("author_editorial") else rec["author"]
        lines += [
            f":::::{{grid-item-card}} {escape(title)}",
            f":link: text-{rec['id']}",
            ":link-type: ref",
            ":class-card: text-card",
            "",
            f"{escape(author)}, {escape(year_of(rec['written']))}",
            "",
            "::::{card-footer}",
            f"{escape(rec['tradition'])}",
            "::::",
            ":::::",
            "",
        ]
    lines += ["::::::", ":::::::", "", "```{toctree}", ":caption: The texts", ":maxdepth: 1", ":hidden:", ""]
    lines += [f"texts/{rec['id']}" for rec in manifest.witnesses]
    lines += ["```"]
    return "\n".join(lines) + "\n"


class GlossaryError(DataError):
    """Problems in the glossary entries, all of them, one per line."""


#: the edition's version, printed in the downloads
release = "0.1"
#: the whole-edition files the full build (``nox -s all``) places in
#: ``docs/_generated/downloads/`` before the HTML is built
EDITION_FILES = {"russian-question.pdf": "PDF (print, via LaTeX)", "russian-question.epub": "EPUB 3 (e-readers)"}


def downloads_page(manifest: Manifest, titles: dict[str, str], folder: Path) -> str:
    """The Downloads page: every output of every text, and of the whole edition."""
    out = [
        "% Generated by `edition sync`.",
        "",
        "(downloads)=",
        "# Downloads",
        "",
        "The whole edition, each text in every format, and the data behind them.",
        "",
        "## The whole edition",
        "",
    ]
    present = [(name, what) for name, what in EDITION_FILES.items() if (folder / name).exists()]
    for name, what in present:
        out.append(f"- {{download}}`{what} <_generated/downloads/{name}>`")
    if not present:
        out.append("- The PDF and EPUB are made by the full build (`nox -s all`); this build did not make them.")
    out += [
        "- {download}`The bibliography (BibTeX) <references.bib>`",
        "",
        "## Each text",
        "",
        "| Text | TEI P5 XML | Plain text | MyST source |",
        "|---|---|---|---|",
    ]
    for rec in manifest.witnesses:
        i = rec["id"]
        out.append(
            f"| {{doc}}`{titles[i].replace('|', '/')} </texts/{i}>` "
            f"| {{download}}`{i}.xml <_generated/downloads/{i}.xml>` "
            f"| {{download}}`{i}.txt <_generated/downloads/{i}.txt>` "
            f"| {{download}}`{i}.md <texts/{i}.md>` |"
        )
    out += [
        "",
        "The TEI files follow a subset of TEI P5 described by the schema "
        "{download}`edition-tei.rng <_generated/downloads/edition-tei.rng>`: interventions are "
        "`choice` elements (`sic`/`corr`, `orig`/`reg`), notes carry their type (author, translator, "
        "editorial), paragraphs the numbers of this edition.",
    ]
    return "\n".join(out) + "\n"


def outputs(manifest: Manifest, docs: Path, cache: bool = False) -> list[Output]:
    """Everything ``sync`` writes, with its content.

    :param cache: keep the conversions of the witnesses in ``docs/_generated/`` (:func:`editions`)
    """
    entries, problems = load_glossary(docs / "glossary")
    if problems:
        raise GlossaryError(problems)
    index_entries, problems = load_indexes(docs / "indexes")
    seeds = _files_digest([manifest.folder]) if cache else ""
    converted = editions(manifest, docs / EDITIONS_CACHE if cache else None, seeds)
    parallels = docs / "indexes" / "parallels.toml"
    themes, more = load_parallels(parallels, {ed.id for ed, _ in converted})
    linked, located, placed = place_parallels(converted, themes, manifest)
    stray = stray_files(manifest.folder / "editorial", [manifest.editorial_path(r) for r in manifest.witnesses])
    if problems or more or placed or stray:
        raise DataError(problems + more + placed + stray)
    glossary_forms = [(form, e.slug) for e in entries for form in e.forms]
    index_forms = [(form, e.slug) for e in index_entries for form in e.forms]

    def link() -> tuple[list[Edition], list, list]:
        matcher, names = TermMatcher(forms=glossary_forms), TermMatcher(forms=index_forms)
        finished, usages, mentions = [], [], []
        for edition in linked:
            mentions += link_terms(edition, names, link=False)[1]
            edition, used = link_terms(edition, matcher)
            usages += used
            finished.append(edition)
        return finished, usages, mentions

    # linking depends on the texts and the forms of the terms and names, not on the definitions
    key = ""
    if cache:
        data = [seeds, _content_digest(parallels), glossary_forms, index_forms]
        key = hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()
    finished, usages, mentions = cached(docs / LINKED_CACHE if cache else None, key, link)
    result = []
    titles = {}
    sigla = {r["id"]: r["siglum"] for r in manifest.witnesses}
    for record, edition in zip(manifest.witnesses, finished, strict=True):
        titles[edition.id] = f"[{edition.title}]" if edition.title_editorial else edition.title
        result.append(Output(docs / "texts" / f"{edition.id}.md", render(edition, record["siglum"])))
        data = report(edition)
        data["source"] = f"seeds/{record['file']}"
        result.append(
            Output(
                docs / "texts" / f"{edition.id}.apparatus.json",
                json.dumps(data, ensure_ascii=False, indent=1) + "\n",
            )
        )
    result.append(Output(docs / "_generated" / "texts.md", texts_page(manifest)))
    for name, page in render_glossary(entries, usages, titles).items():
        result.append(Output(docs / name, page))
    for index, title in INDEXES.items():
        these = [e for e in index_entries if e.index == index]
        page = render_index(index, title, these, mentions, titles, sigla)
        result.append(Output(docs / f"index-of-{index}.md", page))
    result.append(Output(docs / "parallels.md", render_parallels(themes, located, titles, sigla)))
    downloads = docs / "_generated" / "downloads"
    term_pages = {e.slug: f"{GLOSSARY_PAGES}/{glossary_letter(e.term)[1]}.html" for e in entries}
    for record, edition in zip(manifest.witnesses, finished, strict=True):
        result.append(Output(downloads / f"{edition.id}.xml",
                             to_tei(edition, record, record["siglum"], release, glossary=term_pages)))
        result.append(Output(downloads / f"{edition.id}.txt", to_plain_text(edition, record)))
    result.append(Output(downloads / "edition-tei.rng", SCHEMA.read_text(encoding="utf-8")))
    result.append(Output(docs / "downloads.md", downloads_page(manifest, titles, downloads)))
    return result


#: the folders under ``docs/`` whose every page :func:`sync` writes
OWN_FOLDERS = [Path(GLOSSARY_PAGES)]
#: where :func:`sync` records what it generated from which inputs (under ``docs/``; not a Sphinx source)
STAMP = Path("_generated") / ".sync-stamp.json"
#: where :func:`sync` keeps the conversions of the witnesses (:func:`editions`)
EDITIONS_CACHE = Path("_generated") / ".sync-editions.pickle"
#: where :func:`sync` keeps the texts with their terms and names linked (:func:`outputs`)
LINKED_CACHE = Path("_generated") / ".sync-linked.pickle"


def inputs_digest(manifest_path: Path, docs: Path) -> str:
    """A digest of everything the generated sources are made from.

    The manifest's folder (witnesses, editorial data), the glossary entries,
    the indexes and parallels, the whole-edition files the Downloads page
    lists, this package's code and data, and the version of wordfreq (whose
    frequencies decide hyphens and glued words).
    """
    present = "".join(f"{name} {(docs / '_generated' / 'downloads' / name).exists()}\n" for name in EDITION_FILES)
    return _files_digest([manifest_path.parent, docs / "glossary", docs / "indexes"], present)


def _files_digest(folders: list[Path], extra: str = "") -> str:
    """A digest of the files in *folders*, this package's files and the version of wordfreq."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"wordfreq {version('wordfreq')}\n{extra}".encode())
    for folder in [*folders, Path(__file__).parent]:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(folder.parent)}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _content_digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def sync(manifest_path: Path, docs: Path, check: bool = False) -> list[Path]:
    """Write (or, with *check*, compare) the generated sources.

    Without *check*, nothing is regenerated when the inputs are those of the
    last run (:func:`inputs_digest`) and every file it wrote is still as it
    wrote it: a build then starts at once. *check* always regenerates.

    :return: the files that were stale (written, or found stale with *check*)
    """
    stamp = docs / STAMP
    digest = None
    if not check:
        digest = inputs_digest(manifest_path, docs)
        try:
            recorded = json.loads(stamp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
        if recorded.get("inputs") == digest and recorded.get("outputs") and all(
            _content_digest(docs / name) == sha for name, sha in recorded["outputs"].items()
        ):
            return []
    manifest = load_manifest(manifest_path)
    stale = []
    written = {}
    made = outputs(manifest, docs, cache=not check)
    # a folder sync alone writes keeps no page it no longer makes (a letter of the glossary gone)
    for folder in OWN_FOLDERS:
        for path in sorted((docs / folder).glob("*.md")):
            if path not in {out.path for out in made}:
                stale.append(path)
                if not check:
                    path.unlink()
    for out in made:
        current = out.path.read_text(encoding="utf-8") if out.path.exists() else None
        written[out.path.relative_to(docs).as_posix()] = hashlib.sha256(out.content.encode("utf-8")).hexdigest()
        if current == out.content:
            continue
        stale.append(out.path)
        if not check:
            out.path.parent.mkdir(parents=True, exist_ok=True)
            out.path.write_text(out.content, encoding="utf-8")
    if not check:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(json.dumps({"inputs": digest, "outputs": written}, indent=1) + "\n", encoding="utf-8")
    return stale
