"""Before Sphinx reads anything: check the witnesses, regenerate the texts.

The manifest is read at ``builder-inited``; a witness whose bytes no longer
match its checksum (or bad editorial data) stops the build with a message
naming the file, logged as ``edition.witness``. Then the
MyST sources of the texts are regenerated (only changed files are written,
so an unchanged text is not re-read).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from ..errors import EditionError, WitnessIntegrityError

logger = logging.getLogger(__name__)


def regenerate_texts(app: Sphinx) -> None:
    from ..pipeline import GlossaryError
    from ..sync import sync

    if not app.config.edition_manifest:
        return  # a project without witnesses (the browser tests' small page)
    manifest = Path(app.confdir) / app.config.edition_manifest
    try:
        written = sync(manifest, Path(app.srcdir), check=False)
    except EditionError as err:
        # Nothing can be built from a witness that is not the one the manifest
        # describes: say which file and stop, without Sphinx's crash report.
        if isinstance(err, WitnessIntegrityError):
            kind = "Witness error"
        elif isinstance(err, GlossaryError):
            kind = "Glossary error"
        else:
            kind = "Edition data error"
        logger.error("%s: %s", kind, err, type="edition", subtype="witness")
        raise SystemExit(2) from None
    for path in written:
        logger.info("edition: regenerated %s", path)


def check_bibliographies(app: Sphinx) -> None:
    """Refuse a broken .bib file before sphinxcontrib-bibtex reads it.

    Connected ahead of sphinxcontrib-bibtex, so that a syntax error, a
    duplicate key, an unknown entry type or a missing field stops the build
    with the file and line, as ``edition check`` reports them, and not with
    the parser's traceback. An entry that nothing cites is not an error here.
    Files already checked by an earlier build, byte for byte, are not parsed
    again; a file checked now is handed to sphinxcontrib-bibtex as parsed
    (:func:`~.bibtex.hand_over_bibdata`).
    """
    from ..data.bibliography import check_bibliography_data
    from .bibtex import bib_fingerprint, hand_over_bibdata

    names = list(getattr(app.config, "bibtex_bibfiles", []))
    fingerprint = bib_fingerprint(Path(app.confdir) / name for name in names)
    if getattr(app.env, "edition_checked_bibfiles", None) == fingerprint:
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
        for problem in problems:
            logger.error("Bibliography error: %s", problem, type="edition", subtype="bibliography")
        raise SystemExit(2)
    app.env.edition_checked_bibfiles = fingerprint
    hand_over_bibdata(app, parsed)


def setup_witnesses(app: Sphinx) -> None:
    app.add_config_value("edition_manifest", "seeds/manifest.toml", "env", str)
    app.connect("builder-inited", regenerate_texts)
    # before sphinxcontrib-bibtex reads the .bib files (default priority 500)
    app.connect("builder-inited", check_bibliographies, priority=400)
