"""One person, one set of dates: the consistency check of the editorial matter (edition.data.consistency)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from edition.check import check_project
from edition.data.consistency import (
    CODE,
    Register,
    Segment,
    check_consistency,
    datings,
    glossary_segments,
    inconsistencies,
    toml_segments,
)


def found(text: str, subject: str | None = None, kind: str | None = None) -> list[tuple[str, str, str]]:
    return [(d.name, d.what, d.value) for d in datings(Segment(text, "f", 1, subject, kind))]


def test_life_dates_in_brackets_after_a_name():
    assert found("the Dutch poet Herman Gorter (1864–1927) wrote") == [
        ("Herman Gorter", "born", "1864"), ("Herman Gorter", "died", "1927")]
    assert found("Karl Heinz Roth (b. 1942) and Gorter (d. 1927)") == [
        ("Karl Heinz Roth", "born", "1942"), ("Gorter", "died", "1927")]


def test_abbreviated_and_uncertain_years():
    assert found("Khrushchev (1894–71)") == [("Khrushchev", "born", "1894"), ("Khrushchev", "died", "1971")]
    assert found("Rasputin (c. 1869–1916)") == [("Rasputin", "died", "1916")]


def test_a_bracket_after_a_title_or_a_common_noun_is_not_a_life():
    assert found("In *The Thaw* (1954) and the poet (1880–1921)") == []
    assert found("*Results and Prospects* (1906–1930)") == []


def test_dated_statements():
    assert found("Lenin died on 21 January 1924 in Gorki.") == [
        ("Lenin", "died", "1924"), ("Lenin", "died-on", "21 January 1924")]
    assert found("Sergei Kirov was shot dead near his office in Leningrad on 1 December 1934 by Nikolayev") == [
        ("Sergei Kirov", "died", "1934"), ("Sergei Kirov", "died-on", "1 December 1934")]
    assert found("Piotr Siuda was born in Rostov-on-Don in 1937") == [("Piotr Siuda", "born", "1937")]


def test_quotations_are_the_witnesses_not_the_editors():
    assert found("The witness says “Trotsky died in 1941”; Trotsky (1879–1940)") == [
        ("Trotsky", "born", "1879"), ("Trotsky", "died", "1940")]


def test_unnamed_dates_belong_to_the_subject():
    assert found("Russian anarchist theorist (1814–1876)", "Bakunin, Mikhail", "person") == [
        ("Bakunin, Mikhail", "born", "1814"), ("Bakunin, Mikhail", "died", "1876")]
    assert found("Russian banker, born 1961", "Potanin, Vladimir", "person") == [
        ("Potanin, Vladimir", "born", "1961")]
    assert found("Independent trade union, founded 1990", "Independent Miners’ Union (NPG)", "body") == [
        ("Independent Miners’ Union (NPG)", "founded", "1990")]
    # a body has no birth, and a person no founding
    assert found("born 1961", "Solidarity", "body") == []


def test_founded_after_a_name():
    assert found("Democratic Russia, founded in October 1990, united") == [("Democratic Russia", "founded", "1990")]
    assert found("KRAS was founded in 1995 and") == [("KRAS", "founded", "1995")]


def test_one_person_in_two_places_with_two_death_years_is_reported_where_the_second_is():
    segments = [Segment("Aleksandra Kollontai (1872–1952) was", "a.toml", 3),
                Segment("Bolshevik and diplomat (1872–1953)", "persons.toml", 9, "Kollontai, Alexandra", "person")]
    register = Register([("Kollontai, Alexandra", ["Kollontai"])])
    problems = inconsistencies(segments, register)
    assert [(p.path, p.line, p.code) for p in problems] == [("persons.toml", 9, CODE)]
    assert "1953" in problems[0].message and "a.toml:3" in problems[0].message


def test_the_same_dates_everywhere_pass():
    segments = [Segment("Trotsky died on 21 August 1940 in Coyoacán", "a", 1),
                Segment("Leon Trotsky (1879–1940)", "b", 2),
                Segment("Bolshevik leader (1879–1940)", "p", 3, "Trotsky, Leon", "person")]
    assert inconsistencies(segments, Register([("Trotsky, Leon", ["Trotsky"])])) == []


def test_the_day_of_death_must_agree_too():
    segments = [Segment("Trotsky died on 20 August 1940.", "a", 1), Segment("Trotsky died on 21 August 1940.", "b", 5)]
    problems = inconsistencies(segments)
    assert len(problems) == 1 and problems[0].line == 5 and "21 August 1940" in problems[0].message


def test_spellings_of_one_surname_are_one_person_and_forenames_keep_namesakes_apart():
    register = Register([("Melnikov, Aleksandr", ["Melnikov"]), ("Napoleon Bonaparte", ["Napoleon", "Bonaparte"])])
    assert inconsistencies([Segment("Aleksandr Mel'nikov (1930–2011)", "a", 1),
                            Segment("Aleksandr Grigor'evich Mel’nikov (1930–2012)", "b", 2)], register)
    assert not inconsistencies([Segment("Napoleon Bonaparte (1769–1821)", "a", 1),
                                Segment("Louis Bonaparte (1808–1873)", "b", 2)], register)


def test_a_body_founded_in_two_years():
    register = Register(bodies=[("Independent Miners’ Union (NPG)", ["NPG", "Independent Miners’ Union"])])
    segments = [Segment("A union founded in 1990 out of the strike committees", "g.md", 6,
                        "Independent Miners’ Union", "body"),
                Segment("founded 1991", "organisations.toml", 143, "Independent Miners’ Union (NPG)", "body")]
    problems = inconsistencies(segments, register)
    assert [(p.path, p.line) for p in problems] == [("organisations.toml", 143)]


def test_files_are_read_with_their_lines_and_only_editorial_fields(tmp_path: Path):
    toml = tmp_path / "persons.toml"
    toml.write_text(textwrap.dedent("""\
        [[entry]]
        heading = "Siuda, Piotr"
        forms = ["Siuda (1900–1901)"]
        note = "Novocherkassk striker (1937–1990)"
        """), encoding="utf-8")
    assert [(s.line, s.subject, s.kind) for s in toml_segments(toml, "persons")] == [(4, "Siuda, Piotr", "person")]
    entry = tmp_path / "imu.md"
    entry.write_text("---\nterm: Independent Miners' Union\ndefinition: >-\n  A union founded in 1990.\n"
                     "sources: [x]\n---\nBody (founded 1991).\n", encoding="utf-8")
    assert [(s.line, s.subject) for s in glossary_segments(entry)] == [(4, "Independent Miners' Union"), (7, None)]


def test_check_project_reports_the_inconsistency(tmp_path: Path):
    (tmp_path / "docs" / "indexes").mkdir(parents=True)
    (tmp_path / "docs" / "glossary").mkdir()
    (tmp_path / "seeds" / "editorial").mkdir(parents=True)
    (tmp_path / "docs" / "references.bib").write_text("", encoding="utf-8")
    (tmp_path / "docs" / "indexes" / "persons.toml").write_text(
        '[[entry]]\nheading = "Grant, Ted"\nforms = ["Grant"]\nnote = "British Trotskyist (1913–2006)"\n',
        encoding="utf-8")
    (tmp_path / "seeds" / "editorial" / "x.toml").write_text(
        '[[annotation]]\nafter = "Grant"\ntext = "Ted Grant (1913–2007) founded Militant."\n', encoding="utf-8")
    assert [(Path(p.path).name, p.line) for p in check_consistency(tmp_path)] == [("x.toml", 3)]
    assert any(p.code == CODE for p in check_project(tmp_path))
