"""The forms of an archive's transcription of a text: its foot under the notes ("Back to the … Archive", the
transcriber's credit, "The End"), its author-year header line, its date in brackets under the title, its
sections numbered in Roman numerals, its notes called "word(1)".

Each rule on small texts of our own making, with the near miss that must not be taken.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert
from edition.witness.furniture import archive_footer
from edition.witness.lexicon import title_case
from edition.witness.reading import read_text
from pieces import plain
from test_property import test_every_word_survives_conversion

#: the property test's check that every word of a witness survives, on a text given
every_word_survives = test_every_word_survives_conversion.hypothesis.inner_test  # type: ignore[attr-defined]

#: two paragraphs of prose, to stand for a transcribed text
PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them(1) for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def conv(source: str):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")))


def furniture(ed) -> list[tuple[str, str]]:
    return [(f.what, f.text.strip()) for f in ed.furniture]


def notes(ed) -> dict[str, str]:
    return {n.label: " | ".join(plain(p) for p in n.paragraphs) for n in ed.notes}


def paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


# -- The archive's foot under the notes -------------------------------------------------------------------


FOOT = ["Back to the Miners Archive", "Miners Internet Archive",
        "Transcribed by Anne Writer for the Miners Archive, 2004", "Transcription/Markup: Ben Roe", "The End"]


@pytest.mark.parametrize("blank", ["\n", ""])
def test_the_archive_foot_under_the_notes_is_set_aside_never_the_last_note(blank):
    source = ("On the Pits\n\n" + PROSE + "\nNotes\n\n(1) The hall of the union of the railway workers.\n"
              + blank + blank.join(line + "\n" for line in FOOT))
    ed = conv(source)
    assert notes(ed) == {"1": "The hall of the union of the railway workers."}
    assert furniture(ed) == [("archive footer", line) for line in FOOT]
    assert not any("Archive" in p for p in paragraphs(ed))


def test_the_end_alone_after_the_notes_is_set_aside():
    ed = conv("On the Pits\n\n" + PROSE + "\nNotes\n\n(1) The hall of the union.\n\nThe End\n")
    assert notes(ed) == {"1": "The hall of the union."}
    assert furniture(ed) == [("archive footer", "The End")]


def test_lines_of_that_form_inside_the_text_stay_the_text():
    # near misses: a credit and an archive's name above prose, not at the end, are the text's
    ed = conv("On the Pits\n\n" + PROSE + "\nThe Miners Archive\n\nTranscribed by the clerk for the committee, the "
              "minutes were read aloud at the next meeting and no one asked for a vote on them at all.\n\n" + PROSE)
    assert not ed.furniture
    assert any(p.startswith("Transcribed by the clerk") for p in paragraphs(ed))


@pytest.mark.parametrize("line", [
    "Back to the pits the miners went, and the strike was over.",  # a sentence
    "The End of the Strike",  # a heading that begins so
    "The archive was burned in the war",  # no archive's name: lower case
    "Transcribed in a hurry",  # no credit's form ("by", "for", a field's colon)
])
def test_near_misses_of_the_archive_foot_form(line):
    assert not archive_footer(line)


@pytest.mark.parametrize("line", FOOT + ["Return to Index", "THE END", "HTML Markup: Anne Writer",
                                        "Proofread by Ben Roe, 2006"])
def test_the_archive_foot_form(line):
    assert archive_footer(line)


def test_a_last_paragraph_that_reads_as_a_sentence_stays_the_text():
    ed = conv("On the Pits\n\n" + PROSE + "\nBack to the pits the miners went on the Monday, and the strike was "
              "over before the summer came.\n")
    assert not ed.furniture
    assert paragraphs(ed)[-1].startswith("Back to the pits")


# -- The archive's author-year line above the title -------------------------------------------------------


def decision(ed, what: str):
    return next(d for d in ed.decisions if d.what == what)


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_name_and_a_year_above_the_title_is_the_author_and_the_date(blank):
    ed = conv(f"Ada Morel 1909\n{blank}On the Pits\n{blank}" + PROSE)
    title, author, date = decision(ed, "title"), decision(ed, "author"), decision(ed, "date")
    assert (title.value, title.lineno) == ("On the Pits", 3 if blank else 2)
    assert "author and the year" in title.how
    assert (author.value, author.sure, date.value) == ("Ada Morel", True, "1909")
    assert "NAME YEAR" in date.how
    assert [f.value for f in ed.header if f.name == "author-year"] == ["Ada Morel 1909"]


def test_the_record_s_date_goes_before_the_year_of_the_author_year_line():
    ed = conv("Ada Morel 1915\nOn the Pits\nWritten: March 1914\nSource: A book of the union.\n\n" + PROSE)
    assert decision(ed, "title").value == "On the Pits"
    assert decision(ed, "author").value == "Ada Morel"
    assert decision(ed, "date").value == "March 1914"


@pytest.mark.parametrize("first", [
    "Revolution 1905",  # one word: no person's name
    "The Spring of 1848",  # small words: a title
    "Moscow Trials 1937",  # its words in lower case in the text ("the trials"): no person's name
])
def test_a_year_after_words_that_are_no_name_is_no_author_year_line(first):
    ed = conv(f"{first}\n\nThe Verdict of History\n\nThe trials were held in the spring, and the verdict was "
              "read out in the hall before the delegates of the district committees went home.\n")
    assert decision(ed, "author").value != first.rsplit(" ", 1)[0]
    assert not [f for f in ed.header if f.name == "author-year"]


# -- A date in brackets under the title ----------------------------------------------------------------------


@pytest.mark.parametrize(("line", "date"), [("(1910)", "1910"), ("(March 1921)", "March 1921"),
                                            ("(12 May 1917)", "12 May 1917")])
def test_a_date_in_brackets_under_the_title_is_the_date_never_a_paragraph(line, date):
    for source in (f"Ada Morel 1921\n\nOn the Pits\n\n{line}\n\n" + PROSE, f"On the Pits\n{line}\n" + PROSE):
        ed = conv(source)
        found = decision(ed, "date")
        assert (found.value, found.sure) == (date, True) and "in brackets" in found.how
        assert not any(line in plain(b.pieces) for b in ed.blocks)


def test_a_date_in_brackets_between_paragraphs_is_the_text():
    ed = conv("On the Pits\n\n" + PROSE + "\n(1910)\n\n" + PROSE)
    assert "(1910)" in paragraphs(ed)
    assert decision(ed, "date").value != "1910" or not decision(ed, "date").sure


# -- Notes called by a number in parentheses glued to the word --------------------------------------------


GLUED_TEXT = """\
On the Pits

The Proletarians(1) of the district met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion(2) to hand the pits to the committees was lost by nine votes.

Notes

1. By proletarians is meant the class of wage labourers of the district.

2. The motion of the committee of the pits.
"""


def test_numbers_in_parentheses_glued_to_words_call_the_numbered_notes():
    ed = conv(GLUED_TEXT)
    assert notes(ed) == {"1": "By proletarians is meant the class of wage labourers of the district.",
                         "2": "The motion of the committee of the pits."}
    assert [n.status for n in ed.notes] == ["ok", "ok"]
    assert "The Proletarians[note:1] of" in paragraphs(ed)[0]


@pytest.mark.parametrize(("old", "new"), [
    ("Proletarians(1)", "Proletarians (1)"),  # apart from the word: an item's number
    ("Proletarians(1)", "function f(1)"),  # after a letter alone: a function's argument
    ("motion(2)", "motion(3)"),  # no body numbered 3: the numbers do not match the bodies
])
def test_near_misses_of_the_glued_parenthesis(old, new):
    ed = conv(GLUED_TEXT.replace(old, new))
    assert not ed.notes or any(n.status != "ok" for n in ed.notes) or len(ed.notes) < 2
    assert not any("[note:" in p for p in paragraphs(ed))


def test_a_year_in_parentheses_glued_to_a_word_is_no_marker():
    ed = conv(GLUED_TEXT.replace("Proletarians(1)", "Manifesto(1848) and the Proletarians(1)"))
    assert "Manifesto(1848) and the Proletarians[note:1]" in paragraphs(ed)[0]


# -- Sections numbered in Roman numerals ----------------------------------------------------------------------


ROMAN = """\
On the Pits

I.
The delegates of the district committees met in the spring, in a hall the
railway workers had lent them for a week, and they talked until late.

II.
They voted on the third day, and the motion to hand the pits to the
committees was lost by nine votes in the end, as the clerk had said.

III. The Vote and After

The clerk read the minutes aloud at the next meeting, and no one asked for
a vote on them at all, though many had come to hear them read.
"""


def kinds(ed) -> list[tuple[str, str]]:
    return [(b.kind, plain(b.pieces)[:20]) for b in ed.blocks]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_roman_numerals_in_sequence_are_the_sections_headings(between):
    ed = conv(ROMAN.replace("I.\n", "I." + between))
    assert kinds(ed) == [("heading", "I."), ("paragraph", "The delegates of the"), ("heading", "II."),
                         ("paragraph", "They voted on the th"), ("heading", "III. The Vote and Af"),
                         ("paragraph", "The clerk read the m")]


def test_a_roman_numeral_alone_out_of_a_sequence_stays_the_text():
    # near misses: one numeral only; numerals that skip ("I.", "IV."); a sentence after the numeral
    for source in (ROMAN.replace("II.\n", "").replace("III. The Vote and After", "The Vote and After"),
                   ROMAN.replace("II.\n", "IV.\n").replace("III. The Vote and After", "The Vote and After")):
        ed = conv(source)
        assert not [b for b in ed.blocks if b.kind == "heading" and plain(b.pieces).endswith(".")]
        assert any(plain(b.pieces).startswith("I. The delegates") for b in ed.blocks)
    ed = conv(ROMAN.replace("III. The Vote and After", "III. The vote was lost."))
    assert ("paragraph", "III. The vote was lo") in kinds(ed)


# -- No word lost: the archive's forms in texts drawn at random ---------------------------------------------


@st.composite
def archive_texts(draw):
    """A text with the forms above: an author-year line, a date in brackets, sections numbered in Roman numerals
    (the numeral alone on the first line of its paragraph or in its own block), notes glued "word(1)", a foot."""
    top = draw(st.sampled_from(["", "Ada Morel 1909\n", "Ada Morel 1909\n\n"]))
    date = draw(st.sampled_from(["", "(March 1910)\n", "(1910)\n\n"]))
    count = draw(st.integers(min_value=1, max_value=4))
    between = draw(st.sampled_from(["\n", "\n\n"]))
    gaps = [draw(st.sampled_from(["\n", "\n\n"])) for _ in range(count)]
    sections = [numeral + "." + gap + PROSE.splitlines()[2 * (k % 2)]
                for k, (numeral, gap) in enumerate(zip(["I", "II", "III", "IV"], gaps, strict=False))]
    notes = draw(st.sampled_from(["", "\nNotes\n\n1. The hall of the union.\n", "\nNotes\n(1) The hall.\n"]))
    foot = draw(st.lists(st.sampled_from(FOOT), max_size=3))
    return (top + "On the Pits\n" + date + between + between.join(sections) + "\n" + notes
            + "".join(f"{line}\n" for line in foot))


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(archive_texts())
def test_every_word_of_the_archive_s_forms_survives(text):
    every_word_survives(text)


# -- Headings in capitals recased, names with them ---------------------------------------------------------


@pytest.mark.parametrize(("caps", "cased"), [
    ("AN INTERVIEW WITH GAVIN WOOD", "An Interview with Gavin Wood"),  # a rare name: recased with its neighbour
    ("ALLEN & UNWIN LTD.", "Allen & Unwin Ltd."),
    # near misses: acronyms without the vowels of a word, or of three letters, stay in capitals; a rare word
    # that reads as one but stands beside no word recased keeps its capitals ("LATEX", the program)
    ("THE USSR AND THE CPSU", "The USSR and the CPSU"),
    ("THE IWW IN CHICAGO", "The IWW in Chicago"),
    ("1.2 LATEX", "1.2 LATEX"),
    ("VIII. TOWN AND COUNTRY", "VIII. Town and Country"),  # a Roman numeral: no name
])
def test_a_name_in_a_heading_in_capitals_is_recased_as_a_word_an_acronym_kept(caps, cased):
    assert title_case(caps) == cased


def test_a_heading_in_mixed_case_and_a_byline_in_capitals_are_never_recased():
    ed = conv("On the Chain\n\n" + PROSE + "\nDr. GAVIN Wood Answers\n\n" + PROSE + "\nBY ADA MOREL\n\n" + PROSE
              + "\nAN INTERVIEW WITH GAVIN WOOD\n\n" + PROSE)
    shown = [plain(b.pieces) for b in ed.blocks]
    assert "Dr. GAVIN Wood Answers" in shown and "BY ADA MOREL" in shown
    assert "An Interview with Gavin Wood" in shown
