"""Index entries and variant spellings in the search (:mod:`edition.sphinxext.search`)."""

from __future__ import annotations

import json
import re

import pytest

from sphinxtest import assert_no_warnings


@pytest.mark.sphinx("html", testroot="search")
def test_an_entry_is_an_object_of_the_search(app, warning):
    app.build()
    assert_no_warnings(warning)
    index = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
    assert '"Gorbachev, Mikhail (Gorbachov)"' in index and "ix-persons-gorbachev-mikhail" in index


@pytest.mark.sphinx("html", testroot="search")
def test_a_variant_spelling_is_searched_as_the_main_form(app, warning):
    """From the folder ``edition_indexes_dir`` names (not the default): the configuration is honoured."""
    app.build()
    assert_no_warnings(warning)
    language = (app.outdir / "_static" / "language_data.js").read_text(encoding="utf-8")
    spellings = json.loads(re.search(r"const EDITION_SPELLINGS = (\{.*?\});", language).group(1))
    assert spellings == {"gorbachov": "gorbachev"}
    assert app.builder.indexer.lang.stem("Gorbachov") == app.builder.indexer.lang.stem("Gorbachev")
