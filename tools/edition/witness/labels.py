"""Note labels: the forms in which a witness may print its note markers.

A number in square brackets (``[12]``) is the usual form and is always
recognised. The other forms have other uses in running text too: a letter
in square brackets (``[a]``) may be an editor's insertion, a number in
parentheses (``(2)``) an enumeration, superscript digits (``²``) a unit
such as km². So a witness's markers in one of these forms are taken as note
markers only when the witness confirms it: its notes section has bodies
labelled in that form, and the markers of that form in the running text
have exactly the labels of those bodies, each once (see :func:`confirmed`).
Otherwise they stay text, and so do the would-be bodies.

Three forms come from copies that lost the typography: a number in
brackets whose note is a numbered paragraph (``1. …``), a superscript
number that arrives glued to the word or the punctuation before it
(``line.1``, with the note ``1 Quoted in …``), and the asterisk and the
dagger (``*``, ``†``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

#: superscript digits (not a contiguous Unicode range: ¹²³ are Latin-1)
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: the asterisk operator (U+2217), TeX's asterisk as an extraction gives it, is named as the asterisk
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "∗", "0123456789*")
#: the signs that mark notes: the asterisk (and TeX's asterisk operator ∗), the dagger, the double dagger
SIGNS = "*∗†‡"
#: after a sign opening a line: not the same sign again in its first word ("*stars* …" is emphasis
#: marked up, no note's sign); used where the sign is group 1 of a pattern
NOT_EMPHASIS = r"(?!\S*\1)"
#: spacing before a marker goes with it (it is not printed before a superscript)
_SPACE = r"[ \t\u00a0]*"


def _opening(first: str) -> str:
    """A lookahead for the characters a marker's match can begin with (a space, or *first*, a class's
    characters): said first, it lets the search skip to them instead of trying the pattern at every character
    of a text (each witness's text is searched for each form's markers)."""
    return rf"(?=[ \t\u00a0{first}])"


#: a note's number glued to the stop after a word of two letters or more, or after its closing bracket ("BERT.3 We",
#: "recall.8", "WiC),16", "BERThyp ),11": a subscript set apart before its bracket; a citation's year in brackets:
#: "(Wang et al., 2019).19"), before a space or the line's end: never inside a number ("2.3") nor a name ("v1.2.3")
STOP_MARKER_RE = re.compile(r"(?=\d)(?:(?<=[^\W\d_]{2}[.,;:])|(?<=[^\W\d_][)\]][.,;:])|(?<=[^\W\d_] [)\]][.,;:])"
                            r"|(?<=\d{4}\)[.,;:]))(\d{1,2})(?=\s|$)")
#: an abbreviation whose stop a number follows as its reference, no note's marker ("Fig.3", "No.7", "pp.12")
STOP_ABBREVIATION_RE = re.compile(r"(?<![^\W\d_])(?:figs?|eqs?|nos?|nr|tab|tabs|secs?|ch|chap|vols?|pp?|art|"
                                  r"para|par|thm|lem|def|app|ex|ed|n|cf|op|ref|refs|ibid|id|col|ll?)[.,]$",
                                  re.IGNORECASE)


class LabelForm(NamedTuple):
    """One way of printing note labels."""

    #: ``bracket`` ``[12]``, ``letter`` ``[a]``, ``paren`` ``(12)``, ``superscript`` ``¹²``
    name: str
    #: a marker in the running text, with the spacing before it; group 1 is the label
    marker: re.Pattern
    #: a note body's label at the start of a line, with the spacing after it
    body: re.Pattern


#: a value as a program prints it: a number, a string in straight quotes, a logical or a missing value
_VALUE = r'(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|"[^"\n]*"|TRUE|FALSE|NA|NaN|-?Inf|NULL)'
#: what follows an index in a line of a program's output (R's ``[1] 0.5 0.3``, ``[1] "a"``): values
#: alone to the line's end. Such an index is no note's label and no marker: a note is prose
PROGRAM_OUTPUT_TAIL = rf"(?:[ \t]+{_VALUE})+[ \t]*(?:\n|$)"

BRACKET = LabelForm(
    "bracket",
    re.compile(_opening(r"\[") + _SPACE + rf"\[(\d{{1,3}})\](?!{PROGRAM_OUTPUT_TAIL})"),
    re.compile(rf"^\s*\[(\d{{1,3}})\](?!{PROGRAM_OUTPUT_TAIL})\s*(?=\S)"),
)
LETTER = LabelForm(
    "letter",
    re.compile(_opening(r"\[") + _SPACE + r"\[([a-z])\]"),
    # a space must follow, so that "[i]n" (an editor's insertion) is no note
    re.compile(r"^\s*\[([a-z])\]\s+(?=\S)"),
)
PAREN = LabelForm(
    "paren",
    re.compile(_opening(r"(") + _SPACE + r"\((\d{1,3})\)"),
    re.compile(r"^\s*\((\d{1,3})\)\s*(?=\S)"),
)
SUPERSCRIPT = LabelForm(
    "superscript",
    re.compile(_opening(SUPERSCRIPT_DIGITS) + _SPACE + f"([{SUPERSCRIPT_DIGITS}]{{1,3}})(?![{SUPERSCRIPT_DIGITS}])"),
    re.compile(f"^\\s*([{SUPERSCRIPT_DIGITS}]{{1,3}})(?![{SUPERSCRIPT_DIGITS}])\\s*(?=\\S)"),
)
#: a number in square brackets in the text, its note a numbered paragraph
#: at the end ("1. Quoted in …"), as archives transcribe notes
DOTTED = LabelForm(
    "dotted",
    BRACKET.marker,
    re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)"),
)
#: a number in square brackets in the text, its note a paragraph opening with the number and a closing
#: parenthesis ("1) Quoted in …", "(1) Quoted in …"), as some archives number their notes
CLOSED = LabelForm(
    "closed",
    BRACKET.marker,
    re.compile(r"^\s*\(?(\d{1,3})\)\s+(?=\S)"),
)
#: a superscript number that lost its raising in a copy: glued to the word or
#: the punctuation it follows ("political line.1", "article2"), its note
#: beginning with the bare number ("1 Quoted in …")
BARE = LabelForm(
    "bare",
    re.compile(
        # every marker begins with its digit: said first, so that the search does not try the
        # lookbehinds below at every character of a text (ten times faster on the witnesses)
        r"(?=\d)"
        # not after a word of one letter, a name in code or a formula ("z1 and z2", "x2")
        # nor after a letter alone and its stop, a section's number ("A.7 Irish verse")
        r"(?:(?<=[^\W\d_])(?<!\b[^\W\d_])|(?<=[^\W\d_][.,;:!?’'”\")])(?<!\b[^\W\d_][.,;:!?])|(?<=[^\W\d_][)”’\"'][.,;:!?])|(?<=[^\W\d_][.,;:!?][)”’\"'])"
        # or after an ellipsis and a closing quote ("… to combat printed lies. …”12 Declaring")
        r"|(?<=…[)”’\"'])"
        # after a year's full stop only before a new sentence: "in 1991.1 Yet", not "2.5 million",
        # nor a section's number ("2.1 New features")
        r"|(?<=\d\d\d\d[.!?])(?=\d{1,3}(?:\s+[A-Z“\"‘]|\s*$))"
        # or after a year in parentheses and its stop, a citation's ("Hansen (1997).1"), the same way
        r"|(?<=\d\d\d\d\)[.,;:!?])(?=\d{1,3}(?:\s+[A-Z“\"‘]|[ \t]*(?:\n|$)))"
        # or a name's number's ("TEX3.1 Since …")
        r"|(?<=[^\W\d_]\d[.!?])(?=\d{1,3}(?:\s+[A-Z“\"‘]|\s*$)))"
        # nor before a full stop that a name goes on after ("z1.index"); before an em dash ("Icaria”9—duodecimo")
        r"(\d{1,3})(?!\d)(?=[\s,;:!?”’\"')\u2014]|\.(?!\w)|$)"
    ),
    # its text opens with a capital, a quotation, a parenthesis, or a capital in emphasis ("2 _Ibid_., p. 4")
    re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z“\"‘(]|[_*][A-Z])"),
)
#: a superscript number that lost its raising, glued to the word or the punctuation it follows
#: ("Communist Party.1", "Lassalleans1"), its note a numbered paragraph at the end ("1. See the article …"),
#: as a reader's copy of an ebook's endnotes gives them; not in :data:`FORMS` (its bodies are
#: :data:`DOTTED`'s): :func:`confirmed` reads it where the glued numbers, not numbers in brackets, call them
GLUED = LabelForm("glued", BARE.marker, DOTTED.body)
#: a number in parentheses glued to the word (or the stop) it follows ("Proletarians(1)", "Party.(2)"), its note
#: a numbered paragraph at the end ("1. By bourgeoisie is meant …"), as archives transcribe notes; never after a
#: letter alone ("f(1)": a function) nor a space ("(1) the first": a list's item)
GLUED_PAREN = LabelForm(
    "glued paren",
    # the parenthesis said first: the search skips to each one, never trying the lookbehinds at every character
    re.compile(r"(?=\()(?:(?<=[^\W\d_]{2})|(?<=[^\W\d_][.,;:!?”’\"']))\((\d{1,3})\)"),
    DOTTED.body,
)
#: an asterisk (or TeX's ∗), a dagger or a double dagger after a word, its note at the end
#: beginning with the same sign
SYMBOL = LabelForm(
    "symbol",
    # not after a name's underscore ("heading_*": a pattern of names)
    re.compile(rf"(?=[{SIGNS}])(?<=[^\s{SIGNS}_])([{SIGNS}])(?![{SIGNS}\w])"),
    # not a word between asterisks ("*stars* …": emphasis marked up, no note's sign)
    re.compile(rf"^\s*([{SIGNS}])\s*(?=[^\s{SIGNS}]){NOT_EMPHASIS}"),
)
#: a number in braces after a word or its stop ("April 25, 1917{1}"), its note a line opening with the same
#: number in braces ("{1} The last two sentences …"), as archives mark an editor's notes
BRACE = LabelForm(
    "brace",
    re.compile(_opening("{") + _SPACE + r"\{(\d{1,3})\}"),
    re.compile(r"^\s*\{(\d{1,3})\}\s*(?=\S)"),
)
#: every form, the always-recognised one first
FORMS: tuple[LabelForm, ...] = (BRACKET, LETTER, PAREN, SUPERSCRIPT, DOTTED, CLOSED, BARE, SYMBOL, BRACE)
#: the character every marker of a form holds (its opening bracket): a text without it holds none, and is not
#: searched (the patterns' search would try each space of it: :func:`marker_matches`)
_MARKER_OPENINGS = {BRACKET.marker: "[", LETTER.marker: "[", PAREN.marker: "(", GLUED_PAREN.marker: "(",
                    BRACE.marker: "{"}


#: the arrow an ebook's endnote ends with, its link back to the place that calls it ("… 1847. ↩"), one for
#: each place: printed as the witness has it, it would be a sign of the note's text
BACKLINK_END_RE = re.compile(r"(?:[ \t]*↩)+[ \t]*$")
#: how those arrows are named in the apparatus
BACKLINK_END_HOW = ("the arrow a note ends with (“↩”) is the page's link back to the place that calls it: "
                    "set aside, the place is the note's marker")


#: a reference to an appendix's section glued to the word it follows, as a reader's copy of an ebook gives
#: a raised "A1.1" (appendix 1, its section 1): "the oborontsiA1.1 Mensheviki"; after a small letter or a
#: closing sign, never a name's own ("TEX3.1") or a section's number after a space ("see A1.1")
APPENDIX_REF_RE = re.compile(r"(?=[A-Z]\d)(?<=[a-zß-ÿ.,;:!?”’\")…])([A-Z]\d{1,2}\.\d{1,3})(?![\w.]\w)")
#: how such references are named in the apparatus
APPENDIX_REF_HOW = ("a capital, a number, a stop and a number glued to the word before it (“wordA1.1”): a "
                    "raised reference to a section of an appendix (A1.1: appendix 1, section 1) that a copy "
                    "glued to the word; the witness labels no note so: printed as the witness has it; check it")


def appendix_references(text: str) -> list[tuple[int, str]]:
    """The references to an appendix's sections glued to words in *text* (:data:`APPENDIX_REF_RE`), each as
    (offset, reference)."""
    return [(m.start(1), m.group(1)) for m in APPENDIX_REF_RE.finditer(text)] if "." in text else []


def normalise(label: str) -> str:
    """The label as the edition names it: superscript digits as digits, TeX's ∗ as the asterisk."""
    return label.translate(_FROM_SUPERSCRIPT)


def marker_label(label: str) -> str:
    """A marker's label as the edition names it (:func:`normalise`), a wiki's group's without its space ("n 1"
    as "n1": a footnote's label holds none; no other form's label has a space)."""
    return normalise(label).replace(" ", "")


class BodyLabel(NamedTuple):
    """The label at the start of a note body."""

    form: LabelForm
    #: the label, normalised (``"12"``, ``"a"``)
    label: str
    #: offset in the line where the body's text begins
    end: int


def body_label(line: str, forms: Iterable[LabelForm] = FORMS) -> BodyLabel | None:
    """The note label a line starts with, in one of *forms*, or None."""
    for form in forms:
        m = form.body.match(line)
        if m:
            return BodyLabel(form, normalise(m.group(1)), m.end())
    return None


#: the forms whose bodies begin with a bare number, whose body pattern asks for a capital after it (BARE) or a
#: full stop (DOTTED): in sequence, a note's next number may be followed by anything
_NUMBERED = ("bare", "dotted", "glued")


def in_sequence(line: str, forms: Iterable[LabelForm], previous: str) -> BodyLabel | None:
    """The label of the note after *previous* that a line of the notes section begins with, in a looser form
    than :func:`body_label` asks for: the next number, then a space or a full stop, then anything ("2 ibid.,
    p. 14", "3 1917 was …", "2. see …"), where the witness numbers its notes bare or with a stop.

    A closing note's wrapped line may begin with a number too ("2 vols., Moscow 1960"), so only the number
    after the previous note's is taken, and only where no line of the section begins with that label in the
    strict form (the caller's part). Not a decimal ("2.5 million").

    :param previous: the label of the note the line is read in (``"1"``)
    """
    if not previous.isdigit() or not any(form.name in _NUMBERED for form in forms):
        return None
    m = re.match(rf"^\s*({int(previous) + 1})(?:\.(?!\d)\s*|\s+)(?=\S)", line)
    form = next(form for form in forms if form.name in _NUMBERED)
    return None if m is None else BodyLabel(form, m.group(1), m.end())


def label_text(line: str) -> str:
    """The label a line of a note at a page's foot stands for, if the line is nothing else ("1", "∗"), else ""."""
    core = line.strip()
    return core if (core.isdigit() and len(core) <= 3) or (len(core) == 1 and core in SIGNS) else ""


#: a sign of mathematics on a line: an equation's or a relation's, an operator, a transpose, an ellipsis of
#: spaced stops as an extraction sets a formula's ". . .", a model formula's tilde ("yo1 ~ xo1")
MATHEMATICS_RE = re.compile(r"[=<>≤≥≈≠≡∞∑∏∫±√∂∇⊤~]|\.\s\.\s\.")
#: the letters a glued number follows, at the end of what comes before it
_STEM_RE = re.compile(r"[^\W\d_]+$")


def index_in_mathematics(text: str, at: int) -> bool:
    """Whether the glued number at offset *at* of *text* is an index of a formula, not a note's marker: on a
    line with a sign of mathematics (:data:`MATHEMATICS_RE`), the letters it is glued to stand there again,
    alone or with another index ("xi = (1, xi2 , . . . , xik )": the subscripts of ``x_i2`` and ``x_ik``).

    A marker glued to a word of prose is not: "the first article2" has no formula on its line, and
    "article" does not recur there with an index.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    stem = _STEM_RE.search(text, start, at)
    if stem is None or not MATHEMATICS_RE.search(line):
        return False
    again = re.compile(rf"(?<![^\W_]){re.escape(stem.group())}[^\W_]{{0,2}}(?![^\W_])")
    return any(m.start() != stem.start() - start for m in again.finditer(line))


#: a name of a program's, up to the number glued to it: a word with a dot or an underscore inside it
#: ("e.l1", "y1.l1", "z.diff.lag1", "x_t2"), not a sentence's last word and its stop ("page.1")
IDENTIFIER_END_RE = re.compile(r"\w[._][\w.]*[^\W\d_]$")
#: how far back an identifier is looked for
IDENTIFIER_MOST = 40


def stop_markers(text: str) -> set[str]:
    """The labels *text* calls with numbers glued to a word's stop (:data:`STOP_MARKER_RE`): never after an
    abbreviation that a number follows as its reference ("Fig.3"), in a name of a program or a formula's index."""
    return {m.group(1) for m in STOP_MARKER_RE.finditer(text)
            if not STOP_ABBREVIATION_RE.search(text, max(0, m.start() - 8), m.start())
            and not in_identifier(text, m.start()) and not index_in_mathematics(text, m.start())}


def in_identifier(text: str, at: int) -> bool:
    """Whether the number glued at offset *at* of *text* ends a name of a program (:data:`IDENTIFIER_END_RE`):
    R's "e.l1" is the lag 1 of "e", no note's marker."""
    start = max(0, at - IDENTIFIER_MOST)
    m = re.search(r"[\w.]+$", text[start:at])
    return bool(m and IDENTIFIER_END_RE.search(m.group(0)))


#: a chemical formula's letters before a glued number: one to three elements' symbols, each a capital and
#: perhaps a small letter, the first a capital beginning the word ("CO2", "NaCl2", "H2O"'s "H" is one letter)
_FORMULA_STEM_RE = re.compile(r"(?<![^\W\d_])(?:[A-Z][a-z]?){2,3}$")


def in_formula(text: str, at: int) -> bool:
    """Whether the glued number at offset *at* of *text* is a chemical formula's ("CO2", "SO2"), no
    note's marker: the letters before it are two or three elements' symbols ("Followers2" is no formula)."""
    return bool(_FORMULA_STEM_RE.search(text, max(0, at - 6), at))


#: a variable's or a unit's short name glued to a bracket ("x[0]", "µs[1]", "a[i]"): an index, no note's marker
_INDEXED_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}$")


def index_bracket(text: str, at: int, label: str) -> bool:
    """Whether the bracket at offset *at* of *text* ("[0]", its label *label*) is an index, no note's marker,
    where no note of that label has a body: a note counts from 1, so "[0]" is an index, and so is a bracket
    glued to a name of one or two letters ("x[1]", "µs[0]"); "revolution[1]" is a marker without its note."""
    return label == "0" or bool(_INDEXED_RE.search(text, max(0, at - 3), at))


#: the head of a reference to an appendix's section (:data:`APPENDIX_REF_RE`) before its last number
_APPENDIX_HEAD_RE = re.compile(r"(?<=[a-zß-ÿ.,;:!?”’\")…])[A-Z]\d{1,2}\.$")


#: a word of letters and digits up to a glued number, a digit inside it: a hash, a key or a program's name
#: ("XLHBNmRQ5sJJrdMPuu48tNDR5", "md5sum2"), not a word of prose ("article2")
_CODE_WORD_RE = re.compile(r"(?<![^\W_])[^\W_]*\d[^\W_]*[^\W\d_]$")
#: a function's argument right after a glued number: "log2(n)", "dlog2 (n)e"
_ARGUMENT_RE = re.compile(r"\d{1,3} ?\([^\s()]{1,3}\)")


def in_code_word(text: str, at: int) -> bool:
    """Whether the number glued at offset *at* of *text* ends a hash or a key with digits inside it
    (:data:`_CODE_WORD_RE`), or is a function's index before its argument ("log2(n)", :data:`_ARGUMENT_RE`):
    no note's marker."""
    return bool(_CODE_WORD_RE.search(text, max(0, at - IDENTIFIER_MOST), at) or _ARGUMENT_RE.match(text, at))


def glued(form: LabelForm) -> bool:
    """Whether *form*'s markers are numbers glued to the words they follow (:data:`BARE`, :data:`GLUED`)."""
    return form.marker is BARE.marker


def marker_matches(text: str, form: LabelForm) -> Iterator[re.Match]:
    """The markers of *form* in *text*: the matches of its pattern, but for a glued number (:data:`BARE`) that
    is an index of a formula (:func:`index_in_mathematics`), ends a name of a program (:func:`in_identifier`) or a
    hash (:func:`in_code_word`), is a function's index (``log2(n)``), a chemical formula's (:func:`in_formula`) or
    an appendix reference's last number."""
    opening = _MARKER_OPENINGS.get(form.marker)
    if (opening is not None and opening not in text) or (form is SUPERSCRIPT and text.isascii()):
        return
    for m in form.marker.finditer(text):
        at = m.start(1)
        if not glued(form) or not (index_in_mathematics(text, at) or in_identifier(text, at) or in_formula(text, at)
                                   or in_code_word(text, at) or _APPENDIX_HEAD_RE.search(text, max(0, at - 4), at)):
            yield m


def markers(text: str, form: LabelForm) -> list[str]:
    """The labels of the markers of *form* in *text*, in order, normalised (:func:`marker_matches`)."""
    return [marker_label(m.group(1)) for m in marker_matches(text, form)]


def confirmed(running_text: str, body_lines: Iterable[str]) -> tuple[LabelForm, ...]:
    """The label forms a witness uses for its notes.

    :param running_text: the witness's running text (no header, notes or furniture)
    :param body_lines: the lines of the notes section
    :return: :data:`BRACKET`, and each other form whose bodies' labels are
        exactly the labels of its markers in the running text, each marker once
        (a sign's body begins with the marker's own character: ``∗`` and ``*`` are apart here)
    """
    bodies, signs = _body_labels(body_lines)
    forms = [BRACKET]
    for form in FORMS[1:]:
        if form.name not in bodies:
            continue
        marked = markers(running_text, form)
        if form is BARE:
            # a glued number is also a unit (km2) or a name (G7): only the
            # numbers of the bodies count, and they must come once each, in order
            if _called_in_order(marked, bodies[form.name]):
                forms.append(form)
            continue
        if form is SYMBOL and not signs <= {m.group(1) for m in SYMBOL.marker.finditer(running_text)}:
            # a sign as the witness prints it: TeX's ∗ calls a note labelled ∗, not a line that begins
            # with the ASCII * (a table's cell, a list's item), though the edition names both the asterisk
            continue
        if len(marked) == len(set(marked)) and set(marked) == bodies[form.name]:
            forms.append(form)
    if "dotted" in bodies and DOTTED not in forms and BARE not in forms:
        # numbered paragraphs that numbers glued to the words call, once each, in order ("Party.1")
        if _called_in_order(markers(running_text, BARE), bodies["dotted"]):
            forms.append(GLUED)
    if "dotted" in bodies and not {DOTTED, GLUED} & set(forms) \
            and _called_in_order(markers(running_text, GLUED_PAREN), bodies["dotted"]):
        # numbered paragraphs that numbers in parentheses glued to the words call, once each, in order
        forms.append(GLUED_PAREN)
    return tuple(forms)


def _body_labels(body_lines: Iterable[str]) -> tuple[dict[str, set[str]], set[str]]:
    """The labels the notes' bodies begin with, by form's name, and the signs of the bodies as printed."""
    bodies: dict[str, set[str]] = {}
    signs: set[str] = set()
    for line in body_lines:
        found = body_label(line)
        if found:
            bodies.setdefault(found.form.name, set()).add(found.label)
        if found and found.form is PAREN:
            # "(1) Quoted in …" under "[1]" markers: the closed form's body too (PAREN's markers are "(1)")
            bodies.setdefault(CLOSED.name, set()).add(found.label)
        if found and found.form is SYMBOL and (sign := SYMBOL.body.match(line)):
            signs.add(sign.group(1))  # as the witness prints it, not normalised
    return bodies, signs


def _called_in_order(marked: list[str], labels: set[str]) -> bool:
    """Whether the glued numbers *marked* call each of the bodies' *labels* once, in order (the numbers that
    are no body's, a unit's or a name's, left out)."""
    called = [label for label in marked if label in labels]
    return called == sorted(called, key=int) and len(called) == len(set(called)) and set(called) == labels


def sort_key(label: str) -> tuple[int, int, str]:
    """Numbers in numerical order, then letters in alphabetical order; a paper's notes ("6.10": note 10 of
    No. 6, :func:`edition.witness.layout.paper_notes`) by the paper's number, then the note's."""
    paper, _, number = label.partition(".")
    if paper.isdigit() and number.isdigit():
        return (0, int(paper), number.zfill(6))
    return (0, int(label), "") if label.isdigit() else (1, 0, label)


# -- Citations or notes ------------------------------------------------------------
#
# A number in square brackets is a note's marker in some texts and a citation of a
# reference list in others (a paper's "[4]" that names the fourth work of its
# "References"). The form of the bodies decides: a note reads as prose ("Ibid.",
# "See …", a quotation, a sentence of the author's), an entry of a reference list
# names one work (its authors, its title, a year, a publisher, pages, an address).
# The order of the numbers in the text bears it out: notes are numbered in the order
# they are called, a list in the order of its works (alphabetical), so that its
# numbers come out of order in the text.

#: a heading over a list of the works a text cites
REFERENCES_HEADING_RE = re.compile(
    r"^(references|bibliography|bibliographie|literatur|literature|literaturverzeichnis|works cited|"
    r"literature cited|references cited|reference list|list of references|références|sources)\s*:?$",
    re.IGNORECASE,
)
#: how a note begins, not an entry of a reference list: "Ibid.", "See …", "Quoted in …", a quotation
NOTE_OPENING_RE = re.compile(
    r"^(?:[“\"‘]|(?:ibid|idem|see|compare|quoted|cited|also|on|for|this|these|that|it|he|she|they|there|"
    r"here|note|as)\b|ib\.|id\.|op\.\s?cit|loc\.\s?cit|cf\.|in\s+(?:a|an|the|his|her|its|their|this|that)\b)",
    re.IGNORECASE,
)
#: what shows an entry to name a work: a year, pages, an address, a publisher's or a periodical's word
WORK_RE = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)\b|\bpp?\.\s?\d|https?://|\bdoi\b|"
    r"\b(?:Press|Verlag|Publishers?|Publishing|Books|University|Edition|Vol\.|vol\.|Journal|Proceedings|Report)\b"
)
#: a title first, its authors after it: "A torture test for TEX, by Donald E. Knuth, …"
TITLE_BY_RE = re.compile(r",\s+by\s+(?:the\s+)?[A-Z]")
#: how far into an entry its authors may be named after its title
TITLE_BY_WITHIN = 200
#: the small words of a name ("de la Vallée Poussin", "van Leunen", "Strunk, Jr. and E. B. White")
NAME_PARTICLES = frozenset("de la le du da di del della der den van von ter ten y and & et und".split())
#: an initial, or initials: "E.", "J.E.", "E.-B."
INITIALS_RE = re.compile(r"^(?:[A-Z]\.-?)+$")
#: the share of a list's entries that must name a work, one in four may be a note of the list
WORKS_SHARE = 0.75


def _names_first(text: str) -> bool:
    """Whether an entry begins with a name or a title, ended by a full stop, a comma or a colon.

    "Donald E. Knuth. …", "Strunk, W. …", "Unilogic, Ltd., …" do; "Stolypin (1862–1911) was …",
    "Under the agreements …" do not.
    """
    for word in text.split()[:10]:
        core = word.strip("()[]“”\"'‘’,.:;/_*")
        if not core or not (core[0].isupper() or core.lower() in NAME_PARTICLES):
            return False
        if word.endswith((",", ".", ":")) and not INITIALS_RE.match(word.rstrip(",:")):
            return True
    return False


def names_a_work(text: str, titled: bool = False) -> bool:
    """Whether a body reads as an entry of a reference list: a name or a title first, and a year,
    pages, an address or a publisher's word; never a note's opening ("Ibid.", "See …").

    :param titled: whether the entries stand under a heading of references ("References"): there a
        title may come first and its authors after it ("A torture test for TEX, by Donald E. Knuth")
    """
    text = text.strip()
    first = _names_first(text) or (titled and bool(TITLE_BY_RE.search(text, 0, TITLE_BY_WITHIN)))
    return not NOTE_OPENING_RE.match(text) and first and bool(WORK_RE.search(text))


def reference_list(bodies: list[str], titled: bool = False) -> bool:
    """Whether bodies labelled ``[n]`` are a reference list: two or more, none opening as a note does,
    and most (:data:`WORKS_SHARE`) naming a work (:func:`names_a_work`)."""
    if len(bodies) < 2 or any(NOTE_OPENING_RE.match(body.strip()) for body in bodies):
        return False
    return sum(names_a_work(body, titled) for body in bodies) >= WORKS_SHARE * len(bodies)


class BracketReading(NamedTuple):
    """Whether a text's numbers in square brackets are citations or note markers, and why."""

    citations: bool
    #: the reason, in an editor's words
    how: str
    #: False where the form left the reading in doubt (``edition convert`` warns)
    sure: bool
    #: what the numbers that are no note markers are: ``citations``, or a print edition's ``page numbers``
    what: str = "citations"


#: the reason given for a print edition's page numbers (:func:`read_brackets`)
PAGE_NUMBERS_HOW = ("the numbers rise one by one through the text, a page's length of text apart, each glued to "
                    "the word after it or on a line of its own, and the witness has no text for any of them: "
                    "the page numbers of the print edition it was copied from, printed as the witness has them")


def read_brackets(called: list[str], bodies: list[str], heading: str = "",
                  pages: bool = False) -> BracketReading | None:
    """How to read the numbers in square brackets of a text.

    :param called: the labels of the ``[n]`` in the running text, in order
    :param bodies: the texts of the bodies labelled ``[n]`` at the end (without their labels)
    :param heading: the heading over the bodies, if any
    :param pages: whether the numbers have the form of a print edition's page numbers
        (:func:`edition.witness.layout.print_page_numbers`)
    :return: the reading, or None where there is nothing to decide (notes, as always)
    """
    if not bodies and pages:
        return BracketReading(True, PAGE_NUMBERS_HOW, False, "page numbers")
    first = list(dict.fromkeys(int(label) for label in called))
    out_of_order = len(first) >= 2 and first != sorted(first)
    order = f"the text cites them out of order ({', '.join(map(str, first[:8]))}{', …' if len(first) > 8 else ''})"
    if not bodies:
        if out_of_order:
            return BracketReading(True, f"{order}, as a paper cites a reference list in alphabetical order, and "
                                  "the witness has no text for any of them: citations of a list the witness "
                                  "lacks, printed as the witness has them", False)
        return None
    # under a heading of references the entries decide, whatever the order the text cites them in
    listed = reference_list(bodies, bool(heading) and bool(REFERENCES_HEADING_RE.match(heading)))
    if listed and heading and not REFERENCES_HEADING_RE.match(heading):
        return BracketReading(False, "the entries numbered [n] at the end name one work each, but the witness "
                              f"sets them under the heading “{heading}”: read as notes", True)
    if listed:
        evidence = [f"under the heading “{heading}”"] if heading else []
        if out_of_order:
            evidence.append(order)
        return BracketReading(True, "the entries numbered [n] at the end name one work each (authors, title, "
                              f"year, publisher), as a reference list does{', ' if evidence else ''}"
                              f"{', and '.join(evidence)}: the list is printed as a list, the numbers in the "
                              "text as the witness has them", bool(heading) or out_of_order)
    if out_of_order:
        return BracketReading(False, f"{order}, but the entries numbered [n] at the end read as notes (prose): "
                              "read as notes", False)
    return None


#: a name with a number, glued or after a hyphen ("SemEval15", "SemEval-13"): a capital, two letters more at
#: least, the number's digits
NAME_NUMBER_RE = re.compile(r"(?<![^\W\d_])([A-Z][^\W\d_]{2,})(-?)(\d{1,4})(?![\d\w])")


def name_numbers(text: str, bodies: frozenset[str] | set[str]) -> frozenset[int]:
    """The offsets in *text* of numbers glued to a name that are the name's, no note's markers: a word with a
    capital and its number ("SemEval15") where the text prints the same letters with another number of as many
    digits, or with a hyphen before it ("SemEval-13", "SemEval07": a dataset's, a model's name used with its
    numbers), and where no note of that number has a body or another marker of the text calls it (glued to a
    word or to its stop, "on top.13"). A number glued to a word the text never prints with another
    ("budget6", "Lassalleans1"), or a name's whose note has a body and no other call, stays a marker."""
    forms: dict[str, set[tuple[str, str]]] = {}
    found = list(NAME_NUMBER_RE.finditer(text))
    for m in found:
        forms.setdefault(m.group(1), set()).add((m.group(2), m.group(3)))
    candidates = [m for m in found if not m.group(2) and len(m.group(3)) <= 3 and any(
        len(digits) == len(m.group(3)) and (hyphen or digits != m.group(3)) for hyphen, digits in forms[m.group(1)])]
    if not candidates:
        return frozenset()
    calls: dict[str, set[int]] = {}
    for m in marker_matches(text, BARE):
        calls.setdefault(m.group(1), set()).add(m.start(1))
    for m in STOP_MARKER_RE.finditer(text):
        if not STOP_ABBREVIATION_RE.search(text, max(0, m.start() - 8), m.start()):
            calls.setdefault(m.group(1), set()).add(m.start(1))
    return frozenset(m.start(3) for m in candidates
                     if m.group(3) not in bodies or calls.get(m.group(3), set()) - {m.start(3)})
