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
    modified_stamp,
    post_byline,
    share_targets_line,
    widget_line,
)
from edition.witness.reading import read_text
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
