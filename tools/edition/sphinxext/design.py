"""sphinx-design's components on the edition's pages: its passes made to cost only where they are.

The edition's texts are long and hold no dropdown or tab; sphinx-design
walks each of them four times looking for one. The workaround that runs
those passes only where a component is lives with the other workarounds,
in :mod:`edition.sphinxext.compat.sphinx_design` (switch
``edition_compat_sphinx_design``). Tested in ``tests/test_compat_sphinx_design.py``.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .compat import sphinx_design


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    # builder-inited: after every extension's setup, before any document is written
    app.connect("builder-inited", sphinx_design.activate)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
