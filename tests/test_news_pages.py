"""A news site's page copied whole: its headline deep in the body under menus the layout keeps, its byline
with the writer's post, its date line with the stamp of the last change, its widgets (comments, sharing, a
figure's toolbar), a thread of readers' comments, and a footer whose last link is no broken word
(``edition.witness.layout``: :func:`body_headline`, :func:`body_chrome`; ``edition.witness.furniture``:
:func:`post_byline`, :func:`modified_stamp`, :func:`widget_line`).

Each rule on small pages of our own making, with its near misses: an article's heading "Reply to my critics"
stays a heading, a teaser's headline over a byline without a date is no title, a real last sentence cut
mid-word is still reported, a headline that is a short phrase is found.
"""

from __future__ import annotations

import pytest

from edition.convert import convert, report
from edition.witness.furniture import (
    byline,
    credit_line,
    modified_stamp,
    post_byline,
    share_targets_line,
    widget_line,
)
from edition.witness.headings import comment_head
from edition.witness.reading import read_text
from edition.witness.teasers import stamp_line, teaser_lists
from edition.writers.myst import render
from pieces import plain

#: paragraphs of prose, one a line, as a web page is copied
PROSE = (
    "The delegates of the district committees met in the spring, in a hall the railway workers had lent them.\n\n"
    "They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes.\n\n"
    "The minutes of the meeting were printed in the union's paper a week later, with the names of all who spoke.\n\n"
)
#: a site's menus copied as long rows of links, which the layout keeps in the text
MENUS = (
    "free become a member sign in\n\n"
    "Saved for later Comment activity Edit profile Email preferences Change password Sign out\n\n"
    "home world politics sport football opinion culture business lifestyle fashion environment tech travel\n\n"
    "switch to the US edition switch to the AU edition switch to the INT edition\n\n"
)


def conv(text: str):
    return convert(read_text(text))


def headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


def furniture(ed) -> list[tuple[str, str]]:
    return [(f.what, " ".join(f.text.split())) for f in ed.furniture]


def found(ed, what: str) -> dict:
    return report(ed)["found"][what]


# -- A byline with the writer's post --------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("By Ann Writer Health editor, The Ledger website", "Ann Writer"),
    ("By A. Writer Science correspondent", "A. Writer"),
    ("By Ann Writer chief correspondent", "Ann Writer"),
])
def test_a_byline_with_the_writer_s_post_names_the_writer(line, name):
    assert post_byline(line) == name
    assert byline(line) == (name, "")


@pytest.mark.parametrize("line", [
    "By Mary Shelley Frankenstein was written",  # a sentence: its verb where the post would be
    "By the time we came, it was over",  # no name after "By"
    "By Ann Writer Health editor, The Ledger website.",  # a sentence's stop
    "Ann Writer Health editor, The Ledger",  # no "By"
])
def test_a_line_that_only_looks_like_a_byline_with_a_post_names_nobody(line):
    assert post_byline(line) == ""


def test_a_headline_under_a_doubled_section_label_is_the_title_and_its_byline_the_author():
    text = ("Home\nWorld\nBusiness\nHealth\nScience\nEducation\n\nHealth\n\nHealth\n\nRemedies 'could be banned'\n\n"
            "By Ann Writer Health editor, The Ledger website\n\n13 November 2015\n\n" + PROSE)
    ed = conv(text)
    assert ed.title == "Remedies 'could be banned'"
    assert "Remedies 'could be banned'" not in [t for _, t in furniture(ed)]
    author = next(d for d in ed.decisions if d.what == "author")
    assert (author.value, author.sure) == ("Ann Writer", False)  # where the name ends is a guess
    assert next(d.value for d in ed.decisions if d.what == "date") == "13 November 2015"
    assert not any("Ann Writer" in h for h in headings(ed))


# -- A date line with the stamp of the last change -------------------------------------------------------

def test_a_date_line_with_the_stamp_of_its_last_change_gives_the_day_of_publication():
    assert modified_stamp("Friday 13 November 2015 07.40 GMT   Last modified on Friday 13 November 2015 14.20 GMT") \
        == "Friday 13 November 2015 07.40 GMT"
    # near misses: a sentence about a change, a date alone
    assert modified_stamp("The bill was modified on Friday 13 November 2015") == ""
    assert modified_stamp("Friday 13 November 2015") == ""


# -- A headline in the body, under menus kept in the text ------------------------------------------------

STAMP = "Friday 13 November 2015 07.40 GMT   Last modified on Friday 13 November 2015 14.20 GMT"


def test_a_headline_in_the_body_over_a_name_and_a_date_line_is_the_title():
    text = (MENUS + "Weather\n\nThousands without power as storm forces school closures\n\n"
            "The north is worst hit, but the rest of the country can expect heavy showers on Friday\n\n"
            "A satellite image of the storm on Thursday. Photograph: News Wire\n\n"
            "News Wire\n\n" + STAMP + "\n\n" + PROSE)
    ed = conv(text)
    title = found(ed, "title")
    assert (title["value"], title["sure"]) == ("Thousands without power as storm forces school closures", False)
    assert "in the body" in title["how"]
    assert found(ed, "author")["value"] == "News Wire"
    assert found(ed, "date")["value"] == "Friday 13 November 2015 07.40 GMT"
    assert ("section label", "Weather") in furniture(ed)
    assert not {"Weather", "News Wire", "Thousands without power as storm forces school closures"} & set(headings(ed))
    # nothing lost: the menus kept, the header printed
    myst = render(ed)
    assert "free become a member sign in" in myst and "News Wire" in myst and "Last modified" in myst


@pytest.mark.parametrize(("head", "under"), [
    ("Storm Hits Coast", "MOSCOW   Tue Dec 30, 2014 4:33pm MSK"),  # a short phrase, a news agency's dateline
    ("Cracking the Committee Code", "Ann Writer Dec 28 2014, 8:01 AM ET"),  # a byline with its date, no "By"
])
def test_a_headline_in_the_body_over_its_dateline_or_dated_byline_is_the_title(head, under):
    ed = conv(MENUS + head + "\n\n" + under + "\n\n" + PROSE)
    assert ed.title == head
    assert found(ed, "date")["value"] in ("Dec 30, 2014", "Dec 28 2014")
    assert head not in headings(ed) and under not in headings(ed)


def test_a_teaser_over_a_byline_without_a_date_is_no_title():
    # near miss: the site's teasers ("Headline" / "By NAME") above the article carry no date: no headline
    ed = conv(MENUS + "What Is Wrong With the Committees?\n\nBy Ann Writer\n\n" + PROSE)
    assert ed.title.startswith("Untitled")


def test_a_dated_heading_below_the_article_s_first_prose_is_no_title():
    # near miss: the prose has begun; a section's heading over a dated line further down is the text's
    ed = conv(MENUS + PROSE + "The Long Night of the Strike\n\nAnn Writer Dec 28 2014, 8:01 AM ET\n\n" + PROSE)
    assert ed.title.startswith("Untitled")


#: a site's name on the first line, its menus, teasers and sign-in form filling a screen above the headline
SITE_TOP = (
    "Weekly Paper\n\nMenu\nPolitics Culture Magazine\nThe Latest Books Climate\n\n"
    + "".join(f"Identity\n\n{head}\n\n{name}\n\n" for head, name in (
        ("How Do Our Readers Think About Their Towns?", "The Weekly Paper"),
        ("What It Is Like to Lose a House to the Flood", "Ann Teaser"),
        ("Finally a Film That Captures the Mining Towns", "Bo Teaser")))
    + "Subscribe Now\nOrder a Subscription Give a Gift International Orders Digital Subscription\n\nSign In\n\n"
    "E-mail Address\nSubscribe for Access\n\nPassword\nForgot Your Password?\n\nRemember me on this computer\n\n"
    "Sign In Subscribe\nSections\nThe Latest Politics Culture Climate The Magazine\n\nPolitics\nNovember 22, 2014\n\n"
)


def test_a_site_name_over_a_screen_of_menus_is_no_sure_title_when_a_headline_stands_below():
    text = (SITE_TOP + "I Wish Someone Had Told Me This Before I Went Into Politics  A letter to a young organiser"
            "\n\nBy Ann Writer\n\nFriend,\n\n" + PROSE)
    assert text.splitlines().index("By Ann Writer") > 40  # the headline more than a screen below the name
    title = found(conv(text), "title")
    assert (title["value"], title["sure"]) == ("Weekly Paper", False)
    assert "a headline stands below it" in title["how"]


def test_a_site_name_over_its_menus_and_the_text_without_a_headline_stays_the_title():
    # near miss: no byline under a headline below: the first line stands
    title = found(conv(SITE_TOP + "Friend,\n\n" + PROSE), "title")
    assert "a headline stands below it" not in title["how"]


#: the foot of a page whose chrome names the site again: a call to subscribe, its copyright line
SITE_FOOT = ("\n\nSign Up For The Weekly Paper Daily\n\nGet The Weekly Paper for $19.97/year\n\n"
             "Copyright 2015 © The Weekly Paper. All Rights Reserved.\n")
LETTER = ("I Wish Someone Had Told Me This Before I Went Into Politics  A letter to a young organiser\n\n"
          "By Ann Writer\n\nFriend,\n\n" + PROSE)


@pytest.mark.parametrize("foot", [
    SITE_FOOT,  # two calls and the copyright line
    "\n\nCopyright 2015 © The Weekly Paper.\n",  # the copyright line alone
    "\n\nSign Up For The Weekly Paper Daily\n\nThe Weekly Paper on Twitter\n",  # two calls, no copyright
])
def test_a_site_name_the_chrome_names_again_gives_way_to_the_headline(foot):
    ed = conv(SITE_TOP + LETTER + foot)
    title = found(ed, "title")
    assert title["value"].startswith("I Wish Someone Had Told Me This") and title["sure"] is False
    assert found(ed, "author")["value"] == "Ann Writer"
    aside = furniture(ed)
    assert ("site's name over a headline", "Weekly Paper") in aside
    # the menus and teasers between the name and the headline set aside, each kept; the dated label kept
    site = [text for what, text in aside if what == "site's lines above the headline in the body"]
    assert any("Subscribe Now" in text for text in site) and "Finally a Film That Captures the Mining Towns" in site
    assert found(ed, "date")["value"] == "November 22, 2014"  # the dated label right above the headline
    assert "Politics November 22, 2014" not in headings(ed)
    assert "Weekly Paper" in render(ed) and "Forgot Your Password?" in render(ed)


@pytest.mark.parametrize("foot", [
    "",  # named once in its chrome (a teaser's "The Weekly Paper"): the name may be the title
    "\n\nThe Weekly Paper is printed by the union of the district, whose members write most of its pages.\n",
])
def test_a_site_name_named_once_or_in_prose_stays_the_title(foot):
    title = found(conv(SITE_TOP + LETTER + foot), "title")
    assert (title["value"], title["sure"]) == ("Weekly Paper", False)


def test_a_real_short_title_the_prose_repeats_stays_the_title():
    # near miss: a one-word title the article's sentences name again, with the site's menus and a headline below
    prose = "".join(f"Perestroika {w} the pits of the district, and the committees met again in the spring.\n\n"
                    for w in ("reached", "changed", "emptied"))
    top = SITE_TOP.replace("Weekly Paper", "Perestroika", 1)
    title = found(conv(top + LETTER + prose), "title")
    assert title["value"] == "Perestroika"


@pytest.mark.parametrize(("line", "name"), [
    ("By Ann Writer@AnnWriter", "Ann Writer"),  # the handle glued to the name
    ("By Ann Writer @annwriter", "Ann Writer"),  # beside it
    ("By Ann Kahn Writer, Senior Staff Technologist, the Committee's Speech, Privacy, and Pits Project",
     "Ann Kahn Writer"),  # a long post in title case
    ("By Ann Writer, Director of the Speech and Technology Project", "Ann Writer"),
])
def test_a_byline_with_a_handle_or_a_long_post_names_the_writer(line, name):
    assert byline(line) == (name, "")


@pytest.mark.parametrize("line", [
    "By Monday, the committees of all the districts had met in the hall at last",  # a sentence: lower case
    "By March 1921, The Committees Had Met",  # a date, no name
    "By the way @annwriter",  # no name
])
def test_near_misses_of_a_byline_with_a_handle_or_a_long_post(line):
    assert byline(line) is None


# -- A headline dated from above: a rubric's line ends with the date ------------------------------------------

ASKING = "The Party Is the Problem. Is ‘Human Committee Politics’ the Solution?"


def test_a_headline_that_asks_under_a_dated_rubric_over_its_byline_is_the_title():
    ed = conv(MENUS + "Dismiss\n\nNewsletters\n\ncommittees  May 16, 2020\n\n" + ASKING
              + "\n\nBy Ann Writer@AnnWriter\n\n" + PROSE)
    assert ed.title == ASKING
    assert found(ed, "date")["value"] == "May 16, 2020"
    assert found(ed, "author")["value"] == "Ann Writer"  # the handle glued to the name cut
    assert not {"Dismiss", "Newsletters", ASKING} & set(headings(ed))
    assert ("site's lines above the headline in the body", "Dismiss") in furniture(ed)


@pytest.mark.parametrize("source", [
    MENUS + ASKING + "\n\nBy Ann Writer\n\n" + PROSE,  # no date above: a teaser's form
    MENUS + "committees  May 16, 2020\n\n" + ASKING + "\n\n" + PROSE,  # no byline under it
    MENUS + "committees  May 16, 2020\n\nthe party is the problem. is it the solution?\n\nBy Ann Writer\n\n"
    + PROSE,  # no title case
])
def test_near_misses_of_a_headline_dated_from_above(source):
    assert conv(source).title.startswith("Untitled")


# -- A headline over its byline and its date line, under a mega-menu's blurbs --------------------------------

BLURBS = ("Know your rights\n\nSee all Know Your Rights\n\n"
          "Do you know your rights? These short guides were written by the committee for the workers of the pits.\n\n"
          "Blogs\n\nBlogs\n\nSpeak Freely Free Future\n\nGo to About Us\n\n"
          "For almost a hundred years, the committee has worked to defend the rights of the workers of the pits.\n\n"
          "Shop\n\nFree Future\n\n")
HEADLINE = "The Committee Is Watching Me Even Though I Never Joined"
LONG_PROSE = PROSE * 4


def test_a_headline_over_its_byline_with_the_post_and_its_date_under_blurbs_is_the_title():
    ed = conv(MENUS + BLURBS + HEADLINE + "\n\nBy Ann Kahn Writer, Senior Staff Writer, the Committee's Speech, "
              "Privacy, and Pits Project\nApril 5, 2018 | 6:00 PM\n\n" + LONG_PROSE)
    assert ed.title == HEADLINE
    assert found(ed, "author")["value"] == "Ann Kahn Writer"
    assert not {"See all Know Your Rights", "Blogs", "Shop"} & set(headings(ed))
    # the blurbs, prose, kept in the text; the menu's lines set aside
    assert any(p.startswith("Do you know your rights?") for p in paragraphs(ed))


@pytest.mark.parametrize("source", [
    # a byline without its date line under the headline
    MENUS + BLURBS + HEADLINE + "\n\nBy Ann Kahn Writer, Senior Staff Writer, the Pits Project\n\n" + LONG_PROSE,
    # too much prose above: the text had begun
    MENUS + PROSE * 2 + HEADLINE + "\n\nBy Ann Writer\nApril 5, 2018 | 6:00 PM\n\n" + LONG_PROSE,
    # as much prose above as below
    MENUS + BLURBS + HEADLINE + "\n\nBy Ann Writer\nApril 5, 2018 | 6:00 PM\n\n" + PROSE,
])
def test_near_misses_of_a_headline_under_blurbs(source):
    assert conv(source).title.startswith("Untitled")


# -- A list of teasers: the site's feed beside or under the article -----------------------------------------

def teaser(n: int, stamp: str = "10/18/2020", rubric: str = "committees") -> str:
    return (f"{stamp}\n{rubric}\n\n{rubric}\nThe Committees Have Never Been More Divided, Part {n}\n"
            f"By Ann Teaser\nThe split in the {n}th district will be record-breaking, and could last.\n\n")


QUICK_POST = ("10/17/2020\n\nAnd here come the delegates\n\nThe delegates of the pits came in the night, "
              "and the hall was full before the committee could open the meeting.\n\n—@someone\n\n")
ARTICLE = "Rules for the Committees\n\nBy Ann Writer\n\n" + PROSE
FEED_FOOT = "Sign In to Comment\n\nLike Us\nFollow Us\n\nAbout Us\nHelp\nContact\n"


def test_a_run_of_teasers_under_the_article_is_set_aside_whole():
    feed = "THE FEED\n\n" + teaser(1, "7:00 a.m.") + teaser(2) + QUICK_POST + teaser(3) + teaser(4)
    ed = conv(ARTICLE + feed + FEED_FOOT)
    assert ed.title == "Rules for the Committees"
    aside = furniture(ed)
    assert ("teaser list", "THE FEED") in aside and ("teaser list", "And here come the delegates") in aside
    assert ("site's foot under its teasers", "Sign In to Comment") in aside
    assert not [h for h in headings(ed) if "Divided" in h or h in ("THE FEED", "Sign In to Comment")]
    # the article whole, in the text
    assert paragraphs(ed) == [p for p in PROSE.split("\n\n") if p]
    assert "record-breaking" in render(ed)


def test_teasers_found_by_their_form():
    text = ARTICLE + teaser(1) + teaser(2) + teaser(3)
    lists = teaser_lists(read_text(text).lines)
    assert [(t.teasers, text.splitlines()[t.first - 1]) for t in lists] == [(3, "10/18/2020")]
    assert stamp_line("12:29 a.m.") and stamp_line("10/18/2020") and not stamp_line("10 committees")


def test_a_page_that_is_a_list_of_stories_keeps_it():
    # near miss: an issue's contents, teasers and nothing else: the page's text, kept
    source = "The Issue of October\n\n" + "".join(teaser(n) for n in (1, 2, 3, 4))
    assert len(teaser_lists(read_text(source).lines)) == 1
    ed = conv(source)
    assert not [f for f in ed.furniture if f.what == "teaser list"]
    assert any("Part 3" in text for text in headings(ed) + paragraphs(ed))


@pytest.mark.parametrize("source", [
    ARTICLE + teaser(1) + teaser(2),  # two teasers: no list
    # an anthology: each headline over its byline over its prose: articles, no teasers
    "".join(f"The Committees of District {n}\n\nBy Ann Writer\n\n" + PROSE for n in (1, 2, 3)),
    # a diary: dates over prose, no byline
    "".join(f"{d} March 1917\n\n" + PROSE for d in (1, 2, 3, 4)),
    # teasers far apart, the prose between them
    "".join(teaser(n) + PROSE * 4 for n in (1, 2, 3)),
])
def test_near_misses_of_a_list_of_teasers(source):
    assert teaser_lists(read_text(source).lines) == []
    assert not [f for f in conv(source).furniture if f.what == "teaser list"]


# -- A thread of comments stamped under their words, and its form -----------------------------------------

COMMENT_FORM = ("View comments (27)\n\nRead the Terms of Use\n\nYour name *\n\nComment *\n\nText format\n\n"
                "Basic HTML\n\nAllowed HTML tags: <em> <strong> <p>\nLines and paragraphs break automatically.\n\n"
                "Plain text\n\nLeave this field blank\n\n")


def comment(name: str, words: str, reply: bool = True) -> str:
    return f"{name}\n\n{words}\n\n" + ("reply\n" if reply else "") + "April 6, 2018\n2:20 AM\n\n"


THREAD = (comment("Anonymous", "One reform would be to mandate that the committee tells the workers what it holds.")
          + comment("Lars", "Couldn’t I just block the committee in my filter?")
          + comment("Anonymous", "Great article.", reply=False)
          + comment("Ed B. -Netherlands", "Well written, well-thought article. I agree with the content."))


def test_a_stamped_thread_of_comments_and_its_form_are_set_aside():
    ed = conv(ARTICLE + COMMENT_FORM + THREAD)
    aside = furniture(ed)
    assert ("comment form", "Your name *") in aside and ("comment form", "Basic HTML") in aside
    assert ("comment thread", "Lars") in aside and ("comment thread", "Great article.") in aside
    assert not {"Basic HTML", "Plain text", "Leave this field blank", "Anonymous", "Lars"} & set(headings(ed))
    assert paragraphs(ed) == [p for p in PROSE.split("\n\n") if p]


@pytest.mark.parametrize("thread", [
    # a diary's entries dated and timed, no "reply" among them
    "".join(comment(f"Day {n}", "The delegates met in the hall and voted on the motion.", reply=False)
            for n in (1, 2, 3, 4)),
    # a thread of two comments
    comment("Anonymous", "A reform.") + comment("Lars", "A filter."),
])
def test_near_misses_of_a_stamped_thread(thread):
    ed = conv(ARTICLE + thread)
    assert not [f for f in ed.furniture if f.what in ("comment thread", "comment form")]


# -- The page's widgets ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "View comments", "Reuse this content", "Share this story About sharing", "Loading comments… Trouble loading?",
    "Commenting has been disabled for this account (why?)", "More on this story", "View all comments >",
    "Name Email (will not be published)", "Back to top", "The Ledger back to top",
])
def test_a_widget_s_line_is_known_by_its_phrases(line):
    assert widget_line(line)


@pytest.mark.parametrize("line", [
    "Reply to my critics", "View comments on the bill before voting.", "More on the story of the strike",
    "Order by the committee of the district", "Going back to top form", "The Ledger Back To Top Stories",
])
def test_a_line_with_a_widget_s_words_in_a_sentence_or_a_heading_is_none(line):
    assert not widget_line(line)


def test_a_comment_widget_s_controls_are_set_aside_with_its_firm_line():
    widget = "\n\n".join(["Reuse this content", "Order by", "newest", "oldest", "Show 25", "25", "50", "All",
                          "Threads", "Loading comments… Trouble loading?"])
    ed = conv("The Strike at the Pits\n\n" + PROSE + widget + "\n\n")
    aside = [t for what, t in furniture(ed) if what == "page widget"]
    assert aside == ["Reuse this content", "Order by", "newest", "oldest", "Show 25", "25", "50", "All", "Threads",
                     "Loading comments… Trouble loading?"]
    assert not {"Order by", "Show 25", "All", "Threads"} & set(headings(ed))


def test_a_widget_s_words_alone_without_its_firm_line_stay_the_text_s():
    # near miss: "All" / "Threads" / "newest" are common words; without a widget's phrase beside them, the text's
    ed = conv("The Strike at the Pits\n\n" + PROSE + "All\n\nThreads\n\nnewest\n\n" + PROSE)
    assert not [t for what, t in furniture(ed) if what == "page widget"]


def test_a_figure_s_toolbar_of_networks_is_set_aside():
    assert share_targets_line("Facebook      Twitter      Pinterest")
    assert not share_targets_line("Facebook and Twitter") and not share_targets_line("Twitter")
    text = ("The Strike at the Pits\n\n" + PROSE + "Facebook      Twitter      Pinterest\n"
            "Miners at the gate of the pit on the third day.\n\n" + PROSE)
    ed = conv(text)
    assert ("share bar", "Facebook Twitter Pinterest") in furniture(ed)
    assert "Facebook Twitter Pinterest" not in headings(ed)


# -- A thread of readers' comments -------------------------------------------------------------------------

COMMENTS = (
    "Ann Reader • 2 weeks ago\n\nI do not agree with a word of it, and the figures are wrong too.\nReply\n\n"
    "Bo Reader • 3 weeks ago\n\nhopefully not!! Reply\n\n"
    "Cy Reader • 3 weeks ago\n\nThe committees were right, and the paper should say so.\nReply\n\n"
)


def test_a_thread_of_comments_is_set_aside_whole():
    ed = conv("The Strike at the Pits\n\n" + PROSE + "24 Comments\n\n" + COMMENTS)
    thread = [t for what, t in furniture(ed) if what == "comment thread"]
    assert "hopefully not!! Reply" in thread and "Ann Reader • 2 weeks ago" in thread
    assert "The committees were right, and the paper should say so. Reply" in thread
    assert "Reply" not in headings(ed)
    assert not any("figures are wrong" in p for p in paragraphs(ed))
    assert "figures are wrong" in render(ed)  # in the apparatus: no word lost


def test_a_heading_reply_to_my_critics_stays_a_heading():
    # near miss: "Reply" opens the article's heading; no comment's head above it
    ed = conv("The Strike at the Pits\n\n" + PROSE + "Reply to my critics\n\n" + PROSE)
    assert "Reply to my critics" in headings(ed)
    assert not [t for what, t in furniture(ed) if what == "comment thread"]


def test_one_comment_alone_is_no_thread():
    # near miss: a single head and button: no thread's form (a quoted exchange, a letter's reply)
    one = "Ann Reader • 2 weeks ago\n\nI do not agree with a word of it, and the figures are wrong too.\nReply\n\n"
    ed = conv("The Strike at the Pits\n\n" + PROSE + one + PROSE)
    assert not [t for what, t in furniture(ed) if what == "comment thread"]


# -- A footer's last link is no broken word ----------------------------------------------------------------

def test_a_footer_s_last_link_is_no_text_broken_off():
    footer = "about us\ncontact us\nterms & conditions\nprivacy policy\ncookie policy\nsecuredrop\n"
    ed = conv("The Strike at the Pits\n\n" + PROSE + footer)
    assert not [d for d in ed.decisions if d.what == "end"]
    assert "breaks off here" not in render(ed)


def test_a_last_sentence_cut_mid_word_is_still_reported_on_a_news_page():
    # near miss: the last line short, but the paragraph's line above it long: a sentence broken off
    cut = ("The minutes of the meeting were printed in the union's paper a week later, with all the\n"
           "names of the informat\n")
    ed = conv("The Strike at the Pits\n\n" + PROSE + cut)
    assert [d.value for d in ed.decisions if d.what == "end"] == ["informat"]


def test_a_share_bar_s_buttons_around_a_teaser_in_one_run_of_lines_are_set_aside():
    teaser = "MOSCOW (Wire) - The delegates of the district committees met in the spring, in a hall of the railway."
    run = "\n".join(["Tweet", "Link this", "Share this", teaser, "Email", "Print"])
    ed = conv("Storm Hits Coast\n\n" + PROSE + run + "\n\n" + PROSE)
    assert [t for what, t in furniture(ed) if what == "share bar"] == ["Tweet", "Share this", "Email", "Print"]
    assert teaser in paragraphs(ed) and not {"Email", "Print"} & set(headings(ed))
    # near miss: two buttons in the run are no bar
    two = "\n".join(["Link this", teaser, "Email", "Print"])
    ed = conv("Storm Hits Coast\n\n" + PROSE + two + "\n\n" + PROSE)
    assert not [t for what, t in furniture(ed) if what == "share bar"]


# -- A headline under heavy chrome: its byline dated in figures, a caption between, a label in its block (judge6) ---

@pytest.mark.parametrize(("line", "read"), [
    ("By ANN WRITER & BO REPORTER | 10/9/10 7:15 AM EDT", ("ANN WRITER & BO REPORTER", "10/9/10")),
    ("By ANN WRITER   10/ 5/11 09:19 PM ET", ("ANN WRITER", "10/5/11")),
])
def test_a_byline_dated_in_figures_with_its_time_names_the_writer_and_the_date(line, read):
    assert byline(line) == read


@pytest.mark.parametrize("line", [
    "By Ann Writer 3/4/10",  # figures without the time: a fraction, a reference, no date
    "By Ann Writer | 10/9/10",
    "By Ann Writer 1/2/10 of the map",
])
def test_near_misses_of_a_byline_dated_in_figures(line):
    read = byline(line)
    assert read is None or not read[1]


#: the buttons and menus of a reader's page between the byline and the article
SHARE_CHROME = "React\n\nInspiring\nScary\nAmazing\n\nFollow\n\nLabor , Strikes , Committees\n\nAdd to collections\n\n"
#: a picture's caption under a headline, prose itself
CAPTION = ("In a Monday photo, a miner sorts the coal at the pit head. Only a few of the men showed up for work "
           "after the new law took effect last week, and the committees met to decide what to do.\n\n")


def test_a_headline_over_a_caption_and_its_byline_dated_in_figures_is_the_title():
    ed = conv(MENUS + "Business Small Business Real Estate\n\nMiners Leave Town As the Pit Law Takes Effect\n\n"
              + CAPTION + "By ANN WRITER   10/ 5/11 09:19 PM ET\n\n" + SHARE_CHROME + PROSE)
    assert ed.title == "Miners Leave Town As the Pit Law Takes Effect"
    assert (found(ed, "author")["value"], found(ed, "date")["value"]) == ("ANN WRITER", "10/5/11")
    assert not {"By ANN WRITER 10/ 5/11 09:19 PM ET", ed.title} & set(headings(ed))
    assert "In a Monday photo, a miner sorts" in render(ed)  # the caption kept
    # the site's buttons between the byline and the prose set aside, each listed; the prose whole
    assert ("site's buttons between the byline and the article", "React") in furniture(ed)
    assert ("site's buttons between the byline and the article", "Labor , Strikes , Committees") in furniture(ed)
    assert not headings(ed) and paragraphs(ed) == [p for p in PROSE.split("\n\n") if p]


def test_the_lines_between_a_byline_and_prose_near_it_stay_the_text():
    # near miss: the article's prose within a few blocks of the byline: a short line between is the article's
    ed = conv(MENUS + "Miners Leave Town As the Pit Law Takes Effect\n\nBy ANN WRITER   10/ 5/11 09:19 PM ET\n\n"
              "The Lockout\n\n" + PROSE)
    assert ed.title == "Miners Leave Town As the Pit Law Takes Effect"
    assert not [f for f in ed.furniture if f.what == "site's buttons between the byline and the article"]


@pytest.mark.parametrize("byline_line", [
    "By ANN WRITER",  # no date: a teaser's byline
    "By ANN WRITER 10/ 5/11",  # figures without the time: no date
])
def test_near_misses_of_a_headline_over_a_caption(byline_line):
    ed = conv(MENUS + "Miners Leave Town As the Pit Law Takes Effect\n\n" + CAPTION + byline_line + "\n\n"
              + SHARE_CHROME + PROSE)
    assert ed.title.startswith("Untitled")


def test_a_headline_with_a_label_over_it_in_its_block_is_the_title_and_the_label_set_aside():
    # "Main Content" (a skip link's target) or the site's name set over the h1, the byline under a caption
    ed = conv(MENUS + "THE LEDGER\nCommittees take unfamiliar shape\n\nMain Content\nCommittees take unfamiliar shape"
              "\n\nThe delegates of the district. | Photo Close\n\n"
              "By ANN WRITER & BO REPORTER | 10/9/10 7:15 AM EDT\n\n" + PROSE)
    assert ed.title == "Committees take unfamiliar shape"
    assert ("section label", "Main Content") in furniture(ed)
    assert found(ed, "author")["value"] == "ANN WRITER & BO REPORTER"
    assert not [h for h in headings(ed) if "unfamiliar" in h or h.startswith("By ")]


def test_a_label_over_a_line_in_its_block_without_a_dated_byline_under_it_is_no_title():
    # near miss: the same blocks, the byline without its date: the heading stays as the witness has it
    ed = conv(MENUS + "Main Content\nCommittees take unfamiliar shape\n\nBy ANN WRITER\n\n" + PROSE)
    assert ed.title.startswith("Untitled")
    assert not [f for f in furniture(ed) if f == ("section label", "Main Content")]


def test_a_headline_ending_with_an_initialism_over_its_published_line_is_the_title():
    ed = conv(MENUS + "Executive Branch\n\nRussia's Help to the Pits Stirs Questions About Its 'Improved' Relations "
              "With U.S.\n\nPublished August 14, 2010\n\n| The Ledger\n\n" + PROSE * 3)
    assert ed.title == "Russia's Help to the Pits Stirs Questions About Its 'Improved' Relations With U.S."
    assert found(ed, "date")["value"] == "August 14, 2010"
    assert "Published August 14, 2010" not in headings(ed)


def test_a_sentence_ending_with_an_initialism_over_a_published_line_is_no_title():
    # near miss: a sentence, not in title case, that ends with "U.S."
    ed = conv(MENUS + "The miners went back to work in the mines of the U.S.\n\nPublished August 14, 2010\n\n"
              + PROSE * 3)
    assert not ed.title.startswith("The miners went back")


# -- A thread whose comments are numbered over their stamps, one line a block (judge6) --------------------------

def numbered_comment(n: int, name: str, words: str) -> str:
    return (f"{name}\nIndependent\n\nReply #{n}\nOct. 9, 2010 - 7:{10 + n} AM EST\n\n{words}\n\n"
            "Reply\nQuote\nReport Abuse\n\n")


NUMBERED_THREAD = ("Readers' Comments (27)\n\n" + numbered_comment(1, "Anon", "One reform would be a mandate.")
                   + numbered_comment(2, "Lars", "COULDN'T I JUST BLOCK IT!!!!\n\nIn my filter, I mean.")
                   + numbered_comment(3, "Ed B.", "Well written, well-thought article."))


def test_a_thread_of_numbered_comments_is_set_aside_whole_its_last_comment_too():
    ed = conv(ARTICLE + NUMBERED_THREAD + "Read all 27 comments in our forum\n\n")
    assert not [h for h in headings(ed) if h.startswith(("Reply", "Anon", "Lars", "Ed B.", "Couldn"))]
    assert ("comment thread", "Reply #3") in furniture(ed)
    assert ("comment thread", "Well written, well-thought article.") in furniture(ed)
    assert paragraphs(ed)[:3] == [p for p in PROSE.split("\n\n") if p]
    assert any(p.startswith("Read all 27 comments") for p in paragraphs(ed) + headings(ed))  # after it: kept


def test_near_misses_of_a_thread_of_numbered_comments():
    # two comments only; and a list of numbered items dated, without a date under the number
    ed = conv(ARTICLE + "".join(numbered_comment(n, "Anon", "A reform.") for n in (1, 2)))
    assert not [f for f in ed.furniture if f.what == "comment thread"]
    ed = conv(ARTICLE + "".join(f"Item #{n}\nThe delegates met in the hall and voted.\n\n" for n in (1, 2, 3, 4)))
    assert not [f for f in ed.furniture if f.what == "comment thread"]


@pytest.mark.parametrize("line", ["Continue Reading", "More ›", "See all", "Full List »", "Most Popular »",
                                  "Most Read Most Emailed", "Forgot Password?", "Not yet a member? Register Now",
                                  "You must be logged in to comment", "Read More"])
def test_a_story_s_links_and_a_sign_in_form_s_lines_are_a_widget_s(line):
    assert widget_line(line)


@pytest.mark.parametrize("line", ["Continue reading the report of the committee", "More than forty delegates",
                                  "See all the delegates voted.", "Most popular of the motions",
                                  "Forgot the password of the union's account", "Register now, the committee said."])
def test_near_misses_of_a_story_s_links(line):
    assert not widget_line(line)


def test_a_link_to_go_on_reading_between_the_story_s_paragraphs_is_set_aside_and_the_story_kept():
    ed = conv(ARTICLE.replace("They voted", "Continue Reading\n\nThey voted") + "More ›\n\n")
    assert not {"Continue Reading", "More ›"} & set(headings(ed))
    assert ("page widget", "Continue Reading") in furniture(ed)
    assert paragraphs(ed) == [p for p in PROSE.split("\n\n") if p]


# -- A thread whose comments end with a row of controls, the commenter's lines above each stamp (judge6 18) -------

def controlled_comment(name: str, fans: int, words: str, seconds: int) -> str:
    return (f"{name}\n\n{fans} Fans\n\n{seconds} seconds ago (7:18 PM)\n{words}\n\n"
            f"{name}: {words[:20]}\nhttp://example.org/social/{name}/1\nHistory  |   Permalink  |  Share it\n\n")


CONTROLLED_THREAD = "".join(controlled_comment(name, fans, words, s) for name, fans, words, s in (
    ("tbrnotb", 372, "Congratulations! You asked for it.", 51), ("WatchTheVote", 121, "When this law backfires.", 60),
    ("UpNorthGuy", 1204, "If we stop it after 26 weeks, there would be people.", 44)))


def test_a_thread_whose_comments_end_with_a_row_of_controls_is_set_aside_with_its_commenters():
    ed = conv(ARTICLE + CONTROLLED_THREAD + "Collections\n\n")
    assert not [h for h in headings(ed) if "Fans" in h or h in ("WatchTheVote", "UpNorthGuy")]
    aside = furniture(ed)
    assert ("comment thread", "121 Fans") in aside and ("comment thread", "WatchTheVote") in aside
    assert paragraphs(ed) == [p for p in PROSE.split("\n\n") if p] + ["Collections"]  # the page's next part kept


def test_near_misses_of_a_thread_with_a_row_of_controls():
    # the row twice only; and a row repeated under no comment's stamp (a gallery's captions)
    ed = conv(ARTICLE + "".join(controlled_comment(n, 3, "A reform.", 5) for n in ("Ann", "Bo")))
    assert not [f for f in ed.furniture if f.what == "comment thread"]
    rows = "".join(f"Picture {n} of the pits\nHistory  |   Permalink  |  Share it\n\n" for n in (1, 2, 3))
    ed = conv(ARTICLE + rows)
    assert not [f for f in ed.furniture if f.what == "comment thread"]


@pytest.mark.parametrize(("line", "head"), [("51 seconds ago (7:18 PM)", True), ("Ann Lee 2 hours ago", True),
                                            ("Seventy Years Ago (1917)", False), ("2 hours ago (the meeting)", False)])
def test_a_comment_s_head_with_the_clock_after_its_time_ago(line, head):
    assert comment_head(line) == head


@pytest.mark.parametrize(("line", "read"), [
    ("By  Ann Writer  Tuesday, Aug. 17, 2010", ("Ann Writer", "Aug. 17, 2010")),  # judge6 03: the weekday the date's
    ("By Ann Writer Monday | 12 March 2019", ("Ann Writer", "12 March 2019")),
    ("By Jane Friday, Aug. 17, 2010", ("Jane Friday", "Aug. 17, 2010")),  # near miss: a name of two words kept
    ("By Ann Writer Tuesday", ("Ann Writer Tuesday", "")),  # near miss: no date after it, the line as it reads
])
def test_a_weekday_before_a_byline_s_date_is_no_part_of_the_name(line, read):
    assert byline(line) == read


#: a comment widget's sign-in form under its thread, each field's label saying it is required or optional
FORM_UNDER = ("Read all 27 comments in our forum\n\nYou must be logged in to comment\n\nEmail is Required\nEmail\n\n"
              "Password is Required\nPassword\n\nForgot Password?\n\nComment on this article\n\n"
              "Message is Required\n(9000 characters max)\n\nSignature (Optional)\n(200 characters max)\n\n")


def test_a_comment_form_under_its_thread_is_set_aside_to_its_last_field():
    ed = conv(ARTICLE + NUMBERED_THREAD + FORM_UNDER + "Multimedia\n\n")
    aside = furniture(ed)
    assert ("comment form", "Email is Required Email") in aside
    assert ("comment form", "Signature (Optional) (200 characters max)") in aside
    assert not [h for h in headings(ed) if "Required" in h or "Signature" in h]
    assert ("comment form", "Multimedia") not in aside  # after the last field: no part of the form


def test_near_misses_of_a_comment_form_under_its_thread():
    # the form far below the thread (a newsletter's sign-up after the pager and an appeal); a single label
    far = "Pages\n\n1 | 2 | 3 | next\n\nSupport us.\n\nSign Up For Alerts\n\n" + FORM_UNDER.split("Read all")[1]
    ed = conv(ARTICLE + NUMBERED_THREAD + far)
    assert not [f for f in ed.furniture if f.what == "comment form"]
    ed = conv(ARTICLE + NUMBERED_THREAD + "Message is Required\n\nMultimedia\n\n")
    assert not [f for f in ed.furniture if f.what == "comment form"]


@pytest.mark.parametrize(("line", "credit"), [
    ("Ann Writer / Getty Images", True), ("Ann Writer/AFP/Getty Images", True), ("Bo Lee / Reuters Pictures", True),
    ("Lenin / Trotsky", False), ("The strike / Getty Images", False), ("ann writer / getty images", False),
    ("Getty Images", False), ("Ann Writer / Getty Images / and the rest of the pictures", False),
])
def test_a_photo_s_credit_alone_on_its_line(line, credit):
    # judge6 03: "Win McNamee / Getty Images" under the caption was printed as a heading
    assert credit_line(line) == credit


def test_a_photo_s_credit_under_its_caption_is_set_aside_and_the_article_kept():
    ed = conv(ARTICLE.replace("The delegates of the", "A miner at the pit head on Monday.\n\nAnn Writer / Getty "
                              "Images\n\nThe delegates of the"))
    assert ("image caption", "Ann Writer / Getty Images") in furniture(ed)
    assert "Ann Writer / Getty Images" not in headings(ed)
    assert paragraphs(ed)[-3:] == [p for p in PROSE.split("\n\n") if p]
