"""A link to the repository on GitHub, made from the one configured address."""

project = "Repository"
extensions = ["myst_parser", "edition.sphinxext.repository"]
edition_repository_url = "https://github.com/example/edition"
edition_repository_branch = "main"
