"""The title, the author and the date of a web page copied whole ("select all, copy"), told from its chrome by
form (``edition.witness.layout``: :func:`skip_links`, :func:`_repeated_title`, :func:`_repeated_headline`,
:func:`_rubric_above_title`, :func:`credited_caption`; ``edition.witness.furniture``: :func:`news_byline`,
:func:`region_label`; ``edition.convert``: the byline left in the body).

Every text here is of our own making, each rule with the near miss that must not fire. No site is named in
any rule: a site's name is a short line above a headline the page gives twice, skip links are short lines at
the very top that label the page's regions, a byline is "By NAME" with its date, its handle, its page.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.convert import convert, report
from edition.witness.furniture import byline, news_byline, region_label
from edition.witness.layout import credited_caption
from edition.witness.reading import read_text
from edition.writers.myst import render

#: two paragraphs of prose, to stand for an article's text
PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def conv(source: str):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")))


def lines(*items: str) -> str:
    """Blocks of one line each, a blank line between them, as a web page's lines are copied."""
    return "\n\n".join(items) + "\n\n"


def found(ed) -> dict:
    return report(ed)["found"]


def furniture_kinds(ed) -> dict[str, str]:
    """Each line set aside at the top, with its kind (the reason's first words are the kind's)."""
    return {d.value: d.how for d in ed.decisions if d.what == "furniture"}


# -- bylines of news sites: the name and the date read out of the line -----------------------------------

@pytest.mark.parametrize(("line", "name", "date"), [
    ("By Jane Roe March 18 at 12:22 PM    Follow @janeroe", "Jane Roe", "March 18"),
    ("By Jane Q. Roe@janeroe Dec 10, 2016, 10:20am EST", "Jane Q. Roe", "Dec 10, 2016"),
    ("By Paul O'Example | March 3, 2006 | Page 9", "Paul O'Example", "March 3, 2006"),
    ("By Jane Roe, Follow @janeroe March 3, 2006", None, None),
    ("By Jane Roe | 12 June 2015 | 10:41", "Jane Roe", "12 June 2015"),
    ("By Jane Roe@janeroeDec 10, 2016, 10:20am EST", "Jane Roe", "Dec 10, 2016"),  # the copy lost a space
    ("By Jane Roe and John Doe Dec 10, 2016 Follow @roe", "Jane Roe and John Doe", "Dec 10, 2016"),
])
def test_a_news_byline_gives_its_name_and_its_date(line, name, date):
    assert news_byline(line) == ((name, date) if name else None)


@pytest.mark.parametrize("line", [
    "By Train | By Bus | By Car",  # a menu of ways to come, no date: no byline
    "By Jane Roe March 18 the troops had left",  # a sentence goes on after the date
    "By the time we came it was March 18",  # no name: a sentence
    "By Jane Roe jane@example.org March 3, 2006",  # an address is no handle
    "By March 18 at noon",  # a date and no name
    "By Jane Roe | News | Opinion",  # a name and the site's rubrics, no date
    "By Jane Roe March 18.",  # a sentence's stop
])
def test_a_near_miss_is_no_news_byline(line):
    assert news_byline(line) is None


def test_a_plain_byline_is_still_read_as_before():
    assert byline("By Jane Roe") == ("Jane Roe", "")
    assert byline("by Jane Roe | March 27, 2001") == ("Jane Roe", "March 27, 2001")


def test_a_byline_with_bars_under_the_title_is_no_navigation_bar_and_the_title_no_masthead():
    ed = conv(lines("Skip to main content", "The Weekly Example", "Home | News | Opinion | Features | Archive",
                    "The Case for a Shorter Working Week", "By Jane Q. Roe | March 3, 2006 | Page 9") + PROSE
              + "\nShare | Tweet | Email\n")
    f = found(ed)
    assert f["title"]["value"] == "The Case for a Shorter Working Week"
    assert (f["author"]["value"], f["date"]["value"]) == ("Jane Q. Roe", "March 3, 2006")
    assert f["author"]["how"] == "the byline"
    kinds = furniture_kinds(ed)
    assert "The Case for a Shorter Working Week" not in kinds
    assert not any(v.startswith("By Jane") for v in kinds)


def test_a_menu_under_the_byline_makes_no_masthead_of_the_title():
    # the share bar under the byline is a menu; the title above the byline is still the title
    ed = conv(lines("The Case for a Shorter Working Week", "By Jane Roe | March 3, 2006 | Page 9",
                    "Share | Tweet | Email") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "The Case for a Shorter Working Week"
    assert f["author"]["value"] == "Jane Roe"


def test_a_byline_under_a_picture_and_the_share_bar_gives_the_author_and_the_date_and_stays_in_the_text():
    ed = conv(lines("The Long Strike at the Docks", "Share on Facebook", "Share on Twitter",
                    "Dockers on the picket line on the first morning. (A. Photographer/Agency)",
                    "By Jane Roe March 18 at 12:22 PM    Follow @janeroe") + PROSE)
    f = found(ed)
    assert f["author"]["value"] == "Jane Roe"
    assert f["author"]["how"].startswith("a byline at the top of the body")
    assert f["date"]["value"] == "March 18"
    assert "gives no year" in f["date"]["how"] and not f["date"]["sure"]
    assert "By Jane Roe March 18 at 12:22 PM" in render(ed)  # the line itself is kept


def test_a_capitals_byline_and_the_date_line_under_it_in_the_body_are_read():
    ed = conv(lines("The Long Strike at the Docks",
                    "The dockers have held out for six weeks, and the employers have not yet offered to talk.",
                    "Dockers on the picket line. | A. Photographer/Agency", "By JANE ROE",
                    "12/30/2019 05:03 AM EST") + PROSE)
    f = found(ed)
    assert f["author"]["value"] == "JANE ROE"
    assert (f["date"]["value"], f["date"]["line"]) == ("12/30/2019 05:03 AM EST", 9)


def test_a_byline_after_the_text_has_begun_names_nobody():
    # "By Jane Roe …" as the third paragraph of the text: a quotation's or a section's, not the page's byline
    ed = conv(lines("The Long Strike at the Docks") + PROSE + "\n"
              + lines("By Jane Roe March 18 at 12:22 PM") + PROSE)
    assert found(ed)["author"]["value"] == ""


# -- the title among the site's links: a picture's caption between it and the byline ----------------------

def test_the_title_above_a_caption_and_the_byline_is_no_link_list():
    menu = ["Politics", "Congress", "White House", "Campaign", "Elections", "Log In"]
    ed = conv(lines(*menu, "Who Is Winning the Suburbs This Spring",
                    "Rep. Jane Roe. | A. Photographer/Agency", "By Samuel Lee Park", "03/12/2018 05:10 AM EDT")
              + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "Who Is Winning the Suburbs This Spring"
    assert "Who Is Winning the Suburbs This Spring" not in furniture_kinds(ed)
    assert f["author"]["value"] == "Samuel Lee Park"
    assert f["date"]["value"] == "03/12/2018 05:10 AM EDT"


@pytest.mark.parametrize(("text", "credited"), [
    ("Rep. Jane Roe. | A. Photographer/Agency", True),
    ("Dockers on the picket line on the first morning. (A. Photographer/Agency)", True),
    ("Who Is Winning the Suburbs", False),
    ("Home | News | Opinion", False),
    ("The strike (1926)", False),
])
def test_a_credited_caption_by_its_form(text, credited):
    assert credited_caption(text) is credited


# -- the site's name above the headline the page gives twice ----------------------------------------------

def test_the_headline_given_twice_is_the_title_not_the_site_name_above_it():
    ed = conv(lines("Sections", "The Daily Example", "Where do the talks go after the vote?", "Sign In",
                    "Middle East", "Where do the talks go after the vote?", "Share on Facebook",
                    "By Jane Roe March 18 at 12:22 PM") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "Where do the talks go after the vote?"
    assert not f["title"]["sure"]  # the site's name was a competitor
    assert "twice" in f["title"]["how"] and "The Daily Example" in f["title"]["how"]
    kinds = furniture_kinds(ed)
    assert kinds["The Daily Example"].startswith("a short line above the headline that the top of the page")
    assert f["author"]["value"] == "Jane Roe"


def test_the_headline_given_twice_among_the_links_that_run_to_the_byline():
    menu = ["Politics", "Opinions", "Local", "Sports", "National", "World", "Business", "Sections"]
    share = ["Share on Facebook", "Share on Twitter", "Share via Email", "Print Article", "Comments"]
    ed = conv(lines(*menu, "The Daily Example", "Attack stokes fears in the north", "Sign In", "Middle East",
                    "Attack stokes fears in the north", *share, "By Jane Roe March 18 at 3:57 PM") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "Attack stokes fears in the north"
    assert not f["title"]["sure"]
    assert f["author"]["value"] == "Jane Roe"


def test_a_line_given_once_leaves_the_first_line_the_title():
    # near miss: nothing repeated, the short first line stays the title (as before)
    ed = conv(lines("The Daily Example", "Where do the talks go after the vote?", "Sign In") + PROSE)
    assert found(ed)["title"]["value"] == "The Daily Example"


def test_a_repeated_short_line_is_no_headline():
    # near miss: "Home News" twice is a menu's, too short for a headline
    ed = conv(lines("The Daily Example", "Home News", "Sign In", "Home News") + PROSE)
    assert found(ed)["title"]["value"] != "Home News"


# -- skip links: short lines at the very top, each a region's label, in any language ---------------------

@pytest.mark.parametrize(("text", "label"), [
    ("Inhalt", True), ("Weitere Inhalte", True), ("Metanavigation", True), ("Suche", True),
    ("Skip to main content", True), ("Aller au contenu", True),
    ("Die Stadt benennt Straßen um", False), ("Contents.", False), ("Navigation Acts of 1651 and after", False),
])
def test_a_region_label_by_its_words_and_its_length(text, label):
    assert region_label(text) is label


def test_skip_links_are_never_the_title_nor_the_author():
    ed = conv(lines("Inhalt", "Navigation", "Weitere Inhalte", "Metanavigation", "Suche", "Rundfunk Beispiel",
                    "Startseite | Politik | Kultur | Wissen", "Die Stadt benennt ihre Straßen um")
              + "Die Hauptstadt hat ein Projekt begonnen, das an ihre Rolle im Kolonialismus erinnern soll, und "
                "manche Anwohner sind darüber nicht glücklich.\n\nDie Straßen, die noch heute nach den Führern "
                "der Expansion benannt sind, sollen neue Namen bekommen.\n")
    f = found(ed)
    assert f["title"]["value"] == "Die Stadt benennt ihre Straßen um"
    assert f["author"]["value"] == ""
    kinds = furniture_kinds(ed)
    assert all(kinds[label].startswith("a run of short lines at the very top of the page")
               for label in ("Inhalt", "Weitere Inhalte", "Metanavigation", "Suche"))


def test_skip_links_under_a_cookie_notice():
    ed = conv(lines("We use cookies to improve our service for you. You can find more information in our "
                    "data protection declaration.", "More info OK", "Contenu", "Navigation", "Recherche",
                    "Le Quotidien Exemple", "Accueil | Politique | Culture", "La ville rebaptise ses rues")
              + "La capitale a lancé un projet qui doit rappeler son rôle dans la colonisation, et certains "
                "habitants ne sont pas contents.\n\nLes rues qui portent encore les noms des chefs de "
                "l'expansion recevront de nouveaux noms.\n")
    f = found(ed)
    assert f["title"]["value"] == "La ville rebaptise ses rues"
    assert f["author"]["value"] == ""


def test_two_region_words_at_the_top_are_no_skip_links_without_a_call_to_skip():
    # near miss: "Menu" and "Search" alone are a site's buttons (calls to action), not its skip links
    ed = conv("Menu\nSearch\n\n" + lines("The Question Today", "By Jane Roe") + PROSE)
    kinds = furniture_kinds(ed)
    assert not any("region" in how for how in kinds.values())
    assert found(ed)["title"]["value"] == "The Question Today"


def test_a_title_with_a_region_word_in_the_text_is_no_skip_link():
    # near miss: one such line, the title, above its byline
    ed = conv(lines("The Search for a New Programme", "By Jane Roe") + PROSE)
    assert found(ed)["title"]["value"] == "The Search for a New Programme"


# -- a rubric above the title and its byline ----------------------------------------------------------------

def test_a_rubric_above_a_title_with_its_byline_is_no_title():
    ed = conv(lines("Menu", "Culture", "The Year the Internet Argued About a Dress",
                    "By Jane Q. Roe@janeroe Dec 10, 2016, 10:20am EST") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "The Year the Internet Argued About a Dress"
    assert (f["author"]["value"], f["date"]["value"]) == ("Jane Q. Roe", "Dec 10, 2016")
    assert any(d.what == "rubric" and d.value == "Culture" for d in ed.decisions)


def test_a_short_title_with_its_byline_is_no_rubric():
    # near miss: the short line has the byline under it: it is the title
    ed = conv(lines("Culture", "By Jane Roe", "Dec 10, 2016") + PROSE)
    assert found(ed)["title"]["value"] == "Culture"


# -- the site's links under the skip links, past a notice among them ----------------------------------------

MENU = ["Politik", "Kultur", "Wissen", "Sport", "Wirtschaft", "Reisen", "Technik", "Umwelt", "Gesundheit"]
LANGUAGES = ["Albanian Shqip", "Amharic Amarigna", "Bengali Bangla", "Bosnian Bosanski", "Croatian Hrvatski",
             "Dari Dari", "Greek Ellinika", "Hausa Hausa", "Hindi Hindi"]
ARTICLE = ("Die Hauptstadt hat ein Projekt begonnen, das an ihre Rolle im Kolonialismus erinnern soll, und manche "
           "Anwohner sind darüber nicht glücklich.\n\nDie Straßen, die noch heute nach den Führern der Expansion "
           "benannt sind, sollen neue Namen bekommen.\n")


def test_the_links_under_skip_links_and_past_a_notice_among_them_leave_the_title_unsure():
    ed = conv(lines("Inhalt", "Navigation", "Suche", "Choose from 30 Languages", *LANGUAGES,
                    "Wrong language? Change it here, the site has chosen English for you.", *MENU,
                    "Die Stadt benennt ihre Straßen um") + ARTICLE)
    f = found(ed)
    assert f["title"]["value"] == "Die Stadt benennt ihre Straßen um"
    assert not f["title"]["sure"] and "a guess" in f["title"]["how"]
    assert f["author"]["value"] == ""
    assert furniture_kinds(ed)["Wrong language? Change it here, the site has chosen English for you."].startswith(
        "a short notice of one line amid the site's menus")


def test_a_byline_amid_the_links_is_no_notice_to_pass_over():
    # near miss: a line with a date among the links (the article's byline in a form not read) stops the links
    ed = conv(lines(*MENU, "// By Jane Roe • Nov 11, 2020.", *MENU[:8], "Die Stadt benennt ihre Straßen um")
              + ARTICLE)
    assert not any(how.startswith("a short notice of one line") for how in furniture_kinds(ed).values())
