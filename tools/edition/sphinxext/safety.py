"""Defence in depth: no page carries raw HTML, another file's content, a download or an unsafe link.

``edition check`` and the loaders refuse hostile contributions on the
parser's tokens (:mod:`edition.markup`). Should anything get past them, this
extension looks at every document Sphinx reads, once parsed
(``doctree-read``), and removes what no page of this edition needs from a
contribution:

- raw HTML or LaTeX (``raw`` nodes), images and mathematics;
- content read from another file (a node whose ``source`` is not the
  document's own, as ``include``, ``literalinclude`` and ``:file:`` options
  make), except the pages ``edition sync`` generates under ``_generated/``;
- downloads (``download_reference``), except on the pages of
  ``edition_download_pages``;
- links whose address has a scheme other than ``http``, ``https`` and
  ``mailto``.

Each is logged as an error of type ``edition``, subtype ``unsafe``, naming
the contributor's file (the editorial data of a text, the glossary entry,
the index file), and the build then stops (exit status 2, without a
traceback) before anything is written: it fails closed, ``-W`` or not. The findings are
kept per document, so the extension is parallel-safe, and a repaired
document is read again and forgotten.

Tested in ``tests/test_hostile.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from ..data.markup import ALLOWED_SCHEMES, link_scheme

logger = logging.getLogger(__name__)


#: the raw nodes MyST-Parser makes for a hard line break (``render_hardbreak``), the only raw output allowed
HARD_BREAKS = {("html", "<br />\n"), ("latex", "\\\\\n")}


def contributor_file(app: Sphinx, docname: str, node: nodes.Node) -> str:
    """The file a contributor would have to change: the data a generated page is made from."""
    section = node
    while section is not None and not (isinstance(section, nodes.section)
                                       and any(i.startswith("gloss-") for i in section["ids"])):
        section = section.parent
    if section is not None:
        slug = next(i for i in section["ids"] if i.startswith("gloss-")).removeprefix("gloss-")
        return f"docs/{app.config.edition_glossary_dir}/{slug}.md"
    parts = docname.split("/")
    if parts[0] == "texts" and len(parts) == 2:
        return f"seeds/editorial/{parts[1]}.toml (or the witness of {parts[1]})"
    if docname.startswith("index-of-"):
        return f"docs/indexes/{docname.removeprefix('index-of-')}.toml"
    if docname == "parallels":
        return "docs/indexes/parallels.toml"
    return app.env.doc2path(docname, False).as_posix()


def _refusal(app: Sphinx, docname: str, node: nodes.Node, own: Path, generated: Path) -> str | None:
    """Why *node* may not stand on the page *docname*, or ``None``."""
    if isinstance(node, nodes.raw):
        if (node.get("format"), node.astext()) in HARD_BREAKS:
            return None
        return f"raw {node.get('format', '')} output".replace("  ", " ")
    if isinstance(node, (nodes.image, nodes.math, nodes.math_block)):
        return "an image" if isinstance(node, nodes.image) else "mathematics"
    if isinstance(node, addnodes.download_reference) and docname not in app.config.edition_download_pages:
        return f"a download of {node.get('reftarget', '')!r}"
    if isinstance(node, nodes.reference) and node.get("refuri"):
        scheme = link_scheme(node["refuri"])
        if scheme is not None and scheme not in ALLOWED_SCHEMES:
            return f"a link to a {scheme}: address"
    source = node.get("source") if isinstance(node, nodes.Element) else None
    if source:
        path = Path(source).resolve()
        if path != own and generated not in path.parents:
            return f"the content of another file ({source})"
    return None


def guard_doctree(app: Sphinx, doctree: nodes.document) -> None:
    """Remove, and report, every node of *doctree* that :func:`_refusal` refuses."""
    env = app.env
    docname = env.docname
    own = Path(env.doc2path(docname)).resolve()
    generated = (Path(app.srcdir) / "_generated").resolve()
    found = []
    for node in list(doctree.findall(nodes.Element)):
        if node.parent is None and node is not doctree:
            continue  # inside a node removed already
        why = _refusal(app, docname, node, own, generated)
        if why is None:
            continue
        where = contributor_file(app, docname, node)
        logger.error("%s: refused %s on the page %s; nothing of it is published", where, why, docname,
                     type="edition", subtype="unsafe", location=node)
        found.append(f"{where}: {why}")
        node.parent.remove(node)
    if found:
        env.edition_unsafe[docname] = found
    else:
        env.edition_unsafe.pop(docname, None)


def init_env(app: Sphinx, env: BuildEnvironment, *args: Any) -> None:
    if not hasattr(env, "edition_unsafe"):
        #: docname → what was refused on it
        env.edition_unsafe = {}


def purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    init_env(app, env)
    env.edition_unsafe.pop(docname, None)


def merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    init_env(app, env)
    for docname in docnames:
        if docname in getattr(other, "edition_unsafe", {}):
            env.edition_unsafe[docname] = other.edition_unsafe[docname]


def fail_closed(app: Sphinx, env: BuildEnvironment) -> None:
    """Stop the build, before any page is written, if a page had anything refused."""
    found = sorted(env.edition_unsafe)
    if found:
        logger.error("Unsafe content refused on %s: nothing was written (see the errors above)", ", ".join(found),
                     type="edition", subtype="unsafe")
        # the environment is not saved: the next build reads the repaired pages again
        raise SystemExit(2)


def setup_safety(app: Sphinx) -> None:
    app.add_config_value("edition_download_pages", ["downloads"], "env", list)
    app.connect("env-before-read-docs", init_env)
    app.connect("env-purge-doc", purge_doc)
    app.connect("env-merge-info", merge)
    app.connect("doctree-read", guard_doctree)
    app.connect("env-updated", fail_closed)


def setup(app: Sphinx) -> dict[str, Any]:
    setup_safety(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
