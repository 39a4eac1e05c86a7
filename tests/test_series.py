"""The papers of a numbered series in one file (:mod:`edition.witness.series`): their numbered headings, the
heads under them (a byline in capitals), the signature closing each, a list in capitals under a colon, and the
notes each paper numbers anew, paired paper by paper (:func:`edition.witness.layout.paper_notes`).

Texts of our own making, a newspaper's series of letters "To the Citizens of Avalon", in the two layouts
(hard-wrapped as a PDF's or a transcription's lines, and a line a paragraph), each rule with its near miss.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from edition.convert import convert, report
from edition.witness.reading import read_text
from edition.witness.series import byline_capitals, number_of, read_papers, series_headings, signature_lines
from edition.writers.myst import render
from pieces import plain

#: each paper's prose, one paragraph a string, none alike (a running head is a line repeated alike)
PROSE = [
    ["After a long trial of the weakness of the present league, you are asked to weigh a new charter for the "
     "several provinces, and the matter speaks its own weight to every one of you.",
     "This thought adds the motives of goodwill to those of love of country, and it heightens the care that "
     "all sober men must feel for the outcome of a question of such weight.",
     "But we already hear it said in private circles that the provinces are too large for any single system, "
     "and that we must resort to separate leagues of parts of the whole.1 This doctrine will be spread by "
     "degrees until it has friends enough to be avowed in the open."],
    ["When the people of the provinces reflect that they are called upon to settle a question of the first "
     "weight, the fitness of their taking a broad and serious view of it is plain.",
     "Nothing is more certain than the need of some common rule, and it is equally plain that the people "
     "must yield to it a part of their liberty in order to give it the powers it requires.",
     "Some have said that the coasts would be safer in the hands of the several provinces than of the "
     "league.1 The reverse, as I shall show in my next letter, is much nearer the truth."],
    ["It is not a new remark that a people well governed seldom ask how their rulers came by their power, "
     "so long as the harbours are open and the roads are safe for the carters.",
     "Among the objects to which a wise people attends, their safety seems to stand first, and safety "
     "relates as much to quarrels among themselves as to dangers from beyond the sea.",
     "It is worth asking whether a single council would be less likely to be drawn into war than thirteen "
     "separate ones.1 I shall take up that question in the letters which follow."],
]
NOTES = ["1 The same idea is held out in several of the late pamphlets against the new charter.",
         "1 See the letter of a Farmer, printed in the Courier of the tenth of this month.",
         "1 This was said openly at a meeting in the capital in the spring of last year."]
TITLES = ["General Introduction", "Concerning Dangers from Abroad", "The Same Subject Continued"]
AUTHORS = ["MERCER", "HALE", "MERCER"]
TOPICS = ["I propose, in a series of letters, to discuss the following particulars:", "",
          "THE VALUE OF THE LEAGUE TO YOUR COMMON PROSPERITY",
          "THE WEAKNESS OF THE PRESENT ARTICLES TO KEEP THAT LEAGUE",
          "THE NEED OF A COUNCIL AT LEAST AS STRONG AS THE ONE PROPOSED", ""]


def paper(n: int, *, wrap: bool = True, heading: str = "LETTERS. No. {n}", signature: str = "CATO.",
          note: bool = True, topics: bool = False) -> str:
    fill = (lambda s: textwrap.fill(s, 44)) if wrap else (lambda s: s)
    lines = [heading.format(n=n), "", TITLES[n - 1], "", "For the Daily Courier.", "", AUTHORS[n - 1], "", "",
             "To the Citizens of Avalon:", ""]
    for k, para in enumerate(PROSE[n - 1]):
        if topics and n == 1 and k == 2:
            lines += TOPICS
        lines += [fill(para if note else para.replace(".1 ", ". ")), ""]
    lines += [signature, ""]
    if note:
        lines += [fill(NOTES[n - 1]), ""]
    return "\n".join(lines) + "\n\n"


def papers(count: int = 3, **kw) -> str:
    return "".join(paper(n, **kw) for n in range(1, count + 1))


def conv(text: str):
    return convert(read_text(text))


def furniture_texts(ed) -> list[str]:
    return [f.text.strip() for f in ed.furniture]


def decided(ed, what: str):
    return [d for d in ed.decisions if d.what == what]


# -- The numbered headings -------------------------------------------------------------


@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "a line a paragraph"])
def test_numbered_headings_rising_are_the_papers_headings_never_running_heads(wrap):
    ed = conv(papers(wrap=wrap))
    headings = [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"]
    assert ("LETTERS. No. 1", "2") in headings and ("LETTERS. No. 3", "2") in headings
    assert ("General Introduction", "3") in headings and ("Concerning Dangers from Abroad", "3") in headings
    assert not any("No." in t for t in furniture_texts(ed))
    assert decided(ed, "series") and "Papers of a series." in render(ed)
    assert ed.title_editorial  # the file's papers have no title of the file's own


def test_numbered_headings_in_roman_numerals_and_without_the_series_name():
    text = papers(heading="No. {n}.").replace("No. 2.", "No. II.").replace("No. 3.", "No. III.")
    assert sorted(series_headings(text, read_text(text).lines).values()) == [1, 2, 3]
    assert number_of("XIV") == 14 and number_of("IX") == 9


@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "a line a paragraph"])
def test_the_series_name_on_the_line_above_the_number_is_one_heading_never_a_running_head(wrap):
    ed = conv(papers(wrap=wrap, heading="THE LETTERS.\nNo. {n}."))
    headings = [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"]
    assert ("THE LETTERS. No. 2.", "2") in headings and ("THE LETTERS. No. 3.", "2") in headings
    assert "THE LETTERS." not in furniture_texts(ed)
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"].count("CATO.") == 3


def test_a_line_in_capitals_over_a_number_with_text_below_is_no_series_name():
    w = read_text("THE LETTERS.\nNo. 1\nA line of the text goes on here.\n\nTHE LETTERS.\nNo. 2\nMore text.\n")
    assert read_papers(w.text, w.lines).names == frozenset()


def test_a_masthead_repeating_its_number_and_numbers_falling_make_no_series():
    w = read_text("Vol. 3, No. 2\n\nA line of the text.\n\nVol. 3, No. 2\n\nAnother line.\n\nVol. 3, No. 2\n")
    assert series_headings(w.text, w.lines) == {}  # the number, alike on each page
    w = read_text("Some words first.\n\nNo. 3\n\nA line.\n\nNo. 1\n\nAnother line.\n")
    assert series_headings(w.text, w.lines) == {}
    w = read_text("The items:\nNo. 1\nNo. 2\nNo. 3\n")
    assert series_headings(w.text, w.lines) == {}  # a list's items, standing together, not alone


# -- The signature -------------------------------------------------------------------------


@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "a line a paragraph"])
def test_a_signature_repeated_once_a_paper_is_kept_in_the_text_and_recorded(wrap):
    ed = conv(papers(wrap=wrap, note=False))
    paragraphs = [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert paragraphs.count("CATO.") == 3
    assert "CATO." not in furniture_texts(ed)
    assert not any(plain(b.pieces).lower().startswith("cato") for b in ed.blocks if b.kind == "heading")
    (d,) = decided(ed, "signature")
    assert d.value.startswith("CATO.") and d.sure
    assert "**Signatures.** CATO." in render(ed)


def test_a_signature_before_its_notes_closes_its_paper():
    ed = conv(papers())
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"].count("CATO.") == 3


def test_a_line_in_capitals_with_its_stop_over_more_text_is_no_signature():
    text = papers(note=False).replace("CATO.\n", "CONCLUSIONS.\n\nThe papers go on with more words.\n", 1)
    w = read_text(text)
    found = signature_lines(w.text, w.lines, series_headings(w.text, w.lines))
    assert [w.lines[n - 1].text for n in found] == ["CATO.", "CATO."]


def test_a_lone_papers_signature_at_the_end_is_no_heading():
    ed = conv(paper(1))
    assert "CATO." in [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert not any("Cato" in plain(b.pieces) or "CATO" in plain(b.pieces) for b in ed.blocks if b.kind == "heading")


# -- The byline in the paper's head ------------------------------------------------------


def test_a_byline_in_capitals_is_no_heading_never_recased_and_the_author():
    ed = conv(papers())
    assert "MERCER" in [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert not any(e.reading == "MERCER" for e in ed.apparatus)  # never recased
    assert report(ed)["author"] == "MERCER, HALE"
    ed = conv(paper(1))
    assert report(ed)["author"] == "MERCER" and report(ed)["found"]["author"]["sure"]


def test_a_byline_in_capitals_over_the_address_of_a_paper_copied_without_its_number():
    text = paper(1).split("\n", 2)[2]  # its numbered heading left out: the title first
    ed = conv(text)
    assert "MERCER" in [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert not any(e.reading == "MERCER" for e in ed.apparatus)
    assert report(ed)["author"] == "MERCER"


def test_a_heading_in_capitals_over_prose_at_the_top_is_no_byline():
    w = read_text("A Title\n\nINTRODUCTION\n\nThe text begins here with a sentence of prose that runs on.\n")
    assert read_papers(w.text, w.lines).bylines == ()


def test_words_of_a_heading_in_capitals_are_no_byline():
    assert byline_capitals("HAMILTON") and byline_capitals("HAMILTON AND MADISON")
    assert byline_capitals("HAMILTON OR MADISON")
    assert not byline_capitals("THE UNION") and not byline_capitals("NOTES") and not byline_capitals("Hamilton")


def test_a_byline_outside_a_papers_head_is_read_as_before():
    w = read_text("A first paragraph of the text, long enough.\n\nMERCER\n\nMore text.\n")
    assert read_papers(w.text, w.lines).bylines == ()


# -- A list in capitals under a colon ----------------------------------------------------------


@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "a line a paragraph"])
def test_lines_in_capitals_under_a_colon_are_a_lists_items(wrap):
    ed = conv(papers(wrap=wrap, topics=True))
    (items,) = [b for b in ed.blocks if b.kind == "list"]
    assert [plain(item) for item in items.pieces] == [t for t in TOPICS if t.isupper()]
    assert not any("League" in plain(b.pieces) for b in ed.blocks if b.kind == "heading")
    assert decided(ed, "list items")


def test_one_line_in_capitals_under_a_colon_may_still_head_what_follows():
    text = papers(topics=True).replace(
        "THE WEAKNESS OF THE PRESENT ARTICLES TO KEEP THAT LEAGUE\n"
        "THE NEED OF A COUNCIL AT LEAST AS STRONG AS THE ONE PROPOSED\n", "")
    ed = conv(text)
    assert not [b for b in ed.blocks if b.kind == "list"]
    assert not decided(ed, "list items")


# -- Notes ---------------------------------------------------------------------------------------


def test_a_glued_marker_after_a_stop_is_paired_with_the_body_under_the_signature():
    ed = conv(paper(1))
    assert [n.label for n in ed.notes if n.status == "ok"] == ["1"]
    assert "whole.[^1]" in render(ed)


@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "a line a paragraph"])
def test_papers_numbering_their_notes_anew_each_note_paired_in_its_paper(wrap):
    ed = conv(papers(wrap=wrap))
    assert [(n.label, n.status) for n in ed.notes] == [("1.1", "ok"), ("2.1", "ok"), ("3.1", "ok")]
    assert ed.markers == ["1.1", "2.1", "3.1"]
    text = render(ed)
    assert "whole.[^1.1]" in text and "league.[^2.1]" in text and "ones.[^3.1]" in text
    assert "[^2.1]: See the letter of a Farmer" in text
    (d,) = decided(ed, "note numbers")
    assert d.sure and "3 notes" in d.value


def test_papers_notes_in_brackets_numbered_anew_each_paired_in_its_paper():
    text = re.sub(r"(whole|league|ones)\.1(?=\s)", r"\1.[1]", papers()).replace("\n1 ", "\n[1] ")
    ed = conv(text)
    assert [(n.label, n.status) for n in ed.notes] == [("1.1", "ok"), ("2.1", "ok"), ("3.1", "ok")]
    assert "league.[^2.1]" in render(ed) and "[^3.1]: This was said openly" in render(ed)


def test_a_paper_without_notes_among_papers_with_notes_numbered_anew():
    # paper 2 has neither a note nor its marker: the others' notes are paired in their papers all the same
    text = papers().replace("league.1", "league", 1).replace("\n1 See the", "\nSee the")
    ed = conv(text)
    assert [n.label for n in ed.notes] == ["1.1", "3.1"]


def test_papers_notes_called_out_of_order_stay_in_the_text_and_are_reported():
    text = papers().replace("whole.1", "whole.2", 1).replace(
        "\n1 The same idea", "\n2 An earlier note.\n\n1 The same idea", 1)
    text = text.replace("open.\n", "open.1\n", 1)  # 2 called, then 1: out of order
    ed = conv(text)
    assert not any(n.label.startswith("1.") for n in ed.notes)
    assert "1 The same idea" in render(ed)  # kept, as a paragraph


def test_a_signature_with_one_paper_notes_numbered_on_is_no_renumbering():
    text = papers().replace("\n1 See the", "\n2 See the").replace("league.1", "league.2")
    text = text.replace("\n1 This was", "\n3 This was").replace("ones.1", "ones.3")
    ed = conv(text)
    assert not decided(ed, "note numbers")


def test_a_paper_s_note_may_open_with_a_capital_in_emphasis(monkeypatch):
    # "1 _Ibid_., p. 40.": a note's text opening with a word in emphasis, as transcriptions mark italics
    monkeypatch.setattr(f"{__name__}.NOTES", [NOTES[0], "1 _Ibid_., p. 40.", NOTES[2]])
    assert [(n.label, n.status) for n in conv(papers()).notes] == [("1.1", "ok"), ("2.1", "ok"), ("3.1", "ok")]
    # near miss: a word in emphasis in lower case opens no note's text: the paper's marker has no note
    monkeypatch.setattr(f"{__name__}.NOTES", [NOTES[0], "1 _ibid_., p. 40.", NOTES[2]])
    assert "2.1" not in [n.label for n in conv(papers()).notes]
