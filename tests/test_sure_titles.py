"""A short title at the top with a headline below it over a byline: mixed evidence, never a sure title
(``edition.witness.lead``: :func:`rival_headline`; ``edition.convert``: the title's decision).

Every text is of our own making. A site's name over its menus, a rubric of the document's type in capitals
("RESEARCH ARTICLE") over a title broken over lines and its numbered authors, a section's label the page gives
twice: each sits above the headline and its byline, and the title read from the first line is flagged. The
near misses (a title over its subtitle and byline, a title over prose) stay sure.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.convert import convert, report
from edition.witness.lead import MARKED_AUTHORS_RE, rival_headline
from edition.witness.reading import read_text
from pieces import plain

PROSE = """\
The delegates of the district committees met in the spring, in a hall the railway workers had lent them for a week.

They voted on the third day, and the motion to hand the pits to the committees was lost by nine votes in the end.
"""


def conv(source: str):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")))


def title_found(source: str) -> dict:
    return report(conv(source))["found"]["title"]


MASTHEAD = ("Daily Tribune\n\nMenu\nWorld\nCulture\nSubscribe\nLog in\n\n"
            "The Miners Vote Against the Motion\n\nBy Ann Lee\n\n" + PROSE)
RUBRIC = ("RESEARCH ARTICLE\n\nComparative study of the output of\nthe pits after the strike\nAnn Lee1, Bo Kim2*\n\n"
          "1 Department of Mining, Example University, Town\n\n" + PROSE)
DOUBLED = "World\n\nWorld\n\nMiners 'could lose the vote'\n\nBy A. Writer World editor, Example News\n\n" + PROSE


@pytest.mark.parametrize(("source", "headline"), [
    (MASTHEAD, "The Miners Vote Against the Motion"),
    (RUBRIC, "Comparative study of the output of the pits after the strike"),
    (DOUBLED, "Miners 'could lose the vote'"),
])
def test_a_short_title_over_a_headline_and_its_byline_is_unsure(source, headline):
    rival = rival_headline(read_text(source).lines, 1)
    assert rival is not None and rival[0] == headline
    title = title_found(source)
    if title["value"] != headline:
        assert title["sure"] is False
        assert headline in title["how"]


@pytest.mark.parametrize("source", [
    # a title over its subtitle and its byline: nothing between them, the subtitle no rival
    "The Russian Question\n\nA Study of the Coal Question\n\nBy Ann Lee\n\n" + PROSE,
    # a label in capitals over a one-line subtitle and a plain byline: a title in capitals, no rubric
    "IMPERIALISM\n\nThe Highest Stage of the Question\n\nBy Ann Lee\n\n" + PROSE,
    # a short title over prose, no byline under a headline
    "Daily Tribune\n\nMenu\nWorld\nCulture\nSubscribe\n\n" + PROSE,
    # a title of more words than a site's name
    "The Miners of the North Vote\n\nMenu\nWorld\nCulture\nSubscribe\n\nThe Vote Is Lost Again\n\nBy Ann Lee\n\n"
    + PROSE,
])
def test_near_misses_have_no_rival(source):
    assert rival_headline(read_text(source).lines, 1) is None


def test_a_title_over_its_byline_stays_sure():
    title = title_found("The Russian Question\n\nBy Ann Lee\n\n" + PROSE)
    assert title["value"] == "The Russian Question"
    assert title["sure"] is True


# -- a rubric of the document's type over a paper's title and its numbered authors ---------------------

def test_a_type_rubric_over_a_title_broken_over_lines():
    found = report(conv(RUBRIC))["found"]
    assert found["title"]["value"] == "Comparative study of the output of the pits after the strike"
    assert found["title"]["sure"] is True
    assert found["author"]["value"] == "Ann Lee, Bo Kim"
    rubric = [d for d in conv(RUBRIC).decisions if d.what == "rubric"]
    assert [d.value for d in rubric] == ["RESEARCH ARTICLE"] and rubric[0].sure


def test_a_type_rubric_over_a_title_and_its_authors_apart():
    source = "ORIGINAL ARTICLE\n\nThe output of the pits after the strike\n\nAnn Lee1 and Bo Kim1,2\n\n" + PROSE
    found = report(conv(source))["found"]
    assert found["title"]["value"] == "The output of the pits after the strike"
    assert found["author"]["value"] == "Ann Lee and Bo Kim"


@pytest.mark.parametrize("source", [
    # the label in title case: no rubric in capitals
    "Research Article\n\nComparative study of the output of\nthe pits after the strike\nAnn Lee1, Bo Kim2*\n\n" + PROSE,
    # the authors without their numbers: the block is no title over numbered authors
    "RESEARCH ARTICLE\n\nComparative study of the output of\nthe pits after the strike\nAnn Lee, Bo Kim\n\n" + PROSE,
    # a label of four words
    "A VERY LONG LABEL\n\nComparative study of the output of\nthe pits after the strike\nAnn Lee1, Bo Kim2*\n\n"
    + PROSE,
])
def test_near_misses_of_the_type_rubric(source):
    decisions = conv(source).decisions
    assert not [d for d in decisions if d.what == "rubric" and "document's type" in d.how]
    assert not [d for d in decisions if d.what == "author" and "affiliation" in d.how]


@pytest.mark.parametrize(("line", "marked"), [
    ("Ann Lee1, Bo Kim2*", True),
    ("Ann Lee1,2, Bo Kim2 and Cy Doe3", True),
    ("Ann Lee, Bo Kim", False),
    ("Table 1, Figure 2", False),
])
def test_numbered_authors(line, marked):
    assert bool(MARKED_AUTHORS_RE.match(line)) is marked


# -- a headline under a section's label given twice: never a link list -----------------------------------

def test_a_headline_under_a_doubled_label_over_a_loose_byline_is_the_title():
    source = ("Home\nNews\nSport\nWeather\n\n" + DOUBLED)
    ed = conv(source)
    title = report(ed)["found"]["title"]
    assert title["value"] == "Miners 'could lose the vote'" and title["sure"] is False
    kinds = {f.text.strip(): f.what for f in ed.furniture}
    assert kinds.get("Miners 'could lose the vote'") is None  # no link list's
    assert "By A. Writer World editor, Example News" not in kinds


def test_a_doubled_label_alone_over_the_headline():
    title = report(conv(DOUBLED))["found"]["title"]
    assert title["value"] == "Miners 'could lose the vote'" and title["sure"] is False


@pytest.mark.parametrize("source", [
    # two different short lines over the headline and a plain byline: the title and its rubric, as before
    "World\n\nEurope\n\nMiners 'could lose the vote'\n\nBy Ann Lee\n\n" + PROSE,
    # a line that opens with "By" and ends a sentence: prose, no byline
    "World\n\nWorld\n\nMiners 'could lose the vote'\n\nBy the end of the week the vote was lost.\n\n" + PROSE,
])
def test_near_misses_of_the_doubled_label(source):
    ed = conv(source)
    assert not any(f.what == "site lines above the headline" for f in ed.furniture)


# -- a PDF's title that every page repeats as its running head, compared loosely ------------------------

_PAGE = ("The delegates of the district committees met in the spring, in a hall the railway workers had\n"
         "lent them for a week, and they talked long into the night about the pits and the wages of the\n"
         "men who worked them, and about the owners who would not meet them at all that {} year.\n")


def _pdf(first: str, heads: tuple[str, str], under: str = "U.S. Coal Office Summary") -> str:
    pages = [f"{first}\n{under}\n\nIntroduction\n\n{_PAGE.format('first')}\n{_PAGE.format('same')}"]
    pages += [f"{head}\n\n{_PAGE.format(word)}\n{_PAGE.format(word + ' other')}"
              for head, word in zip(heads, ("second", "third"), strict=True)]
    return "\f".join(pages)


@pytest.mark.parametrize("heads", [
    ("THE COAL ACT OF 1998", "THE COAL ACT OF 1998"),  # a leading article added
    ("2  COAL ACT OF 1998", "3  COAL ACT OF 1998"),  # the page's number on the head's line
    ("Coal Act of 1998", "Coal Act of 1998"),  # another case
])
def test_the_first_line_a_running_head_repeats_loosely_is_the_title(heads):
    ed = convert(read_text(_pdf("COAL ACT OF 1998", heads)))
    title = report(ed)["found"]["title"]
    assert ed.layout == "pdf"
    assert title["value"] == "COAL ACT OF 1998" and title["line"] == 1
    assert title["sure"] is False and "running head" in title["how"]


def test_a_running_head_that_differs_leaves_the_subtitle():
    # the later pages' heads are another line: the first line is no copy of theirs
    ed = convert(read_text(_pdf("COAL ACT OF 1998", ("NOTES ON THE PITS", "NOTES ON THE PITS"))))
    assert ed.title != "COAL ACT OF 1998"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("3  THE TITLE OF THE ACT", "Title of the Act", True),
    ("The Title of the Act   12", "TITLE OF THE ACT", True),
    ("Title of the Act", "Title of an Act", False),
    ("Theory of the Act", "Ory of the Act", False),
])
def test_head_key(a, b, same):
    from edition.witness.layout import head_key
    assert (head_key(a) == head_key(b)) is same


# -- a register's rule: its title right above its fields, the journal's masthead no title ---------------

_FIELDS = ("AGENCY: Office of the Pits (OP), Department of Coal.\n\nACTION: Notice of a proposed rule.\n\n"
           "SUMMARY: The office proposes a rule for the committees of the pits, prompted by the reports of the "
           "delegates over the last two years of the strikes.\n\n")


def test_the_line_above_a_rule_s_fields_is_its_title_under_a_masthead():
    source = ("47698\n   Proposed Rules     Coal Register\n                      Vol. 85, No. 152 / Friday, "
              "August 7, 2020\n\nDEPARTMENT OF COAL\n\n[Docket No. OP-2020-0123]\n\nRules for the Committees; "
              "Some Pits\n\n" + _FIELDS + PROSE)
    title = title_found(source)
    assert title["value"] == "Rules for the Committees; Some Pits"
    assert title["sure"] is False and "AGENCY:" in title["how"]


def test_a_rule_s_title_displaces_a_short_title_over_it():
    # the journal's section at the top ("Proposed Rules") is no title where the rule has one of its own
    ed = convert(read_text("Proposed Rules\n\nRules for the Committees; Some Pits\n\n" + _FIELDS + PROSE))
    title = report(ed)["found"]["title"]
    assert title["value"] == "Rules for the Committees; Some Pits"
    assert title["sure"] is False and "the rule's title" in title["how"] and "“Proposed Rules”" in title["how"]
    assert ("journal masthead", "Proposed Rules") in [(f.what, f.text.strip()) for f in ed.furniture]


@pytest.mark.parametrize(("top", "head"), [
    ("Proposed Rules", "Rules for the Committees; The Bolt\nCompany Pits"),  # wrapped, run into its fields
    ("Notices", "Rules for the Committees; Some Pits"),  # one line, run into its fields
])
def test_a_rule_s_title_run_into_its_fields_is_its_title(top, head):
    source = (f"{top}\n\nDEPARTMENT OF COAL\n\n{head}\nAGENCY: Office of the Pits (OP), Department of Coal.\n\n"
              "ACTION: Notice of a proposed rule.\n\nSUMMARY: The office proposes a rule for the committees of "
              "the pits, prompted by the reports of the delegates.\n\n" + PROSE)
    ed = convert(read_text(source))
    assert ed.title == " ".join(head.split())
    assert (top, "AGENCY: Office of the Pits (OP), Department of Coal.") == (
        next(f.text.strip() for f in ed.furniture if f.what == "journal masthead"),
        next(plain(b.pieces) for b in ed.blocks if b.kind == "paragraph" and plain(b.pieces).startswith("AGENCY")))


@pytest.mark.parametrize("source", [
    # a sentence run into the fields: no title; the top line stays
    "Proposed Rules\n\nThe office wrote to the pits.\nAGENCY: Office of the Pits.\n\nACTION: Notice.\n\n" + PROSE,
    # one field alone, no second below it: no rule
    "Proposed Rules\n\nRules for the Committees\nAGENCY: Office of the Pits.\n\n" + PROSE,
    # a long title at the top (more than a section's few words) is never displaced
    "Rules of the Coal Office for the Committees of All the Pits\n\nRules for the Committees; Some Pits\n"
    "AGENCY: Office of the Pits.\n\nACTION: Notice.\n\n" + PROSE,
])
def test_near_misses_of_a_rule_s_title_run_into_its_fields(source):
    ed = convert(read_text(source))
    assert ed.title == source.split("\n")[0]
    assert not [f for f in ed.furniture if f.what == "journal masthead"]


@pytest.mark.parametrize("source", [
    # one field alone: no rule's run of fields
    "Rules for the Committees\n\nAGENCY: Office of the Pits.\n\n" + PROSE,
    # a sentence above the fields: no title
    "The office wrote to the pits.\n\n" + _FIELDS + PROSE,
])
def test_near_misses_of_the_rule_s_title(source):
    title = title_found(source)
    assert "AGENCY:" not in title["how"]


# Three forms that are no title (judged by form): a skip link with the site's name after its call, a record's
# field ("Label: value"), a file's line among codes; and a state's name over its agency's, which is no author.
from edition.convert import title_refused  # noqa: E402
from edition.witness.furniture import skip_link_line, web_line_kind  # noqa: E402
from edition.witness.lead import field_line, file_name_line  # noqa: E402

MENU = "".join(f"{item}\n" for item in ("Home", "World", "Politics", "Business", "Sport", "Culture", "Weather",
                                         "Video", "Opinion", "Podcasts", "Newsletters", "Search"))
SKIPPED = ("Skip to main content: Daily Tribune (Article Page)\n\nDaily Tribune Network\n" + MENU +
           "\nThe Miners Vote Against the Motion\n\nPublished August 14, 2010\n\n" + PROSE)
JUDGMENT = ("Neutral Citation Number: [2019] EWHC 12 (Ch)\n\nCase No: X-1\n\nIN THE HIGH COURT OF JUSTICE\n\n"
            "Date: 07/12/2019\n\nBetween :\n\nROE LTD\nClaimant\n- and –\nDOE LTD\nDefendant\n\n" + PROSE)
STAMP = "9/4/2019                                   Document\n\n"
ADDRESS = "\n\nhttps://www.example.gov/Archives/data/1234/q3report10-q.htm                       {}/2\n"
FILING = (STAMP + "  10-Q 1 q3report10-q.htm 10-Q\n"
          "                         UNITED STATES\n"
          "                 SECURITIES AND EXCHANGE COMMISSION\n"
          "                      Washington, D.C. 20549\n\n"
          "                           FORM 10-Q\n\n" + PROSE + ADDRESS.format(1) + "\f" + STAMP + PROSE
          + ADDRESS.format(2))


@pytest.mark.parametrize("line", [
    "Skip to main content: Daily Tribune (Article Page)", "Skip to content", "Jump to navigation",
    "Skip navigation", "Skip to content Red Notes", "skip to main content — The Tribune"])
def test_skip_links(line):
    assert skip_link_line(line) and "skip link" in title_refused(line)


@pytest.mark.parametrize("line", [
    "Skip to content with no menus", "Skipping to the End of the Story", "Jump to Conclusions",
    "The Day We Skip to Main Content"])
def test_near_misses_of_skip_links(line):
    assert not skip_link_line(line)


@pytest.mark.parametrize("line", ["Neutral Citation Number: [2019] EWHC 12 (Ch)", "Case No: X-1",
                                  "Claim Number: HC-2019-000123"])
def test_field_lines(line):
    assert field_line(line) and "field" in title_refused(line)


@pytest.mark.parametrize("line", ["Russia: The Road to Revolution", "Chapter 1: 1917", "Lenin: 1917",
                                  "The Miners: A History of the 1926 Strike", "Neutral Citation Number"])
def test_near_misses_of_field_lines(line):
    assert not field_line(line) and not title_refused(line)


@pytest.mark.parametrize("line", ["8-K 1 q2release8-k.htm 8-K", "EX-99.1 2 ex991.htm EX-99.1",
                                  "10-K 1 annual.txt 10-K"])
def test_file_name_lines(line):
    assert file_name_line(line) and "file" in title_refused(line)


@pytest.mark.parametrize("line", ["Why index.html Still Matters", "report.pdf", "The 8-K Season", "FORM 8-K"])
def test_near_misses_of_file_name_lines(line):
    assert not file_name_line(line)


def test_a_skip_link_is_set_aside_and_never_the_title():
    edition = conv(SKIPPED)
    found = report(edition)["found"]["title"]
    assert not found["value"].startswith("Skip to") and not (found["sure"] and found["line"] == 1)
    assert any(a.reading.startswith("Skip to main content") and "set aside" in a.note for a in edition.apparatus)


def test_a_skip_link_at_the_page_s_edge_is_its_furniture():
    # too long for a call to action: the skip link's own form sets it aside
    line = ("Skip to main content: Daily Tribune/Tribune Business (Article Page: Daily Tribune/Sport/Latino/"
            "Tribune Business)")
    assert web_line_kind(line, at_edge=True) == "skip link"
    assert web_line_kind(line, at_edge=False) is None  # in the running text: judged by its place, not here
    assert web_line_kind("Skip to content with no menus, the reader moved on.", at_edge=True) != "skip link"


def test_a_judgment_s_citation_field_is_no_sure_title():
    found = title_found(JUDGMENT)
    assert not (found["sure"] and found["value"].startswith("Neutral Citation Number:"))


def test_a_filing_s_file_line_is_no_title_and_its_state_no_author():
    found = report(conv(FILING))["found"]
    assert not (found["title"]["sure"] and ".htm" in found["title"]["value"])
    assert found["author"]["value"] != "UNITED STATES"


def test_near_miss_a_person_over_an_institution_is_still_the_author():
    source = FILING.replace("UNITED STATES", "JANE ROE     ").replace("SECURITIES AND EXCHANGE COMMISSION",
                                                                       "EXAMPLE UNIVERSITY OF MINING")
    assert report(conv(source))["found"]["author"]["value"].casefold() == "jane roe"


# -- A site's name, or its clock, on the first line: no sure title ------------------------------------------

SITE_TOP = "The Daily Ledger\n\nThe Miners Vote Against the Motion\n\n" + PROSE
FOOTER = "\nAbout us\n\nCopyright © 2016 by The Daily Ledger Group. All Rights Reserved.\n"
LINKS = "\nMeet the Daily Ledger staff\nThe Daily Ledger Store\nHow you can support the Daily Ledger\n"


@pytest.mark.parametrize("source", [SITE_TOP + FOOTER, SITE_TOP + LINKS])
def test_a_site_s_name_on_the_first_line_is_no_sure_title(source):
    found = title_found(source)
    assert found["value"] == "The Daily Ledger"
    assert not found["sure"] and "the site's name" in found["how"]


@pytest.mark.parametrize("source", [
    SITE_TOP,  # nothing shows it is the site's
    SITE_TOP + "\nCopyright © 2016 by Example Media Group. All Rights Reserved.\n",  # another name in the copyright
    # the title in sentences and in one link only
    SITE_TOP + "\nThe Daily Ledger was founded in 1901, and it reported the vote.\n\nThe Daily Ledger Store\n",
])
def test_near_misses_of_the_site_s_name_stay_sure(source):
    found = title_found(source)
    assert found["value"] == "The Daily Ledger" and found["sure"]


def test_a_site_s_clock_is_no_sure_title():
    from edition.witness.furniture import clock_line
    assert clock_line("Tuesday, December 21, 2010 As of 6:42 PM EST")
    assert clock_line("Wednesday, December 8, 2010; 10:37 PM")
    # near misses: a date alone (a date line), a time among words, a date with words after it
    assert not clock_line("Tuesday, December 21, 2010")
    assert not clock_line("The 12:30 train to Leeds")
    assert not clock_line("December 21, 2010 Meeting at 6:30 PM")
    found = title_found("Tuesday, December 21, 2010 As of 6:42 PM EST\n\n" + PROSE)
    assert not found["sure"]


def test_a_wiki_s_title_over_its_tagline_stays_sure_whatever_links_name_it():
    source = ("Readability\n\nFrom Wikipedia, the free encyclopedia\n\n" + PROSE
              + "\nReadability test\nReadability formulas\nCode readability\n")
    found = title_found(source)
    assert found["value"] == "Readability" and found["sure"]
