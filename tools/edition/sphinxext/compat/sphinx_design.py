"""sphinx-design: its whole-document passes, run where their components are.

For every document it writes, sphinx-design walks the whole tree four times
looking for components: dropdowns, asides and tab sets (post-transforms),
and links that open in a new tab (a ``doctree-resolved`` handler). The
edition's texts are long and hold none of them, so most of those walks
find nothing; together they cost more than all of the edition's own passes.

Here one walk per document takes a census (the ``design_component`` of
every node, and whether any asks for a new tab), and each of those four
passes runs only on a document that has what it looks for. A pass not
named in :data:`PASSES` runs as before, and so does everything if
sphinx-design's names change: the passes are found by name, and a name not
found is left alone. Switch: ``edition_compat_sphinx_design``; tested
versions: :data:`~edition.sphinxext.compat.TESTED`. Differential test:
``tests/test_compat_sphinx_design.py`` (the pages with the workaround and
without, byte for byte).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from . import enabled

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: sphinx-design's post-transforms that only rewrite one component, by class name
PASSES = {
    "DropdownHtmlTransform": "dropdown",
    "AsideHtmlTransform": "aside",
    "TabSetHtmlTransform": "tab-set",
}
#: the census entry for an element that opens its links in a new tab (``sd_new_tab``)
NEW_TAB = "\0new-tab"


def census(document: nodes.document) -> frozenset[str]:
    """The sphinx-design components in *document*, and :data:`NEW_TAB` if any element asks for one.

    Taken once per document and kept on the document object (not in its
    attributes, so it is neither written out nor copied).
    """
    found = getattr(document, "_edition_design_census", None)
    if found is None:
        kinds = set()
        for node in document.findall(nodes.Element):
            attributes = node.attributes
            if "design_component" in attributes:
                kinds.add(attributes["design_component"])
            if attributes.get("sd_new_tab"):
                kinds.add(NEW_TAB)
        found = frozenset(kinds)
        document._edition_design_census = found  # type: ignore[attr-defined]
    return found


def _only_where_found(transform: type[Any], component: str) -> type[Any]:
    """*transform* (a post-transform of sphinx-design, found by name), run only where *component* is."""
    def run(self: Any, **kwargs: Any) -> None:
        if component in census(self.document):
            transform.run(self, **kwargs)

    return type(transform.__name__, (transform,), {"run": run, "__module__": __name__,
                                                   "__doc__": transform.__doc__})


def narrow_design_passes(app: Sphinx) -> None:
    """Put the census in front of sphinx-design's passes (once all extensions are set up)."""
    transforms = app.registry.post_transforms
    for i, transform in enumerate(transforms):
        component = PASSES.get(transform.__name__)
        if component and transform.__module__.startswith("sphinx_design."):
            transforms[i] = _only_where_found(transform, component)
    for listener in list(app.events.listeners.get("doctree-resolved", [])):
        handler = listener.handler
        name = (getattr(handler, "__module__", ""), getattr(handler, "__name__", ""))
        if name == ("sphinx_design.extension", "_resolve_new_tab_refs"):
            app.disconnect(listener.id)

            def resolve_new_tab_refs(app: Sphinx, doctree: nodes.document, docname: str, handler=handler) -> None:
                if NEW_TAB in census(doctree):
                    handler(app, doctree, docname)

            app.connect("doctree-resolved", resolve_new_tab_refs, priority=listener.priority)


def activate(app: Sphinx) -> None:
    """Narrow sphinx-design's passes in this build, if it is loaded, the switch on and its version tested.

    At ``builder-inited``: after every extension's setup, before any document is written.
    """
    if "sphinx_design" in app.extensions and enabled(app, "sphinx-design"):
        narrow_design_passes(app)
