"""Before Sphinx reads anything: check the witnesses, regenerate the texts.

The manifest is read at ``builder-inited``; a witness whose bytes no longer
match its checksum (or bad editorial data) stops the build with a message
naming the file, logged as ``edition.witness`` (:mod:`.errors`: no
traceback). Then the MyST sources of the texts are regenerated (only
changed files are written, so an unchanged text is not re-read), from the
paths of the one configuration (:mod:`.config`). Tested in
``tests/test_manifest.py`` and ``tests/test_glossary_build.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from ..errors import EditionError, WitnessIntegrityError
from . import warning_types
from .config import EditionConfig
from .errors import EditionBuildError, stop_on_errors

logger = logging.getLogger(__name__)


@stop_on_errors
def regenerate_texts(app: Sphinx) -> None:
    """Write the generated sources that are stale (``edition sync``'s work).

    :raises EditionBuildError: a witness, the glossary or other data the texts cannot be made from
    """
    from ..pipeline import GlossaryError
    from ..sync import sync

    config = EditionConfig.from_sphinx(app.config)
    manifest = config.manifest_path(Path(app.confdir))
    if manifest is None:
        return  # a project without witnesses (the browser tests' small page)
    try:
        written = sync(manifest, Path(app.srcdir), check=False, config=config)
    except EditionError as err:
        # Nothing can be built from a witness that is not the one the manifest
        # describes: say which file and stop, without Sphinx's crash report.
        subtype = warning_types.WITNESS
        if isinstance(err, WitnessIntegrityError):
            kind = "Witness error"
        elif isinstance(err, GlossaryError):
            kind, subtype = "Glossary error", warning_types.GLOSSARY
        else:
            kind = "Edition data error"
        stop = EditionBuildError(err.message, err.path, err.line, subtype=subtype, kind=kind)
        raise stop from None
    except Exception as err:  # noqa: BLE001  (bad input ends the build with a message, never a traceback)
        raise EditionBuildError(f"the edition's data could not be read ({type(err).__name__}: {err}); "
                                "`edition check` names the file, or report this as a bug",
                                subtype=warning_types.WITNESS) from None
    for path in written:
        logger.info("edition: regenerated %s", path)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.connect("builder-inited", regenerate_texts)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
