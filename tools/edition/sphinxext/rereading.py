"""A build that warned is not remembered: the next build reads every page again.

Sphinx saves its environment after reading, and a page it read is not read
again until it changes. Its warnings are therefore given once: a build that
failed under ``-W`` on a warning, run again on the unchanged tree into the
same output folder, reads nothing, warns of nothing and succeeds. (Sphinx
removes the environment itself when a build stops on an exception, not when
it ends on warnings.) This extension counts the warnings Sphinx logs while
the build runs and, when there were any, removes the saved environment at
``build-finished``, so that the next build reads every page and gives the
same warnings again, and its verdict does not depend on the one before.

Tested in ``tests/test_sphinxext_rereading.py``.
"""

from __future__ import annotations

import logging
from typing import Any

from sphinx.application import ENV_PICKLE_FILENAME, Sphinx


class WarningCounter(logging.Handler):
    """Counts the warnings (and errors) logged under ``sphinx``, as they are given."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def start_counting(app: Sphinx) -> None:
    counter = WarningCounter()
    logging.getLogger("sphinx").addHandler(counter)
    app.edition_warning_counter = counter  # type: ignore[attr-defined]


def forget_a_build_that_warned(app: Sphinx, exception: Exception | None) -> None:
    counter = getattr(app, "edition_warning_counter", None)
    if counter is None:
        return
    logging.getLogger("sphinx").removeHandler(counter)
    if counter.count:
        (app.doctreedir / ENV_PICKLE_FILENAME).unlink(missing_ok=True)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", lambda app, config: start_counting(app))
    app.connect("build-finished", forget_a_build_that_warned)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
