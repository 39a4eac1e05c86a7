"""The hostile corpus (``tests/hostile/cases.toml``): refused by the check, never published by the build.

Each case is one small contribution, in one kind of file, of the kinds a
stranger's pull request could bring (markup at every depth of nesting, in
capitals, unclosed, with entities; references to nothing; data the build
would skip or fail on). For every case ``edition check`` must report a
problem of the expected kind at the contributor's file, without a
traceback. Then the markup cases are put into one copy of the edition and
built with the validator switched off: the build must stop, naming the
contributors' files, and the pages it writes when made to go on must carry
nothing of them (:mod:`edition.sphinxext.safety`).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT
from edition.check import check_project

HERE = Path(__file__).parent / "hostile"
SECRET = (HERE / "secret.txt").resolve()
CANARY = "SECRET-CANARY-7f3a"
CASES = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
#: an anchor of soviet-mirage that occurs once, and a key of the bibliography
ANCHOR, KEY = "This paper will raise these issues", "vanderwalt1999"
#: what the check must report for each kind of case: the codes, and the file (under the project)
EXPECTED = {
    "glossary-body": ({"markup-unsafe", "markup-print", "ref-unknown", "glossary-source"},
                      "docs/glossary/hostile-case.md"),
    "glossary-field": ({"markup-unsafe", "markup-print", "glossary-schema", "glossary-script", "glossary-duplicate",
                        "glossary-source", "glossary-related"}, "docs/glossary/hostile-case.md"),
    "editors-note": ({"markup-unsafe", "ref-unknown", "bib-unknown-key"}, "seeds/editorial/soviet-mirage.toml"),
    "lemma": ({"markup-unsafe", "editorial-schema"}, "seeds/editorial/soviet-mirage.toml"),
    "discrepancy": ({"markup-unsafe"}, "seeds/editorial/soviet-mirage.toml"),
    "citation-key": ({"editorial-schema"}, "seeds/editorial/soviet-mirage.toml"),
    "anchor": ({"editorial-anchor"}, "seeds/editorial/soviet-mirage.toml"),
    "index-note": ({"markup-unsafe"}, "docs/indexes/persons.toml"),
    "index-heading": ({"markup-unsafe", "index-schema"}, "docs/indexes/persons.toml"),
    "index-variant": ({"markup-unsafe", "index-schema"}, "docs/indexes/persons.toml"),
    "page": ({"page", "ref-unknown"}, "docs/notes-on-sources.md"),
    "editorial-file": ({"editorial-anchor", "edition"}, "seeds/editorial/"),
    "index-sources": ({"index-schema"}, "docs/indexes/persons.toml"),
    "index-duplicate-label": ({"index-duplicate"}, "docs/indexes/persons.toml"),
    "parallel-title": ({"markup-unsafe"}, "docs/indexes/parallels.toml"),
    "parallel-gloss": ({"markup-unsafe"}, "docs/indexes/parallels.toml"),
    "bib-field": ({"bib-url", "bib-latex"}, "docs/references.bib"),
    "bib-bytes": ({"bib-encoding"}, "docs/references.bib"),
    "skipped-file": ({"glossary-filename"}, "docs/glossary/"),
    "stray-editorial": ({"editorial-stray"}, "seeds/editorial/no-such-witness.toml"),
    "citation-pages": ({"editorial-schema"}, "seeds/editorial/soviet-mirage.toml"),
    "manifest-field": ({"manifest"}, "seeds/manifest.toml"),
    "indexes-file": ({"index-schema"}, "docs/indexes/persons.toml"),
    "parallels-file": ({"parallel-schema"}, "docs/indexes/parallels.toml"),
    "glossary-symlink": ({"glossary-filename"}, "docs/glossary/"),
    "index-stray": ({"index-stray"}, "docs/indexes/"),
    "bib-entry": ({"bib-latex", "bib-style", "bib-refused-source"}, "docs/references.bib"),
}
ENTRY = """\
---
term: hostile case zzq
definition: >-
  A case of the hostile corpus.
sources: [{key}]
---
{body}
"""


def payload(case: dict) -> str:
    return case["text"].replace("{secret}", str(SECRET))


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write("\n" + text + "\n")


def apply(case: dict, root: Path, suffix: str = "") -> None:
    """Put *case* into the project at *root* (a copy), as a contributor would."""
    kind = case["kind"]
    put = next((put for put, kinds in APPLIERS if kind in kinds), None)
    if put is None:  # pragma: no cover - a kind of case this test does not know
        raise AssertionError(f"unknown kind {kind}")
    put(case, payload(case), root, suffix)


def _apply_to_glossary(case: dict, text: str, root: Path, suffix: str) -> None:
    """An entry of docs/glossary/ with the case in its body or in a field, or a file the build skips."""
    kind, glossary = case["kind"], root / "docs" / "glossary"
    if kind == "glossary-body":
        (glossary / f"hostile-case{suffix}.md").write_text(
            ENTRY.format(key=KEY, body=text).replace("hostile case zzq", f"hostile case zzq{suffix}"),
            encoding="utf-8")
    elif kind == "glossary-field":
        entry = ENTRY.format(key=KEY, body="A body.")
        field, value = case["field"], text
        if field in ("term", "definition", "sources"):
            entry = re.sub(rf"(?m)^{field}:.*(\n  .*)?$", lambda _m: f"{field}: {value}", entry, count=1)
        else:
            entry = entry.replace("sources:", f"{field}: {value}\nsources:")
        (glossary / "hostile-case.md").write_text(entry, encoding="utf-8")
    elif kind == "skipped-file":
        path = glossary / text
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ENTRY.format(key=KEY, body="A body."), encoding="utf-8")
    elif kind == "glossary-symlink":
        (glossary / "linked.md").symlink_to(text)


def _apply_to_editorial(case: dict, text: str, root: Path, suffix: str) -> None:
    """A table appended to the editorial data of soviet-mirage, or an editorial file of no witness."""
    kind, editorial = case["kind"], root / "seeds" / "editorial" / "soviet-mirage.toml"
    if kind == "editors-note":
        append(editorial, f"[[annotation]]\nafter = {toml_string(ANCHOR)}\ntext = {toml_string(text)}")
    elif kind == "lemma":
        append(editorial, f"[[emendation]]\nreading = {toml_string(ANCHOR)}\nlemma = {toml_string(text)}")
    elif kind == "discrepancy":
        append(editorial, f"[[citation]]\nat = {toml_string(ANCHOR)}\nkey = \"{KEY}\"\n"
                          f"discrepancy = {toml_string(text)}")
    elif kind == "citation-key":
        append(editorial, f"[[citation]]\nat = {toml_string(ANCHOR)}\nkey = {toml_string(text)}")
    elif kind == "anchor":
        append(editorial, f"[[annotation]]\nafter = {toml_string(text)}\ntext = \"A note.\"")
    elif kind == "citation-pages":
        append(editorial, f"[[citation]]\nat = {toml_string(ANCHOR)}\nkey = \"{KEY}\"\npages = {toml_string(text)}")
    elif kind == "stray-editorial":
        (root / "seeds" / "editorial" / text).write_text("[[annotation]]\nafter = \"x\"\ntext = \"y\"\n",
                                                         encoding="utf-8")


def _apply_to_index(case: dict, text: str, root: Path, suffix: str) -> None:
    """The index of persons replaced by the case, or an entry appended with the case in one of its fields."""
    kind, persons = case["kind"], root / "docs" / "indexes" / "persons.toml"
    if kind == "indexes-file":
        persons.write_text(text, encoding="utf-8")
        return
    heading, note, sources = "Zzq, Hostile", "An identification.", [KEY]
    forms, variants = ["Zzq Hostile"], []
    if kind == "index-note":
        note = text
    elif kind == "index-heading":
        heading = text
    elif kind == "index-sources":
        sources = [text]
    elif kind == "index-variant":
        forms, variants = ["Zzq Hostile", text], [text]
    elif kind == "index-duplicate-label":
        first = re.search(r'(?m)^heading = "([^"]+)"', persons.read_text(encoding="utf-8")).group(1)
        heading = first + "."  # the same label, another heading
    append(persons, f"[[entry]]\nheading = {toml_string(heading)}\n"
                    f"forms = {json.dumps(forms, ensure_ascii=False)}\n"
                    f"variants = {json.dumps(variants, ensure_ascii=False)}\n"
                    f"note = {toml_string(note)}\nsources = {json.dumps(sources)}")


def _apply_to_parallels(case: dict, text: str, root: Path, suffix: str) -> None:
    """The parallels' file replaced by the case, or the case as the first value of one of its fields."""
    kind, path = case["kind"], root / "docs" / "indexes" / "parallels.toml"
    if kind == "parallels-file":
        path.write_text(text, encoding="utf-8")
        return
    field = kind.removeprefix("parallel-")
    source = path.read_text(encoding="utf-8")
    source = re.sub(rf'(?m)^{field} = ".*"$', lambda _m: f"{field} = {toml_string(text)}", source, count=1)
    path.write_text(source, encoding="utf-8")


def _apply_to_bibliography(case: dict, text: str, root: Path, suffix: str) -> None:
    """An entry appended to docs/references.bib with the case in a field, or as the entry; or bytes not UTF-8."""
    kind, bib = case["kind"], root / "docs" / "references.bib"
    if kind == "bib-field":
        append(bib,
               "@online{hostile2026,\n  title = {Hostile},\n  url = {https://example.org/},\n  year = {2026},\n"
               f"  {case['field']} = {{{text}}},\n}}".replace("  url = {https://example.org/},\n", "")
               if case["field"] == "url" else
               "@online{hostile2026,\n  title = {Hostile},\n  url = {https://example.org/},\n  year = {2026},\n"
               f"  {case['field']} = {{{text}}},\n}}")
    elif kind == "bib-bytes":
        with bib.open("ab") as f:
            f.write("\n% caf\u00e9\n".encode("latin-1"))
    elif kind == "bib-entry":
        append(bib, text)


def _apply_to_toml(case: dict, text: str, root: Path, suffix: str) -> None:
    """The manifest or an editorial file made invalid TOML, or a field of the manifest's first witness replaced."""
    if case["kind"] == "toml":
        path = root / "seeds" / ("manifest.toml" if case["file"] == "manifest" else "editorial/soviet-mirage.toml")
        append(path, text)
        return
    path = root / "seeds" / "manifest.toml"
    source = path.read_text(encoding="utf-8")
    field = case["field"]
    # the first witness's field, replaced
    source = re.sub(rf'(?m)^{field} = "[^"\n]*"', lambda _m: f"{field} = {toml_string(text)}", source, count=1)
    path.write_text(source, encoding="utf-8")


#: how each kind of case is put into the project: by the file a contributor would change
def _apply_symlink(case: dict, text: str, root: Path, suffix: str) -> None:
    """A symbolic link committed at the case's place (a file there is replaced), to the secret."""
    path = root / case["at"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    path.symlink_to(text)


def _apply_to_editorial_file(case: dict, text: str, root: Path, suffix: str) -> None:
    """The case's TOML appended to the editorial file of the witness it names."""
    append(root / "seeds" / "editorial" / f"{case['file']}.toml", text)


def _apply_to_pages(case: dict, text: str, root: Path, suffix: str) -> None:
    """A hand-written page of docs/ with the case in its body; and, if the case has an ``extra_page``,
    its ``extra_text`` added to that page (appended to a page the edition has, or a page of its own)."""
    page = text if text.startswith(("---", "\ufeff")) else f"---\norphan: true\n---\n# Notes\n\n{text}\n"
    (root / "docs" / "notes-on-sources.md").write_text(page, encoding="utf-8")
    if "extra_page" in case:
        extra = root / "docs" / f"{case['extra_page']}.md"
        before = extra.read_text(encoding="utf-8") + "\n" if extra.exists() else ""
        extra.write_text(before + case["extra_text"], encoding="utf-8")


def _apply_stray_index(case: dict, text: str, root: Path, suffix: str) -> None:
    """A file of the case's name in docs/indexes/, which no index reads, holding the case's text."""
    (root / "docs" / "indexes" / case["file"]).write_text(text, encoding="utf-8")


APPLIERS = [
    (_apply_to_glossary, {"glossary-body", "glossary-field", "skipped-file", "glossary-symlink"}),
    (_apply_to_editorial, {"editors-note", "lemma", "discrepancy", "citation-key", "anchor", "citation-pages",
                           "stray-editorial"}),
    (_apply_to_index, {"indexes-file", "index-note", "index-heading", "index-sources", "index-duplicate-label",
                       "index-variant"}),
    (_apply_to_parallels, {"parallels-file", "parallel-title", "parallel-gloss"}),
    (_apply_to_bibliography, {"bib-field", "bib-bytes", "bib-entry"}),
    (_apply_to_toml, {"toml", "manifest-field"}),
    (_apply_to_pages, {"page"}),
    (_apply_to_editorial_file, {"editorial-file"}),
    (_apply_symlink, {"symlink"}),
    (_apply_stray_index, {"index-stray"}),
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A copy of the edition's data, to copy again for every case."""
    import shutil

    root = tmp_path_factory.mktemp("pristine")
    for name in ("seeds", "docs"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", "_research"))
    assert check_project(root) == [], "the edition itself must pass the check"
    return root


def test_the_corpus_is_large_and_current():
    assert len(CASES) >= 80
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert {c["kind"] for c in CASES} <= set(EXPECTED) | {"toml", "symlink"}
    proc = subprocess.run([sys.executable, str(HERE / "make_cases.py"), "--check"])
    assert proc.returncode == 0, "cases.toml is stale: run tests/hostile/make_cases.py"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_check_refuses_each_case_at_its_file(case, pristine, tmp_path):
    import shutil

    root = tmp_path / "project"
    shutil.copytree(pristine, root)
    apply(case, root)
    problems = check_project(root)
    if case["kind"] == "toml":
        codes, where = {"manifest", "editorial-toml"}, ("seeds/manifest.toml" if case["file"] == "manifest"
                                                        else "seeds/editorial/soviet-mirage.toml")
    elif case["kind"] == "symlink":
        codes, where = {"page", "manifest", "citation-file"}, case["at"]
    else:
        codes, where = EXPECTED[case["kind"]]
    # where the problem is reported: the contributor's file, its links not followed
    matching = [p for p in problems if p.code in codes and os.path.abspath(p.path).startswith(
        os.path.abspath(root / where))]
    assert matching, [str(p) for p in problems]
    if case["kind"] not in ("skipped-file", "stray-editorial", "glossary-symlink", "symlink", "index-stray"):
        assert all(p.line for p in matching), [str(p) for p in matching]


#: the cases put together into one copy of the edition for the build
MARKUP_KINDS = ("glossary-body", "editors-note")


def _build_without_validator(root: Path, builder: str, out: Path, fail_closed: bool) -> subprocess.CompletedProcess:
    """Build *root* with :func:`edition.data.markup.judge` off, and the judgement of a body where its page
    holds it (:func:`edition.data.markup.placed_as_alone`), and, if not *fail_closed*, the guard's stop."""
    script = f"""
import sys
sys.path.insert(0, {str(root / 'tools')!r})
import edition.data.markup as markup, edition.data.glossary as glossary, edition.site.glossary as pages
import edition.data.apparatus as apparatus, edition.data.indexes as indexes
for module in (markup, glossary, apparatus, indexes):
    module.judge = lambda *args, **kwargs: markup.Judgement()
pages.placed_as_alone = lambda *args: None
if not {fail_closed!r}:
    import edition.sphinxext.safety as safety
    safety.fail_closed = lambda app, env: None
from sphinx.cmd.build import main
sys.exit(main(["-b", {builder!r}, "-q", "--keep-going", "-c", {str(root)!r}, {str(root / 'docs')!r}, {str(out)!r}]))
"""
    return subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True)


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory) -> Path:
    from conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    for i, case in enumerate(c for c in CASES if c["kind"] in MARKUP_KINDS and not c["id"].startswith(
            ("reference-", "note-doc-"))):
        apply(case, root, suffix=f"-{i}")
    # a page of its own, which no validator judges: the build's switches must hold it
    (root / "docs" / "hostile-page.md").write_text(HOSTILE_PAGE.replace("{secret}", str(SECRET)), encoding="utf-8")
    return root


#: a hand-written page a pull request could add, with the directives the red team used
HOSTILE_PAGE = """\
---
orphan: true
---
# A page

```{csv-table} Leak
:file: {secret}
```

```{eval-rst}
.. csv-table:: Leak
   :url: file://{secret}

.. meta::
   :http-equiv=refresh: 0; url=https://evil.example/

.. tabularcolumns:: |>{\\input{{secret}}}p{3cm}|

.. toctree::

   javascript://%0Aalert(document.domain)

.. literalinclude:: {secret}

.. raw:: html
   :file: {secret}
```
"""


def _leaks(out: Path) -> list[str]:
    """What of the hostile corpus the output *out* carries."""
    found = []
    for path in out.rglob("*"):
        if not path.is_file() or path.suffix in (".png", ".woff", ".woff2", ".pickle", ".doctree"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        patterns = [("the secret file", re.escape(CANARY))]
        if path.suffix == ".tex":
            patterns += [("a LaTeX input of the secret", r"\\input\{" + re.escape(str(SECRET)))]
        if path.suffix in (".html", ".xhtml"):
            patterns += [("a tag of the corpus", r"<[a-zA-Z][^<>]*data-canary"),
                         ("a javascript: link", r"href=\"\s*(?:javascript|vbscript|data|file):"),
                         ("an event handler", r"<[a-zA-Z][^<>]*\son(?:error|toggle)\s*="),
                         ("a script", r"<script(?![^>]*\bsrc=)[^>]*>\s*alert")]
        for what, pattern in patterns:
            if re.search(pattern, text, re.I):
                found.append(f"{path.relative_to(out)}: {what}")
    return found


def test_a_build_without_the_validator_stops_naming_the_files(hostile_project, tmp_path):
    proc = _build_without_validator(hostile_project, "html", tmp_path / "html", fail_closed=True)
    assert proc.returncode != 0
    assert "docs/glossary/hostile-case-" in proc.stderr
    assert "seeds/editorial/soviet-mirage.toml" in proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert not _leaks(tmp_path / "html")


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_pages_built_without_the_validator_carry_nothing_of_the_corpus(hostile_project, tmp_path, builder):
    out = tmp_path / builder
    _build_without_validator(hostile_project, builder, out, fail_closed=False)
    assert (out / ("index.html" if builder == "html" else "russian-question.tex")).exists()
    assert _leaks(out) == []
    downloads = out / "_downloads"
    if downloads.exists():
        assert not any(CANARY in p.read_text(errors="replace") for p in downloads.rglob("*") if p.is_file())


def test_a_cache_a_pull_request_brings_is_never_loaded(tmp_path, monkeypatch):
    """The caches in ``docs/_generated/`` are unpickled only with this machine's signature."""
    import pickle

    from edition import pipeline

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (Path.write_text, (marker, "the pull request's code ran"))

    forged = tmp_path / ".sync-editions.pickle"
    body = pickle.dumps({"key": "k", "value": Payload()})
    forged.write_bytes(b"\0" * 32 + body)           # a signature of its own
    assert pipeline.cached(forged, "k", lambda: "made") == "made"
    assert not marker.exists()
    forged.write_bytes(body)                         # no signature at all
    assert pipeline.cached(forged, "k", lambda: "made again") == "made again"
    assert not marker.exists()
    assert pipeline.cached(forged, "k", lambda: "not needed") == "made again"  # its own cache is used


def test_a_stamp_a_pull_request_brings_makes_sync_regenerate(tmp_path, monkeypatch):
    from conftest import copy_project
    from edition.sync import STAMP, sync

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    root = copy_project(tmp_path / "project")
    docs = root / "docs"
    sync(root / "seeds" / "manifest.toml", docs)
    page = docs / "texts" / "soviet-mirage.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    stray = docs / "texts" / "added-by-a-pull-request.md"
    stray.write_text("# A page\n", encoding="utf-8")
    import hashlib
    import json

    stamp = docs / STAMP
    record = json.loads(stamp.read_text(encoding="utf-8"))
    record["outputs"]["texts/soviet-mirage.md"] = hashlib.sha256(page.read_bytes()).hexdigest()
    record.pop("signature", None)
    stamp.write_text(json.dumps(record), encoding="utf-8")
    written = sync(root / "seeds" / "manifest.toml", docs)
    assert page in written and "<script>" not in page.read_text(encoding="utf-8")
    assert not stray.exists()
