"""The forms of an archive's transcription of a text: its foot under the notes ("Back to the … Archive", the
transcriber's credit, "The End"), its author-year header line, its date in brackets under the title, its
sections numbered in Roman numerals, its notes called "word(1)".

Each rule on small texts of our own making, with the near miss that must not be taken.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.convert import convert
from edition.witness.furniture import archive_footer
from edition.witness.reading import read_text
from pieces import plain

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
