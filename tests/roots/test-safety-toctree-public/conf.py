"""A table of contents whose external entries are public sites: built."""

project = "Public tables of contents"
extensions = ["myst_parser", "edition.sphinxext.safety"]
