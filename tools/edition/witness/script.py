"""The words of a text in a script written without spaces between them (Chinese, Japanese, Thai, Lao, Khmer,
Burmese): counted by their characters, so that every rule that weighs a line by its words (a link, a menu's
entry, a heading, a paragraph of prose) weighs such a line as it weighs one in a spaced script.

A run of such characters is cut into pieces of :data:`CHARS_PER_WORD` characters, each counted as a word (a
Japanese word is about two characters long, a Thai one about four); the punctuation after a piece ("。",
"、", "）") stays with it, so the last word of a sentence still ends with its stop. A spaced text (Latin,
Cyrillic, Greek, Korean) is split at its spaces and nothing else."""

from __future__ import annotations

import functools
import re

#: the scripts written without spaces, each with the characters of one of its words on average (editorial
#: data): Han, kana (and half-width kana); Thai, Lao, Burmese, Khmer
CHARS_PER_WORD: dict[str, int] = {
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f": 2,
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff": 4,
}
#: a run of one script written without spaces, or anything else
_RUN_RE = re.compile("|".join(f"[{chars}]+" for chars in CHARS_PER_WORD) + "|[^" + "".join(CHARS_PER_WORD) + "]+")
#: the script of each unspaced run, by its first character
_SCRIPTS = [(re.compile(f"[{chars}]"), n) for chars, n in CHARS_PER_WORD.items()]
#: a character of a script written without spaces
UNSPACED_RE = re.compile("[" + "".join(CHARS_PER_WORD) + "]")
#: what ends a sentence in those scripts: the ideographic full stop, the full-width marks, Thai's none (a
#: space ends its sentence), Burmese's section mark
FULL_STOPS = "。｡．！？\u104b"


def unspaced(text: str) -> bool:
    """Whether *text* holds a character of a script written without spaces (:data:`CHARS_PER_WORD`)."""
    return not text.isascii() and UNSPACED_RE.search(text) is not None


def _pieces(run: str) -> list[str]:
    """A run of one script cut into its words (:data:`CHARS_PER_WORD`): a run one character longer than a
    word at most is one ("日本語", a name, a label), a longer one cut into pieces of a word's length; any
    other run as it is."""
    n = next((n for form, n in _SCRIPTS if form.match(run)), 0)
    if not n or len(run) <= n + 1:
        return [run]
    return [run[k:k + n] for k in range(0, len(run), n)]


def words(text: str) -> list[str]:
    """The words of *text*: split at its spaces, and each run of a script written without spaces cut into
    pieces of its words' length (:data:`CHARS_PER_WORD`: "法的問題" → "法的", "問題"; "日本語" one).
    Punctuation after a piece stays with it ("処理である。" → …, "ある。")."""
    return list(_words(text))


@functools.lru_cache(maxsize=1 << 13)
def _words(text: str) -> tuple[str, ...]:
    """:func:`words`, kept for the lines and blocks many rules weigh in turn."""
    return tuple(_split(text))


def _split(text: str) -> list[str]:
    tokens = text.split()
    if not unspaced(text):
        return tokens
    out: list[str] = []
    for token in tokens:
        if UNSPACED_RE.search(token) is None:
            out.append(token)
            continue
        pieces = [piece for run in _RUN_RE.findall(token) for piece in _pieces(run)]
        first = len(out)
        for piece in pieces:
            if len(out) > first and not any(c.isalnum() for c in piece):
                out[-1] += piece  # "。", "、", "）" after a piece: its own
            else:
                out.append(piece)
        if len(out) > first + 1 and not any(c.isalnum() for c in out[first]):
            out[first:first + 2] = [out[first] + out[first + 1]]  # "「" before the first piece: its own
    return out
