"""The compiled patterns kept between runs (:mod:`edition.patterns`): each the very pattern ``re`` compiles,
used only where tested, and never more than time."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from edition import patterns

ROOT = Path(__file__).resolve().parent.parent
needs_tested_re = pytest.mark.skipif(not patterns.supported(), reason="compiled patterns are kept on CPython 3.11 only")


def package_patterns() -> list[tuple[str, int]]:
    """The (pattern, flags) of every pattern the converter's modules compile when imported, in a new process."""
    code = (
        "import json, re, sys\n"
        "before = set(re._cache)\n"
        "import edition.convert, edition.linking.terms, edition.writers.myst\n"
        "print(json.dumps([[k[1], k[2]] for k in re._cache if k not in before and k[0] is str]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "tools")}).stdout
    return [tuple(item) for item in json.loads(out)]


@needs_tested_re
def test_the_package_s_patterns_fit_in_what_is_kept() -> None:
    """Every pattern the modules compile is kept (:data:`~edition.patterns.KEPT_MOST`, below ``re``'s own cache
    of 512): a rule added past it is compiled again at each start-up, unmeasured but by ``nox -s bench``. When
    this fails, raise the bound only with ``re``'s cache in mind, or compile the new rule's patterns lazily."""
    found = package_patterns()
    assert len(found) <= patterns.KEPT_MOST, f"{len(found)} patterns compiled at import, {patterns.KEPT_MOST} kept"


@needs_tested_re
def test_each_kept_pattern_is_the_one_re_compiles() -> None:
    """Against upstream: the pattern made from the kept entry equals ``re``'s own compilation of it (Pattern
    objects compare their flags, their source and their code), for every pattern of the package and for the
    flags and constructs the package does not use yet."""
    from re import _compiler  # type: ignore[attr-defined]

    found = package_patterns()
    assert len(found) > 150  # the converter's rules: a count far below means the subprocess imported nothing
    extra = [(r"(?P<year>\d{4})-(?P<month>\d\d)", 0), (r"^a.c$", re.I | re.M | re.S), (r"(?x) a  b # c", 0),
             (r"(?<=\w)x(?!y)|[^\W\d_]+", 0), (r"\bé\w*", re.A), (r"(a)?(?(1)b|c)", 0), ("[\U0001f000-\U0001faff]", 0)]
    for pattern, flags in found + extra:
        made = patterns.from_entry(json.loads(json.dumps(patterns.compiled_entry(pattern, flags))))
        theirs = _compiler.compile(pattern, flags)
        assert made == theirs, pattern
        assert (made.groups, made.groupindex, made.flags) == (theirs.groups, theirs.groupindex, theirs.flags)


def convert(tmp_path: Path, cache: Path, out: str) -> subprocess.CompletedProcess:
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools"), "EDITION_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "edition.cli", "convert", *seeds, "--out-dir", str(tmp_path / out)],
                          capture_output=True, text=True, env=env, cwd=ROOT)


def outputs(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


@needs_tested_re
def test_a_run_keeps_the_patterns_and_the_next_uses_them_with_the_same_output(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = convert(tmp_path, cache, "first")
    assert first.returncode == 0, first.stderr
    kept = list((cache / "edition").glob("patterns-*.json"))
    assert len(kept) == 1
    head, _, body = kept[0].read_bytes().partition(b"\n")
    assert head == hashlib.sha256(body).hexdigest().encode() and len(json.loads(body)) > 150
    second = convert(tmp_path, cache, "second")
    assert second.returncode == 0, second.stderr
    assert outputs(tmp_path / "first") == outputs(tmp_path / "second") != {}
    # the second run found nothing new to keep: the file is the same
    assert kept[0].read_bytes() == head + b"\n" + body
    code = ("import re, sys\nfrom edition import patterns\nn = patterns.preload()\n"
            "import edition.convert\nprint(n)")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "tools"), "EDITION_CACHE": str(cache)})
    assert int(loaded.stdout) > 150


@pytest.mark.parametrize("damage", ["cut short", "another digest", "not JSON", "not a list", "a bad entry",
                                    "code the engine refuses", "not Base64"])
@needs_tested_re
def test_a_damaged_file_is_only_time_lost(tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file cut short, with another digest, or entries that are not patterns: nothing (or only the good
    entries) put in re's cache, no error; the engine refuses code that is not its own."""
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path))
    good = patterns.compiled_entry(r"kept(\d+)", 0)
    bad_code = [*good[:3], "AAAAAP////8=", *good[4:]]  # words that are no program of the engine
    entries: object = {"cut short": [good], "another digest": [good], "not JSON": None, "not a list": {"a": 1},
                       "a bad entry": [[1, 2], good], "code the engine refuses": [bad_code],
                       "not Base64": [[*good[:3], "%%%", *good[4:]]]}[damage]
    body = b"{" if entries is None else json.dumps(entries).encode()
    head = hashlib.sha256(body).hexdigest().encode()
    if damage == "another digest":
        head = hashlib.sha256(b"other").hexdigest().encode()
    data = head + b"\n" + body
    path = patterns.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(data[:-3] if damage == "cut short" else data)
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re._cache.clear()  # type: ignore[attr-defined]
        count = patterns.preload()
        assert count == (1 if damage == "a bad entry" else 0)
        assert re.compile(r"kept(\d+)").match("kept12").group(1) == "12"
    finally:
        re._cache.clear()  # type: ignore[attr-defined]
        re._cache.update(saved)  # type: ignore[attr-defined]
        patterns._loaded.clear()
        patterns._before.clear()


def test_nothing_is_loaded_or_kept_on_an_untested_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path))
    monkeypatch.setattr(patterns, "TESTED", frozenset())
    assert not patterns.supported()
    assert patterns.keep() == 0 and patterns.preload() == 0
    assert not list(tmp_path.rglob("patterns-*"))


@needs_tested_re
def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("EDITION_CACHE", str(blocker))
    re.compile(r"never kept before (\d+) times")
    assert patterns.keep() == 0


@needs_tested_re
def test_a_pattern_with_a_lone_surrogate_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern UTF-8 cannot encode (a test's, a text's) is kept escaped, and read back the same."""
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path))
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re._cache.clear()  # type: ignore[attr-defined]  (a test process has compiled more than is kept)
        lone = re.compile("[\ud800-\udfff]x")
        assert patterns.keep() > 0
    finally:
        re._cache.clear()  # type: ignore[attr-defined]
        re._cache.update(saved)  # type: ignore[attr-defined]
        patterns._loaded.clear()
    entries = patterns._read(patterns.cache_path())
    entry = next(e for e in entries if e[0] == lone.pattern)
    assert patterns.from_entry(entry) == lone
