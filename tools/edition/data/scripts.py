"""Letters that look alike: the confusable skeleton of a term, and words that mix scripts.

A glossary term spelled with one Cyrillic letter in a Latin word
(``nomenklаtura``) looks like the term and is not: as a second entry it
would split the links of one term between two entries. Terms and variants
are therefore compared by their *skeleton* (Unicode Technical Standard #39,
section 4): case-folded after NFKC normalisation, decomposed, every
character replaced by the prototype of its class of confusables, from the
table that confusable-homoglyphs ships (Unicode's ``confusables.txt``); two
forms with the same skeleton are the same term. A word whose letters come
from two scripts is refused unless it is the entry's declared Cyrillic form.

Tested in ``tests/test_markup.py``.
"""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def _table() -> dict[str, list[dict]]:
    from confusable_homoglyphs import confusables

    return confusables.confusables_data


@cache
def prototype(char: str) -> str:
    """The character (or characters) that stands for *char*'s class of confusables.

    Of *char* and the homoglyphs the table gives for it, the shortest, then
    the one with the lowest code points: the same for every member of a class.

    >>> prototype("а"), prototype("a"), prototype("х")   # Cyrillic a, Latin a, Cyrillic ha
    ('a', 'a', 'x')
    """
    candidates = [char] + [h["c"] for h in _table().get(char, [])]
    return min(candidates, key=lambda c: (len(c), [ord(x) for x in c]))


def skeleton(value: str) -> str:
    """The confusable skeleton of *value*, after NFKC normalisation and case folding.

    >>> skeleton("nomenklаtura") == skeleton("Nomenklatura")
    True
    """
    folded = unicodedata.normalize("NFKC", value).casefold()
    decomposed = unicodedata.normalize("NFD", " ".join(folded.split()))
    return unicodedata.normalize("NFD", "".join(prototype(c) for c in decomposed))


def scripts_of(word: str) -> list[str]:
    """The scripts (Unicode's Script property: LATIN, CYRILLIC, …) of *word*'s characters, in order.

    Characters of the Common and Inherited scripts (digits, punctuation,
    modifier letters such as the prime of *glasnostʹ*, combining accents)
    belong to every script and count for none.
    """
    from confusable_homoglyphs import categories

    out: list[str] = []
    for char in word:
        script = categories.alias(char)
        if script not in ("COMMON", "INHERITED") and script not in out:
            out.append(script)
    return out


def mixed_script_words(value: str) -> list[str]:
    """The words of *value* whose letters come from more than one script.

    >>> mixed_script_words("nomenklаtura and номенклатура")
    ['nomenklаtura']
    """
    return [word for word in value.split() if len(scripts_of(word)) > 1]
