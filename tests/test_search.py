"""Search by variant spelling, and the glossary and index entries in the search index."""

from __future__ import annotations

import json
import re
from typing import NamedTuple

import pytest
from bench import pages

from edition.linking.cite import cite_paragraph, cite_text
from edition.linking.search import fold, spelling_map, split_words
from edition.site import search_entry


class Entry(NamedTuple):
    heading: str
    forms: list[str]
    variants: list[str]


@pytest.mark.parametrize(("word", "folded"), [
    ("Glasnost", "glasnost"),
    ("glasnost’", "glasnost"),
    ("glasnostʹ", "glasnost"),
    ("Mel’nikov", "melnikov"),
    ("Károlyi", "karolyi"),
    ("ob\"yedineniye", "ob\"yedineniye"),  # a double quote is not a transliteration mark
    ("гласность", "гласность"),
])
def test_fold_ignores_case_diacritics_and_transliteration_marks(word, folded):
    assert fold(word) == folded


def test_a_word_runs_across_transliteration_marks_but_not_across_quotes():
    assert split_words("Mel’nikov said ‘glasnost’ and Gorbachev's “perestroika”.") == [
        "Mel’nikov", "said", "glasnost", "and", "Gorbachev's", "perestroika"]


def test_variants_map_to_the_main_form_of_their_entry():
    entries = [
        Entry("Gorbachev, Mikhail", ["Gorbachev", "Gorbachov"], ["Gorbachov"]),
        Entry("Fairbrother, Peter", ["Fairbother"], ["Fairbother"]),  # only the variant is in the texts
        Entry("St Petersburg", ["Petersburg", "Leningrad"], ["Leningrad"]),
        Entry("Bolshevik Party", ["Bolsheviks", "Russian Communist Party"], ["Russian Communist Party"]),
        Entry("Károlyi, Mihály", ["Karolyi"], ["Karolyi"]),  # the same word once folded
    ]
    assert spelling_map(entries) == {
        "fairbother": "fairbrother",
        "gorbachov": "gorbachev",
        "leningrad": "petersburg",
    }


def test_an_entry_of_several_words_only_is_not_mapped():
    assert spelling_map([Entry("Communist Party of the Russian Federation",
                               ["Communist Party of the Russian Federation", "KPRF party"],
                               ["KPRF party"])]) == {}


def test_search_entry_directive_lists_every_name_once():
    assert search_entry("person", "ix-persons-x", ["Gorbachev, Mikhail", "Gorbachov", "Gorbachov", " "]) == [
        "```{edition:entry} person ix-persons-x", "Gorbachev, Mikhail", "Gorbachov", "```"]


def test_search_entry_fence_is_longer_than_any_backticks_in_a_name():
    lines = search_entry("term", "gloss-x", ["odd ```name"])
    assert lines[0].startswith("````{") and lines[-1] == "````"


def test_citation_of_a_text_brackets_what_the_editors_supply():
    assert cite_text({"author": "Tom Orsag", "title": "Stalinism in Russia"}) == "Tom Orsag, “Stalinism in Russia”"
    assert cite_text({"author": "Lucien van der Walt", "author_editorial": True,
                      "title": "The Soviet Mirage", "title_editorial": True}) == \
        "[Lucien van der Walt], “[The Soviet Mirage]”"
    assert cite_text({"author": "", "title": "Untitled"}) == "“Untitled”"
    assert cite_paragraph("A, “T”", 12, "E", "https://x/t.html#p12") == "A, “T”, ¶ 12, in E, https://x/t.html#p12"


def _search_index(html_build) -> dict:
    source = (html_build / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(source[source.index("(") + 1: source.rindex(")")])


@pytest.mark.build
def test_glossary_and_index_entries_are_search_objects_with_their_anchors(html_build):
    index = _search_index(html_build)
    docs = index["docnames"]
    objects = {(docs[o[0]], o[3], o[4]) for group in index["objects"].values() for o in group}
    anchors = {(doc, anchor) for doc, anchor, _ in objects}
    assert ("terms/n", "gloss-nomenklatura") in anchors
    assert ("index-of-persons", "ix-persons-gorbachev-mikhail") in anchors
    shown = {name for doc, anchor, name in objects if anchor == "ix-persons-gorbachev-mikhail"}
    assert shown == {"Gorbachev, Mikhail (Gorbachov)"}
    kinds = {tuple(v) for v in index["objnames"].values()}
    assert ("edition", "term", "glossary term") in kinds and ("edition", "person", "person") in kinds


@pytest.mark.build
def test_the_search_index_is_made_with_the_edition_s_spelling_rules(html_build):
    terms = _search_index(html_build)["terms"]
    assert "melnikov" in terms and "mel" not in terms and "nikov" not in terms
    assert "gorbachev" in terms and "gorbachov" not in terms
    language = (html_build / "_static" / "language_data.js").read_text(encoding="utf-8")
    spellings = json.loads(re.search(r"const EDITION_SPELLINGS = (\{.*?\});", language).group(1))
    assert spellings["gorbachov"] == "gorbachev"
    assert "function splitQuery" in language


@pytest.mark.build
def test_a_new_variant_spelling_reaches_the_search_of_unchanged_texts(tmp_path):
    from conftest import copy_project, sphinx_build

    project = copy_project(tmp_path / "project")
    out = tmp_path / "html"
    assert sphinx_build("html", out, cwd=project).returncode == 0
    assert "brezhnyev" not in _search_index(out)["terms"]
    persons = project / "docs" / "indexes" / "persons.toml"
    source = persons.read_text(encoding="utf-8")
    entry = re.search(r'heading = "Brezhnev, Leonid"\nforms = \[(.*?)\]\nvariants = \[(.*?)\]', source)
    assert entry, "the test needs the index entry for Brezhnev"
    persons.write_text(source.replace(entry.group(0), entry.group(0).replace(
        f"variants = [{entry.group(2)}]", 'variants = ["Brezhnyev"]').replace(
        f"forms = [{entry.group(1)}]", f'forms = [{entry.group(1)}, "Brezhnyev"]')), encoding="utf-8")
    proc = sphinx_build("html", out, cwd=project)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    language = (out / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert '"brezhnyev": "brezhnev"' in language
    # the texts were indexed again with the new map (Brezhnev's paragraphs did not change)
    reread, _ = pages(proc.stdout)
    assert any(doc.startswith("texts/") for doc in reread)
