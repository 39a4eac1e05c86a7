"""Reading a witness: encodings, line ends, refusals with file and line."""

import pytest

from edition.errors import EditionError
from edition.witness.reading import decode, read_text, read_witness


def test_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle line\r\n\r\nA paragraph.\r\n")
    witness = read_witness(path)
    assert witness.encoding == "utf-8-sig"
    assert witness.text == "Title line\n\nA paragraph.\n"
    assert [line.text for line in witness.lines] == ["Title line", "", "A paragraph."]


def test_line_offsets_point_into_the_text():
    witness = read_text("one\n\nthree\n")
    for line in witness.lines:
        assert witness.text[line.start:line.end] == line.text
    assert [line.lineno for line in witness.lines] == [1, 2, 3]


def test_non_utf8_is_refused_with_its_line():
    with pytest.raises(EditionError) as err:
        decode(b"fine\nalso fine\ncaf\xe9\n", "latin.txt")
    assert str(err.value).startswith("latin.txt:3: not UTF-8")


def test_binary_data_is_refused(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"text\n\x00\x01\x02")
    with pytest.raises(EditionError, match=r"bin.txt:2: binary data"):
        read_witness(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n")
    with pytest.raises(EditionError, match="empty.txt:1: the witness is empty"):
        read_witness(path)


def test_form_feeds_are_dropped_and_the_pages_they_begin_remembered(tmp_path):
    witness = read_text("page one\n\fpage two\n")
    assert witness.text == "page one\npage two\n" and witness.page_starts == {2}
    path = tmp_path / "w.txt"
    path.write_bytes(b"one\r\ntwo\r\n\fthree\r\n\ffour\r\n")
    assert read_witness(path).page_starts == {3, 4}
