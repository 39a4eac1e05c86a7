"""A proof's line numbers in the margin, and notes at a PDF page's foot that run into the text.

Made-up texts of the forms a judge found (judge5: S1-A, S1-F, S3): a book proof whose lines are numbered in the
margin, glued to the words ("Laws of In16", "impa-  32S"); notes "37.   Note that …" at a page's foot inside a
sentence the page broke; notes whose numbers split a note's text ("(p. 70)." / "13" / "We do not …"), a
page's running foot among them; notes between the halves of a sentence in a plain extraction.
"""

from __future__ import annotations

from edition.convert import convert
from edition.witness.margins import MARGIN_NUMBER, margin_numbers
from edition.witness.reading import read_text
from pieces import WRAPPED, plain


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _aside(ed, what: str) -> list[str]:
    return [f.text.strip() for f in ed.furniture if f.what == what]


def _note(ed, label: str) -> str:
    return " ".join(plain(part) for n in ed.notes if n.label == label for part in n.paragraphs)


# -- S1-F: a proof's lines numbered in the margin -------------------------------------------------------------

#: the words of a proof's lines (each a line's worth of prose)
WORDS = [
    "At the end of his review of my first book about the laws of the network,",
    "a writer and the author of countless technical books wrote this about it,",
    "and his review suggested the happy thought that if life there got bad,",
    "we could always simply flip a switch and be back at home once more, and",
    "the troubles that exist in that space would not affect us any more at all.",
    "He might have been right then; I am skeptical, but maybe he was right",
    "then, and the point is not right now: the book is about the troubles that",
    "the network causes even after the modem is turned off, and it is an argument",
    "about how the battles that now rage have affected people who are not online,",
    "which is the way our culture gets made, as the pages that follow explain.",
]


def _right_page() -> str:
    """A right-hand page: the numbers at the right edge, alone where the line is blank, one glued to a word,
    the last two flagged for the press ("S9", "R10"), the folio under them."""
    lines = [f"{' ' * 70}1", f"{' ' * 30}PREFACE", f"{' ' * 70}2"]
    for n, words in enumerate(WORDS[:8], start=3):
        number = {9: "S9", 10: "R10"}.get(n, str(n))
        gap = "" if n == 4 else " " * (80 - len(words))  # "…and In4": glued to the line's last word
        lines.append(f"    {words}{'In' if n == 4 else ''}{gap}{number}")
    return "\n".join(lines) + "\n\n" + " " * 60 + "xiii\n"


def _left_page() -> str:
    """A left-hand page: the numbers at the left edge, a word broken by its hyphen before the next line's number,
    the running head with the folio under them."""
    lines = [f"{n:<6}   {words}" for n, words in enumerate(WORDS, start=1)]
    lines[4] = "5        the troubles that exist in that space would not affect us any more, as the be-"
    lines[5] = "6        tween of the two parts of the argument was, he might have been right"
    return "\n".join(lines) + "\n\n      xiv PREFACE\n"


def test_a_proof_s_line_numbers_are_set_aside_and_the_words_run_on():
    ed = convert(read_text(_right_page() + "\f" + _left_page()))
    running = _running(ed)
    aside = _aside(ed, MARGIN_NUMBER)
    assert "S9" in aside and "R10" in aside and "4" in aside and "5" in aside
    assert len(aside) == 10 + 10  # every number of both pages, each where it stands
    assert "laws of the network," in running
    assert "and In we could" not in running and "In4" not in running  # the glued number apart from its word
    assert "between of the two parts" in running  # the word rejoined across the number
    for number in (" 6 ", " S9", "R10", " 7 tween"):
        assert number not in running
    assert "xiii" in _aside(ed, "page number") and "xiv PREFACE" in _aside(ed, "running head")


def test_numbered_rows_of_a_table_are_no_margin_s_numbers():
    """Near miss: a table's rows numbered 1 to 10 at the left edge, a few cells each: the table's."""
    rows = "\n".join(f"{n:<4}  State {chr(64 + n)}        4.{n}        3.{n}" for n in range(1, 11))
    witness = read_text(WRAPPED + "\n" + rows + "\n\n" + WRAPPED)
    assert margin_numbers(witness) == []


def test_numbers_out_of_sequence_at_the_lines_edges_are_the_text_s():
    """Near miss: lines of prose that end in numbers, not counting on by one (a list of pages, of years)."""
    lines = "\n".join(f"{words}  {n * 7}" for n, words in enumerate(WORDS, start=1))
    assert margin_numbers(read_text(lines + "\n")) == []


def test_a_numbered_list_of_sentences_is_no_margin_s_numbering():
    """Near miss (a reviewer's): items numbered 1 to 10 at the left edge, each a sentence of its own on its
    line (a capital, a stop), are a list's: their numbers stay the text's; and numbers at the left of some lines
    and the right of others are no margin's either."""
    items = "\n".join(f"{n}  The committee of the district shall meet in its hall on day {n} of the month."
                       for n in range(1, 11))
    witness = read_text(WRAPPED + "\n" + items + "\n\n" + WRAPPED)
    assert margin_numbers(witness) == []
    assert "shall meet in its hall on day 3 of the month. 4 The committee" in _running(convert(witness))
    sides = "\n".join(f"{n:<6}   {words}" if n % 2 else f"    {words}{' ' * (80 - len(words))}{n}"
                       for n, words in enumerate(WORDS, start=1))
    assert margin_numbers(read_text(sides + "\n")) == []


# -- S1-A: a note "N." at a page's foot inside a sentence the page broke --------------------------------------

def test_a_dotted_note_at_a_page_s_foot_is_a_note_and_the_sentence_runs_on():
    text = (WRAPPED + "It is most pronounced in the south, least in the north and somewhere in between37.\n"
            "Further advances were also made during the first half of the 1990s\n\n"
            "37.      It is worth noting that most studies record higher rates in the\n"
            "mountains. Of course, they are excluded from all comparisons here.\n\n\n\n"
            "                                  49\n"
            "\fin the east and the west, but not in the far north.\n" + WRAPPED)
    ed = convert(read_text(text))
    running = _running(ed)
    assert "in between[note:37]." in running
    assert "the 1990s in the east and the west" in running
    assert _note(ed, "37").startswith("It is worth noting") and "37." not in _note(ed, "37")
    assert "49" in _aside(ed, "page number")


def test_a_numbered_list_at_a_page_s_foot_no_marker_calls_is_the_text_s():
    """Near miss: items "1." and "2." close a page, no number glued to a word above calls them: no notes."""
    text = (WRAPPED + "The steps are these, in the order given below\n\n"
            "1.   Take the widget out of its box.\n2.   Turn it on and wait.\n\n   49\n\f" + WRAPPED)
    ed = convert(read_text(text))
    assert not ed.notes
    assert "Take the widget out of its box." in _running(ed)


# -- S3: notes at a page's foot split at each number; the running foot ends them -------------------------------

def test_a_page_s_notes_split_at_the_next_number_and_end_at_the_running_foot():
    text = ("The question was phrased in the following way: have you suffered losses?\n"
            "If yes, how high was your total loss in Euros? 13 At this point it is unclear if\n"
            "households reported paper losses. However, we come back to this later.12\n"
            "The aggregate statistics of the Bank give a higher loss, or “do not know”.14\n" + WRAPPED
            + "12\nDeaton mentions that the sectors are homogeneous and the estimators alike (p. 70).\n"
            "13\nWe do not compare the households' balance sheets at the end of the years.\n"
            "14\nEstimated on the basis of the Bank's tables of the year:\n"
            "Verbindlichkeiten der Haushalte, Tabelle aus der\n\n"
            "Widget Paper Series No 12\n\n3\n\nGeldvermögen und\nFinanzierungsrechnung;\n\f" + WRAPPED
            + "and the text goes on.\n\n\fWidget Paper Series No 12\n\f" + WRAPPED + "Widget Paper Series No 12\n")
    ed = convert(read_text(text))
    assert _note(ed, "12").endswith("(p. 70).")
    assert _note(ed, "13").startswith("We do not compare")
    assert "Euros?[note:13] At this point" in _running(ed)
    # the glued numbers still call theirs, the note called by a number set apart counted apart
    assert "later.[note:12]" in _running(ed) and "know”.[note:14]" in _running(ed)
    assert _note(ed, "14").endswith("Geldvermögen und Finanzierungsrechnung;")
    assert "Widget Paper Series" not in " ".join(_note(ed, n) for n in ("12", "13", "14"))


def test_words_under_a_running_foot_no_note_broke_off_for_are_no_note_s():
    """Near miss: every note of the page ends its sentence: the words under the page's foot are not the last
    note's."""
    text = ("How high was your total loss in Euros?12 At this point it is unclear.\n" + WRAPPED
            + "12\nDeaton mentions that the sectors are homogeneous (p. 70).\n\n"
            "Widget Paper Series No 12\n\n3\n\nA line under the foot of the page.\n\f" + WRAPPED
            + "Widget Paper Series No 12\n\f" + WRAPPED + "Widget Paper Series No 12\n")
    ed = convert(read_text(text))
    assert _note(ed, "12").endswith("(p. 70).")
    assert "A line under the foot of the page." in _running(ed)


# -- S1-A, a plain extraction: the notes between the halves of a sentence ---------------------------------------

def test_notes_between_the_halves_of_a_sentence_across_a_page_are_set_aside_there():
    text = (WRAPPED + "A default of a state is a rare event6 and the contracts are written so.\n"
            "Indeed, the curve inverted in the middle of January7, which is unusual, and so far\n"
            "it has not been possible to make a clear case of speculation or market\n"
            "6 A default is rare for a state, as there is no court that can wind it up.\n"
            "7 Since then the curve has inverted for several other states of the union.\n\n19\n\n"
            "\fmanipulation of the bonds concerned, though the committee kept on looking.\n" + WRAPPED)
    ed = convert(read_text(text))
    assert "speculation or market manipulation of the bonds" in _running(ed)
    assert _note(ed, "7").endswith("states of the union.")
    assert "manipulation" not in _note(ed, "7")
