"""Lines of a program quoted in a text, and the literal tokens around them, known by their form.

A manual or a paper extracted from a PDF quotes commands ("\\usepackage[T1]{fontenc}"),
an R session ("> m <- 3", "[1] 0.8279847") or a style file ("label "a" * 'label :=").
Such lines are printed as the witness sets them, one a line (:func:`code_lines`), and
no word in them, or in a literal token of the running text (``\\setupbodyfont``,
``[languagename]``), is ever separated or joined (:func:`literal_token`).

A line is code by itself (*strong*) when it opens with a prompt followed by code, or
with a TeX command, or assigns with ``<-`` or ends with ``:=``; a line that only
resembles code (*weak*: a comment, a line of R's output, a call alone on its line,
an ellipsis of dots, a console's output by its form: "Call:", "0.051 .", "z.lag.1") is code
only beside a line that is, the blank lines between them looked through, or in a run of
:data:`OUTPUT_RUN_LEAST` such lines or more (a console's output whose command stands on
another page), with the columns' heads between them ("Min", "Median": :func:`between_output`); short lines of that form
under a command, no blank line between, are its output ("Read 1 item"), though no command follows them.
Prose never opens with a backslash or a prompt, so that the texts of the edition, which quote
no program, have no such lines.
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
    # a console's output, by its form: a section of it named alone with its colon ("Call:", "Residuals:",
    # "--- Signif. codes:"), a legend of significance stars ("0 '***' 0.001"), a comment or a boxed title
    # ("# Augmented … #", "#####"), a name of a program's alone ("z.lag.1"), a value after a label and a
    # colon ("Median :946", "Multiple R-squared: 0.135,", "F-statistic: 2.98 on 4 …"), a prompt and a name
    r"|^-*\s?[A-Z]\w*(?:\.\s[a-z]\w*)?:$"
    r"|'\*{1,3}'"
    r"|^#(?:[#\s]|$)"
    r"|^(?=[^a-z]*[a-z])[A-Za-z]\w*(?:[._]\w+)+$"
    r"|^(?:[\w.()-]+(?:\s[\w.()-]+){0,3}\s?)?:\s*[-+]?\d[\d.]*(?:e[-+]?\d+)?(?:[,\s]|$)"
    r"|^[A-Za-z]{0,2}>\s+[A-Za-z.][\w.]*$"
    # a call alone on its line with its arguments, as a console echoes it: "lm(formula = y ~ x + 1)"
    r"|^[A-Za-z.][\w.]*\((?=[^()]*[=~])[^()]*(?:\([^()]*\)[^()]*)*\)$"
)
#: a number of a console's output, a table's: "-0.07579", "2.53e-08", "5%", "0.051"
NUMBER = r"[-+−]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?%?"
#: a row of a console's output: up to three labels ("(Intercept)", "z.diff.lag1", "tau3") and numbers, with
#: significance stars or a dot at the end ("0.051 .", "0.034 *"), or labels of a number and letters alone
#: ("1pct 5pct 10pct")
OUTPUT_ROW_RE = re.compile(
    rf"^(?:[\w.():|>\[\],-]+\s+){{0,3}}?{NUMBER}(?:\s+{NUMBER})*(?:\s+(?:\*{{1,3}}|\.))?$"
    r"|^(?:\d+[A-Za-z]+)(?:\s+\d+[A-Za-z]+)*$")
#: what shows a row of numbers is no page's number, a year or a section's number alone: a second token
#: beside a decimal point, a sign, a power or another number ("0.051 .", "-2.1992 -0.3899", "tau3 -4.04")
OUTPUT_NUMBER_RE = re.compile(rf"(?=\S+\s+\S)(?:.*\d[.e]\d|.*(?:^|\s)[-+−]\d|.*{NUMBER}\s+{NUMBER})|^\d+[A-Za-z]+\s")
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
    """Whether *line* resembles a line of a program or of its output (code only beside one that is:
    :func:`code_lines`)."""
    text = line.strip()
    return len(text) <= CODE_LINE_MOST and (bool(WEAK_RE.search(text)) or output_row(text))


def output_row(text: str) -> bool:
    """Whether *text* (stripped) is a row of a console's output (:data:`OUTPUT_ROW_RE`) that no page's
    number or year alone is (:data:`OUTPUT_NUMBER_RE`)."""
    return bool(OUTPUT_ROW_RE.match(text)) and bool(OUTPUT_NUMBER_RE.search(text))


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
    _output(texts, strong, weak, code)
    return code


def _output(texts: list[str], strong: list[bool], weak: list[bool], code: set[int]) -> None:
    """Add to *code* a console's output with no command beside it: a run of weak lines, blank lines looked
    through, with the columns' heads or labels between them (:func:`between_output`); and the labels between
    two lines of code. Linear."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    _labels_between(texts, filled, [w or s for w, s in zip(weak, strong, strict=True)], weak)
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and weak[i]:
            run.append(i)
            continue
        if len(run) >= OUTPUT_RUN_LEAST:
            code.update(run)
        run = []
    _spread(texts, weak, code)
    # a column's head or a table's label between lines of output ("Min", "Median"): short, no sentence
    for before, i, after in zip(filled, filled[1:], filled[2:], strict=False):
        if before in code and after in code and i not in code and between_output(texts[i]):
            code.add(i)
    # a command's output under it, no blank line between ("R> x <- readData(…)", "Read 1 item", "Read 2385
    # items"): short lines, no sentence, down to the first blank line, though no command follows them
    under: set[int] = set()
    for i in filled:
        if i not in code and i > 0 and (strong[i - 1] or i - 1 in under) and between_output(texts[i]):
            under.add(i)
    code.update(under)
    _spread(texts, weak, code)


def _labels_between(texts: list[str], filled: list[int], output: list[bool], weak: list[bool]) -> None:
    """Mark weak each run of at most :data:`BETWEEN_MOST` labels (:func:`between_output`) between two lines
    of output or code (*output*): "Residuals:", "Min", "1Q …"."""
    between: list[int] = []  # a run of labels since the last line of output
    seen_output = False
    for i in filled:
        if output[i]:
            if seen_output and 0 < len(between) <= BETWEEN_MOST:
                for k in between:
                    weak[k] = True
            between, seen_output = [], True
        elif between_output(texts[i]):
            between.append(i)
        else:
            between, seen_output = [], False


#: the fewest weak lines in a run that make a console's output without its command
OUTPUT_RUN_LEAST = 3
#: the most lines of labels or values alone between two lines of output ("Median", "0.0429", "3Q")
BETWEEN_MOST = 6
#: a short line of labels, no sentence: "Min", "Median", "Estimate Std. Error t value Pr(>|t|)"
BETWEEN_RE = re.compile(r"^[\w.()|>:'*-]+(?: [\w.()|>:'*-]+){0,5}$")
#: a section's heading: "5. Summary", "2.1 Data"
SECTION_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")


def between_output(text: str) -> bool:
    """Whether *text* may be a column's head or label between two lines of output (:func:`code_lines`)."""
    stripped = text.strip()
    return (len(stripped) <= 40 and bool(BETWEEN_RE.match(stripped)) and not stripped.endswith((".", "?", "!"))
            and not SECTION_RE.match(stripped)
            # prose between two commands ("or", "and one with a sine wave"): it opens in lower case
            and not stripped[:1].islower()
            and len(PROSE_WORD_RE.findall(stripped)) <= 2)


#: a word of prose in lower case: three letters or more
PROSE_WORD_RE = re.compile(r"(?<![\w.])[a-z]{3,}(?![\w.(])")


def _spread(texts: list[str], weak: list[bool], code: set[int]) -> None:
    """Add to *code* each run of weak lines beside a line of code (a pass forward, then one back)."""
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        last = False  # whether the last line that is not blank was code
        for i in order:
            if not texts[i].strip():
                continue
            if weak[i] and last:
                code.add(i)
            last = i in code


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
