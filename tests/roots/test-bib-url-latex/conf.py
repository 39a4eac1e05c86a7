"""One entry of a bibliography whose url holds every character LaTeX treats specially (``_ % # & ~``), set
as the edition sets addresses (xurl): the PDF must print and link the address as written."""

project = "An address in the PDF"
extensions = ["myst_parser", "sphinxcontrib.bibtex"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
bibtex_default_style = "plain"
latex_engine = "xelatex"
latex_elements = {"preamble": "\\usepackage{xurl}\n\\Urlmuskip=0mu plus 1mu\n"}
