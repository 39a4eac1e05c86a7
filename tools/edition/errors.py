"""Errors and problems, each naming the file and line at fault.

:class:`EditionError` is the exception for an input that stops the work at
hand (a witness that is not the manifest's, a file that cannot be read).
:class:`Problem` is what ``edition check`` and the build report: one per
finding, never an exception, so that every problem of a contribution is
shown at once.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple


class EditionError(Exception):
    """A problem with an input of the edition, reported as ``FILE:LINE: message``.

    :param message: what is wrong, in words an editor understands
    :param path: the file at fault
    :param line: the 1-based line at fault, where one can be named
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class WitnessIntegrityError(EditionError):
    """A witness whose bytes no longer match the checksum in the manifest."""


def read_toml(source: str) -> dict:
    """The data of a TOML text, as :func:`tomllib.loads` reads it; arrays or inline tables nested deeper than
    the reader's recursion can follow raise its own :class:`tomllib.TOMLDecodeError`, at the line that nests
    deepest, so that every loader reports it as any other TOML error, with its file and line."""
    try:
        return tomllib.loads(source)
    except RecursionError:
        line = _deepest_line(source)
        raise tomllib.TOMLDecodeError(f"arrays or tables nested too deep to be read (at line {line}, "
                                      "column 1)") from None


def _deepest_line(source: str) -> int:
    """The line at which brackets and braces (strings and comments not told apart) open deepest."""
    depth = deepest = 0
    line = where = 1
    for char in source:
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "\n":
            line += 1
    return where


def toml_error_line(err: Exception) -> int | None:
    """The line a :mod:`tomllib` error points at ("… (at line 3, column 1)")."""
    match = re.search(r"at line (\d+)", str(err))
    return int(match.group(1)) if match else None


class Problem(NamedTuple):
    """One finding in the edition's inputs, reported as ``FILE:LINE: message [code]``."""

    #: the file at fault
    path: str
    #: the 1-based line at fault, or None where none can be named
    line: int | None
    #: what is wrong, in words an editor understands
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
