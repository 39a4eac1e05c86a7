"""A small page for the browser tests: notes of every kind, as the edition renders them."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

project = "Notes test"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "edition.sphinxext"]
myst_enable_extensions = ["attrs_block", "attrs_inline", "colon_fence"]
bibtex_bibfiles: list[str] = []
edition_manifest = ""  # no witnesses: this page is written by hand
edition_glossary_dir = "glossary"
html_theme = "furo"
html_static_path = [str(ROOT / "docs" / "_static")]
html_css_files = ["edition.css"]
html_js_files = ["edition.js"]
smartquotes = False
html_favicon = str(ROOT / "docs" / "_static" / "favicon.svg")
