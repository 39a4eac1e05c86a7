"""Errors that name the file and line at fault."""

from __future__ import annotations

import re
from pathlib import Path


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


def toml_error_line(err: Exception) -> int | None:
    """The line a :mod:`tomllib` error points at ("… (at line 3, column 1)")."""
    match = re.search(r"at line (\d+)", str(err))
    return int(match.group(1)) if match else None
