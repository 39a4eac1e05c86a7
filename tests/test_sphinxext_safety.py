"""Unsafe content refused, and the build stopped before writing (:mod:`edition.sphinxext.safety`)."""

from __future__ import annotations

import pytest

from sphinxtest import warnings_of


@pytest.mark.sphinx("html", testroot="safety")
def test_raw_html_is_refused_and_the_build_stops(app, warning):
    with pytest.raises(SystemExit) as stop:
        app.build()
    assert stop.value.code == 2
    log = warnings_of(warning)
    assert "index.md: refused raw html output on the page index; nothing of it is published [edition.unsafe]" in log
    assert "Unsafe content: refused on index: nothing was written" in log
    assert "Traceback" not in log
    assert not (app.outdir / "index.html").exists()
