"""Build every output of the edition, and compare two such builds file by file.

A refactoring of the converter or of the extensions must not change a byte of
what readers get. This script makes that checkable: ``build`` writes, with
``SOURCE_DATE_EPOCH`` set (so that every date Sphinx and ``conf.py`` print is
the same), the HTML, the LaTeX sources (the ``.tex``, not the PDF: xelatex
embeds its own timestamps and font subsets), the EPUB and what ``edition
sync`` generates (the texts' MyST, their apparatus as JSON, the TEI, the plain
text and the site's pages) into one folder; ``compare`` then lists every
file that differs between two such folders, and exits 1 if there is any.

Usage::

    python scripts/compare-outputs.py build /tmp/before [-j 1]
    # ... change the code ...
    python scripts/compare-outputs.py build /tmp/after [-j 1]
    python scripts/compare-outputs.py compare /tmp/before /tmp/after

Run it from the repository root, with the environment whose ``edition``
package is to be judged (``PYTHONPATH=tools`` for a worktree).

What is not compared, and why (each is something Sphinx itself makes
differently from one build to the next, or a cache, never what a reader gets):

- the doctrees (``-d``, kept outside the output folders) and the environment
  pickle in them: pickles of Python objects, whose bytes depend on the order
  of sets and on object identities;
- ``.buildinfo``: a hash of the configuration *values*, which includes the
  repr of functions and objects set in ``conf.py``;
- ``docs/_generated/.sync-stamp.json`` and the ``.sync-*.pickle`` caches beside it:
  ``edition sync``'s record of its inputs, which include a digest of the
  package's own code, so that any change to the code regenerates everything
  (the refactoring being judged changes it by definition); not an output;
- the ``.epub`` archive itself: ``zipfile`` stores each member's modification
  time; its members are compared instead, by name and content (the EPUB
  builder leaves them unpacked next to the archive as well).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

#: a fixed build time (1 December 2026, 00:00 UTC): dates printed by Sphinx and conf.py follow it
SOURCE_DATE_EPOCH = "1796083200"

#: names never compared (see the module's docstring for why)
IGNORED_NAMES = {".buildinfo", "environment.pickle", ".sync-stamp.json"}
#: suffixes never compared
IGNORED_SUFFIXES = {".doctree", ".pickle"}

#: the builders run, each into a folder of the same name
BUILDERS = ["html", "latex", "epub"]

#: what ``edition sync`` writes under ``docs/`` (the rest of ``docs/`` is the editors' own)
GENERATED = ["texts", "terms", "_generated", "glossary.md", "parallels.md", "downloads.md"]
GENERATED_GLOBS = ["index-of-*.md"]


def run(cmd: list[str], env: dict[str, str]) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def generated_paths(docs: Path) -> list[Path]:
    """The files and folders ``edition sync`` writes under *docs*."""
    paths = [docs / name for name in GENERATED]
    for pattern in GENERATED_GLOBS:
        paths += sorted(docs.glob(pattern))
    return [p for p in paths if p.exists()]


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def keep_generated_only(docs: Path) -> None:
    """Remove from *docs* everything ``edition sync`` did not write (the editors' own files, its inputs)."""
    generated = set(generated_paths(docs))
    for path in sorted(docs.iterdir()):
        if path not in generated:
            remove(path)


def build(out: Path, jobs: str) -> None:
    """Every output into *out*: ``html/``, ``latex/``, ``epub/`` and ``sync/``."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    root = Path.cwd()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # `edition sync` into a fresh copy of docs/ without anything generated: every file is made anew
    sync_docs = out / "sync"
    shutil.copytree(root / "docs", sync_docs)
    for path in generated_paths(sync_docs):
        remove(path)
    run([sys.executable, "-m", "edition.cli", "sync", "--manifest", "seeds/manifest.toml",
         "--docs", str(sync_docs)], env)
    keep_generated_only(sync_docs)
    # the builds regenerate docs/ themselves: start them from nothing, so no cache of an earlier run is used
    for path in generated_paths(root / "docs"):
        remove(path)
    for builder in BUILDERS:
        run([sys.executable, "-m", "sphinx", "-b", builder, "-j", jobs,
             "-n",  # nit-picky, as the real builds are
             "-W",  # a warning is a failure: a build that warns is not a baseline
             "-c", ".", "-d", str(out / f"doctrees-{builder}"), "docs", str(out / builder)], env)
        remove(out / f"doctrees-{builder}")


def ignored(path: Path) -> bool:
    return path.name in IGNORED_NAMES or path.suffix in IGNORED_SUFFIXES or ".doctrees" in path.parts


def epub_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def compare(before: Path, after: Path) -> list[str]:
    """The files that differ between *before* and *after* (relative paths, with what differs)."""
    def files(top: Path) -> set[str]:
        return {p.relative_to(top).as_posix() for p in top.rglob("*") if p.is_file() and not ignored(p)}

    left, right = files(before), files(after)
    differing = [f"only in {before}: {name}" for name in sorted(left - right)]
    differing += [f"only in {after}: {name}" for name in sorted(right - left)]
    for name in sorted(left & right):
        a, b = before / name, after / name
        if name.endswith(".epub"):
            ma, mb = epub_members(a), epub_members(b)
            if ma != mb:
                members = sorted(k for k in ma.keys() | mb.keys() if ma.get(k) != mb.get(k))
                differing.append(f"differs: {name} (members: {', '.join(members)})")
        elif not filecmp.cmp(a, b, shallow=False):
            differing.append(f"differs: {name}")
    return differing


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build every output into a folder")
    b.add_argument("out", type=Path)
    b.add_argument("-j", "--jobs", default="1", help="sphinx-build -j (default 1)")
    c = sub.add_parser("compare", help="compare two folders made by `build`")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = p.parse_args(argv)
    if args.command == "build":
        build(args.out, args.jobs)
        return 0
    differing = compare(args.before, args.after)
    for line in differing:
        print(line)
    if differing:
        print(f"{len(differing)} file(s) differ.", file=sys.stderr)
        return 1
    print(f"{args.before} and {args.after} are the same, file by file.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
