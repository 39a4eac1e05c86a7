"""Search by variant spelling: which words the edition's search treats as one.

Transliterations of Russian disagree: *glasnost*, *glasnost’* and
*glasnostʹ*; *Gorbachev* and *Gorbachov*. The search index and the search
box both pass every word through :func:`fold` and then through the spelling
map made by :func:`spelling_map`, so that any spelling finds them all.

- :func:`fold` is a general rule: lower case, no diacritics, and no
  transliteration marks for the Russian soft and hard signs (’ ' ʹ ʺ), which
  also keep a word such as *Mel’nikov* in one piece.
- :func:`spelling_map` is editorial data: the ``variants`` of the entries of
  the indexes (``docs/indexes/*.toml``), each mapped to its entry's main
  form. Only single words are mapped; a variant of several words is found
  through the index entry that lists it.

Nothing here imports Sphinx; :mod:`edition.sphinxext.search` applies it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: marks that transliterate the Russian soft and hard signs (and apostrophes)
TRANSLIT_MARKS = "’'ʹʺ‘`"
#: a word: letters, digits or underscores, joined across transliteration marks
WORD_RE = re.compile(rf"\w+(?:[{TRANSLIT_MARKS}]\w+)*")
_MARKS_RE = re.compile(f"[{TRANSLIT_MARKS}]")


def fold(word: str) -> str:
    """*word* in lower case, without diacritics or transliteration marks."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _MARKS_RE.sub("", unicodedata.normalize("NFC", plain))


def split_words(text: str) -> list[str]:
    """The words of *text*, a word running across transliteration marks."""
    return WORD_RE.findall(text)


def _single(form: str) -> str | None:
    words = split_words(form)
    return fold(words[0]) if len(words) == 1 else None


def spelling_map(entries: Iterable) -> dict[str, str]:
    """Folded variant spelling → folded main form, from index entries.

    :param entries: records with ``heading``, ``forms`` and ``variants``
        (:class:`edition.data.indexes.IndexEntry`)
    :return: a mapping in sorted order, so that the generated search code is
        the same from build to build
    """
    result: dict[str, str] = {}
    for entry in entries:
        variants = set(entry.variants)
        mains = [f for f in entry.forms if f not in variants] + [entry.heading.split(",")[0]]
        main = next((m for m in map(_single, mains) if m), None)
        if main is None:
            continue
        for variant in entry.variants:
            folded = _single(variant)
            if folded and folded != main:
                result[folded] = main
    return dict(sorted(result.items()))
