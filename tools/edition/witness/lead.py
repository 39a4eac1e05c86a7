"""A page's title named by its lead sentence, when the copy lacks the title itself.

A wiki page copied as plain text may lose its title and keep its lead:
"_THE NEW COURSE_ (Russian: _Новый курс)_ was a 1924 brochure …". The lead
names its subject in emphasis (underscores, asterisks, a wiki's quotes) at the
start of its first sentence, and says what it was: that subject is the page's
title, a guess the report flags. "In 1924, _The New Course_ was reprinted" (the
emphasis inside the sentence) and "_Pravda_ printed the articles" (no "was a …")
name no title.
"""

from __future__ import annotations

import re

from .lexicon import title_case
from .reading import Line

#: the subject of a lead in emphasis, at the start of its sentence (a line's start, a sentence's end, a wiki
#: link's residue "…]]" before it), a gloss in brackets after it, then "was a", "is the" …
LEAD_TITLE_RE = re.compile(
    r"(?:^|(?<=[.!?\]]\s)|(?<=\]\]\s))(?P<mark>_|\*\*|\*|'''|'')(?P<title>[^\s_*'][^_*\n]{1,100}?[^\s_*'])(?P=mark)"
    r"\s+(?:\([^()]{0,120}\)_?\s+)?(?:was|is|are|were)\s+(?:a|an|the)\b"
)
#: the opening lines searched for the lead
LEAD_LINES = 12


def lead_title(lines: list[Line]) -> tuple[str, int] | None:
    """The title the lead names in emphasis at its start (see the module), with its line; None if none."""
    for line in lines[:LEAD_LINES]:
        m = LEAD_TITLE_RE.search(line.text.strip())
        if m:
            title = m.group("title").strip()
            return (title_case(title) if title.isupper() else title), line.lineno
    return None
