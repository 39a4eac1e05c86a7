"""A whole web page copied with its chrome: the site's links at the top and the foot, a wiki's own lines,
its edit links and its "^" reference list, each known by its form (``edition.witness.layout``:
:func:`top_link_list`, :func:`bottom_link_list`, :func:`list_runs`, :func:`caret_notes`;
``edition.witness.wiki``).

Each rule on small texts of our own making, with the near miss that must not be taken: a real heading
followed by prose stays a heading, a real list of the article stays its text.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from edition.convert import convert, report
from edition.witness.furniture import link_item, skip_call, skip_link_line, skip_links, wiki_jump_line
from edition.witness.layout import dated_name
from edition.witness.reading import read_text
from edition.witness.script import words
from edition.witness.tables import read_tabs, tab_tables
from edition.witness.wiki import (
    LINK_BACK_WORDS,
    caret_groups,
    caret_labels,
    dump_heading,
    edit_suffix,
    foot_menu,
    wiki_heading_lines,
    wiki_line_kind,
)
from edition.writers.myst import render
from pieces import plain

#: two paragraphs of prose, to stand for an article's text
PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def conv(source: str):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")))


def lines(*items: str) -> str:
    """Blocks of one line each, a blank line between them, as a web page's links are copied."""
    return "\n\n".join(items) + "\n\n"


def headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def paragraphs(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]


def furniture(ed) -> list[tuple[str, str]]:
    return [(f.what, f.text.strip()) for f in ed.furniture]


# -- A link's label, by its form --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Get Involved", "software-freedom", "December 2021", "Tiếng Việt",
                                  "Beta, Nightly, Developer Edition", "Jane Q. Public", "Categories: News"])
def test_a_link_s_label_is_short_and_no_sentence(text):
    assert link_item(text)


@pytest.mark.parametrize("text", ["The committees were elected.", "Leave it blank!",
                                  "Official site, including the rules", "One. Two",
                                  "A line of eleven words that goes on and on and on"])
def test_a_sentence_or_a_clause_is_no_link(text):
    assert not link_item(text)


# -- The site's links at the top of the page ------------------------------------------------------

TOP_MENU = lines("Red Lantern", "Home", "About us", "Pamphlets", "Contact", "archive", "labour-history", "strikes",
                 "News of strikes, pickets and meetings from the coalfield", "The Coal Strike of 1926",
                 "Friday 7 May 2021 by Jane Example") + PROSE


def test_a_page_s_top_links_one_to_a_line_are_set_aside_down_to_the_title():
    ed = conv(TOP_MENU)
    assert ed.title == "The Coal Strike of 1926"
    assert not set(headings(ed)) & {text for _, text in furniture(ed)}
    assert furniture(ed)[:9] == [("link list", x) for x in (
        "Red Lantern", "Home", "About us", "Pamphlets", "Contact", "archive", "labour-history", "strikes",
        "News of strikes, pickets and meetings from the coalfield")]
    # nothing dropped: each line is in the apparatus, and the run is one decision with its reason
    entries = [e for e in ed.apparatus
               if e.kind == "furniture" and e.note == "link list set aside from the running text"]
    assert [e.lineno for e in entries] == list(range(1, 18, 2))
    decided = [d for d in ed.decisions if d.what == "furniture" and d.value == "lines 1–17"]
    assert decided and "read as the site's links" in decided[0].how and decided[0].sure
    assert paragraphs(ed)[-2:] == [p for p in PROSE.split("\n") if p]


def test_a_page_s_title_and_byline_above_the_text_are_never_its_top_links():
    # the near miss: a title, an author and a date, four short lines, then prose: the header, no menu
    ed = conv(lines("The Coal Strike of 1926", "Jane Example", "7 May 2021", "Part One") + PROSE)
    assert ed.title == "The Coal Strike of 1926"
    assert not [f for f in ed.furniture if f.what == "link list"]


def test_short_lines_and_nothing_else_are_no_menu():
    # the near miss: a text of short lines without a paragraph of prose (a poem's, a list's)
    ed = conv(lines("Bread and Roses", "As we go marching", "In the beauty of the day", "A million darkened kitchens",
                    "A thousand mill lofts gray"))
    assert not ed.furniture


# -- The site's links at the foot of the page ------------------------------------------------------

FOOT = lines("Archives", "May 2021", "April 2021", "March 2021", "February 2021", "Recent posts", "About",
             "Your email address will not be published. Required fields are marked *",
             "Name *", "Email *", "Text is available under the Creative Commons Attribution-ShareAlike License.")


def test_a_page_s_foot_of_links_is_set_aside_with_its_forms_and_notices():
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + FOOT)
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p]
    assert headings(ed) == []
    assert ("link list", "May 2021") in furniture(ed)
    assert ("licence line", "Text is available under the Creative Commons Attribution-ShareAlike License.") \
        in furniture(ed)
    assert len(ed.furniture) == 11


def test_an_article_s_closing_list_of_titles_stays_its_text():
    # the near miss: four titles under "Further reading" at the end, no line of the site among them
    items = ("The Miners' Next Step", "Coal and Its Workers", "The General Strike", "Pit Villages")
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Further reading", *items))
    assert not ed.furniture
    assert [p for p in paragraphs(ed) if p in items] == list(items)


def test_a_statement_s_signatories_above_a_share_line_stay_its_text():
    # the near miss: the names are the text's, the share line below them the site's
    names = ("Jane Example", "Tom Sample", "Rosa Instance", "Karl Specimen", "Ada Model")
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Signed:", *names, "Share this article"))
    assert furniture(ed) == [("call to action", "Share this article")]
    assert [p for p in paragraphs(ed) if p in names] == list(names)


# -- A run of short lines in the body is a list, not a run of headings -----------------------------

def test_a_run_of_short_lines_in_the_body_is_no_run_of_headings():
    items = ("Represent the union in their district", "Recruit and train new delegates",
             "Keep the minutes of each meeting", "Report to the committee monthly", "Document all their work")
    source = ("The Coal Strike of 1926\n\n" + PROSE.split("\n")[0] + "\n\nA delegate agrees to these duties:\n\n"
              + lines(*items) + "Duties of the committee\n\n" + PROSE.split("\n")[2] + "\n")
    ed = conv(source)
    assert [p for p in paragraphs(ed) if p in items] == list(items)
    # a heading is followed by prose: the section's heading after the list stays one
    assert headings(ed) == ["Duties of the committee"]


def test_a_heading_and_its_subheading_over_prose_stay_headings():
    # the near miss: three short lines, then prose
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Project updates", "The pits", "Wages")
              + PROSE)
    assert headings(ed) == ["Project updates", "The pits", "Wages"]


# -- A heading heads a section: prose of its own under it (:func:`sectionless_headings`) -------------

ONE = PROSE.split("\n")[0]
TWO = PROSE.split("\n")[2]


def test_a_heading_over_a_short_line_over_the_next_heading_is_no_heading_but_kept_in_the_text():
    # a widget's line over a link: no prose of its own before the next heading
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Members only", "log in or register",
                                                                  "Duties of the committee") + TWO + "\n")
    assert headings(ed) == ["Duties of the committee"]
    assert "Members only" in paragraphs(ed) and "log in or register" in paragraphs(ed)


def test_a_heading_over_a_short_sentence_or_over_a_subheading_stays_a_heading():
    # near misses: a sentence with its stop is a section; a heading over a subheading over prose
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Results", "It failed.", "Part Two",
                                                                  "The lockout") + TWO + "\n")
    assert headings(ed) == ["Results", "Part Two", "The lockout"]


def test_a_heading_over_a_list_of_short_lines_stays_a_heading():
    # the near miss: links or names under "Further reading", no bullets: a section of its own
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Duties of the committee", "Jane Example",
                                                                  "The Pits Again", "Wages", "Tom Sample") + TWO + "\n")
    assert headings(ed)[0] == "Duties of the committee"


THREAD = lines("Jane Example April 26, 2017 at 10:22 am") + ONE + "\n\n" + lines(
    "Reply Link", "Tom Sample April 27, 2017 at 7:13 am") + TWO + "\n\n" + lines("Reply Link")


def test_a_thread_s_name_and_date_lines_and_its_reply_links_are_no_headings():
    ed = conv("The Coal Strike of 1926\n\nBy Ann Writer\n\n" + PROSE + "\n" + THREAD)
    assert headings(ed) == []
    assert "Jane Example April 26, 2017 at 10:22 am" in paragraphs(ed)
    assert paragraphs(ed).count("Reply Link") == 2
    # the comments' heads are no bylines: the text's own byline is the one
    assert report(ed)["author"] == "Ann Writer"


def test_one_name_and_date_line_is_no_thread():
    # the near miss: one such line alone over prose, no other down the page: no thread, and it keeps its role
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + lines("Jane Example April 26, 2017 at 10:22 am")
              + TWO + "\n")
    assert headings(ed) == ["Jane Example April 26, 2017 at 10:22 am"]


@pytest.mark.parametrize("text, dated", [
    ("Jane Example April 26, 2017 at 10:22 am", True),
    ("RW May 1, 2017", True),
    ("Debora Weber-Wulff 27 April 2017", True),
    ("The strike began on April 26, 2017 at noon", False),
    ("April 26, 2017", False),
    ("Report of 12 delegates May 1, 2017", False),
])
def test_a_name_and_its_date_is_a_comment_s_head_by_its_form(text, dated):
    assert dated_name(text) is dated


# -- A wiki's edit link after its headings ----------------------------------------------------------

def test_a_wiki_s_edit_link_makes_a_heading_in_any_case_set_aside_and_recorded():
    ed = conv("The Coal Strike\n\n" + PROSE + "\nEarly years[edit]\n\n" + PROSE + "\nlibcoal[edit]\n\n" + PROSE)
    assert headings(ed) == ["Early years", "libcoal"]
    links = [e for e in ed.apparatus if e.kind == "furniture" and e.reading == "[edit]"]
    assert [e.note for e in links] == ["wiki edit link set aside from the running text"] * 2
    assert [f.what for f in ed.furniture] == ["wiki edit link"] * 2


@pytest.mark.parametrize("text", ["Click the button marked [edit].", "[edit]",
                                  "A line of more than twelve words that a page ends with a link that reads [edit]"])
def test_a_sentence_ending_in_edit_is_no_wiki_heading(text):
    assert edit_suffix(text) == -1


# -- Scripts written without spaces: words counted by their characters --------------------------------

#: a page of our own making in Japanese: the wiki's menus, its title, its lead of two sentences, two sections
#: with their edit links, a list, and prose under each
JAPANESE_PAGE = """\
メインページ

最近の更新

ログイン

アカウント作成

炭鉱のストライキ

地区委員会の代表は春に集まり、鉄道労働者が一週間貸してくれた会館で会議を開いた。三日目に投票が行われ、炭鉱を委員会に渡す動議は九票差で否決された。

歴史[編集]

組合は一九二〇年に結成され、最初の大会には三百人の代表が出席した。その後の十年間で組合員の数は三倍に増えた。

賃金の引き下げ
労働時間の延長
組合の解散

影響[ソースを編集]

ストライキの後、多くの炭鉱労働者が町を離れ、南部の工場で新しい仕事を探さなければならなかった。
"""


@pytest.mark.parametrize("text, count", [
    ("法的問題", 2),  # two characters a word
    ("歴史", 1),
    ("日本語", 1),  # a run a character longer than a word: one (a name, a label)
    ("閩南語 / Bân-lâm-gí", 3),
    ("地区委員会の代表は春に集まった。", 8),  # 16 characters: the stop stays with the last word
    ("HTTPプログラミング", 5),  # the Latin run a word, the kana cut
    ("The delegates met in the spring.", 6),  # a spaced script: its spaces only
    ("Делегаты собрались весной.", 3),
    ("노동자들이 모였다", 2),  # Korean is spaced
    ("การประชุมของผู้แทน", 5),  # Thai: four characters a word
])
def test_words_of_a_script_without_spaces_are_counted_by_its_characters(text, count):
    got = words(text)
    assert len(got) == count
    assert "".join(got) == "".join(text.split())  # the pieces are the text, nothing lost, nothing added
    if text.endswith("。"):
        assert got[-1].endswith("。")


def test_prose_in_a_script_without_spaces_is_the_text_and_its_menus_are_furniture():
    ed = conv(JAPANESE_PAGE)
    # the lead and the sections' prose are the text, never a "link list" of one-word lines
    assert any(p.startswith("地区委員会の代表は") for p in paragraphs(ed))
    assert any(p.startswith("組合は一九二〇年に") for p in paragraphs(ed))
    assert any(p.startswith("ストライキの後") for p in paragraphs(ed))
    # the edit links in Japanese make headings and are set aside, as "[edit]" is
    assert headings(ed) == ["歴史", "影響"]
    assert {("wiki edit link", "[編集]"), ("wiki edit link", "[ソースを編集]")} <= set(furniture(ed))
    # the near miss: the menus above the title, short lines by their characters too, are still the site's
    menus = ("メインページ", "最近の更新", "ログイン", "アカウント作成")
    assert {("link list", t) for t in menus} <= set(furniture(ed))
    assert report(ed)["found"]["title"]["value"] == "炭鉱のストライキ"


def test_a_long_line_in_a_script_without_spaces_is_no_link_but_a_short_one_is():
    assert not link_item("ストライキの後、多くの炭鉱労働者が町を離れ、南部の工場で新しい仕事を探した")  # 37 characters
    assert link_item("最近の更新")
    assert link_item("Recent changes")


@pytest.mark.parametrize("text, at", [("手法[編集]", 2), ("法的問題[ソースを編集]", 4), ("Geschichte[Bearbeiten]", 10)])
def test_a_wiki_s_edit_link_in_other_languages_is_known_from_the_data(text, at):
    assert edit_suffix(text) == at


@pytest.mark.parametrize("text, kind", [
    ("出典: フリー百科事典『ウィキペディア（Wikipedia）』", "wiki tagline"),
    ("维基百科，自由的百科全书", "wiki tagline"),
    ("ナビゲーションに移動 検索に移動", "wiki navigation"),
    ("出典: 炭鉱労働組合の記録", None),  # a source's line, no wiki's tagline
    ("検索エンジンに移動する方法", None),
])
def test_a_wiki_s_tagline_and_navigation_in_japanese_and_chinese(text, kind):
    assert wiki_line_kind(text, "top") == kind


def test_a_sentence_in_a_script_without_spaces_ending_in_an_edit_link_is_no_heading():
    # more than twelve words by its characters, and a sentence: no heading's edit link
    assert edit_suffix("組合は一九二〇年に結成され、最初の大会には三百人の代表が出席した[編集]") == -1
    assert edit_suffix("組合は結成された。[編集]") == -1


# -- A wiki's reference list: "^ …", one body for each note, in order --------------------------------

WIKI_NOTES = """\
The Coal Strike

The strike began in May.[1] The owners locked the miners out.[2] It lasted seven months.[1]

The miners went back in December, on the owners' terms.[3]

References[edit]

^ a b Jane Example (1999). The Long Lockout. Coalfield Press.

^ "The lockout of 1926". The Miners' Review. Retrieved 2016-05-01.

^ For the terms, see the section below.
"""


def test_a_wiki_s_caret_list_gives_the_notes_of_its_numbers_in_order():
    ed = conv(WIKI_NOTES)
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "Jane Example (1999). The Long Lockout. Coalfield Press."),
        ("2", "\"The lockout of 1926\". The Miners' Review. Retrieved 2016-05-01."),
        ("3", "For the terms, see the section below.")]
    notes = report(ed)["notes"]
    assert notes["missing_bodies"] == [] and notes["orphan_bodies"] == []
    assert headings(ed) == ["References"]


def test_a_caret_list_that_does_not_match_the_numbers_is_no_notes():
    # the near miss: two bodies for three numbers: the list stays as the witness has it
    ed = conv(WIKI_NOTES.replace('^ "The lockout of 1926". The Miners\' Review. Retrieved 2016-05-01.\n\n', ""))
    assert not [n for n in ed.notes if any(plain(p).startswith("Jane Example") for p in n.paragraphs)]
    assert any(p.startswith("^ a b Jane Example") for p in paragraphs(ed))


def test_a_caret_list_s_backlink_letters_are_recorded():
    # judge round 23: "^ a b" was set aside with no word in the apparatus
    ed = conv(WIKI_NOTES)
    (decision,) = [d for d in ed.decisions if d.what == "backlinks"]
    assert decision.value == "1 bodies, line 9"
    assert "**Links back set aside.**" in render(ed)


#: the same list as another copy of the page prints its links back in words: "Jump up ^" before a body called
#: once, "^ Jump up to: a b" before one called more often
WIKI_JUMP_NOTES = WIKI_NOTES.replace("^ a b Jane", "^ Jump up to: a b Jane").replace(
    '^ "The lockout', 'Jump up ^ "The lockout').replace("^ For the terms", "Jump up ^ For the terms")


def test_a_caret_list_whose_links_back_are_in_words_gives_the_notes_in_order():
    # judge6 05: the bodies "Jump up ^ …" were printed as paragraphs, the markers linked to placeholders
    ed = conv(WIKI_JUMP_NOTES)
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "Jane Example (1999). The Long Lockout. Coalfield Press."),
        ("2", "\"The lockout of 1926\". The Miners' Review. Retrieved 2016-05-01."),
        ("3", "For the terms, see the section below.")]
    assert not [p for p in paragraphs(ed) if "Jump up" in p]
    # the words set aside, each recorded where it stood
    assert [f.text for f in ed.furniture if f.what == LINK_BACK_WORDS] == [
        "^ Jump up to: a b", "Jump up ^", "Jump up ^"]
    assert "[Jump up \\^]{.reading}" in render(ed)


def test_jump_up_words_without_a_caret_or_out_of_count_are_no_notes():
    # near misses: a sentence that begins "Jump up" (no caret), and a list of two bodies for three numbers
    ed = conv(WIKI_JUMP_NOTES.replace("Jump up ^ For the terms", "Jump up and see the terms"))
    assert any(p.startswith("Jump up and see the terms") for p in paragraphs(ed))
    assert not [f for f in ed.furniture if f.what == LINK_BACK_WORDS and "see" in f.text]
    ed = conv(WIKI_JUMP_NOTES.replace('Jump up ^ "The lockout of 1926". The Miners\' Review. Retrieved 2016-05-01.\n\n',
                                      ""))
    assert not [n for n in ed.notes if any(plain(p).startswith("Jane Example") for p in n.paragraphs)]
    assert any(p.startswith("^ Jump up to: a b Jane Example") for p in paragraphs(ed))


#: a country's page: notes of a group ("[n 1]") under "Footnotes", citations under "Citations", a note that
#: cites a work itself (its number skipped by the running text), bodies called twice with their backlinks
WIKI_GROUPS = """Ruritania

From Wikipedia, the free encyclopedia

Ruritania is a small country in central Europe.[1] Its name is old.[n 1] It has many rivers.[2][3]

History[edit]

The kingdom was founded in 1200.[4] It fought long wars.[n 2][1] A book of [1917] says so [sic], of CO2.[6]

Geography[edit]

The land is flat and wide, as all the books say.[7][2] The old king ruled it for many years.[n 3]

Notes[edit]

Footnotes[edit]

^ The name comes from the river.
^ The wars were many and long, as Smith says.[5]
^ He ruled for forty years.

Citations[edit]

^ a b Smith, John (2001). A History. London: Press. p. 4.
^ a b Jones 1999, p. 12.
^ Brown 2003.
^ Green 2004, p. 7.
^ Smith 2001, p. 9.
^ White 2005.
^ Black 2006.

External links[edit]

Official site of the kingdom
"""


def test_a_wiki_s_two_lists_give_the_notes_of_a_group_and_the_citations():
    ed = conv(WIKI_GROUPS)
    labels = {n.label: plain(n.paragraphs[0]) for n in ed.notes}
    assert labels["n1"] == "The name comes from the river." and labels["n3"] == "He ruled for forty years."
    assert labels["1"].startswith("Smith, John (2001)") and labels["7"] == "Black 2006."
    assert labels["5"] == "Smith 2001, p. 9." and len(labels) == 10
    notes = report(ed)["notes"]
    assert notes["missing_bodies"] == [] and notes["orphan_bodies"] == []
    text = " ".join(paragraphs(ed))
    assert "[1917]" in text and "[sic]" in text and "of CO2." in text and "^" not in text
    assert "Citations" in headings(ed) and "Footnotes" in headings(ed)
    myst = render(ed)
    assert "old.[^n1]" in myst and "[^n2][^1]" in myst and "old.\\[n 1" not in myst
    assert "**Note labels.** \\[n 1\\] as n1 … \\[n 3\\] as n3" in myst
    (backlinks,) = [d for d in ed.decisions if d.what == "backlinks"]
    assert backlinks.value.startswith("2 bodies")


def test_two_caret_lists_that_do_not_match_the_groups_are_no_notes():
    # the near miss: a footnote's body missing, the lists stay as the witness has them
    ed = conv(WIKI_GROUPS.replace("^ He ruled for forty years.\n", ""))
    assert not [n for n in ed.notes if n.label.startswith("n")]
    assert any(p.startswith("^ a b Smith") for p in paragraphs(ed))


def test_caret_groups_pair_each_run_with_a_group():
    assert caret_groups(["1", "n1", "2", "n2"], [2, 2]) == [["1", "2"], ["n1", "n2"]]
    assert caret_groups(["1", "n1", "2", "n2", "n3"], [3, 2]) == [["n1", "n2", "n3"], ["1", "2"]]
    assert caret_groups(["1", "n1", "3"], [1, 3], ["2"]) == [["n1"], ["1", "2", "3"]]
    assert caret_groups(["2", "n1", "1"], [1, 2]) is None  # the numbers called out of order
    assert caret_groups(["1", "n1", "2"], [1, 3]) is None


def test_caret_labels_need_the_numbers_first_called_in_order():
    assert caret_labels(["1", "2", "1", "3"], 3) == ["1", "2", "3"]
    assert caret_labels(["2", "1", "3"], 3) is None
    assert caret_labels(["1", "2"], 3) is None


# -- A wiki page's own lines ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "where", "kind"), [
    ("From Wikipedia, the free encyclopedia", "top", "wiki tagline"),
    ("Jump to: navigation, search", "top", "wiki navigation"),
    ("(Redirected from Coal strike)", "top", "wiki redirect"),
    ("Main article: General strike", "body", "wiki hatnote"),
    ("See also: Lockout and pdf.js", "body", "wiki hatnote"),
    ('Retrieved from "https://en.example.org/w/index.php?title=Coal&oldid=1"', "body", "wiki stamp"),
    ("Hidden categories:", "foot", "category line"),
    ("Latest revision as of 01:51, 18 January 2023", "body", "wiki revision stamp"),  # judge6 06
    ("Revision as of 14:05, 3 May 2019", "top", "wiki revision stamp"),
])
def test_a_wiki_s_own_lines_by_their_form(text, where, kind):
    assert wiki_line_kind(text, where) == kind


@pytest.mark.parametrize(("text", "where"), [
    ("From Moscow, the delegates went east.", "top"),
    ("See also: the discussion of wages above.", "body"),
    ("Categories: of workers", "body"),
    ("Retrieved from the archive in 1990", "body"),
    ("Latest revision as of May 1926, the owners' terms", "body"),
    ("The latest revision as of 01:51, 18 January 2023", "body"),
])
def test_sentences_like_a_wiki_s_lines_are_the_text(text, where):
    assert wiki_line_kind(text, where) is None


def test_a_wiki_page_s_chrome_is_set_aside_and_its_article_kept():
    source = ("The Coal Strike\n\n" + lines("From Wikipedia, the free encyclopedia", "Jump to: navigation, search")
              + PROSE + "\nCauses[edit]\n\nMain article: Lockout of 1926\n\n" + PROSE + "\n"
              + lines('Retrieved from "https://en.example.org/w/index.php?title=Coal&oldid=1"', "Categories:",
                      "1926 strikes", "Coal mining", "Labour history", "Navigation menu", "Log in", "Main page",
                      "Talk", "Contributions", "Random article", "Help",
                      "This page was last modified on 28 October 2016, at 06:56.",
                      "Text is available under the Creative Commons Attribution-ShareAlike License."))
    ed = conv(source)
    assert ed.title == "The Coal Strike"
    assert headings(ed) == ["Causes"]
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p] * 2
    kinds = dict((text, what) for what, text in furniture(ed))
    # the tagline: the header's source line, or furniture; never the text
    assert (kinds.get("From Wikipedia, the free encyclopedia") == "wiki tagline"
            or [f.value for f in ed.header if f.name == "source"] == ["From Wikipedia, the free encyclopedia"])
    assert kinds["Jump to: navigation, search"] == "wiki navigation"
    assert kinds["Main article: Lockout of 1926"] == "wiki hatnote"
    assert kinds["Categories:"] == "category line"
    assert kinds["This page was last modified on 28 October 2016, at 06:56."] == "page stamp"
    assert kinds["Coal mining"] == "link list"


def test_a_wiki_s_contents_set_aside_give_its_headings_their_levels():
    source = ("The Coal Strike\n\n" + PROSE + "\n" + lines("Contents", "1 Causes", "1.1 wages", "2 Aftermath")
              + "Causes[edit]\n\n" + PROSE + "\nwages[edit]\n\n" + PROSE + "\nAftermath[edit]\n\n" + PROSE)
    ed = conv(source)
    assert [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"] == [
        ("Causes", "2"), ("wages", "3"), ("Aftermath", "2")]
    assert [f.text for f in ed.furniture if f.what == "table of contents"] == [
        "Contents", "1 Causes", "1.1 wages", "2 Aftermath"]


@pytest.mark.parametrize("head", ["Contents\n[hide]", "Contents [show]"])
def test_a_wiki_s_contents_heading_with_its_toggle_is_set_aside_with_the_contents(head):
    # judge6 05: "Contents" over "[hide]" was printed as a heading, its lines set aside
    source = ("The Coal Strike\n\n" + PROSE + "\n" + head + "\n\n" + lines("1 Causes", "2 Aftermath")
              + "Causes[edit]\n\n" + PROSE + "\nAftermath[edit]\n\n" + PROSE)
    ed = conv(source)
    assert headings(ed) == ["Causes", "Aftermath"]
    assert [f.text for f in ed.furniture if f.what == "table of contents"][0] == head


def test_a_heading_with_a_toggle_over_no_contents_is_no_contents():
    # near miss: "Contents [hide]" over prose, no lines of the contents under it
    ed = conv("The Coal Strike\n\n" + PROSE + "\nContents [hide]\n\n" + PROSE)
    assert not [f for f in ed.furniture if f.what == "table of contents"]
    assert "Contents \\[hide\\]" in render(ed)  # kept, where the rules of a toolbar's line put it


def test_what_follows_a_post_s_closing_stamp_is_the_site_s_foot():
    foot = lines("Posted on Friday 7 May 2021 at 09:11 by Jane Example.",
                 "Send your comments on this post to the address below.",
                 "Everything on this site may be copied freely, with its source named, by anyone who asks us first.",
                 "— jane", "Jane Example <jane@example.org>")
    ed = conv("The Coal Strike of 1926\n\n" + PROSE + "\n" + PROSE + "\n" + foot)
    assert paragraphs(ed)[-1] == "Posted on Friday 7 May 2021 at 09:11 by Jane Example."
    assert [f.what for f in ed.furniture] == ["site's foot after the post's stamp"] * 4
    assert any(d.what == "furniture" and "closing stamp" in d.how and not d.sure for d in ed.decisions)


def test_a_posted_line_under_the_title_cuts_nothing():
    # the near miss: the blog's "Posted on …" in the header, the post below it
    ed = conv("The Coal Strike of 1926\n\nPosted on 7 May 2021 by Jane Example\n\n" + PROSE + "\n" + PROSE)
    assert not ed.furniture and len(paragraphs(ed)) == 4


def test_a_date_and_its_author_under_the_title_date_the_post():
    ed = conv(TOP_MENU)
    found = report(ed)["found"]
    assert (found["author"]["value"], found["date"]["value"]) == ("Jane Example", "Friday 7 May 2021")
    assert "Friday 7 May 2021 by Jane Example" not in paragraphs(ed)


@pytest.mark.parametrize("text", ["7 May 2021 by the river", "In May 2021 by Jane Example"])
def test_a_date_and_words_after_by_are_no_posted_line(text):
    from edition.witness.furniture import posted_line
    assert posted_line(text) is None


# -- Captions need an image's evidence; list items and sentences are no headings -----------------------------

#: a paragraph of prose, to stand between the lines under test
ONE = PROSE.split("\n")[0]


def captions(ed) -> list[str]:
    return [text for what, text in furniture(ed) if what == "image caption"]


def test_a_list_s_long_items_without_a_stop_are_the_text_never_captions():
    items = ("The bakers now print their leaflets on the new press in the back room of the hall – Item 4410",
             "Note: members can help us test the new press by bringing their own paper, and telling us here",
             "Boris moved the old press to the cellar where the damp had not reached it yet",
             "Anna fixed the roof of the hall where the rain came in over the winter months")
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n" + lines(*items) + "Picture-Perfect Printing\n\n" + PROSE)
    assert not captions(ed)
    assert [p for p in paragraphs(ed) if p in items] == list(items)
    # "Picture-…" names no picture: a heading over prose
    assert headings(ed) == ["Picture-Perfect Printing"]


def test_near_miss_a_long_caption_beside_an_image_s_trace_stays_a_caption():
    caption = "Delegates of the bakers' union on the steps of the hall after the vote on the strike"
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n[image]\n\n" + caption + "\n\n" + PROSE)
    assert caption in captions(ed)


def test_items_of_one_form_that_name_a_picture_are_no_captions_a_line_alone_is_one():
    items = ("Case 101 – the miners' union badge", "Case 102 – the dockers' union badge",
             "Case 103 – the railwaymen's union badge")
    ed = conv("The Union Museum\n\n" + ONE + "\n\n" + lines(*items) + PROSE + "\nBakers' union badge\n\n" + PROSE)
    assert captions(ed) == ["Bakers' union badge"]
    assert [p for p in paragraphs(ed) if p in items] == list(items)


def test_a_caption_that_names_a_picture_under_a_heading_is_kept_and_reported_never_a_heading():
    ed = conv("The Union Museum\n\n" + ONE + "\n\nHistory[edit]\n\nRailway union logo\n\n" + ONE
              + "\n\nLocal branches\n\nThe union's hall, Glasgow\n\n" + PROSE
              + "\nThe Railway Strike\n\n" + PROSE + "\nFinal attempt at unity (1910)\n\n" + PROSE)
    assert headings(ed) == ["History", "Local branches", "The Railway Strike", "Final attempt at unity (1910)"]
    kept = ["Railway union logo", "The union's hall, Glasgow"]
    assert [p for p in paragraphs(ed) if p in kept] == kept
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "caption"] == [(k, False) for k in kept]


def test_near_miss_a_dated_caption_between_paragraphs_stays_a_caption():
    ed = conv("The Union Museum\n\n" + PROSE + "\nLeonid Brezhnev in 1972\n\n" + PROSE)
    assert captions(ed) == ["Leonid Brezhnev in 1972"]
    assert not [d for d in ed.decisions if d.what == "caption"]


def test_sentences_and_items_of_one_form_are_no_headings():
    false = ["We won the vote at last!", "Ticket 301 – the press in the back room is broken",
             "Ticket 302 – order more paper for the spring", "Anna moved the press into the back room",
             "Anna mended the roof", "Still looking into a strange delay caused by one of the new presses again"]
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n" + "\n\n".join(
        f"{line}\n\n{ONE}" if i in (0, 5) else line for i, line in enumerate(false)) + "\n\n" + PROSE)
    assert not [h for h in headings(ed) if h in false]
    assert [p for p in paragraphs(ed) if p in false] == false


def test_near_miss_titles_that_exclaim_or_ask_and_short_headings_stay_headings():
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\nWorkers of the World, Unite!\n\n" + PROSE
              + "\nWhat Is to Be Done?\n\n" + PROSE + "\nUse by later left communists and council communists\n\n"
              + PROSE)
    assert headings(ed) == ["Workers of the World, Unite!", "What Is to Be Done?",
                            "Use by later left communists and council communists"]


def test_a_heading_over_a_list_of_shorter_names_and_over_long_items_is_one():
    names = ("Anna Kovacs [:ak]", "Boris Lind [:bl]", "Clara", "Dmitri Roe :dr")
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n" + lines("Elected this year (excluding staff)",
                                                                   "Sat on more than one committee", *names)
              + "New members (★ = first meeting)\n\n"
              + "★ Anna Kovacs brought the minutes of the district meeting and the new rules\n\n" + PROSE)
    assert headings(ed) == ["Elected this year (excluding staff)", "Sat on more than one committee",
                            "New members (★ = first meeting)"]
    assert [p for p in paragraphs(ed) if p in names] == list(names)


def test_near_miss_a_run_of_menu_entries_opens_with_no_heading():
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n"
              + lines("Our privacy policy", "About Us", "Contact", "Donate", "Shop") + PROSE)
    assert "Our privacy policy" not in headings(ed)
    ed = conv("The Bakers' Newsletter\n\n" + ONE + "\n\n" + lines("Privacy policy", "About Us", "Contact", "Jobs")
              + PROSE)
    assert "Privacy policy" not in headings(ed)


# -- A sidebar's box of links copied above the article; chrome inside the body, by its form -------------------

#: a navigation box's lines, as a wiki's sidebar gives them: short names, a heading among them ("Related
#: articles"), a line with a dot between two names
NAVBOX = ["Part of a series on", "Strikes and lockouts", "Causes", "Wages", "Hours", "Conditions", "Forms",
          "General strike", "Sit-down strike", "Wildcat strike", "(pickets • boycotts)", "Lockout", "Outcomes",
          "Settlement", "Arbitration", "Defeat", "Related articles", "Trade union", "Collective bargaining",
          "Labour history of the coal industry"]

ARTICLE = PROSE + "\nDetails\n\n" + PROSE + "\nSoftware\n\n" + PROSE


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_navbox_above_the_article_is_furniture_and_the_article_is_kept_whole(gap):
    """The navbox (one link to a line, with blank lines or without) is the page's links; its "Related articles"
    opens no site's list below it: the lead, the sections and the references after it are the text, and a
    "Donate" in the page's foot makes none of them a donation appeal."""
    source = (gap.join(NAVBOX) + "\n\n" + ARTICLE + "\n"
              + lines("Donate", "Create account", "Log in", "Privacy policy", "About the wiki", "Disclaimers"))
    ed = conv(source)
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p] * 3
    assert headings(ed) == ["Details", "Software"]
    kinds = dict((text, what) for what, text in furniture(ed))
    assert not any(text in PROSE for text in kinds)
    assert any("Strikes and lockouts" in text for text in kinds)
    assert all(kinds[text] == "link list" for text in kinds if "Strikes and lockouts" in text)


def test_near_miss_a_real_list_under_a_heading_in_the_article_stays_its_text():
    items = ["Wages", "Hours", "Conditions", "Pickets", "Boycotts", "Lockouts", "Arbitration", "Settlement",
             "Defeat", "Trade unions", "Collective bargaining", "Victory", "Strike funds"]
    ed = conv(PROSE + "\nThe demands\n\n" + "\n".join(items) + "\n\n" + PROSE)
    assert not any(what == "link list" for what, _ in furniture(ed))


def test_a_read_more_line_above_the_article_s_prose_cuts_nothing():
    """A line that opens a site's list of articles ("Related articles") with more prose after it than above it
    is no site's list: the prose is the text."""
    ed = conv(PROSE + "\nRelated articles\n\n" + PROSE + "\n" + PROSE + "\n" + PROSE)
    assert len(paragraphs(ed)) == 8


def test_a_share_bar_a_cookie_notice_and_an_old_page_s_notice_are_set_aside():
    source = ("NOTE:\n\nYou've come to an old part of this archive. Click here to go to the current home page.\n\n"
              "We use cookies to improve your experience of our website.\nMore info\nOK\n\n"
              "The Strike at the Pits\n\nBy Jane Roe\n\n"
              + "\n".join(["Share on Facebook", "Share on Twitter", "Share via Email", "More options",
                           "Resize Text", "Print Article", "Comments"]) + "\n\n" + PROSE)
    ed = conv(source)
    assert ed.title == "The Strike at the Pits"
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p]
    kinds = {what for what, _ in furniture(ed)}
    assert {"share bar", "cookie notice", "site notice"} <= kinds


def test_near_miss_an_article_s_paragraph_on_cookies_and_donations_and_a_heading_of_comments_stay_text():
    cookies = ("The bakery sold cookies to the strikers, and its owner donated the money to the strike fund, "
               "which pleased the whole village.")
    ed = conv(PROSE + "\n" + cookies + "\n\nComments on the theory\n\n" + PROSE)
    assert cookies in paragraphs(ed)
    assert headings(ed) == ["Comments on the theory"]
    assert not furniture(ed)


def test_a_language_switcher_one_name_to_a_line_is_set_aside():
    names = ["Deutsch", "English", "Español", "Français", "Italiano", "Polski", "Русский", "Українська", "中文"]
    ed = conv(PROSE + "\n" + "\n".join(names) + "\n\n" + PROSE)
    assert len(paragraphs(ed)) == 4
    assert {what for what, _ in furniture(ed)} == {"language switcher"}


def test_an_ebook_publisher_s_imprint_colophon_and_uncopyright_are_set_aside():
    source = ("Imprint\n\nThis ebook is the product of many hours of hard work by volunteers.\n\n"
              "The source text in this ebook is believed to be in the public domain.\n\nThe Pits\n\n"
              + PROSE + "\nColophon\n\nThe Pits\nwas published in 1926 by\nJane Roe.\n\n"
              "This ebook was produced by\nJohn Doe.\n\nUncopyright\n\nMay you do good and not evil.\n\n"
              "The source text in this ebook is believed to be in the public domain.\n")
    ed = conv(source)
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p]
    assert {what for what, _ in furniture(ed)} == {"ebook publisher's page"}


def test_near_miss_a_heading_imprint_over_prose_of_its_own_stays_the_text():
    source = PROSE + "\nImprint\n\nThe printer's imprint on the leaflet named a shop in the next street.\n\n" + PROSE
    ed = conv(source)
    assert "Imprint" in headings(ed)
    assert not furniture(ed)


@pytest.mark.parametrize("line, kind", [
    ("The minister speaks at a press conference in Paris. (Thomas Coex/AFP/Getty Images)", "image caption"),
    ("Soldiers at a checkpoint outside the city. (Reuters)", "image caption"),
    ("Miners at the gate in 1926 (Photo: Jane Roe)", "image caption"),
    ("Watch video 02:17", "video player"),
    ("Read more: Berlin conference: A first step toward peace?", "related article"),
    ("DW recommends", "related article"),
    ("Berlin conference: A first step toward peace? 19.01.2020", "related article"),
])
def test_chrome_in_the_body_by_its_form(line, kind):
    ed = conv(PROSE + "\n" + line + "\n\n" + PROSE)
    assert furniture(ed) == [(kind, line)]
    assert len(paragraphs(ed)) == 4 and not headings(ed)


@pytest.mark.parametrize("line", ["The committee met again (see the map/table below).",
                                  "They went home at last. (Nobody else did.)"])
def test_near_miss_a_sentence_ending_in_brackets_is_no_credited_caption(line):
    ed = conv(PROSE + "\n" + line + "\n\n" + PROSE)
    assert not furniture(ed)


def test_a_gallery_s_title_repeated_over_its_pictures_is_set_aside_a_heading_standing_once_is_not():
    gallery = "\n\n".join(["Libya's long war", "Fighters near the airport in 2019.", "Libya's long war",
                           "A market in the capital.", "Libya's long war", "The harbour at dusk."])
    ed = conv(PROSE + "\nThe war\n\n" + PROSE + "\n" + gallery + "\n\n" + PROSE)
    assert headings(ed) == ["The war"]
    assert [text for what, text in furniture(ed) if what == "image gallery"] == ["Libya's long war"] * 3


def test_a_navbox_s_view_talk_edit_letters_make_no_hard_wrapped_text():
    """A navbox copied without blank lines ends in its "v", "t", "e" links: a letter alone in lower case under
    a line is no sentence going on, and the page, its paragraphs long lines, is read as a web page's."""
    source = "\n".join([*NAVBOX, "Outline of the labour movement", "v", "t", "e"]) + "\n\n" + ARTICLE
    ed = conv(source)
    assert paragraphs(ed) == [p for p in PROSE.split("\n") if p] * 3
    assert headings(ed) == ["Details", "Software"]
    assert report(ed)["layout"] == "web"


# -- Issue 16: a book's chapter under a site's menu, a dialog's button (texts of our own making) ------------

_CHAPTER_PROSE = ("The teams share some basic principles for building monitoring that works, and this chapter "
                  "offers guidelines for what should wake a human.\n\nMore prose follows here, as it does.\n")


def test_a_chapter_s_heading_under_the_site_s_contents_menu_is_the_title():
    from edition.convert import convert, report
    from edition.witness.reading import read_text

    text = ("Keeping Systems Up\n\nClose\n\nTable of Contents\nForeword\nPreface\nPart I - Introduction\n"
            "1. Introduction\n2. The Environment\n\nChapter 6 - Watching Distributed Systems\n\n"
            "Written by Ada Morel\nEdited by Jon Brant\n\n" + _CHAPTER_PROSE)
    rep = report(convert(read_text(text)))
    title = rep["found"]["title"]
    assert (title["value"], title["sure"]) == ("Chapter 6 - Watching Distributed Systems", True)
    assert "chapter's heading" in title["how"]
    assert (rep["found"]["author"]["value"], rep["found"]["author"]["sure"]) == ("Ada Morel", True)
    assert rep["headings"] == []  # the menu's lines and the credits: none a heading


def test_a_chapter_line_under_prose_is_no_chapter_page_s_title():
    from edition.convert import convert, report
    from edition.witness.reading import read_text

    # the near miss: prose above the chapter's line: the page's own title stands
    text = ("Keeping Systems Up\n\n" + _CHAPTER_PROSE + "\nChapter 6 - Watching Distributed Systems\n\n"
            + _CHAPTER_PROSE)
    assert report(convert(read_text(text)))["found"]["title"]["value"] == "Keeping Systems Up"


def test_a_wiki_s_infobox_at_the_top_is_set_aside_line_by_line():
    from edition.convert import convert, report
    from edition.witness.reading import read_text

    box = ("Ada Example\nAda Example in 1929\nBorn\t7 November 1879\nYanovka, Kherson\nDied\t21 August 1940\n"
           "Mexico City\nPolitical party\tBolshevik\nNatalia Sedova\n\n")
    text = ("Ada Example\n\nFrom Example Encyclopedia\n\n" + box + "Ada Example (1879–1940) was a revolutionary "
            "and a writer.\n\nLife\n\nShe was born in a village in the south and went to school in Odessa.\n")
    ed = convert(read_text(text))
    assert [f.what for f in ed.furniture].count("infobox") == 8  # each line kept and listed
    assert report(ed)["headings"] == ["Life"]
    # the near miss: one field alone in a run is no infobox (a line of the text, printed)
    one = text.replace(box, "Ada Example\nBorn\t7 November 1879\n\n")
    assert "infobox" not in [f.what for f in convert(read_text(one)).furniture]


def test_a_wiki_s_notes_with_an_arrow_back_as_list_items_are_the_notes_bodies():
    from edition.convert import convert, report
    from edition.witness.reading import read_text

    text = ("WEBER TO BRANDAUER\nIN BREMEN\nBremen, 10 March 1868\nDear Friend,\n"
            "Do not forget to return the things from the printer,[1] otherwise I cannot reply to him.\n"
            "If the cousins[2] do not write to you soon, I shall see what I can do about it.\n"
            "Your\nJ. W.\n- ↑ The printer of the book.\n- ↑ The cousins in Holland.\n")
    ed = convert(read_text(text))
    notes = report(ed)["notes"]
    assert notes["bodies"] == ["1", "2"] and notes["missing_bodies"] == []
    # the near miss: arrows before a list's items, and no markers in the text: no notes, nothing invented
    plain_list = text.replace("[1]", "").replace("[2]", "")
    assert report(convert(read_text(plain_list)))["notes"]["bodies"] == []


_BLOG_TOP = "Skip to content\nRed Notes\nA blog about labour history\n\nHome\nAbout\nArchive\n\n"
_BLOG_BODY = ("The workers came out on Monday morning, and by the evening the whole district had joined them.\n\n"
              "Contents\n1 The first day\n2 The second day\n\nThe first day\n\nThe second day was quieter, though "
              "the police were everywhere.\n\nThe second day\n\nThe third day brought the news, and nobody "
              "believed it.\n")


def test_a_site_s_short_lines_above_a_dated_title_are_set_aside_and_the_title_found():
    from edition.convert import convert, report
    from edition.witness.reading import read_text

    ed = convert(read_text(_BLOG_TOP + "The Strike at the Works\nPosted on March 12, 2019 by Jane Roe\n\n"
                           + _BLOG_BODY))
    rep = report(ed)
    assert (rep["found"]["title"]["value"], rep["found"]["author"]["value"]) == ("The Strike at the Works", "Jane Roe")
    assert rep["headings"] == ["The first day", "The second day"]  # the menus and the contents: no headings
    kinds = [f.what for f in ed.furniture]
    assert "site lines" in kinds and "table of contents" in kinds


def test_short_lines_above_an_undated_title_are_left_to_the_page_s_other_rules():
    from edition.convert import convert
    from edition.witness.reading import read_text

    # the near miss: no date, byline or Posted line under the title: nothing is set aside as the site's lines
    ed = convert(read_text(_BLOG_TOP + "The Strike at the Works\n\n" + _BLOG_BODY))
    assert "site lines" not in [f.what for f in ed.furniture]



# -- A page's menus below the article's end (issue 16): never headings -------------------------------

#: a wiki's article of our own making, hard-wrapped as a text dump sets it (a PDF's layout by its form)
_WRAPPED_ARTICLE = (
    "Pit committee\n\nFrom Wikipedia, the free encyclopedia\n\n"
    "A pit committee is a body of miners elected at one pit to run its affairs during a\n"
    "strike.[1] The delegates of the district committees met in the spring, in a hall\n"
    "the railway workers had lent them for a week.[2] They met again in the autumn.\n\n"
    "History\n\n"
    "They voted on the third day, and the motion to hand the pits to the committees was\n"
    "lost by nine votes in the end. The committees went on meeting through the summer,\n"
    "and the owners never recognised them at all. In the winter they were merged.\n\n"
)
#: the page's own lines under it, one to a line: its stamp, its categories, its menus, its foot
_WIKI_FOOT = [
    'Retrieved from "https://wiki.example.org/w/index.php?title=Pit_committee&oldid=1"', "Categories:",
    "Mining", "Trade unions", "Navigation menu", "Personal tools", "Not logged in", "Namespaces", "Article",
    "Talk", "Views", "Read", "Edit", "View history", "Search", "Tools", "What links here", "Print/export",
    "Printable version", "Languages", "Deutsch", "Français", "Edit links",
    "This page was last edited on 3 May 2023, at 10:12 (UTC).", "Privacy policy", "Disclaimers", "Mobile view",
]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_foot_menu_lines_below_a_wrapped_article_are_page_chrome_never_headings(between):
    ed = convert(read_text(_WRAPPED_ARTICLE + between.join(_WIKI_FOOT) + "\n"))
    assert headings(ed) == ["History"]
    aside = dict((text, what) for what, text in furniture(ed))
    assert {"Namespaces", "Article", "Talk", "Views", "Read", "Edit", "View history", "Tools",
            "Print/export", "Languages", "Privacy policy"} <= set(aside)
    assert aside["This page was last edited on 3 May 2023, at 10:12 (UTC)."] == "page stamp"
    assert not any("Namespaces" in p or "View history" in p for p in paragraphs(ed))
    if between == "\n":  # hard-wrapped: the foot's menus by the marker of the article's end, with the reason
        assert aside["Namespaces"] == aside["Article"] == "page chrome (navigation)"
        assert any(d.what == "furniture" and "below the article's end" in d.how and d.value == "Namespaces"
                   for d in ed.decisions)
    else:  # a line a paragraph: the walk back over the page's links finds them first
        assert aside["Namespaces"] == aside["Article"] == "link list"


def test_foot_menu_takes_bulleted_items_of_a_text_dump():
    from edition.witness.wiki import FOOT_MENU

    dump = ["The committees were merged in the winter.", "", 'Retrieved from "https://wiki.example.org/x"',
            "", "Namespaces", "", "     * Article", "     * [36]Talk", "", "Views", "", "     * Read"]
    found = foot_menu(dump)
    assert sorted(found) == [2, 4, 6, 7, 9, 11] and found[6] == FOOT_MENU and found[2] == "wiki stamp"


@pytest.mark.parametrize("tail", [
    # a sentence after the marker: the lines below are the text's
    ["Categories: History", "Namespaces", "The committees were merged in the winter of that year."],
    # no marker of the article's end: short lines at a text's end are left to the other rules
    ["Namespaces", "Article", "Talk", "Views", "Read"],
    # a marker with too few short lines after it: nothing more to set aside
    ["Categories: History", "Mining"],
])
def test_foot_menu_near_misses(tail):

    assert foot_menu(["The committees were merged in the winter.", *tail]) == {}


def test_foot_menu_stops_at_the_article_s_prose_above_its_first_marker():

    texts = ["History", "They voted on the third day, and the motion was lost.", "External links",
             "Official site", 'Retrieved from "https://wiki.example.org/x"', "Article", "Talk", "Read"]
    # the article's own last lines above the stamp stay its own; the run begins at the stamp
    assert sorted(foot_menu(texts)) == [4, 5, 6, 7]


# -- An infobox copied a cell to a line (issue 16): data, never headings ------------------------------

_ISLES_LEAD = ("Northland Isles\n\nFrom Wikipedia, the free encyclopedia\n\n"
               "The Northland Isles is an island country in the southern ocean, made of two main islands and "
               "seven hundred smaller ones.[1] It lies far to the east of the mainland.[2]\n\n")
_ISLES_ROWS = ['Motto: "Forward"[3]', "Capital", "Port Harbour", "Largest city", "Greyhaven",
               "Location of the Northland Isles, with its outlying islands and its claim in the far south",
               "Official languages", "English[4]", "Isleish[5]", "Ethnic groups (2023)[6]", "67.8% European",
               "Demonym(s)", "Islander", "Currency", "Isles dollar ($)", "Time zone", "UTC+12", "Calling code",
               "+64"]
_ISLES_REST = ("History[edit]\n\nThe islands were settled by fishing people from the west between 1280 and 1350, "
               "and a culture of their own grew there.[7]\n")


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_an_infobox_s_rows_a_cell_to_a_line_are_set_aside_as_an_infobox(between):
    ed = conv(_ISLES_LEAD + between.join(_ISLES_ROWS) + "\n\n" + _ISLES_REST)
    assert headings(ed) == ["History"]
    aside = [text for what, text in furniture(ed) if what == "infobox"]
    assert set(_ISLES_ROWS) <= set(aside)
    assert all(row not in paragraphs(ed) for row in _ISLES_ROWS)


def test_an_infobox_before_the_lead_is_set_aside_too():
    lead, _, rest = _ISLES_LEAD.partition("The Northland")
    ed = conv(lead + "\n\n".join(_ISLES_ROWS) + "\n\nThe Northland" + rest + _ISLES_REST)
    assert set(_ISLES_ROWS) <= {text for what, text in furniture(ed) if what == "infobox"}
    assert paragraphs(ed)[0].startswith("The Northland Isles is an island country")


def test_short_lines_naming_too_few_row_labels_stay_the_article_s():
    # the near miss: an article's short lines (a list of places) with one label among them, and a heading
    # "Government" over prose: no infobox, the heading kept
    rows = ["Port Harbour", "Greyhaven", "Capital", "Northport", "Southport", "Eastport"]
    ed = conv(_ISLES_LEAD + "\n\n".join(rows) + "\n\nGovernment\n\nThe islands are governed by a council "
              "elected every four years by all who live there.\n\n" + _ISLES_REST)
    assert "infobox" not in [what for what, _ in furniture(ed)]
    assert "Government" in headings(ed)


def test_an_infobox_s_run_closed_by_a_heading_over_prose_keeps_the_heading():
    rows = ["Capital", "Port Harbour", "Largest city", "Greyhaven", "Currency", "Isles dollar ($)", "Geography"]
    ed = conv(_ISLES_LEAD + "\n\n".join(rows) + "\n\nThe islands are mountainous, and their rivers are short "
              "and fast, falling from the hills to the sea.\n\n" + _ISLES_REST)
    assert "Geography" in headings(ed)
    assert {"Capital", "Currency"} <= {text for what, text in furniture(ed) if what == "infobox"}


# -- A share bar of buttons and the places it sends to (issue 16) -----------------------------------------

_STORY = ("The miners who ran their own pits\n\nHow a strike committee kept the coalfield working for a summer.\n\n")
_STORY_TEXT = ("The delegates of the district committees met in the spring, in a hall the railway workers had lent "
               "them for a week. They voted on the third day.\n\nThe committees went on meeting through the summer, "
               "and the owners never recognised them at all.\n")


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_share_bar_of_its_targets_and_a_button_or_two_is_set_aside(between):
    bar = ["Share", "Reddit", "Pocket", "Flipboard", "Email", "Link Copied"]
    ed = conv(_STORY + between.join(bar) + "\n\n" + _STORY_TEXT)
    assert headings(ed) == []
    assert "\n".join(text for what, text in furniture(ed) if what == "share bar") == "\n".join(bar)


def test_link_copied_alone_is_the_share_bar_s_never_a_heading():
    ed = conv(_STORY + "Link Copied\n\n" + _STORY_TEXT)
    assert "Link Copied" not in headings(ed)
    assert ("share bar", "Link Copied") in furniture(ed)


@pytest.mark.parametrize("run", [
    ["Facebook", "Twitter", "Reddit"],  # three networks' names, no button: an article's list
    ["Share", "Facebook", "Twitter"],  # a button and two: too few for a bar
])
def test_networks_names_without_enough_buttons_are_no_share_bar(run):
    ed = conv(_STORY + _STORY_TEXT + "\n" + "\n\n".join(run) + "\n\nThe networks were all blocked in the "
              "spring, and the committees printed their own sheets again.\n")
    assert "share bar" not in [what for what, _ in furniture(ed)]


def test_foot_menu_of_a_text_dump_under_a_wiki_s_notes_is_no_note_s_continuation():
    # a page a line a paragraph, its reference list, then the dump's menus with their bullets: the walk back
    # over the page's links does not take bulleted items, the notes' continuations would; the marker does
    article = ("Pit committee\n\nA pit committee is a body of miners elected at one pit during a strike.[1] "
               "The delegates met in the spring, in a hall the railway workers had lent them.[2]\n\n"
               "History[edit]\n\n" + PROSE + "\nReferences[edit]\n\n^ Smith, J. (1990). The Coalfield.\n"
               "^ Jones, K. (2001). Pits and People.\n\n")
    foot = ('Retrieved from "https://wiki.example.org/w/index.php?title=Pit_committee"\n\nNavigation menu\n\n'
            "Namespaces\n\n   * Article\n   * Talk\n\nViews\n\n   * Read\n   * Edit\n   * View history\n\n"
            "Tools\n\n   * What links here\n\n   This page was last edited on 3 May 2023, at 10:12 (UTC).\n"
            "   * Privacy policy\n")
    ed = conv(article + foot)
    assert headings(ed) == ["History", "References"]
    assert report(ed)["notes"]["bodies"] == ["1", "2"]
    assert all("Navigation" not in plain(b.pieces) for b in ed.blocks)
    aside = dict((text, what) for what, text in furniture(ed))
    assert aside["Namespaces"] == "page chrome (navigation)" and "Navigation menu" in aside


# -- A wiki page copied one line a paragraph, no blank lines between (a browser's "copy all") ----------------

#: a wiki's article as a browser copies it: its tabs, its paragraphs a line each, no blank line anywhere, a
#: caption without its stop over a short paragraph (one line "broken" in mid-sentence), its carets' notes
FLAT_WIKI = "\n".join([
    "The Loom Council",
    "Article",
    "Talk",
    "Read",
    "Edit",
    "View history",
    "Tools",
    "From Wikipedia, the free encyclopedia",
    "The Loom Council was a council of the weavers of a river town, elected in the spring strike of a "
    "year long past, which met in the open air on the bank of the river and kept its own minutes in a "
    "school exercise book.[1] It is remembered for its rule that every delegate could be recalled by the "
    "mill that sent him at any meeting.",
    "Origins[edit]",
    "The weavers of the town had struck twice before without a council, and both strikes had been lost "
    "when the owners talked to each mill apart, promising a little here and threatening a little "
    "there.[2] The third time the mills sent delegates to one meeting and agreed that no mill would "
    "settle alone.",
    "Delegates of the mills gathered on the bank of the river during the third strike of the weavers",
    "The council sat for seventy days.[1]",
    "Work[edit]",
    "The council ran a strike fund, kept order in the town and printed a sheet of news twice a week, "
    "which the delegates read aloud at the mill gates in the morning before the pickets took their "
    "places.[3]",
    "Legacy[edit]",
    "Historians of the movement have called it the first council of its kind, though the claim was "
    "disputed by the weavers of a neighbouring town, who said their own committee had met a month "
    "earlier.[2][3]",
    "References[edit]",
    "^ a b Roe, Jane (1990). The Loom Council. Example Press. p. 14.",
    "^ a b Doe, John (1985). Strikes of the Weavers. Sample Books. pp. 22–25.",
    '^ Poe, Ann (2001). "A Council by the River". Journal of Examples. 12 (3): 101–120.',
    'Retrieved from "https://wiki.example.org/w/index.php?title=The_Loom_Council&oldid=1"',
    "Categories: Councils",
]) + "\n"


def layout_decision(ed):
    return next(d for d in ed.decisions if d.what == "layout")


def test_a_wiki_page_copied_one_line_a_paragraph_is_a_web_page_read_as_its_wiki_copy():
    ed = convert(read_text(FLAT_WIKI))
    assert ed.layout == "web"
    # a caption without its stop is one line "broken" against three whole paragraphs: evidence mixed, no sure call
    layout = layout_decision(ed)
    assert not layout.sure and "3 of them whole paragraphs" in layout.how and "1 line in mid-sentence" in layout.how
    assert headings(ed) == ["Origins", "Work", "Legacy", "References"]
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok"), ("3", "ok")]
    kinds = dict((text, what) for what, text in furniture(ed))
    assert {kinds.get(tab) for tab in ("Article", "Talk", "Read", "Edit", "View history", "Tools")} == {"link list"}
    assert "Read" not in headings(ed) and "View history" not in headings(ed)
    # the caption and the short paragraph under it stay two paragraphs, neither glued to the other
    paras = paragraphs(ed)
    assert "The council sat for seventy days." in [p.replace("[1]", "") for p in paras] or any(
        p.startswith("The council sat for seventy days") for p in paras)
    assert not any("weavers The council" in p for p in paras)


def test_a_flat_wiki_copy_with_many_whole_paragraphs_and_one_caption_is_a_sure_call():
    # one caption without its stop against ten whole paragraphs and more: not mixed, a sure call
    more = ("The council's minutes say more of the strike, its pickets and its fund, at some length, and the "
            "delegates read them aloud at the gates each morning for the workers who could not come to the meetings "
            "by the river.\n")
    ed = convert(read_text(FLAT_WIKI.replace("Work[edit]\n", "Work[edit]\n" + more * 8)))
    layout = layout_decision(ed)
    assert (ed.layout, layout.sure) == ("web", True)


def test_a_pdf_s_wrapped_lines_with_one_whole_long_line_stay_a_pdf_s_sure_call():
    # the near miss: lines broken at a page's width, one line hundreds of characters long among them (a
    # reference the extraction left whole): the broken lines are far more, a PDF, a sure call
    wrapped = ("The delegates of the district committees met in the spring, in a hall that\n"
               "the railway workers had lent them for a week, and they talked of the pits\n"
               "and of the mills, and of the councils the towns had elected in the strike\n"
               "of the year before, and of the fund that kept the strikers and their kin.\n\n")
    long_line = ("Roe, Jane, The Loom Council and the Councils of the River Towns, a History of the Weavers' "
                 "Strikes and of Their Delegates' Meetings from the First to the Last, Example Press, 1990, "
                 "pages 14 to 22, and the tables at the end.\n\n")
    ed = convert(read_text("The Councils\n\n" + wrapped * 3 + long_line + wrapped))
    layout = layout_decision(ed)
    assert (ed.layout, layout.sure) == ("pdf", True)
    assert "lines or more in mid-sentence against 1 line hundreds of characters long" in layout.how


def test_a_pdf_s_few_wrapped_lines_beside_as_many_whole_ones_are_no_sure_call():
    # the near miss the other way: two paragraphs broken at a page's width (six lines in mid-sentence) and
    # two lines hundreds of characters long: still a PDF (more broken than whole), but no sure call
    wrapped = ("The delegates of the district committees met in the spring, in a hall that\n"
               "the railway workers had lent them for a week, and they talked of the pits\n"
               "and of the mills, and of the councils the towns had elected in the strike\n"
               "of the year before, and of the fund that kept the strikers and their kin.\n")
    long_line = ("The council ran a strike fund, kept order in the town and printed a sheet of news twice a "
                 "week, which the delegates read aloud at the mill gates in the morning before the pickets "
                 "took their places by the gates.\n")
    ed = convert(read_text("The Councils\n" + wrapped + long_line + wrapped + long_line))
    layout = layout_decision(ed)
    assert (ed.layout, layout.sure) == ("pdf", False)
    assert "a close call" in layout.how


def test_a_wiki_heading_with_its_edit_link_over_one_paragraph_is_no_definition_term():
    # "Legacy[edit]" over its section's one paragraph, twice, no blank lines: headings, never a definition list
    ed = convert(read_text(FLAT_WIKI))
    assert {"Work", "Legacy"} <= set(headings(ed))
    # near miss: terms without an edit link, each over its one-sentence definition, stay a definition list
    terms = FLAT_WIKI.replace("Work[edit]\n", "Work\n").replace("Legacy[edit]\n", "Legacy\n")
    assert not {"Work", "Legacy"} & set(headings(convert(read_text(terms))))


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_wiki_s_caret_list_a_text_dump_numbers_is_read_each_number_its_body_s_place(between):
    numbered = FLAT_WIKI.replace("^ a b Roe", "1. ^ a b Roe").replace("^ a b Doe", "2. ^ a b Doe") \
        .replace("^ Poe", "3. ^ Poe")
    ed = convert(read_text(numbered.replace("\n", between)))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok"), ("3", "ok")]
    assert not any(plain(p).startswith(("1.", "^")) for n in ed.notes for p in n.paragraphs)
    (labels,) = [d for d in ed.decisions if d.what == "note labels"]
    assert labels.value.startswith("3 bodies numbered before their carets")
    # near miss: numbers out of their places ("1.", "3.", "2.") are no list's numbering: no caret list is read
    shuffled = numbered.replace("2. ^ a b Doe", "3. ^ a b Doe").replace("3. ^ Poe", "2. ^ Poe")
    ed = convert(read_text(shuffled.replace("\n", between)))
    assert not [n for n in ed.notes if n.status == "ok"]


def test_a_wiki_s_tagline_taken_for_the_title_is_never_sure():
    # the tabs between the title and the tagline, a line each, left with the title to the site's links: the
    # tagline is what remains, and the report says it reads as one (found by the second judge, merged forms)
    ed = convert(read_text(FLAT_WIKI))
    title = report(ed)["found"]["title"]
    assert not title["sure"] and "a wiki's tagline" in title["how"]
    # near miss: a title with no tabs under it, above its tagline, is the title
    ed = convert(read_text(FLAT_WIKI.replace("Article\nTalk\nRead\nEdit\nView history\nTools\n", "")))
    assert report(ed)["found"]["title"]["value"] == "The Loom Council"


# -- A wiki's headings glued to what the copy sets under them; its tables apart by tabs ---------------------

def test_a_wiki_heading_over_a_table_apart_by_tabs_is_a_heading_and_the_table_a_table():
    # judge round 2, S1-e: "Types[edit]" and the table's rows under it were one paragraph
    ed = conv("The saved state\n\n" + PROSE + "\nKinds[edit]\nKind\tWhat it holds\tSince\n"
              "state_t\tAn array type that holds the saved state.\tV1\nflag_t\tA flag of the state.\tV2\n\n" + PROSE)
    assert headings(ed) == ["Kinds"]
    (table,) = [b for b in ed.blocks if b.kind == "table"]
    assert [[plain(c) for c in row] for row in table.rows()] == [
        ["Kind", "What it holds", "Since"], ["state_t", "An array type that holds the saved state.", "V1"],
        ["flag_t", "A flag of the state.", "V2"]]
    assert table.style == "3 1"
    assert "| Kind | What it holds | Since |\n|---|---|---|\n| state\\_t |" in render(ed)
    assert [d.what for d in ed.decisions].count("table") == 1


def test_a_wiki_heading_over_its_section_s_first_line_is_a_heading_of_its_own():
    ed = conv("The saved state\n\n" + PROSE + "\nMacros[edit]\nThe header gives the following macros:\n\n" + PROSE)
    assert headings(ed) == ["Macros"]
    assert "The header gives the following macros:" in paragraphs(ed)


@pytest.mark.parametrize("text", [
    # a tab inside one line of prose (a copy's stray tab): no table
    "The delegates met in the spring\tin a hall the railway workers had lent them.\n",
    # two lines of different counts of cells
    "Kind\tWhat it holds\tSince\nstate_t\tAn array type that holds the saved state.\n",
    # lines indented by a tab, one cell each
    "\tThe delegates met in the spring.\n\tThey voted on the third day.\n",
    # lines of prose broken at their end ("hyphen-"), a stray tab in each
    "The delegates met\tin the spring in a hall the railway work-\ners had lent them\tfor a week of talks.\n",
])
def test_lines_with_tabs_that_are_no_table_stay_the_text(text):
    ed = conv("The saved state\n\n" + PROSE + "\n" + text + "\n" + PROSE)
    assert not [b for b in ed.blocks if b.kind == "table"]
    assert not tab_tables(text.splitlines())


def test_a_table_apart_by_tabs_by_its_rows():
    assert tab_tables(["prose", "a\tb", "c\td", "e\tf\tg", "h\ti\tj", "k"]) == [(1, 3), (3, 5)]
    assert tab_tables(["a\t\tb", "c\t\td"]) == []  # an empty cell in mid-row: no such table
    grid = read_tabs(["Name\tYear", "Ada\t1909"])
    assert grid is not None and grid.header == 1
    grid = read_tabs(["Ada\t1909", "Ivan\t1912"])
    assert grid is not None and grid.header == 0  # a first row of figures is a row, no header


def test_a_browser_copy_s_heading_over_its_edit_link_and_hatnote():
    # judge round 2, F03: "Syntax and features" / "[edit]" / "Main article: Rust syntax" was one paragraph, and
    # the other headings kept "[edit]" in their text
    ed = conv("The Coal Strike\n\n" + PROSE + "\nCauses\n[edit]\nMain article: Lockout of 1926\n\n" + PROSE
              + "\nwage rates\n[edit]\n\n" + PROSE)
    assert headings(ed) == ["Causes", "wage rates"]
    assert ("wiki hatnote", "Main article: Lockout of 1926") in furniture(ed)
    assert [f.what for f in ed.furniture].count("wiki edit link") == 2
    assert "[edit]" not in " ".join(headings(ed) + paragraphs(ed))


@pytest.mark.parametrize("text", [
    # a sentence over a line that is the link alone
    "The miners pressed the button to change the page.\n[edit]\n",
    # a heading whose words end in "edit": no link
    "How to edit\n",
    "Credit\n",
])
def test_a_line_over_an_edit_link_or_ending_in_edit_is_no_wiki_heading(text):
    assert wiki_heading_lines(text.splitlines()) == []


# -- A text dump's page (html2text, lynx): headings between marks, its numbered reference list --------------

DUMP = """\
****** The Coal Strike ******
The strike began in May, when the owners posted new terms at the pits.[1] The
miners refused them, and the owners locked them out for seven months.[2]
***** Causes[edit] *****
The owners had cut the wage rates twice in two years, and the district
committees would not accept a third cut without a ballot of the pits.
**** The ballot[edit] ****
The ballot was held in April, and nine pits in ten voted to refuse the terms.
***** References[edit] *****
   1. ^Jane Example (1999). The Long Lockout. Coalfield Press. pp. 12 and
      14.
   2. ^ a b "The lockout of 1926". The Miners' Review.
   3. Ann Other (2004). After the Lockout. Coalfield Press.
Authority control
"""


def test_a_text_dump_s_headings_between_marks_are_headings_their_marks_set_aside():
    # judge round 2, S1-f: "***** Runtime code generation[edit] *****" glued into the paragraphs
    ed = conv(DUMP)
    assert ed.title == "The Coal Strike"
    assert headings(ed) == ["The Coal Strike", "Causes", "The ballot", "References"]
    assert [b.style for b in ed.blocks if b.kind == "heading"] == ["2", "2", "3", "2"]
    assert [f.what for f in ed.furniture].count("text dump heading marks") == 8
    assert [f.what for f in ed.furniture].count("wiki edit link") == 3
    assert not any("*****" in p for p in paragraphs(ed))


def test_a_text_dump_s_numbered_reference_list_gives_the_notes_of_its_numbers():
    # judge round 2, S1-f: "1. ^Aho …" left in the text, the markers [1], [2] printing "no text"
    ed = conv(DUMP)
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "ok", "Jane Example (1999). The Long Lockout. Coalfield Press. pp. 12 and 14."),
        ("2", "ok", "\"The lockout of 1926\". The Miners' Review."),
        ("3", "orphan", "Ann Other (2004). After the Lockout. Coalfield Press.")]
    assert "Authority control" in paragraphs(ed)  # the page's next part, set no deeper than the numbers
    assert any(d.what == "notes" and d.how.startswith("a numbered list whose first item begins with a caret")
               for d in ed.decisions)


def test_a_numbered_list_without_its_caret_or_its_markers_is_no_wiki_reference_list():
    # the near misses: an article's own numbered list (no caret), a caret list the text does not call
    plain_list = DUMP.replace("^Jane", "Jane").replace("^ a b ", "")
    assert not [n for n in conv(plain_list).notes if n.paragraphs]
    uncalled = DUMP.replace("[1]", "").replace("[2]", "")
    assert not [n for n in conv(uncalled).notes if n.paragraphs]


@pytest.mark.parametrize("text, found", [
    ("***** Runtime code generation[edit] *****", (6, 35, 5)),
    ("****** The Coal Strike ******", (7, 22, 6)),
    ("==== Early life ====", (5, 15, 4)),
    ("*****", None),  # a novel's section break
    ("* * *", None),
    ("** Note *", None),  # marks of two counts
    ("*** end ===", None),  # of two kinds
    ("*** THE END ***", None),  # three asterisks: an e-book's frame, no dump's heading
    ("*** START OF THIS PROJECT GUTENBERG EBOOK A TEST BOOK ***", None),
    ("***** He said that it was over. *****", None),  # a sentence between them
])
def test_a_text_dump_s_heading_by_its_marks(text, found):
    assert dump_heading(text) == found


def test_a_line_framed_by_marks_once_in_a_text_is_no_dump_s_heading_cut_from_its_paragraph():
    # the near miss: an e-book's licence frames one line so ("***** This file should be named … *****")
    ed = conv("The Long Winter\n\n" + PROSE + "\n***** This file should be named 123-h.htm or 123-h.zip *****\n"
              "This and all associated files of various formats will be found in the archive.\n")
    assert headings(ed) == []
    assert not [f for f in ed.furniture if f.what == "text dump heading marks"]


def test_a_text_dump_s_foot_of_menus_with_its_wrapped_licence_is_set_aside():
    foot = ["The last paragraph of the article ends here.", 'Retrieved from "https://wiki.example.org/w/A"',
            "**** Tools ****", "    * What_links_here", "    * Related_changes",
            "    * This page was last edited on 4 June 2019, at 04:38 (UTC).",
            "    * Text is available under the Creative_Commons_Attribution-ShareAlike",
            "      License; additional terms may apply. By using this site, you agree to the",
            "      Terms_of_Use and Privacy_Policy.", "    * Privacy_policy", "    * Disclaimers"]
    assert sorted(foot_menu(foot)) == list(range(1, len(foot)))
    # the near miss: a sentence of the article after the foot's lines leaves them all to the text
    assert foot_menu([*foot[:-2], "The article goes on in a sentence of its own after the licence."]) == {}


def test_a_line_of_marks_in_a_novel_is_a_section_break_no_heading():
    ed = conv("The Long Winter\n\n" + PROSE + "\n*****\n\n" + PROSE + "\n* * *\n\n" + PROSE)
    assert headings(ed) == []


# -- A wiki's skin (Vector 2022) copied from a browser: the title beside the language button, the tagline and
# the infobox below the menus, the captions between its headings -------------------------------------------

def _vector_page(title: str = "The Coal Strike", count: str = "5 languages") -> str:
    menus = lines("Jump to content", "Main menu", "Navigation", "Main page", "Contents", "Current events",
                  "Random article", "About the wiki", "Contact us", "Toggle the table of contents")
    languages = "\n".join(["Deutsch", "Español", "Français", "Italiano", "Polski"]) + "\n\n"
    return (menus + f"{title}\n\n{count}\n\n" + languages
            + lines("Article", "Talk", "Read", "Edit", "View history", "Tools")
            + "From Coalwiki, the free encyclopedia\n\nLabour dispute of 1926\n\n"
            + "Developer\nThe Miners' Federation\n\nFirst appeared\nMay 1, 1926; 100 years ago (1926-05-01)\n\n"
            + "Stable release\n\n1.2[1] / March 26, 2026; 12 days ago (March 26, 2026)\n\n"
            + "Platform\nCross-platform\n\nLicense\nMIT\n\nWebsite\nexample.org\n\n"
            + PROSE + "\nHistory\n[edit]\n\nThe pithead at Ashby in May 1926\n\n" + PROSE
            + "\nCauses\n[edit]\n\n" + PROSE + "\nAftermath\n[edit]\n\n" + PROSE)


def test_a_wiki_skin_s_title_beside_its_language_button_is_the_title():
    # judge round 2, F03: the title, between "Toggle the table of contents" and "53 languages", was set aside
    ed = conv(_vector_page())
    assert ed.title == "The Coal Strike" and not ed.title_editorial
    assert next(d for d in ed.decisions if d.what == "title").sure
    aside = [text for _what, text in furniture(ed)]
    assert "5 languages" in aside and "Deutsch\nEspañol\nFrançais\nItaliano\nPolski" in aside
    assert "The Coal Strike" not in aside


def test_a_line_above_a_count_of_languages_in_the_text_is_no_title():
    # the near miss: the count in the article's prose, under its own title
    ed = conv("The Coal Strike\n\n" + PROSE + "\nThe leaflets\n\n12 languages\n\n" + PROSE)
    assert ed.title == "The Coal Strike"
    assert "The leaflets" not in [h.value for h in ed.header if h.name == "title"]


def test_a_wiki_skin_s_tagline_and_infobox_below_its_menus_are_set_aside():
    ed = conv(_vector_page())
    assert ("wiki tagline", "From Coalwiki, the free encyclopedia") in furniture(ed)
    kinds = dict((text, what) for what, text in furniture(ed))
    assert kinds["Developer\nThe Miners' Federation"] == "infobox"
    assert kinds["First appeared\nMay 1, 1926; 100 years ago (1926-05-01)"] == "infobox"
    assert kinds["Website\nexample.org"] == "infobox"
    assert headings(ed) == ["History", "Causes", "Aftermath"]
    assert paragraphs(ed)[0].startswith("The delegates")


def test_a_caption_between_a_wiki_s_headings_is_a_paragraph():
    ed = conv(_vector_page())
    assert "The pithead at Ashby in May 1926" in paragraphs(ed)
    assert any(d.what == "heading" and d.how.startswith("on a wiki's page whose headings") for d in ed.decisions)


def test_a_page_with_few_wiki_headings_keeps_its_other_headings():
    # the near miss: two headings with the edit link are too few to say the page's headings all carry it
    ed = conv("The Coal Strike\n\n" + PROSE + "\nHistory[edit]\n\n" + PROSE + "\nThe Ballot of April\n\n" + PROSE
              + "\nCauses[edit]\n\n" + PROSE)
    assert "The Ballot of April" in headings(ed)


# -- A wiki's two caret lists with a section of its own between them ("Book sources"), a citation a footnote
# calls first -------------------------------------------------------------------------------------------------

WIKI_BOOKS = """Ruritania

From Wikipedia, the free encyclopedia

Ruritania is a small country in central Europe.[n 1] Its name is old.[3] It has many rivers.[4]

History[edit]

The kingdom was founded in 1200.[1][n 2] It fought long wars, as the books say.[2][5]

Notes[edit]

^ The name comes from the river.[1]
^ The wars were many and long.[2]

References[edit]

Book sources[edit]

Smith, John (2001). A History. London: Press.

Jones, Ann (1999). The Rivers. Oxford: Books.

Others[edit]

^ a b Smith 2001, p. 4.
^ a b Jones 1999, p. 12.
^ Brown 2003.
^ Green 2004, p. 7.
^ White 2005.

External links[edit]

Official site of the kingdom
"""


def test_a_wiki_s_caret_lists_around_a_section_of_books_give_their_notes_and_keep_the_books():
    # judge round 2, F03: "Book sources" between "Notes" and "Others": no caret body was read, 212 notes "no text"
    ed = conv(WIKI_BOOKS)
    labels = {n.label: (n.status, plain(n.paragraphs[0])) for n in ed.notes}
    # [1] and [2] numbered where the footnotes that cite them are called, called again later out of order
    assert labels["n1"] == ("ok", "The name comes from the river.[note:1]")
    assert labels["1"] == ("ok", "Smith 2001, p. 4.") and labels["5"] == ("ok", "White 2005.")
    assert len(labels) == 7
    assert "Book sources" in headings(ed) and "Others" in headings(ed)
    assert "Smith, John (2001). A History. London: Press." in paragraphs(ed)
    assert "Jones, Ann (1999). The Rivers. Oxford: Books." in paragraphs(ed)


def test_a_section_between_caret_lists_without_a_heading_under_it_is_no_pair_of_lists():
    # the near miss: the books' section ends at no heading over the next run: the first list's bodies only
    ed = conv(WIKI_BOOKS.replace("Others[edit]\n\n", ""))
    assert not [n for n in ed.notes if n.paragraphs and plain(n.paragraphs[0]) == "White 2005."]


def test_runs_of_finds_maximal_runs_and_asks_each_block_once():
    from edition.witness.layout import _runs_of

    asked: list[int] = []

    def test(n: int) -> bool:
        asked.append(n)
        return n % 3 != 0

    blocks = list(range(10))  # the test reads only what it is given: numbers stand for blocks here
    assert _runs_of(blocks, test) == [(1, 3), (4, 6), (7, 9)]  # type: ignore[arg-type]
    assert sorted(asked) == blocks  # every block asked, none twice
    assert _runs_of([], test) == []  # type: ignore[arg-type]
    assert _runs_of([1, 2], test) == [(0, 2)]  # type: ignore[arg-type]


# -- The skip links' one data file and its one reader ------------------------------------------------------------

#: the three recognisers the data file replaced, as they were: a call to skip (layout), a wiki's line of links to its
#: regions in English and in Japanese and Chinese (wiki); the file and its reader must agree with them on every line
_FORMER_CALL = re.compile(r"^(?:skip|jump|go|move)\s+to\b|\bspringen$|^(?:aller|passer)\s+(?:au|à)\b"
                          r"|^(?:saltar|ir)\s+al?\b", re.IGNORECASE)
_FORMER_JUMPS = "ナビゲーションに移動|検索に移動|跳转到导航|跳转到搜索|跳到導覽|跳到搜尋"
_FORMER_WIKI = (re.compile(r"^(?:Jump|Skip) to:?\s+(?:navigation|search|content|main content)"
                           r"(?:,?\s+(?:(?:Jump|Skip) to:?\s+)?(?:navigation|search|content))*$", re.IGNORECASE),
                re.compile(rf"^(?:{_FORMER_JUMPS})(?:\s+(?:{_FORMER_JUMPS}))*$"))
SKIP_LINES = [
    "Skip to content", "skip to main content", "Jump to navigation", "Go to the menu", "Move to top",
    "Zum Inhalt springen", "Aller au contenu", "Passer à la navigation", "Saltar al contenido", "Ir a la búsqueda",
    "Ir al contenido", "Jump to: navigation, search", "Jump to navigation Jump to search", "Skip to main content",
    "Jump to: main content, navigation", "JUMP TO SEARCH", "Jump to navigation, Skip to: search",
    "ナビゲーションに移動 検索に移動", "跳转到导航 跳转到搜索", "跳到導覽", "検索に移動する方法",
    # near misses: the words inside a sentence or a word, a region unknown, "main content" after the first region
    "The miners skip to the next shift", "Skipper to the harbour", "Gotoh Hall", "Jump to conclusions",
    "Jump to: navigation, main content", "Springend ins Wasser", "aller-retour", "Irak al-Sham", "iranian",
    "Go to", "Jump to", "Jump to: navigation,", "Jump   to:   navigation,   search",
]


@pytest.mark.parametrize("line", SKIP_LINES)
def test_the_skip_links_data_reads_as_the_former_patterns_did(line):
    stripped = " ".join(line.split())
    assert skip_call(line) == bool(_FORMER_CALL.search(stripped))
    assert wiki_jump_line(line) == any(form.match(stripped) for form in _FORMER_WIKI)
    assert (wiki_line_kind(line, "top") == "wiki navigation") == any(form.match(stripped) for form in _FORMER_WIKI)
    assert wiki_line_kind(line, "body") != "wiki navigation"  # only at the page's top


def test_the_skip_links_data_has_each_part_and_one_reader():
    data = skip_links()
    assert "skip to main content" in data.calls and "skip to" in data.opening and data.closing == ("springen",)
    assert data.wiki_calls == ("jump to", "skip to") and "main content" in data.wiki_regions
    assert "検索に移動" in data.wiki_unspaced
    # the calls still make a skip link with the site's name after them, never a sentence that runs on
    assert skip_link_line("Skip to main content: Daily News (Article Page)")
    assert not skip_link_line("Skip to content with no menus")


# -- A wiki page's title over its tagline, the site's lines above it (judge6 06) --------------------------------

@pytest.mark.parametrize("line", ["From Wikipedia, the free encyclopedia",
                                  "From ProleWiki, the proletarian encyclopedia",
                                  "From Miners' Wiki, the workers' encyclopaedia"])
def test_a_wiki_s_tagline_names_its_encyclopedia(line):
    assert wiki_line_kind(line, "top") == "wiki tagline"


@pytest.mark.parametrize("line", ["From Moscow, the delegates went east.", "From Leeds, the old road to York",
                                  "From ProleWiki, the proletarian encyclopedia was quoted"])
def test_a_line_like_a_tagline_is_none(line):
    assert wiki_line_kind(line, "top") is None


WIKI_TOP = ("Toggle menu\nToggle personal menu\nNot logged in\nYour IP address will be seen if you edit.\n\n"
            "Coal Strike: Difference between revisions\n\nFrom MinersWiki, the workers' encyclopedia\n"
            "More languages\n(No difference)\n\n")


def test_a_wiki_page_s_title_over_its_tagline_under_the_site_s_lines_is_the_title():
    ed = conv(WIKI_TOP + PROSE)
    assert ed.title == "Coal Strike: Difference between revisions"
    assert ("wiki's lines above the page's title", "Toggle menu\nToggle personal menu\nNot logged in\n"
            "Your IP address will be seen if you edit.") in furniture(ed)
    assert "Coal Strike: Difference between revisions" not in headings(ed)
    assert paragraphs(ed)[-2:] == [p for p in PROSE.split("\n") if p]


def test_near_misses_of_a_wiki_title_over_its_tagline():
    # prose above the line: the text's, not the site's; and the title further down than the site's top
    prose_above = WIKI_TOP.replace("Your IP address will be seen if you edit.",
                                   "The committees of the district met in the spring and voted on the motion.")
    ed = conv(prose_above + PROSE)
    assert not [f for f in ed.furniture if f.what == "wiki's lines above the page's title"]
    ed = conv(WIKI_TOP.replace("Toggle menu\nToggle personal menu\nNot logged in\n",
                               "Toggle menu\n\nToggle personal menu\n\nNot logged in\n\nSearch\n\n") + PROSE)
    assert not [f for f in ed.furniture if f.what == "wiki's lines above the page's title"]
# -- A wiki's mobile skin glues the edit link to its heading ------------------------------------------------

@pytest.mark.parametrize(("line", "cut"), [
    ("GeschichteBearbeiten", 10),
    ("Das erste FestBearbeiten", 14),
    ("Schreibweise von „Wiesn“Bearbeiten", 24),
    ("19. JahrhundertBearbeiten", 15),
    ("HistoireModifier", 8),
    # near misses: the label alone, after a blank, after a capital, in lower case, a short English label glued
    ("Bearbeiten", -1),
    ("Seite Bearbeiten", -1),
    ("HTMLBearbeiten", -1),
    ("Wir wollen es bearbeiten", -1),
    ("HistoryEdit", -1),
    ("Der Text wurde lange und gründlich geprüft, dann ging er zum Bearbeiten.", -1),
])
def test_an_edit_link_glued_to_a_heading_without_brackets(line, cut):
    from edition.witness.wiki import edit_suffix
    assert edit_suffix(line) == cut


def test_headings_with_a_glued_edit_link_are_headings_the_link_set_aside():
    source = ("Das Fest\n\nGeschichteBearbeiten\n\n" + "Das erste Fest fand im Oktober statt, und es dauerte "
              "fünf Tage lang, mit Pferderennen auf der Wiese vor der Stadt.\n\n"
              "Das erste FestBearbeiten\n\nDie Stadt lud alle Bürger ein, und viele kamen zu Fuß.\n")
    ed = conv(source)
    heads = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert "Geschichte" in heads and "Das erste Fest" in heads
    assert not any("Bearbeiten" in plain(b.pieces) for b in ed.blocks)


# -- An older wiki skin sets the edit link before its heading ------------------------------------------------

@pytest.mark.parametrize(("line", "at"), [
    ("[edit] Origin", 7),
    ("[edit] Powers and duties", 7),
    ("[bearbeiten] Geschichte", 13),
    ("[edit] 1920s", 7),
    # near misses: the link alone, a sentence after it, a heading in lower case, a long line, other brackets
    ("[edit]", 0),
    ("[edit] We changed the text of the article.", 0),
    ("[edit] see below", 0),
    ("[edit] " + " ".join(["Word"] * 14), 0),
    ("[sic] Origin", 0),
    ("Origin [edit] of the word", 0),
])
def test_an_edit_link_before_a_heading(line, at):
    from edition.witness.wiki import edit_prefix
    assert edit_prefix(line) == at


def test_headings_after_their_edit_link_are_headings_and_the_page_s_caret_notes_are_notes():
    body = ("The office was created in 1787 by the convention, which met in the summer and argued at length "
            "over the powers it should have.[1] Its holder is elected for four years.[2]")
    source = (f"The Office\n\nFrom Wikipedia, the free encyclopedia\n\n[edit] Origin\n\n{body}\n\n[edit] Duties\n\n"
              "The holder signs the laws, and commands the army and the navy in war and peace alike.\n\n"
              "[edit] Notes\n\n^ Farrand, Records of the Convention, p. 12.\n\n^ Article II, section 1.\n")
    ed = conv(source)
    heads = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert {"Origin", "Duties", "Notes"} <= set(heads)
    assert not any("[edit]" in plain(b.pieces) for b in ed.blocks)
    assert [" ".join(plain(p) for p in n.paragraphs) for n in ed.notes] == [
        "Farrand, Records of the Convention, p. 12.", "Article II, section 1."]
