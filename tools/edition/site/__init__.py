"""The site's generated pages: the glossary, the indexes, the parallel passages, the downloads, the list of texts.

Each page is MyST that ``edition sync`` writes under ``docs/`` (:mod:`edition.pipeline`).
What the pages *say* is in Jinja2 templates, ``docs/_templates/site/*.md.jinja``,
which the editors can change without touching Python; the modules here only
gather what goes into them (escaped MyST, links), one module per page:
:mod:`~edition.site.glossary`, :mod:`~edition.site.indexes`,
:mod:`~edition.site.parallels`, :mod:`~edition.site.downloads`,
:mod:`~edition.site.texts`. Jinja2 is a dependency of Sphinx, so this adds none.
Tested in tests/test_glossary.py, tests/test_indexes.py and tests/test_outputs.py.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import EditionError
from ..writers.myst import escape, role_text

#: the templates of the pages, in the repository's ``docs/`` (the editors' to change)
TEMPLATES = Path(__file__).resolve().parents[3] / "docs" / "_templates" / "site"


@cache
def _environment(folder: Path):
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    # the pages are MyST, not HTML: nothing is escaped by Jinja (the values are escaped MyST already);
    # a block tag's line leaves no blank line behind, so a template reads as the page it makes.
    # Sandboxed: a template reaches no attribute of Python's internals (``cycler.__init__.__globals__``),
    # so a changed template cannot run code, in the build or in ``edition check`` (see SECURITY.md)
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_page(template: str, templates: Path | None = None, /, **context: Any) -> str:
    """The *template* (``glossary.md.jinja``…) of the folder *templates* (default :data:`TEMPLATES`), filled in.

    :raises EditionError: a template that cannot be read or filled in, or that reaches for what the
        sandbox refuses, named with its file (and line, where Jinja gives one)
    """
    import jinja2

    folder = Path(templates or TEMPLATES)
    try:
        return _environment(folder).get_template(template).render(**context)
    except jinja2.TemplateError as err:
        line = getattr(err, "lineno", None)
        raise EditionError(f"the page's template cannot be used: {err}", folder / template, line) from None
    except Exception as err:  # noqa: BLE001  (a template is code: whatever it raises, name the template)
        raise EditionError(f"the page's template failed: {type(err).__name__}: {err}", folder / template) from None


def search_entry(kind: str, anchor: str, names: list[str]) -> list[str]:
    """An ``edition:entry`` directive: the entry's names, for the search only."""
    unique = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
    fence = "`" * max([3, *(len(run) + 1 for n in unique for run in re.findall("`+", n))])
    return [f"{fence}{{edition:entry}} {kind} {anchor}", *unique, fence]


def place(text_id: str, paragraph: int, note: str) -> str:
    """A link to where something stands in a text: a note, a paragraph, or the header."""
    if note and paragraph:
        return f"{{para}}`n. {note} <texts/{text_id}#{paragraph}>`"
    if paragraph:
        return f"{{para}}`texts/{text_id}#{paragraph}`"
    return f"{{doc}}`{'n. ' + note if note else 'header'} </texts/{text_id}>`"


__all__ = ["TEMPLATES", "escape", "place", "render_page", "role_text", "search_entry"]
