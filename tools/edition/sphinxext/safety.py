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
- Markdown links without a scheme (``[x](page.md)``, ``[x](../conf.py)``), which MyST
  makes references or, where the building machine has the file named, downloads:
  refused by their form, whatever the machine holds;
- links whose address has a scheme other than ``http``, ``https`` and
  ``mailto``, and such links in any other form than the one
  :func:`edition.data.weblinks.link_refusal` allows (a host by a number,
  a user name before it, a backslash …; a bibliography's ``url`` too; a
  ``mailto:`` that fills in an ``attach`` field);
- attributes no construct of the edition sets (:data:`NODE_ATTRIBUTES`:
  ``style``, which sphinx-design's ``div`` copies from its options);
- in a glossary entry's section, any node, class or label its template and
  an entry's body do not make (:data:`ENTRY_NODES`, :data:`ENTRY_CLASSES`:
  no ``only``, admonition, definition list or other container);
- lists and block quotes deeper than LaTeX prints (:data:`LATEX_NESTING`).

Before a hand-written page is read, the options of its directives are judged by the allow-list
of :data:`edition.data.markup.PAGE_DIRECTIVE_OPTIONS`, as ``edition check`` judges them
(:func:`guard_directive_options`): a page with one refused stops the build before anything is
written, as the guard's own findings do.

Each is logged as an error of type ``edition``, subtype ``unsafe``, naming
the contributor's file (the editorial data of a text, the glossary entry,
the index file), and the build then stops (exit status 2, without a
traceback: :mod:`.errors`) before anything is written: it fails closed, ``-W``
or not. The findings are kept per document in the ``edition`` domain
(``unsafe``, :mod:`.domain`), so the extension is parallel-safe, and a
repaired document is read again and forgotten.

Tested in ``tests/test_hostile.py`` and ``tests/test_security_round9.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..data.config import EditionConfig
from ..data.markup import (
    ALLOWED_SCHEMES,
    DOWNLOADS_RE,
    front_matter_problems,
    link_relation_refusal,
    link_scheme,
    link_target_refusal,
    page_character_problems,
    page_source_problems,
)
from ..data.targets import TOCTREE_DEPTH_MOST, generated_source, toctree_too_deep
from ..data.weblinks import link_refusal
from ..files import symbolic_links
from . import warning_types
from .domain import edition_domain
from .errors import EditionBuildError, stop_on_errors

logger = logging.getLogger(__name__)


#: the raw nodes MyST-Parser makes for a hard line break (``render_hardbreak``), the only raw output allowed
HARD_BREAKS = {("html", "<br />\n"), ("latex", "\\\\\n")}


def contributor_file(app: Sphinx, docname: str, node: nodes.Node) -> str:
    """The file a contributor would have to change: the data a generated page is made from."""
    section = _entry_section(node)
    if section is not None:
        slug = next(i for i in section["ids"] if i.startswith("gloss-")).removeprefix("gloss-")
        return f"docs/{app.config.edition_glossary_dir}/{slug}.md"
    parts = docname.split("/")
    if parts[0] == "texts" and len(parts) == 2:
        return f"seeds/editorial/{parts[1]}.toml (or the witness of {parts[1]})"
    indexes = f"docs/{app.config.edition_indexes_dir}"
    if docname.startswith("index-of-"):
        return f"{indexes}/{docname.removeprefix('index-of-')}.toml"
    if docname == "parallels":
        return f"{indexes}/parallels.toml"
    return app.env.doc2path(docname, False).as_posix()


#: the downloads the Downloads page offers (paths relative to it): nothing else may be downloaded


def _refusal(app: Sphinx, docname: str, node: nodes.Node, own: Path, generated: Path) -> str | None:
    """Why *node* may not stand on the page *docname*, or ``None``."""
    return (_refused_element(node) or _refused_attribute(node) or _refused_in_entry(node)
            or _refused_address(app, docname, node) or _foreign_source(node, own, generated))


#: the attributes a node of any page may carry: docutils' own (those of its document type,
#: ``nodes.ATTRIBUTE_VALIDATORS``) and those Sphinx, its extensions and the edition's nodes set. Not
#: ``style`` (sphinx-design's ``div`` takes one), nor any other a directive could copy from its options
NODE_ATTRIBUTES = frozenset(getattr(nodes, "ATTRIBUTE_VALIDATORS", {})) | frozenset({
    "ids", "classes", "names", "dupnames", "backrefs", "source", "line", "xml:space",
    # Sphinx: cross-references, toctrees, downloads, only, index, code, glossary terms
    "refdoc", "refdomain", "refexplicit", "refid", "reftarget", "reftype", "refwarn", "refuri", "internal",
    "entries", "includefiles", "maxdepth", "caption", "rawcaption", "glob", "hidden", "includehidden",
    "numbered", "titlesonly", "parent", "rawentries", "filename", "expr", "inline", "language", "linenos",
    "highlight_args", "force", "anchor", "docname", "translation_progress", "nocomments", "orphan",
    "is_div", "design_component", "ismod", "std:program", "py:module", "py:class", "c:parent_key",
    "cpp:parent_key", "js:module", "js:object", "dedent", "number", "secnumber", "toctree",
    # an abbreviation's explanation ({abbr}`RT (x)`), printed as text (HTML's title, LaTeX's escaped)
    "explanation",
    # the edition's and sphinxcontrib-bibtex's nodes
    "action", "path", "slug", "target", "label", "keys", "citation_id", "refcaption",
    # sphinx-design's components (tabs, cards, dropdowns, icons, tooltips), its own data; not its ``style``
    "body_classes", "title_classes", "selected", "sd_new_tab", "aria_controls", "aria_labelledby", "checked", "chevron",
    "container_classes", "details_name", "has_title", "icon", "id", "input_id", "opened", "open", "reftitle",
    "sd_tooltip", "set_id", "svg", "sync_group", "sync_id", "margin", "rel", "role", "start", "width", "name",
    "sd_card_legacy_warned",
})
#: the nodes a glossary entry's section may hold: those its template and an entry's body make
#: (:data:`edition.data.markup.ENTRY_BODY`), nothing a directive alone makes (``only``, admonitions)
ENTRY_NODES: tuple[type, ...] = (
    nodes.section, nodes.title, nodes.paragraph, nodes.emphasis, nodes.strong, nodes.inline, nodes.reference,
    nodes.bullet_list, nodes.enumerated_list, nodes.list_item, nodes.block_quote, nodes.rubric, nodes.target,
    nodes.container, addnodes.pending_xref,
)
#: the classes a node of a glossary entry's section may have: the template's and Sphinx's cross-references'
ENTRY_CLASSES = frozenset({"gloss-definition", "gloss-edit", "gloss-forms", "gloss-related", "gloss-sources",
                           "gloss-usage", "xref", "std", "std-doc", "std-ref", "std-term", "cite", "cite-p",
                           "cite-t"})
#: the edition's own nodes an entry's section holds (by name: the Sphinx layer's modules import this one)
ENTRY_OWN_NODES = frozenset({"para_xref", "repository_link", "gloss"})
#: the nodes LaTeX sets as list-like environments, of which it prints at most :data:`LATEX_NESTING`
#: inside one another, and at most :data:`LATEX_LISTS` of one kind of list ("Too deeply nested"; Sphinx's
#: ``maxlistdepth`` is not set). Contributed text is held to less (:data:`edition.data.markup.MAX_NESTING`)
NESTING = (nodes.bullet_list, nodes.enumerated_list, nodes.block_quote, nodes.definition_list)
LATEX_NESTING = 6
LATEX_LISTS = 4


def _refused_attribute(node: nodes.Node) -> str | None:
    """An attribute that no construct of the edition sets (``style`` …)."""
    if not isinstance(node, nodes.Element) or isinstance(node, nodes.document):
        return None
    extra = sorted(set(node.attributes) - NODE_ATTRIBUTES)
    if extra:
        return f"the attribute {extra[0]!r} on {type(node).__name__}"
    if why := link_relation_refusal(str(node.get("rel", ""))):
        return f"the attribute 'rel' on {type(node).__name__}: {why}"
    if isinstance(node, nodes.reference) and (why := link_target_refusal(node.get("target"))):
        return f"the attribute 'target' on {type(node).__name__}: {why}"
    return None


def _entry_section(node: nodes.Node) -> nodes.section | None:
    section = node
    while section is not None and not (isinstance(section, nodes.section)
                                       and any(i.startswith("gloss-") for i in section["ids"])):
        section = section.parent
    return section


def _refused_in_entry(node: nodes.Node) -> str | None:
    """On any page, lists and quotes no deeper than LaTeX prints (:data:`LATEX_NESTING`); in a
    glossary entry's section, only :data:`ENTRY_NODES` and the edition's own, with
    :data:`ENTRY_CLASSES`, ids only on the section, its targets and cross-references (a citation has
    one), a container only the template's."""
    if isinstance(node, NESTING):
        depth, same = 0, 0
        up: nodes.Node | None = node
        while up is not None:
            depth += isinstance(up, NESTING)
            same += type(up) is type(node)
            up = up.parent
        if depth > LATEX_NESTING or (same > LATEX_LISTS and not isinstance(node, nodes.block_quote)):
            return (f"lists or block quotes {depth} deep (the printed edition sets at most {LATEX_NESTING}, "
                    f"{LATEX_LISTS} of one kind of list)")
    if not isinstance(node, nodes.Element) or _entry_section(node) is None:
        return None
    if not isinstance(node, ENTRY_NODES) and type(node).__name__ not in ENTRY_OWN_NODES:
        return f"the node {type(node).__name__!r} in a glossary entry (no construct an entry may use makes one)"
    bad = sorted(set(node["classes"]) - ENTRY_CLASSES)
    if bad:
        return f"the class {bad[0]!r} in a glossary entry"
    if node["ids"] and not isinstance(node, (nodes.section, nodes.target, addnodes.pending_xref)):
        return f"the label {node['ids'][0]!r} on a {type(node).__name__} in a glossary entry"
    if isinstance(node, nodes.container) and node["classes"] != ["gloss-usage"]:
        return "a container in a glossary entry"
    return None


def _refused_element(node: nodes.Node) -> str | None:
    """Elements no page of the edition needs: meta, LaTeX column specs, raw output, images, mathematics."""
    if isinstance(node, nodes.meta):
        return "an HTML <meta> element"
    if isinstance(node, addnodes.tabular_col_spec):
        return "a LaTeX column specification (raw LaTeX)"
    if isinstance(node, nodes.raw):
        if (node.get("format"), node.astext()) in HARD_BREAKS:
            return None
        return f"raw {node.get('format', '')} output".replace("  ", " ")
    if isinstance(node, (nodes.image, nodes.math, nodes.math_block)):
        return "an image" if isinstance(node, nodes.image) else "mathematics"
    return None


def _refused_address(app: Sphinx, docname: str, node: nodes.Node) -> str | None:
    """Addresses: table-of-contents entries and links of a refused scheme, downloads of other files."""
    if isinstance(node, addnodes.toctree):
        entries: list[tuple[str | None, str]] = node.get("entries", [])
        urls = [ref for _title, ref in entries if ref != "self" and link_scheme(ref) is not None]
        bad = [ref for ref in urls if link_scheme(ref) not in ALLOWED_SCHEMES]
        if bad:
            return f"a table of contents entry with a {link_scheme(bad[0])}: address"
        # Sphinx makes the entries' links at resolve time, after this guard: they are judged here
        for ref in urls:
            why = link_refusal(link_scheme(ref), ref)
            if why is not None:
                return f"a table of contents entry whose address {ref[:60]!r} {why}"
    if isinstance(node, (addnodes.pending_xref, addnodes.download_reference)) and node.get("reftype") == "myst":
        # a Markdown link without a scheme, which MyST makes a reference or, if the machine has the file it
        # names, a download: judged by its form, never by the files of the machine that builds
        return f"a link without an http:, https: or mailto: address ({node.get('reftarget', '')[:60]!r})"
    if isinstance(node, addnodes.download_reference) and (
            docname not in app.config.edition_download_pages or not DOWNLOADS_RE.match(node.get("reftarget", ""))):
        return f"a download of {node.get('reftarget', '')!r}"
    if isinstance(node, nodes.reference) and node.get("refuri"):
        scheme = link_scheme(node["refuri"])
        if scheme is not None and scheme not in ALLOWED_SCHEMES:
            return f"a link to a {scheme}: address"
        why = link_refusal(scheme, node["refuri"])
        if why is not None:
            return f"a link whose address {node['refuri'][:60]!r} {why}"
    return None


def _foreign_source(node: nodes.Node, own: Path, generated: Path) -> str | None:
    """Content read from another file than the page's own (or a page edition sync generated)."""
    source = node.get("source") if isinstance(node, nodes.Element) else None
    if source:
        path = Path(source).resolve()
        if path != own and generated not in path.parents:
            return f"the content of another file ({source})"
    return None


def guard_front_matter(app: Sphinx, docname: str, source: list[str]) -> None:
    """A page whose front matter would change the build's settings is not read at all.

    MyST lets a page's front matter set its parser's options (``myst:``), which can turn on
    substitutions, whose Jinja runs code; the keys allowed are those of
    :data:`edition.data.markup.PAGE_FRONT_MATTER`, as ``edition check`` judges them.
    """
    problems = front_matter_problems(source[0])
    if not problems:
        return
    for line, message in problems:
        logger.error("%s; nothing of the page is published", message, type=warning_types.TYPE,
                     subtype=warning_types.UNSAFE, location=(docname, line))
    source[0] = ""
    found: list[str] = app.env.temp_data.setdefault("edition_unsafe_source", [])  # type: ignore[assignment]
    found += [f"{app.env.doc2path(docname)}:{line}: {message}" for line, message in problems]


def guard_directive_options(app: Sphinx, docname: str, source: list[str]) -> None:
    """A hand-written page whose directives have options outside the allow-list
    (:data:`edition.data.markup.PAGE_DIRECTIVE_OPTIONS`: an option a directive may not have, or a
    value not of its kind), or with a character :func:`edition.data.markup.page_character_problems`
    refuses (a direction override, a zero-width space, typed or as a character reference), stops the
    build, as ``edition check`` refuses it; so does one whose blocks nest too deep to be read
    (:func:`edition.data.markup.nesting_problems`), which is not read at all. The pages
    ``edition sync`` generates are made from judged data (:func:`edition.data.targets.generated_source`)."""
    relative = app.env.doc2path(docname, False).as_posix()
    if generated_source(relative):
        return
    problems, nested = page_source_problems(source[0], relative)
    # and the invisible and control characters, typed or as character references, as the check refuses them
    problems += page_character_problems(source[0], relative)
    if nested:
        # blocks nested past what MyST's reader reads (it drops the rest) or docutils' recursion follows
        # (the build would end in a traceback): the page is not read at all, and the build stops
        problems = nested
        source[0] = ""
    if not problems:
        return
    for problem in problems:
        logger.error("%s; nothing is published", problem.message, type=warning_types.TYPE,
                     subtype=warning_types.UNSAFE, location=(docname, problem.line))
    # the page is read on (none of these directives runs anything as it is read), so that the guard of
    # its doctree reports what else it holds; the build stops before writing (fail_closed)
    found: list[str] = app.env.temp_data.setdefault("edition_unsafe_source", [])  # type: ignore[assignment]
    found += [f"{app.env.doc2path(docname)}:{problem.line}: {problem.message}" for problem in problems]


def guard_doctree(app: Sphinx, doctree: nodes.document) -> None:
    """Remove, and report, every node of *doctree* that :func:`_refusal` refuses."""
    env = app.env
    docname = env.docname
    own = Path(env.doc2path(docname)).resolve()
    generated = (Path(app.srcdir) / "_generated").resolve()
    found: list[str] = list(env.temp_data.pop("edition_unsafe_source", None) or [])
    for node in list(doctree.findall(nodes.Element)):
        if node.parent is None and node is not doctree:
            continue  # inside a node removed already
        why = _refusal(app, docname, node, own, generated)
        if why is None:
            continue
        where = contributor_file(app, docname, node)
        logger.error("%s: refused %s on the page %s; nothing of it is published", where, why, docname,
                     type=warning_types.TYPE, subtype=warning_types.UNSAFE, location=node)
        found.append(f"{where}: {why}")
        node.parent.remove(node)
    unsafe = edition_domain(env).per_document("unsafe")
    if found:
        unsafe[docname] = found
    else:
        unsafe.pop(docname, None)


@stop_on_errors
def fail_closed(app: Sphinx, env: BuildEnvironment) -> None:
    """Stop the build, before any page is written, if a page had anything refused.

    The environment is then not saved: the next build reads the repaired pages again.

    :raises EditionBuildError: the pages with refused content (the build stops, without a traceback)
    """
    found = sorted(edition_domain(env).per_document("unsafe"))
    if found:
        raise EditionBuildError(f"refused on {', '.join(found)}: nothing was written (see the errors above)",
                                subtype=warning_types.UNSAFE, kind="Unsafe content")


def circular_toctrees(includes: dict[str, list[str]], root: str) -> list[tuple[str, str]]:
    """The entries (page, page it names) of the tables of contents *includes* (``env.toctree_includes``)
    that close a circle reachable from the page *root*: each names a page on the path that led to it.
    Sphinx's ``_traverse_toctree``, which follows them from the root page, recurses without end on such
    a circle (a page naming itself it only warns of)."""
    found: list[tuple[str, str]] = []
    done: set[str] = set()
    path: list[str] = []

    def walk(page: str) -> None:
        if len(path) > TOCTREE_DEPTH_MOST:
            return  # deeper than the build follows (:func:`no_circular_toctrees` stops it there)
        path.append(page)
        for child in includes.get(page, ()):
            if child in path and child != page:
                found.append((page, child))
            elif child not in done and child != page:
                walk(child)
        path.pop()
        done.add(page)

    walk(root)
    return found


@stop_on_errors
def no_circular_toctrees(app: Sphinx, env: BuildEnvironment) -> None:
    """Stop the build, with the pages named, on tables of contents nested deeper than the build follows
    (:data:`edition.data.targets.TOCTREE_DEPTH_MOST`) or that name each other in a circle
    reachable from the root page (``edition check`` refuses them, :func:`edition.data.targets.
    toctree_resolution_problems`): Sphinx would recurse on it without end (a ``RecursionError``, in
    sphinxcontrib-bibtex's ``env-updated``, which runs after this one).

    :raises EditionBuildError: the entries that close the circle (the build stops, without a traceback)
    """
    deep = toctree_too_deep(env.toctree_includes, app.config.root_doc)
    if deep is not None:
        logger.error("the tables of contents nest more than %d deep, one page's under another's, down to %s: "
                     "the build cannot follow them", TOCTREE_DEPTH_MOST, deep, type=warning_types.TYPE,
                     subtype=warning_types.UNSAFE, location=deep)
        raise EditionBuildError(f"tables of contents nested more than {TOCTREE_DEPTH_MOST} deep (down to {deep}): "
                                "nothing was written", subtype=warning_types.UNSAFE, kind="Unsafe content")
    found = circular_toctrees(env.toctree_includes, app.config.root_doc)
    for page, child in found:
        logger.error("the table of contents of %s names %s, which leads back to it: a circular table of contents",
                     page, child, type=warning_types.TYPE, subtype=warning_types.UNSAFE, location=page)
    if found:
        raise EditionBuildError(f"circular tables of contents on {', '.join(sorted({p for p, _c in found}))}: "
                                "nothing was written (see the errors above)", subtype=warning_types.UNSAFE,
                                kind="Unsafe content")


def no_file_insertion(app: Sphinx) -> None:
    """No directive reads a file or writes raw output: docutils' own switches, for every document.

    ``include``, ``literalinclude``, ``csv-table`` with ``:file:`` or ``:url:``
    and ``raw`` with ``:file:`` then refuse to work, as does ``raw`` itself;
    the edition's one inclusion, of a page ``edition sync`` generated, is
    :class:`GeneratedPage`.
    """
    app.env.settings["file_insertion_enabled"] = False
    app.env.settings["raw_enabled"] = False


@stop_on_errors
def no_symbolic_links(app: Sphinx) -> None:
    """No page is read, and nothing generated is written, through a symbolic link in the sources.

    A pull request may commit one: read through, it would publish a file of the
    machine that builds (``docs/changelog.md -> /etc/…``); written through, it
    would overwrite one. The build stops before anything else happens, whatever
    the builder and without ``edition check`` before it (a Read the Docs preview).

    :raises EditionBuildError: naming the first link
    """
    beside = EditionConfig.from_sphinx(app.config).read_beside(Path(app.confdir))  # CITATION.cff, seeds/
    linked = symbolic_links(Path(app.srcdir), *(path for path in beside if path.exists() or path.is_symlink()))
    if linked:
        raise EditionBuildError("symbolic links are not allowed anywhere in the sources; commit the file itself "
                                f"({len(linked)} found)", str(linked[0]), subtype=warning_types.UNSAFE,
                                kind="Unsafe source")


class GeneratedPage(SphinxDirective):
    """``{edition-generated} texts.md``: the MyST of a page ``edition sync`` wrote under ``_generated/``."""

    required_arguments = 1
    NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*\.md$")

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        path = Path(self.env.srcdir) / "_generated" / name
        if not self.NAME_RE.match(name) or not path.is_file():
            raise self.error(f"no generated page {name!r} in _generated/")
        self.env.note_dependency(str(path))
        container = nodes.container()
        self.state.nested_parse(StringList(path.read_text(encoding="utf-8").splitlines(), str(path)),
                                0, container)
        return container.children


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.add_directive("edition-generated", GeneratedPage)
    app.connect("builder-inited", no_symbolic_links, priority=100)  # before sync writes anything
    app.connect("builder-inited", no_file_insertion)
    app.connect("source-read", guard_front_matter)
    app.connect("source-read", guard_directive_options)
    app.connect("doctree-read", guard_doctree)
    app.connect("env-updated", no_circular_toctrees, priority=100)  # before anything follows the trees
    app.connect("env-updated", fail_closed)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
