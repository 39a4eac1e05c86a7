"""Headings of PDF texts: numbers set apart, chapter labels, running heads that copy a heading (issue 16);
the lines that stand alone as headings do and are none, a web page's captions, a reference list's entries
(issue 16, round 7, C1-C4).

Small texts of our own making, each rule with its near miss
(:mod:`edition.witness.headings`).
"""

from __future__ import annotations

import pytest

from edition.convert import convert, report
from edition.witness.headings import (
    heading_number,
    layout_heading,
    listing_line,
    lookalike,
    lower_title,
    next_section,
    number_only,
)
from edition.witness.inline import heading_edit, small_caps_joined
from edition.witness.lexicon import title_case
from edition.witness.reading import read_text
from pieces import WRAPPED, plain

LINES = (
    "The question of the class nature of the Soviet Union was posed as soon as the revolution had\n"
    "survived the civil war, and its answer divided the left for the rest of the century that\n"
    "followed it. The plan was the answer of one side, and the market the answer of the other side\n"
    "of the debate, which ran on in the journals and the pamphlets of the left for many years.\n"
) * 3


def headings(ed) -> list[tuple[str, str]]:
    return [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"]


def furniture(ed) -> list[tuple[str, str]]:
    return [(f.what, f.text.strip()) for f in ed.furniture]


def text_of(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks if b.kind != "list")


# -- the forms ---------------------------------------------------------------------------------------

def test_numbers_alone_and_their_depth():
    assert all(number_only(t) for t in ["2", "2.1", "1.2.2", "A.7", "Chapter 4", "APPENDIX A", "Chapter IV"])
    assert not any(number_only(t) for t in ["Chapter 3 shows that", "A", "205 References", "2021"])
    assert heading_number("Chapter 4 A Detailed History") == (4,)
    assert heading_number("Appendix A The Manifesto") == (1,)
    assert heading_number("A.3 How will it end?") == (1, 3)
    assert heading_number("1.2.1 EDMAC") == (1, 2, 1)
    assert heading_number("1917 Revolution") is None
    assert heading_number("Leadership") is None


def test_a_listing_s_numbered_line_a_lower_case_title_and_the_next_section():
    assert listing_line("4551 h/braonaini") and listing_line("4547 \\endnumbering")
    assert not listing_line("1917 Revolution") and not listing_line("12 angry men") and not listing_line("2 ledmac")
    assert not listing_line("206 References") and not listing_line("212 the journal of planning")
    assert lower_title("ledmac") and not lower_title("ledmac is a three-pass package like LaTeX itself.")
    assert next_section("2 The ledmac package", frozenset({(1, 2), (1, 2, 2)}))
    assert not next_section("2 The ledmac package", frozenset())  # no numbered subsection before it
    assert not next_section("3 The ledmac package", frozenset({(1, 2)}))  # not the section after 1.x


# -- running heads at a page's top ------------------------------------------------------------------

def test_a_title_at_a_page_s_top_beside_its_page_number_that_the_text_printed_before_is_a_running_head():
    # pdftotext without -layout: the page number, the section's number and its title, one a line
    page1 = "4\n\n1\n\nIntroduction\n\n" + LINES + "\n"
    page2 = "5\n\n1\n\nIntroduction\n\n" + LINES.replace("The question", "the question", 1)
    ed = convert(read_text("The Plan\n\n" + LINES + "\f" + page1 + "\f" + page2))
    assert headings(ed) == [("1 Introduction", "2")]  # once: the first copy is the heading
    assert ("running head", "Introduction") in furniture(ed) and ("running head", "1") in furniture(ed)
    assert [t for what, t in furniture(ed) if what == "page number"] == ["4", "5"]


def test_a_title_at_a_page_s_top_repeated_lower_on_the_page_is_its_running_head_the_lower_one_the_heading():
    page2 = "1.2\n\nHistory\n\n1.2\n\nHistory\n\n" + LINES
    ed = convert(read_text("The Plan\n\n1.1\n\nOverview\n\n" + LINES + "\f" + page2))
    assert headings(ed) == [("1.1 Overview", "2"), ("1.2 History", "2")]
    assert furniture(ed) == [("running head", "1.2"), ("running head", "History")]


def test_near_miss_a_section_that_opens_a_page_is_its_heading():
    # the same form at the page's top, printed nowhere else: the section begins there
    page2 = "5\n\n2\n\nChanges\n\n" + LINES
    ed = convert(read_text("The Plan\n\n1\n\nOverview\n\n" + LINES + "\f" + page2))
    assert headings(ed) == [("1 Overview", "2"), ("2 Changes", "2")]
    assert furniture(ed) == [("page number", "5")]


def test_near_miss_a_title_printed_before_without_a_page_number_beside_it_is_a_heading():
    # "Method" again at a page's top with no number beside it: a section of the same name, no running head
    page2 = "Method\n\n" + LINES
    ed = convert(read_text("The Plan\n\nMethod\n\n" + LINES + "\n\f" + page2))
    assert [h for h, _ in headings(ed)].count("Method") == 2
    assert not furniture(ed)


# -- chapter and appendix labels ---------------------------------------------------------------------

def chapters() -> str:
    def page(n: int, title: str, body: str) -> str:
        return f"The Book of the Plan                           {n} / 9\n\n\n\nChapter {n}\n\n{title}\n\n{body}"
    return ("The Book of the Plan\n\f"
            + page(1, "Introduction -- What is the Plan?", LINES + "\n1.1     In the Beginning\n\n" + LINES)
            + "\f" + page(2, "Leadership", LINES)
            + "\f" + page(3, "A Detailed History", LINES)
            + "\fThe Book of the Plan                           9 / 9\n\n\n\nAppendix A\n\nThe Manifesto\n\n"
            + "A.1      What is the Plan?\n\n" + LINES
            + "\nA.2      How will the planners put an end to these problems?\n\n" + LINES)


def test_a_chapter_s_label_above_a_title_is_the_heading_s_number_though_it_repeats_from_page_to_page():
    ed = convert(read_text(chapters()))
    assert headings(ed) == [
        ("Chapter 1 Introduction -- What is the Plan?", "2"), ("1.1 In the Beginning", "3"),
        ("Chapter 2 Leadership", "2"), ("Chapter 3 A Detailed History", "2"), ("Appendix A The Manifesto", "2"),
        ("A.1 What is the Plan?", "3"), ("A.2 How will the planners put an end to these problems?", "3"),
    ]
    assert [what for what, _ in furniture(ed)] == ["running head"] * 4  # the page counters only
    # the first page's counter under the title is the page's furniture, no subtitle
    assert [f.name for f in ed.header] == ["title"] and ed.title == "The Book of the Plan"
    assert [e.kind for e in ed.apparatus].count("section-number") == 4  # each label joined, recorded


def test_near_miss_a_chapter_named_in_prose_and_a_label_above_prose():
    prose = "Chapter 3 shows that the plan was the answer of one side, and the market the answer of the other.\n"
    ed = convert(read_text(chapters().replace("A Detailed History\n\n", prose, 1)))
    assert "Chapter 3 shows that the plan" in text_of(ed)
    assert not any(h.startswith("Chapter 3") for h, _ in headings(ed))
    # a label above prose repeats as a running head does: it stays set aside, with its reason
    assert ("running head", "Chapter 3") in furniture(ed)


def test_near_miss_a_long_question_without_a_number_is_a_paragraph():
    ed = convert(read_text(chapters().replace("A.2      How will", "How will", 1)))
    assert not any(h.startswith("How will") for h, _ in headings(ed))
    assert "How will the planners put an end to these problems?" in text_of(ed)


# -- a code listing, a heading over a line in lower case, the references' heading --------------------

def test_a_listing_s_numbered_line_is_no_heading():
    text = ("The Plan\n\n1\n\nOverview\n\n" + LINES + "\n4550\n4551 h/braonaini\n\n" + LINES)
    ed = convert(read_text(text))
    assert headings(ed) == [("1 Overview", "2")]
    assert "4551 h/braonaini" in text_of(ed)


def test_the_next_section_s_heading_over_a_line_in_lower_case_and_a_number_above_a_lower_case_title():
    text = ("The Plan\n\n1       Introduction\n" + LINES + "\n1.1     Overview\n" + LINES
            + "\n1.2\n\nledmac\n\n" + LINES
            + "\n2       The planning package\nledmac is a three-pass package like the planners themselves, and it\n"
            + LINES)
    ed = convert(read_text(text))
    assert headings(ed) == [("1 Introduction", "2"), ("1.1 Overview", "3"), ("1.2 ledmac", "3"),
                            ("2 The planning package", "2")]
    assert any(b.startswith("ledmac is a three-pass package") for b in
               [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"])


def test_near_miss_a_numbered_line_with_no_numbered_section_before_it_stays_in_its_paragraph():
    text = ("The Plan\n\n" + LINES + "\n2       The planning package\nledmac is a three-pass package like the"
            " planners themselves, and it\n" + LINES)
    ed = convert(read_text(text))
    assert not headings(ed)
    assert "2 The planning package ledmac is a three-pass" in " ".join(text_of(ed).split())


def test_the_references_heading_above_its_first_labelled_entry():
    text = ("The Plan\n\n" + LINES + "\nReferences\n[Bre96]    Herbert Breger. TABMAC. October 1996.\n"
            "[Bur01]    John Burt. Typesetting critical editions of poetry. December 2001.\n")
    ed = convert(read_text(text))
    assert ("References", "2") in headings(ed)
    # the heading alone: its first entry no part of it, nor it of the entry (a paragraph, or a list's item)
    assert not any(plain(b.pieces).startswith("References") for b in ed.blocks if b.kind == "paragraph")


# -- a PDF's title page ------------------------------------------------------------------------------

TITLE_PAGE = (
    "planner (deprecated)\n"
    "A modest attempt to port\n"
    "PLANMAC and GOSMAC to LaTeX∗\n"
    "Ada Morel\n"
    "Nulle Part Press†\n"
    "Ivan Petrov‡\n"
    "based on the original work by\n"
    "\n"
    "Vera Zasulich, Pavel Axelrod and Lev Deutsch\n"
    "This is the documentation of the planner package. If you are beginning\n"
    "a new project, we suggest that you use another one instead of this one.\n"
    + LINES +
    "∗ This file (planner.dtx) has version number v0.1, last revised 2016/08/06.\n"
    "† ada at example dot org\n"
    "‡ ivan at example dot org\n"
    "\f" + LINES
)


def test_a_pdf_s_title_page_title_subtitle_bylines_affiliation_and_credit_each_recorded():
    ed = convert(read_text(TITLE_PAGE))
    assert ed.title == "planner (deprecated)" and not ed.title_editorial
    assert [(f.name, f.value, f.note) for f in ed.header][1:] == [
        ("subheading", "A modest attempt to port PLANMAC and GOSMAC to LaTeX", "*"),
        ("name", "Ada Morel", ""), ("affiliation", "Nulle Part Press", "†"), ("name", "Ivan Petrov", "‡"),
        ("credit", "based on the original work by Vera Zasulich, Pavel Axelrod and Lev Deutsch", "")]
    assert text_of(ed).startswith("This is the documentation of the planner package.")
    assert {n.label: n.status for n in ed.notes} == {"*": "ok", "†": "ok", "‡": "ok"}


def test_near_miss_short_lines_at_a_pdf_s_top_without_a_name_are_no_title_page():
    # no name with a note's sign, no institution: the header is read as any other (the first line the title)
    text = TITLE_PAGE.replace("Ada Morel\nNulle Part Press†\nIvan Petrov‡\n", "")
    ed = convert(read_text(text))
    assert not any(f.name in ("name", "affiliation", "credit") for f in ed.header)
    assert "based on the original work by" in text_of(ed)


def test_near_miss_a_running_head_above_the_title_page_is_furniture_never_its_title():
    head = "Journal of Planning Studies\n"
    text = head + TITLE_PAGE.replace("\f", "\f" + head) + "\f" + head + LINES + "\f" + head + LINES
    ed = convert(read_text(text))
    assert ed.title == "planner (deprecated)"  # the line under the running head
    assert [t for what, t in furniture(ed) if what == "running head"] == ["Journal of Planning Studies"] * 4


# -- a web page's title repeated under its standfirst ------------------------------------------------

WEB_PAGE = (
    "The End of the Plan: a Look Back\n\n"
    "For planners, the end of the plan exposes the myth that the plan was ever a plan. It marked the end of an era.\n\n"
    "The End of the Plan: a Look Back\n\n"
    "March marks the anniversary of the end of the plan. The saga of the plan is a microcosm of the century. "
    "It had been an early supporter of the market, and then its enemy.\n\n"
    "The market\n\n"
    "The market of 1921 cannot be understood in isolation. The civil war had ended, and the peasants wanted "
    "to sell their grain.\n"
)


def web_headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def test_a_web_page_s_title_repeated_under_its_standfirst_is_furniture_not_a_heading():
    ed = convert(read_text(WEB_PAGE))
    assert ed.title == "The End of the Plan: a Look Back"
    assert web_headings(ed) == ["The market"]
    assert furniture(ed) == [("title repeated", "The End of the Plan: a Look Back")]
    assert any(e.kind == "furniture" and e.reading.strip() == "The End of the Plan: a Look Back" for e in ed.apparatus)


def test_near_miss_a_heading_that_differs_from_the_title_or_stands_lower_down_is_a_heading():
    ed = convert(read_text(WEB_PAGE.replace("\nThe End of the Plan: a Look Back\n\nMarch",
                                            "\nThe End of the Plan: the Aftermath\n\nMarch")))
    assert web_headings(ed) == ["The End of the Plan: the Aftermath", "The market"]
    lower = WEB_PAGE.replace("\nThe End of the Plan: a Look Back\n\nMarch", "\nMarch") + (
        "\nThe peasants sold their grain at last, and the towns were fed again for a while.\n"
        "\nThe End of the Plan: a Look Back\n\nThe last section of the text looks back at the plan, and ends it.\n")
    ed = convert(read_text(lower))
    assert web_headings(ed) == ["The market", "The End of the Plan: a Look Back"]
    assert not furniture(ed)


def test_a_listing_s_numbered_line_at_a_page_s_end_is_no_running_head_a_page_number_and_a_title_are():
    text = "The Plan\n\n" + LINES + "\n4551 h/braonaini\n\f206        References\n\n" + LINES
    ed = convert(read_text(text))
    assert "4551 h/braonaini" in text_of(ed)
    assert furniture(ed) == [("running head", "206        References")]


def test_the_heading_under_its_running_head_stays_a_heading_though_the_text_repeats_its_title_page_after_page():
    page2 = "1.2\n\nHistory\n\n1.2\n\nHistory\n\n" + LINES
    page3 = "5\n\n1.2\n\nHistory\n\n" + LINES.replace("The question", "the question", 1)
    ed = convert(read_text("The Plan\n\n1.1\n\nOverview\n\n" + LINES + "\n\f" + page2 + "\n\f" + page3))
    assert headings(ed) == [("1.1 Overview", "2"), ("1.2 History", "2")]
    assert furniture(ed) == [("running head", "1.2"), ("running head", "History"), ("page number", "5"),
                             ("running head", "1.2"), ("running head", "History")]


def test_the_report_says_the_title_is_a_title_page_s():
    found = report(convert(read_text(TITLE_PAGE)))["found"]
    assert found["title"]["value"] == "planner (deprecated)"
    assert found["title"]["how"].endswith("(its title page)")
    assert found["author"]["value"] == "Ada Morel, Ivan Petrov"  # the notes' signs are no part of the names


def test_near_miss_a_chapter_s_label_at_a_page_s_foot_heads_nothing_on_the_next_page():
    # a running foot "Chapter 2" on every page, and the next page opens with a heading: no "Chapter 2 Method"
    page = LINES + "\nChapter 2\n"
    ed = convert(read_text("The Plan\n\n" + page + "\fMethod\n\n" + page + "\fResults\n\n" + page))
    assert [h for h, _ in headings(ed)] == ["Method", "Results"]
    assert furniture(ed) == [("running head", "Chapter 2")] * 3


def test_a_running_head_whose_page_number_follows_its_title_at_the_page_s_top():
    # an odd page, as pdftotext without -layout reads its head: the section's number, its title, the page's number
    page2 = "1.1\n\nOverview\n\n7\n\n" + LINES.replace("The question", "the question", 1)
    ed = convert(read_text("The Plan\n\n1.1\n\nOverview\n\n" + LINES + "\n\f" + page2))
    assert headings(ed) == [("1.1 Overview", "2")]
    assert furniture(ed) == [("running head", "1.1"), ("running head", "Overview"), ("page number", "7")]


def test_the_apparatus_knows_the_same_numbers_alone_as_the_layout():
    from edition.witness.inline import SECTION_ONLY_RE
    for text in ["2", "2.1", "1.2.2.", "A.7", "Chapter 4", "APPENDIX A", "chapter iv", "Chapter 3 shows", "A", "2021"]:
        assert bool(SECTION_ONLY_RE.match(text)) == number_only(text), text


CODE = ("\\begin{verse}\n\\edtext{Lucifer}{\\Cfootnote{Luicifer T}} aosta\n"
        "\\edtext{mh}{\\Cfootnote{mhaighistir T}}.\\&\n\\end{verse}\n")


def test_an_appendix_s_numbered_heading_above_a_listing_is_a_heading():
    ed = convert(read_text("The Plan\n\n1\n\nOverview\n\n" + LINES + "\nA.7\n\nIrish verse\n\n" + CODE + "\n" + LINES))
    assert headings(ed) == [("1 Overview", "2"), ("A.7 Irish verse", "3")]
    assert [b.kind for b in ed.blocks][2:4] == ["heading", "code"]


def test_near_miss_a_line_in_sentence_case_that_the_listing_ends_is_no_heading():
    text = "The Plan\n\n1\n\nOverview\n\n" + LINES + "\nThe verse is typed as\n\n" + CODE + "\n" + LINES
    ed = convert(read_text(text))
    assert headings(ed) == [("1 Overview", "2")]


# -- lines that stand alone as headings do, and are none (issue 16, round 7: C1) ---------------------------

@pytest.mark.parametrize(("line", "what"), [
    ("Figure 3: The Putilov works in 1917", "figure caption"),
    ("Fig. 2. Delegates by party", "figure caption"),
    ("Table 2 Delegates by Party", "figure caption"),
    ("TABLE 4", "figure caption"),
    ("3 Methods .... 12", "contents line"),
    ("1.1 Motivation . . . . . . . . . . . .", "contents line"),
    ("Introduction . . . . . 1", "contents line"),
    ("2 Background       4", "contents line"),
    ("Born 12 May 1880", "infobox field"),
    ("Died 3 March 1921 (aged 40), Moscow", "infobox field"),
    ("Party: Russian Social Democratic Labour Party", "infobox field"),
    ("Preceded by Alexander Kerensky", "infobox field"),
    ("2001 March 27", "date line"),
    ("Navigation menu", "site chrome"),
    ("Jump to content", "site chrome"),
    ("Retrieved from https://example.org/wiki/Soviet", "site chrome"),
    ("A B C D", "figure or table debris"),
    ("0 10 20 30 40", "figure or table debris"),
    ("RBT 1.62 1.13 1.13 1.29", "figure or table debris"),
    ("20MHz 40MHz 80MHz 160MHz", "figure or table debris"),
    ("x → y", "figure or table debris"),
    ("Time (s)", "figure or table debris"),
    ("Frequency [MHz]", "figure or table debris"),
    ("MCS MCS RSSI RSSI", "figure or table debris"),
])
def test_a_line_in_another_thing_s_form_is_no_heading(line, what):
    assert lookalike(line) == what


@pytest.mark.parametrize("line", [
    "Kronstadt: The Last Stand", "2.3 Results", "1 Introduction", "1905 and 1917", "Q & A", "The Events of March 1921",
    "Born in Chains", "The Party and the Class", "Table Manners", "Figures of the Revolution", "The Years 1917–1921",
    "Contents", "Workers and Peasants", "Speed and Power (Revised)", "Labour Power (A Reply)",
])
def test_near_miss_headings_keep_their_form(line):
    assert lookalike(line) is None


def _texts_blocks(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


PROSE = ("The councils of workers' deputies arose in the factories of Petrograd in the spring of that year, "
         "and they spread to Moscow and the provinces within weeks of the fall of the monarchy.")


def test_debris_captions_contents_infobox_and_chrome_of_a_web_page_are_no_headings():
    ed = convert(read_text(_texts_blocks(
        "The Workers' Councils", PROSE, "Born 12 May 1880", "Party: Russian Social Democratic Labour Party",
        PROSE, "3 Methods .... 12", "A B C D", "0 10 20 30 40", "Time (s)", "The Congress of Soviets", PROSE,
        "2001 March 27", "Navigation menu", PROSE)))
    assert headings(ed) == [("The Congress of Soviets", "2")]  # the near miss: a heading over prose
    for line in ["Born 12 May 1880", "Party: Russian", "3 Methods .... 12", "A B C D", "0 10 20", "Time (s)",
                 "2001 March 27"]:
        assert line in text_of(ed)  # kept, as paragraphs
    assert ("site chrome", "Navigation menu") in furniture(ed)
    assert any(u["what"] == "furniture" and u["value"] == "Navigation menu" for u in report(ed)["unsure"])


def pdf(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_table_s_caption_heads_and_cells_in_a_pdf_are_no_headings_the_next_section_is():
    text = pdf(
        LINES.rstrip(),
        "4.1 Raw Performance Data",
        LINES.rstrip(),
        "Table 2: Delegates by Party (Lower Bound)",
        "Structure",
        "Insert Search Delete",
        "RBT 1.62 1.13 1.13 1.29",
        "3.37 Average",
        LINES.rstrip(),
        "4.2 Performance Ratios",
        LINES.rstrip(),
        "Figure 3: The growth of the councils in 1917",
        LINES.rstrip(),
    )
    ed = convert(read_text(text))
    assert headings(ed) == [("4.1 Raw Performance Data", "2"), ("4.2 Performance Ratios", "2")]
    for line in ["Table 2: Delegates", "Structure", "Insert Search Delete", "RBT 1.62", "3.37 Average",
                 "Figure 3: The growth"]:
        assert line in text_of(ed)
    # the reading stated once, with its reason, and warned of
    (cells,) = [u for u in report(ed)["unsure"] if u["what"] == "table cells"]
    assert cells["value"].startswith("line ") and "never as headings" in cells["how"]


def test_a_title_case_line_above_a_row_of_figures_in_a_run_of_pdf_lines_is_no_heading():
    run = LINES + "Party Delegates Share\nRBT 1.62 1.13 1.13 1.29\nBST 2.91 2.60 1.45 2.32\n" + LINES
    ed = convert(read_text("The Plan\n\n" + run))
    assert not any(h.startswith("Party") for h, _ in headings(ed))
    assert "Party Delegates Share RBT 1.62" in text_of(ed)
    # the near miss: a title-case line above prose in the same run is a heading
    ed = convert(read_text("The Plan\n\n" + LINES + "The Congress of Soviets\n" + LINES))
    assert ("The Congress of Soviets", "2") in headings(ed)


def test_a_contents_list_s_first_section_is_no_heading_the_section_below_it_is():
    contents = ("Contents\n1 Introduction\n1.1 Motivation . . . . . . . . . . . .\n"
                "1.2 Objectives . . . . . . . . . . . .\n\n3\n3\n\n9 Conclusion\n9.1 Findings . . . . . . . . . . . .")
    ed = convert(read_text(pdf("The Plan", LINES.rstrip(), contents, "1 Introduction", "1.1 Motivation",
                               LINES.rstrip())))
    assert ("1 Introduction", "2") in headings(ed) and ("1.1 Motivation", "3") in headings(ed)
    assert [h for h, _ in headings(ed)].count("1 Introduction") == 1  # the contents' line is none


# -- numbered headings as ``pdftotext -layout`` sets them (issue 16, round 7: C3) -------------------------

def layout_prose(n: int) -> str:
    """A paragraph of three hard-wrapped lines, each text's own (a line repeated would be a running head)."""
    return (f"The councils of workers' deputies arose in the factories of Petrograd in the {n}\n"
            f"spring of that year, and they spread to Moscow and the provinces in week {n}\n"
            f"of the fall of the monarchy, as the old order gave way to the new one, {n}.\n")


def test_layout_heading_form_and_its_near_misses():
    assert layout_heading("1     Introduction") and layout_heading("2.3    Results")
    assert layout_heading("3.1.2   Dataset Characteristics")
    assert not layout_heading("1.  Every council sent its delegates")  # a list's item: its number's stop
    assert not layout_heading("1 Introduction")  # one space: no number's box (the other rules decide it)
    assert not layout_heading("2     Background                               4")  # a contents line
    assert not layout_heading("12                                     The Councils")  # a running head's gap
    assert not layout_heading("3     The delegates met in the hall.")  # a sentence
    assert not layout_heading("1  Every council", "2  The delegates")  # items numbered one under the other


def test_numbered_headings_of_a_layout_extraction_after_a_list_a_page_number_and_a_list_s_item():
    text = ("The Councils and the Party\n\n" + layout_prose(1) + "\n"
            "                                     2\n\f"
            "1     Introduction\n1.1    Motivation\n" + layout_prose(2)
            + "   Their demands:\n    • Peace without annexations\n    • Land to the peasants\n"
            "2.3    Results\n" + layout_prose(3) + "\n"
            "    7. Count the delegates of the councils\n    8. Investigate the councils of the provinces\n\n\n"
            "9     Conclusion\n" + layout_prose(4) + "\n"
            "    1.  Every council sent its delegates\n    2.  The delegates elected the committee\n\n"
            + layout_prose(5))
    ed = convert(read_text(text))
    assert [h for h, _ in headings(ed)] == ["1 Introduction", "1.1 Motivation", "2.3 Results", "9 Conclusion"]
    assert "Every council sent its delegates" in text_of(ed)  # the near miss: a list's items stay items
    assert not any("Every council" in h for h, _ in headings(ed))


def test_near_miss_a_contents_list_s_titles_with_their_pages_alike_are_no_headings():
    # pdftotext without -layout: each title of the contents, then its page's number, a line apart
    contents = "Contents\n\nIntroduction\n\n1\n\nMethods\n\n1\n\nResults\n\n1\n\nDiscussion\n\n3\n\n"
    ed = convert(read_text("The Plan\n\n" + contents + "Introduction\n" + LINES + "\nMethods\n" + LINES))
    assert not any(h[:1].isdigit() for h, _ in headings(ed))  # "1 Methods", "1 Results": the contents' lines
    assert ("Methods", "2") in headings(ed)



# -- a web page's caption needs an image's place (issue 16, round 7: C2) ------------------------------------



def _web(*blocks: str):
    return convert(read_text("\n\n".join(blocks) + "\n"))


def _captions(ed) -> list[str]:
    return [f.text.strip() for f in ed.furniture if f.what == "image caption"]


def _headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def test_a_chapter_s_title_under_its_label_and_its_epigraph_are_the_text_s_never_captions():
    epigraph = ("The philosophers have only interpreted the world in various ways and the point however is to "
                "change it")
    ed = _web("The History of the Councils", "Chapter 3", "The Revolution in 1917", PROSE, PROSE,
              "Chapter 4", "The Congress of Soviets in October 1917", epigraph, "— Karl Marx", PROSE)
    assert not _captions(ed)
    assert _headings(ed) == ["Chapter 3", "The Revolution in 1917", "Chapter 4",
                             "The Congress of Soviets in October 1917"]
    assert epigraph in [plain(b.pieces) for b in ed.blocks]


def test_an_epigraph_above_its_attribution_between_paragraphs_is_no_caption():
    epigraph = ("The emancipation of the working classes must be conquered by the working classes themselves "
                "and by no one else")
    ed = _web("The History of the Councils", PROSE, epigraph, "— Karl Marx", PROSE)
    assert not _captions(ed)


def test_near_miss_a_caption_between_paragraphs_or_beside_an_image_s_trace_is_one():
    ed = _web("The History of the Councils", PROSE, "Mikhail Gorbachev in 1987", PROSE, "Chapter 4", "[image]",
              "Delegates of the Petrograd Soviet in the Tauride Palace, in March 1917", PROSE)
    assert _captions(ed) == ["Mikhail Gorbachev in 1987", "[image]",
                             "Delegates of the Petrograd Soviet in the Tauride Palace, in March 1917"]
    # under a heading, with the image's trace above it: a caption still
    ed = _web("The History of the Councils", PROSE, "Chapter 4",
              "Delegates of the Petrograd Soviet in the Tauride Palace, in March 1917", "Photo: TASS", PROSE)
    assert "Delegates of the Petrograd Soviet in the Tauride Palace, in March 1917" in _captions(ed)


def test_a_picture_s_noun_alone_between_paragraphs_heads_a_section_and_is_no_caption():
    # "Logo" over the prose about the logo, among the sections' headings (judge5, S1-E): a heading
    ed = _web("The History of the Councils", PROSE, "Headquarters", PROSE, "Logo", PROSE, "Maps", PROSE)
    assert not _captions(ed)
    assert _headings(ed) == ["Headquarters", "Logo", "Maps"]
    # the near miss: the noun with what the picture shows is a caption between the paragraphs
    ed = _web("The History of the Councils", PROSE, "Headquarters", PROSE, "The council's logo", PROSE)
    assert _captions(ed) == ["The council's logo"]


# -- a reference list's entries without keys, run on or hanging (issue 16, round 7: C4) ----------------------

AUTHOR_ENTRIES = """\
References

Anweiler, Oskar. The Soviets: The Russian Workers, Peasants, and Soldiers
Councils, 1905-1921. New York: Pantheon Books, 1974, translated by Ruth Hein.
Brinton, Maurice. The Bolsheviks and Workers' Control, 1917 to 1921: The State
and Counter-Revolution. London: Solidarity, 1970. Reprinted by Black and Red.
Carr, Edward Hallett. The Bolshevik Revolution, 1917-1923. London: Macmillan,
1950.
van der Linden, Marcel. Western Marxism and the Soviet Union. Leiden: Brill,
2007.
Avrich, Paul. Kronstadt 1921. Princeton, pp. 35-9
Getzler, Israel. Kronstadt 1917-1921: The Fate of a Soviet Democracy. Cambridge:
Cambridge University Press, 1983, the study of the base and of its soviet, by
Marx, Karl and others, in the series of the press.
"""

HANGING_ENTRIES = """\
References
Anweiler, O. (1974). The Soviets: The Russian Workers, Peasants, and Soldiers
     Councils, 1905-1921. New York: Pantheon Books, translated by Ruth Hein.
Ferro, M. (1980). October 1917: A Social History of the Russian Revolution.
     London: Routledge and Kegan Paul. Translated by Norman Stone from French.
Rabinowitch, A. (1976). The Bolsheviks Come to Power. New York: Norton.
1. Trotsky, L. (1932). The History of the Russian Revolution. London: Gollancz,
     translated by Max Eastman from the Russian.
2. Serge, V. (1930). Year One of the Russian Revolution. Paris: Librairie du
     Travail.
"""


def _paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


def test_entries_by_author_run_on_line_after_line_are_one_paragraph_each():
    ed = convert(read_text(WRAPPED + "\n" + AUTHOR_ENTRIES))
    assert _paragraphs(ed)[1:] == [
        "Anweiler, Oskar. The Soviets: The Russian Workers, Peasants, and Soldiers Councils, 1905-1921. New York: "
        "Pantheon Books, 1974, translated by Ruth Hein.",
        "Brinton, Maurice. The Bolsheviks and Workers' Control, 1917 to 1921: The State and Counter-Revolution. "
        "London: Solidarity, 1970. Reprinted by Black and Red.",
        "Carr, Edward Hallett. The Bolshevik Revolution, 1917-1923. London: Macmillan, 1950.",
        "van der Linden, Marcel. Western Marxism and the Soviet Union. Leiden: Brill, 2007.",
        # the entry ends short of the width, without its stop: the next opens an entry
        "Avrich, Paul. Kronstadt 1921. Princeton, pp. 35-9",
        # the near miss: a name opening a line after a line of full width that ends no entry goes on with it
        "Getzler, Israel. Kronstadt 1917-1921: The Fate of a Soviet Democracy. Cambridge: Cambridge University "
        "Press, 1983, the study of the base and of its soviet, by Marx, Karl and others, in the series of the press.",
    ]


def test_hanging_entries_of_a_layout_extraction_begin_at_the_list_s_column_their_lines_go_on_set_in():
    ed = convert(read_text(WRAPPED + "\n" + HANGING_ENTRIES))
    entries = _paragraphs(ed)[1:]
    assert [e.split(" (")[0] for e in entries] == ["Anweiler, O.", "Ferro, M.", "Rabinowitch, A.",
                                                   "1. Trotsky, L.", "2. Serge, V."]
    assert entries[1].endswith("London: Routledge and Kegan Paul. Translated by Norman Stone from French.")


def test_near_miss_prose_under_references_and_names_in_prose_stay_paragraphs():
    prose = ("References\n\nThe works cited here are those the author read in the library of the\n"
             "institute, and Carr, E. H. is the first of them; the others follow in the\n"
             "order of their years, as the reader will see from the list of them below.\n")
    ed = convert(read_text(WRAPPED + "\n" + prose))
    assert _paragraphs(ed)[1].startswith("The works cited here") and "Carr, E. H. is the first" in _paragraphs(ed)[1]
    # a name with its comma inside a paragraph of the body is no entry: no references heading above it
    body = WRAPPED.replace("a paper set by TeX", "Carr, E. H. set by TeX")
    ed = convert(read_text(body))
    assert len(_paragraphs(ed)) == 1


# -- A numbered heading under a page's lone number (issue 16) ---------------------------------

#: a paragraph of hard-wrapped lines, a page's worth of it
PAGE_LINES = ("The words of this paragraph run on from one line to the next as a printed page sets them, and\n"
              "the sentence goes on over the line's end into the next line of the page, as a book's would\n"
              "do when its lines are hard-wrapped by the extraction of the text from the document.\n\n")


@pytest.mark.parametrize("apart", [True, False])
def test_a_numbered_heading_under_a_page_s_lone_number_is_never_a_note_s_text(apart):
    # the page's foot: "2" alone, then "2.1 The second part" and its text (a blank line under the heading or
    # not): the section's, not note 2's, though the text calls a note 2 with a glued number
    section = "2.1 The second part\n" + ("\n" if apart else "") + "The text of the section goes on here, a sentence.\n"
    text = ("A Title\n\n" + PAGE_LINES + "The first paragraph calls a note in its middle.1 It goes on with more words\n"
            "and ends its sentence on this line.\n\n" + PAGE_LINES + "1\n\nThe note of the first page, a sentence.\n\f"
            + PAGE_LINES + "The second page opens with a sentence that calls a second note.2 More words\n"
            "follow here to the end of it.\n\n" + PAGE_LINES + "2\n\n" + section + "\f" + PAGE_LINES)
    ed = convert(read_text(text))
    assert [h for h, _ in headings(ed)] == ["2.1 The second part"]
    assert "The text of the section goes on here" in " ".join(plain(b.pieces) for b in ed.blocks)
    assert "2" not in [n.label for n in ed.notes if n.status != "missing-body"]


def test_a_note_at_a_page_s_foot_is_still_read_near_miss():
    text = ("A Title\n\n" + PAGE_LINES + "The first paragraph calls a note in its middle.1 It goes on with more words\n"
            "and ends its sentence on this line.\n\n" + PAGE_LINES + "1\n\n2.1 million people were counted then, "
            "the census says.\n\f" + PAGE_LINES)
    ed = convert(read_text(text))
    assert [n.label for n in ed.notes] == ["1"]  # "2.1 million people …" opens a note's sentence: no heading


def test_a_number_of_a_figure_s_axis_is_not_joined_as_a_section_s_number():
    from edition.witness.layout import Blk, join_section_numbers
    from edition.witness.reading import split_lines

    def blocks(*texts):
        lines = split_lines("\n\n".join(texts) + "\n")
        return [Blk([line], 1, 1) for line in lines if line.text]
    axis = join_section_numbers(blocks("1.0", "1.5", "Residuals of e"), {})
    assert [b.text for b in axis] == ["1.0", "1.5", "Residuals of e"]
    section = join_section_numbers(blocks("The sentence ends here.", "2.1", "New features"), {})  # near miss
    assert [b.text for b in section] == ["The sentence ends here.", "2.1 New features"]


# -- a paper's forms: numbered and sentence-case headings, the title over its byline, page numbers (pdf2) ------

PAPER_PROSE = (
    "The function in question can be implemented completely and correctly only with the knowledge and\n"
    "help of the application standing at the end points of the communication system, and so providing\n"
    "that function as a feature of the communication system itself is not possible in a general way.\n"
) + WRAPPED


def test_a_lone_numbered_heading_over_its_prose_is_a_heading_though_a_later_line_repeats_its_words():
    # "Functionality" alone further down (a figure's cell) makes no contents line of "2. Functionality"
    text = ("The Plan\n\n1. Introduction\n\n" + PAPER_PROSE + "\n2. Functionality\n\n" + PAPER_PROSE
            + "\nWhy?\n\nFunctionality\n\n" + PAPER_PROSE)
    ed = convert(read_text(text))
    assert ("2. Functionality", "2") in headings(ed)
    assert not [t for what, t in furniture(ed) if what == "table of contents"]


def test_near_miss_a_run_of_contents_lines_is_set_aside():
    # the contents' lines, then the headings they repeat (here unnumbered)
    text = ("The Plan\n\n1. Introduction\n\n2. Functionality\n\n" + "Introduction\n\n" + PAPER_PROSE
            + "\nFunctionality\n\n" + PAPER_PROSE)
    ed = convert(read_text(text))
    assert [t for what, t in furniture(ed) if what == "table of contents"] == ["1. Introduction", "2. Functionality"]


def _paper(head_a: str, head_b: str, byline: str = "J.H. Saltzer, D.P. Reed and D.D. Clark*") -> str:
    pages = [head_a + "\n\n" + byline + "\n\nM.I.T. Laboratory for Computer Science\n\n" + PAPER_PROSE]
    for n in range(2, 8):
        body = PAPER_PROSE.replace("The function", "the function")
        pages.append(f"{n}\n\n{head_a if n % 2 == 0 else head_b}\n\n" + body
                     + "\nJuly 1983\n")
    return "\f".join(pages)


def test_the_title_over_its_byline_is_the_title_though_later_pages_repeat_it_as_their_running_head():
    ed = convert(read_text(_paper("END-TO-END ARGUMENTS IN SYSTEM DESIGN", "SALTZER ET AL.")))
    found = report(ed)["found"]
    assert found["title"]["value"] == "END-TO-END ARGUMENTS IN SYSTEM DESIGN"
    assert found["author"]["value"] == "J.H. Saltzer, D.P. Reed and D.D. Clark*"
    heads = [t for what, t in furniture(ed) if what == "running head"]
    assert heads.count("END-TO-END ARGUMENTS IN SYSTEM DESIGN") == 3 and heads.count("SALTZER ET AL.") == 3
    assert not headings(ed)
    # the date every page's foot prints: the date, unsure
    assert found["date"]["value"] == "July 1983" and not found["date"]["sure"]


def test_near_miss_a_repeated_first_line_over_no_byline_stays_a_running_head():
    ed = convert(read_text(_paper("END-TO-END ARGUMENTS IN SYSTEM DESIGN", "SALTZER ET AL.",
                                  byline="The text begins here with a sentence of its own.")))
    heads = [t for what, t in furniture(ed) if what == "running head"]
    assert heads.count("END-TO-END ARGUMENTS IN SYSTEM DESIGN") == 4


def test_a_lone_page_number_over_references_out_of_the_sections_numbering_is_no_section_number():
    text = ("The Plan\n\n1. Introduction\n\n" + PAPER_PROSE + "\n2. Functionality\n\n" + PAPER_PROSE + "\f"
            + PAPER_PROSE.replace("The function", "the function") + "\n10\n\nReferences\n\n" + PAPER_PROSE)
    ed = convert(read_text(text))
    assert ("References", "2") in headings(ed) and ("10 References", "2") not in headings(ed)


def test_near_miss_a_section_number_that_follows_the_numbering_heads_its_section():
    text = ("The Plan\n\n1. Introduction\n\n" + PAPER_PROSE + "\n2\n\nFunctionality\n\n" + PAPER_PROSE)
    ed = convert(read_text(text))
    assert ("2 Functionality", "2") in headings(ed)


def test_a_title_centred_by_pdftotext_layout_is_the_title_its_compound_as_the_witness_writes_it():
    text = ("                        End-to-End Arguments in System Design\n\n"
            "                       J.H. Saltzer, D.P. Reed and D.D. Clark*\n"
            "                       M.I.T. Laboratory for Computer Science\n\n" + PAPER_PROSE + "\n" + PAPER_PROSE)
    found = report(convert(read_text(text)))["found"]
    assert found["title"]["value"] == "End-to-End Arguments in System Design"
    assert found["author"]["value"] == "J.H. Saltzer, D.P. Reed and D.D. Clark*"


def test_near_miss_a_paragraph_s_first_line_set_in_a_little_is_no_title():
    found = report(convert(read_text("   " + PAPER_PROSE + "\n" + PAPER_PROSE)))["found"]
    assert not found["title"]["sure"]


# -- short lines whose form is no heading's (a web page's copy) ------------------------------------------------

#: one line of prose to a paragraph, as a web page's copy gives it
WEB_PROSE = ("The argument of the pamphlet runs over many pages, and the author returns to it again and again, so "
             "that no reader can miss the point he makes about the party and its relation to the state.\n")


def web(*parts: str):
    return convert(read_text("Title of the Page\n\n" + WEB_PROSE + "\n" + "\n".join(parts)))


def names(ed) -> list[str]:
    return [text for text, _ in headings(ed)]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_form_s_fields_are_furniture_never_a_heading(between):
    ed = web(between.join(["E-mail Address", "Password", "Subscribe for Access", "Forgot password?"]) + "\n",
             WEB_PROSE)
    assert names(ed) == []
    assert [what for what, _ in furniture(ed)].count("form") == (1 if between == "\n" else 4)
    assert "Forgot password?" in " ".join(text for _, text in furniture(ed))


def test_near_miss_short_lines_with_one_form_word_are_no_form():
    # "Name" alone among a list's items: no form; the heading over the prose stays
    ed = web("Name\nPlace\nDate of birth\n", "The Party and the State\n", WEB_PROSE)
    assert "form" not in [what for what, _ in furniture(ed)]
    assert names(ed) == ["The Party and the State"]


def test_a_comment_s_head_is_furniture_and_its_buttons_no_heading():
    ed = web("Jane Roe • 2 weeks ago\n", WEB_PROSE, "Reply\nShare ›\n", "jdoe 3 days ago\n", WEB_PROSE)
    assert names(ed) == []
    assert [text for what, text in furniture(ed) if what == "comments"] == ["Jane Roe • 2 weeks ago",
                                                                          "jdoe 3 days ago"]


def test_near_miss_a_heading_naming_a_time_long_ago_stays():
    ed = web("Seventy Years Ago\n", WEB_PROSE, "Early Life\n", WEB_PROSE)
    assert names(ed) == ["Seventy Years Ago", "Early Life"]


def test_items_side_by_side_and_a_block_of_three_short_lines_are_no_heading():
    ed = web("Item One · Item Two · Item Three\n", WEB_PROSE, "Temporal range: Paleocene–Recent\n"
             "Kingdom: Animalia\nPhylum: Chordata\n", WEB_PROSE, "Moscow\nPetrograd\nKronstadt\n", WEB_PROSE)
    assert names(ed) == []
    assert "Kingdom: Animalia" in text_of(ed) and "Item One · Item Two" in text_of(ed)


def test_a_field_beside_another_is_no_heading_a_title_with_its_subtitle_alone_is_one():
    ed = web("Kingdom: Animalia\n", "Phylum: Chordata\n", WEB_PROSE, "Kronstadt: The Last Stand\n", WEB_PROSE,
             "II. The Bureaucracy\n", WEB_PROSE)
    assert names(ed) == ["Kronstadt: The Last Stand", "II. The Bureaucracy"]


def test_near_miss_a_heading_wrapped_over_two_lines_stays_one():
    ed = web("The Party and\nthe State\n", WEB_PROSE)
    assert names(ed) == ["The Party and the State"]


# -- a heading in capitals recased: its numerals, its identifiers, its small capitals -----------------------------

@pytest.mark.parametrize(("caps", "cased"), [
    ("III. IMAGE DATA", "III. Image Data"),
    ("TITLE II: GENERAL PROVISIONS", "Title II: General Provisions"),
    ("PART IV THE CIVIL WAR", "Part IV the Civil War"),
    ("RIN 2120–AA64 OF THE AGENCY", "RIN 2120–AA64 of the Agency"),
    ("WHAT I DID", "What I Did"),  # the pronoun, a numeral's letter, stays a capital either way
    ("THE MIX OF TRADES", "The Mix of Trades"),  # "MIX": a word, no numeral of the heading's letters
])
def test_title_case_keeps_roman_numerals_and_identifiers(caps, cased):
    assert title_case(caps) == cased


@pytest.mark.parametrize(("caps", "cased"), [
    ("III. I MAGE D ATA", "III. Image Data"),
    ("T HE B UREAUCRACY", "The Bureaucracy"),
    ("A GAIN FOR LABOUR", "A Gain for Labour"),  # one split alone: a phrase, read as written
])
def test_small_capitals_split_letters_rejoined_only_in_words(caps, cased):
    edit = heading_edit(caps)
    assert edit is not None and plain(edit.pieces) == cased


def test_near_miss_split_letters_that_make_no_word_are_left_as_written():
    assert small_caps_joined("III. I MAGE D XQZ") == "III. I MAGE D XQZ"


def test_near_miss_a_menu_with_log_in_among_its_links_is_no_form():
    ed = web("Main page\nCurrent events\nRandom article\nCreate account\nLog in\nDonate\n", WEB_PROSE)
    assert "form" not in [what for what, _ in furniture(ed)]


def test_a_table_of_contents_under_its_heading_with_numbers_glued_and_a_section_the_copy_lost():
    ed = web("Contents\n1 History\n2 Design\n2.1Firmware\n2.2Software\n3 Reception\n", "History\n", WEB_PROSE,
             "Design\n", WEB_PROSE, "Firmware\n", WEB_PROSE, "Reception\n", WEB_PROSE)
    assert names(ed) == ["History", "Design", "Firmware", "Reception"]
    assert [what for what, _ in furniture(ed)] == ["table of contents"]


def test_near_miss_numbered_lines_under_contents_that_few_headings_repeat_stay_the_text():
    ed = web("Contents\n1 History\n2 Design\n3 Firmware\n4 Software\n", "History\n", WEB_PROSE)
    assert "table of contents" not in [what for what, _ in furniture(ed)]
    assert "2 Design" in text_of(ed) or "2 Design" in " ".join(text for _, text in headings(ed))


def test_a_letter_s_addressee_and_its_signature_under_the_closing_are_no_headings():
    ed = web("To Comrade Smith\n", WEB_PROSE, "Yours, N.\n", "V. Ulyanov (Lenin)\n", WEB_PROSE)
    assert names(ed) == []
    assert "To Comrade Smith" in text_of(ed) and "V. Ulyanov (Lenin)" in text_of(ed)


def test_near_miss_an_appeal_s_title_and_a_heading_after_a_closing_stay_headings():
    ed = web("To the Workers of All Countries\n", WEB_PROSE, "Yours, N.\n", "The Party and the State\n", WEB_PROSE)
    assert names(ed) == ["To the Workers of All Countries", "The Party and the State"]


def test_near_miss_notes_under_a_letter_s_closing_and_signature_stay_a_heading():
    ed = web("Yours\nJ. S.\n", "Notes\n", WEB_PROSE)
    assert names(ed) == ["Notes"]


def test_a_reference_s_title_under_its_authors_line_is_no_heading():
    ed = web("References\n", "Smith, J. and Roe, A.\n", "A Study of Things\n", "Journal of Stuff, 1990.\n",
             "van der Linden, M. H.\n", "More About Things\n", "Press, 1991.\n")
    assert names(ed) == ["References"]
    assert "A Study of Things" in text_of(ed) and "More About Things" in text_of(ed)


def test_near_miss_a_heading_under_a_line_of_places_stays():
    ed = web("Moscow, Petrograd\n", "The Party and the State\n", WEB_PROSE)
    assert "The Party and the State" in names(ed)  # places, no initials: no authors' line above it


def test_a_one_word_heading_in_capitals_that_the_prose_names_in_capitals_keeps_them():
    text = WEB_PROSE.replace("the party", "the PLATINUM tool")
    ed = convert(read_text("Title of the Page\n\n" + text + "\nPLATINUM\n\n" + WEB_PROSE + "\nHISTORY\n\n" + WEB_PROSE))
    assert names(ed) == ["PLATINUM", "History"]  # near miss: "HISTORY", named nowhere else, is recased
    assert heading_edit("PLATINUM", "PLATINUM\n") is not None  # its own line alone is no prose


# -- a PDF's numbered headings: an unnumbered short line among them is a figure's label ----------------------------

def pdf_paper(*middle: str):
    return convert(read_text("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n" + "\n".join(middle)
                             + "\n2 Related Work\n\n" + WRAPPED + "\nReferences\n\n" + WRAPPED))


def test_an_unnumbered_short_line_in_a_numbered_pdf_text_is_a_figure_s_label_no_heading():
    ed = pdf_paper("Florida\n", "Georgia\n", WRAPPED, "Gamma\nx0\n", WRAPPED)
    assert names(ed) == ["1 Introduction", "2 Related Work", "References"]
    assert "Florida" in text_of(ed) and "Georgia" in text_of(ed)


def test_near_miss_matter_and_long_unnumbered_headings_stay_and_a_text_without_numbers_keeps_its_own():
    ed = pdf_paper("Acknowledgements\n", WRAPPED, "The Party and the State\n", WRAPPED)
    assert names(ed) == ["1 Introduction", "Acknowledgements", "The Party and the State", "2 Related Work",
                         "References"]
    ed = convert(read_text("A Paper on Things\n\nIntroduction\n\n" + WRAPPED + "\nFlorida\n\n" + WRAPPED))
    assert "Florida" in names(ed)


# -- a section's number alone over its title, where it reads as a page's number -----------------------------------

def numbered_paper(middle: str, below: str = "4 Method"):
    return convert(read_text("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n2 Related Work\n\n" + WRAPPED
                             + middle + WRAPPED + "\n" + below + "\n\n" + WRAPPED + "\nReferences\n\n" + WRAPPED))


@pytest.mark.parametrize("middle", ["\f3\n\nPreliminaries\n\n", "\n3\n\n\nPreliminaries\n\n",
                                    "\n3\n\nPreliminaries\n\n"])
def test_a_section_s_number_over_its_title_at_a_page_s_top_is_the_section_s_heading_at_its_siblings_level(middle):
    ed = numbered_paper(middle)
    assert headings(ed) == [("1 Introduction", "2"), ("2 Related Work", "2"), ("3 Preliminaries", "2"),
                            ("4 Method", "2"), ("References", "2")]
    assert "page number" not in str(ed.apparatus)


@pytest.mark.parametrize("middle, below", [("\f3\n\nPreliminaries\n\n", "3 Method"),  # the next section is 3
                                           ("\f5\n\nPreliminaries\n\n", "4 Method")])  # 5 skips a section
def test_near_miss_a_number_out_of_the_sections_sequence_stays_a_page_s_number(middle, below):
    ed = numbered_paper(middle, below)
    assert "3 Preliminaries" not in names(ed) and "5 Preliminaries" not in names(ed)
    assert "page number" in str(ed.apparatus)


# -- an acronym in a heading in capitals that the prose prints in capitals too keeps them --------------------------

ACRONYM_PROSE = ("The act puts the WIPO treaties into the law of the land, and the NATO pact and the UNESCO charter\n"
                 "are named in it too, with the OPEC members and the ASEAN states that signed it last year.\n")


@pytest.mark.parametrize(("caps", "cased"), [
    ("WIPO TREATIES IMPLEMENTATION ACT", "WIPO Treaties Implementation Act"),
    ("NATO AND THE WEST", "NATO and the West"),
    ("UNESCO WORLD HERITAGE", "UNESCO World Heritage"),
    ("OPEC OIL PRICES", "OPEC Oil Prices"),
    ("ASEAN TRADE POLICY", "ASEAN Trade Policy"),
])
def test_an_acronym_the_prose_prints_in_capitals_stays_in_capitals_in_a_recased_heading(caps, cased):
    edit = heading_edit(caps, "Title\n\n" + ACRONYM_PROSE + "\n" + caps + "\n")
    assert edit is not None and plain(edit.pieces) == cased


def test_near_miss_a_name_in_capitals_only_in_headings_is_recased_and_an_acronym_alone_too():
    # "GAVIN" in capitals in a heading in mixed case only: no prose, a name recased with its neighbour
    source = "Title\n\n" + ACRONYM_PROSE + "\nDr. GAVIN Wood Answers\n\nAN INTERVIEW WITH GAVIN WOOD\n"
    assert plain(heading_edit("AN INTERVIEW WITH GAVIN WOOD", source).pieces) == "An Interview with Gavin Wood"
    # the prose without the acronym in capitals ("the wipo treaties"), or with a frequent word in them ("NOT")
    lower = ACRONYM_PROSE.replace("WIPO", "wipo") + "It is NOT a treaty of the kind we have seen before.\n"
    assert plain(heading_edit("WIPO TREATIES IMPLEMENTATION ACT", lower).pieces) == "Wipo Treaties Implementation Act"
    assert plain(heading_edit("NOT A TREATY", lower).pieces) == "Not a Treaty"
    # a phrase in capitals in the prose ("the PROJECT GUTENBERG-tm concept"): no acronym of its own
    phrase = ACRONYM_PROSE + "We protect the PROJECT WIPO-tm concept and its mark in all the lands we know.\n"
    assert plain(heading_edit("THE FULL PROJECT WIPO LICENSE", phrase.replace("the WIPO", "the")).pieces) \
        == "The Full Project Wipo License"


def test_an_acronym_kept_in_a_converted_heading_in_capitals():
    ed = convert(read_text("Title of the Page\n\n" + WEB_PROSE + ACRONYM_PROSE
                           + "\nWIPO TREATIES IMPLEMENTATION ACT\n\n"
                           + WEB_PROSE + "\nAN INTERVIEW WITH GAVIN WOOD\n\n" + WEB_PROSE))
    assert names(ed) == ["WIPO Treaties Implementation Act", "An Interview with Gavin Wood"]


def test_capitals_in_prose_found_at_a_line_s_either_end_and_in_any_script():
    """The words in capitals of the prose are found in one pass over the text (speed: once a text, not once a
    line): at the text's first character, at a line's start and end, never beside another word in capitals."""
    from edition.witness.inline import capitals_in_prose, named_in_prose

    text = ("NATO and the pact of the west\n"
            "it was signed by the WIPO\n"
            "GAVIN WOOD and the rest of us\n"
            "СССР и весь мир\n"
            "ALONE\n")
    assert capitals_in_prose("NATO WIPO GAVIN WOOD TREATY", text) == {"NATO", "WIPO"}
    assert named_in_prose("СССР", text) and named_in_prose("GAVIN", text)
    assert not named_in_prose("ALONE", text)  # a line in capitals only: no line of prose


# -- A short line that ends the sentence above it is no heading (judge5, S1-H) -----------------------------

#: a page of a paper: a sentence whose last word, an acronym in capitals with its stop, the extraction sets
#: on a line of its own, then the next sentence
SENTENCE_END_LINE = (
    "A Survey of Savings\n\n"
    + WRAPPED
    + "We use the answers to the quiz of the survey in 2007 because the crisis might have changed\n"
    "the knowledge of the households. The survey was run in the early summer of 2007, before the\n"
    "crisis began. In that year the respondents answered the questions for the first time in\n"
    "{last}\n"
    "Finally, we define two measures of the knowledge of the households. We construct an index\n"
    "taking the values 0 to 3 by the number of correct answers that each respondent gave us.\n"
)


@pytest.mark.parametrize("last", ["SAVE.", "THE PANEL.", "GERMANY.", "EU-SILC."])
def test_a_line_that_ends_the_sentence_above_it_is_no_heading_and_keeps_its_case(last):
    ed = convert(read_text(SENTENCE_END_LINE.format(last=last)))
    assert headings(ed) == []
    assert f"for the first time in {last} Finally, we define" in text_of(ed)
    assert not [e for e in ed.apparatus if e.kind == "heading"]  # never recased


@pytest.mark.parametrize("heading", ["SAVINGS AND LOSSES", "3 DATA"])
def test_a_heading_in_capitals_under_a_sentence_in_progress_is_still_one_without_a_stop(heading):
    # the near miss: a line in capitals with no stop, or numbered, under the same line, is a heading
    ed = convert(read_text(SENTENCE_END_LINE.format(last=heading)))
    assert headings(ed) == [(title_case(heading), "2")]


def test_a_heading_with_a_stop_under_a_line_that_ends_its_sentence_is_still_one():
    # the near miss: "PREFACE." under a sentence that ends with its stop: no sentence goes on into it
    text = SENTENCE_END_LINE.replace("for the first time in\n{last}\n", "for the first time.\n{last}\n")
    ed = convert(read_text(text.format(last="PREFACE.")))
    assert len(headings(ed)) == 1 and headings(ed)[0][0].rstrip(".").lower() == "preface"
