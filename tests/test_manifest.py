"""The manifest, and the integrity of the witnesses."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from conftest import ROOT, copy_project, sphinx_build
from edition.data.manifest import REQUIRED, load_manifest, verify_witnesses
from edition.errors import EditionError, WitnessIntegrityError


def test_seeds_are_byte_identical_to_the_client_copies(manifest):
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("the client's copies (../shared/seeds) are not beside this checkout")
    for record in manifest.witnesses:
        assert manifest.witness_path(record).read_bytes() == (shared / record["file"]).read_bytes()


def test_every_witness_has_a_complete_record(manifest):
    assert len(manifest.witnesses) == 5
    for record in manifest.witnesses:
        for key in REQUIRED:
            assert key in record
        assert record["sha256"] == hashlib.sha256(manifest.witness_path(record).read_bytes()).hexdigest()
        assert record["author_evidence"], record["id"]
        if record["author_editorial"]:
            assert len(record["author_evidence"]) > 40
    assert len({r["siglum"] for r in manifest.witnesses}) == 5


def test_a_changed_witness_is_refused_by_name(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    manifest = load_manifest(tmp_path / "seeds" / "manifest.toml")
    verify_witnesses(manifest)
    target = manifest.witness_path(manifest.witnesses[2])
    target.write_bytes(target.read_bytes().replace(b"Soviet", b"Sovjet", 1))
    with pytest.raises(WitnessIntegrityError) as err:
        verify_witnesses(manifest)
    assert str(err.value).startswith(str(target))
    assert "the witness has changed" in str(err.value)


def test_a_manifest_missing_fields_names_file_and_line(tmp_path):
    path = tmp_path / "manifest.toml"
    path.write_text('schema = 1\n\n[[witness]]\nid = "a"\nfile = "a.txt"\n', encoding="utf-8")
    with pytest.raises(EditionError) as err:
        load_manifest(path)
    assert str(err.value).startswith(f"{path}:5: witness a.txt lacks siglum")


@pytest.mark.build
def test_the_build_refuses_a_changed_witness(tmp_path):
    copy_project(tmp_path)
    witness = tmp_path / "seeds" / "004_90960ef981d27cfa.txt"
    witness.write_text(witness.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    proc = sphinx_build("html", tmp_path / "out", cwd=tmp_path)
    assert proc.returncode != 0
    assert "Witness error" in proc.stderr
    assert "004_90960ef981d27cfa.txt: the witness has changed" in proc.stderr
    assert "Traceback" not in proc.stderr
