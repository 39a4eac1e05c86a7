"""Numbered paragraphs: a visible, linkable number on each, and ``{para}``.

The converter gives each numbered block the id ``p<n>`` and the class
``para``. A transform puts a :class:`paranum` node at its start: in HTML a
link to the paragraph itself (so that a reader can copy it), in LaTeX a
number in the margin with a hyperlink target.

Each text's HTML page also carries its citation data as ``<meta>`` tags: the
Highwire Press ``citation_*`` tags that reference managers read, and
``edition:cite-text`` and ``edition:cite-edition``, from which the page's
"cite this paragraph" action builds the citation of a paragraph
(:func:`edition.cite.cite_paragraph`). The manifest's records are read at
``builder-inited`` into the build's :class:`~.domain.EditionData`.
Tested in ``tests/test_sphinxext_paragraphs.py``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from ..data.manifest import load_manifest
from ..linking.cite import cite_text
from . import warning_types
from .domain import edition_domain

logger = logging.getLogger(__name__)
PARA_ID_RE = re.compile(r"^p(\d+)$")
PARA_REF_RE = re.compile(r"^(?:(?P<title>.+?)\s*<)?(?:(?P<doc>[\w/.-]+)#)?(?P<number>\d+)(?(title)>)$", re.S)


class paranum(nodes.inline):
    """The number of a paragraph, placed at its start."""


class ParagraphNumbers(SphinxTransform):
    default_priority = 800

    def apply(self, **kwargs) -> None:
        for node in list(self.document.findall(nodes.Element)):
            if "para" not in node.get("classes", []):
                continue
            found = [m for i in node["ids"] if (m := PARA_ID_RE.match(i))]
            if not found:
                continue
            number, anchor = found[0].group(1), found[0].string
            target = node if isinstance(node, nodes.paragraph) else next(node.findall(nodes.paragraph), None)
            if target is not None:
                target.insert(0, paranum("", number, classes=["paranum"], anchor=anchor))
            elif isinstance(node, nodes.literal_block):
                number_literal_block(node, number, anchor)


def number_literal_block(node: nodes.literal_block, number: str, anchor: str) -> None:
    """A numbered block with no paragraph in it (a witness's code, kept as printed): the block
    goes into a container that takes its anchor and class, and the number goes before the
    block, since a number inside it would be read as part of the code."""
    box = nodes.container("", classes=["para", "para-block"], ids=list(node["ids"]))
    node["ids"] = []
    node["classes"] = [c for c in node["classes"] if c != "para"]
    node.replace_self(box)
    box += [paranum("", number, classes=["paranum"], anchor=anchor, block=True), node]


class para_xref(nodes.inline):
    """A link to a numbered paragraph of another document, resolved when written."""


class ParaRole(SphinxRole):
    """``{para}`12``` → "¶ 12", a link to paragraph 12 of the same text;
    ``{para}`texts/soviet-mirage#12``` → the same in another document;
    ``{para}`V ¶ 12 <texts/soviet-mirage#12>``` → the same with its own text."""

    def run(self):
        m = PARA_REF_RE.match(self.text.strip())
        if not m:
            logger.warning("{para} needs a paragraph number or DOC#NUMBER, not %r", self.text,
                           type=warning_types.TYPE, subtype=warning_types.PARA, location=self.get_location())
            return [], []
        number = m.group("number")
        label = " ".join(m.group("title").split()) if m.group("title") else f"¶ {number}"
        if m.group("doc"):
            return [para_xref("", label, target=m.group("doc").lstrip("/"), number=number)], []
        ref = nodes.reference("", label, internal=True, refid=f"p{number}", classes=["para-ref"])
        return [ref], []


def resolve_para_refs(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Turn each :class:`para_xref` into a link for the builder at hand."""
    for node in list(doctree.findall(para_xref)):
        target = node["target"]
        if target not in app.env.all_docs:
            logger.warning("{para} refers to an unknown document %r", target,
                           type=warning_types.TYPE, subtype=warning_types.PARA, location=node)
            node.replace_self(nodes.Text(node.astext()))
            continue
        uri = app.builder.get_relative_uri(docname, target) + f"#p{node['number']}"
        node.replace_self(nodes.reference("", node.astext(), internal=True, refuri=uri, classes=["para-ref"]))


def visit_paranum_html(self, node: paranum) -> None:
    anchor = node["anchor"]
    self.body.append(
        f'<a class="paranum" href="#{anchor}" title="Link to paragraph {node.astext()}"'
        f' aria-label="Paragraph {node.astext()}">'
    )


def depart_paranum_html(self, node: paranum) -> None:
    self.body.append("</a>")


def visit_paranum_latex(self, node: paranum) -> None:
    self.body.append(self.hypertarget(node["anchor"], anchor=True))
    self.body.append(r"\edparanumblock{" if node.get("block") else r"\edparanum{")


def depart_paranum_latex(self, node: paranum) -> None:
    self.body.append("}")


def load_witnesses(app: Sphinx) -> None:
    """The manifest's records, into the build's :class:`~.domain.EditionData`."""
    witnesses = {}
    if app.config.edition_manifest:
        manifest = load_manifest(Path(app.confdir) / app.config.edition_manifest)  # errors stop the build earlier
        witnesses = {w["id"]: w for w in manifest.witnesses}
    edition_domain(app.env).update_edition_data(witnesses=witnesses)


def add_citation_meta(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The citation data of a text's page, as ``<meta>`` tags."""
    witnesses = edition_domain(app.env).edition_data.witnesses
    witness = witnesses.get(app.env.metadata.get(pagename, {}).get("witness", ""))
    if witness is None:
        return
    tags = [("citation_title", witness["title"])]
    if witness.get("author") and not witness.get("author_editorial"):
        tags.append(("citation_author", witness["author"]))
    tags += [
        ("citation_inbook_title", app.config.edition_title),
        ("citation_publication_date", app.config.edition_year),
        ("edition:cite-text", cite_text(witness)),
        ("edition:cite-edition", app.config.edition_cite_as),
    ]
    meta = "".join(f'<meta name="{name}" content="{html.escape(value)}" />\n' for name, value in tags)
    context["metatags"] = context.get("metatags", "") + meta


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.connect("builder-inited", load_witnesses)
    app.connect("html-page-context", add_citation_meta)
    app.add_node(
        paranum,
        html=(visit_paranum_html, depart_paranum_html),
        latex=(visit_paranum_latex, depart_paranum_latex),
    )
    app.add_transform(ParagraphNumbers)
    app.connect("doctree-resolved", resolve_para_refs)
    app.add_role("para", ParaRole())
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
