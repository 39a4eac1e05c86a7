"""A right margin's column of captions and pull quotes beside a page of one column (``pdftotext -layout``).

Made-up pages of the form a judge found (judge7: S1-A): a one-column body whose lines end short of a column in the
right margin (a pull quote, its author, a photograph's caption), the margin's text set on the same lines far right of
the body's right edge, or on lines of its own there. The margin is read apart: the body's sentences rejoined, the
margin's text printed after the paragraph it stands beside and recorded as moved. Near misses: no pages shown
(no form feeds), a wide table's row, a page of two columns, a right-aligned page number.
"""

from __future__ import annotations

from edition.convert import convert
from edition.witness.reading import read_text
from pieces import plain

#: a page's body of one column, its paragraphs set in, each line of prose the column's full width
BODY = [
    "    The future is easier to tell than the past, because it has not happened yet and we can",
    "    be vague about it, but the past is messy, for it has happened in all its details at once.",
    "         I think the most important thing that happened to me in my life happened very",
    "    early: learning to read fluently some years before I went to school. My earliest",
    "    memories are of books, and it is hard to read widely and not meet many views of the",
    "    same ideas, even in the reading of a child. One of the first adult books I read was",
    "    my father's copy of a book of myths, and the most important part of it was the last",
    "    section on the myths of the North, which gave a comparison with the mostly Greek myths",
    "    presented in the front of the book.",
    "         For the first time I got a sense that different groups made up different stories",
    "    for the same topics, and that there was more than one point of view on each of them,",
    "    so that there was no reason to accept anything that was written down at face value.",
    "    A few years later I saw that the word not could be added to any claim whatever it was.",
]
MARGIN = {2: "“Nothing easier.”", 3: "-- T. Wilder", 7: "Aged four"}


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _memo_page(margin: dict[int, str], col: int = 100) -> str:
    out = ["Memo M-1   1", ""]
    out += [line.ljust(col) + margin[k] if k in margin else line for k, line in enumerate(BODY + BODY)]
    return "\n".join([*out, "", "Memo M-1   2"]) + "\n"


def test_a_right_margin_s_captions_are_read_apart_after_the_paragraph_they_stand_beside():
    ed = convert(read_text("\f".join([_memo_page(MARGIN), _memo_page({}), _memo_page({})])))
    running = _running(ed)
    assert "the mostly Greek myths presented in the front of the book." in running
    assert "happened very early: learning" in running
    texts = [plain(b.pieces) for b in ed.blocks]
    at = next(k for k, t in enumerate(texts) if t.endswith("presented in the front of the book."))
    assert texts[at + 1:at + 4] == ["“Nothing easier.”", "-- T. Wilder", "Aged four"]
    # a caption, short and alone between paragraphs, is no heading
    assert [b.kind for b in ed.blocks[at + 1:at + 4]] == ["paragraph"] * 3
    assert [d.value for d in ed.decisions if d.what == "columns"] == ["page 1, lines 1–30"]
    moved = [e for e in ed.apparatus if e.kind == "moved"]
    assert [e.reading for e in moved] == ["“Nothing easier.”", "-- T. Wilder", "Aged four"]
    assert [e.lineno for e in moved] == [5, 6, 10]
    text = read_text("\f".join([_memo_page(MARGIN), _memo_page({}), _memo_page({})])).text
    assert all(text[e.start:e.end] == e.reading for e in moved)


def test_a_margin_s_run_goes_on_above_the_page_s_folio():
    # the margin's caption's last line stands among the page's last lines, above the folio: the caption's still
    page = _memo_page({25: "Books at home were many and"}).replace(
        "\n\nMemo M-1   2", "\n" + " " * 100 + "interesting\n\nMemo M-1   2")
    ed = convert(read_text("\f".join([page, _memo_page({}), _memo_page({})])))
    texts = [plain(b.pieces) for b in ed.blocks]
    assert "Books at home were many and interesting" in texts
    assert "interesting" not in texts


def test_a_caption_on_lines_of_its_own_between_two_paragraphs_stays_there():
    # (the page's second paragraph ends on the body's ninth line; the caption stands under it, the body's lines
    # apart; a quotation beside the body's lines further down)
    lines = _memo_page({20: "-- T. Wilder"}).split("\n")
    lines[11:11] = ["", " " * 100 + "Mary Roe, my teacher", " " * 100 + "in the fourth grade", ""]
    ed = convert(read_text("\f".join(["\n".join(lines), _memo_page({}), _memo_page({})])))
    texts = [plain(b.pieces) for b in ed.blocks]
    at = texts.index("Mary Roe, my teacher in the fourth grade")
    assert texts[at - 1].endswith("presented in the front of the book.")
    assert texts[at + 1].startswith("For the first time")


def test_a_margin_s_line_goes_on_past_a_line_of_the_body_between():
    # a quotation's line unended, the next of its lines two lines down (the body's paragraph's first line beside
    # neither): one paragraph, after the body's paragraph
    lines = _memo_page({7: "We have close ties to", 8: "our tools for art, and"}).split("\n")
    lines[12] = lines[12].ljust(100) + "the same holds of machines."
    ed = convert(read_text("\f".join(["\n".join(lines), _memo_page({}), _memo_page({})])))
    texts = [plain(b.pieces) for b in ed.blocks]
    assert "We have close ties to our tools for art, and the same holds of machines." in texts
    assert "the mostly Greek myths presented in the front of the book." in _running(ed)


def test_near_miss_without_form_feeds_the_lines_are_read_as_they_stand():
    ed = convert(read_text(_memo_page(MARGIN)))
    assert "Greek myths Aged four presented" in _running(ed)
    assert not [d for d in ed.decisions if d.what == "columns"]


def test_near_miss_a_wide_table_s_row_is_no_margin_s_text():
    page = _memo_page({}).replace(BODY[4] + "\n", "    Delegates      Share      Votes      Seats" + " " * 30
                                    + "Total votes\n", 1)
    ed = convert(read_text("\f".join([page, _memo_page({}), _memo_page({})])))
    assert "Total votes" in _running(ed)
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_near_miss_a_page_number_at_the_right_is_no_margin_s_text():
    pages = [_memo_page({}).replace("Memo M-1   2", "Memo M-1" + " " * 100 + str(n)) for n in (1, 2, 3)]
    ed = convert(read_text("\f".join(pages)))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    assert not [d for d in ed.decisions if d.what == "columns" and "margin" in d.how]


def test_near_miss_two_columns_of_prose_are_read_as_columns_not_a_margin():
    left = [line.strip()[:40].ljust(44) for line in BODY + BODY]
    right = [line.strip()[:40] for line in reversed(BODY + BODY)]
    page = "\n".join("    " + a + b for a, b in zip(left, right, strict=True))
    ed = convert(read_text("\f".join([page + "\n", page + "\n", page + "\n"])))
    assert not [e for e in ed.apparatus if e.kind == "moved" and "margin" in e.note]


def test_near_miss_a_proof_s_line_numbers_in_the_right_margin_are_no_captions():
    page = _memo_page({k: str(k + 1) for k in range(4, 26, 5)})
    ed = convert(read_text("\f".join([page, page, page])))
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_near_miss_a_date_set_right_above_the_body_is_no_caption():
    page = _memo_page({}).replace("Memo M-1   1\n", "Memo M-1   1\n" + " " * 100 + "May 1, 2007\n", 1)
    ed = convert(read_text("\f".join([page, _memo_page({}), _memo_page({})])))
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_near_miss_an_indented_quotation_is_the_body_s():
    lines = _memo_page({}).split("\n")
    lines[11:11] = ["", "              “Nothing is easier than to tell the future, and nothing",
                    "              harder than to tell the past.”", ""]
    ed = convert(read_text("\f".join(["\n".join(lines), _memo_page({}), _memo_page({})])))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    assert "harder than to tell the past.”" in _running(ed)
