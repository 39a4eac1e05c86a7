"""A page's furniture in a PDF's extraction, told from the text by its place and its sequence: a running head
stands once on a page, at its top or its foot; a page's number fits the pages' sequence or stands at the
page's very edge; a viewer's counter has its form. The lines of a page that only look like them (a listing's
output printed twice, an axis's ticks, an address's number, the limits of two sums) stay the text's, where
they stand. The first page's block of title, authors and their institutions without blank lines is the title
page, the preprint's stamp under it its margin's; an archive's key of a text (the author, a date in figures,
the title) above "NAME: TITLE" is the site's.

Every text here is of our own making, in the forms the real extractions show.
"""

from __future__ import annotations

import pytest

from edition.convert import convert
from edition.witness.furniture import counter_like, pdf_line_kind
from edition.witness.reading import read_text
from pieces import WRAPPED, plain


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _aside(ed, what: str) -> list[str]:
    return [f.text.strip() for f in ed.furniture if f.what == what]


#: a paragraph of prose that fills a page's width, so that a page's short lines are told from its text
PROSE = ("The method is applied to each of the datasets in turn, and the results of each fit are kept in\n"
         "a list that the later commands read again when the model is refined and validated once more.\n")


def _pages(bodies: list[str], head: str = "Widget Search in Practice") -> str:
    """Pages with a running head on each after the first, the page's number at its foot."""
    pages = []
    for n, body in enumerate(bodies, start=1):
        top = "A Paper on Widgets\n\n" + WRAPPED + "\n" if n == 1 else f"{head}\n\n"
        pages.append(top + WRAPPED + PROSE + "\n" + body + "\n" + WRAPPED + PROSE + f"\n{n}\n")
    return "\f".join(pages)


def _headed(bodies: list[str]) -> str:
    """Pages numbered in their running heads ("2        Widget Search", "Journal of Widgets        3"), each
    body as it is, nothing under it before the page's end."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE + bodies[0]]
    for n, body in enumerate(bodies[1:], start=2):
        head = f"{n}                 Widget Search" if n % 2 == 0 else f"Journal of Widgets                 {n}"
        pages.append(f"{head}\n\n\n{body}")
    return "\f".join(pages)


# -- S1-G: a line recurring inside the body is no running head ------------------------------------------------

#: a listing's output printed after each command, the second pair closing page 2, the third copy on page 3
LISTING = [
    "Some words on the first page about the data.\n",
    WRAPPED + PROSE + "\nData input\nThe data are read in the format the appendix gives, with the commands\n\n"
    "R> a <- readData(\"a.txt\")\nRead 1 item\nRead 2385 items\n\nR> b <- readData(\"b.txt\")\n"
    "Read 1 item\nRead 2385 items\n",
    "\nwhere the files are distributed with this paper.\n" + WRAPPED + PROSE,
    WRAPPED + PROSE + WRAPPED, WRAPPED + PROSE + WRAPPED,  # the third copy far from the others: no refrain
    WRAPPED + PROSE + "\nData input\nThe data are read in the format the appendix gives, with the command\n\n"
    "R> c <- readData(\"c.txt\")\nRead 1 item\nRead 181063 items\n\nwhere the file is distributed with this "
    "paper, and the rest of the page\n" + WRAPPED,
    WRAPPED + PROSE,
]


def test_a_listing_s_output_a_page_gives_twice_is_the_text_s_and_the_running_heads_still_aside():
    """The second pair closes page 2, where a running foot would stand; the page gives it twice: the text's."""
    ed = convert(read_text(_headed(LISTING)))
    running = _running(ed)
    assert running.count("Read 1 item") == 3 and running.count("Read 2385 items") == 2
    assert not [f for f in ed.furniture if "Read" in f.text]
    assert len(_aside(ed, "running head")) == 6  # on every page after the first


def test_a_line_a_page_gives_at_its_top_and_at_its_foot_is_still_its_running_head():
    """Near miss: the page's head and foot alike ("Widget Notes" over and under every page): twice on each page,
    once at each edge, still furniture."""
    pages = "\f".join(f"Widget Notes\n\n{PROSE}\n{PROSE}\nWidget Notes\n" for _ in range(3))
    ed = convert(read_text("A Paper on Widgets\n\n" + WRAPPED + "\f" + pages))
    assert _aside(ed, "running head").count("Widget Notes") == 6
    assert "Widget Notes" not in _running(ed)


def test_an_address_s_number_closing_a_page_is_no_page_s_number_where_the_heads_number_the_pages():
    """"De Boelelaan 1081" ends a page of the authors' addresses; the running heads give the pages' numbers
    ("2   Widget Search"): 1081 fits none, the line is the text's. The heads stay aside."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED]
    for n in range(2, 5):
        body = PROSE + ("\nAnn Lee\nDepartment of Physics\nDe Boelelaan 1081\n" if n == 3 else "")
        pages.append(f"{n}                 Widget Search in Practice\n\n\n{body}")
    ed = convert(read_text("\f".join(pages)))
    assert "De Boelelaan 1081" in _running(ed)
    assert len(_aside(ed, "running head")) == 3


def test_a_short_line_with_the_page_s_number_at_a_page_s_foot_is_still_its_running_foot():
    """Near miss: "Widget Search 3" closes page 3, the heads number the pages alike: a running foot."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED]
    for n in range(2, 5):
        foot = "\nWidget Search 3\n" if n == 3 else ""
        pages.append(f"{n}                 Widget Search in Practice\n\n\n{PROSE}{foot}")
    ed = convert(read_text("\f".join(pages)))
    assert "Widget Search 3" in _aside(ed, "running head")
    assert "Widget Search 3" not in _running(ed)


# -- S1-H: a figure's, a table's, an equation's short lines are no page's furniture ---------------------------

#: a chart's axis with its ticks, inside a page of short lines
CHART = ("                     Residuals of the fit\n\n                    wavelength\n\n"
         "                                 550\n\n\n                                 450\n\n"
         "                       60       100       140\n\n                              time\n")


def test_a_chart_s_ticks_inside_a_page_are_the_text_s_and_the_pages_numbers_still_aside():
    """Two charts at a page's top, their ticks and their axis's title among short lines down to the caption."""
    figure = CHART + "\n" + CHART + "\nFigure 2: The residuals of the fit of the model to the data of the\n"
    ed = convert(read_text(_headed([PROSE, WRAPPED + PROSE, figure + WRAPPED + PROSE, WRAPPED + PROSE])))
    misnamed = [f for f in ed.furniture if f.text.strip() in ("550", "450", "wavelength")
                and f.what in ("page number", "running head")]
    assert not misnamed
    # each kept: in the text, or aside as the figure's labels above its caption
    shown = " ".join([_running(ed), *(f.text for f in ed.furniture if f.what == "figure labels")])
    assert shown.count("550") == 2 and shown.count("wavelength") == 2
    assert len(_aside(ed, "running head")) == 3


def test_an_institution_s_mark_over_its_name_is_no_page_s_number():
    """"5" over "Institute of Public Health, …", two lines of the text under it before the page ends."""
    notes = ("Author details\n1\n Project Office, Health Directorate, Accra, Ghana.\n5\n"
             "  Institute of Public Health, University of Heidelberg, INF\n324, 69120, Heidelberg, Germany.\n")
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE, PROSE + notes, PROSE]
    ed = convert(read_text("\f".join(pages)))
    assert not [f for f in ed.furniture if f.what == "page number"]  # "1" and "5": the institutions' marks
    assert {"1", "5"} <= set(_running(ed).split())


def test_a_lone_number_at_a_page_s_very_foot_is_still_its_number():
    """Near miss: the same pages, each closing on its number alone (no sequence needed at the very edge)."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE + "\n7\n", PROSE + "\n12\n", PROSE + "\n30\n"]
    ed = convert(read_text("\f".join(pages)))
    assert sorted(_aside(ed, "page number")) == ["12", "30", "7"]


@pytest.mark.parametrize("line", ["l=1                l=1", "  i=1   n=12", "x < 3 of 9"])
def test_an_equation_s_limits_are_no_viewer_s_counter(line):
    assert not counter_like(line)
    assert pdf_line_kind(line) is None


@pytest.mark.parametrize("line", ["3 / 21", "Page 3 of 21", "Seite 2 von 12", "3 of 21", "3 OF 21"])
def test_a_viewer_s_counter_is_still_one(line):
    assert counter_like(line)


@pytest.mark.parametrize("line", ["14 CFR Part 39", "      40 CFR Part 52", "12 USC Title 15"])
def test_a_code_s_title_and_part_is_no_viewer_s_counter(line):
    """A rule's heading under "List of Subjects" ("14 CFR Part 39", judge's Federal Register): an acronym after
    the first number, a word before the second; a counter's own word between its numbers is one ("3 OF 21")."""
    assert not counter_like(line)


def test_a_word_of_a_chart_alone_is_no_table_of_contents():
    """"HOME" in a box of a flow chart, its copy in the next box: one indented word, no entry beside it."""
    text = ("A Paper on Widgets\n\n" + WRAPPED + "\n" + PROSE + "\n          HOME\n\n" + PROSE
            + "\nHOME\n\n" + PROSE)
    ed = convert(read_text(text))
    assert not ed.furniture
    assert _running(ed).upper().count("HOME") == 2  # kept where they stand (alone, each is read as a heading)


def test_a_run_of_contents_lines_is_still_a_table_of_contents():
    """Near miss: indented lines one under another, each a heading below: the text's table of contents."""
    text = ("A Paper on Widgets\n\n" + WRAPPED + "\n    Methods\n    Results\n\nMethods\n\n" + PROSE
            + "\nResults\n\n" + PROSE)
    ed = convert(read_text(text))
    assert _aside(ed, "table of contents") == ["Methods", "Results"]


# -- S1-A: a title page without blank lines -------------------------------------------------------------------

TITLE_BLOCK = ("Dense Search for Widget Questions\nAnn Lee∗, Bo Kim† ,\nCy Doe‡\n†\n‡\nAcme AI\nUniversity of Widgets\n"
               "{ann,bo}@acme.com\ncy@widgets.edu\n\narXiv:2004.01234v3 [cs.CL] 30 Sep 2020\n\nAbstract\n")


def test_a_title_block_without_blank_lines_is_the_title_page_and_the_stamp_the_margin_s():
    ed = convert(read_text(TITLE_BLOCK + WRAPPED + "\n" + (PROSE + "\n") * 6 + "\f" + PROSE))
    assert ed.title == "Dense Search for Widget Questions"
    assert next(d for d in ed.decisions if d.what == "author").value == "Ann Lee, Bo Kim, Cy Doe"
    assert _aside(ed, "margin stamp") == ["arXiv:2004.01234v3 [cs.CL] 30 Sep 2020"]
    assert not _aside(ed, "journal masthead")
    assert "Acme AI" in [f.value for f in ed.header]


def test_a_title_page_with_blank_lines_is_read_as_before():
    """Near miss: the same title page set apart by blank lines, no stamp: the title and the authors alike."""
    text = "Fast Widget Search\n\nAnn Lee\nAcme University\n\nAbstract\n" + WRAPPED + "\f" + PROSE
    ed = convert(read_text(text))
    assert ed.title == "Fast Widget Search"
    assert next(d for d in ed.decisions if d.what == "author").value == "Ann Lee"
    assert [(f.name, f.value) for f in ed.header] == [("title", "Fast Widget Search"), ("name", "Ann Lee"),
                                                       ("affiliation", "Acme University")]
    assert not ed.furniture


def test_a_journal_s_masthead_over_the_title_is_still_its_masthead():
    """Near miss: the journal's name, its issue and its address over the title: its masthead, set aside."""
    text = ("JSS                          Journal of Widget Software\n"
            "             January 2007, Volume 18, Issue 3.              http://www.jws.org/\n\n"
            "Fast Widget Search\n\nAnn Lee\nAcme University\n\nAbstract\n" + WRAPPED + "\f" + PROSE)
    ed = convert(read_text(text))
    assert _aside(ed, "journal masthead")
    assert ed.title == "Fast Widget Search"


@pytest.mark.parametrize("line", ["arXiv preprint arXiv:2004.01234.", "See arXiv:2004.01234v3 [cs.CL] for the code.",
                                  "arXiv:2004.01234v3"])
def test_a_reference_to_a_preprint_is_no_stamp(line):
    assert pdf_line_kind(line) != "margin stamp"


# -- S2-A: an archive's key of a text above "NAME: TITLE" -----------------------------------------------------

def _archived(key: str, title_line: str) -> str:
    return (f"Ann Lee > 1932 >\n\n{key}\n\n{title_line}\n\nNovember 1932\n\n"
            "[Collected Works, Vol. 4, p. 3]\n\nDear Friend:\n\n"
            "I write to you at last, after a long silence, to tell you of the meeting and of what was decided "
            "there by the comrades who came from every district of the city to hear the report.\n\n"
            "Yours,\n\nAnn Lee\n")


def test_an_archive_s_key_above_name_colon_title_is_the_site_s_and_the_title_follows_the_colon():
    ed = convert(read_text(_archived("Ann Lee 19321100 Letter to a Friend", "Ann Lee: Letter to a Friend")))
    assert ed.title == "Letter to a Friend"
    assert next(d for d in ed.decisions if d.what == "author").value == "Ann Lee"
    assert _aside(ed, "index key") == ["Ann Lee 19321100 Letter to a Friend"]


@pytest.mark.parametrize("title_line", ["Ann Lee: Another Letter", "Letter to a Friend"])
def test_a_code_dated_line_without_its_copy_under_it_is_no_index_key(title_line):
    """Near miss: the line under it gives another title, or no name and colon: read as any header is."""
    ed = convert(read_text(_archived("Ann Lee 19321100 Letter to a Friend", title_line)))
    assert not _aside(ed, "index key")


# -- A command's output under it at a page's foot stays in its code block ----------------------------------------

def test_a_command_s_output_closing_a_page_stays_with_its_command_not_with_the_next_paragraph():
    """The second pair ("Read 1 item", "Read 2385 items") stands under its command, no blank line between, and
    closes page 2; the sentence goes on at the top of page 3 ("where the files …"): the output is the code's."""
    ed = convert(read_text(_headed(LISTING)))
    code = [plain(b.pieces) for b in ed.blocks if b.kind == "code"]
    assert any('R> b <- readData("b.txt")\nRead 1 item\nRead 2385 items' in c for c in code)
    where = next(plain(b.pieces) for b in ed.blocks if "where the files" in plain(b.pieces))
    assert where.startswith("where the files") and "Read" not in where


def test_near_miss_a_sentence_under_a_command_is_no_output_of_it():
    """A line of prose under a command, no blank line between, is the text's: it is a sentence (words in lower
    case, a stop), no console's output."""
    body = (WRAPPED + PROSE + "\nThe data are read with the command\n\nR> a <- readData(\"a.txt\")\n"
            "which reads the file into a list and returns it to the caller at once.\n" + WRAPPED)
    ed = convert(read_text(_headed([body, WRAPPED + PROSE, WRAPPED + PROSE])))
    code = [plain(b.pieces) for b in ed.blocks if b.kind == "code"]
    assert code and not any("which reads" in c for c in code)
    assert "which reads the file into a list" in _running(ed)


# -- judge6 S1-F: lines of the text that recur, never running heads by their form ------------------------------

def _enumerated(n: int) -> str:
    """A page opening with sub-items, their labels alone on a line between blank lines, as a court's judgment
    is extracted: short lines from the page's top in, where a running head stands."""
    return (f"Widget Search in Practice\n\n(a)\n\nthe rule applies to claim {n};\n\n(b)\n\n"
            f"the value of claim {n} is under the limit;\n\n(c)\n\nno objection is raised.\n\n"
            + WRAPPED + PROSE + f"\n{n}\n")


def test_a_sub_item_s_label_that_recurs_is_the_text_s():
    """"(a)", "(b)", "(c)" alone on their lines at the top of every page: list labels, never heads; the running
    head above them still aside."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE + "\n1\n"] + [_enumerated(n) for n in range(2, 6)]
    ed = convert(read_text("\f".join(pages)))
    aside = _aside(ed, "running head")
    assert not [a for a in aside if a.startswith("(")]
    assert aside.count("Widget Search in Practice") == 4
    assert _running(ed).count("(b)") == 4


def test_near_miss_a_running_head_in_brackets_is_still_aside():
    """Near miss: a short head in brackets that is no enumerator ("(Widget Notes)") on each page: still a head."""
    ed = convert(read_text(_pages([PROSE] * 4, head="(Widget Notes)")))
    assert _aside(ed, "running head").count("(Widget Notes)") == 3


def test_a_table_s_label_at_a_page_s_top_stays_over_its_caption():
    """"Table 2" over its caption at the top of pages, under the running head: a caption's label, kept."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE + "\n1\n"] + [
        f"Widget Search in Practice\n\nTable {n}\nThe values of the terms for site {n}\nSite\nRedhill\n\n"
        + WRAPPED + PROSE + f"\n{n}\n" for n in range(2, 6)]
    ed = convert(read_text("\f".join(pages)))
    assert not [a for a in _aside(ed, "running head") if a.startswith("Table")]
    assert all(f"Table {n}" in _running(ed) for n in range(2, 6))
    assert _aside(ed, "running head").count("Widget Search in Practice") == 4


def test_a_cover_s_field_value_that_recurs_as_the_running_head_stays_under_its_label():
    """"Before :" then the judge's name on the first page; the name is every later page's running head: the
    first copy is the field's value, the others still aside."""
    cover = "Case No: X-1\nDate: 07/12/2017\nBefore :\nHIS HONOUR JUDGE ROE\nBetween :\nROE LTD\n\n"
    pages = [cover + WRAPPED + PROSE] + [f"HIS HONOUR JUDGE ROE\n\n{WRAPPED}{PROSE}\n{n}\n" for n in range(2, 6)]
    ed = convert(read_text("\f".join(pages)))
    assert _aside(ed, "running head").count("HIS HONOUR JUDGE ROE") == 4
    assert "judge roe" in _running(ed).casefold()


def test_near_miss_a_running_head_under_a_colon_on_a_later_page_is_still_aside():
    """Near miss: a page's last line ends with a colon and the next page opens with its head: across the page
    break, the head is no field's value."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE]
    for n in range(2, 6):
        pages.append(f"Widget Search in Practice\n\n{WRAPPED}{PROSE}The steps are these:\n{n}\n")
    ed = convert(read_text("\f".join(pages)))
    assert _aside(ed, "running head").count("Widget Search in Practice") == 4


def test_the_line_that_completes_a_title_broken_on_a_function_word_is_the_text_s():
    """"… OF THE" then "WIDGET ACT OF 1934", which recurs as the later pages' running head: the cover's copy
    completes the line above, kept; the heads still aside."""
    cover = "CURRENT REPORT\nPURSUANT TO SECTION 13 OF THE\nWIDGET ACT OF 1934\n\n"
    pages = [cover + WRAPPED + PROSE] + [f"WIDGET ACT OF 1934\n\n{WRAPPED}{PROSE}\n{n}\n" for n in range(2, 6)]
    ed = convert(read_text("\f".join(pages)))
    assert _aside(ed, "running head").count("WIDGET ACT OF 1934") == 4
    assert "widget act of 1934" in _running(ed).casefold()


@pytest.mark.parametrize("line", ["(a)", "(iv)", "1.", "2)", "c)"])
def test_list_labels(line):
    from edition.witness.layout import list_label
    assert list_label(line)


@pytest.mark.parametrize("line", ["(Widget Notes)", "(2017)", "Notes.", "(ab)", "ix-x"])
def test_near_miss_no_list_labels(line):
    from edition.witness.layout import list_label
    assert not list_label(line)



# -- judge6 S1-E: a page's number a raw extraction of two columns sets in mid-page ------------------------------

def _two_column_pages(mid: int, page: int = 3) -> str:
    """Pages numbered at their foot (10, 11, ...), but page *page* has its number set between the halves of a
    sentence in mid-page, as a raw extraction of two columns sets it: *mid* there."""
    pages = []
    for k in range(5):
        if k == page:
            pages.append(WRAPPED + "and the trees take up more water at rising rates until canopy\n\n"
                         f"{mid}\n\nclosure, a term of time is needed to show their growth.\n" + WRAPPED + PROSE)
        else:
            pages.append(WRAPPED + PROSE + f"\n{10 + k}\n")
    return "\f".join(pages)


def test_a_page_s_number_between_a_sentence_s_halves_in_mid_page_is_aside_and_the_sentence_joined():
    ed = convert(read_text(_two_column_pages(13)))
    assert "13" in _aside(ed, "page number")
    assert "until canopy closure, a term" in _running(ed)


@pytest.mark.parametrize("mid", [255, 7])
def test_near_miss_a_number_of_the_sentence_that_fits_no_page_s_place_is_the_text_s(mid):
    """Near miss: the number is not the page's in the sequence (13 would be): the sentence's own, kept."""
    ed = convert(read_text(_two_column_pages(mid)))
    assert f"canopy {mid} closure" in _running(ed)
    assert str(mid) not in _aside(ed, "page number")


def test_near_miss_a_number_under_a_whole_sentence_is_the_text_s():
    """Near miss: the page's number in the sequence, but the line above ends its sentence: kept where it is."""
    text = _two_column_pages(13).replace("until canopy\n", "until canopy.\n")
    ed = convert(read_text(text))
    assert "13" not in _aside(ed, "page number")


# -- judge8 S1-B: a line that occurs once, or a numbered heading, is no running head ----------------------------

def _unnumbered(bodies: list[str]) -> str:
    """Pages with no page's number and no running head, as a browser's print to PDF without its header."""
    return "\f".join(["A Paper on Widgets\n\n" + WRAPPED + PROSE + bodies[0], *bodies[1:]])


def test_a_heading_with_a_number_atop_a_page_over_its_paragraph_is_the_text_s():
    """"Zone 4" opens a page, its paragraph under it with no blank line; no page of the text is numbered, no
    other page gives its words: the text's heading, not a running head."""
    ed = convert(read_text(_unnumbered([
        "\nZone 3\nThe area where the main crops are grown for the household and for trade, cared for weekly.\n\n",
        "Zone 4\nA semi-wild area, used for forage and for collecting wild plants, and for timber.\n\n" + WRAPPED,
    ])))
    assert "Zone 4" in _running(ed)
    assert not _aside(ed, "running head")


def test_a_caption_s_last_line_with_a_year_at_a_page_s_foot_is_the_text_s():
    """The last line of a caption set one phrase a line ("agriculture" in 1911") closes the page under its
    other lines: it goes on with them, not a running foot."""
    ed = convert(read_text(_unnumbered([
        "\nFranklin King\nintroduced the term\n\"permanent\nagriculture\" in 1911\n\n",
        WRAPPED + PROSE,
    ])))
    assert "agriculture\" in 1911" in _running(ed)
    assert not _aside(ed, "running head")


def test_near_miss_a_running_head_numbered_apart_from_the_text_on_a_single_page_stays_aside():
    """Near miss: "Widget Search 2" alone atop the only later page, a blank line under it: a running head."""
    ed = convert(read_text(_unnumbered(["\n" + WRAPPED, "Widget Search 2\n\n" + WRAPPED + PROSE])))
    assert "Widget Search 2" in _aside(ed, "running head")
    assert "Widget Search 2" not in _running(ed)


def test_near_miss_a_running_head_recurring_with_its_number_against_the_text_stays_aside():
    """Near miss: the head with its number stands against the text on every later page ("Widget Notes 2",
    "Widget Notes 3", no blank line under it): it recurs, a running head still."""
    ed = convert(read_text(_unnumbered(["\n" + WRAPPED, *(f"Widget Notes {n}\n" + WRAPPED + PROSE
                                                         for n in range(2, 5))])))
    assert len([t for t in _aside(ed, "running head") if t.startswith("Widget Notes")]) == 3
    assert "Widget Notes" not in _running(ed)


#: a charter's pages: its numbered sections, most of them inside the pages, two opening a page
SECTIONS = ["\nSECTION. 1.\n" + PROSE + "\nSECTION. 2.\n" + PROSE + "\nSECTION. 3.\n" + PROSE,
            "SECTION. 4.\n" + PROSE + "\nSECTION. 5.\n" + PROSE + "\nArticle the Second.\n\nSECTION. 1.\n" + PROSE,
            "SECTION. 2.\n" + PROSE + "\nSECTION. 3.\n" + PROSE]


def test_numbered_section_headings_opening_pages_are_the_text_s():
    """"SECTION. 4." and "SECTION. 2." open pages, like a running head with its folio; but their numbers start
    again and their like stands mostly inside the pages: the text's headings."""
    ed = convert(read_text(_unnumbered(SECTIONS)))
    assert not [t for t in _aside(ed, "running head") if t.startswith("SECTION")]
    running = _running(ed).casefold()
    assert all(running.count(f"section. {n}.") == (2 if n < 4 else 1) for n in (1, 2, 3, 4, 5))


def test_near_miss_a_running_head_whose_folio_climbs_stays_aside():
    """Near miss: "Widget Search 2" … "Widget Search 5" atop the pages, nowhere inside them: running heads."""
    ed = convert(read_text(_unnumbered(["\n" + WRAPPED, *(f"Widget Search {n}\n\n" + WRAPPED + PROSE
                                                         for n in range(2, 6))])))
    assert len([t for t in _aside(ed, "running head") if t.startswith("Widget Search")]) == 4


def test_a_letter_spaced_running_foot_with_its_folio_is_set_aside_and_the_sentence_joined():
    """"C H A R T E R   O F   T H E   G U I L D      2" closes each page, letter-spaced (a word a letter): its
    few words are a running foot's, though its letters are many; the sentence it parted goes on."""
    foot = "C H A R T E R  O F  T H E  W I D G E T  G U I L D  O F  T H E  T O W N"
    pages = []
    for n in range(1, 5):
        body = PROSE + WRAPPED + ("and the actual count of the members shall be made\n" if n == 2 else PROSE)
        lead = "within three years of the first meeting of the guild and so on.\n" if n == 3 else ""
        pages.append(lead + body + f"\n\n{foot}          {n}\n")
    ed = convert(read_text("A Paper on Widgets\n\n" + "\f".join(pages)))
    assert len([t for t in _aside(ed, "running head") if t.startswith("C H A R")]) == 4
    assert "C H A R" not in _running(ed)
    assert "shall be made within three years" in _running(ed)


def test_near_miss_a_letter_spaced_line_in_mid_page_is_the_text_s():
    """Near miss: a letter-spaced heading once, inside a page: no running head."""
    pages = ["A Paper on Widgets\n\n" + WRAPPED + PROSE, PROSE + "\nT H E  W I D G E T S\n\n" + PROSE + WRAPPED]
    ed = convert(read_text("\f".join(pages)))
    assert not [t for t in _aside(ed, "running head") if t.startswith("T H E")]
