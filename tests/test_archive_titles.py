"""Titles and header lines by their form (``edition.witness.layout``: :func:`_archive_title_over_record`,
:func:`_dated_title_over_record`, :func:`_type_rubric_above_title`, :func:`_letter_places`,
:func:`_letter_signature`; ``edition.convert``: the title's doubt by a running head's part).

Every text is of our own making, in the forms an archive, a letter's page and a paper print: an author's name over
a title the page wrapped over two lines and the archive's record of the work; a title that ends with its date over
a record whose labels have no colon; a letter's addressee and signature; a paper's type label over its title and
its authors run over two lines; a journal's section label that the running heads print as one of their parts.
The near misses (a real title of two short lines, a heading of that form in the body, a letter that opens with its
date, a place under no letter's heading, a name over prose) are read as before.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.convert import convert, report
from edition.witness.layout import Blk, Segment, _letter_places, _letter_signature, record_line
from edition.witness.reading import Line, read_text
from edition.writers.myst import render
from pieces import plain
from test_property import test_every_word_survives_conversion

#: the property test's check that every word of a witness survives, on a text given
every_word_survives = test_every_word_survives_conversion.hypothesis.inner_test  # type: ignore[attr-defined]

PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def conv(source: str):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")))


def found(ed) -> dict:
    return report(ed)["found"]


def headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


def header(ed) -> dict[str, str]:
    return {f.label: f.value for f in ed.header}


# -- an archive's author, its title wrapped over two lines, the record's kind, the record ------------------------

ARCHIVE = ("J. R.   Roe\n\nSpeech at the Opening of a Hall for the Miners of a\nNorthern District, May 3, 1921[1]\n\n"
           "Shorthand Report\n\nDelivered: May 3, 1921\nSource: Collected Works, Volume 9, page 12.\n"
           "Translated: Ann Lee\n\n" + PROSE + "\n[1] The hall was opened on the evening of the congress.\n")


def test_an_archive_s_title_wrapped_under_its_author_is_one_title():
    ed = conv(ARCHIVE)
    f = found(ed)
    assert f["title"]["value"] == ("Speech at the Opening of a Hall for the Miners of a Northern District, "
                                   "May 3, 1921")
    assert f["author"]["value"] == "J. R. Roe"
    # the note's marker after the title is kept, and its note linked
    myst = render(ed)
    title_line = next(line for line in myst.splitlines() if line.startswith("# "))
    assert title_line.endswith("1921[^1]")
    assert "[^1]: The hall was opened" in myst
    # the record's kind is a line of the header, no heading
    assert "Shorthand Report" not in headings(ed)
    assert header(ed).get("Subtitle") == "Shorthand Report"
    assert f["date"]["value"] == "May 3, 1921"


def test_a_real_title_of_two_short_lines_is_joined_never_a_title_and_a_subtitle():
    ed = conv("Jane Roe\n\nOn the Pits\nand the Committees\n\nWritten: 1921\nSource: The Miner, No. 3.\n\n" + PROSE)
    assert found(ed)["title"]["value"] == "On the Pits and the Committees"
    assert "Subtitle" not in header(ed)
    assert found(ed)["author"]["value"] == "Jane Roe"


def test_a_heading_of_the_record_s_kind_in_the_body_stays_a_heading():
    ed = conv(ARCHIVE.replace("The delegates", "Newspaper Report on the Congress\n\nThe delegates", 1))
    assert "Newspaper Report on the Congress" in headings(ed)


@pytest.mark.parametrize("source", [
    # a sentence under the name: no title (a name over prose is no author's line over a title)
    "Jane Roe\n\nThe delegates met in the spring and voted on the third day.\n\nWritten: 1921\n\n" + PROSE,
    # a long line between the title and the record: no line of the record's kind
    "Jane Roe\n\nOn the Pits\n\nThe report of the congress as the newspaper printed it next day\n\n"
    "Written: 1921\n\n" + PROSE,
])
def test_near_misses_of_the_archive_s_title_over_its_record(source):
    ed = conv(source)
    title = found(ed)["title"]["value"]
    assert "delegates met" not in title and "newspaper printed" not in title
    assert "Subtitle" not in header(ed)


@pytest.mark.parametrize("name", ["ARCHIVE", "LETTER", "NOTE", "PAPER"])
def test_no_word_of_the_forms_is_lost(name):
    every_word_survives(globals()[name])


# -- a title that ends with its date, over a record whose labels have no colon -----------------------------------

LETTER = ("Letter to Ann Lee, March 3, 1921\n\nAuthor(s) Jane Roe\nWritten 3 March 1921\n\n\n"
          "First published in The Miner, No. 3, 1930\nPrinted according to the original\n"
          "Published in English for the first time in the Collected Letters, Volume 2\n\n\n"
          "ROE TO ANN LEE\n\nIN LEEDS\n\nLondon, 3 March 1921\n\nDear Ann,\n\n" + PROSE + "\nYours\n\nJ. R.\n")


def test_a_dated_title_over_a_record_without_colons():
    ed = conv(LETTER)
    f = found(ed)
    assert f["title"]["value"] == "Letter to Ann Lee, March 3, 1921"
    assert f["author"]["value"] == "Jane Roe"
    assert f["date"]["value"] == "3 March 1921"
    assert header(ed)["Author(s)"] == "Jane Roe" and header(ed)["Written"] == "3 March 1921"
    for line in ("Written 3 March 1921", "Printed according to the original", "Author(s) Jane Roe"):
        assert line not in headings(ed)
    assert "Printed according to the original" in [f.value for f in ed.header if f.label == "Source"]


def test_a_place_in_capitals_under_a_letter_s_heading_is_kept_as_printed():
    ed = conv(LETTER)
    assert [h.casefold() for h in headings(ed)] == ["roe to ann lee"]
    assert not any("Leeds" in h or "LEEDS" in h for h in headings(ed))
    assert "IN LEEDS" in paragraphs(ed)


@pytest.mark.parametrize(("source", "first"), [
    # a letter whose first line is its date: the date, never the title
    ("3 March 1921\n\nDear Ann,\n\n" + PROSE, "3 March 1921"),
    # a place and a date (a letter's dateline) over a record: its date line, no title
    ("Moscow, 3 March 1921\n\nWritten 3 March 1921\n\n" + PROSE, "Moscow, 3 March 1921"),
    # a dated title over prose, no record under it: read as before, a date line
    ("Letter to Ann Lee, March 3, 1921\n\n" + PROSE, "Letter to Ann Lee, March 3, 1921"),
])
def test_near_misses_of_the_dated_title(source, first):
    ed = conv(source)
    assert found(ed)["title"]["value"] != first
    assert [f.value for f in ed.header if f.label == "Date"] == [first]
    assert "Author(s)" not in header(ed)


@pytest.mark.parametrize(("line", "record"), [
    ("Written 27 August 1921", True),
    ("Author(s) Jane Roe", True),
    ("Printed according to the original", True),
    ("Published in English for the first time in the Letters", True),
    ("Written in haste, the letter was sent at once.", False),
    ("Printed matter was scarce that year", False),
    ("Authors often wrote at night", False),
])
def test_record_lines(line, record):
    assert record_line(line) is record


def _seg(role: str, text: str, detail: str = "", lineno: int = 1) -> Segment:
    return Segment(role, Blk([Line(text, lineno, 0)], 1, 1), detail)


def test_a_place_under_a_heading_that_is_no_letter_s_stays_a_heading():
    segments = [_seg("heading", "THE STRIKE", "2"), _seg("heading", "IN LONDON", "2", 3)]
    assert [s.role for s in _letter_places(segments)] == ["heading", "heading"]
    letter = [_seg("heading", "ROE TO ANN LEE", "2"), _seg("heading", "IN LONDON", "2", 3)]
    assert [s.role for s in _letter_places(letter)] == ["heading", "paragraph"]


# -- a letter's addressee and its signature ---------------------------------------------------------------------

NOTE = ("Published: First published in 1933.\nSource: Collected Works, Volume 44, page 331.\n\n"
        "12. III. 1921\n\nSecretary of the Miners’ Union\n\nPlease send me the minutes of the congress and the list "
        "of the delegates who voted against the motion, with their pits and their districts.\n\nJ. Roe (Jenny)\n\n"
        "Chairman, M.U.\n\nP.S. The list of the pits too, if you have it at hand.\n")


def test_a_letter_s_addressee_and_signature_are_no_headings():
    ed = conv(NOTE)
    assert headings(ed) == []
    assert "Secretary of the Miners’ Union" in paragraphs(ed) and "J. Roe (Jenny)" in paragraphs(ed)


def test_a_heading_under_a_date_in_a_text_with_no_signature_stays_a_heading():
    segments = [_seg("paragraph", "12 March 1921"), _seg("heading", "The Congress Opens", "2", 3),
                _seg("paragraph", "The delegates met in the spring, in a hall lent to them.", "", 5)]
    assert [s.role for s in _letter_signature(segments)] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(("after", "signature"), [
    (None, True),  # the end of the text
    ("Chairman, M.U.", True),  # the signer's post
    ("P.S. Send the list too, if you have it.", True),  # a postscript
    ("The delegates met in the spring, in a hall the railway workers had lent them. They voted.", False),
])
def test_a_signature_needs_its_post_a_postscript_or_the_end(after, signature):
    segments = [_seg("paragraph", "The delegates met in the spring, in a hall lent to them."),
                _seg("heading", "A. Lee", "2", 3)]
    if after is not None:
        segments.append(_seg("paragraph", after, "", 5))
    assert (_letter_signature(segments)[1].role == "paragraph") is signature


# -- a paper's type label over its title and its authors run over two lines ------------------------------------

PAPER = ("RESEARCH ARTICLE\n\nComparative analysis of the output of\nthe pits after the strike\n"
         "Ann Lee1☯, Bo Kim2☯*, Cy Doe1,\nDan Poe3\nx1111\n\n1 Department of Mining, Example University, Town\n\n"
         + PROSE)


def test_a_type_label_over_a_title_and_authors_on_two_lines():
    ed = conv(PAPER)
    f = found(ed)
    assert f["title"]["value"] == "Comparative analysis of the output of the pits after the strike"
    assert f["author"]["value"] == "Ann Lee, Bo Kim, Cy Doe, Dan Poe"
    assert "x1111" in render(ed)  # the line run on in the authors' block is kept where it stands


def test_authors_running_on_to_a_line_of_another_form_are_no_authors():
    # "Cy Doe1," runs on to a line that names no author: the form is not there, nothing read as the authors
    f = found(conv(PAPER.replace("Dan Poe3", "Department of Mining")))
    assert f["author"]["value"] != "Ann Lee, Bo Kim, Cy Doe"
    assert f["title"]["sure"] is False


# -- a journal's section label that the running heads print as one of their parts --------------------------------

_PAGE = ("The delegates of the district committees met in the spring, in a hall the railway workers had\n"
         "lent them for a week, and they talked long into the night about the pits and the wages of the\n"
         "men who worked them, and about the owners who would not meet them at all that {} year.\n")


def _pdf(first: str, heads: tuple[str, str]) -> str:
    pages = [f"{first}\n\nIntroduction\n\n{_PAGE.format('first')}\n{_PAGE.format('same')}"]
    pages += [f"{head}\n\n{_PAGE.format(word)}\n{_PAGE.format(word + ' other')}"
              for head, word in zip(heads, ("second", "third"), strict=True)]
    return "\f".join(pages)


def test_a_title_the_running_heads_print_as_a_part_is_unsure():
    head = "Coal Register / Vol. 3, No. 12 / Friday, May 7, 1921 / Proposed Rules"
    ed = convert(read_text(_pdf("Proposed Rules", (head + "     12", "13     " + head))))
    title = found(ed)["title"]
    assert title["value"] == "Proposed Rules"
    assert title["sure"] is False and "part of their running head" in title["how"]


@pytest.mark.parametrize("heads", [
    # the title the running heads' first part: the journal's own name, no section of it
    ("Proposed Rules / Vol. 3", "Proposed Rules / Vol. 3"),
    # one line only names it among its parts
    ("Coal Register / Vol. 3 / Proposed Rules", "Notes on the pits"),
])
def test_near_misses_of_the_running_head_s_part(heads):
    ed = convert(read_text(_pdf("Proposed Rules", heads)))
    assert "part of their running head" not in found(ed)["title"]["how"]


def test_a_title_over_its_subtitle_in_one_run_is_no_wrapped_title():
    # "On the Pits" is a whole heading's line: the line under it its subtitle, never the title's second half
    ed = conv("Jane Roe\nOn the Pits\nA Study of the Strike\nWritten: 1921\nSource: The Miner, No. 3.\n\n" + PROSE)
    assert found(ed)["title"]["value"] == "On the Pits"
    assert found(ed)["author"]["value"] == "Jane Roe"


def test_the_report_says_the_title_s_lines_were_joined():
    how = found(conv(ARCHIVE))["title"]["how"]
    assert "its lines 3–4 joined" in how
    one = found(conv(ARCHIVE.replace("Miners of a\nNorthern", "Miners of the Northern")))["title"]
    assert "joined" not in one["how"]
