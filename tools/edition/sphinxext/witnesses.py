"""Before Sphinx reads anything: check the witnesses, regenerate the texts.

The manifest is read at ``builder-inited``; a witness whose bytes no longer
match its checksum stops the build with a message naming the file. Then the
MyST sources of the texts are regenerated (only changed files are written,
so an unchanged text is not re-read).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import SphinxError
from sphinx.util import logging

from ..errors import EditionError

logger = logging.getLogger(__name__)


class WitnessError(SphinxError):
    category = "Witness error"


def regenerate_texts(app: Sphinx) -> None:
    from ..sync import sync

    manifest = Path(app.confdir) / app.config.edition_manifest
    try:
        written = sync(manifest, Path(app.srcdir), check=False)
    except EditionError as err:
        raise WitnessError(str(err)) from None
    for path in written:
        logger.info("edition: regenerated %s", path)


def setup_witnesses(app: Sphinx) -> None:
    app.add_config_value("edition_manifest", "seeds/manifest.toml", "env", str)
    app.connect("builder-inited", regenerate_texts)
