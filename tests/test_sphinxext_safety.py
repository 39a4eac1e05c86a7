"""Unsafe content refused, and the build stopped before writing (:mod:`edition.sphinxext.safety`)."""

from __future__ import annotations

import pytest

from sphinxtest import refused_build


@pytest.mark.sphinx("html", testroot="safety")
def test_raw_html_is_refused_and_the_build_stops(app, warning):
    log = refused_build(app, warning)
    assert "index.md: refused raw html output on the page index; nothing of it is published [edition.unsafe]" in log
    assert "Unsafe content: refused on index: nothing was written" in log


@pytest.mark.sphinx("html", testroot="safety-links")
def test_a_link_a_browser_reads_as_another_host_is_refused_and_the_build_stops(app, warning):
    log = refused_build(app, warning)
    assert "refused a link whose address 'http://0x7f.1/admin' names its host by a number" in log
    assert "refused a link whose address 'http://good.example@127.1/' has a user name before its host" in log
    assert "refused a link whose address 'http://printer.local/' names a host under .local" in log
    assert "marxists" not in log and "mailto" not in log
