"""A glossary entry's section holding what no entry may make, and lists deeper than LaTeX prints."""

project = "Safety of entries"
extensions = ["myst_parser", "sphinx_design", "edition.sphinxext.safety"]
myst_enable_extensions = ["colon_fence", "deflist", "attrs_block"]
