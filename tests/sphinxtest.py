"""Helpers for the tests that build a small project in this process (sphinx.testing)."""

from __future__ import annotations

import pytest
from sphinx._cli.util.errors import strip_escape_sequences


def warnings_of(warning) -> str:
    """What the build warned, without colours (the ``warning`` fixture's stream)."""
    return strip_escape_sequences(warning.getvalue())


def assert_no_warnings(warning) -> None:
    assert warnings_of(warning) == "", warnings_of(warning)


def refused_build(app, warning) -> str:
    """Build *app*, which the edition's guard must stop: exit status 2, no traceback in the log and
    no page written (``index.html``); return the log, for what was refused."""
    with pytest.raises(SystemExit) as stop:
        app.build()
    assert stop.value.code == 2
    log = warnings_of(warning)
    assert "Traceback" not in log
    assert not (app.outdir / "index.html").exists()
    return log
