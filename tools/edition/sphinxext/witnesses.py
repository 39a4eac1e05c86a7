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
    from ..sync import GlossaryError, sync

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


def setup_witnesses(app: Sphinx) -> None:
    app.add_config_value("edition_manifest", "seeds/manifest.toml", "env", str)
    app.connect("builder-inited", regenerate_texts)
