"""Helpers for the tests that build a small project in this process (sphinx.testing)."""

from __future__ import annotations

from sphinx._cli.util.errors import strip_escape_sequences


def warnings_of(warning) -> str:
    """What the build warned, without colours (the ``warning`` fixture's stream)."""
    return strip_escape_sequences(warning.getvalue())


def assert_no_warnings(warning) -> None:
    assert warnings_of(warning) == "", warnings_of(warning)
