"""An editor's note: its marker and the note link to each other."""

project = "Editor's notes"
extensions = ["myst_parser", "edition.sphinxext.ednotes"]
myst_enable_extensions = ["colon_fence"]
