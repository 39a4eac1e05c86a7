"""A small project for the sphinx-design tests: components on one page, none on the other."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

project = "Design test"
extensions = ["myst_parser", "sphinx_design", "sphinxcontrib.bibtex", "edition.sphinxext"]
bibtex_bibfiles: list[str] = []
edition_manifest = ""  # no witnesses
edition_glossary_dir = "glossary"
html_theme = "furo"
smartquotes = False
