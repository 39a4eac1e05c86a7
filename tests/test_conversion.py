"""Each conversion rule, on small texts made for the purpose.

The texts imitate the layouts of the witnesses (a web page copied as text,
text extracted from a PDF) without being taken from them.
"""

from __future__ import annotations

import os
import re
import textwrap
import tomllib

import pytest

from conftest import ROOT
from edition.convert import convert, report
from edition.data.apparatus import EditorialData, load_editorial
from edition.errors import EditionError
from edition.model import Emphasis, NoteRef, Text
from edition.witness.code import code_lines, strong_code
from edition.witness.lexicon import (
    TextVocabulary,
    derived_word,
    fits_its_place,
    in_english,
    keep_line_end_hyphen,
    rests_on_syllables,
    split_glued,
    suspended_hyphen,
    title_case,
)
from edition.witness.reading import read_text
from edition.writers.myst import render
from pieces import plain


def conv(source: str, **kwargs):
    return convert(read_text(textwrap.dedent(source).lstrip("\n")), **kwargs)


def bodies(edition) -> list[str]:
    return [plain(b.pieces) for b in edition.blocks if b.kind not in ("list", "definition")]


def kinds(edition) -> list[str]:
    return [b.kind for b in edition.blocks]


# -- Header ----------------------------------------------------------------------

def test_field_header_becomes_metadata_not_paragraphs():
    ed = conv("""
        Title: On Councils
        Date: March 1999
        Source: Retrieved on 1st May 2021 from http://example.org/councils.html
        Notes: Translated by A. Translator.

        The first paragraph of the text.
        """)
    assert ed.title == "On Councils"
    assert [f.name for f in ed.header] == ["title", "date", "source", "notes"]
    assert ed.header[2].value == "Retrieved on 1st May 2021 from http://example.org/councils.html"
    assert bodies(ed) == ["The first paragraph of the text."]
    assert ed.blocks[0].number == 1


def test_title_part_byline_and_date_lines():
    ed = conv("""
        Strikes in the coal basin: a review

        Part 2

        By Anna Example
        12 June 2015

        This is the second article of a series.

        The miners struck in July.
        """)
    assert ed.title == "Strikes in the coal basin: a review"
    assert [(f.name, f.value) for f in ed.header] == [
        ("title", "Strikes in the coal basin: a review"),
        ("subtitle", "Part 2"),
        ("byline", "By Anna Example"),
        ("date", "12 June 2015"),
    ]
    assert bodies(ed)[0] == "This is the second article of a series."


def test_standfirst_ending_writes_name():
    ed = conv("""
        The planners and the plan

        Plans were drawn up in offices far from the factories, writes Jo Bloggs

        In 1928 the first plan began.
        """)
    assert [f.name for f in ed.header] == ["title", "standfirst"]
    assert ed.header[1].value.endswith("writes Jo Bloggs")
    assert bodies(ed) == ["In 1928 the first plan began."]


def test_text_without_header_takes_the_manifest_title_as_editorial():
    source = """
        A long first sentence that is plainly a paragraph of the body and not a title at all, since it runs on.
        """
    ed = conv(source, record={"id": "x", "title": "Editorial Title", "title_editorial": True})
    assert ed.title == "Editorial Title" and ed.title_editorial
    ed = conv(source)
    assert ed.title_editorial and ed.title.startswith("Untitled")


# -- Web layout: headings, lists, quotations ----------------------------------------------

WEB = """
    A title for the test

    The first paragraph ends with a full stop.

    Short section heading

    The second paragraph says: something.

    Is this a heading too?

    Yes, it is followed by a paragraph. But this one has two sentences?

    1) First point of the programme.
    2) Second point of the programme.

    He wrote:

    “This whole paragraph is a quotation from some other writer, quoted at length.” [1]

    To be continued

    [1] A source, p. 1.
    """


def test_short_standalone_lines_are_headings():
    ed = conv(WEB)
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert headings == ["Short section heading", "Is this a heading too?"]


def test_a_closing_line_before_the_notes_is_not_a_heading():
    ed = conv(WEB)
    assert plain(ed.blocks[-1].pieces) == "To be continued"
    assert ed.blocks[-1].kind == "paragraph"


def test_a_wrapped_paragraph_in_a_web_page_stays_one_paragraph():
    ed = conv("""
        A title for the test

        This paragraph was copied with its line breaks, and a word is hyphen-
        ated at the end of a line; it stays one paragraph.

        By itself.
        """)
    assert bodies(ed) == [
        "This paragraph was copied with its line breaks, and a word is hyphenated at the end of a line; "
        "it stays one paragraph.",
        "By itself.",
    ]


def test_numbered_list_keeps_its_style():
    ed = conv(WEB)
    (lst,) = [b for b in ed.blocks if b.kind == "list"]
    assert lst.style == ")"
    assert [plain(item) for item in lst.pieces] == [
        "First point of the programme.",
        "Second point of the programme.",
    ]
    assert lst.number > 0


def test_whole_paragraph_quotation_after_a_colon_is_a_block_quote():
    ed = conv(WEB)
    (quote,) = [b for b in ed.blocks if b.kind == "quote"]
    assert plain(quote.pieces).startswith("“This whole paragraph")
    assert isinstance(quote.pieces[-1], NoteRef)


def test_interrupted_quotation_is_not_a_block_quote():
    ed = conv("""
        Title here

        Intro:

        “One part,” he said, “and another part.”
        """)
    assert "quote" not in kinds(ed)


def test_paragraph_numbers_are_consecutive_and_skip_headings():
    ed = conv(WEB)
    numbers = [b.number for b in ed.blocks if b.kind != "heading"]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(b.number == 0 for b in ed.blocks if b.kind == "heading")


# -- Furniture ----------------------------------------------------------------------------

def test_captions_of_absent_images_are_furniture():
    ed = conv("""
        A title for the test

        The first paragraph.

        Leonid Brezhnev in 1972

        The second paragraph.

        Trade union badge

        Delegates at the congress of the union, which met in Moscow in the spring, after the strike wave had ended

        The third paragraph.
        """)
    assert [f.text for f in ed.furniture] == ["Leonid Brezhnev in 1972", "Trade union badge"]
    assert [f.what for f in ed.furniture] == ["image caption"] * 2
    # a long line without a stop is a caption's length, but with no image's trace beside it and no caption's
    # own form (a picture's noun, a date, a place) it is the text's, never set aside
    assert bodies(ed) == ["The first paragraph.", "The second paragraph.",
                          "Delegates at the congress of the union, which met in Moscow in the spring, after the "
                          "strike wave had ended", "The third paragraph."]
    assert [f.after_paragraph for f in ed.furniture] == [1, 2]


def test_a_caption_is_one_short_sentence_never_running_text_a_citation_or_a_table_row():
    ed = conv("""
        A title for the test

        The first paragraph.

        Strikers at the gates of the Putilov works, with their banners and their children, in the winter of 1917

        The second paragraph.

        The strike spread to the mills. The owners called the army in [Smith, The Strike 1990, pp. 12-14]

        The third paragraph.

        | Country | Year | Translator | Published by the house of the party in the capital |

        The fourth paragraph.

        The congress met in the hall of the union. Its delegates came from every district of the country and stayed

        The fifth paragraph.
        """)
    assert [(f.what, f.text) for f in ed.furniture] == [
        ("image caption", "Strikers at the gates of the Putilov works, with their banners and their children, "
                          "in the winter of 1917"),
    ]
    texts = " ".join(bodies(ed))
    assert "[Smith, The Strike 1990, pp. 12-14]" in texts
    assert "| Country | Year |" in texts.replace("\\|", "|")
    assert "The congress met in the hall of the union." in texts


def test_the_only_block_under_a_heading_is_its_text_not_a_caption():
    ed = conv("""
        A title for the test

        The first paragraph of the text, which ends as a sentence should.

        The revolt

        The revolt of the sailors in the spring of that year was put down by the army on the orders of the party

        The aftermath

        The second paragraph.

        A banner of the sailors at the naval base of the island in the spring of 1921

        The third paragraph.
        """)
    texts = bodies(ed)
    assert "The revolt of the sailors in the spring of that year was put down by the army on the orders " \
        "of the party" in texts
    # near miss: under a heading but followed by the section's text, a caption all the same
    assert [(f.what, f.text) for f in ed.furniture] == [
        ("image caption", "A banner of the sailors at the naval base of the island in the spring of 1921"),
    ]


def test_a_list_item_or_a_contents_line_without_a_stop_does_not_break_off():
    ed = conv("""
        A title for the test

        The first paragraph, which ends as a sentence should.

        The workers of the city gathered at the square in the morning and waited there for the


        The second paragraph, which ends as a sentence should.

        Contents

            Part 1. The First Generation

            Part 2. The Second Generation


        The third paragraph, which ends as a sentence should.

        See also

        -   List of books by the same author


        The fourth paragraph, which ends as a sentence should.
        """)
    # the sentence that stops on "the" breaks off; the contents line and the list's item do not
    assert [n.text for n in ed.ednotes] == ["The witness breaks off here: the sentence is incomplete in the source."]
    assert ed.ednotes[0].paragraph == 2


def test_fragments_labels_and_numbers_without_a_stop_do_not_break_off():
    ed = conv("""
        A title for the test

        The first paragraph, which ends as a sentence should.

        en o


        Vol. III, No. 1


        Transcription: A. Reader


        Written: 1920
        Online Version: The Archive of a Society of Readers, 2001
        Transcription/Markup: Ann Other Reader


        Radios .......... 676


        The second paragraph, whose sentence the witness cut short in the middle of


        The third paragraph, which ends as a sentence should.
        """)
    # an OCR's fragment, a masthead's number, a field, a contents line: no sentence to break off;
    # the near miss, a sentence of words stopping on "of", does
    assert [(n.text, n.paragraph) for n in ed.ednotes] == [
        ("The witness breaks off here: the sentence is incomplete in the source.", 6)]


def test_a_site_s_meta_line_gives_the_author_and_the_date_and_is_no_caption():
    ed = conv("""
        A title for the test

        rubrique histoire | analyse author lundi mars 20, 2006 21:48author by Jane Doe Signaler ce message

        The first paragraph, which ends as a sentence should.

        The book was published by a house whose author list ran to many names in March 20, 2006 and after

        The second paragraph, which ends as a sentence should.
        """)
    meta = "rubrique histoire | analyse author lundi mars 20, 2006 21:48author by Jane Doe Signaler ce message"
    assert ("meta line", meta) in furniture_of(ed)
    found = {d.what: d for d in ed.decisions if d.what in ("author", "date")}
    assert (found["author"].value, found["author"].sure) == ("Jane Doe", False)
    assert found["date"].value == "lundi mars 20, 2006 21:48"
    # near miss: "published by", "author" and a date in running text without "by NAME": not the site's line
    assert [text for what, text in furniture_of(ed) if what == "meta line"] == [meta]


def test_meta_line_needs_author_or_posted_by_a_name_and_a_date():
    from edition.witness.furniture import meta_line
    assert meta_line("history | posted by Jane Doe on 12 June 2015 | 3 comments") == ("Jane Doe", "12 June 2015")
    assert meta_line("Photo by Jane Doe, 20 March 2006") is None  # a caption's credit: no "author", no "posted"
    assert meta_line("The author was posted to Kronstadt by Lenin on 20 March 1921.") is None  # a sentence
    assert meta_line("category history | author by Jane Doe") is None  # no date


def test_a_web_archive_s_banner_at_the_top_is_furniture_not_a_caption_or_the_text():
    banner = ("Archived View for example.org › texts › the-kronstadt-review captured on 2023-07-10 at 17:41:56. "
              "Links have been rewritten to link to archived content")
    ed = conv(f"""
        {banner}

        A title for the test

        The first paragraph, which ends as a sentence should.

        The records were archived on the island in 1921 by the party, and the letters with them

        The second paragraph, which ends as a sentence should.
        """)
    assert ("archive banner", banner) in furniture_of(ed)
    # near miss: "archived on" in the text's own line, below the top, with a year and no date: not the archive's
    assert "archive banner" not in [what for what, text in furniture_of(ed) if text != banner]
    from edition.witness.furniture import archive_banner
    assert not archive_banner("The records were archived on the island in 1921 by the party")


def test_donation_appeal_after_the_notes_is_furniture():
    ed = conv("""
        A title for the test

        Body text with a note. [1]

        [1] The note.

        Support independent journalism

        We rely on our readers. Please donate now.
        """)
    assert [f.what for f in ed.furniture] == ["donation appeal", "donation appeal"]
    assert [n.label for n in ed.notes] == ["1"]
    assert plain(ed.notes[0].paragraphs[0]) == "The note."


def test_site_lists_after_the_last_paragraph_are_furniture():
    ed = conv("""
        A title for the test

        The only paragraph of the article.


        Upcoming events

        Related articles

        Another article entirely

        Its teaser, which ends the page, writes Some Body
        """)
    assert bodies(ed) == ["The only paragraph of the article."]
    assert [f.text for f in ed.furniture][:2] == ["Upcoming events", "Related articles"]
    assert {f.what for f in ed.furniture} == {"site list"}
    assert len(ed.furniture) == 4


def test_furniture_is_recorded_in_the_apparatus():
    ed = conv("""
        A title for the test

        The first paragraph.

        A portrait of the author

        The second paragraph.
        """)
    (entry,) = [e for e in ed.apparatus if e.kind == "furniture"]
    assert entry.reading == "A portrait of the author" and entry.lemma == ""


# -- Notes --------------------------------------------------------------------------------

NOTES = """
    A title for the test

    A claim with a spaced marker [1], and a marker at the end. [2]

    A figure of the budget3. Then another claim.[4]

    [1] First source.

    [2]Second source with no space after the label.

    [3] Third source.

    [4] Fourth source (Translator)

    [5] A note nobody refers to.
    """


def test_note_markers_in_every_form():
    ed = conv(NOTES)
    assert ed.markers == ["1", "2", "3", "4"]
    assert plain(ed.blocks[1].pieces) == "A figure of the budget[note:3]. Then another claim.[note:4]"
    assert plain(ed.blocks[0].pieces).endswith("marker[note:1], and a marker at the end.[note:2]")


def test_note_bodies_keep_the_authors_numbers():
    ed = conv(NOTES)
    assert [n.label for n in ed.notes] == ["1", "2", "3", "4", "5"]
    assert plain(ed.notes[1].paragraphs[0]) == "Second source with no space after the label."


def test_translators_notes_are_marked():
    ed = conv(NOTES)
    assert [n.by for n in ed.notes] == ["author", "author", "author", "translator", "author"]


def test_body_without_marker_is_kept_and_flagged():
    ed = conv(NOTES)
    (orphan,) = [n for n in ed.notes if n.status == "orphan"]
    assert orphan.label == "5" and plain(orphan.paragraphs[0]) == "A note nobody refers to."
    assert report(ed)["notes"]["orphan_bodies"] == ["5"]


def test_marker_without_body_is_kept_and_flagged():
    ed = conv("""
        A title for the test

        One claim [1] and another claim [2] here.

        [1] The only note.
        """)
    missing = [n for n in ed.notes if n.status == "missing-body"]
    assert [n.label for n in missing] == ["2"] and missing[0].paragraphs == []
    assert report(ed)["notes"] == {
        "markers": ["1", "2"], "bodies": ["1"], "missing_bodies": ["2"], "orphan_bodies": [],
        "duplicate_bodies": [],
    }


def test_a_note_number_used_twice_keeps_both_notes():
    ed = conv("""
        A title for the test

        One [1] and two [2].

        [1] First.

        [2] Second.

        [2] Another second.
        """)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok"), ("2", "duplicate")]
    assert report(ed)["notes"]["duplicate_bodies"] == ["2"]
    myst = render(ed)
    assert myst.count("[^2]:") == 1 and "\\[2\\] Another second." in myst


def test_digits_that_are_not_note_numbers_stay_text():
    ed = conv("""
        A title for the test

        In the 1970s exports rose to US$30 billion, see p345 and R301 amonth. [1]

        [1] Source.
        """)
    assert plain(ed.blocks[0].pieces) == "In the 1970s exports rose to US$30 billion, see p345 and R301 amonth.[note:1]"


def test_a_notes_heading_before_the_notes_is_a_heading():
    ed = conv("""
        A title for the test

        Text with a note. [1]

        Notes

        [1] The note.
        """)
    assert [(b.kind, plain(b.pieces)) for b in ed.blocks][-1] == ("heading", "Notes")


def test_note_with_several_paragraphs():
    ed = conv("""
        A title for the test

        Text [1] and more [2].

        [1] First paragraph of the note.

        Second paragraph of the same note.

        [2] Next note.
        """)
    assert [len(n.paragraphs) for n in ed.notes] == [2, 1]


def test_slashes_around_titles_become_italics_but_urls_do_not():
    ed = conv("""
        A title for the test

        Text. [1]

        [1] A. Author, /A Book Title/, London 1990, see http://example.org/a/b/ too.
        """)
    pieces = ed.notes[0].paragraphs[0]
    assert Emphasis("A Book Title") in pieces
    assert "http://example.org/a/b/" in plain(pieces)
    (entry,) = [e for e in ed.apparatus if e.kind == "typography"]
    assert entry.reading == "/A Book Title/"


# -- Citations or notes: the numbers in brackets -----------------------------------------------

CITING = """
    A title for the test

    The method follows Knuth [2] for the layout and Lamport [1] for the macros, as the
    manual [3] says again and again [2].

    References

    [1] Leslie Lamport. A Document Preparation System. Addison-Wesley, 1986.

    [2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.

    [3] Oren Patashnik. BibTeXing. Documentation for general users, 8 February 1988.
    """


def test_numbers_in_brackets_that_cite_a_reference_list_stay_in_the_text():
    ed = conv(CITING)
    assert ed.markers == [] and ed.notes == []
    assert plain(ed.blocks[0].pieces).startswith("The method follows Knuth [2] for the layout and Lamport [1] for")
    assert plain(ed.blocks[0].pieces).endswith("again and again [2].")
    (decision,) = [d for d in ed.decisions if d.what == "notes"]
    assert decision.value == "citations" and decision.sure and "References" in decision.how
    assert report(ed)["found"]["notes"]["value"] == "citations"


def test_a_reference_list_is_a_list_under_its_heading():
    ed = conv(CITING)
    assert [(b.kind, b.style) for b in ed.blocks[1:]] == [("heading", "2"), ("list", "-")]
    assert [plain(item) for item in ed.blocks[2].pieces] == [
        "[1] Leslie Lamport. A Document Preparation System. Addison-Wesley, 1986.",
        "[2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.",
        "[3] Oren Patashnik. BibTeXing. Documentation for general users, 8 February 1988.",
    ]
    myst = render(ed)
    assert "[^" not in myst and "- \\[2\\] Donald E. Knuth." in myst and "Knuth \\[2\\] for" in myst


def test_a_reference_list_and_its_heading_glued_to_the_paragraph_above_in_a_pdf():
    ed = conv("""
        A paper set as a PDF page with its lines wrapped at a fixed width of the page,
        where the text cites the second work [2] before the first one [1] and goes on
        to the end of its argument in a sentence that ends here on this line.
        References
        [1] Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley,
        1986.
        [2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.
        """)
    assert ed.notes == [] and ed.markers == []
    assert ("heading", "References") in [(b.kind, plain(b.pieces)) for b in ed.blocks]
    (refs,) = [b for b in ed.blocks if b.kind == "list"]
    assert [plain(item) for item in refs.pieces] == [
        "[1] Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley, 1986.",
        "[2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.",
    ]


def test_numbers_out_of_order_with_no_bodies_are_citations_with_a_warning():
    ed = conv("""
        A title for the test

        Read van Leunen [7] for style, Lamport [3] and Knuth [2] for formatting.
        """)
    assert ed.notes == [] and "van Leunen [7] for style" in plain(ed.blocks[0].pieces)
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("citations", False)]
    assert report(ed)["unsure"][-1]["what"] == "notes"


def test_numbers_in_order_with_no_bodies_are_markers_without_notes():
    ed = conv("""
        A title for the test

        One claim [1] and another claim [2] here.
        """)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "missing-body"), ("2", "missing-body")]
    assert not [d for d in ed.decisions if d.what == "notes"]


def test_bodies_that_read_as_notes_stay_notes_even_beside_works():
    # one body names a work, the others are a note's prose and an "Ibid.": notes
    ed = conv("""
        A title for the test

        A claim [1], a second [2] and a third [3].

        [1] Robert Kurz, “Der Kollaps der Modernisierung”, Frankfurt am Main, 1991.

        [2] Ibid., p. 40.

        [3] Pyotr Stolypin (1862–1911) was Minister of the Interior after 1906.
        """)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok"), ("3", "ok")]
    assert ed.markers == ["1", "2", "3"] and not [d for d in ed.decisions if d.what == "notes"]


def test_works_under_a_heading_of_notes_stay_notes():
    ed = conv("""
        A title for the test

        A claim [2] and a second [1].

        Notes

        [1] Leslie Lamport. A Document Preparation System. Addison-Wesley, 1986.

        [2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.
        """)
    assert [n.status for n in ed.notes] == ["ok", "ok"] and ed.markers == ["2", "1"]
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("notes", True)]


def test_works_called_in_order_with_no_heading_are_citations_with_a_warning():
    ed = conv("""
        A title for the test

        A claim [1] and a second [2].

        [1] Leslie Lamport. A Document Preparation System. Addison-Wesley, 1986.

        [2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.
        """)
    assert ed.notes == [] and [b.kind for b in ed.blocks] == ["paragraph", "list"]
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("citations", False)]


def test_notes_called_out_of_order_stay_notes_with_a_warning():
    ed = conv("""
        A title for the test

        A claim [2] and a second [1].

        [1] See the histories of the revolution in the city.

        [2] The count is an estimate.
        """)
    assert [n.status for n in ed.notes] == ["ok", "ok"]
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("notes", False)]


def test_a_reference_list_across_a_page_break_is_one_list_with_the_page_number_aside():
    paragraph = textwrap.dedent("""\
        The first page of the paper runs along the full width of the page until it
        reaches the foot of the page and cites Knuth [2] and Lamport [1] both, as it
        goes on to the end of the sentence and the end of its argument here at last.
        Another line of the same paragraph fills the width of the page as lines do in
        a paper set by TeX and extracted by pdftotext from the pages of its file, to
        show the converter a layout of hard-wrapped lines of about the same width.
        """)
    ed = convert(read_text(
        "A Paper on Styles of Bibliographies\nOren Patashnik\n\n" + paragraph + "\nReferences\n\n"
        "[1] Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley,\n1986.\n\n9\n"
        "\f[2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984. A long entry that\nruns on a second line.\n"
        "[3] Oren Patashnik. BibTeXing. 1988.\n\n10\n"))
    (refs,) = [b for b in ed.blocks if b.kind == "list"]
    assert [plain(item) for item in refs.pieces] == [
        "[1] Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley, 1986.",
        "[2] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984. A long entry that runs on a second line.",
        "[3] Oren Patashnik. BibTeXing. 1988.",
    ]
    assert [(f.what, f.text) for f in ed.furniture] == [("page number", "9"), ("page number", "10")]


@pytest.mark.parametrize(("body", "work"), [
    ("Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.", True),
    ("Charles Louis Xavier Joseph de la Vallée Poussin. A strong form of the theorem, 1896.", True),
    ("William Strunk, Jr. and E. B. White. The Elements of Style. Macmillan, 1979.", True),
    ("Knuth, D. E. (1984). The TeXbook. Reading, Mass.: Addison-Wesley.", True),
    ("Mary-Claire van Leunen. A Handbook for Scholars. Knopf, 1979.", True),
    ("A. Author, https://example.org/paper", True),
    ("Ibid., p. 40.", False),
    ("See Knuth, The TeXbook, 1984.", False),
    ("“The phrase is Trotsky’s,” wrote Serge in 1937.", False),
    ("Under the trade agreements for 1931–36 the USSR received machines.", False),
    ("Soviet manufacturing industry paid far less than world prices in 1970.", False),
    ("The phrase is usually attributed to Trotsky.", False),
    ("THE CRIMINAL, Havelock Ellis.", False),
])
def test_a_body_names_a_work_by_its_form(body, work):
    from edition.witness.labels import names_a_work
    assert names_a_work(body) is work


TITLES_FIRST = """
    A title for the test

    The test [1] and the book [2] are all the reader needs, and the test [1] again.

    References

    [1] A test of the layout, by Anne Writer, Computer Science Report 1027.

    [2] The handbook of layouts, by Anne Writer and Ben Reader, 1986.
    """


def test_works_called_in_order_under_a_heading_of_references_are_citations():
    # the entries name their titles first and their authors after: under "References" a list,
    # whatever the order the text cites them in
    ed = conv(TITLES_FIRST)
    assert ed.notes == [] and ed.markers == []
    assert "The test [1] and the book [2]" in plain(ed.blocks[0].pieces)
    assert [b.kind for b in ed.blocks] == ["paragraph", "heading", "list"]
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("citations", True)]


def test_titles_first_under_no_heading_of_references_stay_notes():
    # near miss: the same entries under no heading are a note's prose as far as the form shows
    ed = conv(TITLES_FIRST.replace("    References\n\n", ""))
    assert [n.status for n in ed.notes] == ["ok", "ok"] and ed.markers == ["1", "2", "1"]


NOTES_AND_WORKS = """
    A title for the test

    The claim [1] follows Knuth [3] and Lamport [4], as the second note [2] says.

    Notes

    [1] See the histories of the revolution in the city.

    [2] The count is an estimate.

    References

    [3] Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.

    [4] Leslie Lamport. A Document Preparation System. Addison-Wesley, 1986.
    """


def test_notes_and_a_reference_list_below_them_are_read_per_number():
    ed = conv(NOTES_AND_WORKS)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")] and ed.markers == ["1", "2"]
    assert "follows Knuth [3] and Lamport [4], as" in plain(ed.blocks[0].pieces)
    assert [(b.kind, plain(b.pieces) if b.kind == "heading" else "") for b in ed.blocks[1:]] == [
        ("heading", "Notes"), ("heading", "References"), ("list", "")]
    assert [(d.value, d.sure) for d in ed.decisions if d.what == "notes"] == [("citations", True)]


def test_notes_and_works_sharing_their_numbers_are_not_split():
    # near miss: the list's numbers are the notes' too, so no number can be read as the one or the other
    ed = conv(NOTES_AND_WORKS.replace("[3]", "[1]").replace("[4]", "[2]"))
    assert not [d for d in ed.decisions if d.what == "notes" and "per number" in d.how]


def _pages(note: bool) -> str:
    filler = "A line of the running text of the book, long enough to be a line of a page.\n" * 9
    pages = "".join(f"Text [{n}]goes on here.\n" + filler for n in range(5, 12))
    called = "The party.[1] He goes on.\n" if note else ""
    body = "\nFOOTNOTES:\n\n[1] See the article on the party, which I possess only in French.\n" if note else ""
    return "A title for the test\n\n" + pages + called + filler + body + "\nThe text goes on after the notes.\n"


def test_rising_numbers_glued_to_the_next_word_are_page_numbers_and_a_note_beside_them_a_note():
    ed = conv(_pages(True))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")] and ed.markers == ["1"]
    assert "Text [5]goes on" in "".join(plain(b.pieces) for b in ed.blocks)
    (decision,) = [d for d in ed.decisions if d.what == "notes"]
    assert decision.value == "page numbers" and "print edition" in decision.how and "but [1] has" in decision.how
    assert "read as page numbers, not as note markers" in render(ed)


def test_a_note_set_in_its_place_beside_page_numbers_is_a_note():
    # the note's text in the middle, the book going on for pages after it (a Gutenberg book's footnote)
    after = "".join(f"\nThe book goes on after the note, paragraph {n}, to its end.\n" for n in range(8))
    ed = conv(_pages(True) + after)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")] and ed.markers == ["1"]
    assert [d.value for d in ed.decisions if d.what == "notes"] == ["page numbers"]


def test_rising_numbers_apart_from_the_words_are_no_page_numbers():
    # near miss: "[5] goes" stands apart, as a citation does: markers without notes, as before
    ed = conv(_pages(False).replace("]goes", "] goes"))
    assert not [d for d in ed.decisions if d.what == "notes"]
    assert [n.status for n in ed.notes] == ["missing-body"] * 7


# -- Lines of a program's output --------------------------------------------------------------

def test_lines_of_a_programs_output_are_no_notes():
    ed = conv("""
        A title for the test

        The function is called so [1], and it prints:

        > pmvnorm(mean=rep(0, m), sigma)
        [1] 0.8279847
        attr(,"error")
        [1] 4.712588e-07
        attr(,"msg")
        [1] "Normal Completion"

        The value is the estimated integral.

        [1] A note on the call, with its prose.
        """)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")]
    assert plain(ed.notes[0].paragraphs[0]) == "A note on the call, with its prose."
    text = " ".join(plain(b.pieces) for b in ed.blocks if b.kind != "list")
    assert '[1] 0.8279847' in text and '[1] 4.712588e-07' in text and '[1] "Normal Completion"' in text
    assert ed.markers == ["1"]


@pytest.mark.parametrize(("line", "body"), [
    ("[1] 0.5 0.3", False),
    ("[1] 4.712588e-07", False),
    ('[1] "a" "b"', False),
    ("[26] TRUE FALSE NA", False),
    ("[1] 4,013,711 now employed in all the branches.", True),
    ("[3] 1917.", True),
    ("[2] 1917 was the year of two revolutions.", True),
    ("[4] “Quoted words,” he said.", True),
])
def test_a_note_body_is_prose_not_a_programs_values(line, body):
    from edition.witness.labels import BRACKET, body_label
    assert (body_label(line, (BRACKET,)) is not None) is body


# -- A note at the foot of the title page, beginning with its sign ----------------------------

TITLE_PAGE = (
    "Designing Styles of Bibliographies{mark}\n"
    "Oren Patashnik\n"
    "\n"
    "The first page of the paper runs along the full width of the page until it\n"
    "reaches the foot of the page without finishing its sentence, which goes on\n"
    "{note}\n"
    "1\n"
    "\f\n"
    "on the next page, where the paper ends its first sentence at last, as it must.\n"
    "A second sentence of the second page follows it to fill the line of the page.\n"
)


def test_a_note_at_the_foot_of_the_title_page_is_a_note_out_of_the_running_text():
    ed = convert(read_text(TITLE_PAGE.format(mark="∗", note="∗This work was supported by a grant.")))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("*", "ok", "This work was supported by a grant.")]
    assert "supported" not in plain(ed.blocks[0].pieces)
    assert "which goes on on the next page" in plain(ed.blocks[0].pieces)
    assert [f.what for f in ed.furniture] == ["note * at the page's foot", "page number"]
    assert render(ed).count("[^*]") == 2  # the title's marker and the note


def test_a_title_page_note_without_its_marker_is_a_note_without_a_marker():
    ed = convert(read_text(TITLE_PAGE.format(mark="", note="† Thanks to the editors for their comments.")))
    assert [(n.label, n.status) for n in ed.notes] == [("†", "orphan")]
    assert "Thanks" not in plain(ed.blocks[0].pieces)


@pytest.mark.parametrize("note", [
    "* * *",  # a break between sections, not a note
    "in the text, 2 * 3 is six, and the sentence of the first page",  # no sign first
    "* the first item of a list\n* and the second item of the list",  # a list's items, not a note
])
def test_lines_at_the_foot_of_the_title_page_that_are_no_notes_stay(note):
    ed = convert(read_text(TITLE_PAGE.format(mark="", note=note)))
    assert ed.notes == [] and note.split()[-1] in plain(ed.blocks[0].pieces)


def test_a_word_between_asterisks_is_no_sign_of_a_note():
    """"*stars*." at the foot of the first page is a word marked up, not a note's sign (found by the property test)."""
    ed = convert(read_text(TITLE_PAGE.format(mark="", note="*stars*. are what the text prints here")))
    assert ed.notes == [] and "stars" in plain(ed.blocks[0].pieces)


def test_a_title_page_note_takes_no_paragraph_after_a_blank_line_nor_the_lines_of_a_numbered_note():
    """The property test's case: a sign-led line above a blank line, then a paragraph, then a numbered note."""
    text = ("the the the the the the the the the the\nthe.\n\nthe the the the http://example.org/a/b\n"
            "* an aside.\n\nThe text calls a note at the foot of the page.1\n1\nThe note at the page's foot.\n"
            "\f2 A RUNNING HEAD\nThe text goes on after the page break.\n")
    ed = convert(read_text(text))
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [("1", "The note at the page's foot.")]
    assert "The text calls a note" in " ".join(plain(b.pieces) for b in ed.blocks)
    assert [f.what for f in ed.furniture] == ["note 1 at the page's foot"] * 2 + ["running head"]


def test_a_page_s_foot_note_begins_with_a_sign_not_a_word_between_asterisks_and_takes_no_paragraph():
    """The property test's case: "*stars* …" at a page's foot, which "secret.*." above seems to call, is no note,
    nor is the paragraph after a blank line below it; the page's numbered note is."""
    text = ("the the the the the the the the\nsecret.*.\n\n*stars* Theirauthoritydid.\n\n"
            "The text calls a note at the foot of the page.1\n1\nThe note at the page's foot.\n"
            "\f2 A RUNNING HEAD\nThe text goes on after the page break.\n")
    ed = convert(read_text(text))
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes if n.status != "missing"] == [
        ("1", "The note at the page's foot.")]
    assert "stars" in " ".join(plain(b.pieces) for b in ed.blocks)
    assert "The text calls a note" in " ".join(plain(b.pieces) for b in ed.blocks)


@pytest.mark.parametrize(("line", "heading"), [
    ("The text calls a note at the foot of the page.1", False),  # a sentence and its note's number
    ("Version 2.1", True), ("The Plan of 1928", True),  # numbers of a heading's own
])
def test_a_note_number_glued_after_a_sentence_s_stop_makes_no_heading(line, heading):
    from edition.witness.layout import heading_like

    assert heading_like(line) is heading


def test_a_sign_in_the_middle_of_the_title_page_is_no_note():
    text = TITLE_PAGE.format(mark="", note="* an aside in the text that goes on\n" + "\n".join(
        ["and on along the full width of the page, line after line, to its foot"] * 5))
    ed = convert(read_text(text))
    assert ed.notes == [] and "an aside in the text" in plain(ed.blocks[0].pieces)


# -- Notes at a page's foot that begin with their label --------------------------------------

FOOT_PAGE = (
    "Designing Styles of Bibliographies{title}\n"
    "Oren Patashnik{byline}\n"
    "\n"
    "The first page of the paper runs along the full width of the page until it\n"
    "reaches the foot of the page, where its version is named as TEX3.{one}\n"
    "    The second paragraph of the page runs along the full width of the page until\n"
    "it reaches the foot of the page without finishing its sentence, which goes on\n"
    "{notes}\n"
    "\n"
    "1\n"
    "\f\n"
    "on the next page, where the paper ends its first sentence at last, as it must.\n"
    "A second sentence of the second page follows it to fill the line of the page.\n"
)


def test_signs_alone_on_their_lines_at_the_page_foot_open_notes_the_title_and_byline_call():
    notes = "∗\n\nSponsored in part by a grant of the\nfoundation.\n†\nThanks to the editors."
    ed = convert(read_text(FOOT_PAGE.format(title="∗", byline="†", one="", notes=notes)))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("*", "ok", "Sponsored in part by a grant of the foundation."), ("†", "ok", "Thanks to the editors.")]
    text = " ".join(plain(b.pieces) for b in ed.blocks)
    assert "which goes on on the next page" in text and "Sponsored" not in text and "Thanks" not in text
    assert render(ed).count("[^*]") == 2 and render(ed).count("[^†]") == 2


def test_a_number_before_its_text_at_the_page_foot_is_a_note_its_marker_glued_to_a_names_number():
    notes = "  1 The program of the version is\n         E\nTEX."
    ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="1", notes=notes)))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "ok", "The program of the version is E TEX.")]
    text = " ".join(plain(b.pieces) for b in ed.blocks)
    assert "which goes on on the next page" in text and "The program" not in text
    assert "named as TEX3.[^1]" in render(ed)


def test_a_note_at_the_page_foot_goes_on_over_a_blank_line_in_mid_sentence_and_stops_at_a_paragraph():
    """A layout extraction breaks a note with a blank line ("… integer" / "" / "parameters …"): one note; a
    blank line after a sentence's end, then a capital, is the text's next paragraph, never the note's."""
    notes = "  1 The program of the version is kept when an integer\n\nparameter is zero."
    ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="1", notes=notes)))
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "The program of the version is kept when an integer parameter is zero.")]
    notes = "  1 The program of the version is kept.\n\nThe text of the page goes on below the line."
    ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="1", notes=notes)))
    assert [n.label for n in ed.notes if n.status == "ok"] == []
    assert "The text of the page goes on" in " ".join(plain(b.pieces) for b in ed.blocks)


def test_a_note_at_the_page_foot_goes_on_over_a_blank_line_after_a_names_initial():
    """"… ed. M." / "" / "Folkerts and …": the initial of a name the next line goes on with, no sentence's end;
    after a word ("… in Appendix A." / "" / "The text …") the text's next paragraph, never the note's."""
    notes = "  1 The program is described in Vestigia Mathematica, ed. M.\n\nFolkerts and J. P. Hogendijk (1993)."
    ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="1", notes=notes)))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "ok", "The program is described in Vestigia Mathematica, ed. M. Folkerts and J. P. Hogendijk (1993).")]
    assert "Folkerts" not in " ".join(plain(b.pieces) for b in ed.blocks)
    notes = "  1 The program of the version is described in Appendix A.\n\nThe text of the page goes on below."
    ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="1", notes=notes)))
    assert [n.label for n in ed.notes if n.status == "ok"] == []
    assert "The text of the page goes on" in " ".join(plain(b.pieces) for b in ed.blocks)


def test_the_halves_of_notes_an_extraction_set_apart_at_the_page_foot_are_joined_note_by_note():
    """"† herries" / "‡ maieul" / "" / "dot press at example dot net" / "at maieul dot net": each sign's line
    and, in order, a line in lower case below them: one note each; one line below them goes to the last."""
    halves = "† herries\n‡ maieul\n\ndot press at example dot net\nat maieul dot net"
    ed = convert(read_text(FOOT_PAGE.format(title="†", byline="‡", one="", notes=halves)))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("†", "ok", "herries dot press at example dot net"), ("‡", "ok", "maieul at maieul dot net")]
    # near miss: one line below the signs' lines goes on the last note, as before
    one_line = "† herries\n‡ maieul\n\nat example dot net"
    ed = convert(read_text(FOOT_PAGE.format(title="†", byline="‡", one="", notes=one_line)))
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("†", "herries"), ("‡", "maieul at example dot net")]


def test_signs_and_numbers_at_the_page_foot_that_nothing_calls_stay_text():
    # near misses: the same lines with no marker on the page are the text's own
    for notes in ("∗\n\nSponsored in part by a grant of the\nfoundation.", "  1 The program of the version is"):
        ed = convert(read_text(FOOT_PAGE.format(title="", byline="", one="", notes=notes)))
        assert ed.notes == [] and notes.split()[-1].rstrip(".") in " ".join(plain(b.pieces) for b in ed.blocks)


def test_numbers_at_a_later_page_foot_that_begin_again_are_no_notes():
    # near miss: the second page's "1 …" at its foot, after the first page's note 2, is a list's item
    page = FOOT_PAGE.format(title="", byline="", one="2", notes="  2 The program of the version is")
    second = FOOT_PAGE.format(title="", byline="", one="1", notes="  1 The first item of a list").split("\f\n")[0]
    second = second.replace("Designing Styles of Bibliographies\nOren Patashnik\n\n", "").replace("\n1\n", "\n2\n")
    ed = convert(read_text(page.replace("\f\n", "\f\n" + second + "\f\n", 1)))
    assert [n.label for n in ed.notes] == ["2"]
    assert "The first item of a list" in " ".join(plain(b.pieces) for b in ed.blocks)


GLUED_AFTER_PUNCTUATION = (
    "The first paragraph of the paper runs along the full width of the page until it\n"
    "reaches the crop marks.1 A description of the marks follows in the next lines of\n"
    "the page, and the letters of Euclid’s Elements,2 are named as the paper needs them.\n"
    "1 The first note of the page, at its foot.\n"
    "2 The second note of the page, also at its foot.\n"
    "\n"
    "1\n"
    "\f\n"
    "A.2\n"
    "The appendix of the paper\n"
    "The appendix runs along the full width of the page and ends its sentence here.\n"
    "Its second sentence fills the line of the page as the first did before it now.\n"
    "\n"
    "2\n"
)


def test_a_number_glued_after_a_stop_or_a_comma_is_the_marker_of_the_note_at_the_page_foot():
    ed = convert(read_text(GLUED_AFTER_PUNCTUATION))
    assert [(n.label, n.status, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "ok", "The first note of the page, at its foot."),
        ("2", "ok", "The second note of the page, also at its foot.")]
    out = render(ed)
    assert "crop marks.[^1] A description" in out and "Euclid’s Elements,[^2] are" in out


def test_a_letter_alone_before_its_stop_and_a_number_is_a_sections_number_not_a_marker():
    # near miss: an appendix's section "A.2" (its running head, its heading) calls no note 2 a second time
    from edition.witness.labels import BARE, markers
    assert markers("crop marks.1 A description, Elements,2 and A.2 Irish verse, or p.3 of it", BARE) == ["1", "2"]
    out = render(convert(read_text(GLUED_AFTER_PUNCTUATION)))
    assert "A.2" in out and "A.[^2]" not in out and out.count("[^2]") == 2


def test_a_symbol_after_a_names_underscore_is_no_marker():
    from edition.witness.labels import SYMBOL, markers
    assert markers("the heading_* and numhead_* directives, but Processing∗ and Chen†", SYMBOL) == ["*", "†"]


# -- Text extracted from a PDF ---------------------------------------------------------------

PDF = """
 The first paragraph of this paper is wrapped at a fixed width like a PDF, and the
argument continues on a second line where the self-
managing working class appears, and a word is hyphen-
ated at the line end. Themeans of production are also mentioned once more
here and the sentence ends at last.
The next paragraph begins directly on the next line without a blank, because the
previous line was short.

A HEADING SET IN CAPITALS

This paragraph runs along the full width of the page until it reaches the page
end without finishing its sentence, and the page break leaves a blank line in

the middle of the sentence, which the converter closes up again for the reader.
Theywill also see that the class.This was glued, but the self-managing form and
the means of production are used elsewhere in the text, as is formation.

A short heading

More text of the paper follows here, long enough to fill a line of the page width.
"""


@pytest.fixture
def pdf_edition():
    return convert(read_text(PDF))


def test_pdf_layout_is_recognised(pdf_edition):
    assert pdf_edition.layout == "pdf"


def test_hard_wrapped_lines_are_joined_into_paragraphs(pdf_edition):
    paragraphs = [b for b in pdf_edition.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 4
    assert plain(paragraphs[1].pieces) == (
        "The next paragraph begins directly on the next line without a blank, because the "
        "previous line was short."
    )


def test_line_end_hyphens_rejoined_but_compounds_kept(pdf_edition):
    first = plain(pdf_edition.blocks[0].pieces)
    assert "the self-managing working class" in first
    assert "a word is hyphenated at the line end" in first
    hyphenations = [e for e in pdf_edition.apparatus if e.kind == "hyphenation"]
    assert [(e.reading, e.lemma) for e in hyphenations] == [("hyphen-\nated", "hyphenated")]


def test_a_line_end_hyphen_kept_is_a_join_recorded_too(pdf_edition):
    # issue 16: the parts of a compound joined across the line, the hyphen kept, had no entry
    kept = [e for e in pdf_edition.apparatus if e.kind == "hyphen-kept"]
    assert [(e.reading, e.lemma) for e in kept] == [("self-\nmanaging", "self-managing")]
    assert "[self- \\| managing]{.reading}" in render(pdf_edition) and "(line-end hyphen kept)" in render(pdf_edition)
    # printed as running text, as a compound on one line is (a glossary's term is linked in it)
    first = pdf_edition.blocks[0].pieces
    assert any(isinstance(p, Text) and "self-managing" in p.value for p in first)


def test_glued_words_are_separated(pdf_edition):
    text = " ".join(plain(b.pieces) for b in pdf_edition.blocks)
    assert "The means of production" in text
    assert "They will also see that the class. This was glued" in text
    separations = {(e.reading, e.lemma) for e in pdf_edition.apparatus if e.kind == "separation"}
    assert separations == {("Themeans", "The means"), ("Theywill", "They will"),
                           ("class.This", "class. This")}


def test_a_blank_line_in_mid_sentence_is_closed_up_no_page_break_where_no_page_shows(pdf_edition):
    paragraph = [b for b in pdf_edition.blocks if b.kind == "paragraph"][2]
    assert "leaves a blank line in the middle of the sentence" in plain(paragraph.pieces)
    # no form feed, page number or running head in the text: a blank line closed up, no page break claimed
    (entry,) = [e for e in pdf_edition.apparatus if e.kind == "blank-line"]
    assert entry.reading.count("\n") == 2
    assert not [e for e in pdf_edition.apparatus if e.kind == "page-break"]


def test_capital_headings_and_short_headings(pdf_edition):
    headings = [(plain(b.pieces), b.style) for b in pdf_edition.blocks if b.kind == "heading"]
    assert headings == [("A Heading Set in Capitals", "2"), ("A short heading", "3")]
    (entry,) = [e for e in pdf_edition.apparatus if e.kind == "heading"]
    assert entry.reading == "A HEADING SET IN CAPITALS"


def test_apparatus_readings_are_exactly_the_witness(pdf_edition):
    for entry in pdf_edition.apparatus:
        assert PDF[entry.start:entry.end] == entry.reading
        assert PDF[: entry.start].count("\n") + 1 == entry.lineno


ADDRESSES = """\
The Edition and Its Sources

The first paragraph of this paper is wrapped at a fixed width like a PDF, and the
argument continues on a second line: the list is at https://lists.example.org/pipermail/ledmac-
users/ and the page at http://www.example.org/latex/critical.
html where the reader finds it. The paragraph goes on to the end of its line here.
The site is at http://example.org/
and more is said of it in the next sentence, which runs to the end of the line.
It was found at http://example.org/a.
The next paragraph begins here and runs along its line to the line's end as well.
"""


def test_an_address_a_pdf_line_broke_is_joined_prose_after_an_address_is_not():
    ed = convert(read_text(ADDRESSES))
    text = " ".join(plain(b.pieces) for b in ed.blocks)
    assert "pipermail/ledmac-users/ and" in text and "latex/critical.html where" in text
    assert [(e.lemma, e.reading) for e in ed.apparatus if e.kind == "line-join"] == [
        ("ledmac-users/", "ledmac-\nusers/"), ("critical.html", "critical.\nhtml")]
    # near misses: prose after an address ending in "/", a sentence after one ending in "."
    assert "http://example.org/ and more" in text
    assert any(plain(b.pieces).startswith("The next paragraph") for b in ed.blocks)


# -- Word knowledge ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("first", "second", "keep"),
    [
        ("forma", "tion", False),
        ("ques", "tion", False),
        ("self", "management", True),
        ("anti", "working", True),
        ("state", "capitalism", True),
        # a compound whose first part is a rarer word, the parts joined no word (a review's find)
        ("correspondingly", "revised", True),
        # near misses: soft hyphens in words whose halves are no words, or whose join is one
        ("particu", "larly", False), ("accord", "ingly", False), ("head", "quarters", False),
    ],
)
def test_hyphen_decisions(first, second, keep):
    assert keep_line_end_hyphen(first, second, TextVocabulary("")) is keep


def test_the_witness_own_usage_decides_hyphens():
    assert keep_line_end_hyphen("co", "ordinated", TextVocabulary("it was co-ordinated")) is True
    assert keep_line_end_hyphen("co", "ordinated", TextVocabulary("it was coordinated")) is False


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("theymake", ["they", "make"]),
        ("Myargumentwill", ["My", "argument", "will"]),
        ("theWest", ["the", "West"]),
        ("RedArmy", None),  # a capitalised pair: a name's spelling, unless the witness says otherwise
        ("FrameMaker", None),
        ("timeSeries", None),  # an identifier: a content word before the capital
        ("iPhone", None),
        ("amonth", ["a", "month"]),
        ("Kuzbass", None),
        ("Mathatho", None),
        ("Orsag", None),
        ("nomenklatura", None),
        ("Shoprite", None),
        ("formation", None),
    ],
)
def test_glued_words(token, parts):
    assert split_glued(token) == parts


PDF_LITERALS = """\
A Manual of Settings

The settings of a document are chosen with a few commands that the reader types
into the preamble of the file, and each of them takes its argument in brackets.
Theywill find that the class.This was glued by the extraction of the page, and
the command \\setupbodyfont[iwona] keeps its name, as does the option in
\\usepackage[languagename]{babel} and the string ‘dlVP’ that a style produces.
Also, the program considers upperand lower-case equivalents to be the same.
A glued pair in the prose, themeans of production, is separated for the reader,
as in a quotation with an insertion: “[theremust be] obedience” to the plan.
"""


def test_no_separation_inside_literal_tokens_and_a_suspended_hyphen_restored():
    ed = convert(read_text(PDF_LITERALS))
    text = " ".join(bodies(ed))
    for literal in ("\\setupbodyfont[iwona]", "\\usepackage[languagename]{babel}", "‘dlVP’"):
        assert literal in text
    assert "considers upper- and lower-case equivalents" in text
    separations = {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"}
    # the prose's glued words are still separated, each in the apparatus
    assert separations == {("Theywill", "They will"), ("class.This", "class. This"), ("themeans", "the means"),
                           ("theremust", "there must"), ("upperand", "upper- and")}


@pytest.mark.parametrize(
    "token, following, first",
    [
        ("upperand", "lower-case", "upper"),
        ("pre-", "post-war", None),  # no token of letters
        ("upperand", "lowercase", None),  # no compound follows: not a suspended hyphen
        ("island", "self-made", None),  # a word of its own
        ("Shorand", "lower-case", None),  # no word before the conjunction
        ("mainor", "side-effects", "main"),
    ],
)
def test_suspended_hyphens(token, following, first):
    assert suspended_hyphen(token, following) == first


def test_a_capital_inside_a_token_before_capitals_is_no_join():
    assert split_glued("dlVP") is None
    assert split_glued("theWest") == ["the", "West"]


LOSES_SPACES = TextVocabulary(
    "It traded withWestern firms. As head of the RedArmy he wrote to the Red Army. ThatMr Smith came. "
    "The PowerPoint slides were shown."
)
KEEPS_SPACES = TextVocabulary(
    "Systems such as FrameMaker and MakeIndex, MakeIndex again; the Frame Maker manual. "
    "The timeSeries object and the eBook; TeXXeTstate and eINITEX."
)


@pytest.mark.parametrize(
    ("token", "vocabulary", "parts"),
    [
        # a witness that loses the space before capitals ("withWestern") shows it for a pair it writes apart
        ("RedArmy", LOSES_SPACES, ["Red", "Army"]),
        ("ThatMr", LOSES_SPACES, ["That", "Mr"]),  # a function word begins no name
        ("withWestern", LOSES_SPACES, ["with", "Western"]),
        ("PowerPoint", LOSES_SPACES, None),  # never written apart: a name, even here
        # a witness that spells names in CamelCase: the author's spelling kept, even of a pair written apart
        ("FrameMaker", KEEPS_SPACES, None),
        ("MakeIndex", KEEPS_SPACES, None),
        ("timeSeries", KEEPS_SPACES, None),
        ("eBook", KEEPS_SPACES, None),
        ("TeXXeTstate", KEEPS_SPACES, None),
        ("eINITEX", KEEPS_SPACES, None),
    ],
)
def test_a_capital_inside_a_token_is_a_join_only_on_evidence(token, vocabulary, parts):
    assert split_glued(token, vocabulary) == parts


CAMEL_PDF = """\
Index Preparation

Some desktop publishing systems, such as FrameMaker and MicroSoft Word, mark the
entries of an index in the text itself, and a program then sorts them.This was
done by hand before, and the process was tedious and error-prone for the authors
who had to prepare the cards; the Frame Maker manual describes the marking of
the entries, and so does the reference manual of PostScript for its own names.
"""


def test_camel_case_names_kept_in_a_converted_text():
    ed = convert(read_text(CAMEL_PDF))
    body = " ".join(bodies(ed))
    for name in ("FrameMaker", "MicroSoft", "PostScript"):
        assert name in body
    # the glued sentence is still separated: the extraction runs words together, names are kept
    assert {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"} == {("them.This", "them. This")}


@pytest.mark.parametrize(
    "line, strong",
    [
        ("\\usepackage[T1]{fontenc}", True),
        ("{\\language[otherlanguage] language of some short fragment}", True),
        ("\\language=\\l@<langname>", True),
        ("> sigma[2,1] <- 3/5", True),
        ("R> z1 <- zoo(z1.data, z1.index)", True),
        ("sigma <- diag(3)", True),
        ("label \"a\" * ’label :=", True),
        ("\\cite or \\nocite each entry. Giving this command, in essence,", False),  # commands named in prose
        ("> I think so (maybe).", False),  # a quotation marked with ">"
        ("the assignment (:=) function has been reversed.", False),
        ("% of the workers struck in 1920.", False),  # weak: code only beside code
        ("[1] 0.8279847", False),
    ],
)
def test_lines_of_code_by_their_form(line, strong):
    assert strong_code(line) is strong


PDF_CODE = """\
A Manual of Settings

The settings of a document are chosen with a few commands that the reader types
into the preamble of the file, and each of them takes its argument in brackets.
You can switch the language of the document with:
\\usepackage[languagename]{babel}
% a comment on the command
\\setupbodyfont[iwona]
where languagename is the name of the language, as the manual of the package
gives it in its table of the languages that the package knows about by now.
The value is then computed as follows:
> m <- 3
> pmvnorm(mean=rep(0, m),
+   sigma)

[1] 0.8279847
attr(,"error")
Assume that X = (X1, X2) is normal and that the value of the sum is 1 or less,
which the reader can check by the command of the section before this one here.
"""


def test_lines_of_code_are_a_literal_block_with_their_line_breaks():
    ed = convert(read_text(PDF_CODE))
    assert kinds(ed) == ["paragraph", "code", "paragraph", "code", "paragraph"]
    code = [plain(b.pieces) for b in ed.blocks if b.kind == "code"]
    assert code == [
        "\\usepackage[languagename]{babel}\n% a comment on the command\n\\setupbodyfont[iwona]",
        "> m <- 3\n> pmvnorm(mean=rep(0, m),\n+   sigma)\n\n[1] 0.8279847\nattr(,\"error\")",
    ]
    # numbered as paragraphs are; no note, no emendation in them
    assert [b.number for b in ed.blocks] == [1, 2, 3, 4, 5]
    assert not ed.notes and not [e for e in ed.apparatus if e.lineno in range(6, 18) and e.kind != "page-break"]
    myst = render(ed)
    assert "{#p2 .para}\n```text\n\\usepackage[languagename]{babel}\n% a comment" in myst
    assert "\n[1] 0.8279847\nattr(,\"error\")\n```\n" in myst
    # a line of prose with an equals sign is prose
    assert bodies(ed)[-1].startswith("Assume that X = (X1, X2) is normal")


def test_a_line_like_code_alone_in_prose_is_prose_and_backticks_get_a_longer_fence():
    ed = conv("""
        Title: Notes

        A short paragraph of the text comes first, and a remark follows it below.

        % of the workers struck.

        > I think so (maybe).

        \\cite or \\nocite each entry, the manual says of the two commands.
        """)
    assert "code" not in kinds(ed)
    from edition.writers.myst import code_fence
    assert code_fence("a ``` b") == ["````text", "a ``` b", "````"]


def test_weak_lines_of_code_only_beside_code():
    lines = ["> x <- f(2)", "", "[1] 0.8279847", 'attr(,"error")', "Then the value is printed.",
             "[1] 0.5", "", "% a comment alone"]
    assert code_lines(lines) == {0, 2, 3}


def test_a_command_in_the_middle_of_a_sentence_is_no_code():
    # the sentence leads on into the line, and the line goes on in running words: prose
    lines = ["To set the margins, write in the preamble the command",
             "\\setmargins{narrow} before any text. The layout then has",
             "room for notes.",
             "The spacing can be changed with the macro",
             "\\SetGap{<length>} which widens or narrows the space that"]
    assert code_lines(lines) == set()
    # near misses: after a colon, the command is quoted; a column of its description is code
    assert code_lines(["The package defines these macros:",
                       "\\setmargins{narrow} before any text, as a rule"]) == {1}
    assert code_lines(["to pair them, e. g., \\pair{a} = b",
                       "\\gap{...}       for the gap over a letter, e. g., \\gap{a} = c"]) == {1}


def test_an_entry_set_with_a_hanging_indent_is_not_cut_at_its_next_line():
    from edition.witness.layout import Line, _hangs
    def line(n: int, text: str) -> Line:
        return Line(text, n, 0)
    entry = [line(1, "[4] Lund, Ada: A Study of Rivers. In Tom B. C.")]
    # under the entry's text, after its label: the entry goes on
    assert _hangs(entry, line(2, "    Berg (ed.): Waters. Oslo, 1981."))
    # near miss: indented further than the entry's text, or no label: a new paragraph's first line
    assert not _hangs(entry, line(2, "       Berg (ed.): Waters. Oslo, 1981."))
    assert not _hangs([line(1, "The rivers were measured in A. D.")], line(2, "    Then the lakes."))


def test_title_case_keeps_acronyms_and_small_words():
    assert title_case("THE CRISIS OF THE USSR AND THE CPSU") == "The Crisis of the USSR and the CPSU"
    assert title_case("“SOVIET INC.”: STATE-CAPITALISM") == "“Soviet Inc.”: State-Capitalism"


# -- Editorial data ----------------------------------------------------------------------

def test_emendations_and_annotations_from_data(tmp_path):
    source = "A title for the test\n\nThe Prime Minster spoke in 1980.\n"
    data = tmp_path / "x.toml"
    data.write_text(
        '[[emendation]]\nreading = "Prime Minster"\nlemma = "Prime Minister"\nnote = "misprint"\n\n'
        '[[annotation]]\nafter = "in 1980"\ntext = "The speech is not otherwise recorded."\n',
        encoding="utf-8",
    )
    editorial = load_editorial(data, source)
    ed = convert(read_text(source), editorial=editorial)
    assert plain(ed.blocks[0].pieces) == "The Prime Minister spoke in 1980[ednote:a]."
    (entry,) = [e for e in ed.apparatus if e.kind == "emendation"]
    assert (entry.reading, entry.lemma, entry.note) == ("Prime Minster", "Prime Minister", "misprint")
    assert entry.paragraph == 1
    assert ed.ednotes[0].label == "a" and ed.ednotes[0].paragraph == 1


def test_editorial_reading_not_in_witness_names_file_and_line(tmp_path):
    data = tmp_path / "x.toml"
    data.write_text('# comment\n[[emendation]]\nreading = "not there"\nlemma = "x"\n', encoding="utf-8")
    with pytest.raises(EditionError) as err:
        load_editorial(data, "some witness text")
    assert str(err.value).startswith(f"{data}:3: reading 'not there' does not occur")


def test_editorial_data_that_is_not_toml(tmp_path):
    data = tmp_path / "x.toml"
    data.write_text("[[emendation]\n", encoding="utf-8")
    with pytest.raises(EditionError, match=r"x.toml:1: not valid TOML"):
        load_editorial(data, "text")


def test_empty_editorial_data_changes_nothing():
    assert conv("Title\n\nText.\n", editorial=EditorialData.empty()).apparatus == []


# -- Furniture of real pages, by its form -----------------------------------------

def furniture_of(edition) -> list[tuple[str, str]]:
    return [(f.what, f.text) for f in edition.furniture]


def test_furniture_menus_and_mastheads_at_the_top_are_set_aside_and_never_the_title():
    ed = conv("""
        The Weekly Worker

        English
        Español
        Français

        Home | About | Archive | Contact

        Home > Features > History

        Subscribe to our newsletter

        How the bureaucracy took power

        The first paragraph of the article, a sentence of some length.

        The second paragraph.
        """)
    assert ed.title == "How the bureaucracy took power"
    assert furniture_of(ed) == [
        ("masthead", "The Weekly Worker"),
        ("language switcher", "English\nEspañol\nFrançais"),
        ("navigation bar", "Home | About | Archive | Contact"),
        ("breadcrumbs", "Home > Features > History"),
        ("call to action", "Subscribe to our newsletter"),
    ]
    # each decision is in the apparatus, with its reason
    assert [e.note for e in ed.apparatus if e.kind == "furniture"][:2] == [
        "masthead set aside from the running text", "language switcher set aside from the running text"]
    assert bodies(ed) == ["The first paragraph of the article, a sentence of some length.",
                          "The second paragraph."]
    # a masthead is a guess: the report says so
    assert [(d.what, d.value) for d in ed.decisions if not d.sure] == [
        ("title", "How the bureaucracy took power"), ("author", ""), ("date", ""),  # none found: never sure
        ("furniture", "The Weekly Worker")]


def test_furniture_an_archive_navigation_bar_and_its_author_line():
    ed = conv("""
        Jane Doe Archive   |   Main Page

        Jane Doe

        The Theory of the New Class

        (March 1976)

        From Workers’ Review, No.12, March 1976, pp.10-15.

        IN RUSSIA today the workers control neither industry nor the state.
        """)
    assert ed.title == "The Theory of the New Class"
    assert furniture_of(ed) == [("navigation bar", "Jane Doe Archive   |   Main Page")]
    assert [(f.name, f.value) for f in ed.header] == [
        ("author", "Jane Doe"), ("title", "The Theory of the New Class"), ("date", "(March 1976)"),
        ("source", "From Workers’ Review, No.12, March 1976, pp.10-15."),
    ]
    found = report(ed)["found"]
    assert found["author"]["value"] == "Jane Doe" and not found["author"]["sure"]
    # the date in brackets under the title, as archives print it: the date, its brackets aside
    assert found["date"] == {"value": "March 1976", "how": "a date line in the header, in brackets (“(DATE)”)",
                             "line": 7, "sure": True}


@pytest.mark.parametrize("counter", ["Page 1 of 12", "Seite 1 von 12", "1 / 12", "Anda di halaman 1dari 17"])
def test_furniture_a_viewer_page_counter_in_any_language(counter):
    ed = conv(f"""
        {counter}

        The Title of the Paper

        The first paragraph of the paper, which says what it will argue.
        """)
    assert ed.title == "The Title of the Paper"
    assert furniture_of(ed) == [("viewer page counter", counter)]


def test_furniture_share_and_donate_lines_at_the_bottom():
    ed = conv("""
        A Title

        The only paragraph of the article.

        Top of the page

        Share this: Facebook | Twitter | Email

        Donate to keep our paper free.
        """)
    assert bodies(ed) == ["The only paragraph of the article."]
    assert [what for what, _ in furniture_of(ed)] == ["call to action", "navigation bar", "call to action"]


def test_a_sentence_that_begins_like_a_call_to_action_in_the_text_is_text():
    ed = conv("""
        A Title

        Join the union, they said.

        Share the work, and share the product of it.

        The last paragraph.
        """)
    assert bodies(ed) == ["Join the union, they said.", "Share the work, and share the product of it.",
                          "The last paragraph."]
    assert not ed.furniture


PDF_PAPER = """\
    State Capitalism in the Soviet Union

    M.C. Howard and J.E. King*

    Introduction
    The aim of this paper is to explore the reactions to the Bolshevik Revolution of one
    group of critics from the left: those who saw it as ushering in a new form of
    capitalism, and the controversy over state capitalism that had both theoretical and
    practical significance for the movement.
    State Capitalism Before 1917
    The conservative claim that socialism would inevitably degenerate into tyranny is
    probably as old as the socialist ideal itself. What is often overlooked is that the
    claim was made by socialists too, in the first article2 of the series and in the
    157 158 SCIENCE & SOCIETY
    second, where it was made again about the state and the workers of the new order.
    The Bolsheviks answered that the state was a workers' state and that its industry
    was socialist in form, whatever its methods; the critics replied that the form was
    capitalist in content and that the workers had no say in it at all, as they showed.
    JUNE 1999
    Signed: The Executive Committee
    The resolution was passed by the conference, and the critics were expelled from it,
    one after another, in the months that followed the vote of the whole conference.
    12

    * We are grateful to the editors.
    2 Quoted in Kautsky, The Dictatorship of the Proletariat.
    """


@pytest.fixture(scope="module")
def pdf_paper():
    return conv(PDF_PAPER)


def test_furniture_running_heads_page_numbers_and_date_lines_in_pdf_text(pdf_paper):
    assert pdf_paper.layout == "pdf"
    assert furniture_of(pdf_paper) == [
        ("running head", "157 158 SCIENCE & SOCIETY"), ("date line", "JUNE 1999"), ("page number", "12"),
    ]
    # the paragraph a running head interrupts is one paragraph, the head set aside inside it
    assert any("in the first article[note:2] of the series and in the second, where" in b for b in bodies(pdf_paper))
    entry = next(e for e in pdf_paper.apparatus if e.reading.startswith("157"))
    assert entry.kind == "furniture" and entry.note == "running head set aside from the running text"


def test_title_case_headings_in_pdf_text_are_headings_and_others_are_not(pdf_paper):
    headings = [plain(b.pieces) for b in pdf_paper.blocks if b.kind == "heading"]
    assert headings == ["Introduction", "State Capitalism Before 1917"]
    assert "Signed: The Executive Committee" in bodies(pdf_paper)
    # nothing that is not a heading is recased
    assert not [e for e in pdf_paper.apparatus if e.kind == "heading"]


def test_a_byline_in_capitals_is_a_byline_not_a_heading_and_keeps_its_capitals():
    ed = conv("""
        How the bureaucracy took power

        BY MARIA LIND

        The revolution of 1917 gave power to the soviets.

        The civil war destroyed the class that had made it.
        """)
    assert [(f.name, f.value) for f in ed.header][1] == ("byline", "BY MARIA LIND")
    assert report(ed)["author"] == "MARIA LIND"
    assert not [e for e in ed.apparatus if e.kind == "heading"]


@pytest.mark.parametrize("line", ["Signed: The Executive Committee", "Note: this section is copied from a pamphlet",
                                  "By Anna Example", "12 June 2015"])
def test_lines_that_stand_alone_but_are_not_headings(line):
    ed = conv(f"""
        A Title

        The resolution ended with these words, which the paper printed in full.

        {line}

        The managers answered to the ministries.
        """)
    assert not [b for b in ed.blocks if b.kind == "heading"]
    assert line in bodies(ed)


# -- Notes glued to the text -------------------------------------------------------

def test_note_numbers_glued_to_words_and_punctuation_confirmed_by_bare_bodies():
    ed = conv("""
        A Title

        The party held to its political line.1 In the first article2 it said so.

        Its members numbered 50,000 in 1921.

        1 Quoted in a history of the party.

        2 Ibid., p. 40.
        """)
    assert ed.markers == ["1", "2"]
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]
    assert bodies(ed)[0] == "The party held to its political line.[note:1] In the first article[note:2] it said so."


def test_glued_numbers_no_body_confirms_stay_text():
    ed = conv("""
        A Title

        Emissions of CO2 rose, and the G7 met.

        The last paragraph.
        """)
    assert ed.markers == [] and bodies(ed)[0] == "Emissions of CO2 rose, and the G7 met."


def test_asterisk_and_dagger_notes():
    ed = conv("""
        A Title

        The council met in secret.* Its minutes survive.†

        * In the house of a member.

        † In the party archive.
        """)
    assert ed.markers == ["*", "†"]
    assert [(n.label, n.status) for n in ed.notes] == [("*", "ok"), ("†", "ok")]
    myst = render(ed)
    assert "The council met in secret.[^*] Its minutes survive.[^†]" in myst
    assert "[^*]: In the house of a member." in myst


def test_a_note_on_the_byline(pdf_paper):
    byline = next(f for f in pdf_paper.header if f.name == "byline")
    assert (byline.value, byline.note) == ("M.C. Howard and J.E. King", "*")
    assert {n.label: n.status for n in pdf_paper.notes} == {"*": "ok", "2": "ok"}
    assert "M.C. Howard and J.E. King[^*]" in render(pdf_paper)


def test_notes_numbered_as_paragraphs_after_bracketed_markers():
    ed = conv("""
        A Title

        The last remnants of workers’ control were abolished in 1929. [1] The unions followed. [2]

        Notes

        1. Quoted in a history of the factories.

        2. Ibid., p. 40.
        """)
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]


def test_a_short_first_paragraph_ending_in_a_note_number_is_not_a_caption():
    ed = conv("""
        How the bureaucracy took power

        The revolution was defeated from within, writes Maria Lind

        The revolution gave power to the soviets. Within a decade it was taken from them.1

        The civil war destroyed the working class that had made the revolution.

        1 Quoted in Carr, The Bolshevik Revolution.
        """)
    assert not ed.furniture
    assert bodies(ed)[0] == "The revolution gave power to the soviets. Within a decade it was taken from them.[note:1]"
    assert report(ed)["found"]["author"] == {"value": "Maria Lind", "how": "the standfirst (“…, writes NAME”)",
                                             "line": 3, "sure": True}


# -- Runs of glued words -------------------------------------------------------------

@pytest.mark.parametrize("token, parts", [
    ("Theirauthoritydid", ["Their", "authority", "did"]),
    ("theworkersstatewas", ["the", "workers", "state", "was"]),
    ("internationalism", None),
    ("Mathatho", None),
])
def test_runs_of_three_or_more_words(token, parts):
    assert split_glued(token) == parts


@pytest.mark.parametrize("token, parts", [
    # a capitalised coinage or name whose syllables are words by chance: never split (issue 16)
    ("Ruthanasia", None),  # Ruth + euthanasia: no "Ruth an asia"
    ("Bukharin", None),
    # a name whose split leaves a short rare fragment that is no function word ("marc", "fran"): a name's
    # syllables, even with a pronoun after them ("Inter marc he")
    ("Intermarche", None),
    ("Euromarche", None),
    ("Franprix", None),
    # near misses that must still be split: a function word first, or a strong one later, or a short one last
    ("Theirauthoritydid", ["Their", "authority", "did"]),
    ("Revolutionwhich", ["Revolution", "which"]),
    ("Moscowthe", ["Moscow", "the"]),
    ("Thereare", ["There", "are"]),
    ("Partyin", ["Party", "in"]),
    ("Gamblingisincreasing", ["Gambling", "is", "increasing"]),  # "is" is seldom a syllable
    ("Imakenoplea", ["I", "make", "no", "plea"]),
    ("Humannature", ["Human", "nature"]),  # no short part: every part a word by itself
    ("Thepartyhe", ["The", "party", "he"]),  # a function word first: the join shows, whatever follows
    ("Whenhe", ["When", "he"]),
    # a long run is a sentence's words, whatever its first word: no name splits into so many
    ("Lestthecouncilbeconsideredanassembly", ["Lest", "the", "council", "be", "considered", "an", "assembly"]),
    # the same in lower case is decided as before: "an" may be a word of a run there
    ("theworkersstatewas", ["the", "workers", "state", "was"]),
])
def test_a_capitalised_token_is_split_only_on_a_function_word_s_evidence(token, parts):
    assert split_glued(token) == parts


def test_a_run_of_three_words_is_separated_in_a_web_page_too_and_recorded():
    ed = conv("""
        A Title

        Theirauthoritydid not survive the famine, and the politicalline held.

        The last paragraph.
        """)
    # a run of two ("politicalline") is left alone in a web page: it may be a name
    assert bodies(ed)[0] == "Their authority did not survive the famine, and the politicalline held."
    (entry,) = [e for e in ed.apparatus if e.kind == "separation"]
    assert (entry.reading, entry.lemma) == ("Theirauthoritydid", "Their authority did")


# -- Runs that are one word: forms, foreign words, names, addresses, the author's words -------------

@pytest.mark.parametrize("token, derived", [
    # a known stem with suffixes or prefixes: one word
    ("finalisations", True),  # final + isation + s
    ("nationalisations", True),
    ("antiauthoritarianism", True),  # anti + authoritarianism
    ("postrevolutionary", True),
    ("protofascist", True),
    ("organisers", True),
    # near misses: runs whose pieces look like affixes, or a function word first
    ("themeans", False),  # "theme" + "an" + "s" would need an "-an" the data does not give
    ("oftheworking", False),  # "ofthework" is no word: the "-ing" makes no word of it
    ("politicalline", False),
    ("overthe", False),  # "over" is a function word, no prefix
    ("rethe", False),  # a prefix before a function word makes no word
    ("inmilitary", False),  # "in" is no prefix here: a run
])
def test_a_known_word_with_affixes_is_a_derived_word(token, derived):
    assert derived_word(token) is derived


@pytest.mark.parametrize("token, parts", [
    # the judge's forms, refused
    ("finalisations", None),  # no "final is at ions"
    ("nationalisations", None),
    ("antiauthoritarianism", None),  # no "anti authoritarianism"
    ("antiauthoritarian", None),
    ("postrevolutionary", None),
    ("forcejeando", None),  # a Spanish word: no "force jean do"
    ("cantando", None),  # no "cant an do"
    ("thecafé", None),  # a letter English does not write
    ("forceroseas", None),  # two content words and a syllable ("as"): no evidence of prose
    # near misses: runs that are still separated
    ("wecando", ["we", "can", "do"]),  # a function word before the cut of "-ando"
    ("whendo", ["when", "do"]),
    ("thecommando", ["the", "commando"]),  # the ending inside the last word: not cut
    ("thecafe", ["the", "cafe"]),
    ("workerswentonstrike", ["workers", "went", "on", "strike"]),  # long words carry the short one
    ("strikewason", ["strike", "was", "on"]),  # a function word among the parts
    ("oftheworking", ["of", "the", "working"]),
    ("politicalline", ["political", "line"]),
    ("Theirauthoritydid", ["Their", "authority", "did"]),
])
def test_forms_foreign_words_and_syllables_are_no_runs(token, parts):
    assert split_glued(token) == parts


@pytest.mark.parametrize("parts, syllables", [
    (["force", "jean", "do"], True),
    (["final", "is", "at", "ions"], True),
    (["I", "make", "no", "plea"], False),  # a function word first
    (["Gambling", "is", "increasing"], False),  # "is" is no syllable
    (["Party", "in"], False),  # a run of two
    (["the", "workers", "went", "on", "strike"], False),
])
def test_a_separation_on_syllables_needs_evidence_of_prose(parts, syllables):
    assert rests_on_syllables("".join(parts), parts) is syllables


@pytest.mark.parametrize("token, parts", [
    # names and coinages in camel case stay whole, even in a witness that loses spaces before capitals
    ("PrimeCoin", None),
    ("McTavish", None),
    ("MacDonald", None),
    ("DeepMind", None),
    ("BlockChain", None),
    ("YouTube", None),  # a known word
    # near miss: a function word before the capital shows the lost space
    ("theCoin", ["the", "Coin"]),
])
def test_names_in_camel_case_are_no_runs(token, parts):
    assert split_glued(token, LOSES_SPACES) == parts


def test_the_author_s_word_in_its_other_forms_and_an_address_s_name_are_no_runs():
    # written elsewhere with its possessive: the author's word
    assert split_glued("Goldprice", TextVocabulary("Goldprice is new. Goldprice's ledger grew.")) is None
    assert split_glued("Goldprice", TextVocabulary("Goldprice is new.")) == ["Gold", "price"]  # once only
    # (a name whose split leaves a short rare part, "coin", is refused whatever the witness: "Primecoin")
    assert split_glued("Primecoin", TextVocabulary("Primecoin is new.")) is None
    # closed up from a compound the witness writes with a hyphen
    assert split_glued("selfmanaging", TextVocabulary("the self-managing groups; selfmanaging")) is None
    assert split_glued("selfmanaging", TextVocabulary("the groups; selfmanaging")) == ["self", "managing"]
    # two content words made as the witness makes its names ("Bitcoin", "Primecoin"): a coinage of the family
    names = TextVocabulary("Unlike Bitcoin, the network of Caroline grew; Primecoin was next.")
    assert split_glued("peercoin", names) is None
    assert split_glued("peercoin", TextVocabulary("Unlike the bank, the network grew.")) == ["peer", "coin"]
    assert split_glued("politicalline", names) == ["political", "line"]  # "Caro" is no word: no family
    assert split_glued("themoney", TextVocabulary("Unlike Pocketmoney, it grew.")) == ["the", "money"]  # "the"
    # the name of a site: before a dot and a lower-case letter, or after "www."
    # (each written once: the address, not the count, refuses it)
    assert split_glued("theanarchistlibrary", TextVocabulary("see theanarchistlibrary.org for it")) is None
    assert split_glued("theanarchistlibrary", TextVocabulary("see www.theanarchistlibrary for it")) is None
    assert split_glued("theanarchistlibrary", TextVocabulary("a sentence.theanarchistlibrary")) == [
        "the", "anarchist", "library"]  # after a dot: no site's name
    assert split_glued("theanarchistlibrary", TextVocabulary("see theanarchistlibrary. The end")) == [
        "the", "anarchist", "library"]  # a sentence's end


@pytest.mark.parametrize("raw, parts, fits", [
    # an address's dot after the token
    ("Its texts are at theanarchistlibrary.org now.", ["the", "anarchist", "library"], False),
    ("Its texts are at theanarchistlibrary. Then more.", ["the", "anarchist", "library"], True),  # a sentence's end
    # a capitalised token inside a sentence: a name, unless a function word shows the join
    ("The students set up the Primecoin ledger.", ["Prime", "coin"], False),
    ("Primecoin was set up by the students.", ["Prime", "coin"], True),  # a sentence's start
    ("It came. “Primecoin was set up by them.”", ["Prime", "coin"], True),  # after an opening quote
    ("It was after the Revolutionwhich came.", ["Revolution", "which"], True),
    ("He lived in Moscowthe whole year.", ["Moscow", "the"], True),
    # words among words that are not English
    ("cantaban «estamos forcejeando con el patrón en la fábrica» toda la noche", ["force", "jean", "do"], False),
    ("they sang that they were forcejeando with the boss in the factory all night", ["force", "jean", "do"], True),
    ("los obreros del puerto dicen que cantamos mientras trabajan en la noche", ["cant", "amos"], False),
    ("the workers of the port said that cantamos was what they sang at night", ["cant", "amos"], True),
])
def test_a_separation_fits_its_place(raw, parts, fits):
    start = raw.index("".join(parts))
    assert fits_its_place(raw, start, start + len("".join(parts)), parts) is fits


def test_in_english_by_the_commonest_words_around():
    spanish = "los obreros de la fábrica dijeron que estamos forcejeando con el patrón por el salario"
    english = "the workers of the plant said that they were forcejeando with the owners for the wage"
    assert in_english(spanish, spanish.index("forcejeando"), spanish.index("forcejeando") + 11) is False
    assert in_english(english, english.index("forcejeando"), english.index("forcejeando") + 11) is True
    assert in_english("a forcejeando b", 2, 13) is True  # too few words around to say
    # runs of words around a run say nothing of the language: the paragraph's words decide
    runs = ("It was plain to all of us. Aneducatedpublicopinion,freedfromthelegalandmoral houndingoftheprostitute,"
            "canalonehelptoameliorate present conditions.")
    assert in_english(runs, runs.index("Aneducated"), runs.index(",freed")) is True
    # a quotation is judged by its own words, not by the English paragraph around it
    quoted = "The men of the port said to us that they sang “cantamos y estamos con el patrón” at the end of it."
    assert in_english(quoted, quoted.index("cantamos"), quoted.index("cantamos") + 8) is False
    english = "The men of the port said to us that they sang “cantamos is what we sing all night” at the end of it."
    assert in_english(english, english.index("cantamos"), english.index("cantamos") + 8) is True


WORDS_NOT_RUNS = """\
A Note on Words

The workers of the plant were told that the new owners would keep the wages as they were.
Theirauthoritydid not last the winter: the politicalline of the union held, and the interests
oftheworking people were argued for. A small network, the Primecoin ledger, was set up by a
group of students, and the finalisations of its rules took a month of meetings in the hall.
The antiauthoritarianism of the group was plain to all, as was its postrevolutionary mood.
Its texts are kept at theanarchistlibrary.org and a copy was sent to the printers later on.
The strikers sang “cantamos y estamos forcejeando con el patrón en la fábrica” at night.
The leaflet was short. Humannature was the title of their first one, printed in the spring.
The last line of the page is here, with a few more words to make it as long as the others.
"""


def test_forms_names_addresses_and_foreign_words_are_not_separated_in_an_extraction():
    ed = convert(read_text(WORDS_NOT_RUNS))
    assert ed.layout == "pdf"
    separations = {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"}
    # the runs are separated, a capitalised pair at a sentence's start too; nothing else is
    assert separations == {("Theirauthoritydid", "Their authority did"), ("politicalline", "political line"),
                           ("oftheworking", "of the working"), ("Humannature", "Human nature")}
    text = " ".join(bodies(ed))
    for word in ("Primecoin ledger", "finalisations", "antiauthoritarianism", "postrevolutionary",
                 "theanarchistlibrary.org", "cantamos y estamos forcejeando con"):
        assert word in text


def test_a_site_s_name_is_no_run_of_three_in_a_web_page():
    ed = conv("""
        A Title

        Theirauthoritydid not survive the famine; the texts are kept at theanarchistlibrary.org for all.

        The last paragraph, with www.theanarchistlibrary.org/library/a-text in it.
        """)
    assert "kept at theanarchistlibrary.org for all" in bodies(ed)[0]
    assert [(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"] == [
        ("Theirauthoritydid", "Their authority did")]


# -- The report ------------------------------------------------------------------------

def test_the_report_says_how_title_author_date_and_layout_were_found():
    ed = conv("""
        Strikes in the coal basin

        By Anna Example
        12 June 2015

        The miners struck in July.

        The owners gave way in August.
        """)
    found = report(ed)["found"]
    assert found["title"]["how"] == "the first line of the witness, standing alone"
    assert found["author"] == {"value": "Anna Example", "how": "the byline", "line": 3, "sure": True}
    assert found["date"]["value"] == "12 June 2015"
    assert found["layout"]["value"] == "web" and "one line per paragraph" in found["layout"]["how"]
    assert report(ed)["unsure"] == []


# -- The corpus: texts in the four layouts, each with its expected MyST -------------

CORPUS = ROOT / "tests" / "corpus"
#: real texts whose terms allow it, copied from public pages (tests/corpus/real/manifest.toml)
REAL = CORPUS / "real"
#: set to regenerate the expected MyST of the corpus deliberately (then read each diff)
REGEN = os.environ.get("EDITION_REGEN_CORPUS") == "1"
#: every corpus text by its name: "<stem>" for the editors' own, "real/<stem>" for the real ones
CORPUS_NAMES = sorted([p.stem for p in CORPUS.glob("*.txt")] + [f"real/{p.stem}" for p in REAL.glob("*.txt")])


def corpus_myst(name: str) -> str:
    """A corpus text converted as ``edition convert`` converts a text outside the manifest (no glossary)."""
    source = CORPUS / f"{name}.txt"
    return render(convert(read_text(source.read_text(encoding="utf-8"), source.name)))


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_corpus_text_converts_to_its_expected_myst(name):
    expected = CORPUS / f"{name}.md"
    myst = corpus_myst(name)
    if REGEN:
        expected.write_text(myst, encoding="utf-8")
    assert myst == expected.read_text(encoding="utf-8"), f"{name}: run with EDITION_REGEN_CORPUS=1 and read the diff"


def test_the_corpus_covers_the_four_layouts_and_its_manifest_names_every_text():
    manifest = tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))
    texts = {t["file"]: t for t in manifest["text"]}
    assert set(texts) == {p.name for p in CORPUS.glob("*.txt")}
    assert {t["layout"] for t in texts.values()} == {"wiki page", "socialist website", "archive transcription",
                                                    "PDF extraction"}
    for t in texts.values():
        form = t["form_modelled_on"]
        assert t["words"] and form["url"].startswith(("https://", "http://")) and form["consulted"]


#: the fields of an entry of the real corpus's manifest, each with its type
REAL_FIELDS = {"file": str, "title": str, "author": str, "layout": str, "source": str, "copied_from": dict,
               "licence": dict, "consulted": str, "how": str, "read": str, "accepted": list}
#: licences under which a text may be kept and shared here
REAL_LICENCES = {"public domain in the United States": "https://www.gutenberg.org/policy/license.html",
                 "CC BY-SA 3.0": "https://creativecommons.org/licenses/by-sa/3.0/",
                 "GPL-2 or GPL-3": "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html",
                 "GPL-2": "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html",
                 "GPL-2 or later": "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html",
                 "LaTeX Project Public License 1.3": "https://www.latex-project.org/lppl/lppl-1-3/",
                 "MIT": "https://opensource.org/license/mit",
                 "Knuth's licence": "https://ctan.org/license/knuth",
                 "GNU Free Documentation License": "https://www.gnu.org/licenses/fdl.html",
                 "Oren Patashnik's notice: copying permitted, modified copies renamed":
                     "https://mirrors.ctan.org/biblio/bibtex/base/btxdoc.tex",
                 "public domain (Library of Congress: no known restrictions)":
                     "https://www.loc.gov/collections/chronicling-america/about-this-collection/rights-and-access/"}


def test_the_real_corpus_is_twelve_texts_or_more_each_with_its_source_licence_and_reading():
    manifest = tomllib.loads((REAL / "manifest.toml").read_text(encoding="utf-8"))
    texts = {t["file"]: t for t in manifest["text"]}
    assert len(texts) == len(manifest["text"]) >= 12
    assert set(texts) == {p.name for p in REAL.glob("*.txt")}
    assert {t["layout"] for t in texts.values()} >= {"wiki page", "archive web page", "PDF extraction"}
    for name, t in texts.items():
        assert set(t) == set(REAL_FIELDS), name
        assert all(isinstance(t[key], kind) for key, kind in REAL_FIELDS.items()), name
        assert (REAL / name).with_suffix(".md").exists(), name
        assert t["source"].startswith("https://") and t["copied_from"]["url"].startswith("https://"), name
        assert REAL_LICENCES.get(t["licence"]["name"]) == t["licence"]["url"], name
        assert t["consulted"] == "1 December 2026" and t["read"].startswith("read by an editor"), name
        assert all(isinstance(a, str) and a for a in t["accepted"]), name


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_no_word_of_a_corpus_text_is_lost(name):
    from edition.witness.labels import normalise
    from test_nothing_lost import expected_words, first_missing

    source = CORPUS / f"{name}.txt"
    witness = read_text(source.read_text(encoding="utf-8"), source.name)
    # the apparatus's offsets are into the witness as read (form feeds of a PDF extraction taken out)
    text = witness.text
    edition = convert(witness)
    myst = normalise(render(edition))
    found = re.findall(r"[^\W\d_]+", myst)
    apparatus = report(edition)["apparatus"]
    body = [(w, line) for w, line in expected_words(normalise(text), apparatus)]
    # the notes are printed after the text: check the running text's order, then every word's presence
    assert all(word in found for word, _ in body), first_missing(body, found)
    for entry in apparatus:
        if entry["kind"] == "furniture":
            assert all(w in found for w in re.findall(r"[^\W\d_]+", normalise(entry["reading"])))


# -- The compact lexicon ---------------------------------------------------------------

def test_the_compact_lexicon_gives_wordfreqs_values_and_is_kept_between_runs(tmp_path, monkeypatch):
    import wordfreq

    from edition.witness import lexicon

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path))
    monkeypatch.setattr(lexicon, "_lexicon", None)
    made = lexicon.compact_lexicon()
    assert lexicon.lexicon_cache_path().is_file()
    monkeypatch.setattr(lexicon, "_lexicon", None)
    assert lexicon.compact_lexicon() == made  # read back from the cache
    for word in ["the", "workers", "nomenklatura", "Kádár", "authority", "did", "zzzq", "Petrograd"]:
        expected = wordfreq.zipf_frequency(word.lower(), "en")
        # below the floor a word counts as unknown: no decision compares with less
        assert lexicon.zipf.__wrapped__(word) == (expected if expected >= lexicon.LEXICON_FLOOR else 0.0), word


def test_a_byline_at_the_top_is_never_the_title_and_an_issue_line_is_the_source():
    ed = conv("""
        By Andrew Example

        Communist Review #105 (Autumn 2022)

        The question of the nature of the Russian state has returned.

        It returned with the war.
        """)
    assert ed.title_editorial and ed.title.startswith("Untitled")
    assert [(f.name, f.value) for f in ed.header] == [
        ("byline", "By Andrew Example"), ("source", "Communist Review #105 (Autumn 2022)")]
    assert report(ed)["author"] == "Andrew Example"


def test_author_work_and_chapter_lines_of_an_archive():
    ed = conv("""
        Tony Example

        Lenin 3 – The Revolution Besieged

        6. ‘We Need State Capitalism’

        In his expectation of a peaceful period after the treaty, he turned to the economy.
        """)
    assert ed.title == "Lenin 3 – The Revolution Besieged"
    assert [(f.name, f.value) for f in ed.header][0] == ("author", "Tony Example")
    assert [d.what for d in ed.decisions if not d.sure] == ["author", "date"]  # no date: never sure


def test_a_title_ending_in_a_year_is_a_title():
    ed = conv("""
        Kronstadt, 1921

        The sailors rose in March.

        They were defeated.
        """)
    assert ed.title == "Kronstadt, 1921" and not ed.title_editorial


def test_a_numbered_table_of_contents_is_set_aside_and_its_headings_kept():
    ed = conv("""
        State capitalism

        There are several definitions of the term.

        1 Use by Trotskyists
        2 Use by the New Left

        Use by Trotskyists

        The most common definition combines wage labour with state ownership.

        Use by the New Left

        From 1956 the term was used of the Soviet Union by others.
        """)
    assert furniture_of(ed) == [("table of contents", "1 Use by Trotskyists\n2 Use by the New Left")]
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["Use by Trotskyists", "Use by the New Left"]


def test_a_weekly_papers_logo_date_rubric_title_and_standfirst():
    ed = conv("""
        WeeklyWorker

        10.08.2023
        USSR: then and now

        Other theories, other labels

        If the Soviet Union was not a workers’ state, what was it? Jack Conrad looks at some alternatives

        There are those on the left who call it “bureaucratic state capitalism” (Tony Cliff).1 Others do not.

        Lenin thought that Soviet Russia should build state capitalism, which would put socialism within reach.2

        1 T Cliff, State capitalism in Russia, London 1974.
        2 VI Lenin, ‘Left-wing childishness’.
        """)
    assert ed.title == "Other theories, other labels"
    assert furniture_of(ed) == [("masthead", "WeeklyWorker")]
    assert [(f.name, f.value) for f in ed.header] == [
        ("date", "10.08.2023"), ("rubric", "USSR: then and now"), ("title", "Other theories, other labels"),
        ("standfirst",
         "If the Soviet Union was not a workers’ state, what was it? Jack Conrad looks at some alternatives"),
    ]
    found = report(ed)["found"]
    assert (found["author"]["value"], found["date"]["value"]) == ("Jack Conrad", "10.08.2023")
    assert ed.markers == ["1", "2"] and [n.status for n in ed.notes] == ["ok", "ok"]


def test_a_journal_issue_line_and_a_name_under_the_title_and_a_note_after_a_year():
    ed = conv("""
        Stalinism’s long shadow

        Issue: 173

        Tomáš Example-Evans

        The Soviet Union collapsed on 25 December 1991.1 Yet its shadow is long.

        It grew 2.5 times in a decade, by one account.

        1 See the histories of the collapse.
        """)
    assert [(f.name, f.value) for f in ed.header][1:] == [("source", "Issue: 173"), ("name", "Tomáš Example-Evans")]
    assert ed.markers == ["1"]
    assert "2.5 times" in bodies(ed)[1]


def test_an_ocr_hyphen_sign_at_a_line_end_and_a_note_after_a_closing_quote():
    ed = conv("""
        The Record and the Charges

        The New York Times asserted in an editorial on 22 Octo¬
        ber 1995 that the economy was “actually an economic
        wreck.”1 An article in another paper said the same of
        the deterio¬
        rating economy, and said it at some length in July.2

        1 The New York Times, 22 October 1995.
        2 Another paper, 27 July 1995.
        """)
    text = bodies(ed)[0]
    assert "22 October 1995" in text and "deteriorating economy" in text
    assert "economic wreck.”[note:1] An article" in text
    assert [e.reading for e in ed.apparatus if e.kind == "hyphenation"] == ["Octo¬\nber", "deterio¬\nrating"]


def test_a_numbered_title_and_a_button_label_beside_the_date():
    ed = conv("""
        #01 - After the August coup, where is the USSR going?

        Stampa
        Oct 1991

        Introduction

        So, is communism dead, as it is now fashionable to say?

        The events have no precedent.
        """)
    assert ed.title == "#01 - After the August coup, where is the USSR going?"
    assert furniture_of(ed) == [("button label", "Stampa")]
    assert [(f.name, f.value) for f in ed.header][1:] == [("date", "Oct 1991")]


def test_short_last_lines_of_pdf_paragraphs_and_capitals_bylines_are_not_headings():
    ed = conv("""
        The first paragraph of the text runs across the width of the page and ends on
        a short line that is the last of the paragraph, after the collapse of the
        Soviet Union
        The second paragraph begins here and runs across the whole width of the page too,
        and it ends with a short line in title case too.
        Soviet Union Today
        BY MARIA LIND
        The third paragraph follows the byline and runs across the whole width of a page,
        as the others did before it.
        """)
    assert ed.layout == "pdf"
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["Soviet Union Today"]
    assert "BY MARIA LIND" in bodies(ed)
    assert "after the collapse of the Soviet Union The second paragraph" in bodies(ed)[0]
    assert not [e for e in ed.apparatus if e.kind == "heading"]


def test_numbered_section_headings_and_numbered_demands():
    ed = conv("""
        Our programme

        1. The epoch of imperialism

        Capitalism has entered its last stage, the programme says.

        2. Transitional demands

        The programme makes these demands:

        1. Election of all officials

        2. No official paid more than a skilled worker

        The demands were set out in 1917.
        """)
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == [
        "1. The epoch of imperialism", "2. Transitional demands"]
    assert "1. Election of all officials" in bodies(ed)


PDF_NUMBERED = """\
1 Using the patterns
1.1 Plain engines
In engines that support the extension you select the patterns with a command
of their own, as the manual of the package says in the first of its sections.
1.2 LATEX
1.2.1 LATEX with Babel
You can switch the language of the document with the command of the package
that the manual describes, and the package loads the patterns it needs.

The user command is supposed to be

\\hyphenrules{langname}
and should work with any flavour of the format, though the manual is unsure.

Setting the Language

\\selectlanguage{langname}
1.3 Other engines
The other engines load patterns of their own, as the manual says of them all
in its table of the engines, which the reader finds at the end of the manual.
"""


def test_numbered_headings_one_under_another_and_levels_by_their_numbers():
    ed = convert(read_text(PDF_NUMBERED))
    assert ed.layout == "pdf" and ed.title_editorial  # a section's heading above its first subsection is no title
    headings = [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"]
    assert headings == [("1 Using the patterns", "2"), ("1.1 Plain engines", "3"), ("1.2 LATEX", "3"),
                        ("1.2.1 LATEX with Babel", "4"), ("Setting the Language", "3"), ("1.3 Other engines", "3")]
    # a line in sentence case that the code below it ends is no heading; capitals that stay capitals are no change
    assert "The user command is supposed to be" in bodies(ed)
    assert not [e for e in ed.apparatus if e.kind == "heading"]
    # an unnumbered heading keeps its level; MyST: no level skipped
    assert "\n## 1 Using the patterns\n\n### 1\\.1 Plain engines\n" in render(ed)


PDF_SECTION_ONE = """\
The Plan in Figures
1 Computing the plan
The planners of the ministry computed the balances of the plan by hand, and the
reader may repeat the computation, which gives the figures of the tables.
{sub} The branches
Each branch had its own balance, computed in the same way as the total above,
and the planners compared each with the figure of the year before it.
"""


@pytest.mark.parametrize(("sub", "heading"), [("1.1", True), ("2.1", False)])
def test_a_section_one_in_sentence_case_is_a_heading_only_above_its_subsections(sub, heading):
    """"1 Computing the plan" with prose under it is a heading where "1.1 …" follows later (not under the title
    as its subtitle); beside "2.1" alone it is a numbered line of the text, as a list's item would be."""
    ed = convert(read_text(PDF_SECTION_ONE.format(sub=sub)))
    headings = [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"]
    assert (("1 Computing the plan", "2") in headings) is heading, headings
    assert not [f for f in ed.header if "Computing" in f.value]  # no subtitle
    assert "1 Computing the plan" in render(ed)


PDF_DEFINITIONS = """\
A Manual of Styles

The style file is a program that tells the formatter how to print the entries
of the list, and its language knows constants, variables and their functions.
There are three kinds of variables:
global variables These are either integer- or string-valued, declared using an
INTEGERS or STRINGS command.
entry variables These are either integer- or string-valued, declared using the
ENTRY command. Each has a value for each entry on the list (example: a variable
label might store the label string you will use for the entry of the list).
fields These are string-valued, read-only variables that store the information
from the database file.
The commands that use them are described in the next section of this manual,
in india as elsewhere. Their names are written in capitals in the manual.
"""


def test_a_definition_list_keeps_its_items_each_term_with_its_definition():
    ed = convert(read_text(PDF_DEFINITIONS))
    items = [(plain(b.pieces[0]), plain(b.pieces[1])[:30]) for b in ed.blocks if b.kind == "definition"]
    assert items == [("global variables", "These are either integer- or s"),
                     ("entry variables", "These are either integer- or s"),
                     ("fields", "These are string-valued, read-")]
    assert [b.number for b in ed.blocks if b.kind == "definition"] == [2, 3, 4]
    myst = render(ed)
    assert "{#p2 .para}\nglobal variables\n: These are either integer- or string-valued" in myst
    # the paragraph after the list is a paragraph, and a line in lower case after a sentence (no list
    # introduced by a colon above it, one item alone) is prose
    assert bodies(ed)[-1].startswith("The commands that use them")
    plain_prose = PDF_DEFINITIONS.replace("There are three kinds of variables:", "There are three kinds of them.")
    assert "definition" not in kinds(convert(read_text(plain_prose)))


def test_section_numbers_and_what_may_follow_them():
    from edition.witness.layout import numbering_follows, section_number
    assert section_number("1.2.1 LATEX with Babel") == (1, 2, 1)
    assert section_number("2.1. Creation of objects") == (2, 1)
    assert section_number("1917 was the year") == None  # noqa: E711 (four digits: a year)
    assert numbering_follows((1,), (1, 1)) and numbering_follows((1, 2), (1, 3))
    assert numbering_follows((1, 2, 3), (2,)) and numbering_follows((1, 2, 3), (1, 3))
    assert not numbering_follows((1, 2), (3, 4)) and not numbering_follows((1,), (1, 2))


PDF_BYLINE = """\
ON MULTIVARIATE t AND GAUSS PROBABILITIES IN R
TORSTEN HOTHORN, FRANK BRETZ, AND ALAN GENZ

Introduction
The numerical computation of a multivariate normal or t probability is
often a difficult problem. Recent developments resulted in algorithms for the
fast computation of those probabilities for arbitrary correlation structures.
We are interested in the probability of the event that the reader computes:

P (−∞ < X1 ≤ 1, −∞ < X2 ≤ 4, −∞ < X3 ≤ 2).

This is computed as follows, with the function that the package provides for
it, in the session shown below, which the reader can run in the same way.
"""


def test_a_list_of_authors_under_the_title_is_the_byline_kept_as_printed_and_a_formula_no_heading():
    ed = convert(read_text(PDF_BYLINE))
    assert ed.title == "ON MULTIVARIATE t AND GAUSS PROBABILITIES IN R"
    assert [f.value for f in ed.header if f.name == "name"] == ["TORSTEN HOTHORN, FRANK BRETZ, AND ALAN GENZ"]
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["Introduction"]
    assert "P (−∞ < X1 ≤ 1, −∞ < X2 ≤ 4, −∞ < X3 ≤ 2)." in bodies(ed)
    assert not [e for e in ed.apparatus if e.kind == "heading"]


@pytest.mark.parametrize("line, names", [
    ("TORSTEN HOTHORN, FRANK BRETZ, AND ALAN GENZ", True),
    ("Ada Morel, Ivan Petrov", True),
    ("Inadequate Answers, Inadequate Questions", False),  # common words: a heading
    ("State Capitalism, Workers Control and Soviet Power", False),
    ("Lenin, Trotsky and Stalin", False),  # one word each: no byline by this rule
    ("Ada Morel and Ivan Petrov", False),  # no comma
])
def test_a_list_of_names_is_a_byline_never_a_heading(line, names):
    from edition.witness.layout import names_byline, not_a_heading
    assert names_byline(line) is names
    assert (not_a_heading(line) == "byline") is names


@pytest.mark.parametrize("line, kind", [
    ("157 158 SCIENCE & SOCIETY", "running head"), ("SCIENCE & SOCIETY 159", "running head"),
    ("1 INTRODUCTION", None), ("CHAPTER 3", None), ("12", "page number"), ("JUNE 1999", "date line"),
    ("- 157 -", "page number"), ("1917", None),
    ("Page 2 of 12", "viewer page counter"), ("The State and the Plan", None),
])
def test_pdf_furniture_lines_by_their_form(line, kind):
    from edition.witness.furniture import pdf_line_kind

    assert pdf_line_kind(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("Home | About | Archive", "navigation bar"), ("Home > Features > History", "breadcrumbs"),
    ("English | Deutsch | Русский", "language switcher"), ("Join us", "call to action"),
    ("Join the fight for socialism!", None), ("Follow us on Twitter", "call to action"),
    ("Back to top", "call to action"), ("Last updated on 2 May 2009", "page stamp"),
    ("Marx and Engels", None), ("The Soviet Union, 1917–1991", None),
])
def test_web_edge_lines_by_their_form(line, kind):
    from edition.witness.furniture import web_line_kind

    assert web_line_kind(line, at_edge=True) == kind


def test_a_running_head_with_a_small_page_number_at_a_form_feed():
    ed = convert(read_text(
        "The Title of the Paper\n\n"
        "The first page of the paper runs on for a few lines, as any page of a paper does,\n"
        "and its last sentence is broken by the end of the page, so that the\n"
        "\f12 JOURNAL OF STUDIES\n"
        "sentence goes on at the top of the next page and ends there, as sentences do.\n"
        "The second paragraph begins here and runs across the whole width of a page,\n"
        "as the first did before it.\n"
    ))
    assert furniture_of(ed) == [("running head", "12 JOURNAL OF STUDIES")]
    assert "so that the sentence goes on at the top" in bodies(ed)[0]


def test_a_blogs_posted_line_gives_the_date_and_the_author():
    ed = conv("""
        The lessons of Kronstadt

        Posted on June 12, 2015 by Jane Doe

        The sailors rose in March 1921.

        They were defeated.

        Click here to read the next part
        """)
    assert [(f.name, f.value) for f in ed.header][1] == ("posted", "Posted on June 12, 2015 by Jane Doe")
    found = report(ed)["found"]
    assert (found["author"]["value"], found["date"]["value"]) == ("Jane Doe", "June 12, 2015")
    assert furniture_of(ed) == [("call to action", "Click here to read the next part")]


def test_a_menu_copied_one_item_to_a_line_is_a_navigation_bar():
    ed = conv("""
        Home
        About
        Archive
        Contact

        The Title

        The only paragraph of the text, which says what it has to say.

        Its last paragraph.
        """)
    assert ed.title == "The Title"
    assert furniture_of(ed) == [("navigation bar", "Home\nAbout\nArchive\nContact")]


def test_a_close_call_between_the_layouts_is_flagged():
    ed = conv("""
        A short web page with a list

        - one
        - two
        - three
        - four
        - five
        - six

        A paragraph.

        Another paragraph.

        And another.
        """)
    layout = next(d for d in ed.decisions if d.what == "layout")
    assert not layout.sure and "close call" in layout.how


# -- Rules found on the real corpus (tests/corpus/real) ---------------------------------

WRAPPED = "The line goes on here and is wrapped at a fixed width as a plain-text book\n"


def wrapped(*paragraphs: str) -> str:
    """Paragraphs hard-wrapped at about seventy characters, as a plain-text book sets them."""
    return "\n\n".join(textwrap.fill(p, 70) for p in paragraphs) + "\n"


def test_a_chapter_label_above_the_title_is_no_author():
    ed = conv("""
        CHAPTER II

        THE FIRST CHAPTER

        The chapter begins with a paragraph of several sentences. It goes on.

        A second paragraph follows it, and the chapter ends.
        """)
    assert ed.title == "THE FIRST CHAPTER"
    assert [(f.name, f.value) for f in ed.header] == [("chapter", "CHAPTER II"), ("title", "THE FIRST CHAPTER")]
    assert all(d.value != "CHAPTER II" for d in ed.decisions if d.what == "author")


def test_a_sentence_ending_in_a_comma_before_a_quotation_is_no_caption():
    ed = conv("""
        A title for the test

        The first paragraph of the essay, with a sentence or two in it. It goes on for a while.

        The boy was a product of our own soil, that lulled him to sleep with a song he knew by heart,

        My country, 'tis of thee.

        The essay goes on after the quotation with a last paragraph.
        """)
    assert not ed.furniture
    assert bodies(ed)[1].endswith("by heart,")


def test_a_long_question_alone_on_its_line_is_no_heading_a_short_one_may_be():
    text = wrapped(
        "The first paragraph runs over several lines of the page as a book's paragraphs do, "
        "and it ends with a sentence of its own.",
        "Well, then, what are we going to do when the storm has come at last?",
        "The next paragraph answers the question, and it too runs over several lines of the page "
        "as a book's paragraphs do.",
        "What is to be done?",
        "The last paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it ends the text.",
    )
    ed = convert(read_text(text))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert "What is to be done?" in headings
    assert not any(h.startswith("Well, then") for h in headings)
    assert "Well, then, what are we going to do when the storm has come at last?" in bodies(ed)


def test_a_footnote_heading_in_the_singular_heads_the_notes():
    text = wrapped(
        "The first paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it calls a note.[1] It ends with a sentence of its own.",
        "The last paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it ends the text.",
    ) + "\nFOOTNOTE:\n\n[1] The note's text.\n"
    ed = convert(read_text(text))
    assert [n.label for n in ed.notes] == ["1"]
    assert not any("FOOTNOTE" in b for b in bodies(ed))


def test_notes_set_after_the_paragraphs_that_call_them_are_notes_in_place():
    ed = conv("""
        A title for the test

        The first paragraph calls a note.[1] It goes on for a sentence.

        [1] The first note, set after its paragraph.

        The second paragraph calls another.[2] It goes on too.

        [2] The second note.

        The third paragraph calls none, and the text goes on.

        The last paragraph of the text, after the notes, is running text.
        """)
    assert [n.label for n in ed.notes] == ["1", "2"]
    assert plain(ed.notes[1].paragraphs[0]) == "The second note."
    assert bodies(ed)[-1] == "The last paragraph of the text, after the notes, is running text."
    assert not any(b.startswith("[") for b in bodies(ed))


def test_a_rare_word_is_not_cut_in_two_where_the_extraction_runs_no_words_together():
    plain_book = wrapped(
        "We need not speak of the cartloads of oysters thrown into the sea, nor of the wealthy "
        "citizens who betake themselves to places of safety when the crowd gathers in the square.",
        "The second paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it ends the text.",
    )
    ed = convert(read_text(plain_book))
    assert ed.layout == "pdf" and not [e for e in ed.apparatus if e.kind == "separation"]
    # the same words in an extraction that shows it glues words (a sentence glued to the next)
    glued = plain_book.replace("the square.", "the square.Then")
    ed = convert(read_text(glued))
    assert {e.reading for e in ed.apparatus if e.kind == "separation"} >= {"square.Then"}


def test_a_short_line_that_stops_on_that_or_the_is_no_heading():
    ed = conv("""
        A title for the test

        The first paragraph of the text, with a sentence or two in it. It goes on for a while.

        It is therefore self-evident that

        he should introduce a bill of his own, the extraction having broken the sentence.

        The Next Section

        The last paragraph of the text, with a sentence in it.
        """)
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert headings == ["The Next Section"]
    assert "It is therefore self-evident that" in bodies(ed)


def test_capitals_closing_a_quotation_in_pdf_text_are_no_heading():
    text = wrapped(
        "The first paragraph runs over several lines of the page as a book's paragraphs do, "
        "and it ends with the words of a report that the author quotes at length, as follows:",
    ) + (
        "\"The expenses are met by a system of vice, WHICH\n"
        "IS THE DIRECT RESULT, IN MANY CASES, OF INSUF-\n"
        "FICIENT COMPENSATION OF HONEST LABOR.\"\n\n"
    ) + wrapped(
        "The last paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it ends the text.",
    )
    ed = convert(read_text(text))
    assert ed.layout == "pdf"
    assert not [b for b in ed.blocks if b.kind == "heading"]
    assert any("HONEST LABOR." in b for b in bodies(ed))


#: the opening of a plain-text e-book: its boundary line, licence and catalogue record
EBOOK_HEAD = textwrap.dedent("""
    The Project Gutenberg EBook of A Test Book, by A. Writer

    This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever.

    Title: A Test Book

    Author: A. Writer
    """)


def test_catalogue_fields_and_boundary_lines_of_an_e_book_are_no_headings():
    ed = conv(EBOOK_HEAD + textwrap.dedent("""
        *** START OF THIS PROJECT GUTENBERG EBOOK A TEST BOOK ***

        The book begins here, with a paragraph of its own. It goes on.

        Introduction: The Problem

        The last paragraph of the text, with a sentence in it.
        """))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert headings == ["Introduction: The Problem"]
    # the catalogue record below the licence: each line a field of the header, neither paragraph nor heading
    assert not [b for b in bodies(ed) if b.startswith(("Title:", "Author:"))]
    assert [(f.name, f.value) for f in ed.header] == [("title", "A Test Book"), ("author", "A. Writer")]
    found = report(ed)["found"]
    assert found["author"] == {"value": "A. Writer", "how": "the witness's Author: line", "line": 7, "sure": True}
    assert [(f.what, f.text) for f in ed.furniture] == [
        ("boundary line", "*** START OF THIS PROJECT GUTENBERG EBOOK A TEST BOOK ***")]


def test_a_word_that_ends_in_ment_or_ness_is_not_cut_before_its_ending():
    assert split_glued("intrenchment") is None
    assert split_glued("Theirauthoritydid") == ["Their", "authority", "did"]


def test_a_line_after_a_sentence_broken_off_at_a_comma_is_no_heading():
    ed = conv("""
        A title for the test

        On the handle of the stiletto used by the assassin was engraved, significantly,

        Vaillant!

        The essay goes on after the engraving with a last paragraph.
        """)
    assert not [b for b in ed.blocks if b.kind == "heading"]
    assert "Vaillant!" in bodies(ed)


def test_a_wiki_page_s_category_line_is_furniture():
    ed = conv("""
        A title for the test

        The article's only paragraph, with a sentence or two in it. It goes on.

        Bolsheviks Category:Defunct parties in Russia Category:Political parties established in 1903
        """)
    assert [f.what for f in ed.furniture] == ["category line"]


def test_a_long_run_is_separated_with_its_a_and_never_before_an_ending():
    assert split_glued("Ourreformershavesuddenlymadeagreatdiscovery") == [
        "Our", "reformers", "have", "suddenly", "made", "a", "great", "discovery"]
    assert split_glued("Maximalists") is None  # no "Maxim a lists": a short run has no "a" of its own
    parts = split_glued("monthsofidlenesswhichleaves")
    assert parts is None or "ness" not in parts


def test_notes_at_the_feet_of_pdf_pages_are_notes_and_their_glued_markers_call_them():
    page = ("The first paragraph runs over several lines of the page, as the lines of a book do when it\n"
            "is set in type, and it quotes the report that ends with its words HONEST LABOR.\"1\n"
            "The paragraph goes on over the page break and calls a second note in marriage.2 It\n")
    text = (page + "1\nDr. Sanger, THE HISTORY OF PROSTITUTION.\n2\nIt is a significant fact that the book was\n"
            "excluded from the mails.\n\f2 A RUNNING HEAD\nends on the next page with more words of the text.\n"
            "The last line of the text is here, as long as the others are in the page's width.\n")
    ed = convert(read_text(text))
    assert ed.layout == "pdf"
    assert [(n.label, plain(n.paragraphs[0])) for n in ed.notes] == [
        ("1", "Dr. Sanger, THE HISTORY OF PROSTITUTION."),
        ("2", "It is a significant fact that the book was excluded from the mails.")]
    running = " ".join(bodies(ed))
    assert "[note:1]" in running and "[note:2]" in running and "Dr. Sanger" not in running
    # without the glued markers, a number alone at a page's foot is a page number, and nothing is a note
    ed = convert(read_text(text.replace('LABOR."1', 'LABOR."').replace("marriage.2", "marriage.")))
    assert not [n for n in ed.notes if n.paragraphs]


def test_a_word_that_begins_or_ends_no_compound_shows_a_join_in_any_extraction():
    text = wrapped(
        "The first paragraph runs over several lines of the page, and the Encyclopaedia of the "
        "Revolutionwhich it cites is a standard work; the cartloads of books it fills go on.",
        "The second paragraph runs over several lines of the page as a book's paragraphs do, and "
        "it ends the text.",
    )
    ed = convert(read_text(text))
    assert {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"} == {
        ("Revolutionwhich", "Revolution which")}


def test_an_e_book_s_catalogue_record_below_its_licence_gives_the_title():
    ed = conv(EBOOK_HEAD + textwrap.dedent("""
        The book begins here, with a paragraph of its own. It goes on.
        """))
    assert ed.title == "A Test Book" and not ed.title_editorial
    (decision,) = [d for d in ed.decisions if d.what == "title"]
    assert decision.lineno == 5 and not decision.sure and "catalogue record" in decision.how


# -- Rules found on texts of the lead's own making -------------------------------------

def test_a_web_page_copied_without_blank_lines_has_a_paragraph_a_line():
    ed = conv("""
        The Miners' Congress
        By Tom Example
        The congress of the miners met in the spring, in a hall lent by the union of the railway workers.
        Its delegates came from every pit of the basin, and most of them had walked for days to get there.
        Share this: Facebook | Twitter
        Subscribe to our newsletter
        """)
    assert ed.layout == "web"
    assert ed.title == "The Miners' Congress"
    assert bodies(ed) == [
        "The congress of the miners met in the spring, in a hall lent by the union of the railway workers.",
        "Its delegates came from every pit of the basin, and most of them had walked for days to get there.",
    ]
    assert [text for _, text in furniture_of(ed)] == ["Share this: Facebook | Twitter", "Subscribe to our newsletter"]


def test_a_paragraph_wrapped_into_lines_stays_one_paragraph_on_a_web_page():
    ed = conv("""
        A Title

        The congress of the miners met in the spring, in a hall lent by the union
        of the railway workers. Its delegates came from every pit of the basin.

        The last paragraph.
        """)
    assert bodies(ed)[0].startswith("The congress") and bodies(ed)[0].endswith("of the basin.")


def test_a_note_body_on_the_line_after_the_last_paragraph_begins_the_notes():
    ed = conv("""
        The Plan and the Managers
        The question of the plan was posed as soon as the first plan was drawn
        up, and its answer divided the economists for the rest of the century.1
        Its second part took up the managers, who ran the plants in the name of
        the plan and answered to the ministries for it.2 They did not answer to
        the workers, and nobody in the ministries ever asked them to do so.
        1 Quoted in Example, The Plan, p. 12.
        2 See the discussion of the managers below.
        """)
    assert ed.layout == "pdf"
    assert bodies(ed)[-1].endswith("ever asked them to do so.")
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]
    assert report(ed)["notes"]["markers"] == ["1", "2"]


def test_note_bodies_all_glued_to_the_last_paragraph_are_notes():
    ed = conv("""
        On the Plan

        The plan was a set of targets that the ministries bargained over with
        the managers each year.1 The managers knew it, and so did the workers.2
        1 See Example, The Plan, p. 12, and the chapters on the ministries.
        2 See Other, The Managers, p. 30.
        """)
    assert ed.layout == "pdf"
    assert bodies(ed) == [
        "The plan was a set of targets that the ministries bargained over with the managers each "
        "year.[note:1] The managers knew it, and so did the workers.[note:2]"
    ]
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]


def test_a_numbered_line_after_a_paragraph_is_no_note_without_its_marker():
    ed = conv("""
        On the Plan

        The plan was a set of targets that the ministries bargained over each year.
        The managers knew it, and so did the workers, who were paid by the piece.
        1 Moscow was the first city.
        2 Leningrad was the second.
        """)
    assert not ed.notes
    assert "1 Moscow was the first city." in " ".join(bodies(ed))


def test_an_archive_s_label_lines_under_the_title_are_header_fields_each():
    ed = conv("""
        Jane Example Archive | Main Page
        On the Factory Committees
        Written: March 1919
        First Published: The Example Review, 2 April 1919
        Source: Selected Writings, volume 1, pp. 10–14
        Translated: A. Translator
        Transcription/Markup: B. Volunteer
        Online Version: Example Archive 2010
        Copyleft: Example Archive 2010. You may freely copy and distribute this work.

        The committees met in the spring, in a hall lent by the union of the railway workers.

        The motion was lost.
        """)
    assert ed.title == "On the Factory Committees"
    assert [(f.name, f.label) for f in ed.header[1:]] == [
        ("written", "Written"), ("first-published", "First Published"), ("source", "Source"),
        ("translated", "Translated"), ("transcription", "Transcription/Markup"),
        ("online-version", "Online Version"), ("rights", "Copyleft"),
    ]
    assert all(f.label_in_witness for f in ed.header[1:])
    assert bodies(ed) == ["The committees met in the spring, in a hall lent by the union of the railway workers.",
                          "The motion was lost."]
    found = report(ed)["found"]["date"]
    assert (found["value"], found["how"]) == ("March 1919", "the witness's Written: line")


def test_a_sentence_that_begins_with_written_is_no_header_field():
    ed = conv("""
        On the Factory Committees

        The committees met in the spring, in a hall lent by the union of the railway workers.

        Written: that was all the note said, and nobody signed it.
        """)
    assert [f.name for f in ed.header] == ["title"]
    assert bodies(ed)[-1] == "Written: that was all the note said, and nobody signed it."


def test_a_posted_by_name_on_date_line_gives_the_author_and_the_date():
    ed = conv("""
        Notes on the Plan

        Posted by Lena Example on 14 May 2009

        The plan was never a plan. It was a set of targets that the ministries bargained over every year.

        The managers knew it, and so did the workers.
        """)
    assert [(f.name, f.value) for f in ed.header] == [
        ("title", "Notes on the Plan"), ("posted", "Posted by Lena Example on 14 May 2009")]
    found = report(ed)["found"]
    assert (found["author"]["value"], found["date"]["value"]) == ("Lena Example", "14 May 2009")
    assert found["author"]["how"] == "the “Posted … by NAME” line"
    assert len(bodies(ed)) == 2


def test_a_name_alone_under_a_pdf_title_is_the_byline_flagged_unsure():
    ed = conv("""
        The Plan and the Managers
        Ada Example
        Introduction
        The question of the plan was posed as soon as the first plan was drawn
        up, and its answer divided the economists for the rest of the century.
        Nobody asked the workers.
        """)
    assert ed.layout == "pdf"
    assert [(f.name, f.label, f.value) for f in ed.header[1:]] == [("name", "Byline", "Ada Example")]
    assert [b.kind for b in ed.blocks] == ["heading", "paragraph"]
    found = report(ed)
    assert found["author"] == "Ada Example"
    assert {"what": "author", "value": "Ada Example", "how": "a name alone on the line under the title",
            "line": 2} in found["unsure"]


def test_a_subtitle_with_small_words_under_a_pdf_title_stays_a_subtitle():
    ed = conv("""
        The Plan and the Managers
        A Study of the Ministries
        Introduction
        The question of the plan was posed as soon as the first plan was drawn
        up, and its answer divided the economists for the rest of the century.
        Nobody asked the workers.
        """)
    assert [(f.name, f.value) for f in ed.header[1:]] == [("subheading", "A Study of the Ministries")]


def test_a_wrapped_line_that_ends_before_a_capital_still_shows_a_wrapped_paragraph():
    ed = conv("""
        A Title

        The congress of the miners met in the spring of that year, in a hall lent by the Railway
        Workers' Federation.

        The last paragraph.
        """)
    assert bodies(ed) == [
        "The congress of the miners met in the spring of that year, in a hall lent by the Railway "
        "Workers' Federation.",
        "The last paragraph.",
    ]


def test_an_archive_s_label_lines_in_a_block_of_their_own_in_their_other_spellings():
    ed = conv("""
        On the Factory Committees

        Written: March 1919
        Transcription\\Markup: B. Volunteer
        Transcription/HTML Markup: C. Volunteer
        Proofread: D. Volunteer
        Copyleft: Example Archive 2010.

        The committees met in the spring, in a hall lent by the union of the railway workers.

        The motion was lost.
        """)
    assert [(f.name, f.label) for f in ed.header[1:]] == [
        ("written", "Written"), ("transcription", "Transcription\\Markup"),
        ("transcription", "Transcription/HTML Markup"), ("proofread", "Proofread"), ("rights", "Copyleft"),
    ]
    assert len(bodies(ed)) == 2


def test_a_title_with_its_posted_line_or_byline_in_one_run_of_lines():
    posted = conv("""
        Notes on the Plan
        Posted by Lena Example on May 14, 2009 at 10:30 am

        The plan was never a plan. It was a set of targets that the ministries bargained over.

        The managers knew it, and so did the workers.
        """)
    assert [(f.name, f.value) for f in posted.header] == [
        ("title", "Notes on the Plan"), ("posted", "Posted by Lena Example on May 14, 2009 at 10:30 am")]
    assert (report(posted)["author"], report(posted)["date"]) == ("Lena Example", "May 14, 2009")
    byline = conv("""
        Notes on the Plan
        By Lena Example
        12 June 2015

        The plan was never a plan. It was a set of targets that the ministries bargained over.

        The managers knew it, and so did the workers.
        """)
    assert [f.name for f in byline.header] == ["title", "byline", "date"]
    assert len(bodies(byline)) == 2


def test_a_pdf_extracted_a_paragraph_a_line_keeps_its_page_furniture_apart():
    ed = conv("""
        State Capital and the Plan
        The question of the class nature of the Soviet Union was posed as soon as the revolution had survived.1
        157 158 SCIENCE & SOCIETY
        12
        Before the revolution the term meant the control of private industry by a state at war, as in Germany.2
        1 Quoted in Example, The Plan, p. 12.
        2 See the discussion of war economies below.
        """)
    assert ed.layout == "web"
    assert "none in mid-sentence" in next(d.how for d in ed.decisions if d.what == "layout")
    assert furniture_of(ed) == [("running head", "157 158 SCIENCE & SOCIETY"), ("page number", "12")]
    assert [b.kind for b in ed.blocks] == ["paragraph", "paragraph"]
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]


def test_a_text_none_of_whose_lines_stops_in_mid_sentence_is_no_close_call():
    ed = conv("""
        On the Factory Committees
        Written: March 1919
        Source: Selected Writings, volume 1, pp. 10–14
        Translated: A. Translator
        Transcription/Markup: B. Volunteer
        Copyleft: Example Archive 2010.

        The committees met in the spring, in a hall lent by the union of the railway workers.

        The motion was lost.

        Nobody asked the workers.
        """)
    layout = next(d for d in ed.decisions if d.what == "layout")
    assert (layout.value, layout.sure) == ("web", True)
    assert "close call" not in layout.how


def test_an_archive_s_label_lines_under_the_author_the_title_and_the_chapter():
    ed = conv("""
        Leon Example
        The Revolution Examined
        Chapter 1: The Achievements
        Written: 1936
        Source: The Revolution Examined, Example Press, 1972
        Online Version: Example Internet Archive 1996

        Owing to the insignificance of the bourgeoisie, the tasks could be achieved only by the workers.

        The second paragraph is shorter than the first.
        """)
    assert ed.title == "The Revolution Examined"
    assert [f.name for f in ed.header] == ["author", "title", "subheading", "written", "source", "online-version"]
    assert len(bodies(ed)) == 2


def test_a_page_without_blank_lines_keeps_its_standfirst_headings_and_closing_lists_apart():
    ed = conv("""
        The Fall of the Committees
        How the managers took over the plants in a single summer, writes Maria Example
        In the spring of 1918 the committees still ran most of the large plants. By the summer they had lost.
        What the committees did
        The committees had been elected by the workers of each plant. They answered to no one else.
        Share this article: Facebook | Twitter | Email
        Related articles
        The Kronstadt rising
        Subscribe to our newsletter
        """)
    assert [(f.name, f.value) for f in ed.header][1] == (
        "standfirst", "How the managers took over the plants in a single summer, writes Maria Example")
    assert report(ed)["author"] == "Maria Example"
    assert kinds(ed) == ["paragraph", "heading", "paragraph"]
    assert [text for _, text in furniture_of(ed)] == [
        "Share this article: Facebook | Twitter | Email", "Related articles", "The Kronstadt rising",
        "Subscribe to our newsletter"]


def test_the_notes_heading_of_a_pdf_text_leaves_its_title_case_headings_at_the_first_level():
    ed = conv("""
        State Capital and the Plan
        Ada Example
        Introduction
        The question of the class nature of the Soviet Union was posed as
        soon as the revolution had survived the civil war. It divided the left.1
        Notes
        1 Quoted in Example, The Plan, p. 12.
        """)
    assert [(plain(b.pieces), b.style) for b in ed.blocks if b.kind == "heading"] == [
        ("Introduction", "2"), ("Notes", "2")]


def test_an_archive_s_label_lines_a_blank_line_apart_are_header_fields_each():
    ed = conv("""
        The Tax in Kind

        Written: April 1921

        Source: Collected Works, volume 32

        Copyleft: Example Archive 2002.

        The question of the tax in kind is attracting very great attention.

        Source: a sentence of the text that begins as a field does, after the text has begun.
        """)
    assert [f.name for f in ed.header] == ["title", "written", "source", "rights"]
    assert bodies(ed) == ["The question of the tax in kind is attracting very great attention.",
                          "Source: a sentence of the text that begins as a field does, after the text has begun."]


def test_a_posted_by_line_above_the_title_or_alone_at_the_top_is_no_title():
    above = conv("""
        Posted by Lena Example on 14 May 2009
        Notes on the Plan

        The plan was never a plan. It was a set of targets that the ministries bargained over.

        The managers knew it, and so did the workers.
        """)
    assert above.title == "Notes on the Plan"
    assert [f.name for f in above.header] == ["posted", "title"]
    alone = conv("""
        Posted by Lena Example on 14 May 2009

        The plan was never a plan. It was a set of targets that the ministries bargained over.

        The managers knew it, and so did the workers.
        """)
    assert alone.title_editorial and [f.name for f in alone.header] == ["posted"]
    assert (report(alone)["author"], report(alone)["date"]) == ("Lena Example", "14 May 2009")


def test_a_site_s_logo_above_a_posted_line_is_its_masthead():
    ed = conv("""
        EveningStar

        Posted by Lena Example on 14 May 2009
        Notes on the Plan

        The plan was never a plan. It was a set of targets that the ministries bargained over.

        The managers knew it, and so did the workers.
        """)
    assert furniture_of(ed) == [("masthead", "EveningStar")]
    assert ed.title == "Notes on the Plan"


def test_a_list_on_a_web_page_copied_without_blank_lines_stays_a_list():
    ed = conv("""
        The Demands of the Strike
        The strikers at the plant drew up their demands on the first evening, and read them out at the gate:
        - the eight-hour day
        - the committee's right to hire
        - no fines
        The management refused all three on the next morning, and the strike went on for eleven days.
        """)
    assert kinds(ed) == ["paragraph", "list", "paragraph"]
    assert [plain(item) for item in ed.blocks[1].pieces] == ["the eight-hour day", "the committee's right to hire",
                                                             "no fines"]


# -- Rules found on PDFs that others typeset, and on an OCR's text (tests/corpus/real) --------

#: the head of a journal's article as pdftotext gives it: a title over two lines, two authors, their institutions
ARTICLE_HEAD = (
    "State Capital and the Plan in the\n"
    "Soviet Industry of the Twenties\n"
    "Ada Morel\n\n"
    "Ivan Petrov\n\n"
    "Université de Nulle Part\n\n"
    "Institute of Labour Studies\n\n"
    "Abstract\n"
)
#: hard-wrapped lines of a page, about ninety characters wide
PAGE_LINES = (
    "The question of the class nature of the Soviet Union was posed as soon as the revolution had\n"
    "survived the civil war, and its answer divided the left for the rest of the century that\n"
    "followed it. The plan was the answer of one side, and the market the answer of the other side\n"
    "of the debate, which ran on in the journals and the pamphlets of the left for many years.\n"
)


def article(*pages: str) -> str:
    """An article's head, then its pages, each page's text followed by its page number, a form feed between pages."""
    return ARTICLE_HEAD + "\f".join(pages)


def test_an_articles_head_in_a_pdf_a_title_over_two_lines_its_authors_and_their_institutions():
    ed = convert(read_text(article(PAGE_LINES * 3 + "\n1\n")))
    assert ed.title == "State Capital and the Plan in the Soviet Industry of the Twenties"
    assert [(f.name, f.value) for f in ed.header][1:] == [
        ("name", "Ada Morel"), ("name", "Ivan Petrov"),
        ("affiliation", "Université de Nulle Part"), ("affiliation", "Institute of Labour Studies")]
    found = report(ed)["found"]
    assert found["author"]["value"] == "Ada Morel, Ivan Petrov" and not found["author"]["sure"]
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["Abstract"]


def test_the_second_line_of_a_title_that_looks_like_a_name_is_the_title_when_the_text_uses_its_words():
    # "Covariance Matrix Estimators" has a name's form, but the text writes its words in lower case
    head = ("Econometric Computing with HC and HAC\nCovariance Matrix Estimators\n\n"
            "Achim Example\nUniversity of Nowhere\n\n")
    body = "Covariance matrix estimators are the subject of this paper, as they are of many others.\n" + PAGE_LINES
    ed = convert(read_text(head + body))
    assert ed.title == "Econometric Computing with HC and HAC Covariance Matrix Estimators"
    assert [(f.name, f.value) for f in ed.header][1:] == [("name", "Achim Example"),
                                                         ("affiliation", "University of Nowhere")]


def test_running_heads_that_repeat_the_title_or_the_authors_beside_a_page_number_are_furniture():
    broken = PAGE_LINES.rstrip("\n").removesuffix(" for many years.") + " for\n\n1\n"
    page2 = "2\n\nState Capital and the Plan in the Soviet Industry of the Twenties\n\nmany years. " + PAGE_LINES
    page3 = "Ada Morel, Ivan Petrov\n\n3\n\nChanges in the Plan\n\n" + PAGE_LINES + "\n"
    ed = convert(read_text(article(broken, page2 + "\n", page3)))
    assert furniture_of(ed) == [
        ("page number", "1"), ("page number", "2"),
        ("running head", "State Capital and the Plan in the Soviet Industry of the Twenties"),
        ("running head", "Ada Morel, Ivan Petrov"), ("page number", "3")]
    assert "for many years. The question" in " ".join(bodies(ed))  # the paragraph the page broke, rejoined
    # a heading at a page's top that repeats no words of the head is the text's
    assert "Changes in the Plan" in [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def test_a_numbered_heading_in_sentence_case_stands_alone_in_pdf_text_a_list_s_item_does_not():
    text = (PAGE_LINES + "2. The class of the plan and its methods\n" + PAGE_LINES
            + "2.1. Creation of the plan\n" + PAGE_LINES
            + "The demands were these, and they were read at the gate of the plant on the first evening:\n"
            + "1. The eight hours\n2. The committee's right to hire and to fire, and no fines for the workers\n"
            + PAGE_LINES)
    ed = convert(read_text(text))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert headings == ["2. The class of the plan and its methods", "2.1. Creation of the plan"]


def test_a_line_of_code_quoted_in_the_text_is_no_heading():
    text = (PAGE_LINES + 'To illustrate the usage, we first load the package.\n'
            'R> library("zoo")\nR> z1 <- zoo(z1.data, z1.index)\n' + PAGE_LINES)
    ed = convert(read_text(text))
    assert not [b for b in ed.blocks if b.kind == "heading"]
    # the lines of code are one block of code, their line break kept
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "code"] == [
        'R> library("zoo")\nR> z1 <- zoo(z1.data, z1.index)']


def test_a_number_glued_to_a_one_letter_name_or_before_a_dotted_name_is_no_note_marker():
    text = (PAGE_LINES.replace("soon as", "soon as1") + "We create two vectors z1 and z2, and z1.index holds the"
            " index of the observations, as the vectors of the first part held theirs.2\n" + PAGE_LINES
            + "1 The first note, at the page's foot.\n2 The second note.\n")
    ed = convert(read_text(text))
    assert [n.label for n in ed.notes if n.status == "ok"] == ["1", "2"]
    assert "two vectors z1 and z2, and z1.index holds" in " ".join(bodies(ed))


def test_a_list_s_item_after_a_line_that_ends_a_sentence_starts_a_block_in_pdf_text():
    text = (PAGE_LINES + "The following list explains the new features of the plan and how they are to be used.\n"
            "1. With the single command of the ministry the plant can now be given its targets for the year,\n"
            "without having to ask the trust for each of them in turn, as it had to do before.\n" + PAGE_LINES)
    ed = convert(read_text(text))
    assert any(b.startswith("1. With the single command") for b in bodies(ed))


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("Acqui", "sition", True), ("In", "creasing", True), ("his", "toric", True), ("litera", "ture", True),
    ("in", "deed", False), ("the", "rapist", False), ("some", "one", False), ("Zei", "leis", False),
])
def test_a_word_broken_at_a_line_end_without_its_hyphen(first, second, joined):
    from edition.witness.lexicon import joins_across_the_line

    assert joins_across_the_line(first, second) is joined


def test_an_ocrs_words_broken_without_a_hyphen_are_joined_in_the_apparatus():
    text = ("The story of the discovery, exploration and exploitation of the river forms one\n"
            "of the most important chapters in the history of the growth of the continent. Three\n"
            "great nations contested for its control, which passed from hand to hand until the in\n"
            "creasing power of the republic enabled it to step in and remove the bone of contention\n"
            "and to occupy a unique place in the litera\n"
            "ture of the country, as the author shows in his footnotes at some length.\n")
    ed = convert(read_text(text))
    assert "until the increasing power" in bodies(ed)[0] and "in the literature of" in bodies(ed)[0]
    joins = [e for e in ed.apparatus if e.kind == "line-join"]
    assert [(e.lemma, e.reading) for e in joins] == [("increasing", "in\ncreasing"), ("literature", "litera\nture")]


def test_a_number_that_opens_a_page_is_its_page_number_not_the_label_of_a_note_at_its_foot():
    page1 = PAGE_LINES.replace("survived the civil war,", "survived the civil war,1") + "\n1\n\nThe first note.\n"
    page2 = ("2\n\n" + PAGE_LINES.replace("for many years.", "for many years.2")
             + "\n2\n\nThe second note, at the foot of the second page.\n")
    ed = convert(read_text(page1 + "\f" + page2))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("2", "ok")]
    assert plain(ed.notes[1].paragraphs[0]).startswith("The second note")
    assert ("page number", "2") in furniture_of(ed)


def test_a_paragraphs_indented_first_line_starts_a_paragraph_in_an_extraction_that_keeps_the_layout():
    text = ("     " + PAGE_LINES.replace("\n", "\n     ").rstrip(" ")
            + "         The second paragraph is set in by four more spaces on its first line, as the page sets it,\n"
            "     and it goes on at the margin of the paragraph above it for a line or two more, to its end.\n"
            + PAGE_LINES)
    ed = convert(read_text(text))
    assert [b.split()[:3] for b in bodies(ed)][:2] == [["The", "question", "of"], ["The", "second", "paragraph"]]


def test_a_sections_number_on_a_line_of_its_own_heads_its_section_a_page_number_does_not():
    page1 = "The Title of the Paper\n\n1\n\nOverview\n\n" + PAGE_LINES + "\n1\n"
    page2 = "2\n\nChanges\n\n" + PAGE_LINES + "\n2.1\n\nNew features\n\n" + PAGE_LINES + "\n2\n"
    page3 = "3\n\n" + PAGE_LINES.replace("The question", "the question", 1) + "\n"
    ed = convert(read_text(page1 + "\f" + page2 + "\f" + page3))
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["1 Overview", "2 Changes",
                                                                            "2.1 New features"]
    assert [t for what, t in furniture_of(ed) if what == "page number"] == ["1", "2", "3"]
    assert [e.kind for e in ed.apparatus].count("section-number") == 3


def test_a_sentence_in_square_brackets_ends_its_paragraph_in_pdf_text():
    text = (PAGE_LINES + "[For the open format, use the optional style.]\n"
            "Note: the new version is not compatible with the old files, nor the old with the new.\n" + PAGE_LINES)
    ed = convert(read_text(text))
    assert any(b.startswith("Note: the new version") for b in bodies(ed))


def test_authors_side_by_side_and_a_notes_indented_first_line_in_an_extraction_that_keeps_the_layout():
    head = ("   The Plan and the Managers in the\n         Soviet Market\n\n"
            "        Ada Morel                       Ivan Petrov\n"
            "   Université de Nulle Part       Institute of Labour Studies\n\n\n")
    page = (PAGE_LINES.replace("civil war,", "civil war,1")
            + "   1\n     The first note, its first line indented as the page sets it, and it goes on\n"
            "at the margin on its second line.\n")
    ed = convert(read_text(head + page + "\f" + PAGE_LINES))
    assert [(f.name, f.value) for f in ed.header][1:] == [
        ("name", "Ada Morel, Ivan Petrov"), ("affiliation", "Université de Nulle Part, Institute of Labour Studies")]
    assert report(ed)["found"]["author"]["value"] == "Ada Morel, Ivan Petrov"
    assert plain(ed.notes[0].paragraphs[0]).startswith("The first note, its first line indented")
    assert "first line indented" not in " ".join(bodies(ed))  # set aside from the running text, not twice


# -- Furniture by its form and its place on the page (issue 16) ----------------------------------

LISTING = "This is computed as follows:\n> sigma[2,1] <- 3/5\n> sigma[3,1] <- 1/3\n> sigma[3,2] <- 11/15\n"


def test_a_line_repeated_at_each_pages_top_is_a_running_head_a_listings_repeated_lines_are_not():
    head = "Journal of Planning Studies\n\n"
    call = "> library(mvtnorm)\n"  # one line of code on each page, in mid-page: no running head either
    first = "The Plan and the Market\n\n" + PAGE_LINES + LISTING + PAGE_LINES + call + PAGE_LINES
    later = head + PAGE_LINES + call + PAGE_LINES
    ed = convert(read_text("\f".join([first, later, later, later])))
    assert furniture_of(ed) == [("running head", "Journal of Planning Studies")] * 3
    text = " ".join(" ".join(plain(b.pieces).split()) for b in ed.blocks)  # paragraphs or code blocks
    assert "> sigma[2,1] <- 3/5 > sigma[3,1] <- 1/3 > sigma[3,2] <- 11/15" in text
    assert text.count("> library(mvtnorm)") == 4
    assert not [e for e in ed.apparatus if e.kind == "furniture" and "sigma" in e.reading]


def test_a_running_foot_and_the_next_pages_alike_head_are_both_running_heads():
    page = "Journal of Planning Studies\n\n" + PAGE_LINES * 2 + "\nJournal of Planning Studies\n"
    ed = convert(read_text("The Plan and the Market\n\n" + PAGE_LINES + "\f" + "\f".join([page] * 2)))
    assert furniture_of(ed) == [("running head", "Journal of Planning Studies")] * 4


def test_a_lone_number_at_a_pages_foot_is_its_page_number_a_matrixs_entries_in_mid_page_are_not():
    matrix = "with the correlation matrix\n\n1\n\n3\n5\n\n1\n\n11\n15\n\n"
    page1 = PAGE_LINES + matrix + PAGE_LINES + "\n1\n"
    page2 = PAGE_LINES + "\n2\n"
    ed = convert(read_text(page1 + "\f" + page2))
    assert furniture_of(ed) == [("page number", "1"), ("page number", "2")]
    text = " ".join(bodies(ed))
    assert "11 15" in text and "3 5" in text
    assert not [b for b in ed.blocks if b.kind == "heading"]  # figures beside figures head nothing


def test_lone_numbers_without_form_feeds_page_numbers_in_their_sequence_not_figures_beside_figures():
    matrix = "with the correlation matrix\n\n1\n\n3\n5\n\n"
    text = (PAGE_LINES + "\n12\n\n" + PAGE_LINES + matrix + PAGE_LINES + "\n3\n\n" + PAGE_LINES
            + "\n13\n\n" + PAGE_LINES)
    ed = convert(read_text(text))
    assert ed.layout == "pdf"
    # "3" between the pages 12 and 13 is out of their sequence: a number of the text
    assert furniture_of(ed) == [("page number", "12"), ("page number", "13")]
    assert "3 5" in " ".join(bodies(ed))


def test_a_running_head_without_form_feeds_stands_apart_a_listings_line_inside_a_paragraph_does_not():
    page = PAGE_LINES + "\nThe Plan and the Market 7\n\n"
    ed = convert(read_text(page * 3 + PAGE_LINES))
    assert [what for what, _ in furniture_of(ed)] == ["running head"] * 3
    listing = PAGE_LINES + LISTING + PAGE_LINES
    assert not furniture_of(convert(read_text(listing * 3)))


def test_a_column_of_figures_in_a_text_of_unwrapped_lines_is_no_page_number():
    long_line = ("The delegates of the factory committees met in the capital in the autumn, and their votes were "
                 "counted by the region they came from, as the table below shows for each of the regions.\n")
    table = "Delegates by region\n12\n15\n31\n"
    ed = convert(read_text(long_line + table + long_line + "7\n" + long_line))
    assert furniture_of(ed) == [("page number", "7")]
    assert {"12", "15", "31"} <= set(bodies(ed))


@pytest.mark.parametrize("line, kind", [
    ("Font Size:【Large】【Middle】【Small】 Add Bookmark", "reader's toolbar"),
    ("Previous Chapter   Table of Contents   Next Chapter", "reader's toolbar"),
    ("[Large] [Small] | Add Bookmark", "reader's toolbar"),
    ("HOME > Classical Novels > The Years of the Plan and the Market > Chapter 5 The Plan", "breadcrumbs"),
    ("Home » Novels » Chapter 5", "breadcrumbs"),
    ("Table of Contents", None), ("Notes on the Font of Power", None), ("The Next Chapter: The Purges", None),
    ("From the first chapter to the last chapter", None), ("He said “[t]he plan [a] failed” and [i]t did", None),
    ("[A] [B]", None),
    ("The font was cast in lead, and the bookmark was of silk.", None),
    ("Wages > prices > profits, as the tables show in the next chapter.", None),
    ("Home > the plan was drawn up in the ministry > and the workers had no say in it", None),
])
def test_furniture_a_readers_toolbar_and_a_long_breadcrumb_trail_by_their_form(line, kind):
    from edition.witness.furniture import menu_kind

    assert menu_kind(line) == kind


def test_furniture_a_web_pages_toolbar_and_breadcrumbs_above_the_title_are_set_aside():
    ed = convert(read_text(
        "Search      Hot    Newest Novel\n"
        "HOME > Classical Novels > The Years of the Plan and the Market > Chapter 5 The Plan\n"
        "Font Size:【Large】【Middle】【Small】 Add Bookmark\n"
        "Chapter 5 The Plan\n"
        "The plan was drawn up in the offices of the ministry, and the workers of the plants had no say in it, "
        "as they had none in the choice of the managers who were to carry it out.\n\n"
        "The managers bargained over the targets, and the ministries over the funds, for as long as the plan lasted.\n"
    ))
    assert ed.title == "Chapter 5 The Plan"
    assert [what for what, _ in furniture_of(ed)][1:] == ["breadcrumbs", "reader's toolbar"]
    assert not [b for b in ed.blocks if b.kind == "heading" and "Font" in plain(b.pieces)]


def test_a_breadcrumb_trail_in_the_body_of_a_web_page_is_breadcrumbs_not_an_image_caption():
    ed = conv("""
        The Plan and the Market

        The plan was drawn up in the offices of the ministry, and the workers of the plants had no say in it.

        Home » The Archive » Letters of the Year 1921 » A Letter to the Congress

        The managers bargained over the targets, and the ministries over the funds, for as long as it lasted.
        """)
    trail = "Home » The Archive » Letters of the Year 1921 » A Letter to the Congress"
    assert ("breadcrumbs", trail) in furniture_of(ed)
    assert "image caption" not in [what for what, _ in furniture_of(ed)]


def test_the_apparatus_names_a_pdf_texts_furniture_as_its_pages_and_a_web_pages_as_the_sites():
    pdf = convert(read_text(PAGE_LINES + "\n1\n\f" + PAGE_LINES + "\n2\n"))
    myst = render(pdf)
    assert "**Set aside as page furniture.**" in myst and "(page numbers)" in myst
    assert "web page" not in myst
    web = conv("""
        Home | About | Archive

        The Plan and the Market

        The plan was drawn up in the offices of the ministry, and the workers had no say in it.

        Share this article
        """)
    assert "belong to the web page" in render(web)


@pytest.mark.parametrize("heading, recased", [
    ("P (−∞ < X1 ≤ 1, −∞ < X2 ≤ 4, −∞ < X3 ≤ 2).", None), ("THE PLAN AND THE MARKET", "The Plan and the Market"),
])
def test_a_heading_case_entry_only_where_the_case_changes(heading, recased):
    from edition.witness.inline import heading_edit

    edit = heading_edit(heading)
    assert (plain(edit.pieces) if edit else None) == recased


# -- A catalogue record in the first screen, a "by NAME" line, nothing found never sure ----------

def test_a_record_of_fields_below_a_viewer_s_chrome_is_the_header():
    ed = conv("""
        View Raw

        More Information

        -=-=-=-=-=-=-

        Title: A Review of a Book
        Date: March 3, 2014
        Authors: Ann Example, Bo Sample
        Topics: history, book review
        Published: 2021-04-24 16:27:21Z

        Anyone who reads about a subject will find that some books are more reliable than others, and says so.

        The review goes on with a second paragraph of its own, which is long enough to be a paragraph.
        """)
    assert [(f.name, f.value) for f in ed.header][-5:] == [
        ("title", "A Review of a Book"), ("date", "March 3, 2014"), ("author", "Ann Example, Bo Sample"),
        ("topics", "history, book review"), ("published", "2021-04-24 16:27:21Z")]
    assert not [b for b in bodies(ed) if re.match(r"^(Title|Date|Authors|Topics|Published):", b)]
    assert not [b for b in ed.blocks if b.kind == "heading" and plain(b.pieces).startswith(("Date", "Topics"))]
    found = report(ed)["found"]
    assert found["author"]["value"] == "Ann Example, Bo Sample" and found["author"]["sure"]
    assert found["date"]["value"] == "March 3, 2014" and found["date"]["sure"]


def test_an_archive_s_author_title_caption_and_record():
    ed = conv("""
        Jane Example

        The Workers' Question

        A photograph of a factory; the workers listen to their delegates. Graphic changes by the archive.

        * * *

        Written: early 1921;
        First Published: The Daily Paper, January 25, 1921.
        Source: A Pamphlet, no. 7, 1961;
        Transcription/Markup: A. Volunteer;

        * * *

        The text begins here with a sentence of its own, long enough to be the first paragraph of it.
        """)
    assert ed.title == "The Workers' Question"
    found = report(ed)["found"]
    assert found["author"]["value"] == "Jane Example" and not found["author"]["sure"]  # a guess, flagged
    assert found["title"]["how"].startswith("the line under the author's name at the top")
    assert found["date"]["value"] == "early 1921;" and found["date"]["how"] == "the witness's Written: line"
    assert not [b for b in bodies(ed) if b.startswith(("Written:", "Source:", "First Published:"))]


def test_one_field_line_or_a_record_far_below_the_first_screen_stays_in_the_text():
    filler = "".join(f"A paragraph of the text, number {i}, which says something of its own.\n\n" for i in range(40))
    ed = conv("""
        A Title of a Text

        The first paragraph of the text, which is long enough to be a paragraph and says so.

        Source: the minutes of the meeting, which the author quotes in full below.

        The second paragraph of the text, which is long enough to be a paragraph and says so.

        """ + filler + """
        Title: Another Text
        Author: Somebody Else
        """)
    assert "Source: the minutes of the meeting, which the author quotes in full below." in bodies(ed)
    assert "Title: Another Text" in " ".join(bodies(ed))  # past the first screen: the text's own lines
    assert not [f for f in ed.header if f.label_in_witness]


def test_a_by_line_under_a_title_gives_the_author_and_nothing_found_is_never_sure():
    ed = conv("""
        The Question of the Day (Example)

        For works with similar titles, see The Question of the Day.
        The Question of the Day (1919)
        by Karl Example, translated by Henry Sample

        The text begins here with a sentence of its own, long enough to be the first paragraph of it.
        """)
    found = report(ed)["found"]
    assert found["author"] == {"value": "Karl Example", "how": "a “by NAME” line in the first screen",
                               "line": 5, "sure": False}
    ed = conv("""
        A Title of a Text

        The first paragraph of the text, translated by nobody and written by the author in 1920.
        """)
    found = report(ed)["found"]
    assert found["author"]["value"] == "" and not found["author"]["sure"]
    assert found["date"]["value"] == "" and not found["date"]["sure"]


# -- A line of rule characters is a separator ----------------------------------------------------

LONG = ("The first chapter runs over several lines of the page as a book's paragraphs do, and it goes on "
        "over the next lines of the page, with more words than a line holds, to end with a sentence of its own.")
def _long(n: int) -> str:
    return LONG.replace("first", ("first", "second", "third", "fourth", "fifth")[n])


RULED_PDF = (
    "A Title of the Book\n\n" + wrapped(_long(0), _long(1)) + "\n" + "━" * 70
    + "\n\n\nThe Practice of the Thing\n\n"
    + textwrap.fill(_long(2).replace("own.", "own and"), 70) + "\n" + "─" * 70 + "\n"
    + textwrap.fill("the second part of the page, which begins in lower case and goes on over the next line "
                    "of the page to end with a sentence of its own here, after a rule.", 70) + "\n\n"
    + wrapped(_long(3), _long(4))
)


def test_a_rule_line_is_set_aside_and_never_joined_to_a_neighbour():
    ed = convert(read_text(RULED_PDF))
    assert ed.layout == "pdf"
    assert [f.what for f in ed.furniture] == ["rule", "rule"]
    text = bodies(ed)
    assert not [b for b in text if "━" in b or "─" in b]
    assert "The Practice of the Thing" in [plain(b.pieces) for b in ed.blocks]  # not "━━━ The Practice …"
    # the rule separates: the lower-case line after it is not joined to the paragraph above
    assert any(b.startswith("the second part of the page") for b in text)


def test_a_viewer_s_rule_is_set_aside_and_a_table_s_column_rules_and_a_dash_line_of_text_are_not():
    ed = conv("""
        A Title of a Text

        -=-=-=-=-=-=-

        The first paragraph of the text, which is long enough to be a paragraph and says so.

          Years       Average annual strikes
          ----------- ----------------------------
          1862–69     6

        -- a line of text that opens with two dashes, as a quotation may, and says something.

        * * *

        The last paragraph of the text, which is long enough to be a paragraph and says so.
        """)
    assert [(f.what, f.text.strip()) for f in ed.furniture] == [("rule", "-=-=-=-=-=-=-")]
    text = " ".join(bodies(ed))
    assert "----------- ----------------------------" in text
    assert "-- a line of text that opens with two dashes" in text
    assert "* * *" in text


def test_a_title_page_s_imprint_dates_the_text_before_the_e_book_s_release_date():
    head = EBOOK_HEAD + "\nRelease Date: December 19, 2005 [EBook #17350]\n"
    ed = conv(head + textwrap.dedent("""
        A Test Book

        First published November 1920

        The book begins here, with a paragraph of its own. It goes on.
        """))
    date = report(ed)["found"]["date"]
    assert (date["value"], date["sure"]) == ("November 1920", False)
    assert "First published" in date["how"]
    # without the imprint, the copy's date, flagged as the copy's
    ed = conv(head + textwrap.dedent("""
        The book begins here, with a paragraph of its own, first published in a journal. It goes on.
        """))
    date = report(ed)["found"]["date"]
    # the date the field gives, never the e-book's number after it
    assert (date["value"], date["sure"]) == ("December 19, 2005", False)
    assert "the copy's date" in date["how"]


# -- Identifiers are not words run together; each separation is warned of ---------------------------------

MANUAL = wrapped(
    "The package is loaded by adding the command \\usepackage{glosses} to the preamble of your document, "
    "and it then takes several options that change how the glosses are set on the page of the book.",
    "keeplayout: Do not tweak the layout of the examples, which the package otherwise changes a little "
    "to make them fit the margins of the page better than they would by default.",
    "nopagebreaks: If this option is set, the package will try hard to prevent page breaks within "
    "glosses, which you can also prevent by putting the gloss in a parbox or minipage by hand.",
    "Theirauthoritydid not survive the famine, and themeans of production were lost, as the "
    "commentators of the package never tire of saying in their long and learned prefaces.",
)


def test_identifiers_of_a_technical_witness_are_not_separated_but_prose_runs_are():
    ed = convert(read_text(MANUAL))
    text = " ".join(bodies(ed))
    for identifier in ("keeplayout:", "nopagebreaks:", "minipage"):
        assert identifier in text
    # near misses in the same witness: a run that begins with a capital, a pair with a word of prose
    assert {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"} == {
        ("Theirauthoritydid", "Their authority did"), ("themeans", "the means")}


def test_the_same_runs_in_prose_are_separated():
    # no code quoted: the run of three is no identifier, and it shows the extraction runs words
    prose = MANUAL.replace("\\usepackage{glosses}", "of the glosses")
    ed = convert(read_text(prose))
    separations = {(e.reading, e.lemma) for e in ed.apparatus if e.kind == "separation"}
    assert ("nopagebreaks", "no page breaks") in separations
    assert ("Theirauthoritydid", "Their authority did") in separations


@pytest.mark.parametrize(("token", "parts", "in_technical", "sure"), [
    ("keeplayout", ["keep", "layout"], True, False),
    ("noglossbreaks", ["no", "gloss", "breaks"], True, False),
    ("owncounter", ["own", "counter"], True, False),
    ("themeans", ["the", "means"], True, True),  # "the" begins no identifier
    ("theremust", ["there", "must"], True, True),
    ("Theirauthoritydid", ["Their", "authority", "did"], True, True),  # a capital: no option's name
    ("keeplayout", ["keep", "layout"], False, True),  # prose: split_glued decides alone
])
def test_a_separation_is_sure_unless_it_may_be_an_identifier(token, parts, in_technical, sure):
    from edition.witness.lexicon import sure_separation

    assert sure_separation(token, parts, in_technical) is sure


@pytest.mark.parametrize(("text", "is_technical"), [
    ("Load it with \\usepackage{x}.", True), ("The file_name is read.", True), ("Call main() first.", True),
    ("A text of prose (with brackets) and a line\nbreak, C:/ and 50\\%.", False),
])
def test_a_technical_witness_is_one_that_quotes_code(text, is_technical):
    from edition.witness.lexicon import technical

    assert technical(text) is is_technical


def test_a_prefix_before_a_colon_keeps_its_name():
    glued = wrapped(
        "The article links to de:Nathan and fr:Paris in other languages, as a wiki does, and the page "
        "goes on for some lines more.It ends with a sentence glued to the one before by the extraction.",
        "A second paragraph follows it and ends the text of the page that is read here.",
    )
    ed = convert(read_text(glued))
    text = " ".join(bodies(ed))
    assert "de:Nathan" in text and "fr:Paris" in text
    # the near miss: a full stop glued to the next sentence is separated
    assert {e.reading for e in ed.apparatus if e.kind == "separation"} == {"more.It"}


@pytest.mark.parametrize("heading, recased", [
    ("T H E  T E C H N I C A L  D O C U M E N T A T I O N", None),  # letter-spaced: no words to recase
    ("TH E TE CH N ICA L DOCU ME NTATIO N", None),  # the same as an extraction reads it
    ("README", None),  # a file's name
    ("KROPOTKIN", None),  # no known word: kept as it stands
    # near misses: headings of words are recased, names and numerals among them
    ("THE TECHNICAL DOCUMENTATION", "The Technical Documentation"),
    ("PETER KROPOTKIN", "Peter Kropotkin"),
    ("PART IV OF THE BOOK", "Part IV of the Book"),  # its numeral kept in capitals
])
def test_no_recasing_of_capitals_that_are_not_words(heading, recased):
    from edition.witness.inline import heading_edit

    edit = heading_edit(heading)
    assert (plain(edit.pieces) if edit else None) == recased


# -- Invisible characters: kept visibly and named, save the joiners of scripts that use them ----------------

@pytest.mark.parametrize(("char", "kept"), [
    ("\u202e", False), ("\u202a", False), ("\u2066", False), ("\u2069", False),  # bidi overrides, isolates
    ("\u200b", False), ("\u200c", False), ("\u200d", False),
    # red team round 8: the directional marks in Latin text, the other invisible format characters
    ("\u200e", False), ("\u200f", False), ("\u061c", False), ("\u180e", False), ("\u2062", False),
    ("\u206a", False), ("\ufff9", False), ("\U000e0069", False), ("\u3164", False), ("\U0001d173", False),
    ("\u034f", False),
])
def test_an_invisible_character_between_latin_letters_is_printed_visibly_and_named(char, kept):
    ed = convert(read_text(f"Title\n\nThe word ev{char}il stands in the text.\n\nThe last paragraph.\n"))
    assert "ev\ufffdil" in " ".join(bodies(ed))
    (decision,) = [d for d in ed.decisions if d.what == "invisible characters"]
    assert decision.value.startswith(f"U+{ord(char):04X} ") and decision.lineno == 3 and not decision.sure


@pytest.mark.parametrize("text", [
    "Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 keeps its non-joiner.",  # ZWNJ inside a Persian word
    "Hindi \u0915\u094d\u200d\u0937 keeps its joiner.",  # ZWJ after a virama
    "An emoji \U0001F469\u200d\U0001F4BB keeps its joiner.",  # ZWJ inside an emoji sequence
    "An emoji \U0001F469\U0001F3FB\u200d\U0001F4BB keeps its joiner after a skin tone.",
    "Hebrew \u05e9\u05dc\u05d5\u05dd\u200f keeps its right-to-left mark.",  # RLM beside a Hebrew letter
])
def test_a_joiner_inside_a_script_that_uses_it_is_the_text_s_own(text):
    # the near miss of the test above: the same characters between letters of a script that joins them
    ed = convert(read_text(f"Title\n\n{text}\n\nThe last paragraph.\n"))
    assert text in " ".join(bodies(ed))
    assert not [d for d in ed.decisions if d.what == "invisible characters"]


@pytest.mark.parametrize("text", [
    "His beliefs\u2060\u2014such as they were\u2060\u2014stood.",  # an ebook's joiner beside each em dash
    "The word ev\u2060il stands.", "The town at 55\u00b045\u2032\ufeff21\u2033N stands.",
    "A joiner before a stop\u2060.", "A joiner after a quote \u201c\u2060so\u201d stands.",
])
def test_a_word_joiner_beside_signs_that_do_not_break_is_removed_and_counted(text):
    ed = convert(read_text(f"Title\n\n{text}\n\nThe last paragraph.\n"))
    joined = " ".join(bodies(ed))
    assert text.replace("\u2060", "").replace("\ufeff", "") in joined and "\ufffd" not in joined
    (decision,) = [d for d in ed.decisions if d.what == "word joiners"]
    assert decision.lineno == 3 and f"{text.count(chr(0x2060)) + text.count(chr(0xfeff))} in all" in decision.how
    assert not [d for d in ed.decisions if d.what == "invisible characters"]
    assert "**Word joiners removed.** U+" in render(ed)


@pytest.mark.parametrize("text", [
    "Arabic \u0628\u2060\u0628 keeps its joiner.", "Hindi \u0915\u2060\u0937 keeps its joiner.",
    "Devanagari \u0915\ufeff\u0937 keeps its no-break space.",
])
def test_a_word_joiner_beside_a_letter_of_a_joining_script_is_kept(text):
    ed = convert(read_text(f"Title\n\n{text}\n\nThe last paragraph.\n"))
    assert text in " ".join(bodies(ed))
    assert not [d for d in ed.decisions if d.what in ("word joiners", "invisible characters")]


def test_a_direction_override_beside_a_word_joiner_stays_visible():
    # Trojan Source: the override reorders what follows it; the joiner beside it is removed, it stays
    ed = convert(read_text("Title\n\nThe word ev\u2060\u202eil\u2060 stands.\n\nThe last paragraph.\n"))
    assert "ev\ufffdil stands" in " ".join(bodies(ed))
    assert {d.what: d.value for d in ed.decisions if d.what in ("word joiners", "invisible characters")} == {
        "word joiners": "U+2060 WORD JOINER", "invisible characters": "U+202E RIGHT-TO-LEFT OVERRIDE"}


def test_many_word_joiners_are_removed_in_linear_time():
    from edition.witness.reading import joiners_of, normalise

    text = "Title\n\n" + "a\u2060\u2014b\n" * 50_000
    assert normalise(text).count("\u2060") == 0 and len(joiners_of(text)) == 50_000


@pytest.mark.parametrize("smuggled", [
    "pass\u180e\u200b\u180eword",  # flanked by a format character of a joining script's block
    "se\ufe0f\u200d\ufe0fcret",  # by presentation selectors
    "ab\u061c\u200c\u061ccd",  # by the Arabic letter mark
    "q\U0001F3FB\u200d\U0001F3FBz",  # by skin tones, which begin no emoji
    "it\u2600\u200b\u2600s",  # a zero-width space beside emoji: only a joiner joins them
])
def test_a_joiner_flanked_by_other_signs_than_a_script_s_letters_is_named(smuggled):
    # red team round 8: the joiners were kept beside any character of the scripts' blocks
    ed = convert(read_text(f"Title\n\nThe word {smuggled} stands.\n\nThe last paragraph.\n"))
    (decision,) = [d for d in ed.decisions if d.what == "invisible characters"]
    assert any(name in decision.value for name in ("U+200B", "U+200C", "U+200D"))
    assert not any(c in " ".join(bodies(ed)) for c in "\u200b\u200c\u200d")


def test_the_invisible_characters_are_named_in_the_printed_apparatus():
    # red team round 8: the statement was in the report and the warnings, not in the edition's apparatus
    myst = render(convert(read_text("Title\n\nThe word ev\u202eil stands.\n\nThe last paragraph.\n")))
    assert "**Invisible characters.** U+202E RIGHT-TO-LEFT OVERRIDE" in myst


def test_many_zero_width_spaces_are_found_in_linear_time():
    from edition.witness.reading import controls_of

    text = "Title\n\n" + "wo\u200brd\n" * 50_000
    found = controls_of(text)  # one count of the lines from each one found to the next, not from the start
    assert len(found) == 50_000 and found[0] == (3, 0x200B) and found[-1] == (50_002, 0x200B)


def test_invisible_characters_keep_the_offsets_and_the_control_characters_their_own_statement():
    ed = convert(read_text("Title\n\nA \x19 glyph and a \u202eword\u202c.\n\nThe last paragraph.\n"))
    assert "A \u2419 glyph and a \ufffdword\ufffd." in bodies(ed)
    assert {d.what: d.value for d in ed.decisions if d.what in ("control characters", "invisible characters")} == {
        "control characters": "U+0019",
        "invisible characters": "U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING"}


def test_a_soft_hyphen_inside_a_line_is_left_as_the_text_s_own():
    # today's reading, kept: a soft hyphen at a line's end joins the word (hyphenation), one inside a line
    # is a break the text allows, printed as such
    ed = convert(read_text("Title\n\nA hy\u00adphen inside a line.\n\nThe last paragraph.\n"))
    assert "hy\u00adphen" in " ".join(bodies(ed))
    assert not [d for d in ed.decisions if d.what == "invisible characters"]
