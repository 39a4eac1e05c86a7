"""The bibliography: sphinxcontrib-bibtex, with every .bib file checked before it reads one.

A syntax error, a duplicate key, an unknown entry type or a missing field
stops the build with the file and line, as ``edition check`` reports them,
and not with the parser's traceback (:func:`check_bibliographies`,
connected ahead of sphinxcontrib-bibtex). The workarounds that make
sphinxcontrib-bibtex and pybtex scale with the number of texts are in
:mod:`edition.sphinxext.compat.sphinxcontrib_bibtex` and
:mod:`edition.sphinxext.compat.pybtex`. Tested in
``tests/test_bibliography_build.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from ..data.bibliography import bib_fingerprint
from . import warning_types
from .domain import edition_domain
from .errors import EditionBuildError, EditionBuildErrors, stop_on_errors


@stop_on_errors
def check_bibliographies(app: Sphinx) -> None:
    """Refuse a broken .bib file before sphinxcontrib-bibtex reads it.

    An entry that nothing cites is not an error here. Files already checked
    by an earlier build, byte for byte, are not parsed again; a file checked
    now is handed to sphinxcontrib-bibtex as parsed, when its workaround is
    active (:func:`~.compat.sphinxcontrib_bibtex.hand_over_bibdata`).

    :raises EditionBuildErrors: every problem of the files (the build stops, without a traceback)
    """
    from ..data.bibliography import check_bibliography_data

    names = list(getattr(app.config, "bibtex_bibfiles", []))
    fingerprint = bib_fingerprint(Path(app.confdir) / name for name in names)
    state = edition_domain(app.env).data
    if state["checked_bibfiles"] == fingerprint:
        return
    problems = []
    parsed = []
    for name in names:
        path = Path(app.confdir) / name
        found, data = check_bibliography_data(path, [])
        problems += [p._replace(path=name) if p.path == str(path) else p
                     for p in found if p.code != "bib-uncited"]
        parsed.append((path, data))
    if problems:
        raise EditionBuildErrors([
            EditionBuildError(f"{p.message} [{p.code}]", p.path, p.line or None,
                              subtype=warning_types.BIBLIOGRAPHY, kind="Bibliography error")
            for p in problems
        ])
    state["checked_bibfiles"] = fingerprint
    from .compat.sphinxcontrib_bibtex import IndexedBibtexDomain, hand_over_bibdata

    if isinstance(app.env.get_domain("cite"), IndexedBibtexDomain):
        hand_over_bibdata(app, parsed)


def setup(app: Sphinx) -> dict[str, Any]:
    from .compat import pybtex, sphinxcontrib_bibtex

    app.setup_extension("sphinxcontrib.bibtex")
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.connect("config-inited", sphinxcontrib_bibtex.activate)
    # before sphinxcontrib-bibtex reads the .bib files (default priority 500)
    app.connect("builder-inited", check_bibliographies, priority=400)
    app.connect("builder-inited", pybtex.activate)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
