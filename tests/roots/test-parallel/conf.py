"""Enough pages for Sphinx to read them in parallel, each using a glossary term and the search."""

project = "Parallel"
extensions = ["myst_parser", "edition.sphinxext.glossary", "edition.sphinxext.search"]
exclude_patterns = ["glossary/*"]
