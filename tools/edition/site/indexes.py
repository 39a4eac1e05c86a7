"""The pages of the indexes of persons, places and organisations.

Every entry, sorted, with links to every paragraph and note naming it, text
by text; each variant spelling refers to its entry. The words of the page are
in ``docs/_templates/site/index.md.jinja``. Tested in tests/test_indexes.py.
"""

from __future__ import annotations

from pathlib import Path

from ..writers.myst import cite_role
from . import escape, place, render_page, role_text, search_entry

#: the kind of search entry of each index
INDEX_KINDS = {"persons": "person", "places": "place", "organisations": "organisation"}


def _locators(mentions, titles: dict[str, str], sigla: dict[str, str]) -> str:
    parts = []
    for text_id in titles:
        here = [m for m in mentions if m.text_id == text_id]
        if not here:
            continue
        seen = []
        for m in here:
            where = place(text_id, m.paragraph, m.note)
            if where not in seen:
                seen.append(where)
        parts.append(f"*{escape(sigla.get(text_id, text_id))}* " + ", ".join(seen))
    return "; ".join(parts)


def render_index(index: str, title: str, entries, mentions, titles: dict[str, str],
                 sigla: dict[str, str], templates: Path | None = None) -> str:
    """An index page: every entry, sorted, with links to every paragraph naming it.

    :param index: ``persons``, ``places`` or ``organisations``
    :param mentions: :class:`~edition.linking.terms.Usage` records of the entries' names in all texts
    :param titles: text id → title, in the order of the edition
    :param sigla: text id → siglum
    """
    by_slug: dict[str, list] = {}
    for m in mentions:
        by_slug.setdefault(m.slug, []).append(m)
    key = " · ".join(f"*{escape(sigla[t])}* {escape(titles[t])}" for t in titles)
    rows = [(e.heading, e, None) for e in entries]
    rows += [(v, e, v) for e in entries for v in e.variants if v != e.heading]
    rows.sort(key=lambda r: r[0].casefold())
    out = []
    letter = None
    for name, entry, variant in rows:
        initial = name[:1].upper() if name[:1].isalpha() else "#"
        if initial != letter:
            letter = initial
            out += [f"## {letter}", ""]
        if variant is not None:
            out += ["{.index-see}", f"{escape(variant)}, *see* {{ref}}`{role_text(entry.heading)} <{entry.slug}>`",
                    ""]
            continue
        sources = f" {cite_role(','.join(entry.sources))}" if entry.sources else ""
        note = f" ({escape(entry.note)}{sources})" if entry.note else ""
        locators = _locators(by_slug.get(entry.slug, []), titles, sigla) or "*not found in the texts*"
        out += [*search_entry(INDEX_KINDS[index], entry.slug, [entry.heading, *entry.variants]), ""]
        out += [f"({entry.slug})=", "{.index-entry}", f"**{escape(entry.heading)}**{note}: {locators}", ""]
    page = render_page("index.md.jinja", templates, index=index, title=title, key=key, entries="\n".join(out))
    return page.rstrip() + "\n"
