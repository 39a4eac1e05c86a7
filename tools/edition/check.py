"""``edition check``: validate the edition's data before it is built.

One function, :func:`check_project`, runs every check of the data stage
(:mod:`edition.data`): the glossary entries (:mod:`edition.data.glossary`),
the indexes and parallels, the manifest and the witnesses, the editorial
data, the bibliography and its citations (:mod:`edition.data.bibliography`),
the sources refused (:mod:`edition.data.sourcing`), the consistency of dates
and names (:mod:`edition.data.consistency`), and, when all of that is in
order, every reference of a contributed text against the pages the pipeline
will make (:mod:`edition.data.targets`, :func:`edition.pipeline.outputs`).

Every problem is reported as ``FILE:LINE: message [code]``. Tested in
tests/test_citations.py, tests/test_check_parity.py and tests/test_hostile.py.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from .data.bibliography import Citing, bib_keys, check_bibliography, gather_citations
from .errors import Problem, unreadable
from .files import symbolic_links

#: codes of problems after which the places that cite the bibliography are not all known
UNREADABLE = {"editorial-toml", "editorial-encoding", "index-toml", "index-encoding", "manifest"}


def check_project(root: Path) -> list[Problem]:
    """Every check of the edition's data: everything in it that the build would refuse.

    The glossary, the indexes and parallels, the manifest and the witnesses,
    the editorial data (every passage it quotes must occur exactly once in
    its witness), the bibliography and its citations, the text of every
    contribution (:mod:`edition.data.markup`), and, when all of that is in order,
    every reference of a contributed text to a page, label or term, against
    the pages the build will make (:mod:`edition.data.targets`).
    """
    from .data.config import EditionConfig, EditionConfigError, edition_config
    from .data.consistency import check_consistency
    from .data.glossary import GLOSSARY_PAGES, glossary_letter, load_glossary, translated_variants
    from .data.indexes import load_indexes, load_parallels
    from .data.sourcing import check_sources

    try:
        config = edition_config(root)  # the paths the build reads, from conf.py
    except EditionConfigError as err:
        return [Problem("conf.py", None, str(err), "config")]
    docs = root / "docs"
    bib = docs / "references.bib"
    glossary, indexes = config.glossary_path(docs), config.indexes_path(docs)
    entries, problems = load_glossary(glossary, bib_keys(bib))
    problems += translated_variants(entries)  # an English gloss given as a Russian term's form
    pages: list = []  # the references of the pages in docs/, resolved with the others
    problems += check_pages(docs, config.download_pages, pages, config.glossary_dir)
    problems += check_indexes(indexes)
    manifest_path = root / (config.manifest or EditionConfig().manifest)
    problems += [Problem(str(path), None, "symbolic links are not allowed beside the manifest "
                         "(the build would read through them); commit the file itself", "manifest")
                 for path in symbolic_links(manifest_path.parent)]
    problems += citation_file_problems(root)
    manifest, landing, found = check_witnesses(manifest_path)
    problems += found
    if manifest is not None:
        problems += load_parallels(indexes / "parallels.toml", {r["id"] for r in manifest.witnesses})[1]
    for entry in entries:
        landing += [(r, f"{GLOSSARY_PAGES}/{glossary_letter(entry.term)[1]}") for r in entry.references]
    citing = gather_citations(root)
    for entry in entries:
        citing += [Citing(key, entry.path, entry.lines.get("sources")) for key in entry.sources]
    found = check_bibliography(bib, citing) + check_sources(bib, docs / "refused-sources.toml")
    if any(p.code in UNREADABLE for p in problems):
        found = [p for p in found if p.code != "bib-uncited"]  # its citing places could not all be read
    problems += found
    problems += check_consistency(root)
    if not problems and manifest is not None:
        problems += check_references(docs, manifest, landing, load_indexes(indexes)[0], pages, config)
    return problems


def citation_file_problems(root: Path) -> list[Problem]:
    """``CITATION.cff``, which the printed edition reads beside ``conf.py``, outside the sources: the
    file itself (no symbolic link, which the build would read through into the PDF; a regular
    file), in UTF-8, as :func:`edition.writers.printed.read_citation_file` reads it in the build."""
    from .data.config import CITATION_FILE
    from .writers.printed import citation_file_refusal

    why = citation_file_refusal(root / CITATION_FILE)
    return [Problem(str(root / CITATION_FILE), why[0], why[1], "citation-file")] if why else []


def check_warnings(today) -> list[Problem]:
    """What ``edition check`` warns of without failing: what wants refreshing on *today* (the vendored
    list of top-level names, :func:`edition.data.weblinks.root_zone_staleness`). Never a problem of
    :func:`check_project`, so that no result depends on the day the check runs."""
    from .data.weblinks import ROOT_ZONE_FILE, root_zone_staleness

    why = root_zone_staleness(today)
    return [Problem(str(ROOT_ZONE_FILE), 1, why, "stale-data")] if why else []


def check_pages(docs: Path, download_pages: tuple[str, ...] = ("downloads",),
                landing: list | None = None, glossary_dir: str = "glossary") -> list[Problem]:
    """The pages Sphinx reads: files (no links), in UTF-8, holding nothing the build refuses
    (:func:`edition.data.markup.judge_page`); the glossary's entries, in *glossary_dir*, are data."""
    from .data.markup import judge_page
    from .data.targets import excluded
    from .sync import OWN_FOLDERS

    # sync makes every page of its own folders anew from the data (judged as data) and removes any other
    made_anew = tuple(f"{folder.as_posix()}/" for folder in OWN_FOLDERS)

    problems = [Problem(str(path), None, "symbolic links are not allowed anywhere in docs/ "
                        "(the build would read or write through them)", "page") for path in symbolic_links(docs)]
    for path in sorted(docs.rglob("*.md")):
        relative = path.relative_to(docs).as_posix()
        if path.is_dir():
            problems.append(Problem(str(path), None, "a folder named like a page (Sphinx reads every *.md as one, "
                                    "and stops); rename it", "page"))
            continue
        if relative.startswith(made_anew) and relative.count("/") > 1:
            problems.append(Problem(str(path), None, f"a page in a folder below docs/{relative.split('/')[0]}/, "
                                    "which edition sync makes from the data: sync removes it and nothing in it "
                                    "is published; hand-written pages belong elsewhere in docs/", "page"))
            continue
        if excluded(relative, glossary_dir) or relative.startswith(made_anew):
            continue
        bad = unreadable(path, "page")
        if bad:
            problems.append(bad)
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")  # as Sphinx reads it, a byte-order mark dropped
        except UnicodeDecodeError as err:
            line = path.read_bytes()[: err.start].count(b"\n") + 1
            problems.append(Problem(str(path), line, "not UTF-8; save the file as UTF-8", "page"))
            continue
        docname = relative.removesuffix(".md")
        references: list = []
        problems += judge_page(text, str(path), downloads=docname in download_pages, references=references)
        if landing is not None:
            landing += [(reference, docname) for reference in references]
    return problems


def check_witnesses(path: Path):
    """The manifest, its witnesses and their editorial data.

    :return: the manifest (``None`` if it cannot be read), the references of
        the editor's notes with the page each lands on, and the problems
    """
    from .data.apparatus import read_editorial, stray_files
    from .data.manifest import load_manifest, verify_witnesses
    from .errors import EditionError
    from .witness.reading import read_witness

    try:
        manifest = load_manifest(path)
    except EditionError as err:
        return None, [], [Problem(err.path or str(path), err.line, err.message, "manifest")]
    problems: list[Problem] = []
    landing = []
    try:
        verify_witnesses(manifest)
    except EditionError as err:
        return None, [], [Problem(err.path or str(path), err.line, err.message, "witness")]
    for record in manifest.witnesses:
        editorial = manifest.editorial_path(record)
        try:
            witness = read_witness(manifest.witness_path(record))
        except EditionError as err:
            problems.append(Problem(err.path or str(path), err.line, err.message, "witness"))
            continue
        _data, found, references = read_editorial(editorial, witness.text)
        problems += found
        landing += [(r, f"texts/{record['id']}") for r in references]
    problems += stray_files(path.parent / "editorial", [manifest.editorial_path(r) for r in manifest.witnesses])
    return manifest, landing, problems


def check_references(docs: Path, manifest, landing, index_entries, pages=(), config=None) -> list[Problem]:
    """Every reference of a contributed text (*landing*: the reference and the page it lands on), and
    of the hand-written pages (*pages*, the same), resolved against the pages the build will make
    (by *config*, ``conf.py``'s :class:`~edition.data.config.EditionConfig`; the defaults without)."""
    from .data.settings import ROOT_DOC
    from .data.targets import collect, resolve, toctree_problems, toctree_resolution_problems
    from .errors import EditionError
    from .pipeline import DataError, outputs

    try:
        made = outputs(manifest, docs, cache=False, config=config)
    except DataError as err:
        return list(err.problems)
    except EditionError as err:
        return [Problem(err.path or str(docs), err.line, err.message, "edition")]
    targets = collect(docs, [(out.path, out.content) for out in made],
                      config.glossary_dir if config else "glossary")
    # the pages the build makes are made anew, from the data whose references are in *landing* already
    generated = {out.path.relative_to(docs).as_posix().removesuffix(".md") for out in made
                 if out.path.is_relative_to(docs)}
    pages = [(reference, page) for reference, page in pages if page not in generated]
    made_here = {out.path.resolve() for out in made}
    included = [reference for reference, _page in pages if reference.role == "generated"]
    problems = [Problem(reference.path, reference.line, f"{{edition-generated}} {reference.target} names no page "
                        "edition sync generates in docs/_generated/", "ref-unknown")
                for reference in included if (docs / "_generated" / reference.target).resolve() not in made_here]
    landing = [*landing, *((reference, page) for reference, page in pages if reference.role != "generated")]
    tables = [(reference, page) for reference, page in landing if reference.toctree is not None]
    problems += [found for reference, page in landing
                 if reference.toctree is None and (found := resolve(reference, page, targets))]
    # a table of contents' entries together, in their order, as Sphinx reads them
    for (_path, _line, page), group in groupby(tables, key=lambda item: (item[0].path, item[0].toctree, item[1])):
        problems += toctree_problems([reference for reference, _page in group], page, targets)
    # the tables of contents resolved together, as the build resolves them: no circle, no page without a title
    problems += toctree_resolution_problems(targets, docs, ROOT_DOC)
    makers = {e.slug: e for e in index_entries}
    for label, pages in sorted(targets.duplicates().items()):
        entry = makers.get(label)
        where: tuple[str, int | None] = (entry.path, entry.line) if entry else (str(docs / f"{pages[0]}.md"), None)
        problems.append(Problem(*where, f"the label {label!r} is made twice (on {' and '.join(pages)})",
                                "ref-duplicate"))
    return problems


def check_indexes(folder: Path) -> list[Problem]:
    """The index files: their schema, and a source for every identification."""
    from .data.indexes import load_indexes

    entries, problems = load_indexes(folder)
    for entry in entries:
        if entry.note and not entry.sources:
            problems.append(Problem(entry.path, entry.line,
                                    f"the identification of {entry.heading!r} needs sources (keys of the bibliography)",
                                    "index-unsourced"))
    return problems
