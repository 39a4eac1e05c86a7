"""``edition check --format github``: problems as GitHub workflow annotations.

Each problem becomes a workflow command that GitHub shows on its line of a
pull request's changed files, and in the run's log::

    ::error file=docs/glossary/x.md,line=3,title=edition check (glossary-field)::the message

and a short Markdown summary goes to the job's summary page (the file named by
``$GITHUB_STEP_SUMMARY``). Escaping follows GitHub's own toolkit
(``@actions/core``, ``command.ts``): in the message ``%``, CR and LF are
percent-encoded; in a property ``:`` and ``,`` too, since they separate
properties. This module formats; which problems there are is
:func:`edition.check.check_project`'s business. Tested in tests/test_cli.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

#: how many problems the job summary lists before it says how many more there are
SUMMARY_ROWS = 50


def escape_data(text: str) -> str:
    """A workflow command's message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (``file=``, ``title=``), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repository_path(path: str, root: Path) -> str:
    """*path* relative to the repository *root*, with ``/``: the form GitHub places annotations by."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(root.resolve())
        except ValueError:
            pass
    return candidate.as_posix()


def annotation(problem, root: Path = Path(".")) -> str:
    """One problem (an :class:`edition.check.Problem`) as an ``::error`` workflow command."""
    props = [f"file={escape_property(repository_path(problem.path, root))}"]
    if problem.line:
        props.append(f"line={problem.line}")
    props.append(f"title={escape_property(f'edition check ({problem.code})')}")
    return f"::error {','.join(props)}::{escape_data(problem.message)}"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def summary(problems: Sequence, root: Path = Path(".")) -> str:
    """The Markdown for the job summary: a count, and a table of the first :data:`SUMMARY_ROWS` problems."""
    if not problems:
        return "### edition check\n\nThe glossary, the bibliography and the citations are in order.\n"
    files = {p.path for p in problems}
    lines = [
        "### edition check",
        "",
        f"{len(problems)} problem(s) in {len(files)} file(s); each is marked on its line "
        "in the pull request's *Files changed*.",
        "",
        "| File | Line | Problem | Kind |",
        "|---|---:|---|---|",
    ]
    for p in problems[:SUMMARY_ROWS]:
        lines.append(f"| `{_cell(repository_path(p.path, root))}` | {p.line or ''} | {_cell(p.message)} "
                     f"| `{_cell(p.code)}` |")
    if len(problems) > SUMMARY_ROWS:
        lines += ["", f"… and {len(problems) - SUMMARY_ROWS} more: run `edition check` to see them all."]
    return "\n".join(lines) + "\n"
