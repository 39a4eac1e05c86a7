"""Back-links from the shared bibliography to every place that cites a work.

sphinxcontrib-bibtex links a citation to its entry, and back again only
within one document. This module records, for each document, where each
citation stands (the numbered paragraph, or the author's note, holding it)
and, on the bibliography page, adds to each entry the list of texts and
places that cite it.

The places are recorded per document by an
:class:`~sphinx.environment.collectors.EnvironmentCollector` into the
``edition`` domain (``citation_places``, :mod:`.domain`, which forgets and
merges them page by page), so the extension is safe for parallel reading.
Tested in ``tests/test_sphinxext_citations.py`` and ``tests/test_citations.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.environment.collectors import EnvironmentCollector
from sphinx.util import logging

from .domain import edition_domain
from .ednotes import ednote

if TYPE_CHECKING:
    from sphinxcontrib.bibtex.domain import BibtexDomain

logger = logging.getLogger(__name__)
PARA_ID_RE = re.compile(r"^p\d+$")


class Place(NamedTuple):
    """Where a citation stands in a document."""

    #: the id of the citation itself (its link target in HTML)
    ref_id: str
    #: how the place is named: "¶ 12", "n. 4"
    label: str
    #: the numbered paragraph holding it (or holding the note's marker)
    para_id: str


def bibtex_domain(env: BuildEnvironment) -> BibtexDomain:
    """sphinxcontrib-bibtex's domain (``cite``): its citations and their references."""
    return cast("BibtexDomain", env.get_domain("cite"))


def _paragraph_id(node: nodes.Node | None) -> str:
    while node is not None:
        ids: list[str] = node.get("ids", []) if isinstance(node, nodes.Element) else []
        for id_ in ids:
            if PARA_ID_RE.match(id_):
                return id_
        node = node.parent
    return ""


def places_in(doctree: nodes.document, ref_ids: list[str]) -> dict[str, Place]:
    """Name the place of each citation whose node id is in *ref_ids*."""
    by_id: dict[str, nodes.Element] = {}
    for element in doctree.findall(nodes.Element):
        for id_ in element["ids"]:
            by_id[id_] = element
    marker_of = {
        ref["refid"]: ref for ref in doctree.findall(nodes.footnote_reference) if ref.get("refid")
    }
    out = {}
    for ref_id in ref_ids:
        node = by_id.get(ref_id)
        if node is None:
            continue
        footnote = next((a for a in _ancestors(node) if isinstance(a, nodes.footnote)), None)
        if footnote is not None:
            label = footnote.next_node(nodes.label)
            marker = next((marker_of[i] for i in footnote["ids"] if i in marker_of), None)
            para = _paragraph_id(marker) if marker is not None else ""
            out[ref_id] = Place(ref_id, f"n. {label.astext() if label else '?'}", para)
            continue
        ednote_node = next((a for a in _ancestors(node) if isinstance(a, ednote)), None)
        if ednote_node is not None:
            out[ref_id] = Place(ref_id, f"ed. n. {ednote_node['label']}", "")
            continue
        para = _paragraph_id(node)
        out[ref_id] = Place(ref_id, f"¶ {para[1:]}" if para else _section_title(node), para)
    return out


def _section_title(node: nodes.Node) -> str:
    """The title of the section holding *node* (a glossary entry, a part of the introduction)."""
    section = next((a for a in _ancestors(node) if isinstance(a, nodes.section)), None)
    title = section.next_node(nodes.title) if section is not None else None
    return " ".join(title.astext().split()) if title is not None else ""


def _ancestors(node: nodes.Node | None) -> Iterator[nodes.Node]:
    while node is not None:
        yield node
        node = node.parent


def citation_places(env: BuildEnvironment) -> dict[str, dict[str, Place]]:
    """docname → {citation id → its place}, for every document read."""
    return edition_domain(env).per_document("citation_places")


class CitationPlacesCollector(EnvironmentCollector):
    """Records the places of the citations of each document (forgotten and merged by the ``edition`` domain)."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        pass  # EditionDomain.clear_doc

    def merge_other(self, app: Sphinx, env: BuildEnvironment, docnames: AbstractSet[str],
                    other: BuildEnvironment) -> None:
        pass  # EditionDomain.merge_domaindata

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        env = app.env
        domain = bibtex_domain(env)
        ref_ids = [ref.citation_ref_id for ref in domain.citation_refs if ref.docname == env.docname]
        if ref_ids:
            citation_places(env)[env.docname] = places_in(doctree, ref_ids)


def document_order(env: BuildEnvironment, root: str) -> list[str]:
    """Documents in the order of the table of contents."""
    order: list[str] = []

    def walk(docname: str) -> None:
        if docname in order:
            return
        order.append(docname)
        for child in env.toctree_includes.get(docname, []):
            walk(child)

    walk(root)
    return order + sorted(set(env.all_docs) - set(order))


def add_back_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """On the bibliography page, list under each entry the places citing it."""
    if docname != app.config.edition_bibliography:
        return
    env = app.env
    domain = bibtex_domain(env)
    key_of = {c.citation_id: c.key for c in domain.citations if c.bibliography_key.docname == docname}
    order = {name: i for i, name in enumerate(document_order(env, app.config.root_doc))}
    places = places_by_key(env)
    for citation in doctree.findall(nodes.citation):
        key = next((key_of[i] for i in citation["ids"] if i in key_of), None)
        if key is None:
            continue
        cited = places.get(key, [])
        if not cited:
            continue
        by_doc: dict[str, list[Place]] = {}
        for doc, place in sorted(cited, key=lambda dp: order.get(dp[0], 0)):
            by_doc.setdefault(doc, []).append(place)
        citation += cited_in(app, docname, by_doc)


def places_by_key(env: BuildEnvironment) -> dict[str, list[tuple[str, Place]]]:
    """key → the places citing it, each with its document (in the order the citations were read)."""
    places: dict[str, list[tuple[str, Place]]] = {}
    for ref in bibtex_domain(env).citation_refs:
        place = citation_places(env).get(ref.docname, {}).get(ref.citation_ref_id)
        if place is None:
            continue
        for target in ref.targets:
            places.setdefault(target.key, []).append((ref.docname, place))
    return places


def cited_in(app: Sphinx, docname: str, by_doc: dict[str, list[Place]]) -> nodes.paragraph:
    """The paragraph "Cited in: …" of one entry of the bibliography page *docname*: each document
    citing it by its title, then one link per place (*by_doc*: document → places, in reading order)."""
    env = app.env
    latex = app.builder.format == "latex"
    para = nodes.paragraph(classes=["cited-in"])
    para += nodes.inline("", "Cited in: ", classes=["cited-in-label"])
    for n, (doc, doc_places) in enumerate(by_doc.items()):
        if n:
            para += nodes.Text("; ")
        title = env.titles[doc].astext() if doc in env.titles else doc
        para += nodes.emphasis("", title)
        # one link per place, named by its paragraph, note or section
        unique: dict[str, Place] = {}
        for place in doc_places:
            unique.setdefault(place.label or "here", place)
        for i, (label, place) in enumerate(unique.items()):
            para += nodes.Text(", " if i else " ")
            anchor = place.para_id if latex else place.ref_id
            if latex and not anchor:
                para += nodes.Text(label)
                continue
            uri = app.builder.get_relative_uri(docname, doc) + "#" + anchor
            para += nodes.reference("", label, internal=True, refuri=uri)
    return para


def note_pages_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Note whether pages other than the bibliography are read (or gone) in this build."""
    page = app.config.edition_bibliography
    stale = bool(set(docnames) - {page}) or bool(set(env.all_docs) - env.found_docs)
    edition_domain(env).data["bibliography_stale"] = stale


def back_links_digest(app: Sphinx, env: BuildEnvironment) -> str:
    """A digest of everything the back-links are made of.

    The places of every citation, the titles of the documents citing, and
    the order of the documents.
    """
    domain = bibtex_domain(env)
    citing = sorted({ref.docname for ref in domain.citation_refs})
    data = [
        document_order(env, app.config.root_doc),
        [(doc, env.titles[doc].astext() if doc in env.titles else doc) for doc in citing],
        sorted((ref.docname, ref.citation_ref_id, [t.key for t in ref.targets],
                list(citation_places(env).get(ref.docname, {}).get(ref.citation_ref_id) or ()))
               for ref in domain.citation_refs),
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def bibliography_outdated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Write the bibliography page again when its back-links change.

    They are made when it is written, from what every page recorded, so it
    need not be read again; when the pages read in this build changed no
    citation, its place or the title of a document citing, it is left as it is.
    """
    page = app.config.edition_bibliography
    state = edition_domain(env).data
    if state["bibliography_stale"] and page in env.all_docs:
        state["bibliography_stale"] = False
        digest = back_links_digest(app, env)
        if digest != state["back_links_digest"]:
            state["back_links_digest"] = digest
            return [page]
    return []


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.setup_extension("edition.sphinxext.bibliography")
    app.setup_extension("edition.sphinxext.ednotes")
    app.add_env_collector(CitationPlacesCollector)
    app.connect("env-before-read-docs", note_pages_read)
    app.connect("env-updated", bibliography_outdated)
    app.connect("doctree-resolved", add_back_links)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
