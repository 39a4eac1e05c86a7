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
    """The characters that stand for *char* among the letters it can be confused with.

    The table maps a confusable character to its prototype (``I`` → ``l``,
    ``1`` → ``l``, ``m`` → ``rn``, Cyrillic ``а`` → ``a``) and lists, for a
    prototype, the many characters that map to it. A character with one
    ASCII homoglyph takes it; any other character outside ASCII takes the
    shortest, lowest of its ASCII homoglyphs; the rest stand for themselves.

    >>> prototype("а"), prototype("a"), prototype("I"), prototype("m"), prototype("l")
    ('a', 'a', 'l', 'rn', 'l')
    """
    candidates = [h["c"].replace("\u200e", "") for h in _table().get(char, [])]
    ascii_ = sorted({c for c in candidates if c.isascii() and c.strip()}, key=lambda c: (len(c), [ord(x) for x in c]))
    if len(ascii_) == 1 or (ascii_ and not char.isascii()):
        return ascii_[0]
    return char


def _skeleton(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", " ".join(value.split()))
    return unicodedata.normalize("NFD", "".join(prototype(c) for c in decomposed))


def skeleton(value: str) -> str:
    """The confusable skeleton of *value* after NFKC normalisation and case folding.

    >>> skeleton("nomenklаtura") == skeleton("Nomenklatura")
    True
    """
    return _skeleton(unicodedata.normalize("NFKC", value).casefold())


def skeletons(value: str) -> set[str]:
    """The skeletons two forms are compared by: with and without case folding.

    Folding first makes ``Nomenklatura`` the same as ``nomenklatura``; the
    skeleton of the form as written makes ``nomenkIatura`` (a capital I) the
    same too, which folding to ``i`` would hide. Two forms are the same term
    if they share one.

    >>> same = lambda a, b: bool(skeletons(a) & skeletons(b))
    >>> same("nomenkIatura", "nomenklatura"), same("nornenklatura", "nomenklatura")
    (True, True)
    """
    nfkc = unicodedata.normalize("NFKC", value)
    return {_skeleton(nfkc.casefold()), _skeleton(nfkc)}


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
