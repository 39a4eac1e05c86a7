"""One source of tool versions, and workflows that run what nox runs.

``constraints.txt`` pins every package; nox, pre-commit, the workflows and
Read the Docs install those versions. The workflows' jobs are nox sessions,
pull requests get a read-only token, and a change to data only takes the
fast path. (The workflows' schema is checked by ``nox -s lint``.)
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
#: pre-commit hook repositories → the PyPI package whose version their rev is
HOOK_PACKAGES = {
    "https://github.com/astral-sh/ruff-pre-commit": "ruff",
    "https://github.com/codespell-project/codespell": "codespell",
    "https://github.com/python-jsonschema/check-jsonschema": "check-jsonschema",
}


def constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            # a pin for some Pythons only ('NAME==V ; python_full_version < "…"'): the first is the one tested
            line = line.partition(";")[0]
            name, _, version = line.strip().partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins.setdefault(canonicalize_name(name), version.strip())
    return pins


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        reqs += [Requirement(r) for r in extra]
    return [r for r in reqs if canonicalize_name(r.name) != "russian-question-edition"]


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(wf: dict) -> dict:
    # YAML 1.1 reads the key `on` as True
    return wf.get("on", wf.get(True))


def run_lines() -> list[tuple[str, str]]:
    """(file, command) for every ``run:`` of every workflow and every command of .readthedocs.yaml."""
    out = []
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job in workflow(path.name)["jobs"].values():
            out += [(path.name, step["run"]) for step in job.get("steps", []) if "run" in step]
    rtd = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    for commands in rtd["build"]["jobs"].values():
        for command in commands if isinstance(commands, list) else [c for cs in commands.values() for c in cs]:
            out.append((".readthedocs.yaml", command))
    return out


def nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            target = deco.func if isinstance(deco, ast.Call) else deco
            if ast.unparse(target) == "nox.session":
                given = [k.value.value for k in getattr(deco, "keywords", []) if k.arg == "name"]
                names.add(given[0] if given else node.name)
    return names


# -- One source of versions ---------------------------------------------------------


def test_every_package_the_project_names_is_pinned_within_its_range():
    pins = constraints()
    for req in project_requirements():
        name = canonicalize_name(req.name)
        if name == "pypandoc-binary":  # the benchmark's yardstick, not installed where the tests run
            continue
        assert name in pins, f"constraints.txt pins no version of {req.name}"
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"constraints.txt pins {req.name}=={pins[name]}, outside pyproject.toml's {req.specifier}"


def test_pre_commit_hooks_are_at_the_constrained_versions():
    pins = constraints()
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    seen = set()
    for repo in config["repos"]:
        if repo["repo"] == "local":
            for hook in repo["hooks"]:
                for dep in hook.get("additional_dependencies", []):
                    if dep == ".":
                        continue
                    req = Requirement(dep)
                    pinned = [s.version for s in req.specifier if s.operator == "=="]
                    assert pinned == [pins[canonicalize_name(req.name)]], f"hook {hook['id']}: {dep}"
            continue
        package = HOOK_PACKAGES.get(repo["repo"])
        assert package, f"{repo['repo']}: which package's version is its rev? Add it to HOOK_PACKAGES"
        assert repo["rev"].removeprefix("v") == pins[package], \
            f"{repo['repo']} is at {repo['rev']}, constraints.txt has {package}=={pins[package]}"
        seen.add(package)
    assert seen == set(HOOK_PACKAGES.values())


def test_the_local_hook_installs_the_projects_dependencies_at_their_pins():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for r in config["repos"] if r["repo"] == "local" for h in r["hooks"] if h["id"] == "edition-check"]
    pinned = {canonicalize_name(Requirement(d).name) for d in hook["additional_dependencies"] if d != "."}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert pinned == {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}


def test_the_local_hook_runs_the_check_of_the_checkout_without_installing_it(tmp_path):
    """pre-commit installs a local hook's dependencies, not the repository: the entry finds tools/ itself."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for r in config["repos"] if r["repo"] == "local" for h in r["hooks"] if h["id"] == "edition-check"]
    assert "." not in hook["additional_dependencies"]  # that would install pre-commit's placeholder package
    command, script = hook["entry"].split()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "in order" in proc.stdout


def test_the_type_check_hook_runs_the_mypy_nox_lint_runs():
    """pre-commit's mypy is the lint extra's, with its stubs (at the pins: see the test above), on the
    files of ``[tool.mypy]``, as ``nox -s lint`` runs it; and the lint session installs what mypy reads."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for r in config["repos"] if r["repo"] == "local" for h in r["hooks"] if h["id"] == "mypy"]
    assert hook["entry"] == "mypy" and hook["pass_filenames"] is False
    hook_packages = {canonicalize_name(Requirement(d).name) for d in hook["additional_dependencies"]}
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lint = {canonicalize_name(Requirement(r).name) for r in pyproject["project"]["optional-dependencies"]["lint"]}
    typing = {name for name in lint if name == "mypy" or name.startswith("types-")}
    assert "mypy" in typing and typing <= hook_packages, typing - hook_packages
    assert pyproject["tool"]["mypy"]["files"] == ["tools/edition"]
    source = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert 'session.run("mypy")' in source
    assert 'install(session, "-e", ".[docs,lint]")' in source


def test_every_nox_session_installs_through_the_constraints():
    """All but compat-newest, whose purpose is the newest releases (through install_newest, and only it)."""
    source = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}

    def calls_of(node, name: str) -> list[ast.Call]:
        return [n for n in ast.walk(node) if isinstance(n, ast.Call) and ast.unparse(n.func) == name]

    helper, newest = functions["install"], functions["install_newest"]
    inside = calls_of(helper, "session.install") + calls_of(newest, "session.install")
    assert calls_of(tree, "session.install") == inside and len(inside) == 2, \
        "session.install only through install(), which adds -c (and install_newest() for compat-newest)"
    assert ast.unparse(inside[0]) == "session.install(*args, '-c', CONSTRAINTS)"
    users = [name for name, f in functions.items() if name != "install_newest" and calls_of(f, "install_newest")]
    assert users == ["compat_newest"], users
    assert re.search(r'^CONSTRAINTS = "constraints.txt"$', source, re.M)


def test_every_pip_install_of_the_workflows_and_read_the_docs_is_constrained():
    installs = [(f, c) for f, c in run_lines() if re.search(r"pip install", c) and "--upgrade pip" not in c]
    assert installs
    for file, command in installs:
        assert "-c constraints.txt" in command, f"{file}: {command!r} installs unpinned versions"


# -- The workflows -------------------------------------------------------------------------


def test_each_job_runs_one_nox_session_that_exists():
    sessions = nox_sessions()
    for file, command in run_lines():
        for name in re.findall(r"nox -s (\S+)", command):
            assert name in sessions, f"{file}: nox -s {name} is not a session of noxfile.py"
    for name in ("checks.yml", "pages.yml"):
        for job_id, job in workflow(name)["jobs"].items():
            runs = [s["run"] for s in job.get("steps", []) if "nox -s" in s.get("run", "")]
            assert len(runs) <= 1, f"{name}: job {job_id} runs more than one nox command"


def test_pull_requests_get_a_read_only_token_and_no_secrets():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        wf = workflow(path.name)
        assert wf["permissions"] == {"contents": "read"}, path.name
        assert "secrets." not in path.read_text(encoding="utf-8"), path.name
        assert "concurrency" in wf, path.name
        for job_id, job in wf["jobs"].items():
            if "permissions" in job:  # only the deployment writes, and only on main
                assert path.name == "pages.yml" and job_id == "deploy", f"{path.name}: {job_id}"
                assert job["permissions"] == {"pages": "write", "id-token": "write"}
                assert "pull_request" not in triggers(wf)


def test_python_is_set_up_with_the_pip_cache():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job in workflow(path.name)["jobs"].values():
            for step in job.get("steps", []):
                if step.get("uses", "").startswith("actions/setup-python"):
                    assert step["with"]["cache"] == "pip"
                    assert "constraints.txt" in step["with"]["cache-dependency-path"]


def test_the_browser_tests_use_the_runners_google_chrome():
    full = workflow("checks.yml")["jobs"]["full"]
    assert full["env"]["EDITION_CHROMIUM"] == "/usr/bin/google-chrome"
    assert not any("chromium" in s.get("run", "") for s in full["steps"])


DATA_CHANGES = ["docs/glossary/nomenklatura.md", "docs/references.bib", "docs/indexes/persons.toml",
                "seeds/editorial/soviet-mirage.toml"]
CODE_CHANGES = ["tools/edition/writers/myst.py", "docs/_static/edition.js", "seeds/manifest.toml", "conf.py",
                "docs/glossary/README", "docs/glossary/sub/x.md", "seeds/soviet-mirage.txt", "docs/index.md",
                "noxfile.py", ".github/workflows/checks.yml", "constraints.txt"]


@pytest.mark.parametrize("path", DATA_CHANGES + CODE_CHANGES)
def test_only_a_change_to_data_takes_the_fast_path(path):
    (step,) = [s for s in workflow("checks.yml")["jobs"]["changes"]["steps"] if s.get("id") == "classify"]
    data = re.compile(step["env"]["DATA_PATHS"])  # grep -E and Python agree on this pattern's syntax
    assert bool(data.search(path)) == (path in DATA_CHANGES)


def test_the_full_job_runs_on_main_and_on_code_changes_only():
    wf = workflow("checks.yml")
    assert triggers(wf)["push"]["branches"] == ["main"] and "pull_request" in triggers(wf)
    assert wf["jobs"]["full"]["if"] == "needs.changes.outputs.code == 'true'"
    assert "if" not in wf["jobs"]["data"]
    (step,) = [s for s in wf["jobs"]["changes"]["steps"] if s.get("id") == "classify"]
    assert 'if [ "$EVENT" != "pull_request" ]; then\n  echo "code=true"' in step["run"]


def test_pages_publishes_every_output_of_main():
    wf = workflow("pages.yml")
    assert triggers(wf)["push"]["branches"] == ["main"]
    build = wf["jobs"]["build"]
    assert any(s.get("run") == "python -m nox -s all" for s in build["steps"])
    (upload,) = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact")]
    assert upload["with"]["path"] == "build/html"
    assert [s["uses"].split("@")[0] for s in wf["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages"]


def test_read_the_docs_builds_the_sources_in_docs_with_n_and_W():
    rtd = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert rtd["version"] == 2 and rtd["build"]["tools"]["python"] == "3.11"
    assert rtd["sphinx"] == {"configuration": "conf.py", "fail_on_warning": True}
    (command,) = rtd["build"]["jobs"]["build"]["html"]
    assert re.search(r" -n -W .*-c \. .* docs \"\$READTHEDOCS_OUTPUT/html\"$", command)


def test_the_live_preview_is_measured_as_nox_serves_it():
    from bench import SERVE_IGNORES

    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    (generated,) = [ast.literal_eval(n.value) for n in tree.body
                    if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "GENERATED"]
    assert generated == SERVE_IGNORES
    # every file the build generates is ignored by git too, so none is committed by mistake
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert all(p.removesuffix("*") in ignored or p in ignored for p in generated)


def test_the_pins_of_the_packages_worked_around_are_versions_the_workarounds_were_tested_on():
    from packaging.version import Version

    from edition.sphinxext.compat import TESTED

    pins = constraints()
    for distribution, tested in TESTED.items():
        pin = pins[canonicalize_name(distribution)]
        assert Version(pin) in tested, f"constraints.txt pins {distribution}=={pin}, outside compat.TESTED ({tested})"
