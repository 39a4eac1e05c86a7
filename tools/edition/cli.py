"""The ``edition`` command.

Usage::

    edition convert FILE... --out-dir DIR [--report REPORT.json] [--force] [--manifest M] [--glossary G]
    edition sync [--check] [--manifest seeds/manifest.toml] [--docs docs]
    edition verify [--manifest seeds/manifest.toml]
    edition check [--root .] [--format plain|github]
    edition glossary new "TERM"

``convert`` turns any plain-text file laid out like the witnesses into MyST;
``sync`` regenerates the edition's sources in ``docs/`` from the witnesses
(with ``--check`` it only reports stale files and exits 1 if there are any);
``verify`` checks the witnesses against the checksums in the manifest;
``check`` validates the glossary entries, the bibliography and every
citation of it, reporting each problem with its file and line
(``--format github``: as GitHub workflow annotations, with a summary in
``$GITHUB_STEP_SUMMARY`` when set; see :mod:`edition.annotations`);
``glossary new`` writes a new glossary entry from the template.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from . import __version__
from .data.config import EditionConfigError
from .errors import EditionError

DEFAULT_MANIFEST = Path("seeds/manifest.toml")


def _glossary_folder() -> Path:
    """The glossary's entry files in the project here: ``edition_glossary_dir`` of its ``conf.py``
    under ``docs/`` (``docs/glossary`` without one)."""
    from .data.config import EditionConfig, edition_config

    if not Path("docs").is_dir():  # not an edition's project: its conf.py (if any) is not run
        return EditionConfig().glossary_path(Path("docs"))
    try:
        config = edition_config(Path("."))
    except EditionConfigError as err:
        raise EditionConfigError(f"{err}; pass --glossary or --folder to name the entries' folder") from None
    return config.glossary_path(Path("docs"))


def _manifest_or_none(path: Path | None):
    """The manifest, its records judged once for its content (:func:`edition.pipeline.judged`)."""
    from .data.manifest import Manifest, load_manifest
    from .errors import unreadable
    from .pipeline import judged

    if path is None:
        path = DEFAULT_MANIFEST if DEFAULT_MANIFEST.exists() else None
    if not path:
        return None
    path = Path(path)
    if unreadable(path, "manifest") or not path.is_file():
        return load_manifest(path)  # refused, with its reason
    return Manifest(path, judged("manifest", [path.read_bytes()], lambda: load_manifest(path).witnesses))


def _editorial(path: Path, witness_text: str):
    """A text's editorial data, judged once for its content and the witness's (:func:`edition.pipeline.judged`)."""
    from .data.apparatus import load_editorial
    from .errors import unreadable
    from .pipeline import judged

    if unreadable(path, "editorial-encoding") or not path.is_file():
        return load_editorial(path, witness_text)  # refused with its reason, or no data
    inputs = [path.read_bytes(), witness_text.encode("utf-8")]
    return judged("editorial", inputs, lambda: load_editorial(path, witness_text))


def output_key(target: Path) -> str:
    """The identity of an output file: resolved, and case-folded (for file systems that ignore case)."""
    return str(target.resolve()).casefold()


SOURCE_LINE_RE = re.compile(r"^(source|witness): (.*)$", re.MULTILINE)


def earlier_input(target: Path, manifest) -> str:
    """The input an existing output was converted from, as its front matter names it."""
    try:
        head = target.read_text(encoding="utf-8")[:2000]
    except (OSError, UnicodeDecodeError):
        return "another file"
    found = dict(SOURCE_LINE_RE.findall(head.split("\n---", 1)[0]))
    if "source" in found:
        try:
            return json.loads(found["source"])
        except ValueError:
            return found["source"]
    record = next((r for r in (manifest.witnesses if manifest else []) if r["id"] == found.get("witness")), None)
    return str(manifest.witness_path(record)) if record else "another file"


def claim_output(target: Path, source: Path, written: dict[str, Path], manifest, *, force: bool) -> None:
    """Refuse an output that would replace another text's.

    An output written earlier in the same run is never replaced; a file that
    was there before the run is replaced only with ``--force``.

    :raises EditionError: naming both inputs
    """
    earlier = written.get(output_key(target))
    if earlier is not None:
        raise EditionError(
            f"its output {target} is also the output of {earlier}, converted earlier in this run; "
            "both are named after their file, so rename one of them (nothing was written for this one)",
            source, 1,
        )
    if target.exists() and not force:
        raise EditionError(
            f"its output {target} exists already (converted from {earlier_input(target, manifest)}); "
            "use --force to replace it, or another --out-dir",
            source, 1,
        )


def _glossary(folder: Path, load):
    """The glossary's entries and problems, kept between runs in the user's cache (signed, and keyed
    on the folder's files and the code that judges them: :func:`edition.pipeline.judged`): a run of
    ``convert`` on a few texts then spends its time on the texts, not on judging the glossary again."""
    from .pipeline import folder_digest, judged

    # the entries and the problems carry the folder's path as it was given
    return judged("glossary", [str(folder).encode("utf-8"), folder_digest(folder.resolve())], lambda: load(folder))


def cmd_convert(args: argparse.Namespace) -> int:
    from . import patterns

    patterns.preload()  # the converter's patterns, compiled by an earlier run: before its modules are imported
    from .convert import report
    from .data.apparatus import EditorialData
    from .data.glossary import load_glossary
    from .data.manifest import sha256_of
    from .linking.terms import TermMatcher
    from .pipeline import edit
    from .witness.reading import read_witness
    from .writers.myst import render

    patterns.keep()  # those the modules compiled, for the next run, if any is new
    manifest = _manifest_or_none(args.manifest)
    matcher = None
    glossary = args.glossary
    if glossary is None:
        glossary = _glossary_folder()
        glossary = glossary if glossary.is_dir() else None
    if glossary:
        entries, problems = _glossary(Path(glossary), load_glossary)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        if problems:
            return 1
        matcher = TermMatcher(entries)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = []
    status = 0
    #: the outputs written in this run: the output's key → the input it came from
    written: dict[str, Path] = {}
    for name in args.files:
        path = Path(name)
        try:
            witness = read_witness(path)
            record = manifest.by_sha256(sha256_of(path)) if manifest else None
            target = out_dir / f"{record['id'] if record else path.stem}.md"
            claim_output(target, path, written, manifest, force=args.force)
            editorial = _editorial(manifest.editorial_path(record), witness.text) if record else EditorialData.empty()
            edition = edit(witness, record, editorial, terms=matcher).edition
            myst = render(edition, (record or {}).get("siglum", ""))
        except EditionError as err:
            print(f"error: {err}", file=sys.stderr)
            status = 1
            continue
        except Exception as err:  # a bug of the converter: still name the file, print no traceback
            print(f"error: {path}: the converter failed ({type(err).__name__}: {err}); "
                  "please report this, with the file", file=sys.stderr)
            status = 1
            continue
        target.write_text(myst, encoding="utf-8")
        written[output_key(target)] = path
        data = report(edition)
        data["source"] = str(path)
        data["output"] = str(target)
        texts.append(data)
        _warn(path, data)
        print(f"{path} → {target} ({data['paragraphs']} paragraphs, "
              f"{data['emendations']} emendations, {data['furniture_blocks']} furniture blocks)")
    if args.report:
        Path(args.report).write_text(
            json.dumps({"texts": texts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return status


def _warn(path: Path, data: dict) -> None:
    """The warnings of one converted text: notes without a marker or a text, the decisions the converter
    was unsure of, and each separation of words run together (the lexicon's guess, named one by one)."""
    notes = data["notes"]
    for label in notes["missing_bodies"]:
        print(f"warning: {path}: note {label} has a marker but no text", file=sys.stderr)
    for label in notes["orphan_bodies"]:
        print(f"warning: {path}: note {label} has text but no marker", file=sys.stderr)
    for decision in data["unsure"]:
        where = f"{path}:{decision['line']}" if decision["line"] else str(path)
        value = f" {decision['value']!r}" if decision["value"] else ""
        print(f"warning: {where}: unsure of the {decision['what']}{value}: {decision['how']}; "
              "check it", file=sys.stderr)
    for entry in data["apparatus"]:
        if entry["kind"] == "separation":
            print(f"warning: {path}:{entry['lineno']}: {entry['note']}: {entry['reading']!r} read as "
                  f"{entry['lemma']!r}; check it", file=sys.stderr)


def cmd_sync(args: argparse.Namespace) -> int:
    from .data.config import edition_config
    from .sync import sync

    # the folders conf.py names (next to the sources: `-c .`), the defaults without one
    config = edition_config(Path(args.docs).resolve().parent)
    stale = sync(Path(args.manifest), Path(args.docs), check=args.check, config=config)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path}")
    if args.check and stale:
        print("The generated sources are out of date: run `edition sync`.", file=sys.stderr)
        return 1
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_project

    root = Path(args.root)
    try:
        problems = check_project(root)
    except Exception as err:  # noqa: BLE001  (no input may end the check with a traceback)
        print(f"error: {root}: the check stopped on an input it could not read ({type(err).__name__}: "
              f"{err}); please report this as a bug of `edition check`", file=sys.stderr)
        return 1
    if args.format == "github":
        from .annotations import annotation, summary

        for problem in problems:  # workflow commands are read from standard output
            print(annotation(problem, root))
        if os.environ.get("GITHUB_STEP_SUMMARY"):
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as out:
                out.write(summary(problems, root))
    else:
        for problem in problems:
            print(problem, file=sys.stderr)
    _print_warnings(args.format == "github")
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("The glossary, the bibliography and the citations are in order.")
    return 0


def _print_warnings(github: bool) -> None:
    """What the check warns of, without failing (:func:`edition.check.check_warnings`)."""
    import datetime

    from .check import check_warnings

    for warning in check_warnings(datetime.date.today()):
        if github:
            print(f"::warning file={warning.path},line={warning.line}::{warning.message}")
        else:
            print(f"warning: {warning}", file=sys.stderr)


def cmd_glossary_new(args: argparse.Namespace) -> int:
    from .data.glossary import new_entry

    path = new_entry(args.folder or _glossary_folder(), args.term)
    print(f"wrote {path}: fill in its fields and text, then run `edition check`")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .data.manifest import load_manifest, verify_witnesses

    manifest = load_manifest(args.manifest)
    verify_witnesses(manifest)
    print(f"{len(manifest.witnesses)} witnesses match {args.manifest}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="edition", description="Tools for The Russian Question edition.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("convert", help="convert plain-text witnesses to MyST")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--out-dir", required=True, metavar="DIR")
    c.add_argument("--report", metavar="REPORT.json", help="write a JSON report of the conversion")
    c.add_argument("--force", action="store_true",
                   help="replace outputs left by an earlier run (never one written in this run)")
    c.add_argument("--manifest", type=Path, default=None,
                   help="manifest to take titles and editorial data from (default: seeds/manifest.toml if present)")
    c.add_argument("--glossary", type=Path, default=None,
                   help="glossary entries whose terms to link (default: conf.py's edition_glossary_dir "
                        "under docs/, if present)")
    c.set_defaults(func=cmd_convert)

    s = sub.add_parser("sync", help="regenerate docs/texts from the witnesses")
    s.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    s.add_argument("--manifest", default=str(DEFAULT_MANIFEST))
    s.add_argument("--docs", default="docs")
    s.set_defaults(func=cmd_sync)

    k = sub.add_parser("check", help="validate the glossary, the bibliography and the citations")
    k.add_argument("--root", default=".", help="the repository root (default: .)")
    k.add_argument("--format", choices=("plain", "github"), default="plain",
                   help="plain: FILE:LINE: message (default); github: workflow annotations on the lines, "
                        "and a summary in $GITHUB_STEP_SUMMARY when set")
    k.set_defaults(func=cmd_check)

    g = sub.add_parser("glossary", help="work on glossary entries")
    gsub = g.add_subparsers(dest="glossary_command", required=True)
    gn = gsub.add_parser("new", help="write a new entry file from the template")
    gn.add_argument("term", help='the term, e.g. "nomenklatura"')
    gn.add_argument("--folder", type=Path, default=None,
                    help="the entries' folder (default: conf.py's edition_glossary_dir under docs/)")
    gn.set_defaults(func=cmd_glossary_new)

    pd = sub.add_parser("place-downloads", help="offer the full build's PDF and EPUB on the Downloads page")
    pd.add_argument("files", nargs="+", type=Path, help="russian-question.pdf, russian-question.epub")
    pd.add_argument("--docs", type=Path, default=Path("docs"))
    pd.set_defaults(func=cmd_place_downloads)

    v = sub.add_parser("verify", help="check the witnesses against the manifest's checksums")
    v.add_argument("--manifest", default=str(DEFAULT_MANIFEST))
    v.set_defaults(func=cmd_verify)
    return p


def cmd_place_downloads(args) -> int:
    """Copy the full build's whole-edition files into ``docs/_generated/downloads/``, signed for this
    machine: the Downloads page lists only files placed so (never one a pull request committed there)."""
    from .pipeline import place_edition_files

    place_edition_files(args.docs / "_generated" / "downloads", args.files)
    print(f"placed {', '.join(p.name for p in args.files)} in {args.docs / '_generated' / 'downloads'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except EditionError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except EditionConfigError as err:  # conf.py's edition_* values, read by the command line too
        print(f"error: conf.py: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
