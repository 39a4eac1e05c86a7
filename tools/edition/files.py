"""Files written whole or not at all, and the symbolic links no tool reads or writes through.

What the tools write is read by another process at the same time: a build
reads the pages ``sync`` writes, two test workers share the user's cache, a
reader of the live preview reloads while it rebuilds. A file is therefore
written beside its place under a new name of its own, made by the system so
that no file or link already there is opened (:func:`tempfile.mkstemp`), and
moved to its place in one step (:func:`os.replace`, which replaces a link at
that place, never what it points to): a reader finds the old file or the new
one, never half of one, and a run that is killed leaves no truncated file.

A pull request can commit a symbolic link. Read through, it would publish a
file of the machine that builds; written through, it would overwrite one.
:func:`symbolic_links` finds them, without following any, for the check and
the build to refuse before anything is read.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_folder() -> Path:
    """The edition's folder in the user's cache: ``$EDITION_CACHE/edition``, else ``$XDG_CACHE_HOME/edition``,
    else ``~/.cache/edition`` (the lexicon, the compiled patterns, the key that signs the caches, ``convert``'s
    glossary)."""
    base = os.environ.get("EDITION_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "edition"


def write_whole(path: Path, data: bytes | str) -> None:
    """Write *data* (text as UTF-8) to *path* in one step, making its folder if need be."""
    body = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    # a dot name: no glob of the folder's pages (*.md) sees it while it is written
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(body)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def symbolic_links(*folders: Path) -> list[Path]:
    """Every symbolic link in *folders* (a folder that is one, and any link below), none followed."""
    found = []
    for folder in folders:
        if folder.is_symlink():
            found.append(folder)
            continue
        for top, dirs, files in os.walk(folder, followlinks=False):
            found += [Path(top, name) for name in sorted([*dirs, *files]) if Path(top, name).is_symlink()]
    return sorted(found)
