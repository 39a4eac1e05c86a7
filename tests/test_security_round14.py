"""Round 14: the findings of red team 3 (``notes/redteam3.md``) that the check and the build judged
differently, or let through.

- F5: ``CITATION.cff``, read by the printed edition beside ``conf.py`` (outside the sources), was read
  through a symbolic link into the PDF's metadata and title page; a file not in UTF-8 stopped the
  LaTeX build with a traceback. It is now read only as itself, in UTF-8, by the check and the build.
- F9, F12: a role's target is read as Sphinx reads it: its blanks kept (``{ref}`gloss-caste ``` passed
  the check and failed the build), content beginning with ``!`` naming nothing (the check refused it).
- F11: a ``mailto:`` link was judged by its scheme alone: it may now fill in the subject and the text
  only (no ``attach``, ``cc`` …), and its host is judged as a web address's host is.
- F14: direction overrides and zero-width characters, typed or as character references, reached a
  hand-written page; the check and the build refuse them there with the glossary's rule.
- F13: a page's ``{edition:entry}`` took over a glossary entry's search result: a search entry's anchor
  must now be a label of its own page (as every page edition sync makes has it).
- F15: a new ``docs/indexes/zz.toml`` was read by nothing, in silence: the check and the build name it.
- F3, in part: an ``{edition:repo}`` target with ``..`` (GitHub's "Edit" link leading to any GitHub
  page) or an action the role does not know: one rule, in the check and the role.

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, copy_project, sphinx_build
from edition.check import citation_file_problems
from edition.errors import EditionError
from edition.writers.printed import citation_file_refusal, read_citation_file

CFF = 'cff-version: 1.2.0\nauthors:\n  - name: "The editors"\nkeywords:\n  - "edition"\n'


def _cff(root: Path, form: str) -> Path:
    """``CITATION.cff`` under *root* in one of the forms a pull request can commit."""
    path = root / "CITATION.cff"
    secret = root / "elsewhere.cff"
    secret.write_text('authors:\n  - name: "SECRET-OF-THE-MACHINE"\n', encoding="utf-8")
    if form == "link":
        path.symlink_to(secret)
    elif form == "dangling-link":
        path.symlink_to(root / "nothing-there.cff")
    elif form == "folder":
        path.mkdir()
    elif form == "not-utf8":
        path.write_bytes(CFF.encode() + b'  - "caf\xe9"\n')
    elif form == "file":
        path.write_text(CFF, encoding="utf-8")
    elif form == "utf8-letters":  # a near miss: letters outside ASCII, in UTF-8
        path.write_text(CFF + '  - "Čech, café"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("form, line, said", [
    ("link", None, "a symbolic link"), ("dangling-link", None, "a symbolic link"),
    ("folder", None, "not a regular file"), ("not-utf8", 6, "not UTF-8"),
])
def test_a_citation_file_is_read_only_as_itself_in_utf8(tmp_path, form, line, said):
    path = _cff(tmp_path, form)
    why = citation_file_refusal(path)
    assert why is not None and why[0] == line and said in why[1]
    with pytest.raises(EditionError) as err:
        read_citation_file(path)
    assert said in err.value.message and err.value.path == str(path) and err.value.line == line
    (problem,) = citation_file_problems(tmp_path)
    assert (problem.path, problem.line, problem.code) == (str(path), line, "citation-file")


@pytest.mark.parametrize("form", ["file", "utf8-letters", "none"])
def test_near_misses_of_the_citation_file_pass(tmp_path, form):
    path = _cff(tmp_path, form)
    assert citation_file_refusal(path) is None and citation_file_problems(tmp_path) == []
    if form != "none":
        assert read_citation_file(path).authors == ["The editors"]
    assert citation_file_refusal(ROOT / "CITATION.cff") is None  # the edition's own


@pytest.mark.build
@pytest.mark.parametrize("form, said", [("link", "CITATION.cff: a symbolic link"),
                                        ("not-utf8", "CITATION.cff:6: not UTF-8")])
def test_the_latex_build_stops_on_a_citation_file_it_cannot_read_as_itself(tmp_path, form, said):
    root = copy_project(tmp_path / "project")
    _cff(root, form)
    proc = sphinx_build("latex", tmp_path / "latex", "-q", cwd=root)
    assert proc.returncode == 2 and said in proc.stderr, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "SECRET-OF-THE-MACHINE" not in proc.stderr
    assert not (tmp_path / "latex" / "russian-question.tex").exists()


# -- F9, F12: a role's target read as Sphinx reads it ---------------------------------------------

@pytest.mark.parametrize("role, target", [
    ("{ref}`gloss-caste `", "'gloss-caste '"), ("{ref}` gloss-caste`", "' gloss-caste'"),
    ("{ref}`the caste <gloss-caste >`", "'gloss-caste '"), ("{ref}`the caste < gloss-caste>`", "' gloss-caste'"),
    ("{ref}`the caste <gloss-caste> `", "'the caste <gloss-caste> '"),
    ("{doc}`/texts/soviet-mirage `", "'/texts/soviet-mirage '"), ("{term}` caste`", "' caste'"),
])
def test_a_blank_at_the_edge_of_a_role_s_target_is_refused_at_its_line(role, target):
    from edition.data.markup import judge

    (problem,) = judge(f"A body.\n\nSee {role}.", "docs/glossary/x.md", 6).problems
    assert problem.line == 8 and f"names {target}, with a blank at its start or end" in problem.message


@pytest.mark.parametrize("role, targets", [
    ("{ref}`gloss-caste`", ["gloss-caste"]), ("{ref}`the caste <gloss-caste>`", ["gloss-caste"]),
    ("{ref}`the  caste   <gloss-caste>`", ["gloss-caste"]),  # blanks in the title are the title's
    ("{ref}`!gloss-caste`", []), ("{doc}`!/texts/soviet-mirage`", []),  # Sphinx: text, no cross-reference
    ("{ref}`~gloss-caste`", ["~gloss-caste"]),  # no std role reads '~' (then: no such label, in both)
    ("{ref}` !gloss-caste`", None),  # a blank before the '!': a target, with the blank
])
def test_near_misses_of_role_targets(role, targets):
    from edition.data.markup import judge

    judged = judge(f"See {role}.", "docs/glossary/x.md", 6)
    if targets is None:
        assert judged.problems and not judged.references
    else:
        assert judged.problems == () and [r.target for r in judged.references] == targets


def test_a_page_s_role_target_is_resolved_with_its_blanks():
    from edition.data.markup import Reference
    from edition.data.targets import Targets, resolve

    targets = Targets()
    targets.docnames.update({"texts/soviet-mirage", "index"})
    targets.labels["gloss-caste"] = ["terms/c"]
    targets.sections.add("gloss-caste")
    said = resolve(Reference("ref", "gloss-caste ", "docs/p.md", 3), "p", targets)
    assert said is not None and said.line == 3 and "with a blank at its start or end" in said.message
    assert resolve(Reference("ref", "gloss-caste", "docs/p.md", 3), "p", targets) is None
    # Sphinx's docname_join: a relative target read from the page's folder, past the root too
    assert resolve(Reference("doc", "../texts/soviet-mirage", "docs/p.md", 3), "sub/p", targets) is None
    assert resolve(Reference("doc", "../../texts/soviet-mirage", "docs/p.md", 3), "sub/p", targets) is None
    assert resolve(Reference("doc", "/texts//soviet-mirage", "docs/p.md", 3), "p", targets) is None
    assert resolve(Reference("doc", "texts/soviet-mirage ", "docs/p.md", 3), "p", targets) is not None



# -- F11: a mailto: link judged as a web address is -----------------------------------------------

@pytest.mark.parametrize("address, said", [
    ("mailto:editors@marxists.org?attach=/etc/passwd&body=hi", "fills in the field 'attach'"),
    ("mailto:editors@marxists.org?body=hi&attachment=~/.ssh/id_rsa", "fills in the field 'attachment'"),
    ("mailto:editors@marxists.org?%41ttach=/etc/passwd", "fills in the field 'attach'"),
    ("mailto:editors@marxists.org?cc=root@intranet.local", "fills in the field 'cc'"),
    ("mailto:editors@marxists.org?bcc=a@marxists.org", "fills in the field 'bcc'"),
    ("mailto:editors@marxists.org?to=a@marxists.org", "fills in the field 'to'"),
    ("mailto:root@127.0.0.1", "names its host by a number"), ("mailto:root@2130706433", "by a number"),
    ("mailto:root@[127.0.0.1]", "not a valid domain name"), ("mailto:root@localhost", "under .localhost"),
    ("mailto:x@intranet.local", "under .local"), ("mailto:x@printer.internal", "under .internal"),
    ("mailto:x@127.0.0.1.nip.io", "wildcard-DNS"), ("mailto:x@cluster.svc", "no top-level name"),
    ("mailto:root%40127.0.0.1", "by a number"), ("mailto:a@marxists.org,root@127.0.0.1", "by a number"),
    ("mailto:?subject=hi", "names no mail address"), ("mailto:editors", "not a mail address of the plain form"),
    ("mailto:a@marxists.org#x", "has a fragment"), ("mailto:a@marxists.org\\x", "backslash"),
    ("mailto:a@marxists.org?subject=a\u202eb", "RIGHT-TO-LEFT OVERRIDE (U+202E)"),
    ("mailto:a b@marxists.org", "SPACE"), ("mailto:a@marxists.org%2540x", "percent-escape after decoding"),
])
def test_a_mailto_link_is_judged_by_its_fields_and_its_host(address, said):
    from edition.data.markup import judge, web_link_refusal
    from edition.data.weblinks import mail_address_refusal

    why = mail_address_refusal(address)
    assert why is not None and said in why, why
    assert web_link_refusal(address) == why  # a page's links, a card's, a table of contents' entries
    # as markdown-it normalises it (percent-encoded), refused all the same
    (problem,) = judge(f"Write [to us](<{address}>).", "docs/glossary/x.md", 6).problems
    assert problem.line == 6 and (problem.message.startswith("the link's address 'mailto:") or "U+202E" in said
                                  and "U+202E" in problem.message), problem.message


@pytest.mark.parametrize("address", [
    "mailto:editors@marxists.org", "mailto:editors@marxists.org?subject=A%20question&body=Hello",
    "mailto:editors@marxists.org?Subject=x", "mailto:editors%40marxists.org", "mailto:a.b+c@mail.marxists.org",
    "mailto:a@marxists.org,b@wikipedia.org", "MAILTO:editors@marxists.org",
])
def test_near_misses_of_mailto_links_pass(address):
    from edition.data.weblinks import link_refusal, mail_address_refusal

    assert mail_address_refusal(address) is None and link_refusal("mailto", address) is None


def test_the_build_s_guard_judges_a_mailto_link_with_the_same_rule():
    from docutils import nodes

    from edition.sphinxext.safety import _refused_address

    refused = _refused_address(None, "p", nodes.reference("", "x", refuri="mailto:root@127.0.0.1"))
    assert refused is not None and "names its host by a number" in refused
    assert _refused_address(None, "p", nodes.reference("", "x", refuri="mailto:editors@marxists.org")) is None



# -- F14: invisible and control characters on a hand-written page ---------------------------------

@pytest.mark.parametrize("text, line, said", [
    ("RTBIDI \u202eexe.txt\u202c", 6, "RIGHT-TO-LEFT OVERRIDE (U+202E) is an invisible"),
    ("zero\u200bwidth", 6, "ZERO WIDTH SPACE (U+200B)"), ("a\u2066b\u2069", 6, "LEFT-TO-RIGHT ISOLATE"),
    ("x\n\nSee &#x202E;gnp.js", 8, "the character reference &#x202E; is RIGHT-TO-LEFT OVERRIDE"),
    ("See &#8235;x", 6, "&#8235; is RIGHT-TO-LEFT EMBEDDING"), ("a&zwj;b", 6, "&zwj; is ZERO WIDTH JOINER"),
    ("a&ZeroWidthSpace;b", 6, "ZERO WIDTH SPACE"), ("a&shy;b", 6, "SOFT HYPHEN"),
    ("[click](https://www.marxists.org/ \"&#x202e;\")", 6, "&#x202e; is RIGHT-TO-LEFT OVERRIDE"),
    (":::{note}\nA &rlm;note.\n:::", 7, "&rlm; is RIGHT-TO-LEFT MARK"),
    ("::::{card} A &#x2066;title\ntext\n::::", 6, "LEFT-TO-RIGHT ISOLATE"),
])
def test_a_page_s_invisible_characters_are_refused_typed_or_as_references(text, line, said):
    from edition.data.markup import judge_page, page_character_problems

    page = f"---\norphan: true\n---\n# P\n\n{text}\n"
    found = page_character_problems(page, "docs/p.md")
    assert found and found[0].line == line and said in found[0].message, found
    assert all(p.code == "page" for p in found) and set(found) <= set(judge_page(page, "docs/p.md"))


@pytest.mark.parametrize("text", [
    "&amp; &mdash; &nbsp; &#x41; &#169; &copy; &NewLine; &Tab;", "&#x202E without its semicolon",
    "&nosuchname;", "Greek Ἀθῆναι and Russian Москва, written without controls", "a\tb",
])
def test_near_misses_of_a_page_s_characters_pass(text):
    from edition.data.markup import page_character_problems

    assert page_character_problems(f"# P\n\n{text}\n", "docs/p.md") == []


def test_the_glossary_and_a_page_refuse_the_same_typed_characters():
    from edition.data.markup import ENTRY_BODY, page_character_problems, stray_characters

    for char in ("\u202e", "\u200b", "\u2066", "\u00ad", "\ufe0f", "\u2028", "\x07"):
        entry = stray_characters(f"a{char}b", "e.md", 1, ENTRY_BODY)
        page = page_character_problems(f"a{char}b", "p.md")
        assert len(entry) == len(page) == 1 and entry[0].message.split(" is ")[0] == page[0].message.split(" is ")[0]



# -- F13: a search entry's anchor is a label of its own page --------------------------------------

def test_a_page_s_search_entry_must_name_a_label_of_its_own_page():
    from edition.data.markup import judge_page
    from edition.data.targets import Targets, resolve

    references: list = []
    page = "# P\n\n```{edition:entry} term gloss-caste\ncaste\n```\n"
    assert judge_page(page, "docs/p.md", references=references) == []
    (entry,) = references
    assert (entry.role, entry.target, entry.line) == ("entry", "gloss-caste", 3)
    targets = Targets()
    targets.labels.update({"gloss-caste": ["terms/c"], "p-own": ["p"], "twice": ["p", "q"]})
    said = resolve(entry, "p", targets)
    assert said is not None and said.line == 3 and "no label of its own page" in said.message
    assert resolve(entry, "terms/c", targets) is None  # the glossary's own page
    assert resolve(entry.__class__("entry", "p-own", "docs/p.md", 3), "p", targets) is None
    assert resolve(entry.__class__("entry", "twice", "docs/p.md", 3), "p", targets) is not None
    assert resolve(entry.__class__("entry", "", "docs/p.md", 3), "p", targets) is not None  # no anchor



# -- F15: a file of the indexes' folder that no index reads -----------------------------------------

def test_a_file_no_index_reads_is_reported_and_the_indexes_are_not(tmp_path):
    from edition.data.indexes import INDEX_FILES, load_indexes, stray_index_files

    folder = tmp_path / "indexes"
    folder.mkdir()
    for name in INDEX_FILES:
        (folder / name).write_text("", encoding="utf-8")
    # near misses: a page (judged as a page), an editor's dot file
    (folder / "about.md").write_text("# About\n", encoding="utf-8")
    (folder / ".persons.toml.swp").write_text("x", encoding="utf-8")
    assert stray_index_files(folder) == [] and stray_index_files(tmp_path / "none") == []
    (folder / "zz.toml").write_text('[[entry]]\nheading = "Probe, Red"\n', encoding="utf-8")
    (folder / "Persons.toml").write_text("", encoding="utf-8")  # another name where names keep case
    (folder / "sub.toml").mkdir()
    found = stray_index_files(folder)
    assert [(p.path, p.code) for p in found] == [(str(folder / n), "index-stray")
                                                  for n in ("Persons.toml", "sub.toml", "zz.toml")]
    assert set(found) <= set(load_indexes(folder)[1])  # the build's loader reports them too



# -- F3, in part: an {edition:repo} target judged by the role's own rule ---------------------------

@pytest.mark.parametrize("content, said", [
    ("Edit <edit:../../../../evil>", "a segment '.' or '..'"), ("x <blob:docs/./x.md>", "a segment '.'"),
    ("x <new:docs/glossary/..>", "a segment"), ("x <edit:docs\\..\\evil>", "backslash"),
    ("x <bogus:docs/x.md>", "needs ACTION:PATH"), ("x <edit:>", "needs ACTION:PATH"), ("edit", "needs ACTION:PATH"),
])
def test_an_edition_repo_target_a_browser_reads_as_another_page_is_refused(content, said):
    from edition.data.markup import judge_page, repo_target_refusal

    why = repo_target_refusal(content)
    assert why is not None and said in why
    (problem,) = judge_page(f"# P\n\n{{edition:repo}}`{content}`\n", "docs/p.md")
    assert problem.line == 3 and said in problem.message


@pytest.mark.parametrize("content", ["Edit this entry <edit:docs/glossary/mir.md>", "x <new:docs/glossary>",
                                     "x <blob:CONTRIBUTING.md>", "x <issue:>", "x <issue:Fix ../ this>",
                                     "x <edit:docs/a..b.md>", "blob:docs/x.md"])
def test_near_misses_of_edition_repo_targets_pass(content):
    from edition.data.markup import REPO_ACTIONS, repo_target_refusal
    from edition.sphinxext.repository import ACTIONS

    assert repo_target_refusal(content) is None and REPO_ACTIONS == set(ACTIONS)


# -- the near misses together: passed by the check and by the -W build ----------------------------

#: a glossary entry's body holding the near misses of every finding of this round
NEAR_MISS_BODY = """\
Caste, as {ref}`the  caste  <gloss-caste>` has it, not {ref}`!gloss-caste` and {doc}`!/texts/soviet-mirage`
({doc}`/texts/soviet-mirage`) {cite:p}`trotsky1936`. Write to
[the editors](mailto:editors@marxists.org?subject=A%20question&body=Hello) or <editors@marxists.org>.
"""
#: a hand-written page holding them
NEAR_MISS_PAGE = """\
---
orphan: true
---
# Near misses

See {ref}`the caste <gloss-caste>`, {ref}`!gloss-caste` and {doc}`!nothing-at-all`.
Write to [the editors](mailto:editors@marxists.org?subject=Hi). Ampersands &amp; dashes &mdash; and
שלום, with no control.

(nearmiss-own-anchor)=
## A section of its own

```{edition:entry} term nearmiss-own-anchor
A search entry on its own label
```
"""


@pytest.mark.build
def test_the_near_misses_pass_the_check_and_the_build(tmp_path):
    from edition.check import check_project

    root = copy_project(tmp_path / "project")
    (root / "CITATION.cff").write_text((ROOT / "CITATION.cff").read_text(encoding="utf-8"), encoding="utf-8")
    entry = ("---\nterm: zznearmiss\ndefinition: A near miss.\nsources: [trotsky1936]\n---\n"
             + NEAR_MISS_BODY)
    (root / "docs" / "glossary" / "zznearmiss.md").write_text(entry, encoding="utf-8")
    (root / "docs" / "nearmiss.md").write_text(NEAR_MISS_PAGE, encoding="utf-8")
    assert [str(p) for p in check_project(root)] == []
    proc = sphinx_build("html", tmp_path / "html", "-q", cwd=root)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr[-3000:]
