"""Ways in from the pages: links to the edition's repository on GitHub.

A reader who spots a mistake or a missing term should not have to clone the
repository to say so. The pages link to GitHub's own pages for it:

- each glossary entry, "Edit this entry": GitHub's editor for its file;
- the glossary's overview, "Propose a new entry": GitHub's new-file page in
  ``docs/glossary/``, filled with the file ``edition glossary new`` writes;
- each text, "Report a problem": a new issue naming the text (and, from the
  "cite" box of a paragraph, the paragraph: see ``edition.js``, which reads
  the ``edition:repository`` meta tag).

The generated MyST asks for a link with the ``{edition:repo}`` role, whose
target is ``ACTION:PATH`` (:data:`ACTIONS`); the address comes from the one
configuration value ``edition_repository_url`` (and the branch from
``edition_repository_branch``), so nothing else names the repository.
GitHub's pages need the web: in the PDF and the EPUB the links are left
out. Tested in tests/test_repository_links.py.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole
from sphinx.util.nodes import split_explicit_title

from ..data.markup import repo_target_refusal
from . import warning_types

logger = logging.getLogger(__name__)

#: what ``{edition:repo}`` can link to: ACTION → what the PATH is
ACTIONS = {
    "edit": "a file, opened in GitHub's editor",
    "new": "a folder, in which GitHub's new-file page proposes the glossary entry template",
    "blob": "a file, shown on GitHub",
    "issue": "nothing (the PATH is the issue's title): a new issue",
}
#: the file name GitHub's new-file page suggests for a proposed entry
NEW_ENTRY_TERM = "new term"
#: the builders whose readers are on the web
WEB_BUILDERS = ("html", "dirhtml", "singlehtml")


def entry_template(term: str = NEW_ENTRY_TERM) -> tuple[str, str]:
    """The file ``edition glossary new TERM`` writes: (file name, text)."""
    from ..data.glossary import new_entry

    with tempfile.TemporaryDirectory() as folder:
        path = new_entry(Path(folder), term)
        return path.name, path.read_text(encoding="utf-8")


def edit_url(repository: str, branch: str, path: str) -> str:
    return f"{repository}/edit/{quote(branch)}/{quote(path)}"


def blob_url(repository: str, branch: str, path: str) -> str:
    return f"{repository}/blob/{quote(branch)}/{quote(path)}"


def new_file_url(repository: str, branch: str, folder: str, filename: str, value: str) -> str:
    query = urlencode({"filename": filename, "value": value}, quote_via=quote)
    return f"{repository}/new/{quote(branch)}/{quote(folder.strip('/'))}?{query}"


def issue_url(repository: str, title: str, body: str) -> str:
    return f"{repository}/issues/new?{urlencode({'title': title, 'body': body}, quote_via=quote)}"


def report_body(page_title: str, page: str) -> str:
    """The body of a new issue about a page: which page, and what the reader is asked for."""
    return (f"Page: {page_title} ({page})\n\n"
            "What is wrong, and what should it be? (A source, if you have one.)\n")


class repository_link(nodes.inline):
    """A link to the repository on GitHub, made into a reference by :func:`resolve_links`."""


class RepoRole(SphinxRole):
    """``{edition:repo}`Edit this entry <edit:docs/glossary/nomenklatura.md>```."""

    def run(self):
        _, title, target = split_explicit_title(self.text)
        action, _, path = target.partition(":")
        why = repo_target_refusal(self.text)  # the check's rule: an action it knows, no '..' in the path
        if why is not None:
            logger.warning("{edition:repo} %s", why, type=warning_types.TYPE, subtype=warning_types.REPO,
                           location=self.get_location())
            return [nodes.Text(title)], []
        return [repository_link("", title, action=action, path=path)], []


def link_url(app: Sphinx, action: str, path: str, docname: str) -> str:
    repository = app.config.edition_repository_url.rstrip("/")
    branch = app.config.edition_repository_branch
    if action == "edit":
        return edit_url(repository, branch, path)
    if action == "blob":
        return blob_url(repository, branch, path)
    if action == "new":
        filename, text = entry_template()
        return new_file_url(repository, branch, path, filename, text)
    title = path or app.env.titles[docname].astext()
    return issue_url(repository, title, report_body(app.env.titles[docname].astext(),
                                                    app.builder.get_target_uri(docname)))


def report_link(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Each text's "Report a problem", under its title."""
    if "witness" not in app.env.metadata.get(docname, {}):
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        return
    title = f"Problem in “{app.env.titles[docname].astext()}”"
    para = nodes.paragraph("", "", repository_link("", "Report a problem", action="issue", path=title),
                           classes=["repo-report"])
    section.insert(1, para)


def resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Links on the web. In the PDF and the EPUB, the paragraph of a way in goes (its link
    needs the web); a file a sentence names (``blob``) stays, as text."""
    report_link(app, doctree, docname)
    web = app.builder.name in WEB_BUILDERS and bool(app.config.edition_repository_url)
    for node in list(doctree.findall(repository_link)):
        if web:
            uri = link_url(app, node["action"], node["path"], docname)
            node.replace_self(nodes.reference("", node.astext(), refuri=uri, classes=["repo-link", node["action"]]))
            continue
        if node["action"] == "blob":  # a file named in a sentence: the name stays, as text
            node.replace_self(nodes.Text(node.astext()))
            continue
        # a way in is a paragraph of its own ("Edit this entry", "Propose a new entry"): it goes whole
        parent = node.parent
        if isinstance(parent, nodes.paragraph):
            parent.parent.remove(parent)
        else:
            parent.remove(node)


def add_repository_meta(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The repository's address for ``edition.js`` (a paragraph's "Report a problem")."""
    if app.config.edition_repository_url and app.builder.name in WEB_BUILDERS:
        url = html.escape(app.config.edition_repository_url.rstrip("/"))
        context["metatags"] = context.get("metatags", "") + f'<meta name="edition:repository" content="{url}" />\n'


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.add_node(repository_link)
    app.add_role_to_domain("edition", "repo", RepoRole())
    app.connect("doctree-resolved", resolve_links)
    app.connect("html-page-context", add_repository_meta)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
