"""The glossary's entry files in a folder of the project's choosing: data, never pages."""

project = "Glossary folder"
extensions = ["myst_parser", "edition.sphinxext.glossary"]
edition_glossary_dir = "entries"  # no exclude_patterns: the extension leaves the folder out
