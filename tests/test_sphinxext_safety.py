"""Unsafe content refused, and the build stopped before writing (:mod:`edition.sphinxext.safety`)."""

from __future__ import annotations

import pytest

from sphinxtest import refused_build


@pytest.mark.sphinx("html", testroot="safety")
def test_raw_html_is_refused_and_the_build_stops(app, warning):
    log = refused_build(app, warning)
    assert "index.md: refused raw html output on the page index; nothing of it is published [edition.unsafe]" in log
    assert "Unsafe content: refused on index: nothing was written" in log
