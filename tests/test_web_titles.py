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
from edition.witness.furniture import byline, comment_count, news_byline, news_dateline, region_label
from edition.witness.layout import credited_caption
from edition.witness.reading import read_text
from edition.writers.myst import render
from pieces import WRAPPED, plain

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


def paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


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


# -- the headline over its byline, under the site's name, its menus, its section and the date ------------------

HEADLINE = "The Miners Reject the Committee Plan"


@pytest.mark.parametrize("top", [
    # the site's name alone on line 1, its menu, then its section and the date in one run of lines
    ["The Daily Ledger", "Menu\nPolitics\nCulture\nSubscribe", "Politics\nNov 22, 2014"],
    # each line a block of its own
    ["The Daily Ledger", "Politics", "Nov 22, 2014"],
    # a blog's name and the date
    ["Fact Tank - Our Lives in Numbers", "December 29, 2014"],
])
def test_the_headline_over_its_byline_is_the_title_never_the_line_above_the_site_s_lines(top):
    ed = conv(lines(*top, HEADLINE, "By Jane Roe") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == HEADLINE
    assert not f["title"]["sure"]
    assert (f["author"]["value"], f["date"]["value"]) == ("Jane Roe", top[-1].split("\n")[-1])
    assert f["date"]["sure"]
    # the line above the menu the site's masthead, or one of the site's lines above the headline
    assert furniture_kinds(ed)[top[0]].startswith(("short lines above the headline and its byline",
                                                   "a short line at the top, above the site's menus"))
    assert not any(b.kind == "heading" for b in ed.blocks)
    myst = render(ed)
    assert myst.count(f"# {HEADLINE}") == 1 and f"[{top[0]}]{{.reading}}" in myst


@pytest.mark.parametrize(("top", "title"), [
    # a title and its subtitle over the byline, no date nor menu above: the title stays
    (["The Coal Strike of 1926", "A Reply to the Critics"], "The Coal Strike of 1926"),
    # a title and its date, then a section's heading of one word over a byline: no headline
    (["The Coal Strike of 1926", "March 3, 2014", "Introduction"], "The Coal Strike of 1926"),
    # the date under the title, the byline under the date: the title's own lines
    (["The Coal Strike of 1926", "March 3, 2014"], "The Coal Strike of 1926"),
])
def test_a_title_with_its_own_lines_over_a_byline_is_kept(top, title):
    ed = conv(lines(*top, "By Jane Roe") + PROSE)
    assert found(ed)["title"]["value"] == title
    assert not any(how.startswith("short lines above the headline") for how in furniture_kinds(ed).values())


@pytest.mark.parametrize(("line", "name"), [
    ("By Jane Roe and John Doe24 comments", "Jane Roe and John Doe"),
    ("By Jane Roe 3 Comments", "Jane Roe"),
    ("By Jane Roe 1 reply", "Jane Roe"),
])
def test_a_comment_count_glued_to_a_byline_is_no_part_of_the_name(line, name):
    assert comment_count(line) > 0
    assert byline(line) == (name, "")


@pytest.mark.parametrize("line", [
    "24 comments",  # the count alone: no byline
    "He read 24 comments",  # a sentence
    "By 24 comments",  # no name
])
def test_a_count_of_comments_without_a_byline_is_none(line):
    assert comment_count(line) == -1
    assert byline(line) is None


def test_a_comment_count_under_the_title_is_set_aside_and_the_byline_read():
    ed = conv(lines("Five Facts About the Strike", "By Jane Roe and John Doe24 comments") + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "Five Facts About the Strike"
    assert f["author"]["value"] == "Jane Roe and John Doe"
    assert [fu.text for fu in ed.furniture if fu.what == "comment count"] == ["24 comments"]
    assert [(h.name, h.value) for h in ed.header if h.name == "byline"] == [("byline", "By Jane Roe and John Doe")]
    assert "24 comments" in render(ed)  # in the apparatus, with its reason


# -- a wiki page's title: the line above its tagline, the name in the browser's "NAME - SITE" -------------------

TAGLINE = "From Wikipedia, the free encyclopedia"


@pytest.mark.parametrize("top", [
    f"The Pit Committee\n{TAGLINE}\n\n",  # the title and the tagline in one run of lines
    f"The Pit Committee\n{TAGLINE}\nJump to navigation Jump to search\n\n",
    # the browser's title and the site's links above the page's own heading
    lines("The Pit Committee - Wikipedia", "Jump to content", "Main menu", "Search", "The Pit Committee", TAGLINE),
    # the same, the browser's title and the skip link in one run, the heading and the tagline in another
    f"The Pit Committee - Wikipedia\nJump to content\n\nMain menu\n\nThe Pit Committee\n{TAGLINE}\n\n",
])
def test_the_line_above_a_wiki_s_tagline_is_the_title(top):
    ed = conv(top + PROSE)
    assert ed.title == "The Pit Committee"
    assert [h.value for h in ed.header if h.name == "source"] == [TAGLINE]
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p]
    assert not any(b.kind == "heading" for b in ed.blocks)


def test_a_line_above_a_sentence_from_a_place_is_read_as_before():
    # near miss: "From Moscow, …" is no tagline: the run of lines is the text's
    ed = conv("The Pit Committee\nFrom Moscow, the delegates went east to the pits.\n\n" + PROSE)
    assert not [h for h in ed.header if h.name == "source"]


@pytest.mark.parametrize("top", [
    lines("The Pit Committee - Wikipedia", "Jump to content"),
    "The Pit Committee - Wikipedia\nJump to content\nMain menu\nSearch\nCreate account\nLog in\n\n",
])
def test_the_browser_s_title_above_the_skip_link_gives_the_name_and_sets_the_site_aside(top):
    ed = conv(top + PROSE)
    f = found(ed)
    assert f["title"]["value"] == "The Pit Committee" and f["title"]["line"] == 1
    assert not f["title"]["sure"] and "as a browser gives it" in f["title"]["how"]
    assert [fu.text.strip() for fu in ed.furniture if fu.what == "site name in the page's title"] == ["- Wikipedia"]
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p]
    assert "Wikipedia" in render(ed)  # in the apparatus


@pytest.mark.parametrize("top", [
    lines("The Pit Committee - A Reply"),  # a title and its subtitle after a dash: no skip link under it
    lines("The Pit Committee - A Reply", "Introduction"),
])
def test_a_title_with_a_dash_and_no_skip_link_under_it_is_whole(top):
    ed = conv(top + PROSE)
    assert ed.title == "The Pit Committee - A Reply"
    assert not any(fu.what == "site name in the page's title" for fu in ed.furniture)


# -- a PDF whose title every page repeats as its running head ------------------------------------------------

_PAGE_TEXT = ("The delegates of the district committees met in the spring, in a hall the railway workers had\n"
              "lent them for a week, and they talked long into the night about the pits and the wages of the\n"
              "men who worked them, and about the owners who would not meet them at all that year.\n")


def _pages(head: str, first_head: str | None = None, under: str = "An Act to provide for the committees of the pits"
           ) -> str:
    """Three pages of a PDF's extraction, each under its running head, each with its number at its foot."""
    top = first_head if first_head is not None else head
    pages = [f"{top}\n\n{under}\n\n{_PAGE_TEXT}\n{_PAGE_TEXT}\n1\n"]
    pages += [f"{head.replace('#', str(n))}\n\n{_PAGE_TEXT}\n{_PAGE_TEXT}\n{n}\n" for n in (2, 3)]
    return "\f".join(pages)


def test_the_title_every_page_repeats_as_its_running_head_is_the_title_on_the_first_page():
    ed = convert(read_text(_pages("THE COAL INDUSTRY ACT OF 1998")))
    f = found(ed)
    assert f["title"]["value"] == "THE COAL INDUSTRY ACT OF 1998" and f["title"]["line"] == 1
    assert not f["title"]["sure"] and "running head" in f["title"]["how"]
    # the later copies stay running heads, set aside
    assert [fu.text.strip() for fu in ed.furniture if fu.what == "running head"] == [
        "THE COAL INDUSTRY ACT OF 1998"] * 2
    assert "An Act to provide for the committees of the pits" not in ed.title


@pytest.mark.parametrize("head", [
    "JOURNAL OF THE COAL INDUSTRY",  # a journal's name: a periodical's running head
    "COAL ACT",  # too short for a title read by its repetition
])
def test_a_journal_s_running_head_at_the_top_stays_furniture(head):
    ed = convert(read_text(_pages(head)))
    assert ed.title == "An Act to provide for the committees of the pits"
    assert [fu.text.strip() for fu in ed.furniture if fu.what == "running head"][:1] == [head]


# -- a byline without its "By": the name, the date and its time -----------------------------------------------

@pytest.mark.parametrize(("line", "name", "date"), [
    ("Ann Lee Dec 28 2014, 8:01 AM ET", "Ann Lee", "Dec 28 2014"),
    ("Jane Q. Roe 12 March 2019, 10:41 am", "Jane Q. Roe", "12 March 2019"),
])
def test_a_name_then_a_date_and_its_time_is_a_byline(line, name, date):
    assert byline(line) == (name, date)


@pytest.mark.parametrize("line", [
    "Culture Desk Nov 22, 2014",  # no time: a rubric's date
    "MOSCOW Tue Dec 30, 2014 4:33pm IST",  # a dateline: the place in capitals, the weekday
    "Moscow Tue Dec 30, 2014 4:33pm IST",
    "The Strike Began March 3, 2014 at 9:00 am",  # small words: a sentence's
])
def test_a_line_of_a_date_and_its_time_after_no_name_is_no_byline(line):
    assert byline(line) is None


def test_a_standfirst_and_a_byline_without_by_under_a_bare_headline():
    ed = conv(lines("Headline Words Here", "A one-sentence standfirst about the story of the miners.",
                    "Ann Lee Dec 28 2014, 8:01 AM ET") + PROSE)
    f = found(ed)
    assert (f["title"]["value"], f["author"]["value"], f["date"]["value"]) == (
        "Headline Words Here", "Ann Lee", "Dec 28 2014")
    assert [h.name for h in ed.header] == ["title", "standfirst", "byline"]
    assert not any(b.kind == "heading" for b in ed.blocks)


def test_a_paragraph_of_two_sentences_over_a_byline_is_no_standfirst():
    # near miss: the text has begun; the byline below is read from the body
    ed = conv(lines("Headline Words Here", "The miners met. They voted on the third day and the plan was lost.",
                    "Ann Lee Dec 28 2014, 8:01 AM ET") + PROSE)
    assert "standfirst" not in [h.name for h in ed.header]
    assert paragraphs(ed)[0].startswith("The miners met.")


# -- a journal's masthead at the top of a PDF: its name, its issue, its page's number; never the title ---------

_MASTHEAD = "47698\n  Proposed Rules   Federal Register\n   Vol. 85, No. 152 / Friday, August 7, 2020\n\n"


def test_a_journal_s_masthead_is_set_aside_and_the_document_s_heading_is_the_title():
    ed = convert(read_text(_MASTHEAD + "DEPARTMENT OF COAL\n\nRules for the Committees of the Pits\n\n"
                           + _PAGE_TEXT + "\n" + _PAGE_TEXT))
    assert ed.title == "Rules for the Committees of the Pits"
    assert [fu.what for fu in ed.furniture][:1] == ["journal masthead"]
    assert "Proposed Rules" in ed.furniture[0].text
    assert [(h.name, h.value) for h in ed.header if h.name == "rubric"] == [("rubric", "DEPARTMENT OF COAL")]


def test_a_line_of_a_heading_s_form_without_an_issue_is_no_masthead():
    # near miss: no volume nor number: the first line is the title, as before
    ed = convert(read_text("Proposed Rules\n\nFor the Committees of the Pits\n\n" + _PAGE_TEXT + "\n" + _PAGE_TEXT))
    assert ed.title == "Proposed Rules"
    assert not any(fu.what == "journal masthead" for fu in ed.furniture)


def test_a_paper_s_address_over_its_abstract_is_no_masthead_nor_the_abstract_its_title():
    """Near miss: the authors' address ("(ann.lee|bo.kim)@example.org") above a heading, as a journal's address
    stands above the document's heading; but the heading is a section's of the front matter ("Abstract"): the
    lines above are the paper's title and authors, never a masthead, and "Abstract" is no title."""
    ed = convert(read_text("      How to read copies of letters:\n   a study in the method of the edition\n\n"
                           "           Ann Lee and Bo Kim\n         Centre for the Study of Letters\n"
                           "         (ann.lee|bo.kim)@example.org\n\n\n              Abstract\n"
                           + WRAPPED + "\n1   Introduction\n" + WRAPPED))
    assert not any(fu.what == "journal masthead" for fu in ed.furniture)
    assert ed.title != "Abstract"
    shown = " ".join([ed.title, *(h.value for h in ed.header), *(plain(b.pieces) for b in ed.blocks)])
    assert "How to read copies of letters" in shown and "Ann Lee and Bo Kim" in shown


def test_an_institution_over_a_paragraph_is_no_rubric():
    # near miss: the institution's line with the text under it: no title under it to be the rubric of
    ed = convert(read_text("DEPARTMENT OF COAL\n\n" + _PAGE_TEXT + "\n" + _PAGE_TEXT))
    assert not any(h.name == "rubric" for h in ed.header)


# -- a headline between the page's tabs and a news agency's dateline -------------------------------------------

def test_a_headline_between_the_page_s_tabs_and_a_dateline_is_the_title_and_the_dateline_dates_it():
    ed = conv("Article\nComments (0)\n\n" + lines("Miners Reject the Committee Plan",
                                                  "MOSCOW Tue Dec 30, 2014 4:33pm IST") + PROSE)
    f = found(ed)
    assert (f["title"]["value"], f["date"]["value"]) == ("Miners Reject the Committee Plan", "Dec 30, 2014")
    assert "dateline" in f["date"]["how"]
    assert furniture_kinds(ed)["Article Comments (0)"].startswith("short lines at the top of the page")
    assert not any(b.kind == "heading" for b in ed.blocks)


def test_two_short_lines_none_the_site_s_are_no_tabs():
    # near miss: a title over its subtitle, neither line of the site's form
    ed = conv("The Miners\nA Reply\n\n" + PROSE)
    assert "tab bar" not in [fu.what for fu in ed.furniture]


@pytest.mark.parametrize(("line", "date"), [
    ("MOSCOW Tue Dec 30, 2014 4:33pm IST", "Dec 30, 2014"),
    ("NEW DELHI Tuesday, 30 December 2014", "30 December 2014"),
    ("LONDON, March 3, 2014 at 10:41", "March 3, 2014"),
    ("JUNE 1999", ""),  # a date line, no place's
    ("MOSCOW March 1918", ""),  # neither weekday nor time: a place and a date, no agency's dateline
    ("BY JANE ROE March 3, 2014", ""),
])
def test_a_news_agency_s_dateline(line, date):
    assert news_dateline(line) == date


def test_a_sentence_over_an_undated_byline_is_no_standfirst():
    # near miss: "By NAME" without its date under a sentence: the text's lines, kept in the body
    ed = conv(lines("Headline Words Here", "A one-sentence standfirst about the story of the miners.",
                    "By Ann Lee") + PROSE)
    assert "standfirst" not in [h.name for h in ed.header]
