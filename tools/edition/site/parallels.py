"""The page of parallel passages, theme by theme, side by side.

The passages are found in the texts by :func:`edition.pipeline.place_parallels`;
the words of the page are in ``docs/_templates/site/parallels.md.jinja``.
Tested in tests/test_indexes.py.
"""

from __future__ import annotations

from pathlib import Path

from . import escape, render_page


def render_parallels(themes, located, titles: dict[str, str], sigla: dict[str, str],
                     templates: Path | None = None) -> str:
    """The page of parallel passages.

    :param themes: :class:`~edition.data.indexes.Theme` records, in the file's order
    :param located: (theme id, index of passage) → (text id, paragraph, excerpt)
    """
    shown = []
    for theme in themes:
        cards = []
        for i, passage in enumerate(theme.passages):
            text_id, paragraph, excerpt = located[(theme.id, i)]
            link = f"{{para}}`texts/{text_id}#{paragraph}`" + (f" — *{escape(passage.gloss)}*" if passage.gloss else "")
            cards.append({"siglum": escape(sigla[text_id]), "title": escape(titles[text_id]), "link": link,
                          "excerpt": escape(excerpt)})
        shown.append({"id": theme.id, "title": escape(theme.title),
                      "summary": escape(theme.summary) if theme.summary else "", "cards": cards})
    return render_page("parallels.md.jinja", templates, themes=shown).rstrip() + "\n"
