"""Dates a text's opening gives in passing (witness.dating) and a PDF title page dated under its title.

Each rule with its near miss: a version line on the title page vs the same words in prose; a title-page note's
"last revised DATE" vs a sentence of the text that says "revised"; the title with its year in brackets vs another
work's title and year.
"""

from __future__ import annotations

from edition.convert import convert, report
from edition.witness.dating import opening_date
from edition.witness.reading import read_text
from edition.writers.myst import render
from pieces import plain

PROSE = (
    "The first paragraph of the manual runs along the full width of the page until it\n"
    "reaches the end of its first sentence, as the prose of a manual does here.\n"
    "A second sentence of the first page follows it to fill the lines of the page.\n"
)


def found(text: str, what: str = "date") -> dict:
    return report(convert(read_text(text)))["found"][what]


def test_a_version_line_under_a_pdf_s_title_dates_it_and_the_title_page_is_a_header():
    text = ("            The Widget manual\n              Version 2, February 1998\n\n"
            "                  by The Widget Team\n        Ada Morel, Institut für Physik, Wien\n\n"
            f"{PROSE}\f\n{PROSE}")
    ed = convert(read_text(text))
    assert ed.title == "The Widget manual"
    assert [(f.name, f.value) for f in ed.header] == [
        ("title", "The Widget manual"), ("date", "Version 2, February 1998"), ("byline", "by The Widget Team"),
        ("name", "Ada Morel, Institut für Physik, Wien")]
    date = found(text)
    assert (date["value"], date["line"], date["sure"]) == ("February 1998", 2, False)
    assert "version line" in date["how"]
    assert found(text, "author")["value"] == "The Widget Team"
    assert "Version 2, February 1998" in render(ed)  # the line kept as the witness prints it


def test_a_version_named_in_prose_dates_nothing_and_makes_no_title_page():
    text = ("The Widget manual\nin February 1998 the version 2 of the widget was released to its users,\n"
            f"{PROSE}\f\n{PROSE}")
    ed = convert(read_text(text))
    assert not any(f.name == "date" for f in ed.header)
    assert found(text)["value"] == ""
    assert "in February 1998 the version 2" in " ".join(plain(b.pieces) for b in ed.blocks)


def test_a_title_page_note_s_last_revision_dates_the_text_unsure():
    text = ("macros (deprecated)\nA port of the macros to LaTeX∗\nJane Doe†\n\n" + PROSE +
            "∗ This file (macros.dtx) has version number v0.19.4, last revised 2016/08/06.\n† jane at example dot org\n"
            f"1\n\f\n{PROSE}")
    date = found(text)
    assert (date["value"], date["line"], date["sure"]) == ("2016/08/06", 8, False)
    assert "note on the title page" in date["how"]


def test_revised_in_the_running_text_or_a_later_page_s_note_dates_nothing():
    prose = "The draft was revised 2016/08/06 by hand, as the author says in the preface.\n"
    assert opening_date(read_text(prose + PROSE).lines, frozenset(), "") is None  # no sign-led note
    later = read_text(f"{PROSE}\f\n{PROSE}∗ This page was last revised 2016/08/06.\n")
    assert opening_date(later.lines, later.page_starts, "") is None  # a note after the first page


def test_the_title_with_its_year_in_brackets_in_the_header_dates_the_text():
    text = ("The Dictatorship of the Workers (Doe)\n\nFor works with similar titles, see The Dictatorship.\n"
            "The Dictatorship of the Workers (1919)\nby Jane Doe, translated by John Roe\n\n" + PROSE)
    date = found(text)
    assert (date["value"], date["line"], date["sure"]) == ("1919", 4, False)


def test_a_date_line_alone_under_a_pdf_s_title_and_editor_dates_it_unsure():
    text = ("The Widget Guide—2022\nAda Morel, editor\nhttps://widget.example.org/\nAugust 2022\n\n"
            f"{PROSE}\f\n{PROSE}")
    date = found(text)
    assert (date["value"], date["line"], date["sure"]) == ("August 2022", 4, False)
    assert "date line alone" in date["how"]


def test_a_date_line_far_down_the_first_page_dates_nothing():
    # near miss: a dated entry in the text's body, below the opening lines, is no title page's date
    text = "The Widget Guide\n\n" + PROSE * 3 + "\nAugust 2022\n\n" + PROSE
    assert found(text)["value"] == ""


def test_another_work_s_title_and_year_dates_nothing():
    text = ("The Dictatorship of the Workers\n\nSee also:\nTerrorism and Communism (1920)\n\n" + PROSE)
    assert found(text)["value"] == ""


# -- a page's title named by its lead (witness.lead) -------------------------------------------------

LEAD_BODY = ("\nThe book consisted of a collection of articles first published in a newspaper, with additional "
             "material appended to them.\n\nHistory\n\nThe articles were written in the winter of the year.\n")


def test_the_lead_s_subject_in_emphasis_is_the_title_of_a_page_that_lacks_one():
    text = "Cover.jpg|thumb]] _THE OLD ROAD_ (Russian: _Старый путь)_ was a 1924 brochure by an author.\n" + LEAD_BODY
    ed = convert(read_text(text))
    assert (ed.title, ed.title_editorial) == ("The Old Road", False)
    title = found(text, "title")
    assert (title["line"], title["sure"]) == (1, False) and "lead sentence" in title["how"]
    assert "THE OLD ROAD" in " ".join(plain(b.pieces) for b in ed.blocks)  # the lead itself as the witness has it


def test_emphasis_inside_the_lead_or_without_was_a_names_no_title():
    for lead in ("In 1924, _The Old Road_ was a brochure that the author wrote.",
                 "_Pravda_ printed the articles in December, one after another."):
        ed = convert(read_text(lead + "\n" + LEAD_BODY))
        assert ed.title_editorial and ed.title.startswith("Untitled")


# -- a contents list set as indented lines (layout.contents_lists) -------------------------------------

CONTENTS = ("The pamphlet collects the articles the author wrote that winter, with two appendices added later.\n\n"
            "Contents\n\n{items}\n\nHistory\n\nThe articles were written in the winter of the year, one a week.\n")


def test_indented_one_line_items_under_a_heading_are_one_list():
    items = "\n\n".join(f"    {x}" for x in ("Chapter 1. The Question of Generations", "Chapter 2. Groups and Factions",
                                              "Appendix 1. The Old Road", "Appendix 2. Two Generations"))
    ed = convert(read_text(CONTENTS.format(items=items)))
    lists = [b for b in ed.blocks if b.kind == "list"]
    assert [plain(i) for i in lists[0].pieces] == ["Chapter 1. The Question of Generations",
                                                   "Chapter 2. Groups and Factions", "Appendix 1. The Old Road",
                                                   "Appendix 2. Two Generations"]
    assert not ed.ednotes  # no "the witness breaks off here" after the last item
    listed = report(ed)["lists"]
    assert [(x["heading"], x["line"]) for x in listed] == [("Contents", 5)]


def test_an_indented_quotation_under_a_heading_is_no_contents_list():
    quote = "\n\n".join(f"    {x}" for x in ("The party is not a barracks. It must think for itself.",
                                              "Discipline is needed. But it is not the whole of it.",
                                              "The young must learn by doing, and by making mistakes."))
    ed = convert(read_text(CONTENTS.format(items=quote)))
    assert not any(b.kind == "list" for b in ed.blocks) and "lists" not in report(ed)
    assert "The party is not a barracks." in " ".join(plain(b.pieces) for b in ed.blocks)


# -- a section's byline under its heading (layout.section_bylines) ------------------------------------

MANIFESTO = ("The project began in the summer and grew quickly over the following months of that year.\n\n"
             "The Manifesto\n\n{line}\n\nWhat is it?\n\nIt is a new distribution, made openly by its users.\n")


def test_written_by_a_name_revised_a_date_under_a_heading_is_the_section_s_byline():
    ed = convert(read_text(MANIFESTO.format(line="Written by Jane Q. Doe, Revised 01/06/94")))
    block = next(b for b in ed.blocks if "Written by" in plain(b.pieces))
    assert (block.kind, block.style) == ("paragraph", "byline")
    assert "{#p2 .para .byline}\nWritten by Jane Q. Doe, Revised 01/06/94" in render(ed)
    found = [u for u in report(ed)["unsure"] if u["what"] == "byline"]
    assert [(u["value"], u["line"]) for u in found] == [("Jane Q. Doe, 01/06/94", 5)]
    assert report(ed)["author"] == ""  # a section's byline is not the text's author


def test_written_by_hand_under_a_heading_is_prose():
    ed = convert(read_text(MANIFESTO.format(line="Written by hand, the first copies went round the group.")))
    assert not any(b.style == "byline" for b in ed.blocks)
    assert not any(u["what"] == "byline" for u in report(ed)["unsure"])
