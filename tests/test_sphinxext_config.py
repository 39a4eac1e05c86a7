"""One validated configuration for the build, `edition check` and `edition sync` (edition.sphinxext.config)."""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import _clean_up_global_state

from edition.data.config import MADE_FOLDERS
from edition.sphinxext.config import EditionConfig, EditionConfigError, edition_config
from sphinxtest import warnings_of

ROOT = Path(__file__).resolve().parent.parent


def test_every_field_has_a_validator_and_help():
    for item in dataclasses.fields(EditionConfig):
        assert callable(item.metadata["validator"]) and item.metadata["help"], item.name


@pytest.mark.parametrize(("name", "value"), [
    ("paper", "a3"), ("manifest", "/etc/manifest.toml"), ("glossary_dir", "../elsewhere"),
    ("glossary_dir", "terms"), ("glossary_dir", ""), ("indexes_dir", "texts/names"), ("indexes_dir", "_generated"),
    # red team round 8: a glob Sphinx would read ("**", "[1]"), a drive, a backslash, a build folder in capitals
    ("glossary_dir", "**"), ("glossary_dir", "*"), ("glossary_dir", "glossary[1]"), ("glossary_dir", "C:glossary"),
    ("glossary_dir", "C:\\glossary"), ("glossary_dir", "gl\\sub"), ("glossary_dir", "Texts"),
    ("glossary_dir", "."), ("indexes_dir", "_Generated/names"),
    ("download_pages", "downloads"), ("repository_url", "javascript:alert(1)"), ("compat_furo", "yes"),
])
def test_a_bad_value_is_refused_with_its_name(name, value):
    with pytest.raises(EditionConfigError, match=f"edition_{name}"):
        EditionConfig(**{name: value})


def test_no_data_folder_is_one_the_build_makes():
    from edition.sync import OWN_FOLDERS

    assert {folder.parts[0] for folder in OWN_FOLDERS} <= set(MADE_FOLDERS)
    assert EditionConfig(glossary_dir="entries/terms", indexes_dir="names").glossary_dir == "entries/terms"
    assert EditionConfig(glossary_dir="glossary/").glossary_dir == "glossary/"  # the near misses: plain names
    assert EditionConfig(glossary_dir="Glossar-2.de").glossary_dir == "Glossar-2.de"


def test_the_edition_s_conf_py_is_read_without_sphinx():
    config = edition_config(ROOT)
    assert config.manifest == "seeds/manifest.toml" and config.glossary_dir == "glossary"
    assert config.indexes_dir == "indexes" and config.download_pages == ("downloads",)


def test_a_project_without_conf_py_has_the_defaults(tmp_path):
    assert edition_config(tmp_path) == EditionConfig()


def test_sync_reads_the_glossary_from_the_configured_folder(tmp_path):
    from edition.data.manifest import load_manifest
    from edition.pipeline import outputs

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "glossary", docs / "terms-src")
    shutil.copytree(ROOT / "docs" / "indexes", docs / "names")
    config = EditionConfig(glossary_dir="terms-src", indexes_dir="names")
    made = outputs(load_manifest(ROOT / "seeds" / "manifest.toml"), docs, config=config)
    glossary = next(out for out in made if out.path == docs / "glossary.md")
    assert "nomenklatura" in glossary.content


@pytest.mark.sphinx("html", testroot="minimal", confoverrides={"extensions": ["edition.sphinxext.config"],
                                                              "edition_paper": "a3"})
def test_the_build_stops_on_a_bad_value_without_a_traceback(make_app, app_params):
    args, kwargs = app_params
    stream = io.StringIO()
    try:
        with pytest.raises(SystemExit) as stop:
            make_app(*args, **kwargs, warning=stream)
    finally:
        _clean_up_global_state()  # the application never came to be: make_app cannot clean up after it
    assert stop.value.code == 2
    log = warnings_of(stream)
    assert "Configuration error:" in log and "edition_paper must be one of a4, a5, not 'a3'" in log
    assert "[edition.config]" in log and "Traceback" not in log
