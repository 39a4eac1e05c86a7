"""Files written whole, never through a link; links found, never followed (:mod:`edition.files`),
and the caches' key and digests, which a committed link must not reach (sixth red team)."""

from __future__ import annotations

import os

import pytest

from edition.files import symbolic_links, write_whole
from edition.pipeline import cache_secret, folder_digest


def test_a_file_is_written_whole_and_no_partial_file_is_left(tmp_path):
    path = tmp_path / "folder" / "page.md"
    write_whole(path, "Text\n")
    write_whole(path, b"Bytes\n")
    assert path.read_bytes() == b"Bytes\n"
    assert [p.name for p in path.parent.iterdir()] == ["page.md"]


def test_a_link_at_the_place_is_replaced_not_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("ORIGINAL", encoding="utf-8")
    page = tmp_path / "docs" / "parallels.md"
    page.parent.mkdir()
    page.symlink_to(victim)
    write_whole(page, "the page")
    assert victim.read_text(encoding="utf-8") == "ORIGINAL"
    assert not page.is_symlink() and page.read_text(encoding="utf-8") == "the page"


def test_links_at_the_names_of_partial_files_are_never_opened(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("ORIGINAL", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    # every name the old scheme would have used, and the new one's prefix with likely endings
    for name in [f".parallels.md.{os.getpid()}.partial", ".parallels.md.partial",
                 *(f".parallels.md.{n}.partial" for n in range(100))]:
        (docs / name).symlink_to(victim)
    write_whole(docs / "parallels.md", "the page")
    assert victim.read_text(encoding="utf-8") == "ORIGINAL"


def test_links_are_found_at_every_depth_and_none_is_followed(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "page.md").symlink_to("/etc/hostname")
    (tmp_path / "linked").symlink_to(tmp_path / "a")  # a linked folder: found, not entered
    (tmp_path / "a" / "plain.md").write_text("x", encoding="utf-8")
    assert symbolic_links(tmp_path) == [tmp_path / "a" / "b" / "page.md", tmp_path / "linked"]
    assert symbolic_links(tmp_path / "linked") == [tmp_path / "linked"]
    assert symbolic_links(tmp_path / "a") == [tmp_path / "a" / "b" / "page.md"]


def test_the_digest_of_a_folder_reads_no_file_through_a_link(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "entry.md").write_text("x", encoding="utf-8")
    before = folder_digest(folder)
    (folder / "mem.md").symlink_to("/proc/self/mem")  # read through, this would fail or hang
    linked = folder_digest(folder)
    assert linked != before
    (folder / "mem.md").unlink()
    (folder / "mem.md").symlink_to("/etc/hostname")
    assert folder_digest(folder) != linked  # a link is known by what it says


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "edition"


def test_the_key_is_made_once_and_the_users_alone(cache):
    secret = cache_secret()
    assert secret is not None and len(secret) == 32 and cache_secret() == secret
    assert (cache / "cache-secret").stat().st_mode & 0o777 == 0o600


def test_a_link_at_the_key_is_neither_read_nor_written_through(cache, tmp_path):
    known = tmp_path / "known.txt"
    known.write_text("a text the attacker knows, longer than thirty-two bytes", encoding="utf-8")
    cache.mkdir(parents=True)
    (cache / "cache-secret").symlink_to(known)
    secret = cache_secret()
    assert secret is not None and secret != known.read_bytes()
    assert known.read_text(encoding="utf-8").startswith("a text the attacker knows")
    assert not (cache / "cache-secret").is_symlink()


def test_a_key_others_may_read_is_made_again(cache):
    secret = cache_secret()
    (cache / "cache-secret").chmod(0o644)
    assert cache_secret() not in (None, secret)
