"""A term of the glossary in a page, linked to its entry, its definition for the tooltip."""

project = "Glossary"
extensions = ["myst_parser", "edition.sphinxext.glossary"]
exclude_patterns = ["glossary/*"]  # the entry files are not pages
edition_glossary_dir = "glossary"
