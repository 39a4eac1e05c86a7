"""Lines of a program quoted in a text, and the literal tokens around them, known by their form.

A manual or a paper extracted from a PDF quotes commands ("\\usepackage[T1]{fontenc}"),
an R session ("> m <- 3", "[1] 0.8279847") or a style file ("label "a" * 'label :=").
Such lines are printed as the witness sets them, one a line (:func:`code_lines`), and
no word in them, or in a literal token of the running text (``\\setupbodyfont``,
``[languagename]``), is ever separated or joined (:func:`literal_token`).

A line is code by itself (*strong*) when it opens with a prompt followed by code, or
with a TeX command, or assigns with ``<-`` or ends with ``:=``; a line that only
resembles code (*weak*: a comment, a line of R's output, a call alone on its line,
an ellipsis of dots) is code only beside a line that is, the blank lines between
them looked through. Prose never opens with a backslash or a prompt, so that the
texts of the edition, which quote no program, have no such lines.
"""

from __future__ import annotations

import re

#: a prompt and code after it: "> library(mvtnorm)", "R> z <- zoo(x)", "$ make"
PROMPT_RE = re.compile(r"^(?:[A-Za-z]{0,2}>|\$)\s+(\S.*)$")
#: what shows that the words after a prompt are code, not a quotation marked with ">"
CODE_MARK_RE = re.compile(r"[()\[\]{}=<$|]")
#: a TeX or LaTeX command opening the line with its argument, or alone on it: "\usepackage{x}",
#: "{\language[x] …}", "\language=…"; not a command named in a sentence ("\cite or \nocite each entry")
TEX_COMMAND_RE = re.compile(r"^\{?\\[A-Za-z@]{2,}(?:[\[{=]|\s*$)")
#: an assignment: "sigma <- diag(3)", "x[2,1] <- 3/5"; a style file's "… 'label :="
ASSIGNMENT_RE = re.compile(r"^[A-Za-z.][\w.]*(?:\[[^\]]*\])?\s*<-\s*\S|\s:=$")
#: a line that only resembles code: a TeX or BibTeX comment, a line of R's output, a call alone, dots
WEAK_RE = re.compile(
    r"^%\s"  # a comment
    r"|^\[\d+\]\s+(?:\"[^\"]*\"|[-+]?\d[\d.]*(?:e[-+]?\d+)?|TRUE|FALSE|NA)(?:\s+\S+)*$"  # R's output
    r"|^[A-Za-z.][\w.]*\([^()\s]*(?:\([^()]*\))?[^()\s]*\)$"  # attr(,"error"), f(x)
    r"|^(?:\.\s?){3,}$"  # . . .
    r"|^\+(?:\s+\S.*)?$"  # R's prompt for a command continued
    r"|\s:=\s"  # an assignment of a style file
)
#: a TeX command and its arguments opening a line, then one space and running words without a command:
#: "\\usepackage{x} to your document preamble. The package …" (its words are the sentence's)
TEX_IN_SENTENCE_RE = re.compile(r"^\\[A-Za-z@]{2,}(?:\[[^\]\\]*\]|\{[^{}\\]*\})+ (?:[a-z][\w'’,;.-]* ){2,}[^\\]*$")
#: how a line ends that leads on into the next: no sentence's end, no colon announcing a quotation
LEADS_ON_RE = re.compile(r"[\w,]$")
#: the longest line that may be code: a longer one is a paragraph of a web page (and is not searched)
CODE_LINE_MOST = 240
#: the most lines a command whose parentheses are open goes on in
CONTINUED_MOST = 5
#: characters that make a token touching them a literal: a command's backslash, brackets, braces…
#: (not square brackets: an editor's insertion in a quotation, "[theremust be]", is prose)
LITERAL_BEFORE = frozenset("\\{_<$#%=@")
LITERAL_AFTER = frozenset("}{(_<>=$")


def strong_code(line: str) -> bool:
    """Whether *line* is a line of a program by itself (a prompt and code, a TeX command, an assignment)."""
    text = line.strip()
    if not text or len(text) > CODE_LINE_MOST:
        return False
    if TEX_COMMAND_RE.match(text) or ASSIGNMENT_RE.search(text):
        return True
    prompt = PROMPT_RE.match(text)
    return bool(prompt and CODE_MARK_RE.search(prompt.group(1)) and not text.endswith((".", "?", "!", ".)")))


def in_sentence(texts: list[str], i: int) -> bool:
    """Whether line *i*, opening with a TeX command, is the middle of a sentence of running text.

    The line above it (no blank line between) is prose that leads on into it
    (it ends in a word or a comma, not a sentence's end or a colon), and the
    command's arguments are followed by one space and running words with no
    command among them: "… by adding the command" / "\\usepackage{x} to your
    document preamble. The …". A command set after "the following macros:",
    or followed by a column of its description ("\\acm{...}   for acute …"), is code.
    """
    text = texts[i].strip()
    if i == 0 or not TEX_IN_SENTENCE_RE.match(text):
        return False
    above = texts[i - 1].strip()
    return bool(above) and bool(LEADS_ON_RE.search(above)) and not strong_code(above) and not weak_code(above)


def weak_code(line: str) -> bool:
    """Whether *line* resembles a line of a program (code only beside one that is: :func:`code_lines`)."""
    text = line.strip()
    return len(text) <= CODE_LINE_MOST and bool(WEAK_RE.search(text))


def code_lines(texts: list[str]) -> set[int]:
    """The indices of the lines of *texts* that are code: strong ones, and weak ones beside code.

    A weak line is code when the nearest line that is not blank before or
    after it is code: a run of weak lines beside a strong one is code whole;
    a line of code whose parentheses are left open goes on in the lines after
    it, until they are closed. Linear: a pass forward, then one back. A
    command that a sentence names in the middle of its lines
    (:func:`in_sentence`) is no code.
    """
    strong = [strong_code(t) and not in_sentence(texts, i) for i, t in enumerate(texts)]
    weak = [not s and bool(t.strip()) and weak_code(t) for s, t in zip(strong, texts, strict=True)]
    code = set(i for i, s in enumerate(strong) if s)
    # a command whose parentheses are still open goes on in the lines after it
    depth = continued = 0
    for i, t in enumerate(texts):
        if not t.strip():
            continue
        if i in code:
            depth, continued = 0, 0
        elif depth > 0 and continued < CONTINUED_MOST:
            code.add(i)
            continued += 1
        else:
            depth = 0
            continue
        depth = max(depth + t.count("(") + t.count("[") - t.count(")") - t.count("]"), 0)
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        last = False  # whether the last line that is not blank was code
        for i in order:
            if not texts[i].strip():
                continue
            if weak[i] and last:
                code.add(i)
            last = i in code
    return code


def literal_token(raw: str, start: int, end: int) -> bool:
    """Whether the token ``raw[start:end]`` is a literal, never separated.

    It touches a command's backslash or a brace ("\\setupbodyfont",
    "{langname}"), or is in a line of code ("\\usepackage[languagename]"). A
    token between quotation marks is prose: an extraction glues the words of
    a quotation too ("safetyandpurity").
    """
    before = raw[start - 1] if start > 0 else ""
    after = raw[end] if end < len(raw) else ""
    if before in LITERAL_BEFORE or after in LITERAL_AFTER:
        return True
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line = raw[line_start:line_end if line_end >= 0 else len(raw)]
    return strong_code(line)
