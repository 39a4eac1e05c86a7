"""Emphasis a plain-text copy marks with underscores or asterisks, as pandoc's plain writer and a wiki's
export do: ``_The New Course_``, ``*Pravda*``, ``**the state**``.

A pair of marks around words is emphasis when the witness marks emphasis so consistently
(:func:`emphasis_forms`): the marks open before a word and close after one, never inside a word
(``snake_case``, ``a_b_c``), never doubled where one is meant (``__init__``), never between numbers
(``2*3*4``) or spaces (``a * b``); the witness has two pairs at least, and its marks of that form that
stand in no pair (a lone underscore, an asterisk that signs a note, a file name's underscores) are fewer
than half of its pairs.
The reading is stated once in the apparatus, with its reason; each emphasis is printed as emphasis
(italics; two asterisks, bold), the marks not printed.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class EmphasisForm(NamedTuple):
    """One way of marking emphasis in plain text."""

    #: the marks, as the apparatus names them
    name: str
    #: a pair of marks around words, group 1 the words
    pair: re.Pattern
    #: a mark of the form that stands outside a word (paired or not)
    mark: re.Pattern
    #: whether the form is strong emphasis (bold)
    strong: bool = False


#: the words of a pair may run over a line's end (a hard-wrapped copy), never over a blank line; each pattern
#: below begins by looking ahead for its mark, so that a search does not try its lookbehinds at every character
#: of a text
_ONE_LINE_BREAK = r"\n(?![ \t]*\n)"
UNDERSCORES = EmphasisForm(
    "underscores",
    re.compile(rf"(?=_)(?<![\w_])_(?![_\s])((?:[^_\n]|{_ONE_LINE_BREAK})*?[^\s_])_(?![\w_])"),
    re.compile(r"(?=_)(?:(?<!\w)_|_(?!\w))"),
)
DOUBLE_ASTERISKS = EmphasisForm(
    "two asterisks",
    re.compile(rf"(?=\*\*)(?<![\w*])\*\*(?![*\s])((?:[^*\n]|{_ONE_LINE_BREAK})*?[^\s*])\*\*(?![\w*])"),
    re.compile(r"\*\*"),
    True,
)
ASTERISKS = EmphasisForm(
    "asterisks",
    re.compile(rf"(?=\*)(?<![\w*])\*(?![*\s])((?:[^*\n]|{_ONE_LINE_BREAK})*?[^\s*])\*(?![\w*])"),
    re.compile(r"(?=\*)(?<!\*)\*(?!\*)"),
)
#: the forms, the double marks before the single ones (a pair of "**" is no two pairs of "*")
FORMS = (DOUBLE_ASTERISKS, UNDERSCORES, ASTERISKS)
#: the most marks in no pair, for each pair, where a form is read: fewer than half
STRAY_SHARE = 0.5
#: the fewest pairs that show a form of emphasis: one pair alone ("*a*") may be a character's use
PAIRS_MIN = 2
HOW = ("the witness marks words with {name} before and after them ({example}) {pairs}, as a plain-text copy "
       "marks emphasis, and sets such a mark {strays}: each pair read as {what}, printed as such, the marks not "
       "printed")


def emphasis_forms(text: str) -> list[tuple[EmphasisForm, int, int, str]]:
    """The forms of emphasis *text* marks consistently: each with the number of its pairs, of its marks in
    no pair, and its first pair as the witness prints it."""
    found = []
    taken = text
    for form in FORMS:
        pairs = list(form.pair.finditer(taken))
        if not pairs:
            continue
        paired = sum(2 for _ in pairs)
        marks = len(form.mark.findall(taken))
        # a single mark counts once, a double one once: the strays are the marks in no pair
        strays = max(marks - paired, 0)
        if len(pairs) >= PAIRS_MIN and strays < STRAY_SHARE * len(pairs):
            found.append((form, len(pairs), strays, pairs[0].group(0)))
            # the double marks read: never counted again as two single ones
            taken = form.pair.sub(lambda m: " " * len(m.group(0)), taken)
    return found


def words(match: re.Match) -> str:
    """The words of a pair, a line's end inside them as a space."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", match.group(1))


def how(form: EmphasisForm, pairs: int, strays: int, example: str) -> str:
    """The apparatus's reason for reading a form as emphasis."""
    times = f"{pairs} times"
    elsewhere = "nowhere else" if not strays else f"elsewhere {'once' if strays == 1 else f'{strays} times'} " \
        "(fewer than half as often)"
    # the example quoted on one line: a pair may run over a line's end, and the reason is one line
    return HOW.format(name=form.name, example=" ".join(example.split()), pairs=times, strays=elsewhere,
                      what="strong emphasis (bold)" if form.strong else "emphasis (italics)")
