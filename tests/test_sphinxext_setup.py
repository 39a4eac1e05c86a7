"""Each of the edition's Sphinx extensions loads alone, declares its parallel safety, and logs typed warnings."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from edition.sphinxext import EXTENSIONS, warning_types
from sphinxtest import assert_no_warnings

SPHINXEXT = Path(__file__).resolve().parent.parent / "tools" / "edition" / "sphinxext"


@pytest.mark.parametrize("name", EXTENSIONS)
def test_each_extension_builds_a_project_alone(make_app, rootdir, tmp_path, name):
    srcdir = tmp_path / "minimal"
    shutil.copytree(rootdir / "test-minimal", srcdir)
    app = make_app("html", srcdir=srcdir, confoverrides={"extensions": [f"edition.sphinxext.{name}"]})
    app.build()
    assert_no_warnings(app.warning)
    extension = app.extensions[f"edition.sphinxext.{name}"]
    assert extension.parallel_read_safe is True and extension.parallel_write_safe is True
    assert isinstance(extension.metadata.get("env_version"), int)


@pytest.mark.sphinx("html", testroot="minimal", confoverrides={"extensions": ["edition.sphinxext"]})
def test_the_package_loads_every_extension(app, warning):
    app.build()
    assert_no_warnings(warning)
    assert {f"edition.sphinxext.{name}" for name in EXTENSIONS} <= set(app.extensions)


def test_every_warning_has_the_edition_type_and_a_declared_subtype():
    sources = {path: path.read_text(encoding="utf-8") for path in SPHINXEXT.rglob("*.py")}
    for path, text in sources.items():
        assert 'type="edition"' not in text, f"{path}: use warning_types.TYPE"
        for subtype in re.findall(r"subtype=warning_types\.([A-Z_]+)", text):
            assert getattr(warning_types, subtype) in warning_types.SUBTYPES, (path, subtype)
        # every call names its type (one keeps sphinxcontrib-bibtex's own, as the domain it replaces does)
        for call in re.findall(r"logger\.(?:warning|error)\((.*?)\)\n", text, re.S):
            assert "type=warning_types.TYPE" in call or 'type="bibtex"' in call, (path, call)


def test_no_extension_keeps_state_in_module_globals_or_env_attributes():
    for path in SPHINXEXT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\benv\.edition_\w+", text), path
        # a mutable dict or set at module level, filled at run time
        assert not re.search(r"^[A-Z_]+: (?:dict|set)\[[^\]]*\] = (?:\{\}|set\(\))", text, re.M), path
