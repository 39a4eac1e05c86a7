"""A small project for the citation tests: the same works cited again and again."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

project = "Citations test"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "edition.sphinxext"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
edition_manifest = ""  # no witnesses
edition_glossary_dir = "glossary"
smartquotes = False
