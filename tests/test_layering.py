"""The package's layout is its pipeline: each stage imports only the stages below it.

Every module of ``tools/edition/`` is parsed with :mod:`ast` (nothing is
imported), and each ``import``/``from … import`` in it, at the top or inside
a function, is checked against :data:`STAGES`:

- the text core (the model, the errors, ``edition.witness``) imports nothing
  of Sphinx, docutils or myst-parser, so that reading and converting a
  witness is tested on small strings, without a build;
- a module never imports one of a higher stage (the data never imports the
  writers, the writers never the Sphinx layer…);
- the modules import each other in no cycle.

A new module must be given its stage here: the test names any it does not know.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tools" / "edition"

#: the stages of the pipeline, lowest first: a module may import its own
#: stage and those before it. Keys are module names under ``edition.``; a
#: package stands for all its modules.
STAGES: list[tuple[str, list[str]]] = [
    ("records", ["model", "errors", "files", "patterns", "__init__"]),
    ("witness", ["witness"]),  # a witness read and laid out, its inline content
    ("data", ["data"]),  # the editors' data: manifest, apparatus, glossary, indexes, bibliography
    ("convert", ["convert"]),  # witness + editorial data → Edition
    ("linking", ["linking"]),  # citations, glossary terms, search spellings
    ("writers", ["writers"]),  # Edition → MyST, TEI, plain text; the printed edition's rules
    ("site", ["site"]),  # the generated pages: glossary, indexes, parallels, downloads, texts
    ("pipeline", ["pipeline"]),  # every witness through every stage: what `sync` writes
    ("commands", ["sync", "check", "annotations"]),  # write the sources; judge the data
    ("sphinx", ["sphinxext"]),  # the build
    ("cli", ["cli", "__main__"]),  # the `edition` command (and `python -m edition`)
]
#: the text core: imports nothing of these
CORE = ["records", "witness"]
SPHINX_PACKAGES = {"sphinx", "docutils", "myst_parser", "sphinxcontrib", "sphinx_design", "furo", "pybtex"}


def modules() -> dict[str, Path]:
    """Every module of the package, by its dotted name under ``edition.``."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        out[".".join(parts)] = path
    return out


def stage_of(name: str) -> int:
    """The index in :data:`STAGES` of module *name* (``witness.inline``, ``check``…)."""
    for i, (_, members) in enumerate(STAGES):
        for member in members:
            if name == member or name.startswith(member + "."):
                return i
    raise LookupError(name)


def imports(name: str, path: Path) -> list[tuple[str, int]]:
    """What module *name* imports: ``edition.``-relative names for the package's own, else top-level names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name.split(".")[:-1]  # the package a relative import starts from
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
                if not node.module:  # from . import x: x may be a module
                    for alias in node.names:
                        candidate = ".".join([*target, alias.name])
                        found.append((f"edition.{candidate}" if candidate in modules() else
                                      "edition." + ".".join(target) if target else "edition", node.lineno))
                    continue
                found.append(("edition." + ".".join(target), node.lineno))
            else:
                found.append((node.module or "", node.lineno))
    return found


def own(imported: str) -> str | None:
    """The module of the package *imported* names (``edition.data.glossary`` → ``data.glossary``), or None."""
    if imported == "edition":
        return "__init__"
    if imported.startswith("edition."):
        name = imported.removeprefix("edition.")
        while name and name not in modules():
            if name + ".__init__" in modules():
                return name + ".__init__"
            name = name.rpartition(".")[0]
        return name or "__init__"
    return None


def test_every_module_has_a_stage():
    unknown = []
    for name in modules():
        try:
            stage_of(name)
        except LookupError:
            unknown.append(name)
    assert not unknown, f"give these modules a stage in STAGES: {unknown}"


@pytest.mark.parametrize("name", [n for n in modules() if stage_of(n) < len(CORE)])
def test_the_text_core_imports_nothing_of_sphinx(name):
    path = modules()[name]
    bad = [(imported, line) for imported, line in imports(name, path)
           if imported.split(".")[0] in SPHINX_PACKAGES]
    assert not bad, f"{path}: the text core imports {bad}"


@pytest.mark.parametrize("name", list(modules()))
def test_no_module_imports_a_higher_stage(name):
    path = modules()[name]
    here = stage_of(name)
    bad = []
    for imported, line in imports(name, path):
        target = own(imported)
        if target is not None and stage_of(target) > here:
            bad.append(f"line {line}: {imported} (stage {STAGES[stage_of(target)][0]})")
    assert not bad, f"{path} (stage {STAGES[here][0]}) imports a higher stage: {bad}"


def test_no_import_cycles():
    graph = {name: {own(i) for i, _ in imports(name, path)} - {None, name} for name, path in modules().items()}
    # a package's __init__ that imports its own modules is not a cycle of theirs
    done: set[str] = set()
    cycles = []

    def visit(name: str, stack: list[str]) -> None:
        if name in stack:
            cycles.append(stack[stack.index(name):] + [name])
            return
        if name in done or name not in graph:
            return
        for target in sorted(graph[name]):
            visit(target, [*stack, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    assert not cycles, f"import cycles: {cycles}"


def test_the_check_finds_an_upward_import(tmp_path):
    """The rule can fail: a data module importing a writer is named."""
    path = tmp_path / "bad.py"
    path.write_text("from ..writers.myst import render\n", encoding="utf-8")
    (imported, _), = imports("data.bad", path)
    assert own(imported) == "writers.myst" and stage_of(own(imported)) > stage_of("data.bad")


def _rebound_names(tree: ast.Module) -> list[tuple[str, int]]:
    """The names a module binds at its top level a second time (by an assignment, a ``def`` or a ``class``),
    with the line of the second binding: a rule's constant named like another's rebinds it, and every use of
    the first, above as below, then reads the second."""
    seen: dict[str, int] = {}
    again = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen and name != "__all__":
                again.append((name, node.lineno))
            seen.setdefault(name, node.lineno)
    return again


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_module_binds_each_of_its_names_once(path):
    """Two rules' constants of one name in one module (``SIGNATURE_RE``, a printer's signature and a letter's):
    the second silently replaced the first, and the printer's signature was read as a letter's."""
    assert _rebound_names(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_a_name_bound_twice_is_named():
    tree = ast.parse("A_RE = 1\ndef f(): pass\nB = 2\nA_RE = 3\nclass f: pass\n")
    assert _rebound_names(tree) == [("A_RE", 4), ("f", 5)]
