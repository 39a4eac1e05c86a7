"""Property: for any text in the witnesses' layouts, no word is lost.

Texts are generated from words, punctuation, note markers in every form
(``[1]``, ``[a]``, ``(1)``, ``¹``, glued ``line.1``, ``*``, ``†``), runs of
glued words, unbalanced brackets and quotes, MyST markup characters and
tabs, as paragraphs that are single lines (a web page) or hard-wrapped (a
PDF), with lines of furniture (menus, page counters, running heads,
bylines, "Signed: …" lines, a series' numbered headings, a signature in
capitals, a list in capitals, title-case headings, chapter labels, an e-book's
boundary and catalogue lines, long questions, sentences broken off) among them,
notes set after the paragraphs that call them, a note at a PDF page's foot, a note in braces, a sign's one note
under the article,
a first note on the line after the last paragraph, paragraphs without blank
lines between them, an archive's header lines, a Posted line and a name
under the title, runs of a site's links one to a line, verse with a refrain,
a note on a sign of its own (∗) beside a table's cell that begins with ``*``,
a wiki's "^" list of notes, skip links, date lines, infobox lines,
hatnotes, a news page's widgets, comments and a headline in its body, a feed's teasers, a thread of
comments stamped under their words and its form, a register's rule's title run into its fields, a promotion's
box over the menus and a headline over its byline and dates, a text's opening section, a release's dated headline;
every word of the input must appear, in order, in the generated MyST,
allowing only the interventions the apparatus records; and every word of
what is set aside as furniture must be in the apparatus.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert, report
from edition.witness.labels import body_label, normalise
from edition.witness.reading import read_text
from edition.writers.myst import render
from pieces import WRAPPED
from test_nothing_lost import expected_words

WORDS = st.sampled_from(
    "the workers state capital Soviet Union nomenklatura self-managing co-operation "
    "Lenin Trotsky’s “quoted” (aside) [1] [2] budget3 50 per cent. However, what? "
    "State CAPITAL Theymake a an of in — – ; : Ibid., p. 40. http://example.org/a/b "
    "Revolutionwhich ministries forma- tion cartloads intrenchment betake significantly,".split()
    # other marker forms, unbalanced brackets and quotes, MyST markup
    + "[a] [b] (1) (2) ¹ ² km² “lone ”lone [open close] (open close) *stars* _under_ `tick` "
    "<b> {x} $x$ | ~ & # ## % %per (target)= ^ \\ !".split()
    # markers glued to words and punctuation, symbols, runs of glued words
    + "line.1 article2 CO2 secret.* archive.† secret.∗ Theirauthoritydid theworkersstatewas".split()
    # names in code with numbers, a program's prompt, words an OCR broke without a hyphen
    + "z1 z2.index R> <- zoo(x) Acqui sition In creasing litera ture [3]".split()
    # runs that are one word: a derived form, a foreign word, a coined name, a site's name
    + "finalisations antiauthoritarianism forcejeando Primecoin theanarchistlibrary.org".split()
)
#: lines of furniture, by their form, and lines that stand alone but are not headings
FURNITURE = st.sampled_from([
    "English", "Home | About | Archive", "Home > Features > History", "Page 1 of 12",
    "Seite 2 von 12", "1 / 12", "Subscribe to our newsletter", "Share this: Facebook | Twitter",
    "157 158 SCIENCE & SOCIETY", "12", "JUNE 1999", "BY MARIA LIND", "By Anna Example",
    "Signed: The Executive Committee", "Note: this part is copied", "State Capitalism Before 1917",
    "Introduction", "M.C. Howard and J.E. King*", "The Weekly Worker",
    # forms met in real texts: a chapter's label, an e-book's boundary and catalogue lines, a long
    # question alone, a sentence broken off, an exclamation after a comma, a caption-like line
    "CHAPTER II", "*** START OF THIS PROJECT GUTENBERG EBOOK A TEXT ***",
    "Posting Date: November 25, 2012 [EBook #3076]", "FOOTNOTE:",
    "Well, then, what are we going to do when the storm has come at last?",
    "It is therefore self-evident that", "VAILLANT!", "The boy was a product of our own soil, that lulled him,",
    # forms met in PDFs others typeset: numbered headings in sentence case, a section's number alone,
    # a line of code, an institution, a list's item, a running head of the authors' names
    "2. The class of the plan and its methods", "2.1", 'R> library("zoo")', "Universität Innsbruck",
    "1. With the single command you can now include every entry", "Ada Morel, Ivan Petrov",
    # forms met in manuals and vignettes: a reader's toolbar, a long breadcrumb trail, TeX and R code,
    # a program's output, a numbered heading of the third level, authors in capitals, a formula,
    # a suspended hyphen that the extraction joined to its conjunction
    "Font Size:【Large】【Middle】【Small】 Add Bookmark", "HOME > Novels > A Title of the Text > Chapter 5",
    "\\usepackage[languagename]{babel}", "> sigma[2,1] <- 3/5", "[1] 0.8279847", '[1] "Normal Completion"',
    "1.2.1 A Numbered Heading", "ADA MOREL, IVAN PETROV, AND LENA ORTIZ", "P (X1 ≤ 1, X2 ≤ 4) ≈ 0.82798",
    "treats upperand lower-case alike",
    # round 7: a page's skip link, a date line alone, an OCR'd lone article, an infobox's line, a
    # wiki's hatnote and its heading with the edit link, a caption, a contents line, header fields
    # written out, an author after a dash
    "Jump to content", "Skip to main content", "12 March 2019", "Tuesday, 27 March 2001",
    "2001 March 27", "THE", "Born 12 May 1880", "Main article: Firefox", "History[edit]",
    "Figure 3: The output of the plan", "3 Methods .... 12", "Author: Jane Roe", "— Jane Roe",
    "Written by Jane Roe", "(Redirected from Trotsky)", "^ a b A note of a wiki's list.",
    # judge6: a byline dated in figures, a label over a headline, a comment's number over its stamp, a date line
    # with its verb, a wiki's link back in words
    "By ANN ROE & JOHN DOE | 10/9/10 7:15 AM EDT", "Main Content\nThe Plan Takes Shape",
    "Reply #7\nOct. 9, 2010 - 7:28 AM EST", "Reply\nQuote\nReport Abuse", "Published August 14, 2010",
    "Jump up ^ A note of a wiki's list.", "^ Jump up to: a b Another.",
    # forms of a header's front matter: a skip link, a date with its time or the year first, bylines with a
    # dash, a post, a date beside them, a date and its rubric, an Updated line, a wiki's tagline, a number
    "Jump to content", "Main menu", "Tuesday 12 March 2019, 10:41", "2001 March 27", "— Ada Morel, 27 March 2001",
    "By Ada Morel, Industrial Correspondent", "27 March 2001 | Ada Morel", "12 March 2019 | News",
    "Updated 13 March 2019, 10:41", "From Wikipedia, the free encyclopedia", "243", "THE",
    # the papers of a series in one file (issue 16): a numbered heading, a byline in capitals, a signature,
    # a line in capitals under a colon (a list's item)
    "LETTERS. No. 1", "LETTERS. No. 2", "No. 3", "MERCER", "CATO.", "I propose the following:\nTHE VALUE OF "
    "THE LEAGUE\nTHE WEAKNESS OF THE ARTICLES",
    # a news page's top: skip links in German, a news site's bylines (a handle, a time, bars and a page), a
    # picture's caption with its credit, a short notice amid menus
    "Inhalt", "Weitere Inhalte", "Metanavigation", "Suche", "By Ada Morel March 18 at 12:22 PM    Follow @adamorel",
    "By Ada Morel@adamorel Dec 10, 2016, 10:20am EST", "By Ada Morel | March 3, 2006 | Page 9",
    "Rep. Ada Morel. | A. Photographer/Agency", "Wrong language? Change it here",
    # false headings: a comment's head and its buttons, a form's fields, items side by side, an infobox's
    # fields, a contents list under its heading with a number glued to its entry
    "Ada Morel • 2 weeks ago", "Reply\nShare ›", "E-mail Address\nPassword\nSubscribe for Access\nForgot password?",
    "Item One · Item Two · Item Three", "Kingdom: Animalia\nPhylum: Chordata",
    "Contents\n1 Introduction\n2.1Plain Words", "III. I MAGE D ATA",
    # a news page's widgets and its body's headline: a comment widget's controls, a figure's toolbar, a
    # comment with its head and its button, a byline with the writer's post, a name over a stamped date line
    "Order by\n\nnewest\n\nShow 25\n\nAll", "Reuse this content", "Share this story About sharing",
    "Facebook   Twitter   Pinterest", "Ada Morel • 2 weeks ago\n\nA reader's word on it.\nReply",
    "By Ada Morel Health editor, The Ledger", "Storm Forces School Closures\n\nNews Wire\n\n"
    "Friday 13 November 2015 07.40 GMT   Last modified on Friday 13 November 2015 14.20 GMT",
    "MOSCOW   Tue Dec 30, 2014 4:33pm MSK", "Ada Morel Dec 28 2014, 8:01 AM ET",
    # a page's lookalikes of furniture (a listing's output, an address's number, an axis's tick, the limits of
    # sums, a chart's box), a preprint's stamp, an institution's sign alone, an archive's key over its title
    "Read 1 item\nRead 2385 items", "De Boelelaan 1081", "550", "l=1        l=1", "          HOME",
    "arXiv:2004.01234v3 [cs.CL] 30 Sep 2020", "†\nAcme AI", "Ann Lee 19321100 Letter to a Friend\n\nAnn Lee: "
    "Letter to a Friend",
    # a table extracted a column at a time (a head over dates alike, then a column of as many names), a chart's
    # tick over its axis's title, a command's output under it, a sentence that runs on into its list
    "Issue\n1911-03-02\n1911-03-09\n1911-03-16\n\nsender\nAnna\nBoris\nVera", "0.20\n       wavelength",
    'R> a <- readData("a.txt")\nRead 1 item\nRead 9 items',
    "The objectives were to assess\n1. the flow of the patients",
    # a feed's teasers (a stamp, a rubric, a headline over its byline, its dek) three times, a quick post among
    # them; a thread of comments stamped under their words below its form; a rule's title run into its fields; a
    # headline under a dated rubric; a site's name its copyright line names again
    "".join(f"10/1{n}/2020\npits\n\nThe Committees Are Divided, Part {n}\nBy Ada Teaser\nA split.\n\n"
            for n in (1, 2, 3)) + "7:00 a.m.\n\nAnd here come the delegates\n\n—@someone",
    "Your name *\n\nComment *\n\nBasic HTML\n\n" + "".join(
        f"Ada{n}\n\nA reader's word on it.\n\nreply\nApril {n}, 2018\n2:20 AM" + "\n\n" for n in (1, 2, 3)),
    "Rules for the Committees; Some\nPits\nAGENCY: Office of the Pits.\n\nACTION: Notice.",
    "pits  May 16, 2020\n\nThe Party Is the Problem. Is It the Solution?\n\nBy Ada Morel@adamorel",
    "Copyright 2015 © The Weekly Worker. All Rights Reserved.",
    # round j7: a wiki's edit link before its heading and glued to it, a site's clock, a letter's closing over its
    # signature one line a paragraph, a menu's "Your Account" over its buttons glued
    "[edit] Origin", "Das erste FestBearbeiten", "Tuesday, December 21, 2010 As of 6:42 PM EST",
    "With assurances of my deep respect,\nAda Morel\n[1] See the letter before.—Ed.",
    "Your AccountSign Out\nSign InSign Up",
    # a PDF's heads and boxes among its sentences: a side head with "(cont.)", a side head alone, a copyright's
    # box, an institution over its e-mail, a note's label wrapped before its number, "BY" alone over a name
    "Pharmacology (cont.)", "\nTrials\n", "Copyright is held by the author/owner(s). Workshop, 2010.\nReno, USA.",
    "University of Bologna\njane.roe@unibo.it", "Microwave Series\nI: horn omitted; respiration by hand.",
    "WALDEN\nBY\nHENRY DAVID THOREAU",
    # round j8: a heading with a number over its paragraph, a caption's last line with a year, numbered section
    # heads, a letter-spaced foot with its folio, a justified line exploded one word a line, a caption labelled
    # "Image 3.", a citation in parentheses under a broken line
    "Zone 4\nA semi-wild area.", "introduced the term\n\"permanent\nagriculture\" in 1911", "SECTION. 7.",
    "C H A R T E R  O F  T H E  G U I L D          2", "Arthur\nSimmons's\n1921\nessay\n[12]\nThe Idle Garden,",
    "Image 3. An ecosystem of the workshops. Source: Widget Guild", "of the\nmudstones\n\n(Selley et al., 2005). These",
])
#: a run of a site's links, one to a line (a menu, a tag cloud, a sidebar)
LINK_RUN = st.lists(st.sampled_from(["Home", "About", "Blog", "Contact", "Donate", "accounting",
                                     "Résumé", "Tag Cloud", "Log in", "Afrikaans", "Tiếng Việt",
                                     "December 2021", "Privacy policy"]),
                    min_size=3, max_size=8)
#: words are separated by spaces, sometimes by tabs
SEPARATOR = st.sampled_from([" "] * 8 + ["\t", " \t"])
SENTENCE = st.lists(st.tuples(WORDS, SEPARATOR), min_size=1, max_size=25).map(
    lambda pairs: "".join(word + sep for word, sep in pairs).strip()
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")


WIKI_HEADINGS = st.sampled_from([
    "", "", "",
    "Kinds[edit]\nKind\tWhat it holds\tSince\nstate_t\tThe saved state of the call.\tV1",
    "Causes\n[edit]\nMain article: The lockout of the pits",
    "***** A heading of the dump[edit] *****\nThe text goes on under it.",
])


def _proof_page() -> str:
    """A proof's page, its lines numbered in the margin (alone where the line is blank, glued to a word, a word's
    hyphen before its number), its folio under them; a note "N." at a page's foot inside a sentence."""
    numbered = [f"{n:<4}  the proof goes on over its lines as a page of a book does and it{'s' * n} ends"
                for n in range(1, 10)]
    numbered[3] = "4     "
    numbered[5] = "6     and a word is broken at the line's end by its hyphen, as the soft-"
    numbered[6] = "7R    ware of the proof sets it; the line is called somewhere in between37."
    return ("\n".join(numbered) + "\n\n   xiv PREFACE\n\n\f" + WRAPPED + "and it grew fast in the 1990s\n\n"
            "37.   Note that the rates are higher.\n\n\n   52\n\fin Italy and Spain.")


PROOF_PAGE = _proof_page()


def _margin_pages() -> str:
    """Pages of one column (``pdftotext -layout``) with a right margin's caption and pull quote beside the body's
    lines and on lines of their own: read apart, after the paragraph (or in place, between two paragraphs)."""
    body = [("    " if k % 6 else "         ") + "the lines of the body run on over the page as a memo's lines do in"
            + " its one column" + "s" * (k % 3) + "." * (k % 6 == 5) for k in range(24)]
    pages = []
    for n in (1, 2, 3):  # each page's own caption and quotation (a line the pages repeat is a running head)
        lines = list(body)
        lines[5] = lines[5].ljust(100) + f"“Nothing easier{'!' * n}”"
        lines[6] = " " * 100 + f"-- A. Writer {'I' * n}"
        lines[11] = lines[11].ljust(100) + f"Age {n + 3} years"
        # a quotation's lines parted by a line of the body; a caption on a line of its own after a paragraph's end
        lines[20] = lines[20].ljust(100) + "our tools for art and"
        lines[22] = lines[22].ljust(100) + f"the machines alike {'V' * n}."
        lines[18:18] = [" " * 100 + f"A photograph of the memo {'X' * n}", ""]
        pages.append("Memo M-1\n\n" + "\n".join(lines) + "\n\nMemo M-1\n")
    return "\f".join(pages)


MARGIN_PAGES = _margin_pages()


def wrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


#: a figure's caption in a box beside the prose (``pdftotext -layout``), its lines and the prose's in turn, a word
#: broken at the narrowed prose's line ends; a caption alone at a page's top inside a sentence
CAPTIONS_INSIDE = [
    "The check of the reading comes after the state capital can-\n" + " " * 50 + "Figure 2: The plan of the work-\n"
    "didate reading. The check considers whether the\n" + " " * 50 + "ers is a cycle.\n"
    "readings are sound and the copy is whole and sound.",
    "The errors of the scores are small in the last digit, except\n\f3 A RUNNING HEAD\n\n\n"
    "Figure 4: A plot of the readings of the copy.\n\n\nfor the scores of the third copy.",
    # a whole table between the halves of a sentence: its caption, its cells one a line, its notes
    "The copies of the second year were read less often than the others. Although the\n\f2 A RUNNING HEAD\n\n"
    "TABLE 1. Copies read by year and by hand\n1917\n\nCharacteristic\n\n1918\n\nCopies read\n\n61,206\n49,486"
    "\n\n(4.7)\n(5.9)\n\nAbbreviations: CI = confidence interval.\n\f3 A RUNNING HEAD\n\n"
    "odds of the second hand were higher in both years than those of the first.",
    # an engraving's short captions alone on their lines between the halves of a word and of a sentence
    "The guns were heard at night and the whole confed-\nRifled Shell.\neracy will fall before the summer.",
    "The pickets talked of the war and of the\nCanister Shot.\nFig. A.\nend of it in the coming summer.",
    # a caption glued to a word's first part at a line's end; a list's quoted phrases around a caption; panels'
    # labels inside a sentence
    "The guns were heard at night and the whole Southern confedRifled Shell.\neracy will fall before the summer.",
    "The news was only such phrases as \" Shiloh, \"\nGrape Shot.\n\"Fort Donelson,\" and others.",
    "I will share my rations with a prisoner, but have no\nNo. 1.\nNo. •>.\nuse for a coward in a tight place.",
    # a caption at a line's left beside the prose; a caption column interleaved with the prose (-layout)
    " " * 30 + "The guns were heard at night, and the\n" + " " * 30 + "whole Southern confed-\n"
    "     Rifled Shell.            eracy will fall before the summer,\n" + " " * 30 + "the men say at night.",
    " " * 39 + "The women did not all leave, and I sup-\n" + " " * 39 + "pose they have determined to\n"
    "Canister shot is a tin can filled with\n iron balls in saw-dust. They are       brave it out. Their losses\n"
    " held in place by the heads of the can,\n which are turned down over them when are heavy and their\n"
    " the can is filled with the balls.\n All cast iron, and are 27 in number.   cause is lost.",
    # a table labelled alone on its line inside a sentence, its note in words
    "The values agree with the counts, excepting the deciles for both Upper\n\nTable 4\nHalf-life (years)\nSite\n"
    "North Ck\nSouth Ck\n\n3.1\n4.2\n\n5.5\n6.6\n\nns Indicates that no fit was found.\n\n"
    "catchments and the lower deciles at West Ck.",
]


#: a section of our own making in Japanese and in Thai, scripts written without spaces
UNSPACED_SECTION = st.sampled_from([
    "歴史[編集]\n\n組合は一九二〇年に結成され、最初の大会には三百人の代表が出席した。その後の十年間で組合員の数は増えた。",
    "賃金の引き下げ\n労働時間の延長\n組合の解散\n\n炭鉱の労働者は町を離れ、南部の工場で新しい仕事を探さなければならなかった。",
    "メインページ\n\n最近の更新\n\nログイン\n\nアカウント作成",
    "ประวัติ\n\nสหภาพแรงงานก่อตั้งขึ้นในปีหนึ่งพันเก้าร้อยยี่สิบ และมีผู้แทนสามร้อยคนเข้าร่วมการประชุมครั้งแรก",
])
#: a statistical table's page: its caption, its headnote, its heads and rows (labels, dot leaders, figures in
#: columns), its notes and its source, the page's folio and foot, a form feed
STAT_TABLE = ("Table 9. Widgets by Maker: 2009\n[In thousands. Based on the survey of makers]\n"
              "                        Total      Large\nTotal . .  .  .  .  .\n"
              "                         11.0    8.2     2.1\n Makers of the\n"
              "  north. . . . . .       10.0    0.9     9.1\n Others . . . . . .      17.5    2.6    14.9\n"
              " 1 Except small makers.\n Source: Widget Office, Survey.\n\n206 Widget Makers and Trade\f")


#: sub-items' labels and a table's label alone on their lines at pages' tops, under a running head: the text's
LABELS_AT_TOPS = "".join(f"\fA RUNNING HEAD\n\n(a)\n\nthe rule applies;\n\n(b)\n\nTable {n}\n"
                         "The terms of the table\n\nThe text goes on after the labels." for n in (2, 3))


#: pages numbered at their foot, one with its number between a sentence's halves in mid-page (two raw columns)
FOLIO_IN_MID_PAGE = "".join(f"\f{WRAPPED}\n{n}\n" for n in (20, 21)) + (
    f"\f{WRAPPED}rising rates until canopy\n\n22\n\nclosure, a term of time.\n" + WRAPPED
    + "".join(f"\f{WRAPPED}\n{n}\n" for n in (23, 24)))


#: a thread of comments: each its name and date over its text, a reply link under it (no headings, every word kept)
COMMENT_THREAD = ("Jane Example April 26, 2017 at 10:22 am\n\nThe pits were closed that week.\n\nReply Link\n\n"
                  "Tom Sample May 1, 2017 at 7:59 am\n\nThey opened again in June.\n\nReply Link")


@st.composite
def witnesses(draw):
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=8))
    # lines of furniture at the top, between paragraphs and at the bottom
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        paragraphs.insert(draw(st.integers(min_value=0, max_value=len(paragraphs))), draw(FURNITURE))
    if draw(st.booleans()):
        # a run of links at the top, the bottom or between paragraphs, each alone or one to a line
        run = draw(LINK_RUN)
        paragraphs.insert(draw(st.sampled_from([0, len(paragraphs)])), draw(st.sampled_from(["\n\n", "\n"])).join(run))
    if draw(st.booleans()):
        # verse: short lines in stanzas, a refrain repeated
        paragraphs.append("The night is long and cold,\nAnd still the workers sing;\nThe bread is never sold.\n\n"
                          "The day is short and grey,\nAnd still the workers sing;\nThe rent is due today.")
    if draw(st.booleans()):
        # a picture's caption without its stop, too long for a heading, over a short paragraph: in a page copied
        # without blank lines, a line "broken" in mid-sentence among whole paragraphs (a web page, no PDF)
        paragraphs.insert(draw(st.integers(min_value=0, max_value=len(paragraphs))),
                          "Delegates of the mills gathered on the bank of the river during the third strike of "
                          "the weavers\nThe council sat for seventy days.")
    title = draw(st.sampled_from([
        "", "A Title of the Text\n\n", "Title: Some text\nDate: 1999\n\n",
        # an archive's record under the title, a blog's Posted line, a name under the title
        "An Archive | Main Page\nA Title of the Text\nWritten: 1921\nSource: Works, volume 2, pp. 4–9\n"
        "Transcription/Markup: A. Volunteer\nPublic Domain: An Archive 2004. You may copy it.\n\n",
        "A Title of the Text\n\nPosted by Lena Ortiz on 14 May 2009\n\n",
        "A Title of the Text\nAda Morel\n",
        # an article's head in a PDF: a title over two lines, its authors, their institutions
        "A Title of the Plan in the\nSoviet Industry\nAda Morel\n\nIvan Petrov\n\nUniversity of Nowhere\n\n",
        # front matter (issue 16, B): a menu one item a line under a skip link, a title broken after "THE",
        # a PDF's authors in columns with their institutions and addresses, a field's value wrapped,
        # a letter's number under its author, a journal's masthead
        "Jump to content\nMain menu\nmove to sidebar\nhide\nNavigation\n\nA Title of the Text\n\n",
        "THE\n\nTITLE OF THE TEXT\n\nBY ADA MOREL\n\n",
        "        A Title of the Text\n\n   Ada Morel          Ivan Petrov\n   Nowhere Project    Some Lab\n"
        "   ada@example.org    ivan@example.org\n\n",
        "A Title of the Text\n\nWritten: 1921\nPublic Domain: An Archive 2004. You may copy it, display\n"
        "and perform it.\n\n",
        "Ada Morel\n\n243\n\nTo: A COMRADE\n\nWritten: 1913\nSource: Works, volume 37.\n\n",
        "JSS\n\nJournal of Studies\nAugust 2014, Volume 59, Issue 10.\n\nhttp://www.example.org/\n\n"
        "A Title of the Text\nAda Morel\nUniversity of Nowhere\n\n",
        # an archive's author-year line above the title, and the date in brackets under it
        "Ada Morel 1909\nA Title of the Text\n(March 1910)\n\n",
        # a news page's top: the site's name, its menu, its section and the date above the headline and its
        # byline, a comment count glued to the byline
        "The Daily Ledger\n\nMenu\nPolitics\nSubscribe\n\nPolitics\nNov 22, 2014\n\nA Title of the Text\n\n"
        "By Ada Morel and Ivan Petrov24 comments\n\n",
        # a wiki's title in the browser's form over its skip link; a wiki's title and tagline in one run of lines;
        # a page's tabs over the headline and a news agency's dateline
        "A Title of the Text - Wikipedia\nJump to content\nMain menu\n\n",
        "A Title of the Text\nFrom Wikipedia, the free encyclopedia\nJump to navigation Jump to search\n\n",
        "Article\nComments (0)\n\nA Title of the Text\n\nMOSCOW Tue Dec 30, 2014 4:33pm IST\n\n",
        # a paper's label of its type over its title broken over lines and its numbered authors; a section's
        # label the page gives twice over the headline and a byline with the writer's post
        "RESEARCH ARTICLE\n\nA Title of the Plan in\nthe Soviet Industry\nAda Morel1, Ivan Petrov2*\n\n",
        "Politics\n\nPolitics\n\nA Title of the Text\n\nBy Ada Morel Politics editor, The Ledger\n\n",
        # an archive's author over its title wrapped over two lines, the record's kind, the record; a title that
        # ends with its date over a record without colons; a paper's authors run over two lines, a line after them
        "A. M.   Morel\n\nA Title of the Plan in the\nSoviet Industry, May 3, 1921\n\nShorthand Report\n\n"
        "Delivered: May 3, 1921\nSource: Works, volume 2, pp. 4–9\n\n",
        "Letter to Ivan Petrov, May 3, 1921\n\nAuthor(s) Ada Morel\nWritten 3 May 1921\n\n\n"
        "Printed according to the original\n\n\nMOREL TO IVAN PETROV\n\nIN LEEDS\n\n",
        "RESEARCH ARTICLE\n\nA Title of the Plan in\nthe Soviet Industry\nAda Morel1☯, Ivan Petrov2*,\nLena Ortiz3\n"
        "x1111\nx1111\n\n",
        # a promotion's box over the site's menus, the headline below them over its byline and its dates; a text's
        # opening section with numbered sections (below, in its paragraphs); a release's date over its headline
        "Home\n\nPolitics\n\nWorld\n\nMagazine\n\nLatest Issue\n\nThe June issue: Ada Morel asks what next for the "
        "party, and more.\nRead Now   Or Checkout the archive\n\nPrevious\n\nMay 2022\n\nEssays   Magazine\n\n"
        "A Title of the Text\n\nA standfirst of one sentence about the text.\n\nBy  Ada Morel\nJanuary 19, 2017\n"
        "February 2017\n\n",
        "Preliminary\n\nI. A Section of the Text\n\nII. Another Section\n\n",
        "Home\nIssues\nBriefing Room\nSpeeches\n\nFor Immediate Release\nApril 11, 2015\n\nA Title of the Text\n\n",
    ]))
    if draw(st.booleans()):
        width = draw(st.integers(min_value=40, max_value=100))
        paragraphs = [wrap(p, width) for p in paragraphs]
    notes = draw(st.sampled_from([
        "",
        "\n[1] A note. (Translator)\n\n[2] Ibid., p. 4.\n",
        "\n[a] A lettered note.\n\nIts second paragraph.\n\n[b] Another *lettered* note.\n",
        "\n(1) A note in parentheses.\n(2) The next, on the next line.\n",
        "\n¹ A note with a superscript label.\n\n² % Another, with `markup` [unbalanced.\n",
        "\n1 Quoted in a history.\n\n2 Ibid., p. 4.\n",
        # the first note on the line after the last paragraph, no blank line between
        "1 Quoted in a history.\n2 Ibid., p. 4.\n",
        "\n* A note on a sign.\n\n† Another.\n",
        # a number in braces, its note a line opening with it; a sign's one note with the site's lines under it
        "\nA sentence calls it here{1}.\n\n{1} A note in braces.\n",
        "\nA sentence calls it here* and goes on.\n\n* A note on a sign, the site's lines under it.\n\n"
        "More From Us\n\nTrending\n\nThe Latest\n\n"
        "One story\n\nAnother story\n\nContact\n",
        # a sign of its own (U+2217) for the note, and a table's cell that begins with an ASCII star
        "\n∗ A note on another sign.\n\n*reconstruction of the plan 1928 1932\n",
        # a wiki's list of notes, one "^" to a marker, "^ a b" for a note called twice
        "\nReferences[edit]\n\n^ A note of the wiki.\n^ a b Another, called twice.\n",
        # the same, its links back in words ("Jump up ^", "^ Jump up to: a b"), set aside with the carets
        "\nReferences[edit]\n\nJump up ^ A note of the wiki.\n^ Jump up to: a b Another, called twice.\n",
        # the same list numbered by a text dump, each number its body's place
        "\nReferences[edit]\n1. ^ A note of the wiki.\n2. ^ a b Another, called twice.\n",
        # a text dump's (html2text): its heading between marks, its items numbered and hung, a caret lost
        "\n***** References[edit] *****\n   1. ^A note of the dump, its\n      second line.\n"
        "   2. Another whose caret the dump lost.\nAuthority control\n",
        "\nNotes\n\n1. A numbered note.\n\n2. Another.\n",
        # numbered notes that numbers in parentheses glued to words call ("word(1)")
        "\nThe text calls its notes glued(1) to its words(2).\n\nNotes\n\n1. A numbered note.\n\n2. Another.\n",
        # a reference list that numbers in brackets cite, its heading glued to its first entry
        "\nReferences\n[1] Ada Morel. A Book of the Plan. Publisher, 1984.\n[2] Ivan Petrov. Another, 1999.\n",
    ]))
    # a wiki's headings as copies set them: over a table whose cells are apart by tabs, over its edit link
    # and a hatnote, between a text dump's marks; or none
    paragraphs += [p for p in [draw(WIKI_HEADINGS)] if p]
    if draw(st.booleans()):
        # a program's lines with their output, and a definition list a colon introduces
        paragraphs.append("> library(zoo)\n> x <- c(1, 2)\n[1] 1 2")
        paragraphs.append("There are two kinds of variables:\nglobal variables These are declared once.\n"
                          "entry variables These are read for each entry.")
    if draw(st.booleans()):
        # a PDF page whose foot holds the note its marker calls, then the next page
        paragraphs.append("The text calls a note at the foot of the page.1\n1\nThe note at the page's foot.\n"
                          "\f2 A RUNNING HEAD\nThe text goes on after the page break.")
    if draw(st.booleans()):
        # a note a plain extraction fused into a line of the running text, its marker above it
        paragraphs.append("The text calls its fused note7 here; the second part of the system\nis the ranker, "
                          "and it is 7Notably, we do not use\nthe ranker of the earlier work, as it was slow.\n"
                          "trained on the outputs of the first part of it.")
        # and notes at a column's foot set inside a word broken at the line's end, the text going on below them
        paragraphs.append("the vectors of the senses are set in one space, and they are made of the con7\n"
                          "https://example.org/tool\n8\nWe used the script of the authors.\n"
                          "text vectors of the synsets, which we then average over the senses.")
        # the same with notes of two lines, an address its line's end broke, the text going on after a blank line
        paragraphs.append("the vectors of the senses are set in one space, and they are made of the con9\n"
                          "https://example.org/\ntool-kit\n10\nWe used the script of the authors of\n"
                          "the earlier work.\n\ntext of the synsets, which we then average over the senses.")
        # the same, the word going on further down the page: under a figure's labels and the next column's lines
        paragraphs.append("the vectors of the senses are set in one space, and they are made of the con11\n"
                          "Wikipedia is a small set of documents for this\nand thus brings a bias.\n12\n"
                          "Lucene was used with its parameters.\n\n90\n\nTop-k accuracy (%)\n\n"
                          "traditional methods are compared, as the tables show.\n\n"
                          "text of the synsets, which we then average over the senses.")
        # a lone number and an address at a column's foot in a broken sentence, a number glued to a stop calls it;
        # a lone number over a sentence, the next called note's number under it
        paragraphs.append("the framework by Lee et al. (2017),13 comprising five sets, and the\n"
                          "two multilingual datasets of\n13\n\nhttp://example.org/eval/\n\n\fSemEval-13 and the rest.")
        paragraphs.append("the Word-in-Context task.15 We tested it, and the task is to determine if w occurs with "
                          "the\n14\n\nWe also report the nouns only.\n15\nhttps://example.org/glue/\n\n"
                          "same sense in both contexts.")
        # the word going on past a figure (its labels, its caption) and another column's prose that opens inside its
        # sentence: the sentence joined across them, the prose and the caption moved after the paragraph
        paragraphs.append("the vectors of the senses are set in one space, and they are made of the con16\n"
                          "Wikipedia is a small set of documents for this\nand thus brings a bias.\n17\n"
                          "Lucene was used with its parameters.\n\n80\n\nRecall (%)\n\n"
                          "traditional methods are compared, as the tables show.\n\n"
                          "The model is trained in batches of the same size.\n\nFigure 2: Recall with more "
                          "examples.\n\ntext of the synsets, which we then average over the senses.")
        # markers glued to a word's stop ("BERT.3 We"), the notes' numbers stacked over their texts at the page's foot
        paragraphs.append("We read them by means of BERT.3 We then used the library of the authors.4\n"
                          "and their values (Lee et al., 2019).5\n\n3\nWe discard the short sentences.\n\n4\n5\n\n"
                          "https://example.org/tool\nhttps://example.org/bench\n\fThe text goes on after the page.")
        # a table's cells a run of lines each under its caption; a sentence's first line standing alone; a reference
        # list's author line and venue on lines of their own
        paragraphs.append("Table 4. Selected metabolites and the pathways.\nCompound\n\nPathway involved\n\n"
                          "Pipecolate\n\nLysine degradation; biosynthesis of secondary metabolites\n\nGuanine\n\n"
                          "Indeed, when tested in the Word-in-Context (WiC)\n\ntask of the earlier work, it was read.")
        paragraphs.append("References\n\nSergey Brin. 1998. Extracting Patterns and Relations. In WebDB Workshop at\n\n"
                          "EDBT ’98.\n\nAdam Meyers, Michiko Kosaka, Satoshi Sekine, Ralph\n\nGrishman. 2001. Parsing.")
    paragraphs += [COMMENT_THREAD] * draw(st.booleans())
    paragraphs += CAPTIONS_INSIDE * draw(st.booleans())
    paragraphs += [PROOF_PAGE] * draw(st.booleans())
    paragraphs += [MARGIN_PAGES] * draw(st.booleans())
    paragraphs += [STAT_TABLE] * draw(st.booleans())
    paragraphs += [LABELS_AT_TOPS] * draw(st.booleans())
    paragraphs += [FOLIO_IN_MID_PAGE] * draw(st.booleans())
    if draw(st.booleans()):
        # a page number and a running head that repeats the title at the top of a page
        paragraphs.append("The page ends here, and the next one begins with its number and the\n\n3\n\f4\n\n"
                          "A Title of the Plan in the Soviet Industry\n\nrunning head above its text.")
    if draw(st.booleans()):
        # a browser's print: its address and counter at a page's foot, its time and the page's title at the next
        # page's head, a sentence going on across them
        paragraphs.append("The page of the print ends here, and the sentence goes on after the\n\n"
                          "about:reader?url=https://example.org/a-page 1 of 2\n\f12/3/26, 10:15 AM\n"
                          "A Title of the Text\n\nprint's header on the next page.")
    if not notes and draw(st.booleans()):
        # a note set after the paragraph that calls it, the text going on after it
        at = draw(st.integers(min_value=1, max_value=len(paragraphs)))
        paragraphs.insert(at, "[1] A note set after its paragraph.")
    # a web page copied without blank lines between its paragraphs, sometimes
    between = draw(st.sampled_from(["\n\n", "\n\n", "\n"]))
    # an archive's foot under the text and its notes, set aside whole
    foot = draw(st.sampled_from(["", "", "\nBack to the Miners Archive\nTranscribed by Anne Writer for the Miners "
                                 "Archive, 2004\n", "\nThe End\n\nMiners Internet Archive\n"]))
    # a section in a script written without spaces (its words counted by their characters), sometimes: its
    # heading with a wiki's edit link, its prose, a list, short lines of a menu
    at = draw(st.integers(min_value=0, max_value=len(paragraphs)))
    paragraphs[at:at] = draw(st.lists(UNSPACED_SECTION, max_size=1))
    return title + between.join(paragraphs) + "\n" + notes + foot


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(witnesses())
def test_every_word_survives_conversion(text):
    witness = read_text(text)
    # the apparatus's offsets are into the witness as read (a PDF's form feeds taken out)
    text = witness.text
    edition = convert(witness)
    myst = render(edition)
    apparatus = report(edition)["apparatus"]
    found = re.findall(r"[^\W\d_]+", normalise(myst))
    lines = text.split("\n")
    i = 0
    #: where the running text stands while a note set in its place is read
    running = 0
    current = None
    # superscript digits are numbers (note markers here), not words: compare
    # them as digits (the same length, so the apparatus's offsets still hold)
    #: the header's lines: the title is printed first, above a date or a Posted line the witness
    #: sets over it, so their words are looked for in the whole page, not in order
    header = {field.lineno for field in edition.header}
    for word, line in expected_words(normalise(text), apparatus):
        if line in header:
            assert word in found, f"line {line}: {word!r} of the header lost\n---\n{text}\n---\n{myst}"
            continue
        # the notes may be printed in another order than the witness's: order is
        # checked within the running text and within each note
        if body_label(lines[line - 1]) and line != current:
            if current is None:
                running = i
            current, i = line, 0
        elif current is not None and line != current and word not in found[i:]:
            # after a note set after its paragraph, the running text goes on where it stood
            current, i = None, running
        assert word in found[i:], f"line {line}: {word!r} lost\n---\n{text}\n---\n{myst}"
        i = found.index(word, i) + 1
    # no word is made that the witness does not read, but in the apparatus (issue 16): each word of the
    # running text's pieces is one of the witness's (a piece's first and last may be part of one, a note's
    # marker or an emphasis beside them), or an intervention's lemma (a line-end hyphen removed or kept, words
    # separated) that the apparatus records
    made_words(edition, text, apparatus)
    # what is set aside is not lost either: the apparatus lists it; what is moved (a caption printed after the
    # paragraph it interrupts) is printed
    listed = re.findall(r"[^\W\d_]+", normalise(myst))
    for entry in apparatus:
        if entry["kind"] == "moved":
            for word in re.findall(r"[^\W\d_]+", normalise(entry["reading"])):
                assert word in listed, f"line {entry['lineno']}: moved {word!r} lost\n---\n{text}\n---\n{myst}"
        if entry["kind"] == "furniture":
            for word in re.findall(r"[^\W\d_]+", normalise(entry["reading"])):
                assert word in listed, f"line {entry['lineno']}: furniture {word!r} lost\n---\n{text}\n---\n{myst}"


def made_words(edition, text: str, apparatus: list[dict]) -> None:
    """Assert that each word of *edition*'s text pieces is a word of the witness *text* or of a lemma the
    apparatus records: no join or split without an entry."""
    from edition.model import Text

    witness_words = set(text.split())
    bare = "".join(".,;:!?()[]“”\"‘’'*†‡∗—–")
    recorded = {w.strip(bare) for entry in apparatus if entry["kind"] != "furniture"
                for w in (entry["lemma"] or "").split()}
    for piece in edition.all_pieces():
        if not isinstance(piece, Text):
            continue
        tokens = piece.value.split()
        for k, token in enumerate(tokens):
            edge = k == 0 or k == len(tokens) - 1
            if token in witness_words or token.strip(bare) in recorded or (edge and token in text):
                continue
            if any(len(lemma) > 2 and lemma in token for lemma in recorded):
                continue  # a lemma inside a word: "forma-self" of "forma-self-managing"
            raise AssertionError(f"{token!r} is no word of the witness and no entry records it\n---\n{text}")
