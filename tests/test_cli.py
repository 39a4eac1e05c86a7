"""The ``edition`` command as a user runs it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from edition.cli import main

NEW_TEXT = textwrap.dedent("""\
    Title: Workers' Councils in Theory
    Date: 2003
    Source: Retrieved on 3rd March 2022 from http://example.org/councils.html

    The councils were born in 1905. [1] They returned in 1917.

    Their fate

    They were absorbed by the state apparatus within a few years.[2]

    [1] See any history of 1905.

    [3] A note without a marker.
    """)


def test_convert_a_text_not_in_the_manifest(tmp_path, capsys):
    src = tmp_path / "new-text.txt"
    src.write_text(NEW_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    report_path = tmp_path / "report.json"
    status = main(["convert", str(src), "--out-dir", str(out), "--report", str(report_path),
                   "--manifest", str(ROOT / "seeds" / "manifest.toml")])
    assert status == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    (text,) = report["texts"]
    assert text["source"] == str(src)
    assert text["id"] == "new-text"  # named after the file, not the title
    assert text["title"] == "Workers' Councils in Theory"
    assert text["paragraphs"] == 2
    assert text["headings"] == ["Their fate"]
    assert text["notes"] == {"markers": ["1", "2"], "bodies": ["1", "3"],
                             "missing_bodies": ["2"], "orphan_bodies": ["3"], "duplicate_bodies": []}
    assert text["emendations"] == 0 and text["furniture_blocks"] == 0
    assert text["output"] == str(out / "new-text.md")
    myst = (out / "new-text.md").read_text(encoding="utf-8")
    assert "# Workers' Councils in Theory" in myst
    assert "{#p2 .para}\nThey were absorbed by the state apparatus within a few years.[^2]" in myst
    assert "[^2]: [The witness has a marker for note 2 but no text for it.]{.editorial}" in myst
    assert "\\[3\\] A note without a marker." in myst
    err = capsys.readouterr().err
    assert "note 2 has a marker but no text" in err and "note 3 has text but no marker" in err


MASTHEAD_TEXT = "The Weekly Worker\n\n{}\n\nIts only paragraph, long enough to be one.\n"


def test_two_texts_with_one_masthead_get_two_outputs(tmp_path):
    first, second = tmp_path / "strike.txt", tmp_path / "lockout.txt"
    first.write_text(MASTHEAD_TEXT.format("The strike"), encoding="utf-8")
    second.write_text(MASTHEAD_TEXT.format("The lockout"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(first), str(second), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["lockout.md", "strike.md"]
    assert "The strike" in (out / "strike.md").read_text(encoding="utf-8")
    assert "The lockout" in (out / "lockout.md").read_text(encoding="utf-8")


def test_an_output_written_in_the_same_run_is_never_replaced(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second, third = tmp_path / "a" / "text.txt", tmp_path / "b" / "text.txt", tmp_path / "other.txt"
    first.write_text(MASTHEAD_TEXT.format("First text"), encoding="utf-8")
    second.write_text(MASTHEAD_TEXT.format("Second text"), encoding="utf-8")
    third.write_text(MASTHEAD_TEXT.format("Third text"), encoding="utf-8")
    out = tmp_path / "out"
    # not even with --force
    status = main(["convert", str(first), str(second), str(third), "--out-dir", str(out), "--force"])
    assert status == 1
    err = capsys.readouterr().err
    assert f"error: {second}:1: its output {out / 'text.md'} is also the output of {first}" in err
    assert "Traceback" not in err
    assert "First text" in (out / "text.md").read_text(encoding="utf-8")
    assert (out / "other.md").exists(), "the other inputs are still converted"


def test_an_output_of_an_earlier_run_is_replaced_only_with_force(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "text.txt", tmp_path / "b" / "text.txt"
    first.write_text(MASTHEAD_TEXT.format("First text"), encoding="utf-8")
    second.write_text(MASTHEAD_TEXT.format("Second text"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(first), "--out-dir", str(out)]) == 0
    assert main(["convert", str(second), "--out-dir", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {second}:1: its output {out / 'text.md'} exists already (converted from {first})" in err
    assert "First text" in (out / "text.md").read_text(encoding="utf-8")
    assert main(["convert", str(second), "--out-dir", str(out), "--force"]) == 0
    assert "Second text" in (out / "text.md").read_text(encoding="utf-8")


def test_convert_refuses_bad_input_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Title\n\nPara one.\n\nCaf\xe9 society.\n".encode("latin-1"))
    status = main(["convert", str(bad), "--out-dir", str(tmp_path / "out")])
    assert status == 1
    assert f"error: {bad}:5: not UTF-8" in capsys.readouterr().err


def test_convert_output_for_a_witness_is_the_edition_source(tmp_path, manifest):
    record = manifest.witnesses[1]
    main(["convert", str(manifest.witness_path(record)), "--out-dir", str(tmp_path),
          "--manifest", str(manifest.path), "--glossary", str(ROOT / "docs" / "glossary")])
    generated = (tmp_path / f"{record['id']}.md").read_text(encoding="utf-8")
    edition = (ROOT / "docs" / "texts" / f"{record['id']}.md").read_text(encoding="utf-8")
    # links to parallel passages need the whole edition; a single conversion has none
    assert "{.parallel-links}" in edition and "{.parallel-links}" not in generated
    assert generated == re.sub(r" \[⇄ [^\n]*?\]\{\.parallel-links\}", "", edition)


def test_console_script_is_installed():
    beside = Path(sys.executable).parent / "edition"
    exe = str(beside) if beside.exists() else shutil.which("edition")
    assert exe, "the package is not installed (pip install -e .)"
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "convert" in proc.stdout


def test_python_m_edition_is_the_command():
    proc = subprocess.run([sys.executable, "-m", "edition", "--help"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "tools")})
    assert proc.returncode == 0 and "convert" in proc.stdout, proc.stderr


def test_sync_check_passes_after_sync():
    proc = subprocess.run([sys.executable, "-m", "edition.cli", "sync", "--check"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_sync_check_fails_on_stale_output(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    assert main(["sync", "--manifest", str(tmp_path / "seeds/manifest.toml"), "--docs", str(tmp_path / "docs")]) == 0
    page = next((tmp_path / "docs" / "texts").glob("*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\nA stray edit.\n", encoding="utf-8")
    assert main(["sync", "--check", "--manifest", str(tmp_path / "seeds/manifest.toml"),
                 "--docs", str(tmp_path / "docs")]) == 1


def test_sync_is_deterministic(tmp_path):
    for run in ("a", "b"):
        shutil.copytree(ROOT / "seeds", tmp_path / run / "seeds")
        seeds, docs = tmp_path / run / "seeds", tmp_path / run / "docs"
        main(["sync", "--manifest", str(seeds / "manifest.toml"), "--docs", str(docs)])
    for first in sorted((tmp_path / "a" / "docs").rglob("*.*")):
        if first.name.startswith(".sync-"):
            continue  # sync's record of its inputs and its cache of conversions, not sources
        second = tmp_path / "b" / first.relative_to(tmp_path / "a")
        assert first.read_bytes() == second.read_bytes(), first.name


def test_sync_removes_the_page_of_a_letter_no_entry_begins_with_any_more(tmp_path, sync_inputs):
    args = sync_inputs[1]
    entry = tmp_path / "docs" / "glossary" / "quorum.md"
    entry.write_text("---\nterm: quorum\ndefinition: The least number of members who can act.\n"
                     "sources: [mpst2001]\n---\nA body.\n", encoding="utf-8")
    assert main(["sync", *args]) == 0
    terms = tmp_path / "docs" / "terms"
    assert (terms / "q.md").exists() and (terms / "n.md").exists()
    entry.unlink()
    assert main(["sync", *args]) == 0
    assert not (terms / "q.md").exists() and (terms / "n.md").exists()
    assert "terms/q" not in (tmp_path / "docs" / "glossary.md").read_text(encoding="utf-8")
    # --check reports a page that should not be there, and leaves it
    (terms / "x.md").write_text("# A stray page\n", encoding="utf-8")
    assert main(["sync", "--check", *args]) == 1
    assert (terms / "x.md").exists()


def test_sync_links_the_texts_again_when_a_form_changes_not_when_a_definition_does(tmp_path, sync_inputs):
    args = sync_inputs[1]
    assert main(["sync", *args]) == 0
    kept = tmp_path / "docs" / "_generated" / ".sync-linked.pickle"
    assert kept.exists()
    texts = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "texts").glob("*.md")}
    entry = tmp_path / "docs" / "glossary" / "nomenklatura.md"
    source = entry.read_text(encoding="utf-8")
    entry.write_text(source.replace("definition: >-\n", "definition: >-\n  Edited:\n", 1), encoding="utf-8")
    stamp = kept.stat().st_mtime_ns
    assert main(["sync", *args]) == 0
    assert kept.stat().st_mtime_ns == stamp, "the linked texts were reused"
    assert "Edited:" in (tmp_path / "docs" / "terms" / "n.md").read_text(encoding="utf-8")
    assert texts == {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "texts").glob("*.md")}
    # a new variant is linked in the texts
    entry.write_text(source.replace("variants: [", "variants: [ruling stratum, ", 1), encoding="utf-8")
    assert main(["sync", *args]) == 0
    assert kept.stat().st_mtime_ns != stamp
    after = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "texts").glob("*.md")}
    assert after != texts
    assert any("{gloss}`ruling stratum <nomenklatura>`" in t for t in after.values())


# -- edition check --format github ----------------------------------------------------------

BAD_ENTRY = ('---\nterm: "quorum"\ndefinition: The least number of members who can act.\n'
             "sources: [nosuchkey]\n---\nA body.\n")


def test_github_escapes_messages_and_properties_as_its_toolkit_does():
    from edition.annotations import escape_data, escape_property

    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_a_problem_becomes_an_error_annotation_on_its_file_and_line(tmp_path):
    from edition.annotations import annotation
    from edition.errors import Problem

    problem = Problem("docs/glossary/x.md", 3, "50% of it:\nnot, so", "glossary-field")
    assert annotation(problem) == ("::error file=docs/glossary/x.md,line=3,"
                                   "title=edition check (glossary-field)::50%25 of it:%0Anot, so")
    # no line: the annotation is on the file; an absolute path is made relative to the root
    whole = Problem(str(tmp_path / "docs" / "a,b.bib"), None, "broken", "bib-data")
    assert annotation(whole, tmp_path) == "::error file=docs/a%2Cb.bib,title=edition check (bib-data)::broken"


def test_check_format_github_annotates_and_writes_the_job_summary(tmp_path, capsys, monkeypatch):
    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary" / "quorum.md").write_text(BAD_ENTRY, encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier steps' summary\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["check", "--root", str(project), "--format", "github"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "::error file=docs/glossary/quorum.md,line=4,title=edition check (glossary-source)::"
        "source 'nosuchkey' is not in docs/references.bib",
        "::error file=docs/glossary/quorum.md,line=4,title=edition check (bib-unknown-key)::"
        f"cites 'nosuchkey', which is not in {project}/docs/references.bib",
    ]
    assert "2 problem(s) found." in err
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier steps' summary\n### edition check\n")  # appended, not overwritten
    assert "2 problem(s) in 1 file(s)" in text
    assert "| `docs/glossary/quorum.md` | 4 | source 'nosuchkey' is not in docs/references.bib " in text


def test_check_without_format_stays_file_line_message(tmp_path, capsys, monkeypatch):
    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary" / "quorum.md").write_text(BAD_ENTRY, encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["check", "--root", str(project)]) == 1
    out, err = capsys.readouterr()
    assert "::error" not in out + err and not summary.exists()
    entry = project / "docs" / "glossary" / "quorum.md"
    assert f"{entry}:4: source 'nosuchkey' is not in docs/references.bib [glossary-source]" in err


def test_the_summary_of_a_clean_check_says_so_and_a_long_one_is_cut(tmp_path):
    from edition.annotations import SUMMARY_ROWS, summary
    from edition.errors import Problem

    assert "are in order" in summary([])
    many = [Problem("docs/references.bib", n, f"entry {n} | odd", "bib-uncited") for n in range(1, SUMMARY_ROWS + 8)]
    text = summary(many)
    assert text.count("\n| `docs/references.bib`") == SUMMARY_ROWS
    assert "entry 1 \\| odd" in text and "… and 7 more" in text


def test_convert_keeps_each_judgement_of_the_data_once_for_its_content(tmp_path, monkeypatch):
    """pipeline.judged: one signed file per key in the user's cache; the same inputs are judged once,
    other inputs anew, a judgement that fails is not kept, and the oldest are removed."""
    from edition import pipeline
    from edition.errors import EditionError

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    calls = []

    def judge(value):
        def run():
            calls.append(value)
            return {"judged": value}
        return run

    assert pipeline.judged("editorial", [b"a", b"text"], judge("a")) == {"judged": "a"}
    assert pipeline.judged("editorial", [b"a", b"text"], judge("again")) == {"judged": "a"}
    assert pipeline.judged("editorial", [b"b", b"text"], judge("b")) == {"judged": "b"}
    assert pipeline.judged("editorial", [b"a", b"other text"], judge("c")) == {"judged": "c"}
    assert calls == ["a", "b", "c"]
    folder = tmp_path / "cache" / "edition" / "judged"
    assert len(list(folder.glob("editorial-*.pickle"))) == 3

    def refused():
        raise EditionError("refused")

    with pytest.raises(EditionError):
        pipeline.judged("manifest", [b"bad"], refused)
    assert not list(folder.glob("manifest-*"))
    monkeypatch.setattr(pipeline, "JUDGEMENTS_KEPT", 2)
    pipeline.judged("editorial", [b"d"], judge("d"))
    assert len(list(folder.glob("editorial-*.pickle"))) == 2


def test_convert_judges_the_data_again_when_the_cached_judgement_is_not_signed(tmp_path, monkeypatch):
    from edition import pipeline

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    pipeline.judged("glossary", [b"x"], lambda: "first")
    (path,) = (tmp_path / "cache" / "edition" / "judged").glob("glossary-*.pickle")
    path.write_bytes(b"\0" * 32 + path.read_bytes()[32:])  # the same body, another signature
    assert pipeline.judged("glossary", [b"x"], lambda: "judged again") == "judged again"


def test_convert_warns_of_each_separation(tmp_path, capsys):
    src = tmp_path / "glued.txt"
    src.write_text("A Title\n\nTheirauthoritydid not survive the famine, and the line held.\n\n"
                   "The last paragraph.\n", encoding="utf-8")
    assert main(["convert", str(src), "--out-dir", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"warning: {src}:3: words run together separated: 'Theirauthoritydid' read as " \
           "'Their authority did'; check it" in err
    # a text with nothing run together: no such warning
    src.write_text("A Title\n\nTheir authority did not survive.\n\nThe last paragraph.\n", encoding="utf-8")
    assert main(["convert", str(src), "--out-dir", str(tmp_path / "out"), "--force"]) == 0
    assert "read as" not in capsys.readouterr().err
