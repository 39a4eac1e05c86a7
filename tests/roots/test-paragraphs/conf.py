"""Numbered paragraphs: a linkable number on each, and {para} links to them."""

project = "Paragraphs"
extensions = ["myst_parser", "edition.sphinxext.paragraphs"]
myst_enable_extensions = ["attrs_block"]
edition_manifest = ""
