"""Links a browser reads as another host than a reader sees: refused, and the build stops before writing."""

project = "Safety of links"
extensions = ["myst_parser", "edition.sphinxext.safety"]
