"""Nothing lost: every word of every witness is in the edition, in order.

For each witness, the words of the witness outside the furniture set aside,
with each recorded intervention applied, must appear in order in the built
HTML page of its text; and every reading the apparatus records (the
furniture included) must appear in the page too.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from htmltext import page_text, words


def expected_words(witness_text: str, apparatus: list[dict]) -> list[tuple[str, int]]:
    """The witness's words with the interventions applied, each with its line."""
    out: list[tuple[str, int]] = []
    pos = 0

    def take(text: str, offset: int):
        for match in __import__("re").finditer(r"[^\W\d_]+", text):
            out.append((match.group(0), witness_text.count("\n", 0, offset + match.start()) + 1))

    # a "citation" entry remarks on a wrong citation and changes no word
    interventions = [e for e in apparatus if e["kind"] != "citation"]
    for entry in sorted(interventions, key=lambda e: e["start"]):
        assert entry["start"] >= pos, f"overlapping apparatus entries at line {entry['lineno']}"
        take(witness_text[pos:entry["start"]], pos)
        if entry["kind"] != "furniture":
            for word in words(entry["lemma"]):
                out.append((word, entry["lineno"]))
        pos = entry["end"]
    take(witness_text[pos:], pos)
    return out


def first_missing(expected: list[tuple[str, int]], found: list[str]):
    """The first expected word not found in order in *found*, or None."""
    i = 0
    for word, line in expected:
        try:
            i = found.index(word, i) + 1
        except ValueError:
            return word, line
    return None


@pytest.fixture(scope="module")
def texts(manifest):
    return manifest.witnesses


@pytest.mark.build
@pytest.mark.parametrize("index", range(5))
def test_every_word_of_the_witness_is_in_its_page(index, texts, html_build, manifest):
    record = texts[index]
    witness_text = manifest.witness_path(record).read_text(encoding="utf-8")
    data = json.loads((ROOT / "docs" / "texts" / f"{record['id']}.apparatus.json").read_text("utf-8"))
    found = words(page_text(html_build / "texts" / f"{record['id']}.html"))
    expected = expected_words(witness_text, data["apparatus"])
    assert len(expected) > 500
    missing = first_missing(expected, found)
    assert missing is None, f"{record['file']}:{missing[1]}: the word {missing[0]!r} is not in the page in order"


@pytest.mark.build
@pytest.mark.parametrize("index", range(5))
def test_every_recorded_reading_is_shown_in_the_apparatus(index, texts, html_build):
    record = texts[index]
    data = json.loads((ROOT / "docs" / "texts" / f"{record['id']}.apparatus.json").read_text("utf-8"))
    page = " ".join(words(page_text(html_build / "texts" / f"{record['id']}.html")))
    for entry in data["apparatus"]:
        reading = " ".join(words(entry["reading"]))
        assert reading in page, f"{record['file']}:{entry['lineno']}: reading {entry['reading']!r} not shown"


def test_the_check_itself_detects_a_lost_word():
    expected = expected_words("alpha beta gamma", [])
    assert first_missing(expected, ["alpha", "gamma"]) == ("beta", 1)
    assert first_missing(expected, ["gamma", "beta", "alpha"]) == ("beta", 1)
    assert first_missing(expected, ["x", "alpha", "y", "beta", "gamma"]) is None


def test_interventions_replace_what_they_cover():
    witness = "A new forma-\ntion\nCaption end"

    def entry(kind, reading, lemma):
        start = witness.index(reading)
        return {"kind": kind, "start": start, "end": start + len(reading), "lineno": 1,
                "reading": reading, "lemma": lemma}

    apparatus = [entry("hyphenation", "forma-\ntion", "formation"), entry("furniture", "Caption", "")]
    assert [w for w, _ in expected_words(witness, apparatus)] == [
        "A", "new", "formation", "end",
    ]
