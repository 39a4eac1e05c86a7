"""Files written whole or not at all.

What the tools write is read by another process at the same time: a build
reads the pages ``sync`` writes, two test workers share the user's cache, a
reader of the live preview reloads while it rebuilds. A file is therefore
written beside its place under a name of its own and moved there in one step
(:func:`os.replace`), so that a reader finds the old file or the new one,
never half of one, and a run that is killed leaves no truncated file behind.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, data: bytes | str) -> None:
    """Write *data* (text as UTF-8) to *path* in one step, making its folder if need be."""
    body = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    # a dot name: no glob of the folder's pages (*.md) sees it while it is written
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(body)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
