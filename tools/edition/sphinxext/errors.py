"""The fatal errors of the edition's extensions, and how a build stops on one.

A build fed bad input (a witness that is not the one the manifest
describes, a broken .bib file, a refused contribution, a bad configuration
value) must stop naming the file and line, and never show a traceback.
Sphinx 9 prints a :class:`~sphinx.errors.SphinxError` with its category
*and* a "Traceback" section (``sphinx._cli.util.errors.handle_exception``),
so :class:`EditionBuildError` is what the extensions raise and catch inside,
and the user-facing stop stays what it was: the error logged (``logger.error``,
type ``edition`` and the error's subtype) and ``SystemExit(2)``
(:func:`stop_on_errors`). Tested in ``tests/test_sphinxext_config.py``, ``tests/test_sphinxext_safety.py``
(no "Traceback" in the build's output).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from sphinx.errors import SphinxError
from sphinx.util import logging

from . import warning_types

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


class EditionBuildError(SphinxError):
    """Bad input that no page can be built from, named by file and line.

    :param message: what is wrong, in an editor's words
    :param path: the file at fault
    :param line: the 1-based line at fault, where one can be named
    :param subtype: the warning subtype it is logged with (:mod:`.warning_types`)
    :param kind: how the message starts ("Witness error", "Bibliography error")
    """

    category = "Edition error"

    def __init__(self, message: str, path: str | None = None, line: int | None = None, *,
                 subtype: str = warning_types.WITNESS, kind: str = "Edition data error") -> None:
        super().__init__(message)
        self.message, self.path, self.line = message, path, line
        self.subtype, self.kind = subtype, kind

    @property
    def location(self) -> str:
        """``FILE:LINE``, ``FILE`` or empty."""
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class EditionBuildErrors(EditionBuildError):
    """Several errors found at once (every problem of a .bib file): each is logged."""

    def __init__(self, errors: list[EditionBuildError]) -> None:
        super().__init__("; ".join(str(e) for e in errors), subtype=errors[0].subtype, kind=errors[0].kind)
        self.errors = errors


def stop_on_errors(handler: F) -> F:
    """Run the event *handler*; on an :class:`EditionBuildError`, log it and exit with status 2.

    The build then ends with the error's file and line and no traceback
    (see the module's docstring for why this is not left to Sphinx).
    """

    @functools.wraps(handler)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return handler(*args, **kwargs)
        except EditionBuildError as err:
            for error in getattr(err, "errors", [err]):
                logger.error("%s: %s", error.kind, error, type=warning_types.TYPE, subtype=error.subtype)
            raise SystemExit(2) from None

    return run  # type: ignore[return-value]
