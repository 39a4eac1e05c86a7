"""The extensions' state, kept per document in the ``edition`` domain: parallel reading gives the same."""

from __future__ import annotations

import copy
import pickle

import pytest

from edition.sphinxext.domain import PER_DOCUMENT, EditionData, edition_domain
from sphinxtest import assert_no_warnings


def state(app) -> dict:
    domain = edition_domain(app.env)
    return {name: domain.per_document(name) for name in PER_DOCUMENT}


@pytest.mark.sphinx("html", testroot="parallel", freshenv=True, parallel=2)
def test_parallel_reading_records_what_serial_reading_does(app, warning, make_app, app_params, tmp_path):
    assert app.parallel == 2 and app.is_parallel_allowed("read") and app.is_parallel_allowed("write")
    app.build()  # read and written by two processes
    assert_no_warnings(warning)
    parallel = copy.deepcopy(state(app))
    assert set(parallel["gloss_slugs"]) == {f"page{i}" for i in range(8)}
    assert len(parallel["entries"]) == 8
    pages = {page: (app.outdir / f"{page}.html").read_bytes() for page in ["index", "page0", "page7"]}
    app.cleanup()  # a second application in this process: docutils' registries as they were
    args, kwargs = app_params
    serial = make_app(*args, **{**kwargs, "parallel": 0, "builddir": tmp_path / "serial"})
    serial.build()
    assert_no_warnings(serial.warning)
    assert state(serial) == parallel
    for page, html in pages.items():
        assert (serial.outdir / f"{page}.html").read_bytes() == html, page


@pytest.mark.sphinx("html", testroot="parallel", freshenv=True)
def test_a_page_read_again_is_forgotten_first(app, warning):
    app.build()
    domain = edition_domain(app.env)
    domain.clear_doc("page3")
    assert "page3" not in domain.per_document("gloss_slugs")
    assert all(doc != "page3" for doc, _kind, _names in domain.entries.values())


def test_the_build_s_data_is_frozen_and_pickles():
    data = EditionData(definitions={"x": ("x", "an x", "x.md")}, print_design="/design")
    with pytest.raises(TypeError):
        data.definitions["y"] = ("y", "a y", "y.md")  # type: ignore[index]
    again = pickle.loads(pickle.dumps(data))
    assert dict(again.definitions) == {"x": ("x", "an x", "x.md")} and again.print_design == "/design"
