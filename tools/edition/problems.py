"""Problems found in the edition's inputs, each naming its file and line.

:class:`Problem` is what ``edition check`` and the build report: one per
finding, never an exception, so that every problem of a contribution is
shown at once. (:class:`~edition.errors.EditionError` is the exception for
an input that stops the work at hand.)
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    path: str
    line: int | None
    message: str
    #: a short code naming the kind of problem, e.g. ``bib-missing-field``
    code: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} [{self.code}]"


def unreadable(path, code: str) -> Problem | None:
    """Why a contributed file cannot be read as one, or ``None``: a symbolic link (which could
    point anywhere on the machine that builds), a folder, or something that is not a file."""
    from pathlib import Path

    path = Path(path)
    if path.is_symlink():
        return Problem(str(path), None, "symbolic links are not allowed; commit the file itself", code)
    if path.is_dir():
        return Problem(str(path), None, "a folder where a file is expected", code)
    if path.exists() and not path.is_file():
        return Problem(str(path), None, "not a regular file", code)
    return None
