"""furo's navigation tree, made once per build instead of once per page.

furo puts the whole site's table of contents in the sidebar of every page.
For each page it resolves Sphinx's global toctree (a deep copy of every
document's table of contents, sections and all, only to keep their titles)
and then parses the result with BeautifulSoup to add its expand buttons.
That work grows with pages × documents, and it was the largest part of what
the theme added to a build (furo's issue #939 describes the same cost).

What differs between two pages' trees is small:

- the links, relative to the page, and ``href="#"`` for the page itself;
- the ``current`` class on the page's own link and on every ``<li>`` and
  ``<ul>`` that holds it, the expanded (``checked``) switch of each such
  ``<li>``, and ``current-page`` on the innermost ``<li>``.

So :class:`NavigationTree` asks Sphinx and furo for the tree once, with a
placeholder in place of every link, and keeps furo's result twice: parsed,
and serialised with a token in place of each of those attributes. For each
page it sets the attributes on the parsed tree, writes out just them into
the serialised one, and sets them back. Everything else (captions, hidden
toctrees, ``self`` and external entries, the theme's markup) is furo's and
Sphinx's own output, serialised by BeautifulSoup as furo does. A test
compares the result with furo's own for every page of the edition and of a
test project.

The fast path is taken only for builders whose links are the standard HTML
builder's; any other falls back to furo's own computation. furo is handed
the tree through its private ``_compute_navigation_tree``, wrapped by
:mod:`edition.sphinxext.compat.furo` (switch ``edition_compat_furo``); with
the workaround off, furo makes its tree itself. Tested in
``tests/test_compat_furo.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.environment.adapters.toctree import global_toctree_for_doc
from sphinx.util import logging

from .compat import furo as furo_compat
from .compat.furo import CONTEXT_KEY

if TYPE_CHECKING:
    from collections.abc import Callable

    from bs4 import BeautifulSoup, Tag
    from docutils import nodes
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: Where a link's target document goes while the tree is made; no document
#: name or URL starts like this (a NUL cannot be in a file name).
PLACEHOLDER = "\0edition-nav:"

#: The document the tree is made for: none, so that no entry is current.
NO_DOCUMENT = "\0edition-nav"

#: The arguments furo gives Sphinx's ``toctree()`` for its sidebar.
FURO_TOCTREE: dict[str, Any] = {"collapse": False, "titles_only": True, "maxdepth": -1, "includehidden": True}

#: marks a token in the serialised tree; an attribute holding one is a slot
TOKEN = "\0"
SLOT = re.compile(r' [^\s=/>]+="\0(\d+)\0"')


class _PlaceholderLinks:
    """The builder, but every link it makes is the placeholder and its target."""

    def __init__(self, builder: StandaloneHTMLBuilder) -> None:
        self._builder = builder

    def get_relative_uri(self, from_: str, to: str, typ: str | None = None) -> str:
        return PLACEHOLDER + to

    def __getattr__(self, name: str) -> Any:
        return getattr(self._builder, name)


class NavigationTree:
    """furo's sidebar tree for one build, rendered per page."""

    def __init__(self, builder: StandaloneHTMLBuilder, html: str) -> None:
        from bs4 import BeautifulSoup
        from furo.navigation import get_navigation_tree

        self.builder = builder
        self.soup: BeautifulSoup = BeautifulSoup(get_navigation_tree(html), "html.parser")
        # (link, target document, anchor) for every internal link.
        self.links: list[tuple[Tag, str, str]] = []
        for link in self.soup.find_all("a"):
            href = link.get("href")
            if isinstance(href, str) and href.startswith(PLACEHOLDER):
                docname, hash_, anchor = href[len(PLACEHOLDER) :].partition("#")
                self.links.append((link, docname, hash_ + anchor))
        self.items: list[Tag] = self.soup.find_all("li")
        self._tokenise()

    def _tokenise(self) -> None:
        """The tree serialised once, with a token for every attribute a page may change."""
        from bs4.formatter import HTMLFormatter

        self.formatter = HTMLFormatter.REGISTRY["minimal"]
        #: (tag, attribute) for each token, by number
        self.slots: list[tuple[Tag, str]] = []
        switches = [tag for tag in self.soup.find_all("input") if "toctree-checkbox" in tag.get_attribute_list("class")]
        marked = [(link, "href") for link, _, _ in self.links] + [(link, "class") for link, _, _ in self.links]
        marked += [(tag, "class") for tag in self.soup.find_all(("li", "ul"))]
        marked += [(tag, "checked") for tag in switches]
        saved = []
        for tag, attribute in marked:
            saved.append((tag, attribute, tag.attrs.get(attribute)))
            tag.attrs[attribute] = f"{TOKEN}{len(self.slots)}{TOKEN}"
            self.slots.append((tag, attribute))
        try:
            template = str(self.soup)
        finally:
            for tag, attribute, value in saved:
                if value is None:
                    del tag.attrs[attribute]
                else:
                    tag.attrs[attribute] = value
        # static text, slot number, static text, slot number, …, static text
        self.template: list[str | int] = [
            int(part) if i % 2 else part for i, part in enumerate(SLOT.split(template))
        ]

    def _attribute(self, slot: int) -> str:
        """The attribute of *slot* as BeautifulSoup writes it, with its leading space; empty if absent."""
        tag, attribute = self.slots[slot]
        value = tag.attrs.get(attribute)
        if value is None:
            return ""
        if isinstance(value, (list, tuple)):
            value = " ".join(value)
        return f" {attribute}={self.formatter.quoted_attribute_value(self.formatter.attribute_value(value))}"

    @classmethod
    def make(cls, app: Sphinx) -> NavigationTree:
        builder = app.builder
        assert isinstance(builder, StandaloneHTMLBuilder)
        tree = global_toctree_for_doc(
            app.env,
            NO_DOCUMENT,
            _PlaceholderLinks(builder),  # type: ignore[arg-type]
            tags=builder.tags,
            **FURO_TOCTREE,
        )
        html = builder.render_partial(tree)["fragment"] if tree is not None else ""
        return cls(builder, html)

    def render(self, pagename: str) -> str:
        undo: list[Callable[[], object]] = []
        try:
            self._mark(pagename, undo)
            return "".join(part if isinstance(part, str) else self._attribute(part) for part in self.template)
        finally:
            for step in reversed(undo):
                step()

    def _mark(self, pagename: str, undo: list[Callable[[], object]]) -> None:
        relative = self.builder.get_relative_uri
        current: list[Tag] = []
        for link, docname, anchor in self.links:
            _set(link, "href", (relative(pagename, docname) + anchor) or "#", undo)
            if docname == pagename and not anchor:
                current.append(link)
        for link in current:
            _set(link, "class", ["current", *link.get_attribute_list("class")], undo)
            # A page listed twice under one entry marks it once: the HTML
            # writer drops a repeated class.
            for ancestor in link.parents:
                if ancestor.name not in ("li", "ul"):
                    continue
                classes = list(ancestor.get_attribute_list("class"))
                if "current" in classes:
                    continue
                # furo adds has-children after Sphinx's own classes.
                at = classes.index("has-children") if "has-children" in classes else len(classes)
                classes.insert(at, "current")
                _set(ancestor, "class", classes, undo)
                if ancestor.name == "li" and "has-children" in classes:
                    switch = ancestor.find("input", class_="toctree-checkbox", recursive=False)
                    if switch is not None:
                        _set(switch, "checked", "", undo)
        innermost = None
        for item in self.items:
            if "current" in item.get_attribute_list("class"):
                innermost = item
        if innermost is not None:
            _set(innermost, "class", [*innermost["class"], "current-page"], undo)


def _set(tag: Tag, attribute: str, value: Any, undo: list[Callable[[], object]]) -> None:
    if attribute in tag.attrs:
        old = tag.attrs[attribute]
        undo.append(lambda: tag.attrs.__setitem__(attribute, old))
    else:
        undo.append(lambda: tag.attrs.pop(attribute, None))
    tag.attrs[attribute] = value


def _standard_links(builder: object) -> bool:
    if not isinstance(builder, StandaloneHTMLBuilder):
        return False
    cls = type(builder)
    return (
        cls.get_target_uri is StandaloneHTMLBuilder.get_target_uri
        and cls.get_relative_uri is StandaloneHTMLBuilder.get_relative_uri
    )


def offer_navigation_tree(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """Give furo, through the page's context, a way to the tree made once."""
    if app.config.html_theme != "furo" or "toctree" not in context or not _standard_links(app.builder):
        return
    tree = getattr(app.builder, "_edition_navigation_tree", None)
    if tree is None:
        tree = NavigationTree.make(app)
        app.builder._edition_navigation_tree = tree  # type: ignore[attr-defined]
    context[CONTEXT_KEY] = tree.render


def forget_navigation_tree(app: Sphinx, *args: Any) -> None:
    """A tree made before the documents were read again is stale."""
    if hasattr(app.builder, "_edition_navigation_tree"):
        del app.builder._edition_navigation_tree


def activate(app: Sphinx, config: object) -> None:
    """Offer furo the tree made once, if the workaround of furo is active in this build."""
    if furo_compat.activate(app):
        # Before furo's own handler (priority 500), which reads the offer.
        app.connect("html-page-context", offer_navigation_tree, priority=400)
        app.connect("env-updated", forget_navigation_tree)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.connect("config-inited", activate)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
