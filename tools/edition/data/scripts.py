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

The characters of a name (a term, a variant, the heading and forms of an
index entry) are judged by an allow-list, :func:`name_problems`: letters,
combining marks, digits, the space and the punctuation names are written
with. Characters that Unicode says are *default ignorable* (fillers that
render blank though they count as letters, variation selectors, the
combining grapheme joiner) are refused in every contributed text, names or
not (:func:`default_ignorable`).

Tested in ``tests/test_markup.py``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path


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
    same too, which folding to ``i`` would hide; and the skeleton folded and
    taken again makes ``NomenkIatura`` (capital N and capital I) the same,
    which neither of the others does. Two forms are the same term if they
    share one.

    >>> same = lambda a, b: bool(skeletons(a) & skeletons(b))
    >>> same("nomenkIatura", "nomenklatura"), same("nornenklatura", "nomenklatura")
    (True, True)
    >>> same("NomenkIatura", "nomenklatura"), same("nomenklatura", "nomenclature")
    (True, False)
    """
    nfkc = unicodedata.normalize("NFKC", value)
    as_written = _skeleton(nfkc)
    return {_skeleton(nfkc.casefold()), as_written, _skeleton(as_written.casefold())}


#: Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1)
#: that are not format characters (category Cf, refused on their own): they
#: render as nothing though some of them count as letters or marks.
DEFAULT_IGNORABLE_RANGES = (
    (0x034F, 0x034F),    # COMBINING GRAPHEME JOINER (Mn)
    (0x115F, 0x1160),    # HANGUL CHOSEONG/JUNGSEONG FILLER (Lo)
    (0x17B4, 0x17B5),    # KHMER VOWEL INHERENT AQ/AA (Mn)
    (0x180B, 0x180F),    # MONGOLIAN FREE VARIATION SELECTORS (Mn), VOWEL SEPARATOR
    (0x3164, 0x3164),    # HANGUL FILLER (Lo)
    (0xFE00, 0xFE0F),    # VARIATION SELECTORS (Mn)
    (0xFFA0, 0xFFA0),    # HALFWIDTH HANGUL FILLER (Lo)
    (0x1D173, 0x1D17A),  # MUSICAL SYMBOL BEGIN BEAM … (Cf)
    (0xE0000, 0xE0FFF),  # TAGS and VARIATION SELECTORS SUPPLEMENT
)
#: Characters that are not ignorable but render as a blank all the same.
BLANK_LOOKING = frozenset("\u2800")  # BRAILLE PATTERN BLANK (So)


@cache
def _ignorable() -> frozenset[int]:
    return frozenset(code for low, high in DEFAULT_IGNORABLE_RANGES for code in range(low, high + 1))


def default_ignorable(char: str) -> bool:
    """Whether *char* renders as nothing or as a blank while not being a space.

    >>> [default_ignorable(c) for c in ("\u034f", "\ufe00", "\u3164", "\u2800", "a", " ")]
    [True, True, True, True, False, False]
    """
    return char in BLANK_LOOKING or ord(char) in _ignorable()


#: Blocks of Latin letters made for phonetics and for scholarly transcription, whose letters look
#: like the alphabet's (ɴ, ᴋ, ꞁ, ɘ) and belong in no name of these texts
PHONETIC_BLOCKS = (
    (0x0180, 0x0217),    # Latin Extended-B (ƚ, ȴ, ȧ …), but for
    (0x021C, 0x024F),    # … its letters with a comma below (Romanian ș, ț)
    (0x0250, 0x02AF),    # IPA Extensions
    (0x1D00, 0x1DBF),    # Phonetic Extensions and their Supplement
    (0xA720, 0xA7FF),    # Latin Extended-D
    (0xAB30, 0xAB6F),    # Latin Extended-E
    (0x10780, 0x107BF),  # Latin Extended-F
    (0x1DF00, 0x1DFFF),  # Latin Extended-G
)


#: The modifier letters a name may hold: the primes that transliterate the Russian soft and hard signs
TRANSLITERATION_MARKS = frozenset("\u02b9\u02ba")

#: The punctuation a name may hold besides letters, marks, digits and spaces.
NAME_PUNCTUATION = frozenset("-\u2010\u2013'\u2019\u2018\u201c\u201d.,()/&:")


def name_problems(value: str, also: str = "") -> list[str]:
    """What is wrong with the characters of a name (a term, a variant, an index heading or form).

    A name holds letters (never default-ignorable ones; accented letters as
    composed by NFC, so no combining mark of its own), the digits 0–9, spaces and
    the punctuation of :data:`NAME_PUNCTUATION` (and the characters of *also*);
    each other character is named once.

    >>> name_problems("Zinoviev, Grigory (1883–1936)"), name_problems("Zzqy{a|b")
    ([], ["'{' (LEFT CURLY BRACKET)", "'|' (VERTICAL LINE)"])
    >>> name_problems("Bolshevi\u0307sm"), name_problems("Mele\u0301ndez")
    (["'̇' (COMBINING DOT ABOVE)"], [])
    """
    out: list[str] = []
    # a mark that does not compose with its letter (``i`` + COMBINING DOT ABOVE) makes a name that
    # looks like another and is not; a composed letter (``é``, ``й``) is one character after NFC
    for char in unicodedata.normalize("NFC", value):
        if not _in_a_name(char, also):
            name = f"{char!r} ({unicodedata.name(char, f'U+{ord(char):04X}')})"
            if name not in out:
                out.append(name)
    return out


@cache
def _in_a_name(char: str, also: str) -> bool:
    """Whether *char* may stand in a name (:func:`name_problems`)."""
    category = unicodedata.category(char)
    phonetic = any(low <= ord(char) <= high for low, high in PHONETIC_BLOCKS) or (
        category == "Lm" and char not in TRANSLITERATION_MARKS)
    return (char == " " or char in NAME_PUNCTUATION or char in also or "0" <= char <= "9"
            or (category[0] == "L" and not default_ignorable(char) and not phonetic))


#: English's most frequent words, as wordfreq ranks them (the file says which version); data, not
#: code: read in a millisecond, where loading wordfreq's lists takes half a second
COMMON_WORDS = Path(__file__).with_name("common-words.txt")


@cache
def _common_words() -> frozenset[str]:
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def common_word(form: str) -> bool:
    """Whether *form* is made of English's most frequent words alone, in any case but capitals
    throughout (an acronym such as *US*): as a form of a term or a name it would link or index
    every "the", "The" and "of the" of the texts.

    >>> common_word("of"), common_word("The"), common_word("of the"), common_word("US")
    (True, True, True, False)
    >>> common_word("nomenklatura"), common_word("the plan of the state"), common_word("wa"), common_word("thi")
    (False, False, True, True)
    """
    words = form.split()
    if not words or (form.isupper() and len(form) > 1):
        return False
    common = _common_words()
    # the term matcher adds these endings to every form: "wa" would link every "was"
    return all(any(word.casefold() + ending in common for ending in ("", "s", "es", "'s", "’s")) for word in words)


def scripts_of(word: str) -> list[str]:
    """The scripts (Unicode's Script property: LATIN, CYRILLIC, …) of *word*'s characters, in order.

    Characters of the Common and Inherited scripts (digits, punctuation,
    modifier letters such as the prime of *glasnostʹ*, combining accents)
    belong to every script and count for none.
    """
    out: list[str] = []
    for char in word:
        script = _script(char)
        if script not in ("COMMON", "INHERITED") and script not in out:
            out.append(script)
    return out


@cache
def _script(char: str) -> str:
    from confusable_homoglyphs import categories

    return categories.alias(char)


def mixed_script_words(value: str) -> list[str]:
    """The words of *value* whose letters come from more than one script.

    >>> mixed_script_words("nomenklаtura and номенклатура")
    ['nomenklаtura']
    """
    return [word for word in value.split() if len(scripts_of(word)) > 1]
