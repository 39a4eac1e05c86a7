"""The sourcing policy: refused kinds of source and the share of general reference works."""

from __future__ import annotations

import textwrap

from pybtex.database.input.bibtex import Parser

from conftest import ROOT
from edition.check import check_project
from edition.data.bibliography import entry_lines
from edition.data.sourcing import check_sources, check_sourcing, load_policy, reference_share

POLICY = textwrap.dedent("""\
    [[refused]]
    kind = "wiki"
    hosts = ["wikipedia.org"]
    names = ["Wikipedia"]
    reason = "anyone may edit it"

    [[refused]]
    kind = "dictionary"
    hosts = ["merriam-webster.com"]
    reason = "defines words"

    [general-reference]
    hosts = ["britannica.com"]
    names = ["Columbia Encyclopedia"]
    max_share = 0.25
    """)

ALLOWED = """\
@book{nove1992,
  author = {Nove, Alec}, title = {An Economic History of the USSR}, publisher = {Penguin},
  year = {1992}
}
"""


def misc(key: str, **fields: str) -> str:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in {"title": key, **fields}.items())
    return f"@misc{{{key},\n{body}\n}}\n"


def check(tmp_path, bib_text: str, policy: str = POLICY):
    bib = tmp_path / "references.bib"
    bib.write_text(bib_text, encoding="utf-8")
    rules = tmp_path / "refused-sources.toml"
    rules.write_text(policy, encoding="utf-8")
    data = Parser().parse_string(bib_text)
    return check_sourcing(data, bib, entry_lines(bib_text), rules)


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_an_entry_from_a_refused_host_is_reported_at_its_line_with_kind_and_reason(tmp_path):
    bib = ALLOWED + "\n" + misc("wp", url="https://wikipedia.org/wiki/Kemerovo")
    problems = check(tmp_path, bib)
    assert codes(problems) == ["bib-refused-source"]
    (problem,) = problems
    assert problem.path.endswith("references.bib")
    assert problem.line == 6
    assert "'wp'" in problem.message and "wiki" in problem.message and "anyone may edit it" in problem.message


def test_a_subdomain_of_a_refused_host_is_refused(tmp_path):
    problems = check(tmp_path, misc("dewp", url="https://de.wikipedia.org/wiki/Karl_Heinz_Roth"))
    assert codes(problems) == ["bib-refused-source"]
    assert "host wikipedia.org" in problems[0].message


def test_a_host_that_only_ends_like_a_refused_one_is_not_refused(tmp_path):
    assert check(tmp_path, misc("notwp", url="https://notwikipedia.org/page")) == []


def test_a_refused_name_in_the_publisher_fields_is_refused_whatever_the_case_and_braces(tmp_path):
    problems = check(tmp_path, misc("mirror", howpublished="{German WIKIPEDIA}, reproduced elsewhere",
                                    url="http://mirror.example.org/Ossinniki"))
    assert codes(problems) == ["bib-refused-source"]
    assert "name 'Wikipedia'" in problems[0].message
    corporate = check(tmp_path, misc("corp", author="{Wikipedia contributors}"))
    assert codes(corporate) == ["bib-refused-source"]


def test_a_name_in_the_title_or_inside_a_longer_word_is_not_refused(tmp_path):
    bib = misc("about", title="Why Wikipedia Matters") + misc("word", organization="Wikipedian Society")
    assert check(tmp_path, bib) == []


def test_an_allowed_entry_is_not_reported(tmp_path):
    assert check(tmp_path, ALLOWED) == []


def test_general_reference_over_the_share_is_reported_once_with_the_entries(tmp_path):
    bib = ALLOWED + misc("brit", url="https://www.britannica.com/place/Kemerovo") \
        + misc("col", howpublished="The Columbia Encyclopedia, 6th edition")
    problems = check(tmp_path, bib)  # 2 of 3 entries, more than 25 %
    assert codes(problems) == ["bib-reference-share"]
    assert "2 of 3" in problems[0].message and "brit" in problems[0].message and "col" in problems[0].message


def test_general_reference_within_the_share_is_not_reported(tmp_path):
    books = "".join(misc(f"book{i}", howpublished="Penguin") for i in range(3))
    bib = books + misc("brit", url="https://www.britannica.com/place/Kemerovo")  # 1 of 4: 25 %
    assert check(tmp_path, bib) == []
    bib_file = tmp_path / "references.bib"
    assert reference_share(Parser().parse_string(bib), tmp_path / "refused-sources.toml") == (1, 4)
    assert bib_file.exists()


def test_a_policy_that_is_not_toml_is_reported_at_its_line(tmp_path):
    problems = check(tmp_path, ALLOWED, policy='[[refused]]\nkind = wiki\nhosts = ["a.org"]\n')
    assert codes(problems) == ["sources-toml"]
    assert problems[0].path.endswith("refused-sources.toml") and problems[0].line == 2


def test_a_refused_table_without_reason_or_matches_is_reported_at_its_line(tmp_path):
    policy = ('# policy\n[[refused]]\nkind = "wiki"\nhosts = ["wikipedia.org"]\nreason = "x"\n\n'
              '[[refused]]\nkind = "shop"\n')
    problems = check(tmp_path, ALLOWED, policy=policy)
    assert codes(problems) == ["sources-policy", "sources-policy"]
    assert {p.line for p in problems} == {7}
    assert "reason" in problems[0].message and "no hosts and no names" in problems[1].message


def test_a_share_that_is_not_a_fraction_is_reported(tmp_path):
    problems = check(tmp_path, ALLOWED, policy="[general-reference]\nhosts = [\"britannica.com\"]\nmax_share = 10\n")
    assert codes(problems) == ["sources-policy"]
    assert problems[0].line == 1


def test_load_policy_reads_the_kinds(tmp_path):
    path = tmp_path / "refused-sources.toml"
    path.write_text(POLICY, encoding="utf-8")
    policy, problems = load_policy(path)
    assert problems == []
    assert [k.kind for k in policy.refused] == ["wiki", "dictionary"]
    assert [k.line for k in policy.refused] == [1, 7]
    assert policy.max_share == 0.25 and policy.reference.hosts == ("britannica.com",)


def test_without_a_policy_file_nothing_is_refused(tmp_path):
    bib = tmp_path / "references.bib"
    bib.write_text(misc("wp", url="https://en.wikipedia.org/wiki/X"), encoding="utf-8")
    assert check_sources(bib, tmp_path / "absent.toml") == []
    (tmp_path / "refused-sources.toml").write_text(POLICY, encoding="utf-8")
    assert codes(check_sources(bib, tmp_path / "refused-sources.toml")) == ["bib-refused-source"]


def test_the_edition_policy_is_valid_and_the_bibliography_keeps_it():
    policy, problems = load_policy(ROOT / "docs" / "refused-sources.toml")
    assert problems == [] and policy.refused and policy.max_share == 0.10
    sourcing = [p for p in check_project(ROOT) if p.code.startswith(("bib-refused", "bib-reference", "sources-"))]
    assert sourcing == [], "\n".join(str(p) for p in sourcing)
