"""A promotion's box at the top of a web page taken for its header, and a text's opening section taken for its title
(``edition.witness.layout``: :func:`promo_title`, :func:`_opening_section`, :func:`_byline_over_dates`).

A short heading at the top ("Latest Issue") over a standfirst that names someone inside its sentence ("… Jane
Roe asks …"), the site's words of its wares in or under them, with a headline lower down over "By NAME" and its
date lines: the box is the site's, the headline the title, the byline the author. A chapter's file that prints
no title and opens with the heading of its unnumbered first section ("Preliminary") over prose, numbered
sections below it ("I. …", "II. …"): no title, the heading a section's. Each with its near misses.
"""

from __future__ import annotations

from edition.convert import convert, report
from edition.witness.layout import Blk, _byline_over_dates
from edition.witness.reading import Line, read_text
from pieces import plain

#: a site's menus, one link to a line, at the top of its page
MENU = "Home\n\nPolitics\n\nEconomics\n\nWorld\n\nScience\n\nMagazine\n\n"
#: a promotion's box: its heading, its standfirst naming a writer inside it, the site's call under it
BOX = ("Latest Issue\n\n"
       "The June issue: what next for the party in power? Jane Roe asks how the cabinet can hold together, and we "
       "list the year's fifty best books.\n"
       "Read Now   Or Checkout the archive\n\n"
       "Previous\n\nMay 2022\n\nApril 2022\n\n")
#: the article under the site's lines: the rubric's row, the headline, its standfirst, its byline over its dates
ARTICLE = ("Log In Subscribe\n\n"
           "Essays   Magazine   Empire\n\n"
           "The Commonwealth revived: an old dream returns\n\n"
           "Having left the union, the government is indulging an old fantasy about a role in the world.\n\n"
           "By  John Doe\nJanuary 19, 2017\nFebruary 2017\n\n")
#: the article's prose, a paragraph a line
PROSE = (
    "The delegates of the district committees met in the spring, in a hall the railway workers had lent them.\n\n"
    "They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes.\n\n"
    "The minutes of the meeting were printed in the union's paper a week later, with the names of all who spoke.\n\n"
    "A fourth paragraph tells of the strike that followed, and of the men who led it through the winter months.\n\n"
    "The last paragraph gives the count of the votes cast in each district, and the names of the tellers there.\n\n"
)


def found(ed, what: str) -> dict:
    return report(ed)["found"][what]


def headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def test_a_promotion_s_box_over_a_headline_with_its_byline_and_dates_is_no_title():
    ed = convert(read_text(MENU + BOX + ARTICLE + PROSE))
    title = found(ed, "title")
    assert title["value"] == "The Commonwealth revived: an old dream returns"
    assert not title["sure"]  # the site's lines above it: a guess
    author = found(ed, "author")
    assert author["value"] == "John Doe"
    assert "Jane Roe" not in author["value"]
    assert found(ed, "date")["value"] == "January 19, 2017"
    boxed = [" ".join(f.text.split()) for f in ed.furniture if f.what.startswith("promotion's box")]
    assert boxed[0] == "Latest Issue" and "Jane Roe asks" in boxed[1]
    # the rubric's row over the headline is the site's, no title and no heading
    assert "Essays Magazine Empire" not in headings(ed)
    assert "The Commonwealth revived: an old dream returns" not in headings(ed)


def test_a_short_title_over_a_standfirst_without_the_site_s_words_stays_the_title():
    # near miss: the heading names none of the site's wares, nor does the line under the standfirst
    box = BOX.replace("Latest Issue", "The Long Strike").replace("Read Now   Or Checkout the archive", "Next page")
    ed = convert(read_text(MENU + box + ARTICLE + PROSE))
    assert found(ed, "title")["value"] == "The Long Strike"


def test_a_promotion_s_box_without_a_dated_headline_below_stays_the_title():
    # near miss: no byline over a date below: nothing beats the heading
    article = ARTICLE.replace("By  John Doe\nJanuary 19, 2017\nFebruary 2017\n\n", "")
    ed = convert(read_text(MENU + BOX + article + PROSE))
    assert found(ed, "title")["value"] == "Latest Issue"


def test_a_byline_over_a_prose_line_is_no_byline_over_dates():
    def blk(*texts: str) -> Blk:
        return Blk([Line(t, i + 1, 0) for i, t in enumerate(texts)], 1, 1)

    assert _byline_over_dates(blk("By  John Doe", "January 19, 2017", "February 2017"))
    assert _byline_over_dates(blk("By John Doe", "19 January 2017"))
    assert not _byline_over_dates(blk("By John Doe", "who wrote it in the spring"))
    assert not _byline_over_dates(blk("By John Doe",))


# -- A text's opening section at its top -------------------------------------------------------------------

SECTIONS = (
    "I. Production and Wages\n\n"
    "The argument rested upon two premises, the first of which is that the product of the nation is fixed.\n\n"
    "II. Production, Wages, Profits\n\n"
    "The address read to us might have been compressed into a nutshell, and its reasoning amounted to this.\n\n"
    "III. Wages and Currency\n\n"
    "On the second day of the debate our old friend gave us a new form of his old assertions, as he said.\n\n"
)
OPENING = ("Preliminary\n\nCITIZENS,\n\n"
           "Before entering into the subject-matter, allow me to make a few preliminary remarks on the debate.\n\n")


def test_an_opening_section_s_heading_over_numbered_sections_is_no_title():
    ed = convert(read_text(OPENING + SECTIONS))
    title = found(ed, "title")
    assert not title["sure"] and title["value"].startswith("Untitled")
    assert headings(ed)[:2] == ["Preliminary", "I. Production and Wages"]


def test_a_title_over_numbered_sections_stays_the_title():
    # near miss: a title's words, no section's name
    ed = convert(read_text(OPENING.replace("Preliminary", "Value, Price and Profit") + SECTIONS))
    assert found(ed, "title")["value"] == "Value, Price and Profit"
    assert "Value, Price and Profit" not in headings(ed)


def test_an_introduction_without_numbered_sections_below_stays_the_title():
    # near miss: "Introduction" over prose, no numbered sections: it may be the text's title
    ed = convert(read_text(OPENING.replace("Preliminary", "Introduction") + PROSE))
    assert found(ed, "title")["value"] == "Introduction"


# -- Notes marked by a number in braces, and a sign's one note in the running text -----------------------------

def notes(ed) -> dict[str, str]:
    return {n.label: " ".join(plain(p) for p in n.paragraphs) for n in ed.notes}


def test_a_number_in_braces_over_a_body_opening_with_it_is_a_note():
    text = ("Long live the revolution of the workers of all the countries of the world, we said then.\n\n"
            "N. Lenin\n\nApril 25, 1917{1}\n\n{1} The date and the signature are in the author's hand.\n")
    ed = convert(read_text(text))
    assert notes(ed) == {"1": "The date and the signature are in the author's hand."}
    assert any("[note:1]" in plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


def test_a_number_in_braces_without_its_body_is_no_note():
    # near miss: a template's placeholder, "{1}" in the text and no line opening with it
    text = ("The program prints the string {1} where the second argument goes, as the manual says it will.\n\n"
            "The manual says so on the same page, and on the next one it gives an example of it too.\n")
    ed = convert(read_text(text))
    assert not ed.notes
    assert any("{1}" in plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


#: an article whose one note is set under its last paragraph, the site's lines under it
SIGNED = ("The rules prevent internet providers like Acme* and Verizon from charging websites a fee to reach "
          "their users faster.\n\n"
          "The commission voted on the rules in the spring, and the providers went to court over them at once.\n\n"
          "* Acme's parent company is a minority investor in the group that owns this site.\n\n"
          "More From the Site\n\nTrending\n\nThe story everyone is reading this week\n\n"
          "The Latest\n\nA second story of the week\n\nA third story of the week\n\nContact Us\n\n")


def test_a_sign_s_one_note_under_the_article_is_its_marker_s_note():
    ed = convert(read_text(SIGNED))
    assert notes(ed) == {"*": "Acme's parent company is a minority investor in the group that owns this site."}
    assert any("Acme[note:*]" in plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


def test_an_asterisk_before_a_word_is_no_note_s_marker():
    # near miss: a reconstructed form ("*dūcan") and a line opening with the sign: no marker after a word
    text = SIGNED.replace("Acme* and", "Acme and").replace("The commission", "From *dūcan, the commission")
    ed = convert(read_text(text))
    assert not ed.notes
    assert any("*dūcan" in plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


def test_a_list_s_items_opening_with_the_sign_are_no_notes():
    # near miss: two lines opening with the sign (a list's items), though a word before it calls one
    items = "* Acme's first company is a carrier.\n\n* Acme's second company is a studio.\n\n"
    text = SIGNED.replace("The commission voted", items + "The commission voted").replace(
        "* Acme's parent company is a minority investor in the group that owns this site.\n\n", PROSE)
    ed = convert(read_text(text))
    assert not ed.notes
    assert "Acme*" in " ".join(plain(b.pieces) for b in ed.blocks)


# -- A headline under its date line alone, over the article's prose ------------------------------------------

#: a site's menus copied one link to a line, a notice of one sentence above them
NOTICE_MENUS = ("This is historical material frozen in time, and the website is no longer updated by anyone.\n\n"
                "Home\nBriefing Room\nIssues\nThe Administration\nParticipate\n\n"
                "Briefing Room\nSpeeches & Remarks\nPress Briefings\nStatements & Releases\n\n")


def test_a_headline_under_its_date_line_over_the_article_s_prose_is_the_title():
    text = (NOTICE_MENUS + "The Office\n\nFor Immediate Release\nApril 11, 2015\n\n"
            "Weekly Address: Free Community College\n\n" + PROSE)
    ed = convert(read_text(text))
    title = found(ed, "title")
    assert (title["value"], title["sure"]) == ("Weekly Address: Free Community College", False)
    assert found(ed, "date")["value"] == "April 11, 2015"
    assert "Weekly Address: Free Community College" not in headings(ed)
    # the article's first paragraph stays the text's, no standfirst
    assert any(plain(b.pieces).startswith("The delegates") for b in ed.blocks if b.kind == "paragraph")


def test_a_teaser_s_date_headline_and_blurb_is_no_title():
    # near miss: one blurb under the headline, the next teaser's date under it: no article begins there
    teasers = "".join(f"April {d}, 2015\n\nNews of the day number {d} here\n\n"
                      f"A blurb of the story of the day, in one sentence of a dozen words or more.\n\n"
                      for d in (11, 12, 13))
    ed = convert(read_text(NOTICE_MENUS + teasers + "Contact\n\nPrivacy\n\n"))
    assert not found(ed, "title")["value"].startswith("News of the day")


# -- A menu's label taken for the title above a wiki skin's language button ------------------------------------

def _skin_page(label: str) -> str:
    def lines(*items: str) -> str:
        return "\n".join(items) + "\n\n"
    return (lines("Jump to content") + lines("Main menu") + lines("Main menu", "move to sidebar", "hide")
            + lines("Navigation") + lines("Main page", "Contents", "Current events", "Random article", "About the wiki",
                                          "Contact us") + lines("Contribute")
            + lines("Help", "Learn to edit", "Community portal", "Recent changes", "Upload file") + lines("Search")
            + lines("Search") + lines("Donate") + lines("Appearance") + lines("Create account", "Log in")
            + f"{label}\n\n" + lines("Create account", "Log in") + lines("Pages for logged out editors learn more")
            + lines("Contributions", "Talk") + lines("Contents") + lines("(Top)") + lines("1 History")
            + lines("2 Causes") + lines("Toggle the table of contents") + "The Coal Strike\n\n5 languages\n\n"
            + lines("Deutsch", "Español", "Français", "Italiano", "Polski")
            + lines("Article", "Talk", "Read", "Edit", "View history", "Tools") + PROSE)


def test_a_menu_s_label_over_the_menus_down_to_the_language_button_is_no_title():
    ed = convert(read_text(_skin_page("Personal tools")))
    title = found(ed, "title")
    assert (title["value"], title["sure"]) == ("The Coal Strike", True)
    assert "Personal tools" in [" ".join(f.text.split()) for f in ed.furniture]


def test_a_title_over_the_text_above_no_language_button_stays_the_title():
    # near miss: the short title has the article's prose under it, no menus down to a language button
    ed = convert(read_text("Home\n\nAbout\n\nBlog\n\nContact\n\nDonate\n\nThe Long Strike\n\n" + PROSE
                           + "\n5 languages\n\n"))
    assert found(ed, "title")["value"] == "The Long Strike"
