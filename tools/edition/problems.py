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
