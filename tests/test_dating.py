"""Dates a text's opening gives in passing (witness.dating) and a PDF title page dated under its title.

Each rule with its near miss: a version line on the title page vs the same words in prose; a title-page note's
"last revised DATE" vs a sentence of the text that says "revised"; the title with its year in brackets vs another
work's title and year.

And the header's title, author and date (issue 16, B): site chrome ("Jump to content"), a date line and a small
word alone ("THE") are never the title; bylines in their forms ("Written by …", "— NAME, DATE", "by NAME | DATE")
and an Author: line after a "Posted … by" line; an archive's fields with a value wrapped; a wiki's tagline; a PDF's
title page with its authors' e-mail and affiliation. Each with its near miss ("Jump to the Conclusion", "PREFACE",
"— Yes", "Written by hand", a field that ended its sentence and a line of prose, "From Moscow, the delegates …").
"""

from __future__ import annotations

import pytest

from edition.convert import convert, report, title_refused
from edition.witness.dating import opening_date
from edition.witness.furniture import byline, is_date_line
from edition.witness.layout import email_line, field_lines
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


# -- The title, the author and the date of a header (issue 16, B) ---------------------------------------------

ARTICLE = ("The class nature of the Soviet state was debated for many years in the movement, and the debate "
           "went on for many years after.\n\nIt is still read today by those who study the question.\n")
TITLE = "On the Class Nature of the Soviet State"


def header(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.value) for f in convert(read_text(text)).header]


@pytest.mark.parametrize("chrome", ["Jump to content", "Skip to main content", "Go to navigation"])
def test_a_skip_link_above_the_title_is_furniture_and_the_next_line_the_title(chrome):
    title = found(f"{chrome}\n\n{TITLE}\n\n{ARTICLE}", "title")
    assert (title["value"], title["line"]) == (TITLE, 3)
    assert "furniture" in title["how"]


def test_a_heading_that_begins_jump_to_is_no_skip_link():
    # the near miss: "Jump to the Conclusion" names no part of a page's frame
    assert found(f"Jump to the Conclusion\n\n{ARTICLE}", "title")["value"] == "Jump to the Conclusion"


@pytest.mark.parametrize("date", ["12 March 2019", "Tuesday 12 March 2019, 10:41", "2001 March 27",
                                  "12 March 2019 at 9.30 am"])
def test_a_date_line_at_the_top_is_the_date_never_the_title(date):
    text = f"{date}\n\n{TITLE}\n\n{ARTICLE}"
    title, when = found(text, "title"), found(text)
    assert (title["value"], title["line"]) == (TITLE, 3)
    assert "under the date line" in title["how"]
    assert (when["value"], when["line"]) == (date, 1)


@pytest.mark.parametrize("text", ["1917", "2001 March", "March 1917 and after"])
def test_a_year_alone_or_a_date_in_words_is_no_date_line(text):
    assert not is_date_line(text)


@pytest.mark.parametrize("top", ["THE\n\nRUSSIAN QUESTION\n\n", "THE\nRUSSIAN QUESTION\n\n"])
def test_a_small_word_alone_on_the_top_line_is_joined_to_the_title_under_it_unsure(top):
    text = top + ARTICLE
    title = found(text, "title")
    assert (title["value"], title["line"], title["sure"]) == ("THE RUSSIAN QUESTION", 1, False)
    assert "“THE”" in title["how"]
    assert "# THE RUSSIAN QUESTION\n" in render(convert(read_text(text)))


def test_a_one_word_title_that_is_no_small_word_stands_and_the_under_title_is_its_own():
    # the near miss: "IMPERIALISM" is a title of one word; "THE" above a paragraph is joined to nothing, and
    # unsure ("PREFACE", a section's generic heading, is a title only unsure: test_conversion_forms)
    assert found(f"IMPERIALISM\n\n{ARTICLE}", "title")["sure"]
    alone = found(f"THE\n\n{ARTICLE}", "title")
    assert (alone["value"], alone["sure"]) == ("THE", False)
    assert "a small word alone" in alone["how"]


def test_furniture_taken_for_the_title_is_reported_unsure():
    assert title_refused("Jump to content") and title_refused("12 March 2019") and title_refused("THE")
    assert not title_refused(TITLE)


@pytest.mark.parametrize(("line", "name", "date"), [
    ("By Jane Roe", "Jane Roe", ""),
    ("by Jane Roe", "Jane Roe", ""),
    ("Written by Jane Roe", "Jane Roe", ""),
    ("— Jane Roe", "Jane Roe", ""),
    ("— Jane Roe, 27 March 2001", "Jane Roe", "27 March 2001"),
    ("by Jane Roe | March 27, 2001", "Jane Roe", "March 27, 2001"),
])
def test_a_byline_under_the_title_names_the_author_and_its_date_dates_the_text(line, name, date):
    text = f"{TITLE}\n\n{line}\n\n{ARTICLE}"
    author, when = found(text, "author"), found(text)
    assert (author["value"], author["line"], author["how"]) == (name, 3, "the byline")
    assert when["value"] == date
    assert found(text, "title")["value"] == TITLE  # "by NAME | DATE" is no navigation bar above the title


@pytest.mark.parametrize("line", ["— Yes", "— Then we went home", "Written by hand", "By the time we came"])
def test_a_dash_before_a_word_or_by_in_a_sentence_is_no_byline(line):
    assert byline(line) is None


def test_an_author_line_after_the_posted_by_line_names_the_author():
    text = f"{TITLE}\n\nPosted on 12 March 2019 by admin\n\nAuthor: Jane Roe\n\n{ARTICLE}"
    author, when = found(text, "author"), found(text)
    assert (author["value"], author["how"], author["line"]) == ("Jane Roe", "the witness's Author: line", 5)
    assert when["value"] == "12 March 2019"
    assert ("author", "Jane Roe") in header(text)  # a field of the header, not a paragraph of the text


def test_a_byline_and_date_lines_in_one_run_are_each_a_field_the_updated_line_no_date_of_the_text():
    text = f"{TITLE}\nBy Jane Roe\n12 March 2019\nUpdated 13 March 2019, 10:41\n{ARTICLE}"
    assert header(text) == [("title", TITLE), ("byline", "By Jane Roe"), ("date", "12 March 2019"),
                            ("posted", "Updated 13 March 2019, 10:41")]
    assert found(text)["value"] == "12 March 2019"
    assert "Updated\n: Updated 13 March 2019, 10:41" in render(convert(read_text(text)))


def test_an_updated_line_alone_dates_the_page_s_change_unsure():
    when = found(f"{TITLE}\n\nUpdated 13 March 2019\n\n{ARTICLE}")
    assert (when["value"], when["sure"]) == ("13 March 2019", False)
    assert "Updated" in when["how"]


ARCHIVE_RECORD = (
    "Written: 1 February 1935\n"
    "Source: New International, Vol. 2 No. 4, July 1935, pp. 116-122.\n"
    "First Published: 1935\n"
    "Transcription/Markup: Jane Roe\n"
    "Public Domain: Leon Trotsky Internet Archive 2005. You may freely copy, distribute, display\n"
    "and perform this work; as well as make derivative and commercial works.\n"
)


def test_an_archive_s_fields_a_value_wrapped_are_each_an_item_of_the_header():
    text = f"Leon Trotsky\n\nThe Workers' State\n\n(February 1935)\n\n{ARCHIVE_RECORD}\n{ARTICLE}"
    fields = header(text)
    assert [name for name, _ in fields] == ["author", "title", "date", "written", "source", "first-published",
                                            "transcription", "rights"]
    assert fields[-1][1].endswith("display and perform this work; as well as make derivative and commercial works.")
    assert "{#p1 .para}\nThe class nature" in render(convert(read_text(text)))


def test_a_line_after_a_field_that_ended_its_sentence_is_no_wrapped_value():
    # the near miss: a field whose value ends a sentence, then a line of prose: the prose is the text's
    lines = read_text("Written: 1 February 1935.\nThe question was debated for years.\n").lines
    assert not field_lines(lines)
    assert field_lines(read_text("Written: 1935\nSource: New International\n").lines)


def test_a_wiki_s_tagline_under_the_title_is_a_field_of_the_header():
    text = f"The Workers' State\n\nFrom Wikipedia, the free encyclopedia\n\n{ARTICLE}"
    assert header(text) == [("title", "The Workers' State"), ("source", "From Wikipedia, the free encyclopedia")]


def test_from_a_place_under_the_title_is_no_source():
    text = f"The Workers' State\n\nFrom Moscow, the delegates went on to Petrograd\n\n{ARTICLE}"
    assert ("source", "From Moscow, the delegates went on to Petrograd") not in header(text)


PAPER = (
    "This paper asks whether the Soviet economy of the thirties can be called state capitalist, and\n"
    "answers that the term hides more than it shows about the planning system and its workers.\n"
    "The question of the class nature of the Soviet Union was debated for many years in the movement,\n"
    "and the debate went on long after the war. It is still read today by those who study the question\n"
    "of the bureaucracy and its place in the planned economy. The planners set the targets of the\n"
    "factories and the ministries, and the workers had no say in them; the managers answered to the\n"
    "ministry for the plan and to nobody else, and the trade unions were the arms of the state.\n"
)


@pytest.mark.parametrize("indent", ["", "            "])
def test_a_pdf_title_page_gives_title_author_e_mail_affiliation_and_date(indent):
    top = "\n".join(indent + line for line in (
        "The Class Nature of the Soviet State:", "A Reconsideration of the Debate", "", "Jane M. Roe",
        "jane.roe@example.edu", "Department of History, University of Leeds", "", "27 March 2001"))
    text = f"{top}\n\n{PAPER}"
    assert header(text) == [
        ("title", "The Class Nature of the Soviet State: A Reconsideration of the Debate"), ("name", "Jane M. Roe"),
        ("e-mail", "jane.roe@example.edu"), ("affiliation", "Department of History, University of Leeds"),
        ("date", "27 March 2001")]
    assert (found(text, "author")["value"], found(text)["value"]) == ("Jane M. Roe", "27 March 2001")
    assert "{#p1 .para}\nThis paper asks" in render(convert(read_text(text)))


def test_a_pdf_title_byline_and_date_centred_apart_are_the_header():
    text = ("           The Class Nature of the Soviet State\n\n                  by Jane Roe\n\n"
            f"                 27 March 2001\n\n{PAPER}")
    assert header(text) == [("title", "The Class Nature of the Soviet State"), ("byline", "by Jane Roe"),
                            ("date", "27 March 2001")]


def test_an_e_mail_line_in_the_text_is_no_title_page_s():
    # the near miss: an address alone in the running text, under no author's name, is the text's
    assert not email_line("Write to jane.roe@example.edu for a copy.")
    assert email_line("{roe, doe}@example.edu") and email_line("Email: j.doe@example.ac.uk")


def test_a_title_page_s_report_number_and_dated_line_under_the_authors():
    text = ("A Note on the Class Nature of the State\n\nJane Roe\nJohn Doe\n\nSMLI TR-94-29\n\n"
            f"(Draft of October 7, 2013)\n\n{PAPER}")
    assert header(text)[1:] == [("name", "Jane Roe"), ("name", "John Doe"), ("report", "SMLI TR-94-29"),
                                ("date", "(Draft of October 7, 2013)")]
    assert found(text)["value"] == "October 7, 2013"  # the date the line ends with
    assert found(text, "author")["value"] == "Jane Roe, John Doe"  # a report's number is no author


def test_a_title_broken_off_on_a_small_word_runs_on_to_the_authors_signed_side_by_side():
    text = ("          The Class Nature of the Soviet State and the Question of\n"
            "              Planning Without Markets\n"
            "             Jane Roe∗              John Doe∗\n\n"
            f"{PAPER}\n∗ Department of History.\n")
    assert found(text, "title")["value"] == ("The Class Nature of the Soviet State and the Question of "
                                             "Planning Without Markets")
    assert found(text, "author")["value"] == "Jane Roe, John Doe"


def test_a_title_page_s_second_line_under_a_whole_title_stays_its_subtitle():
    # the near miss: the first line ends no phrase broken off, so the line under it is the subtitle
    text = ("The Class Nature of the State\nA Reconsideration\nJane Roe∗\nHerries Press†\n\n"
            f"{PAPER}\n∗ Department of History.\n† A press.\n")
    assert header(text)[:2] == [("title", "The Class Nature of the State"), ("subheading", "A Reconsideration")]


WIKI_LEAD = ("The New Course was a 1924 brochure by Leon Trotsky that collected his articles of December 1923, "
             "and it was debated for many years in the movement.\n\nIt is still read today by those who study it.\n")
WIKI_MENU = ("Jump to content\nMain menu\nMain menu\nmove to sidebar\nhide\nNavigation\nMain page\nContents\n"
             "Current events\nRandom article\nSearch\nCreate account\nLog in\nPersonal tools\n")


def test_a_wiki_s_menu_one_item_a_line_under_its_skip_link_is_furniture_and_the_title_below_it():
    text = f"{WIKI_MENU}\nThe New Course\n\nFrom Wikipedia, the free encyclopedia\n\n{WIKI_LEAD}"
    ed = convert(read_text(text))
    title = found(text, "title")
    assert (title["value"], title["line"]) == ("The New Course", 16)
    assert "furniture" in title["how"]
    assert [(f.name, f.value) for f in ed.header] == [("title", "The New Course"),
                                                       ("source", "From Wikipedia, the free encyclopedia")]
    assert ed.layout == "web"  # the menu's short lines are no lines of a page broken at its width
    assert "move to sidebar" not in "\n".join(plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


def test_a_menu_s_name_under_the_skip_link_is_no_title():
    text = f"Jump to content\n\nMain menu\n\nThe New Course\n\n{WIKI_LEAD}"
    assert found(text, "title")["value"] == "The New Course"


def test_short_lines_in_lower_case_at_the_top_without_a_line_of_furniture_are_the_text_s():
    # the near miss: a poem's short lines open the text; no skip link or menu's name stands above them
    text = f"the sea\nthe salt\nmove to the shore\nhide\n\n{WIKI_LEAD}"
    ed = convert(read_text(text))
    assert "move to the shore" in render(ed).split("## Apparatus")[0]
    assert all("move to the shore" not in d.value for d in ed.decisions if d.what == "furniture")


@pytest.mark.parametrize(("line", "name", "date"), [
    ("By Jane Roe, Industrial Correspondent", "Jane Roe", ""),
    ("27 March 2001 | Jane Roe", "Jane Roe", "27 March 2001"),
])
def test_a_news_site_s_byline_with_the_writer_s_post_or_after_the_date(line, name, date):
    text = f"Home | News | Opinion | About\n\n{TITLE}\n\n{line}\n\n{ARTICLE}"
    assert (found(text, "title")["value"], found(text, "author")["value"], found(text)["value"]) == (
        TITLE, name, date)


def test_a_date_and_its_rubric_under_the_title_date_the_text_and_are_no_menu():
    text = f"{TITLE}\n\n12 March 2019 | News\n\n{ARTICLE}"
    assert header(text) == [("title", TITLE), ("date", "12 March 2019 | News")]
    assert found(text)["value"] == "12 March 2019"


@pytest.mark.parametrize("line", ["12 March 2019 | News", "By Jane Roe, and then we left the hall for good"])
def test_a_rubric_after_a_date_or_a_clause_after_a_name_is_no_byline(line):
    assert byline(line) is None


LETTER = "Dear Comrade,\n\nI received your letter a few days after I had posted mine, and it was a long one.\n"


def test_a_letter_s_number_in_its_collection_under_the_author_is_no_title():
    text = (f"A. B. Writer\n\n243\n\nTo: HIS SISTER\n\n\nWritten: 12 November 1913\nSource: Collected Works, "
            f"Volume 37.\n\n{LETTER}")
    assert header(text)[:3] == [("author", "A. B. Writer"), ("number", "243"), ("title", "To: HIS SISTER")]
    assert found(text, "title")["sure"]


def test_a_number_alone_taken_for_the_title_is_unsure_and_a_year_above_a_subtitle_stays_the_title():
    alone = found(f"243\n\n{LETTER}", "title")
    assert (alone["value"], alone["sure"]) == ("243", False)
    # the near miss: a year alone is a chronology's title, never an item's number above the title
    assert header(f"1917\n\nThe Year of Revolution\n\n{ARTICLE}")[0] == ("title", "1917")
    assert found(f"1917\n\n{ARTICLE}", "title")["sure"]


def test_an_author_a_work_and_a_chapter_s_label_at_the_top():
    text = f"Jane Roe\n\nThe Workers' State\n\n\nChapter 19\nThe Newspaper\n\n\n{ARTICLE}"
    assert header(text)[:2] == [("author", "Jane Roe"), ("title", "The Workers' State")]
    assert found(text, "author")["value"] == "Jane Roe"


def test_the_authors_institutions_and_addresses_set_in_columns_under_their_names():
    text = ("                 The Class Nature of the Soviet State\n\n"
            "        Jane Roe                     John Doe                     Ann Smith\n"
            "     The Workers' Project         The Workers' Project          Naval History Lab\n"
            "     roe@example.org              doe@example.org               smith@example.org\n\n\n"
            f"{PAPER}")
    assert header(text) == [
        ("title", "The Class Nature of the Soviet State"), ("name", "Jane Roe, John Doe, Ann Smith"),
        ("affiliation", "The Workers' Project, The Workers' Project, Naval History Lab"),
        ("e-mail", "roe@example.org, doe@example.org, smith@example.org")]
    assert found(text, "author")["value"] == "Jane Roe, John Doe, Ann Smith"


def test_a_line_under_the_names_in_other_columns_or_the_abstract_is_no_institution():
    # the near miss: under two names, a line of one column is the text's ("Abstract" and its prose)
    text = ("                 The Class Nature of the Soviet State\n"
            "        Jane Roe                     John Doe\n"
            "                          Abstract\n"
            f"{PAPER}")
    assert ("affiliation", "Abstract") not in header(text)


JOURNAL_TOP = ("JSS\n\nJournal of Socialist Studies\nAugust 2014, Volume 59, Issue 10.\n\n"
               "http://www.example.org/jss/\n\n")


def test_a_journal_s_masthead_above_a_pdf_s_title_and_author_is_furniture_and_no_title():
    text = f"{JOURNAL_TOP}The Class Nature of the Soviet State\nJane Roe\nUniversity of Leeds\n\n{PAPER}"
    title = found(text, "title")
    assert (title["value"], title["line"]) == ("The Class Nature of the Soviet State", 8)
    assert "furniture" in title["how"]
    assert found(text, "author")["value"] == "Jane Roe"
    ed = convert(read_text(text))
    assert any(d.what == "furniture" and "August 2014, Volume 59" in d.value for d in ed.decisions)


def test_an_issue_line_above_no_title_and_author_is_no_masthead():
    # the near miss: the journal's lines above a paragraph, with no title and names under them, are kept
    text = f"{JOURNAL_TOP}{PAPER}"
    ed = convert(read_text(text))
    assert not any(d.what == "furniture" and "Volume 59" in d.value for d in ed.decisions)


def test_a_name_then_its_institution_on_one_line_and_the_address_under_it():
    text = ("Why the Plan Matters\nJane Roe, Institute of Economic History,\nUniversity of Leeds,\nLS2 9JT Leeds,\n"
            f"ENGLAND. roe@example.org\n\n{PAPER}")
    assert header(text) == [
        ("title", "Why the Plan Matters"), ("name", "Jane Roe, Institute of Economic History,"),
        ("affiliation", "University of Leeds,"), ("affiliation", "LS2 9JT Leeds,"),
        ("affiliation", "ENGLAND. roe@example.org")]
    assert found(text, "author")["value"] == "Jane Roe"


def test_a_name_then_words_that_are_no_institution_is_no_author():
    # the near miss: "Karl Marx, the Man and His Work" under the title is its subtitle, no author and place
    text = f"A Life in the Movement\nKarl Marx, the Man and His Work\n\n{PAPER}"
    assert found(text, "author")["value"] != "Karl Marx"


# -- The header's title, author and date by their forms: a date run together, a source line, an archive's
# -- author line and record broken at its <br>, a PDF's title page in columns ---------------------------------

SQUEEZED_DATE_TOP = "Mar 152021\n \n\nFrom Red Lantern.\n\n"


def test_a_date_whose_day_and_year_ran_together_is_the_date_never_the_title():
    text = SQUEEZED_DATE_TOP + ARTICLE
    when, title, author = found(text), found(text, "title"), found(text, "author")
    assert (when["value"], when["line"]) == ("Mar 15 2021", 1)
    assert "run together" in when["how"]
    # "From Red Lantern." under the date names the text's source: no title, and the author, unsure
    assert title["value"].startswith("Untitled") and not title["sure"]
    assert (author["value"], author["line"], author["sure"]) == ("Red Lantern", 4, False)
    assert ("source", "From Red Lantern.") in header(text)
    assert "## From" not in render(convert(read_text(text)))


@pytest.mark.parametrize("text", ["Route 282022", "Mar 1520211", "Mar 159999"])
def test_figures_after_a_month_that_are_no_day_and_year_are_no_date_line(text):
    assert not is_date_line(text)


def test_a_title_that_begins_from_under_the_date_is_the_title():
    # the near miss: "From Moscow to Petrograd" (a small word between its names) is a title, no source line
    text = f"Mar 152021\n\nFrom Moscow to Petrograd\n\n{ARTICLE}"
    assert found(text, "title")["value"] == "From Moscow to Petrograd"
    assert found(f"From Moscow to Petrograd\n\n{ARTICLE}", "title")["value"] == "From Moscow to Petrograd"


def test_a_from_line_under_the_title_is_the_site_s_tagline_and_the_title_no_author():
    text = f"Vera Figner\n\nFrom Open Encyclopedia\n\nVera Figner\nVera Figner.\n\n{ARTICLE}"
    title, author = found(text, "title"), found(text, "author")
    assert (title["value"], title["line"]) == ("Vera Figner", 1)
    # the site's tagline names a publication, no author; the title repeated above the infobox is no byline
    assert author["value"] == ""
    assert ("source", "From Open Encyclopedia") in header(text)


def test_a_name_above_a_title_that_begins_from_is_still_the_author():
    # the near miss: "From Moscow to Petrograd" under a name and above a date is the title, the name the author's
    text = f"Jane Roe\n\nFrom Moscow to Petrograd\n\n(March 1976)\n\n{ARTICLE}"
    assert found(text, "title")["value"] == "From Moscow to Petrograd"
    assert found(text, "author")["value"] == "Jane Roe"


RECORD_LETTER = ("Please find out whether the paper can be obtained in full, and whether the missing part of its "
                 "translation was found.[1]\n\n[1] The paper was read at the congress in May.\n\n"
                 "< backward   forward >\nWorks Index   |   Volume 9 | Collected Works\n")


def test_an_archive_s_author_line_above_its_record_and_the_dictated_date():
    text = ("J. K.   Roe\n\n\n\nDictated: Dictated by telephone on March 3, 1920\n"
            "Published: First published in 1961 in the journal Example Review No. 4. Printed from a copy.\n"
            "Source: Collected Works, Volume 9.\n\n" + RECORD_LETTER)
    author, when = found(text, "author"), found(text)
    assert (author["value"], author["line"]) == ("J. K. Roe", 1)
    # the date the field gives, from the text's own date (dictated) before its first printing's
    assert (when["value"], when["line"]) == ("March 3, 1920", 5)
    assert [name for name, _ in header(text)] == ["author", "dictated", "published", "source"]
    out = render(convert(read_text(text)))
    assert "## Dictated" not in out
    # the pager and the navigation bar under the note are the site's, never the note's text
    note = out.split("[^1]:", 1)[1].split("## Apparatus", 1)[0]
    assert "backward" not in note and "Works Index" not in note


@pytest.mark.parametrize(("published", "date"), [
    ("First printed on 12 May 1931 in the weekly.", "12 May 1931"),
    ("First published in 1961 in the journal Example Review No. 4.", "1961"),
    ("First published in the journal Example Review.", ""),
])
def test_a_published_field_dates_the_text_by_the_date_in_it_never_by_its_sentence(published, date):
    text = f"J. K. Roe\n\nPublished: {published}\nSource: Collected Works, Volume 9.\n\n{RECORD_LETTER}"
    assert found(text)["value"] == date


BROKEN_RECORD = (
    "Written: Written March 3, 1904\nPublished:\nFirst published in 1960 in Collected Works, Vol. 4.\n"
    "Sent from Paris.\nSource:\nRoe\nCollected Works,\nExample Publishers,\nVolume 4,\npages 10-11.\n"
    "Translated: A. B. Smith\nPublic Domain:\nExample Archive\n(2005).\nYou may freely copy, distribute,\n"
    "and perform this work.\n• README\n3/III.\nDear Friends,\n"
)
LONG_LINE = ("Your letter received.[1] " + "We have sent only two letters direct to you, yet you acknowledge three, "
             "and we ask you to reply as regularly as we write to you, " * 3 + "and so on. —")


def test_an_archive_s_record_broken_at_its_br_is_read_whole_and_the_page_is_a_web_page():
    text = BROKEN_RECORD + LONG_LINE + "\n[1] Key for the letter.—Ed.\n| | | | | |\n"
    fields = dict(header(text))
    assert fields["published"] == ("First published in 1960 in Collected Works, Vol. 4. Sent from Paris.")
    assert fields["source"] == "Roe Collected Works, Example Publishers, Volume 4, pages 10-11."
    assert fields["rights"] == "Example Archive (2005). You may freely copy, distribute, and perform this work."
    layout = found(text, "layout")
    assert layout["value"] == "web"
    ed = convert(read_text(text))
    out = render(ed)
    assert "### Roe" not in out and "\nDear Friends,\n\n" in out
    assert "[^1]: Key for the letter.—Ed." in out
    assert "line 22 (navigation bar): [\\| \\|" in out


def test_a_pdf_whose_record_is_broken_over_lines_stays_a_pdf():
    # the near miss: under a record broken at its <br>, hard-wrapped paragraphs are still a PDF's
    text = "Written: 1904\nPublished:\nFirst published in 1960.\n\n" + PAPER
    assert found(text, "layout")["value"] == "pdf"
    assert dict(header(text))["published"] == "First published in 1960."


def test_a_web_page_with_one_field_broken_keeps_its_paragraphs():
    # the near miss: one label alone on its line, its value under it, then the page's paragraphs a line each
    text = "Published:\nFirst published in 1960.\n" + ARTICLE
    assert dict(header(text)).get("published") == "First published in 1960."
    assert found(text, "layout")["value"] == "web"


LAYOUT_TITLE_PAGE = (
    "    waveform: A Package for Reading the Traces of\n"
    "          Seismic Instruments in the Field\n"
    "     Jane Roe          Ivan Petrov            Ada Morel\n"
    "\n"
    "                                   Abstract\n"
)


def test_a_pdf_layout_title_page_with_its_authors_in_columns():
    text = LAYOUT_TITLE_PAGE + PAPER
    title, author = found(text, "title"), found(text, "author")
    assert title["value"] == "waveform: A Package for Reading the Traces of Seismic Instruments in the Field"
    assert author["value"] == "Jane Roe, Ivan Petrov, Ada Morel"
    out = render(convert(read_text(text)))
    assert "## Abstract" in out


def test_a_full_width_line_of_prose_still_goes_on_after_a_page_break():
    # the near miss: a line as wide as the page with no columns in it goes on after the blank lines
    wide = "the workers had no say in the plan of the factories and the ministries, and they said so at"
    text = PAPER + "\n" + wide + "\n\n\nOnce More the planners answered them in the journal of the ministry.\n"
    out = render(convert(read_text(text)))
    assert "said so at Once More the planners" in out


# -- A labelled date line below the header: "Date: November 1926" under a standfirst, after the lead ----------

#: a text's opening paragraph, long enough to be prose
LEAD = ("The peasants of the river districts sent their delegates to the congress in the autumn, and the "
        "delegates spoke of the tax in kind and of the prices of the goods the towns sent them.\n\n")
REST = "The congress voted for the resolution of the presidium.\n\nThe delegates went home.\n"


def headings_of(text: str) -> list[str]:
    return [plain(b.pieces) for b in convert(read_text(text)).blocks if b.kind == "heading"]


@pytest.mark.parametrize("text", [
    f"The Soviets and the Peasants\n\n{LEAD}Date: November 1926\n\n{REST}",  # after the lead
    f"The Soviets and the Peasants\n\nA speech to the congress of the soviets\n\nDate: November 1926\n\n{LEAD}{REST}",
    f"The Soviets and the Peasants\n\nJump to content\n\nHome\n\nArchive\n\nDate: November 1926\n\n{LEAD}{REST}",
])
def test_a_date_line_below_the_header_is_no_heading_and_dates_the_text(text):
    assert "Date: November 1926" not in headings_of(text)
    date = found(text)
    assert (date["value"], date["sure"]) == ("November 1926", True)
    assert "“Date: …” line below the header" in date["how"]
    assert "Date: November 1926" in render(convert(read_text(text)))  # kept in the text, never lost


@pytest.mark.parametrize(("line", "value", "sure"), [
    ("Written: 3 November 1926", "3 November 1926", True),
    ("First published: Pravda, 3 December 1926", "3 December 1926", True),
    ("Published: 3 December 1926", "3 December 1926", False),  # the copy's date, perhaps: unsure
])
def test_a_written_or_published_line_below_the_header_dates_the_text(line, value, sure):
    text = f"The Soviets and the Peasants\n\n{LEAD}{line}\n\n{REST}"
    assert line not in headings_of(text)
    date = found(text)
    assert (date["value"], date["sure"]) == (value, sure)


def test_a_date_line_beats_a_published_line_below_the_header():
    text = f"The Soviets and the Peasants\n\n{LEAD}Published: 3 December 1926\n\nDate: November 1926\n\n{REST}"
    assert found(text)["value"] == "November 1926"


def test_no_date_line_below_the_header_without_a_date_or_far_into_the_text():
    # near misses: a label with no date in its value; a "Date:" line far below the opening lines (a quoted
    # memorandum's); a heading that begins with the word, no colon; none dates the text
    assert found(f"The Soviets and the Peasants\n\n{LEAD}Date: unknown\n\n{REST}")["value"] == ""
    far = f"The Soviets and the Peasants\n\n{LEAD * 40}Date: November 1926\n\n{REST}"
    assert found(far)["value"] == ""
    heading = f"The Soviets and the Peasants\n\n{LEAD}Dates of the Congress\n\n{REST}"
    assert "Dates of the Congress" in headings_of(heading) and found(heading)["value"] == ""
