"""Benchmarks of the edition's build, on one machine in one run (issue 8).

Usage::

    python benchmarks/bench.py [--quick] [--out build/bench] [--sizes 1,10,50] [--no-pdf]

(``nox -s bench`` runs it.) Everything is built in copies under ``--out``
(by default ``build/bench/``); the repository's ``docs/`` and ``seeds/`` are
only read. It writes ``bench.md`` (the table, also printed) and
``bench.json`` there, and measures:

- the clean HTML build of the edition against a **baseline**: the same
  generated MyST built by bare Sphinx with only myst-parser and the default
  theme (alabaster); what the baseline strips is listed in
  :data:`BASELINE_REDUCTIONS` and printed under the table;
- incremental rebuilds after editing one glossary entry and one text's
  editorial data: time, pages re-read and pages re-written (counted from
  Sphinx's own "reading sources" and "writing output" lines of a serial build);
- growth: synthetic corpora of n× the five texts (copies of the witnesses
  under new ids, with manifest entries and editorial data; glossary and
  bibliography shared): build time per text, serial and with ``-j 2``;
- conversion throughput of ``edition convert`` against pandoc (from the
  pypandoc-binary package), on the five witnesses and on a large synthetic
  text made of them, whole processes with their start-up, the best of three
  after one untimed run of each (:func:`convert_throughput`);
- the PDF build (LaTeX, xelatex) against the baseline's PDF (at 1× only);
- the weight of a text page (HTML with its CSS and JavaScript) and of the
  search index;
- the live preview (``nox -s serve``): seconds from saving a glossary entry to
  sphinx-autobuild serving its rebuilt page (:func:`live_preview`).

Times are wall-clock seconds of whole processes (the best of ``--repeat``
runs for the clean builds), so they include Python's start-up and, for the
edition, the check that the generated sources are up to date (``edition
sync`` runs first, as after any earlier build); a second row times the clean
build with the sources regenerated too, as on a fresh clone.

Nothing here imports Sphinx: the builds are run as subprocesses.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import uuid
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]

#: the targets of issue 8: name → (description, test on the results)
TARGETS = {
    "clean-html": "edition clean HTML ≤ 1.5 × baseline",
    "glossary-edit": "edited glossary entry rebuilt in ≤ 30 % of a clean build",
    "growth": "time per text at the largest size ≤ 1.2 × time per text at 1×",
    "conversion": "edition convert at least as fast as pandoc (MB/s, large text)",
    "page-weight": "a text page (HTML + CSS + JS) < 400 KB",
    "live-preview": "a saved glossary entry served rebuilt in < 3 s (nox -s serve)",
}

# -- The baseline: the same MyST, reduced for bare Sphinx -----------------------------


class Reduction(NamedTuple):
    """One thing the baseline changes in the generated MyST."""

    #: what is changed
    what: str
    #: what it becomes in the baseline
    becomes: str


#: every change made to the generated sources for the bare-Sphinx baseline
BASELINE_REDUCTIONS = [
    Reduction("{gloss}`surface <slug>` (glossary term with tooltip)", "the surface text"),
    Reduction("{para}`label <doc#n>`, {para}`doc#n`, {para}`n` (paragraph links)", "the label, or “¶ n”, as text"),
    Reduction("{ednote}`a` (editor's note marker)", "“[a]” as text"),
    Reduction("{cite:p}/{cite:t}/{cite}`key` (sphinxcontrib-bibtex citations)", "the role's content as text"),
    Reduction(":::{ednote} a (editor's note)", ":::{admonition} a (docutils admonition)"),
    Reduction("```{bibliography} (formatted bibliography)", "removed, with its options and keys"),
    Reduction("```{edition:entry} (glossary and index entries for the search, shows nothing)", "removed"),
    Reduction("{edition:repo}`label <action:path>` (a link to the repository on GitHub)", "the label as text"),
    Reduction("{grid}, {grid-item-card}, {card-footer}, {div} (sphinx-design)",
              "{container}; a card's title becomes a bold line, its link options are dropped"),
    Reduction("the edition's numbered-paragraph transform, glossary, citation back-links and "
              "source regeneration (Sphinx extensions)", "absent: the baseline conf.py loads only myst_parser"),
    Reduction("furo theme, edition.css/edition.js", "alabaster (Sphinx's default theme), no custom static files"),
]

ROLE_SUBSTITUTIONS = [
    (re.compile(r"\{gloss\}`([^`]*?)\s*<[^`<>]*>`"), r"\1"),
    (re.compile(r"\{para\}`([^`]*?)\s*<[^`<>]*>`"), r"\1"),
    (re.compile(r"\{para\}`(?:[^`#]*#)?(\d+)`"), r"¶ \1"),
    (re.compile(r"\{ednote\}`([^`]*)`"), r"[\1]"),
    (re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]*)`"), r"\1"),
    (re.compile(r"\{edition:repo\}`([^`]*?)\s*<[^`<>]*>`"), r"\1"),
    (re.compile(r"\{edition:[a-z]+\}`([^`]*)`"), r"\1"),
]
FENCE_RE = re.compile(r"^(?P<fence>:{3,}|`{3,})\{(?P<name>[\w:-]+)\}\s*(?P<arg>.*)$")
OPTION_RE = re.compile(r"^:(?P<key>[\w-]+):\s*(?P<value>.*)$")
DESIGN_DIRECTIVES = {"grid", "grid-item-card", "card-footer", "div"}


def reduce_for_baseline(source: str) -> str:
    """The generated MyST *source* with the edition's own syntax reduced for bare Sphinx.

    See :data:`BASELINE_REDUCTIONS`.
    """
    for pattern, repl in ROLE_SUBSTITUTIONS:
        source = pattern.sub(repl, source)
    out: list[str] = []
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = FENCE_RE.match(line)
        if not m:
            out.append(line)
            i += 1
            continue
        fence, name, arg = m.group("fence"), m.group("name"), m.group("arg").strip()
        i += 1
        options = []
        while i < len(lines) and OPTION_RE.match(lines[i]):
            options.append(OPTION_RE.match(lines[i]).groups())
            i += 1
        if name == "bibliography" or name.startswith("edition:"):
            while i < len(lines) and lines[i].strip() != fence:
                i += 1
            i += 1  # the closing fence
            continue
        if name == "ednote":
            out.append(f"{fence}{{admonition}} {arg}")
            out += [f":{k}: {v}" for k, v in options if k == "class"]
        elif name in DESIGN_DIRECTIVES:
            classes = [v for k, v in options if k in ("class", "class-card")]
            if name == "div" and arg:
                classes.insert(0, arg)
            out.append(f"{fence}{{container}}" + (f" {' '.join(classes)}" if classes else ""))
            if name == "grid-item-card" and arg:
                out += ["", f"**{arg}**"]
        else:
            out.append(line)
            out += [f":{k}: {v}" for k, v in options]
    return "\n".join(out)


BASELINE_CONF = '''\
"""Baseline for the benchmark: bare Sphinx, myst-parser, the default theme."""
project = "The Russian Question (baseline)"
author = "baseline"
extensions = ["myst_parser"]
exclude_patterns = {exclude!r}
smartquotes = False
root_doc = "index"
myst_enable_extensions = {myst!r}
myst_footnote_transition = True
myst_heading_anchors = 0
# the texts contain Cyrillic: pdflatex cannot set them
latex_engine = "xelatex"
latex_documents = [("index", "baseline.tex", "The Russian Question", "baseline", "manual", True)]
'''


def make_baseline(project: Path, dest: Path) -> Path:
    """Copy the generated sources of *project* to *dest*, reduced, with the baseline conf.py.

    :return: the baseline's source folder (it holds its conf.py)
    """
    conf = _conf_values(project / "conf.py")
    src = dest / "src"
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(project / "docs", src, ignore=shutil.ignore_patterns("__pycache__"))
    for path in src.rglob("*.md"):
        path.write_text(reduce_for_baseline(path.read_text(encoding="utf-8")), encoding="utf-8")
    # bibtex_bibfiles are relative to conf.py: keep the {download} of references.bib working
    (src / "conf.py").write_text(
        BASELINE_CONF.format(exclude=conf["exclude_patterns"], myst=conf["myst_enable_extensions"]),
        encoding="utf-8",
    )
    return src


def _conf_values(conf: Path) -> dict:
    """The few literal settings of the edition's conf.py the baseline shares."""
    text = conf.read_text(encoding="utf-8")
    out = {}
    for name in ("exclude_patterns", "myst_enable_extensions"):
        m = re.search(rf"^{name}\s*=\s*(\[.*?\])", text, re.M | re.S)
        out[name] = eval(m.group(1), {}) if m else []  # a literal list from our own conf.py
    return out


# -- Running builds --------------------------------------------------------------------


class Build(NamedTuple):
    """One timed sphinx-build."""

    #: wall-clock seconds
    seconds: float
    #: documents read (from the "reading sources" lines; -1 when built in parallel)
    read: int
    #: documents written (from the "writing output" lines; -1 when built in parallel)
    written: int
    #: the warnings Sphinx printed
    warnings: int


READ_RE = re.compile(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", re.M)
WRITE_RE = re.compile(r"^writing output\.\.\. \[\s*\d+%\] (\S+)", re.M)
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def pages(log: str) -> tuple[set[str], set[str]]:
    """The documents read and written, from the log of a serial build, coloured or not."""
    log = ANSI_RE.sub("", log)
    return set(READ_RE.findall(log)), set(WRITE_RE.findall(log))


def count_pages(log: str) -> tuple[int, int]:
    """How many documents were read and written, from the log of a serial build."""
    read, written = pages(log)
    return len(read), len(written)


def sphinx(builder: str, src: Path, out: Path, conf_dir: Path, *, jobs: int = 1, cwd: Path,
           clean: bool = True, doctrees: Path | None = None, overrides: dict[str, str] | None = None) -> Build:
    """Run ``sphinx-build -b BUILDER -n`` (nit-picky, like the edition's builds) and time it.

    :param overrides: configuration values to set (``-D name=value``)
    """
    doctrees = doctrees or out.with_name(out.name + ".doctrees")
    if clean:
        for path in (out, doctrees):
            if path.exists():
                shutil.rmtree(path)
    cmd = [sys.executable, "-m", "sphinx", "-b", builder, "-n", "-c", str(conf_dir), "-d", str(doctrees),
           str(src), str(out)]
    if jobs != 1:
        cmd[3:3] = ["-j", str(jobs)]
    for name, value in (overrides or {}).items():
        cmd[3:3] = ["-D", f"{name}={value}"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    read, written = count_pages(proc.stdout) if jobs == 1 else (-1, -1)
    return Build(seconds, read, written, proc.stderr.count("WARNING"))


def best_of(repeat: int, run) -> Build:
    builds = [run() for _ in range(max(1, repeat))]
    return min(builds, key=lambda b: b.seconds)


def latexpdf(src: Path, out: Path, conf_dir: Path, cwd: Path) -> float:
    """Time a PDF build: the LaTeX builder, then latexmk (xelatex) in its output."""
    latex = sphinx("latex", src, out, conf_dir, cwd=cwd)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000", "LATEXMKOPTS": "-interaction=nonstopmode -halt-on-error"}
    start = time.perf_counter()
    proc = subprocess.run(["make", "all-pdf"], cwd=out, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or not list(out.glob("*.pdf")):
        raise RuntimeError(f"latexmk failed in {out}:\n{proc.stdout[-3000:]}")
    return latex.seconds + seconds


# -- The project and its synthetic growth -------------------------------------------------


def copy_project(dest: Path) -> Path:
    """A copy of what a build needs (conf.py, docs/, seeds/, tools/) at *dest*."""
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns("__pycache__", "_research", "*.egg-info")
    for name in ("seeds", "docs", "tools"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy(ROOT / "conf.py", dest / "conf.py")
    return dest


def grow(project: Path, times: int) -> int:
    """Add ``times - 1`` copies of each witness to *project*'s manifest.

    Each copy is the witness's file under a new name, with a manifest record
    (new id, siglum and checksum) and a copy of its editorial data.

    :return: the number of texts
    """
    seeds = project / "seeds"
    manifest = seeds / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    records = tomllib.loads(text)["witness"]
    blocks = re.split(r"(?m)^(?=\[\[witness\]\])", text)[1:]
    assert len(blocks) == len(records), "one [[witness]] block per record"
    added = []
    for copy in range(2, times + 1):
        for record, block in zip(records, blocks, strict=True):
            new_id = f"{record['id']}-{copy}"
            new_file = f"copy{copy}_{record['file']}"
            shutil.copy(seeds / record["file"], seeds / new_file)
            digest = hashlib.sha256((seeds / new_file).read_bytes()).hexdigest()
            editorial = seeds / "editorial" / f"{record['id']}.toml"
            if editorial.exists():
                shutil.copy(editorial, seeds / "editorial" / f"{new_id}.toml")
            block = re.sub(r'(?m)^id = ".*"$', f'id = "{new_id}"', block, count=1)
            block = re.sub(r'(?m)^siglum = ".*"$', f'siglum = "{record["siglum"]}{copy}"', block, count=1)
            block = re.sub(r'(?m)^file = ".*"$', f'file = "{new_file}"', block, count=1)
            block = re.sub(r'(?m)^sha256 = ".*"$', f'sha256 = "{digest}"', block, count=1)
            added.append(block if block.endswith("\n") else block + "\n")
    manifest.write_text(text.rstrip("\n") + "\n\n" + "\n".join(added), encoding="utf-8")
    return len(records) * times


def edition_sync(project: Path) -> None:
    """Generate the project's MyST sources (as ``edition sync`` does)."""
    env = {**os.environ, "PYTHONPATH": str(project / "tools")}
    subprocess.run([sys.executable, "-m", "edition.cli", "sync"], cwd=project, check=True, env=env,
                   capture_output=True)


# -- Edits for the incremental builds ---------------------------------------------------------


def edit_glossary_entry(project: Path, slug: str) -> None:
    """Change the definition and the text of one glossary entry."""
    path = project / "docs" / "glossary" / f"{slug}.md"
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^(definition: >-\n\s+.*?)(\.?)$", r"\1, as edited for the benchmark\2", text, count=1)
    if not n:
        raise RuntimeError(f"{path}: no folded definition to edit")
    path.write_text(text.rstrip("\n") + "\n\nA sentence added for the benchmark.\n", encoding="utf-8")


def edit_editorial_data(project: Path, text_id: str) -> None:
    """Change the text of one editor's note of one text (or of its first emendation's note)."""
    path = project / "seeds" / "editorial" / f"{text_id}.toml"
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(r'(?m)^(text|note) = "(.*)"$', r'\1 = "\2 (edited for the benchmark)"', text, count=1)
    if not n:
        raise RuntimeError(f"{path}: no note to edit")
    path.write_text(text, encoding="utf-8")


# -- Conversion ---------------------------------------------------------------------------------


def pandoc_path() -> str:
    import pypandoc  # pypandoc-binary: the bench extra

    return pypandoc.get_pandoc_path()


def convert_throughput(project: Path, files: list[Path], out: Path, repeat: int = 3) -> tuple[float, float]:
    """Seconds of ``edition convert`` and of pandoc (markdown → HTML) on *files*, start-up included.

    Each is run once untimed, then *repeat* times, alternately, and the best
    of each is kept: the first run of ``edition convert`` after a change to
    the code or the editors' data judges that data and keeps the judgement in
    the user's cache (:func:`edition.pipeline.judged`), as a first run of any
    program reads it from disk; what is measured is the editor's run after that.
    """
    env = {**os.environ, "PYTHONPATH": str(project / "tools")}
    pandoc = pandoc_path()

    def ours() -> float:
        shutil.rmtree(out / "edition", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "edition.cli", "convert", *map(str, files), "--out-dir",
                        str(out / "edition")], cwd=project, check=True, env=env, capture_output=True)
        return time.perf_counter() - start

    def theirs() -> float:
        (out / "pandoc").mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        for path in files:
            subprocess.run([pandoc, "-f", "markdown", "-t", "html", "-o", str(out / "pandoc" / f"{path.stem}.html"),
                            str(path)], check=True, capture_output=True)
        return time.perf_counter() - start

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    ours(), theirs()  # untimed: the judgement made and kept, the files and programs read from disk
    best_ours, best_theirs = float("inf"), float("inf")
    for _ in range(repeat):
        best_ours, best_theirs = min(best_ours, ours()), min(best_theirs, theirs())
    return best_ours, best_theirs


def synthetic_text(witnesses: list[Path], target_bytes: int, dest: Path) -> Path:
    """A large text: the witnesses one after another, repeated up to *target_bytes*."""
    parts = [p.read_bytes() for p in witnesses]
    chunks, size = [], 0
    while size < target_bytes:
        for part in parts:
            chunks.append(part)
            size += len(part)
    dest.write_bytes(b"\n\n".join(chunks))
    return dest


# -- Page weight ---------------------------------------------------------------------------------


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split() and a.get("href"):
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])


def page_weight(page: Path) -> dict:
    """Bytes of *page* and of the local CSS and JavaScript it loads (CSS ``@import`` not followed)."""
    parser = _Assets()
    parser.feed(page.read_text(encoding="utf-8"))
    assets = 0
    for url in dict.fromkeys(parser.urls):
        if "://" in url or url.startswith("//"):
            continue
        asset = (page.parent / url.split("?")[0].split("#")[0]).resolve()
        if asset.is_file():
            assets += asset.stat().st_size
    html = page.stat().st_size
    return {"page": str(page.name), "html": html, "assets": assets, "total": html + assets}


# -- The live preview -------------------------------------------------------------------------------

#: what ``nox -s serve`` tells sphinx-autobuild not to watch (the files the build generates)
SERVE_IGNORES = ["docs/texts/*", "docs/terms/*", "docs/_generated/*", "docs/glossary.md",
                 "docs/index-of-*.md", "docs/parallels.md", "docs/downloads.md"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (OSError, http.client.HTTPException):  # not served yet, or being rewritten
        return None


def _wait_for(url: str, marker: str | None, timeout: float, proc: subprocess.Popen) -> float:
    """Poll *url* every 20 ms until it is served (and contains *marker*); return the time it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"sphinx-autobuild stopped:\n{proc.stdout.read()[-3000:]}")
        body = _fetch(url)
        if body is not None and (marker is None or marker in body):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not show {marker!r} within {timeout} s")


def live_preview(project: Path, out: Path, slug: str, saves: int = 3, timeout: float = 300) -> dict:
    """Seconds from saving glossary entry *slug* to sphinx-autobuild serving its rebuilt page.

    Runs sphinx-autobuild as ``nox -s serve`` does (its flags and ignores), waits
    for the first build, then *saves* times appends a sentence to the entry and
    polls the served page of its letter until the sentence is there. The
    browser's reload (sphinx-autobuild's websocket) comes on top, in
    milliseconds.
    """
    from edition.data.glossary import glossary_letter, load_glossary

    entries, _ = load_glossary(project / "docs" / "glossary")
    term = next(e.term for e in entries if e.slug == slug)
    page = f"terms/{glossary_letter(term)[1]}.html"
    port = _free_port()
    ignores = [arg for pattern in SERVE_IGNORES for arg in ("--ignore", pattern)]
    cmd = [sys.executable, "-m", "sphinx_autobuild", "-n", "-W", "--keep-going", "-c", ".",
           "--watch", "seeds", *ignores, "--host", "127.0.0.1", "--port", str(port), "docs", str(out)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000", "NO_COLOR": "1",
           "PYTHONPATH": str(project / "tools")}
    env.pop("FORCE_COLOR", None)
    if out.exists():
        shutil.rmtree(out)
    proc = subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/{page}"
    try:
        first = _wait_for(url, None, timeout, proc)
        time.sleep(1)  # let the watcher settle after the first build
        entry = project / "docs" / "glossary" / f"{slug}.md"
        seconds = []
        for _ in range(saves):
            marker = f"Saved for the benchmark {uuid.uuid4().hex[:8]}."
            entry.write_text(entry.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            seconds.append(_wait_for(url, marker, timeout, proc))
            time.sleep(0.5)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {"entry": slug, "page": page, "first_build": first, "saves": seconds,
            "median": sorted(seconds)[len(seconds) // 2]}


# -- The benchmark ---------------------------------------------------------------------------------


def run(out: Path, sizes: list[int], repeat: int, pdf: bool, big_mb: float, log=print) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "sizes": sizes,
    }
    project = copy_project(out / "work" / "1x")
    edition_sync(project)
    manifest = tomllib.loads((project / "seeds" / "manifest.toml").read_text(encoding="utf-8"))
    ids = [w["id"] for w in manifest["witness"]]

    log("clean HTML: edition")
    html = out / "work" / "1x-html"
    clean = best_of(repeat, lambda: sphinx("html", project / "docs", html, project, cwd=project))
    log("clean HTML: baseline")
    baseline_src = make_baseline(project, out / "work" / "baseline")
    base = best_of(repeat, lambda: sphinx("html", baseline_src, out / "work" / "baseline-html", baseline_src,
                                          cwd=baseline_src.parent))
    # the same, as on a fresh clone: the sources regenerated too (same content, so nothing is written)
    log("clean HTML: edition, sources regenerated")
    stamp = project / "docs" / "_generated" / ".sync-stamp.json"
    regenerated = best_of(repeat, lambda: (stamp.unlink(missing_ok=True),
                                           sphinx("html", project / "docs", html, project, cwd=project))[1])
    # how much of the difference is the theme: the edition with the baseline's theme
    log("clean HTML: edition with the baseline's theme")
    themed = best_of(repeat, lambda: sphinx("html", project / "docs", out / "work" / "1x-alabaster", project,
                                            cwd=project, overrides={"html_theme": "alabaster"}))
    results["clean"] = {"edition": clean._asdict(), "baseline": base._asdict(), "ratio": clean.seconds / base.seconds,
                        "edition_sources_regenerated": regenerated._asdict(),
                        "ratio_sources_regenerated": regenerated.seconds / base.seconds,
                        "edition_alabaster": themed._asdict(), "ratio_alabaster": themed.seconds / base.seconds}

    log("incremental: no change, glossary entry, editorial data")
    again = sphinx("html", project / "docs", html, project, cwd=project, clean=False)
    slug = "bolshevism" if (project / "docs/glossary/bolshevism.md").exists() else sorted(
        p.stem for p in (project / "docs/glossary").glob("*.md") if p.stem != "README")[0]
    edit_glossary_entry(project, slug)
    gloss = sphinx("html", project / "docs", html, project, cwd=project, clean=False)
    edit_editorial_data(project, ids[0])
    editorial = sphinx("html", project / "docs", html, project, cwd=project, clean=False)
    results["incremental"] = {
        "nothing changed": again._asdict(),
        f"glossary entry {slug} (definition and text)": gloss._asdict(),
        f"editorial data of {ids[0]} (one note)": editorial._asdict(),
        "glossary_fraction": gloss.seconds / clean.seconds,
    }

    log("page weight")
    pages = [page_weight(html / "texts" / f"{i}.html") for i in ids]
    heaviest = max(pages, key=lambda p: p["total"])
    results["page_weight"] = {"heaviest_text_page": heaviest, "all": pages,
                              "searchindex_js": (html / "searchindex.js").stat().st_size,
                              "baseline_searchindex_js": (out / "work/baseline-html/searchindex.js").stat().st_size}

    log("live preview: saving a glossary entry → the page served again (sphinx-autobuild)")
    results["live_preview"] = live_preview(project, out / "work" / "serve-html", slug)

    growth = []
    for n in sizes:
        log(f"growth: {n}×")
        if n == 1:
            grown, texts, serial = copy_project(out / "work" / "grow1"), len(ids), clean
        else:
            grown = copy_project(out / "work" / f"grow{n}")
            texts = grow(grown, n)
        edition_sync(grown)
        if n != 1:
            serial = sphinx("html", grown / "docs", out / "work" / f"grow{n}-html", grown, cwd=grown)
        parallel = sphinx("html", grown / "docs", out / "work" / f"grow{n}-html-j2", grown, jobs=2, cwd=grown)
        growth.append({"size": n, "texts": texts, "serial": serial.seconds, "j2": parallel.seconds,
                       "serial_per_text": serial.seconds / texts, "j2_per_text": parallel.seconds / texts})
        if n != 1:  # hundreds of megabytes at 50×
            for path in [grown, *out.glob(f"work/grow{n}-html*")]:
                shutil.rmtree(path, ignore_errors=True)
    results["growth"] = growth

    log("conversion: edition convert vs pandoc")
    witnesses = [project / "seeds" / w["file"] for w in manifest["witness"]]
    big = synthetic_text(witnesses, int(big_mb * 1_000_000), out / "work" / "synthetic.txt")
    conversion = {}
    for name, files in (("five witnesses", witnesses), (f"synthetic {big.stat().st_size / 1e6:.1f} MB", [big])):
        size = sum(f.stat().st_size for f in files) / 1e6
        ours, theirs = convert_throughput(project, files, out / "work" / "convert")
        conversion[name] = {"mb": size, "edition_s": ours, "pandoc_s": theirs,
                            "edition_mb_s": size / ours, "pandoc_mb_s": size / theirs}
    results["conversion"] = conversion
    results["pandoc"] = subprocess.run([pandoc_path(), "--version"], capture_output=True,
                                       text=True).stdout.split("\n")[0]

    if pdf:
        log("PDF: edition, baseline")
        ours = latexpdf(project / "docs", out / "work" / "1x-latex", project, project)
        theirs = latexpdf(baseline_src, out / "work" / "baseline-latex", baseline_src, baseline_src.parent)
        results["pdf"] = {"edition": ours, "baseline": theirs, "ratio": ours / theirs}

    results["targets"] = evaluate(results)
    results["baseline_reductions"] = [r._asdict() for r in BASELINE_REDUCTIONS]
    return results


def evaluate(r: dict) -> dict:
    growth = r["growth"]
    first, last = growth[0], growth[-1]
    big = [v for k, v in r["conversion"].items() if k.startswith("synthetic")][0]
    checks = {
        "clean-html": (r["clean"]["ratio"] <= 1.5, f"{r['clean']['ratio']:.2f}×"),
        "glossary-edit": (r["incremental"]["glossary_fraction"] <= 0.30,
                          f"{100 * r['incremental']['glossary_fraction']:.0f} %"),
        "growth": (last["serial_per_text"] <= 1.2 * first["serial_per_text"],
                   f"{last['serial_per_text'] / first['serial_per_text']:.2f}× at {last['size']}× (serial)"),
        "conversion": (big["edition_mb_s"] >= big["pandoc_mb_s"],
                       f"{big['edition_mb_s']:.2f} vs {big['pandoc_mb_s']:.2f} MB/s"),
        "page-weight": (r["page_weight"]["heaviest_text_page"]["total"] < 400_000,
                        f"{r['page_weight']['heaviest_text_page']['total'] / 1000:.0f} KB"),
        "live-preview": (r["live_preview"]["median"] < 3.0, f"{r['live_preview']['median']:.1f} s (median)"),
    }
    return {name: {"target": TARGETS[name], "pass": ok, "measured": measured}
            for name, (ok, measured) in checks.items()}


def markdown(r: dict) -> str:
    c = r["clean"]
    lines = [
        "# Benchmark of the edition's build",
        "",
        f"Python {r['machine']['python']}, {r['machine']['cpus']} CPUs, {r['machine']['platform']}; "
        f"{r['pandoc']}. Seconds are wall-clock times of whole processes.",
        "",
        "| Measure | Edition | Baseline / other | Ratio |",
        "|---|---:|---:|---:|",
        f"| Clean HTML build (serial), s | {c['edition']['seconds']:.1f} | {c['baseline']['seconds']:.1f} "
        f"| {c['ratio']:.2f} |",
        f"| Clean HTML build, sources regenerated too (fresh clone), s "
        f"| {c['edition_sources_regenerated']['seconds']:.1f} | {c['baseline']['seconds']:.1f} "
        f"| {c['ratio_sources_regenerated']:.2f} |",
        f"| Clean HTML build with the baseline's theme (alabaster for furo), s "
        f"| {c['edition_alabaster']['seconds']:.1f} | {c['baseline']['seconds']:.1f} "
        f"| {c['ratio_alabaster']:.2f} |",
    ]
    for name, b in r["incremental"].items():
        if name == "glossary_fraction":
            continue
        lines.append(f"| Rebuild after: {name}, s (pages read / written) | {b['seconds']:.1f} "
                     f"({b['read']} / {b['written']}) | clean {c['edition']['seconds']:.1f} "
                     f"| {b['seconds'] / c['edition']['seconds']:.2f} |")
    live = r["live_preview"]
    lines.append(f"| Live preview (nox -s serve): saved glossary entry {live['entry']} served rebuilt, s "
                 f"(median of {len(live['saves'])}) | {live['median']:.1f} "
                 f"| first build {live['first_build']:.1f} | |")
    first = r["growth"][0]
    for g in r["growth"]:
        lines.append(f"| Growth {g['size']}× ({g['texts']} texts): s per text, serial / -j 2 "
                     f"| {g['serial_per_text']:.2f} / {g['j2_per_text']:.2f} | total {g['serial']:.1f} / "
                     f"{g['j2']:.1f} s | {g['serial_per_text'] / first['serial_per_text']:.2f} |")
    for name, v in r["conversion"].items():
        lines.append(f"| Conversion, {name} ({v['mb']:.2f} MB), MB/s | {v['edition_mb_s']:.2f} "
                     f"| pandoc {v['pandoc_mb_s']:.2f} | {v['edition_mb_s'] / v['pandoc_mb_s']:.2f} |")
    if "pdf" in r:
        p = r["pdf"]
        lines.append(f"| PDF build (LaTeX + xelatex), s | {p['edition']:.1f} | {p['baseline']:.1f} "
                     f"| {p['ratio']:.2f} |")
    w = r["page_weight"]
    h = w["heaviest_text_page"]
    lines.append(f"| Heaviest text page ({h['page']}), bytes: HTML + CSS/JS | {h['html']:,} + {h['assets']:,} "
                 f"= {h['total']:,} | | |")
    lines.append(f"| searchindex.js, bytes | {w['searchindex_js']:,} | {w['baseline_searchindex_js']:,} "
                 f"| {w['searchindex_js'] / w['baseline_searchindex_js']:.2f} |")
    lines += ["", "| Target | Measured | Result |", "|---|---|---|"]
    for t in r["targets"].values():
        lines.append(f"| {t['target']} | {t['measured']} | {'pass' if t['pass'] else 'FAIL'} |")
    lines += ["", "The baseline is the same generated MyST, built by bare Sphinx (myst-parser only) with:", ""]
    lines += [f"- {x.what} → {x.becomes}" for x in BASELINE_REDUCTIONS]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python benchmarks/bench.py", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="sizes 1× and 2×, one run each, no PDF, a 1 MB text")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    p.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 1,10,50)")
    p.add_argument("--repeat", type=int, default=None, help="runs of each clean build; the best counts (default 2)")
    p.add_argument("--no-pdf", action="store_true", help="skip the PDF builds")
    args = p.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("1,2" if args.quick else "1,10,50")).split(",")]
    if sizes[0] != 1:
        sizes.insert(0, 1)
    repeat = args.repeat or (1 if args.quick else 2)
    out = args.out.resolve()
    for protected in (ROOT / "docs", ROOT / "seeds"):
        if out == protected or protected in out.parents:
            p.error(f"--out must not be inside {protected}")
    started = time.perf_counter()
    results = run(out, sizes, repeat, pdf=not (args.quick or args.no_pdf), big_mb=1.0 if args.quick else 6.8,
                  log=lambda m: print(f"[bench {time.perf_counter() - started:6.0f} s] {m}", flush=True))
    results["bench_seconds"] = time.perf_counter() - started
    (out / "bench.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    table = markdown(results)
    (out / "bench.md").write_text(table, encoding="utf-8")
    print(table)
    print(f"Wrote {out / 'bench.md'} and {out / 'bench.json'}")
    return verdict(results["targets"], quick=args.quick)


def verdict(targets: dict, quick: bool = False, say=print) -> int:
    """The exit status: 1 if a target was missed, so that a change that breaks one fails the session.

    A ``--quick`` run only reports: its single, short runs are too noisy to judge.
    """
    missed = [f"{name} ({t['measured']}; target: {t['target']})" for name, t in targets.items() if not t["pass"]]
    if not missed:
        return 0
    if quick:
        say("Missed in this quick run (not judged; run the full benchmark): " + "; ".join(missed))
        return 0
    say("Targets missed: " + "; ".join(missed))
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
