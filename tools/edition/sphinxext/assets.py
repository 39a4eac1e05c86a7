"""Each page loads only the styles and scripts it uses.

Sphinx and sphinx-design add their files to every page: the highlighting of
code (``pygments.css``) and sphinx-design's components (its style sheet and
the script of its tabs), together some 80 KB. The edition's texts hold no
code and no component, and are read on phones. At ``html-page-context``,
each page is looked at as written: a page whose body has no highlighted
code loses ``pygments.css``, and a page whose body has no element of
sphinx-design's (a class ``sd-…``) loses sphinx-design's files. Nothing
else is touched, and a page that has them keeps them.

Tested in ``tests/test_sphinxext_assets.py``.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.application import Sphinx

#: a file a page may go without, and what in its body needs it
NEEDED_BY = {
    "pygments.css": re.compile(r'class="[^"]*\bhighlight\b'),
    "sphinx-design": re.compile(r'class="[^"]*\bsd-'),
    "design-tabs.js": re.compile(r'class="[^"]*\bsd-tab'),
}


def _needed(filename: str, body: str) -> bool:
    for name, pattern in NEEDED_BY.items():
        if name in filename.rsplit("/", 1)[-1]:
            return bool(pattern.search(body))
    return True


def prune_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Leave out of *context* the style sheets and scripts its body does not use."""
    body = context.get("body")
    if not isinstance(body, str):
        return  # not a page made from a document (search, genindex): as Sphinx has it
    for key in ("css_files", "script_files"):
        files = context.get(key)
        if isinstance(files, list):
            context[key] = [f for f in files if _needed(str(getattr(f, "filename", f)), body)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", prune_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
