"""The glossary's pages: an overview, and a page per initial letter with its entries in full.

Each entry has its one-sentence definition, its body, related entries,
sources and where it is used. A page per letter keeps each page light and
means that editing one entry rebuilds one letter's page; the overview lists
the terms only, so editing a definition leaves it as it is. The words of the
pages are in ``docs/_templates/site/glossary*.md.jinja``: a new field of an
entry (:data:`edition.data.glossary.FIELDS`) is shown by adding it to
``glossary-entry.md.jinja`` and to :func:`entry_context`. Tested in
tests/test_glossary.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..data.glossary import GLOSSARY_PAGES, glossary_letter
from ..data.markup import PLACEHOLDER, placed_as_alone
from ..errors import EditionError, Problem
from ..writers.myst import emphasised
from . import escape, place, render_page, role_text, search_entry


def headings_to_rubrics(body: str) -> str:
    """Set the headings of an entry's body as rubrics, kept out of the page's contents: every heading the
    parser reads ("## In these texts", indented or not, underlined or not), found on its tokens, its lines
    replaced by a rubric of its text."""
    from ..data.markup import parser

    tokens = parser().parse(body, {})
    lines = body.splitlines(keepends=True)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0 and token.map and i + 1 < len(tokens):
            start, end = token.map
            text = " ".join(tokens[i + 1].content.split())
            # a fence of tildes, whose opening line may hold any text (a fence of backticks ends at a backtick
            # in its text: "## a ``` b" would open no directive, and the next line a fence of its own)
            fence = "~" * max(3, 1 + max((len(run) for run in re.findall(r"~+", text)), default=0))
            lines[start:end] = [f"{fence}{{rubric}} {text}\n{fence}\n", *([""] * (end - start - 1))]
    return "".join(lines)


def render_glossary(entries, usages, titles: dict[str, str], templates: Path | None = None,
                    folder: str = "docs/glossary", problems: list[Problem] | None = None) -> dict[str, str]:
    """The glossary's pages.

    :param entries: :class:`~edition.data.glossary.GlossaryEntry` records, sorted
    :param usages: :class:`~edition.linking.terms.Usage` records of all texts
    :param titles: text id → title, in the order of the edition
    :param templates: the folder of the pages' templates (default :data:`edition.site.TEMPLATES`)
    :param folder: the entry files' folder, from the repository's root (``edition_glossary_dir``
        under the sources): where "Edit this entry" opens an entry, and what the pages are made from
    :param problems: where an entry whose body would not read on its page as it reads alone is
        reported (:func:`entry_page`)
    :return: path under ``docs/`` → MyST, the overview (``glossary.md``) first
    :raises EditionError: for the first such entry, where *problems* is not given
    """
    found: list[Problem] = [] if problems is None else problems
    by_slug: dict[str, list] = {}
    for usage in usages:
        by_slug.setdefault(usage.slug, []).append(usage)
    term_of = {e.slug: e.term for e in entries}
    letters: dict[str, tuple[str, list]] = {}  # page → (initial, entries), in alphabetical order
    for entry in entries:
        initial, page = glossary_letter(entry.term)
        letters.setdefault(page, (initial, []))[1].append(entry)
    letters = dict(sorted(letters.items(), key=lambda item: (item[0] == "other", item[0])))
    names = {page: "other terms" if page == "other" else initial for page, (initial, _) in letters.items()}
    overview = []
    pages = {}
    for page, (_initial, these) in letters.items():
        links = " · ".join(f"{{ref}}`{role_text(e.term)} <gloss-{e.slug}>`" for e in these)
        overview.append({"name": names[page], "page": page, "links": links})
        bar = " · ".join(f"**{names[other]}**" if other == page else f"{{doc}}`{names[other]} <{other}>`"
                         for other in letters)
        shown = "\n".join(entry_page(entry, entry_context(entry, term_of, by_slug.get(entry.slug, []), titles),
                                     templates, folder, found)
                          for entry in these)
        text = render_page("glossary-letter.md.jinja", templates, page=page, name=names[page], bar=bar,
                           entries=shown, folder=folder)
        pages[f"{GLOSSARY_PAGES}/{page}.md"] = text.rstrip() + "\n"
    first = render_page("glossary.md.jinja", templates, letters=overview, pages=GLOSSARY_PAGES,
                        folder=folder)
    if found and problems is None:
        raise EditionError(found[0].message, found[0].path, found[0].line)
    return {"glossary.md": first, **pages}


def entry_page(entry, context: dict, templates: Path | None, folder: str, problems: list[Problem]) -> str:
    """One entry as ``glossary-entry.md.jinja`` writes it, its body judged where it stands.

    The body was judged alone (:func:`edition.data.glossary.read_entry`); here the page is
    parsed as the template writes it, and must hold the body's tokens exactly as they are alone
    and the template's own tokens unchanged (:func:`edition.data.markup.placed_as_alone`). A body
    that would join the blocks around it (a first line ``: …`` under the definition's paragraph,
    a last line of attributes above the sources) is reported in *problems*, and the page is made
    without the body, so that nothing unjudged reaches it.
    """
    page = render_page("glossary-entry.md.jinja", templates, **context, folder=folder)
    if not context["body"]:
        return page
    stand_in = render_page("glossary-entry.md.jinja", templates, **{**context, "body": PLACEHOLDER}, folder=folder)
    line = placed_as_alone(page, stand_in, context["body"])
    if line is None:
        return page
    first = entry.lines.get("body") or 1
    problems.append(Problem(entry.path, first + line,
                            "the body does not read on the glossary's page as it reads alone: it would join the "
                            "page's blocks around it (a first line beginning ': ' or '~ ' makes the definition a "
                            "term of a definition list; a last line of attributes '{…}' sets those of the block "
                            "after it); begin and end the body with a sentence", "glossary-page"))
    return render_page("glossary-entry.md.jinja", templates, **{**context, "body": ""}, folder=folder)


def entry_context(entry, term_of: dict[str, str], used: list, titles: dict[str, str]) -> dict:
    """What ``glossary-entry.md.jinja`` shows of one entry, as MyST."""
    names = [entry.term, *entry.variants] + ([entry.cyrillic] if entry.cyrillic else [])
    forms = []
    if entry.cyrillic:
        forms.append(f"Russian: {escape(entry.cyrillic)}")
    if entry.variants:
        forms.append("also: " + ", ".join(escape(v) for v in entry.variants))
    texts = []
    for text_id, title in titles.items():
        here = [u for u in used if u.text_id == text_id]
        if here:
            texts.append({"id": text_id, "title": role_text(title),
                          "places": [f"{place(text_id, u.paragraph, u.note)} “{escape(u.snippet)}”" for u in here]})
    return {
        "search": "\n".join(search_entry("term", f"gloss-{entry.slug}", names)),
        "slug": entry.slug,  # its file on GitHub, in GitHub's editor (edition.sphinxext.repository)
        "term": escape(entry.term),
        "forms": "; ".join(forms),
        # set in bold by the stylesheet: a definition's own emphasis cannot nest in ``**…**``
        "definition": emphasised(entry.definition),
        "body": headings_to_rubrics(entry.body.strip()),
        "related": ", ".join(f"{{ref}}`{role_text(term_of.get(s, s))} <gloss-{s}>`" for s in entry.related),
        "sources": "; ".join(f"{{cite:t}}`{key}`" for key in entry.sources),
        "used": texts,
        "any_used": bool(used),
        "count": len(used),
    }
