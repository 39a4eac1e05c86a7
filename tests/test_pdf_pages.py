"""A PDF's pages known by their forms (``edition.witness.pageforms``), its furniture never the title, and a
statistical table's rows kept line for line (``edition.witness.tables``: :func:`leader_tables`).

A PDF's page set in charts and tables breaks few lines in mid-sentence, and yet it is a page: form feeds between
the pages, and at their edges a folio or a running head or foot that recurs. A line that recurs at the pages'
edges (exactly, or with only its numbers changed: a printer's slug "… Page xiii", "… Page xiv") is the pages'
furniture, never a sure title. A table's rows (a label, dot leaders, figures in columns) are printed as the
witness sets them, its caption, its headnote, its notes and its source each a paragraph of its own.

Every text here is of our own making, in the forms the real extractions show. Near misses: a web page of short
lines, a wiki's dump, an archive's numbered sections, a page with a stray form feed, a table of contents with dot
leaders, a sentence with figures, all stay as they were.
"""

from __future__ import annotations

import pytest

from edition.convert import convert, report
from edition.witness.layout import detect_layout
from edition.witness.pageforms import edge_shape, page_forms, recurring_at_edges
from edition.witness.reading import read_text
from edition.witness.tables import figure_row, leader_row, leader_tables, table_part_starts
from pieces import plain


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _chart_page(n: int, top: str = "") -> str:
    """A page of a chart's labels and a few sentences, each line standing alone, its number at its foot."""
    return (f"{top}The spreads of the widget bonds of the maker rose in the spring of the year, as the chart "
            "shows us.\n\n"
            f"Spreads of maker {'ABC'[n % 3]} (bp)\n\n{n}50\n\n{n}25\n\nSource: Office {'XYZ'[n % 3]}\n\n"
            f"The spreads of the maker fell again in the summer of the year, and the market was calm.\n\n{n}\n")


FOLIOS = "\f".join(_chart_page(n) for n in (19, 20, 21))
HEADED = "\f".join(_chart_page(n, "Widget Review\n\n").replace(f"\n\n{n}\n", "\n") for n in (1, 2, 3))


def _layout(text: str, feeds: bool = True) -> str:
    witness = read_text(text)
    return detect_layout(witness.lines, witness.page_starts if feeds else frozenset())


@pytest.mark.parametrize("text", [FOLIOS, HEADED])
def test_pages_of_a_pdf_with_few_lines_broken_read_as_pdf(text):
    """By its lines alone the text reads as a web page's (each stands alone); its pages say it is a PDF's."""
    assert _layout(text, feeds=False) == "web"
    assert _layout(text) == "pdf"


def test_the_folios_of_such_pages_are_set_aside_and_the_layout_is_no_close_call():
    ed = convert(read_text(FOLIOS))
    assert ed.layout == "pdf"
    layout = next(d for d in ed.decisions if d.what == "layout")
    assert layout.sure and "close call" not in layout.how and "form feeds" in layout.how
    assert [f.text.strip() for f in ed.furniture if f.what == "page number"] == ["19", "20", "21"]
    running = _running(ed)
    assert " 20 " not in f" {running} " and "Spreads of maker B (bp)" in running


WEB_SHORT = ("Home\n\nNews\n\nThe spreads of the widget bonds rose in the spring.\n\n"
             "Widget spreads\n\n1200\n\n800\n\nShare this story\n\nThe market was calm in the summer.\n\n"
             "Contact us\n\n2\n")
WIKI_DUMP = ("***** Widget *****\n\nA widget is a small device.\n\n***** History[edit] *****\n\n"
             "The first widget was made in 1900.\n\n1\n\n2\n\n3\n\nRetrieved from the wiki\n")
ARCHIVE = ("The Widget Workers\n\nWritten: 1920\n\n1\n\nThe widget workers met in the hall.\n\n2\n\n"
           "They voted for the strike.\n\n3\n\nThe strike ended in the spring.\n")
STRAY_FEED = ("A story about the widget market in the spring of the year.\n\nIt went well for the traders.\n"
              "\f\nAnother story about the bonds of the widget makers.\n\nIt ended well for all of them.\n")


@pytest.mark.parametrize("text", [WEB_SHORT, WIKI_DUMP, ARCHIVE, STRAY_FEED])
def test_near_misses_stay_web(text):
    """No form feeds, or pages with neither folio nor a running head at their edges: the lines' call stands."""
    assert _layout(text) == _layout(text, feeds=False) == "web"
    witness = read_text(text)
    assert not page_forms(witness.lines, witness.page_starts).paged


def test_a_line_recurring_on_one_page_s_edge_alone_is_no_running_head():
    """Two pages, a line at the top of only one: neither folio nor recurrence, no pages known."""
    text = "Widget Review\n\nThe spreads rose in the spring.\n\nThey fell.\n\fThe market was calm.\n\nIt stayed so.\n"
    witness = read_text(text)
    assert page_forms(witness.lines, witness.page_starts).edged == 0


# -- a running head, a printer's slug: never a sure title -------------------------------------------------------

RUNNING_PAGES = ((21, "Inadequate Widgets, 2007 and 2009\n\nJane Roe, MPH\n\nThe widgets of the survey were "
                     "counted in the spring."),
                 (22, "The widgets were counted again in the summer."),
                 (23, "The count ended in the autumn."))
RUNNING_HEAD = "\f".join(f"Widget Supplement\n\n{body}\n\n{n}\n" for n, body in RUNNING_PAGES)
SLUG = "\f".join(
    f"1234_00_i-xviii_r9jm.qxd 2/10/04 3:46 PM Page {n}\n\n\n{body}\n"
    for n, body in (("xiii", "PREFACE\n\nThe widgets of the old makers were made by hand, and they were"),
                    ("xiv", "sold at the fairs of the towns.\n\nThe new makers made them by machine."),
                    ("xv", "The machines were sold in the end.")))
SLUG_NO_FEEDS = SLUG.replace("\f", "\n\n")


def _title(text: str) -> dict:
    return report(convert(read_text(text)))["found"]["title"]


@pytest.mark.parametrize(("text", "furniture"), [
    (RUNNING_HEAD, "Widget Supplement"),
    (SLUG, "1234_00_i-xviii_r9jm.qxd 2/10/04 3:46 PM Page xiii"),
    (SLUG_NO_FEEDS, "1234_00_i-xviii_r9jm.qxd 2/10/04 3:46 PM Page xiii"),
])
def test_a_line_recurring_at_the_pages_edges_is_never_a_sure_title(text, furniture):
    title = _title(text)
    assert not (title["value"] == furniture and title["sure"])


def test_the_slug_s_copies_are_counted_with_their_numbers_changed():
    witness = read_text(SLUG)
    assert recurring_at_edges(witness.lines, witness.page_starts, 1) == 2
    assert edge_shape("Page xiii") == edge_shape("Page xiv") == edge_shape("Page 12") == "page #"
    assert edge_shape("Civil Dim") == "civil dim"  # words of roman letters that are no number stay words


def test_a_title_that_stands_once_is_no_page_s_furniture():
    """Near misses: a title on the first page only; a web page's title repeated once, word for word."""
    witness = read_text(RUNNING_HEAD)
    title_line = next(x.lineno for x in witness.lines if x.text.startswith("Inadequate"))
    assert recurring_at_edges(witness.lines, witness.page_starts, title_line) == 0
    web = read_text("The Widget Makers\n\nThe widget makers met.\n\nThe Widget Makers\n\nThey voted.\n")
    assert recurring_at_edges(web.lines, web.page_starts, 1) == 0


# -- a statistical table's rows -----------------------------------------------------------------------------------

TABLE = """\
Table 9. Widgets by Maker and Size: 2009
[In thousands. Based on the widget survey of the makers. See text,
this section]
                                   Total             Large
          Maker                 Small  Large      Small  Large
Total . .  .  .  .  .  .  .  .
                                 11.0    8.2        2.1    0.7
 Widget makers of the
  north. . . . . . . . . .       10.0    0.9        9.1    9.0
 Widget makers. . . . . . .      17.5    2.6       14.9   17.2
 Others . . . . . . . . . .     102.1   25.5       76.6   90.0
     1 Except the small makers. X Not applicable.
     Source: Widget Office, Survey of Makers.
"""
TABLE_PAGE = ("The widget makers were counted in the spring, and the counts are given\n"
              "in the table below, by maker and by size of the widgets they make.\n\n" + TABLE
              + "\n206 Widget Makers and Their Trade\f")


def test_a_table_s_rows_its_heads_above_them_are_found():
    texts = TABLE.splitlines()
    assert leader_tables(texts) == [(3, 11)]
    assert table_part_starts(texts, [(3, 11)]) == frozenset({1, 12})


def test_a_table_page_is_read_as_pdf_its_rows_kept_line_for_line():
    ed = convert(read_text(TABLE_PAGE))
    code = [b for b in ed.blocks if b.kind == "code"]
    assert len(code) == 1
    text = plain(code[0].pieces)
    assert "\n" in text and "Others . . . ." in text and "102.1   25.5" in text
    paragraphs = [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert "Table 9. Widgets by Maker and Size: 2009" in paragraphs
    assert any(p.startswith("[In thousands.") for p in paragraphs)
    assert "Source: Widget Office, Survey of Makers." in paragraphs
    assert not any("11.0" in p for p in paragraphs)


@pytest.mark.parametrize("texts", [
    # a table of contents: dot leaders and one page's number each
    ["Contents", "Introduction . . . . . . . . . 3", "The makers . . . . . . . . . . 12",
     "The widgets . . . . . . . . . . 27", "The trade . . . . . . . . . . 41"],
    # sentences with figures in them, and a line of figures alone
    ["The count rose from 5.2 to 6.1 in 2009 and from 6.1 to 7.0 in 2010, as", "the makers said in 2011 and 2012 and",
     "in the spring. The figures were 10 12 14", "and that was all . . ."],
    # a matrix's rows of figures alone, set in a display
    ["with the correlation matrix", "      3     1", "  1   5     3", "Σ= 5  1  11", "     1   11  3", "and its mean"],
    # one row alone under its caption
    ["Table 2. Makers", "Total . . . . . .     11.0    8.2", "The rest of the page is prose and goes on."],
])
def test_near_misses_are_no_table(texts):
    assert leader_tables(texts) == []


def test_the_forms_of_a_row():
    assert figure_row("Fraud. . . . . . . . . .        173.7   5.1   168.5")
    assert figure_row("                 11,062.6 1,540.0 9,522.6")
    assert figure_row("Weapons; carrying, etc...       132.9  27.1")
    assert not figure_row("the count rose to 5.2 6.1 7.0")
    assert not figure_row("Introduction . . . . . . . 3")
    assert leader_row("Violent crime . .  .  .  .  .  .")
    assert not leader_row("He paused . . . and went on")
