"""furo: let its sidebar use the tree :mod:`edition.sphinxext.navigation` made once per build.

furo computes its navigation tree per page in the private
``furo._compute_navigation_tree(context)``. :func:`activate` wraps it: a
page whose context carries the edition's renderer (:data:`CONTEXT_KEY`)
gets the tree from it, any other page furo's own. Switch:
``edition_compat_furo``; tested versions: :data:`~edition.sphinxext.compat.TESTED`.
Differential test: ``tests/test_compat_furo.py`` (furo's own tree and the
edition's, byte for byte, on every page of a test project).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from . import enabled

#: the key of the page's context holding the renderer of the tree made once
CONTEXT_KEY = "edition_navigation_tree"


def install() -> bool:
    """Wrap ``furo._compute_navigation_tree`` (once: a second build in one process finds it wrapped)."""
    import furo

    compute = getattr(furo, "_compute_navigation_tree", None)
    if compute is None:
        return False
    if getattr(compute, "edition_fast_path", False):
        return True

    def compute_navigation_tree(context: dict[str, Any]) -> str:
        render = context.get(CONTEXT_KEY)
        if render is None:
            return compute(context)
        return render(context["pagename"])

    compute_navigation_tree.edition_fast_path = True  # type: ignore[attr-defined]
    compute_navigation_tree.__wrapped__ = compute  # type: ignore[attr-defined]
    furo._compute_navigation_tree = compute_navigation_tree
    return True


def uninstall() -> None:
    """furo's own function back, if an earlier build in this process wrapped it."""
    try:
        import furo
    except ImportError:
        return
    compute = getattr(furo, "_compute_navigation_tree", None)
    if getattr(compute, "edition_fast_path", False):
        furo._compute_navigation_tree = compute.__wrapped__  # type: ignore[union-attr]


def activate(app: Sphinx) -> bool:
    """Install the workaround for this build if the theme is furo, the switch on and furo's version tested."""
    if app.config.html_theme != "furo" or not enabled(app, "furo"):
        uninstall()
        return False
    return install()
