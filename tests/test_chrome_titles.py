"""Lines of a page's chrome, or of a journal's masthead, are never sure titles; a byline among a menu's links is
never a sure author; a title page's imprint dates the text before an e-book's release date
(``edition.convert``: :func:`home_link_line`, :func:`site_notice`, :func:`masthead_citation`,
:func:`imprint_year`, the title's, the author's and the date's decisions).

Every text is of our own making, with the form of the pages it stands for: a site's logo link ("NAME - Back to
home") under a skip link, a privacy notice's heading over the notice, a journal's citation of its issue over the
article, a show's name that begins "By" in a menu, a title page's "Published by …" over its year. The near misses
(a title that speaks of home, a heading over prose that speaks of privacy, a title with a year in brackets, a
byline standing alone, a year alone with no publisher above it) keep their readings.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.convert import convert, home_link_line, imprint_year, masthead_citation, report, site_notice
from edition.witness.reading import read_text

PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def found(source: str) -> dict:
    return report(convert(read_text(textwrap.dedent(source).lstrip("\n"))))["found"]


# -- the forms, one by one --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["The Daily Ledger - Back to home", "Ledger | Return to the homepage",
                                  "The Ledger – Go to home page"])
def test_a_site_s_name_and_its_home_link_is_a_home_link(line: str) -> None:
    assert home_link_line(line)


@pytest.mark.parametrize("line", ["Coming Home - Back to the Land", "Back to Home: a memoir of the strike",
                                  "Home", "The miners went back to their homes - a report from the pits"])
def test_a_title_that_speaks_of_home_is_no_home_link(line: str) -> None:
    assert not home_link_line(line)


@pytest.mark.parametrize("line", ["Journal of Mining Studies 58 (2010) 457–474",
                                  "Review of Labour, Vol. 12, No. 3 (1999), pp. 45-67",
                                  "Science and Labour 63(2) (1999) 1-20"])
def test_a_journal_s_citation_of_its_issue_is_a_masthead(line: str) -> None:
    assert masthead_citation(line)


@pytest.mark.parametrize("line", ["Lenin (1870–1924)", "Essays on the Strike 12 (1990)",
                                  "The Revolution of 1905 (1917)", "The Miners Vote Against the Motion"])
def test_a_title_with_a_year_in_brackets_is_no_masthead(line: str) -> None:
    assert not masthead_citation(line)


@pytest.mark.parametrize("text", ["Your privacy is important to us. We have updated our privacy policy. Read it here",
                                  "We value your privacy", "This site uses cookies to improve your visit."])
def test_a_site_s_notice_to_its_reader_is_a_notice(text: str) -> None:
    assert site_notice(text)


@pytest.mark.parametrize("text", ["Privacy is important to the union, the delegates said, and they voted for it.",
                                  "Your letters are important to us, the editors wrote in the spring of 1921."])
def test_prose_that_speaks_of_privacy_is_no_notice(text: str) -> None:
    assert not site_notice(text)


# -- the decisions ------------------------------------------------------------------------------------

def test_a_logo_link_under_a_skip_link_is_no_sure_title() -> None:
    title = found("Skip to main content\n\nThe Daily Ledger - Back to home\n\nSupport the Ledger\n\n" + PROSE)["title"]
    assert title["value"] == "The Daily Ledger - Back to home"
    assert title["sure"] is False
    assert "home page" in title["how"]


def test_a_title_that_speaks_of_home_under_a_skip_link_stays_sure() -> None:
    title = found("Skip to main content\n\nComing Home - Back to the Land\n\n" + PROSE)["title"]
    assert (title["value"], title["sure"]) == ("Coming Home - Back to the Land", True)


def test_a_privacy_notice_s_heading_is_no_sure_title() -> None:
    title = found("X\n\nNotice\n\nYour privacy is important to us. We have updated our privacy policy to explain "
                  "how we use data on this site. Read it here\n\n" + PROSE)["title"]
    assert title["value"] == "Notice"
    assert title["sure"] is False
    assert "privacy policy" in title["how"]


def test_a_heading_over_prose_that_speaks_of_privacy_stays_sure() -> None:
    title = found("X\n\nThe Miners Vote\n\nPrivacy is important to the union, the delegates said, and they voted "
                  "for it in the spring.\n\n" + PROSE)["title"]
    assert (title["value"], title["sure"]) == ("The Miners Vote", True)


def test_a_journal_s_masthead_citation_is_no_sure_title() -> None:
    title = found("Journal of Mining Studies 58 (2010) 457–474\n\nThe Output of the Pits\n\n" + PROSE)["title"]
    assert title["sure"] is False
    assert "masthead citation" in title["how"]


def test_a_title_with_its_years_in_brackets_stays_sure() -> None:
    title = found("Lenin (1870–1924)\n\n" + PROSE)["title"]
    assert (title["value"], title["sure"]) == ("Lenin (1870–1924)", True)


MENU = """\
Sputter Radio

Home
World
Radio

Morning Show
By Any Means Possible
Double Down
Loud and Clear
Fault Lines

The Miners Vote Against the Motion

"""


def test_a_byline_among_a_menu_s_links_is_no_sure_author() -> None:
    author = found(MENU + PROSE)["author"]
    assert (author["value"], author["sure"]) == ("Any Means Possible", False)
    assert "menu" in author["how"]


def test_a_byline_standing_alone_under_the_headline_stays_sure() -> None:
    author = found("The Miners Vote Against the Motion\n\nBy Ann Lee\n\n" + PROSE)["author"]
    assert (author["value"], author["sure"]) == ("Ann Lee", True)


EBOOK = """\
The Project Gutenberg EBook of The Pits, by Ann Lee

Title: The Pits

Author: Ann Lee

Release Date: May 29, 2011 [EBook #36262]

*** START OF THIS PROJECT GUTENBERG EBOOK THE PITS ***

THE PITS

By Ann Lee.

{imprint}

"""


def test_a_title_page_s_imprint_year_dates_the_text_before_the_release_date() -> None:
    date = found(EBOOK.format(imprint="London: Miners' Publishing Company\n\n63, Fleet Street\n\n1884") + PROSE)["date"]
    assert (date["value"], date["sure"]) == ("1884", False)
    assert "imprint" in date["how"]


def test_a_year_alone_with_no_publisher_above_it_leaves_the_release_date() -> None:
    date = found(EBOOK.format(imprint="A Chronology of the Strike\n\n1884") + PROSE)["date"]
    assert (date["value"], date["sure"]) == ("May 29, 2011", False)
    assert "the copy's date" in date["how"]


def test_imprint_year_needs_the_publisher_close_above() -> None:
    lines = read_text("Published by the Labor News Co.\nNew York\n1908\n").lines
    assert imprint_year(lines) == ("1908", 3)
    far = read_text("Published by the Labor News Co.\nOne\nTwo\nThree\n1908\n").lines
    assert imprint_year(far) is None
    sentence = read_text("The book was published by the Labor News Co. in New York.\n1908\n").lines
    assert imprint_year(sentence) is None


# -- a wiki's notes lettered "[a]", "[b]", with a line over its citations --------------------------------

WIKI_LETTERED = """\
Ruritania

Ruritania is a small country in central Europe.[1] Its name is old.[a] It has many rivers.[2]

History[edit]

The kingdom was founded in 1200.[3] Each array x[n] of the kings is numbered.[b][1]

Notes[edit]

^ The name comes from the river.
^ The kings are numbered from the first, as the chronicle says.

References[edit]

This article incorporates material from an old chronicle, which is in the public domain.

^ a b Smith, John (2001). A History. London: Press. p. 4.
^ Jones 1999, p. 12.
^ Brown 2003.

External links[edit]

Official site of the kingdom
"""


def wiki_edition(source: str):
    return convert(read_text(source))


def test_a_wiki_s_lettered_notes_and_its_citations_under_a_line_are_notes() -> None:
    ed = wiki_edition(WIKI_LETTERED)
    labels = {n.label: n.status for n in ed.notes}
    assert labels == {"a": "ok", "b": "ok", "1": "ok", "2": "ok", "3": "ok"}
    notes = report(ed)["notes"]
    assert notes["missing_bodies"] == [] and notes["orphan_bodies"] == []
    from edition.writers.myst import render
    myst = render(ed)
    # the line over the citations stays the text's; a letter past the group's ("x[n]") is no marker
    assert "This article incorporates material from an old chronicle" in myst
    assert "[^n]" not in myst and "old.[^a]" in myst


def test_lettered_markers_without_their_list_are_no_notes() -> None:
    # the near miss: the Notes list lost one body: the letters are no group's, the lists stay as they are
    ed = wiki_edition(WIKI_LETTERED.replace("^ The kings are numbered from the first, as the chronicle says.\n", ""))
    assert not [n for n in ed.notes if n.label in ("a", "b") and n.status == "ok"]


def test_a_contents_line_naming_a_heading_between_the_caret_lists_stays_set_aside() -> None:
    toc = "Contents\n\n1 History\n2 Notes\n3 References\n4 External links\n\n"
    source = WIKI_LETTERED.replace("History[edit]", toc + "History[edit]", 1)
    ed = wiki_edition(source)
    from edition.writers.myst import render
    body = render(ed).split("## Apparatus")[0]
    assert "3 References" not in body and "2 Notes" not in body
    assert {n.label for n in ed.notes if n.status == "ok"} == {"a", "b", "1", "2", "3"}
