"""Reading a witness: bytes → text → lines, with offsets kept.

Every later step refers to the witness by character offsets into the text
returned here, so that each editorial intervention can name exactly what
the witness reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from .errors import EditionError


class Line(NamedTuple):
    """One line of a witness."""

    #: the line's text, without its line break
    text: str
    #: 1-based line number in the witness
    lineno: int
    #: offset of the line's first character in the witness text
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


class Witness(NamedTuple):
    """A witness as read: its decoded text and its lines."""

    #: where the witness was read from
    path: str
    #: the text, decoded, line breaks normalised to ``\\n``
    text: str
    #: the lines of :attr:`text`
    lines: list[Line]
    #: how the bytes were decoded (``utf-8`` or ``utf-8-sig``)
    encoding: str


def decode(data: bytes, path: str = "<input>") -> tuple[str, str]:
    """Decode witness bytes as UTF-8, refusing anything else.

    :param data: the raw bytes
    :param path: the file name, for messages
    :return: the text with line breaks normalised, and the encoding used
    :raises EditionError: for binary data or bytes that are not UTF-8,
        naming the line of the first bad byte
    """
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise EditionError("binary data (a NUL byte): not a plain-text witness", path, line)
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise EditionError(
            f"not UTF-8 (byte 0x{data[err.start]:02x}); convert the file to UTF-8 first, "
            "e.g. with iconv -f cp1252 -t utf-8",
            path,
            line,
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def split_lines(text: str) -> list[Line]:
    """Split *text* into :class:`Line` records with their offsets."""
    lines = []
    start = 0
    for lineno, chunk in enumerate(text.split("\n"), start=1):
        lines.append(Line(chunk, lineno, start))
        start += len(chunk) + 1
    if lines and lines[-1].text == "":
        lines.pop()  # the final line break ends the last line; it opens none
    return lines


def read_text(text: str, path: str = "<input>") -> Witness:
    """Make a :class:`Witness` of a string (used by tests and by :func:`read_witness`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Witness(path, text, split_lines(text), "utf-8")


def read_witness(path: str | Path) -> Witness:
    """Read a witness file.

    :raises EditionError: when the file cannot be read or is not UTF-8 text
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise EditionError(f"cannot read the witness: {err.strerror}", path) from None
    text, encoding = decode(data, str(path))
    if not text.strip():
        raise EditionError("the witness is empty", path, 1)
    return Witness(str(path), text, split_lines(text), encoding)
