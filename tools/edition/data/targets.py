"""The documents, labels and terms the build will have, and whether a reference finds one.

``edition check`` must refuse what the build refuses. A ``{doc}``, ``{ref}``
or ``{term}`` in a contributed text that names nothing, or a label made
twice, passes every check of the text alone and fails the build at a line
of a generated page. So the check makes the generated pages in memory
(:func:`edition.sync.outputs`), reads the labels of every page from the
parser's tokens, and resolves each reference as Sphinx does: ``{doc}``
relative to the page the text lands on unless it begins with ``/``,
``{ref}`` and ``{term}`` case-insensitively.

Tested in ``tests/test_check_parity.py``.
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from .markup import PageToctree, Reference, TocEntry, page_outline, parser
from .settings import EXCLUDE_PATTERNS, glossary_pattern


@dataclass
class Targets:
    """What references may name: documents, labels (with where each is made) and terms."""

    docnames: set[str] = field(default_factory=set)
    #: label (lower case) → the documents that make it
    labels: dict[str, list[str]] = field(default_factory=dict)
    terms: set[str] = field(default_factory=set)
    #: the labels of sections, which a ``{ref}`` may name without a title of its own
    sections: set[str] = field(default_factory=set)
    #: the pages whose table of contents holds something (:class:`.markup.PageOutline`), which a
    #: ``{toctree}`` may name without a warning
    titled: set[str] = field(default_factory=set)
    #: each page's tables of contents, at any depth of it (:func:`.markup.page_outline`)
    toctrees: dict[str, tuple[PageToctree, ...]] = field(default_factory=dict)

    def add_page(self, docname: str, myst: str) -> None:
        """Record a page and the labels and glossary terms it makes."""
        self.docnames.add(docname)
        tokens = parser().parse(myst, {})
        for i, token in enumerate(tokens):
            if token.type == "myst_target":
                label = token.content.strip().lower()
                self.labels.setdefault(label, []).append(docname)
                if i + 1 < len(tokens) and tokens[i + 1].type == "heading_open":
                    self.sections.add(label)
            elif token.type == "heading_open" and token.attrs.get("id"):
                self.labels.setdefault(str(token.attrs["id"]).lower(), []).append(docname)
            elif token.type in ("fence", "colon_fence") and token.info.strip().startswith("{glossary}"):
                self.terms |= {line.strip().lower() for line in token.content.splitlines()
                               if line.strip() and not line[:1].isspace() and not line.startswith(":")}
        outline = page_outline(myst, tokens)
        if outline.titled:
            self.titled.add(docname)
        if outline.toctrees:
            self.toctrees[docname] = outline.toctrees

    def duplicates(self) -> dict[str, list[str]]:
        return {label: docs for label, docs in self.labels.items() if len(docs) > 1}


def excluded(relative: str, glossary_dir: str = "glossary") -> bool:
    """Whether Sphinx leaves the source *relative* (to ``docs/``) out, by :data:`EXCLUDE_PATTERNS`
    and the glossary's folder *glossary_dir* (``edition_glossary_dir``)."""
    return any(fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern.rstrip("/*") + "/")
               or fnmatch.fnmatch(posixpath.basename(relative), pattern.removeprefix("**/"))
               for pattern in (*EXCLUDE_PATTERNS, glossary_pattern(glossary_dir)))


def generated_source(relative: str) -> bool:
    """Whether the source *relative* (to ``docs/``) is a page ``edition sync`` generates from the data
    (the texts, the glossary's pages, the indexes, the parallels, the downloads, ``_generated/``),
    whose contributed text is judged as data; every other page is hand-written."""
    from .glossary import GLOSSARY_PAGES
    from .indexes import INDEXES

    folders = ("texts/", "_research/", "_generated/", f"{GLOSSARY_PAGES}/")
    pages = {"glossary.md", "parallels.md", "downloads.md", *(f"index-of-{i}.md" for i in INDEXES)}
    # sync writes its folders' pages at their top, never in a folder below (docs/texts/sub/page.md is a
    # hand-written page, judged as one, and removed by sync)
    return relative in pages or (relative.startswith(folders) and relative.count("/") == 1)


def collect(docs: Path, generated: Iterable[tuple[Path, str]], glossary_dir: str = "glossary") -> Targets:
    """The targets of the build: the hand-written pages of *docs* and the *generated* ones (path, MyST);
    not the glossary's entry files (in *glossary_dir*), which are data."""
    targets = Targets()
    made = {}
    for path, content in generated:
        relative = path.relative_to(docs).as_posix()
        if relative.endswith(".md") and not excluded(relative, glossary_dir):
            made[relative] = content
    for path in sorted(docs.rglob("*.md")):
        relative = path.relative_to(docs).as_posix()
        if relative in made or excluded(relative, glossary_dir):
            continue
        try:
            made[relative] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    for relative, content in sorted(made.items()):
        targets.add_page(relative.removesuffix(".md"), content)
    return targets


def docname_join(page: str, name: str) -> str:
    """The page *name* names from the page *page*, as Sphinx joins them (``sphinx.util.docname_join``:
    relative to the page's folder unless it begins with ``/``, never above ``docs/``)."""
    return posixpath.normpath(posixpath.join(f"/{page}", "..", name))[1:]


def toctree_problems(entries: list[Reference], page: str, targets: Targets) -> list[Problem]:
    """The entries of one ``{toctree}`` of *page* (``toctree`` and ``toctree-glob`` references, in
    their order) that the build warns of, as Sphinx's ``TocTree.parse_content`` reads them: every
    page but *page* itself may be named once (a page naming itself is a page it cannot find), each
    pattern of ``:glob:`` must match a page not named before it (the index and search pages are
    not matched), and every name must be a page's."""
    from sphinx.domains.std import StandardDomain
    from sphinx.util.matching import patfilter

    virtual = frozenset(StandardDomain._virtual_doc_names)
    remaining = (targets.docnames | virtual) - {page}
    known = frozenset(remaining)
    problems = []
    for entry in entries:
        where = (entry.path, entry.line)
        if entry.role == "toctree-glob":
            found = sorted(name for name in patfilter(remaining, docname_join(page, entry.target))
                           if name not in virtual)
            if not found:
                problems.append(Problem(*where, f"the table of contents' pattern {entry.target[:60]!r} matches no page "
                                        "(none not named before it; the build warns and stops)", "ref-unknown"))
            remaining -= set(found)
            continue
        name = docname_join(page, entry.target)
        if name == page:
            problems.append(Problem(*where, f"the table of contents entry {entry.target[:60]!r} names its own page, "
                                    "which a table of contents cannot hold (write 'self' for a link to it)",
                                    "ref-unknown"))
        elif name not in known:
            problems.append(Problem(*where, f"the table of contents entry {entry.target[:60]!r} (an entry without "
                                    "'://' is a page's name) names no page of the edition", "ref-unknown"))
        elif name not in remaining:
            problems.append(Problem(*where, f"the table of contents entry {entry.target[:60]!r} names the page "
                                    f"{name!r} a second time (the build warns and stops)", "ref-unknown"))
        else:
            remaining.remove(name)
    return problems


def toctree_includes(entries: Iterable[TocEntry], page: str, docnames: set[str]) -> list[tuple[TocEntry, str]]:
    """The pages a ``{toctree}`` of *page* includes, each with the entry that names it, in their order,
    as Sphinx's ``TocTree.parse_content`` makes its ``includefiles`` (among *docnames*): a page
    named once, a pattern's pages sorted and not named before it; names of no page, and the index and
    search pages, left out (:func:`toctree_problems` reports them)."""
    from sphinx.util.matching import patfilter

    remaining = set(docnames) - {page}
    out = []
    for entry in entries:
        if entry.pattern:
            names = sorted(patfilter(remaining, docname_join(page, entry.target)))
        else:
            names = [name] if (name := docname_join(page, entry.target)) in remaining else []
        remaining -= set(names)
        out += [(entry, name) for name in names]
    return out


#: how many entries the check follows through the tables of contents before it gives up (Sphinx follows
#: every path through them, as many as they nest)
TOCTREE_STEPS = 100_000
#: how deep tables of contents may nest, a page's under the page naming it: Sphinx follows them by recursion
#: (``_traverse_toctree``, ``_entries_from_toctree``), and some hundreds deep end the build in Python's
#: recursion error; the edition's own nest three deep
TOCTREE_DEPTH_MOST = 30


def toctree_too_deep(includes: dict[str, list[str]], root: str) -> str | None:
    """The first page of *includes* (each page's entries, in order) found more than :data:`TOCTREE_DEPTH_MOST`
    tables of contents below *root*, along any path, or ``None``; read without recursion (with a stack), so
    that no depth of the tables read ends it, and each page again only where found deeper than before."""
    deepest: dict[str, int] = {}
    stack = [(root, 0)]
    while stack:
        page, depth = stack.pop()
        if depth > TOCTREE_DEPTH_MOST:
            return page
        if deepest.get(page, -1) >= depth:
            continue
        deepest[page] = depth
        stack.extend((child, depth + 1) for child in reversed(includes.get(page, ())) if child != page)
    return None


#: the check's words on tables of contents nested too deep, or in too many ways, to be followed
TOO_DEEP = (f"the tables of contents nest more than {TOCTREE_DEPTH_MOST} deep, one page's under another's: the "
            "build cannot follow them (it recurses past Python's limit); nest them less")
TOO_MANY = "the tables of contents nest too many ways for the check to follow them (as the build does, to the end)"


def toctree_resolution_problems(targets: Targets, docs: Path, root: str) -> list[Problem]:
    """What the build warns of as it resolves the tables of contents (``_entries_from_toctree``), at the
    entries of each page: a circular one (a page that is named again inside the tree of its own entry:
    "circular toctree references detected") and an entry naming a page whose table of contents holds
    nothing ("doesn't have a title"). Every page's own trees that are not ``:hidden:`` are resolved when
    it is written, following the trees of the pages they name that are not hidden either; and the root
    page's, hidden ones and all, for the sidebar of every HTML page (the theme's tree includes them)."""
    includes = {(page, i): toctree_includes(toc.entries, page, targets.docnames)
                for page, tocs in targets.toctrees.items() for i, toc in enumerate(tocs)}
    found: dict[tuple[str, int], str] = {}
    steps = 0

    def walk(page: str, index: int, parents: tuple[str, ...], hidden_too: bool) -> None:
        nonlocal steps
        for entry, name in includes[(page, index)]:
            steps += 1
            if len(parents) >= TOCTREE_DEPTH_MOST or steps > TOCTREE_STEPS:
                found.setdefault((page, entry.line), TOO_DEEP if len(parents) >= TOCTREE_DEPTH_MOST else TOO_MANY)
                return
            if name in parents:
                found.setdefault((page, entry.line), f"the table of contents entry {entry.target[:60]!r} closes a "
                                 f"circle of tables of contents ({' <- '.join((name, *parents))}): the build warns "
                                 "and stops (or, from the root page, recurses without end)")
                continue
            if name not in targets.titled:
                found.setdefault((page, entry.line), f"the table of contents entry {entry.target[:60]!r} names "
                                 f"the page {name!r}, which has no title (no heading at its top): the build warns "
                                 "and stops; give it one")
                continue
            for sub, toc in enumerate(targets.toctrees.get(name, ())):
                if hidden_too or not toc.hidden:
                    walk(name, sub, (name, *parents), hidden_too)

    for page, tocs in sorted(targets.toctrees.items()):
        for index, toc in enumerate(tocs):
            if not toc.hidden:
                walk(page, index, (), False)
    for index in range(len(targets.toctrees.get(root, ()))):
        walk(root, index, (), True)
    return [Problem(str(docs / f"{page}.md"), line, message, "ref-unknown")
            for (page, line), message in sorted(found.items())]


def _own_label_id(anchor: str, page: str, targets: Targets) -> bool:
    """Whether *anchor* is the id docutils makes of a label of *page*'s own (``make_id``: lower case, a
    hyphen for each run of other signs), as the build holds a search entry's anchor to its page's ids
    (:func:`edition.sphinxext.search.entries_on_their_own_labels`): "gloss_caste" is no id of the label
    ``(gloss_caste)=``, whose id is "gloss-caste"."""
    from docutils.nodes import make_id

    if anchor != make_id(anchor):
        return False
    if targets.labels.get(anchor) == [page]:
        return True
    return any(pages == [page] and make_id(label) == anchor for label, pages in targets.labels.items())


def resolve(reference: Reference, page: str, targets: Targets) -> Problem | None:
    """Whether *reference*, in a text that lands on *page*, finds its target; a problem if not."""
    target = reference.target
    where = (reference.path, reference.line)
    if reference.role in ("doc", "ref", "term") and target != target.strip():
        return Problem(*where, f"{{{reference.role}}}`{target}` names {target!r}, with a blank at its start or end, "
                       "which Sphinx keeps: nothing of the edition is named so", "ref-unknown")
    if reference.role in ("doc", "toctree"):
        # Sphinx's docname_join: the target read from the page's folder, or from the root after a '/'
        name = posixpath.normpath(posixpath.join(f"/{page}", "..", target))[1:]
        if name not in targets.docnames:
            what = (f"{{doc}}`{target}`" if reference.role == "doc" else
                    f"the table of contents entry {target[:60]!r} (an entry without '://' is a page's name)")
            return Problem(*where, f"{what} names no page of the edition", "ref-unknown")
    elif reference.role == "ref":
        if target.lower() not in targets.labels:
            return Problem(*where, f"{{ref}}`{target}` names no label of the edition", "ref-unknown")
        if not reference.explicit_title and target.lower() not in targets.sections:
            return Problem(*where, f"{{ref}}`{target}` names a label that is not a section's: give the link its "
                           f"text, {{ref}}`TEXT <{target}>`", "ref-unknown")
    elif reference.role == "term":
        if target.lower() not in targets.terms:
            return Problem(*where, f"{{term}}`{target}` names no term of a glossary directive (to link an "
                           "entry of the edition's glossary, write {ref}`TEXT <gloss-SLUG>`)", "ref-unknown")
    elif reference.role == "entry":
        if not _own_label_id(target, page, targets):
            return Problem(*where, f"the search entry {{edition:entry}} names the anchor {target!r}, which is no "
                           "label of its own page: the search's result would link elsewhere, or take over the "
                           "result of the entry whose page makes that label", "ref-unknown")
    elif reference.role == "link":
        return Problem(*where, f"the link to {target!r} has no http:, https: or mailto: address; to link a page "
                       "of the edition use {doc} or {ref}", "ref-unknown")
    return None
