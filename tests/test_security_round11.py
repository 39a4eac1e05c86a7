"""Red team 11 (``notes/redteam11.md``): what reached a page or a download without the address rule.

- A, B: a witness's ``source_url`` (``seeds/manifest.toml``) is judged by
  :func:`edition.data.weblinks.address_refusal`, refused at its line by ``edition check`` and the build,
  and only a judged, plain address is written into the text's MyST page and its TEI;
- C: a ``{toctree}``'s external entries on a hand-written page are judged the same, by the check
  and by the build's guard;
- E: a host under a top-level name the root zone does not delegate (``.svc``, ``.consul``) is refused;
- F: archive.today's long form (``/2020.01.01-000000/https://…``) is read as the page it keeps, so
  that the refused-sources policy applies to it.

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from pybtex.database.input.bibtex import Parser

from conftest import ROOT
from edition.check import check_project
from edition.data.bibliography import entry_lines
from edition.data.manifest import is_published_address, load_manifest, source_url_refusal
from edition.data.markup import TOCTREE_TITLE_RE, TOCTREE_URL_RE, judge_page, toctree_addresses
from edition.data.sourcing import check_sourcing, entry_hosts
from edition.data.weblinks import ROOT_ZONE_FILE, address_refusal, root_zone
from edition.errors import EditionError
from edition.writers.myst import _witness_source
from edition.writers.tei import TEI_NS, _source_desc
from sphinxtest import assert_no_warnings, refused_build

# -- A, B: the manifest's source_url --------------------------------------------------------------

REFUSED_SOURCES = [
    "http://127.0.0.1:8000/etc/passwd",
    "http:127.0.0.1:8000/etc/passwd",  # B: no slashes, a WHATWG parser still reads host 127.0.0.1
    "http:\\\\127.1\\x",
    "//127.0.0.1/x",
    "https://intranet.local/",
    "javascript:alert(1)",
    # A: markup injected through the autolink
    "http://struggle.ws/x> **INJECTED** {doc}`/texts/soviet-mirage` [link](https://www.marxists.org/) <http://struggle.ws/y",
    "https://a.org/x>**INJECTED**<https://b.org/",
    "https://a.org/{x}",
    "https://a.org/`x`",
]
PUBLIC_SOURCES = [
    "http://struggle.ws/eastern/russia_global99.html",
    "https://www.wsws.org/en/articles/2018/05/01/russ-m01.html?a=b&c=%20d#part-2",
    "https://президент.рф/",
    "not established",  # a note saying why there is none
    "",
]


def manifest_with(tmp_path, url: str):
    """A copy of the edition's seeds whose second witness's ``source_url`` is *url*; its path and line."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    path = seeds / "manifest.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = [i for i, line in enumerate(lines) if line.startswith("source_url =")][1]
    escaped = url.replace("\\", "\\\\").replace('"', '\\"')
    lines[at] = f'source_url = "{escaped}"\n'
    path.write_text("".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("url", REFUSED_SOURCES)
def test_a_source_url_the_address_rule_refuses_is_refused_at_its_line_of_the_manifest(tmp_path, url):
    path, line = manifest_with(tmp_path, url)
    assert source_url_refusal(url) is not None
    with pytest.raises(EditionError) as err:
        load_manifest(path)
    assert str(err.value).startswith(f"{path}:{line}: the source_url "), str(err.value)
    assert not is_published_address(url)


@pytest.mark.parametrize("url", PUBLIC_SOURCES)
def test_a_public_source_url_or_a_note_passes(tmp_path, url):
    path, _line = manifest_with(tmp_path, url)
    assert source_url_refusal(url) is None
    assert load_manifest(path).witnesses[1]["source_url"] == url


def test_edition_check_names_the_manifest_and_the_line_of_a_refused_source_url(tmp_path):
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("_build", "_generated"))
    path, line = manifest_with(tmp_path, "http:127.0.0.1:8000/etc/passwd")
    problems = [p for p in check_project(tmp_path) if "source_url" in p.message]
    assert problems and problems[0].path.endswith("seeds/manifest.toml") and problems[0].line == line, problems


@pytest.mark.parametrize("url", REFUSED_SOURCES)
def test_the_writers_never_print_a_refused_source_url(url):
    assert _witness_source({"source_url": url}) == ""
    file_desc = ET.Element("fileDesc")
    _source_desc(file_desc, _Edition(), {"source_url": url}, "A")
    assert file_desc.find(f".//{{{TEI_NS}}}ref") is None


def test_the_writers_print_a_public_source_url_as_a_link():
    url = "https://www.wsws.org/en/articles/2018/05/01/russ-m01.html"
    assert _witness_source({"source_url": url, "retrieved": "2024-03-05"}) == f", from <{url}>, taken 5 March 2024"
    assert _witness_source({"source_url": "not established"}) == ""
    file_desc = ET.Element("fileDesc")
    _source_desc(file_desc, _Edition(), {"source_url": url}, "A")
    ref = file_desc.find(f".//{{{TEI_NS}}}ref")
    assert ref is not None and ref.get("target") == url


class _Edition:
    title = "A text"


# -- C: a toctree's external entries ----------------------------------------------------------------

def test_the_toctree_grammar_is_sphinx_s_own():
    import sphinx.util

    assert TOCTREE_URL_RE.pattern == sphinx.util.url_re.pattern
    assert TOCTREE_TITLE_RE.pattern == sphinx.util.explicit_title_re.pattern


PAGE = """\
# A page

```{toctree}
:maxdepth: 1

Local service <http://127.0.0.1:8000/>
http://2130706433/
The intranet <https://intranet.local/>
A script <javascript://x%0aalert(1)>
The archive <https://www.marxists.org/archive/lenin/>
glossary/caste
self
```
"""


def test_a_toctree_entry_the_address_rule_refuses_is_refused_at_its_line():
    problems = judge_page(PAGE, "docs/p.md")
    assert [p.line for p in problems] == [6, 7, 8, 9], problems
    assert "'http://127.0.0.1:8000/' names its host by a number" in problems[0].message
    assert "not javascript" in problems[3].message


def test_a_toctree_of_pages_and_public_sites_passes_options_and_captions_unread():
    page = ("# A page\n\n```{toctree}\n---\ncaption: Also http://127.0.0.1/\n---\n"
            "The archive <https://www.marxists.org/archive/lenin/>\nhttps://www.wsws.org/en/\n"
            "glossary/caste\nself\n```\n\n:::{toctree}\n:caption: See http://127.0.0.1/\n:hidden:\n\n"
            "Mail <mailto:editors@example.org>\n:::\n")
    assert judge_page(page, "docs/p.md") == []
    assert toctree_addresses("", "a/b://c\nTitle <https://a.org/>\n", 3) == [(5, "https://a.org/")]


@pytest.mark.sphinx("html", testroot="safety-toctree")
def test_the_build_refuses_a_toctree_entry_the_address_rule_refuses(app, warning):
    log = refused_build(app, warning)
    assert "refused a table of contents entry whose address 'http://127.0.0.1:8000/' names its host by a number" in log
    assert "refused a table of contents entry whose address 'http://2130706433/' names its host by a number" in log
    assert "refused a table of contents entry whose address 'https://intranet.local/' names a host under .local" in log
    assert "marxists" not in log


@pytest.mark.sphinx("html", testroot="safety-toctree-public")
def test_the_build_publishes_a_toctree_of_public_sites(app, warning):
    app.build()
    assert_no_warnings(warning)
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="https://www.marxists.org/archive/lenin/"' in html and 'href="https://www.wsws.org/en/"' in html


# -- F: archive.today's long form ---------------------------------------------------------------------

POLICY = """\
[[refused]]
kind = "wiki"
hosts = ["wikipedia.org"]
reason = "anyone may edit it"
"""


def sourcing(tmp_path, url: str):
    text = f"@misc{{arch2020,\n  title = {{Russia}},\n  year = {{2020}},\n  url = {{{url}}}\n}}\n"
    bib = tmp_path / "references.bib"
    bib.write_text(text, encoding="utf-8")
    rules = tmp_path / "refused-sources.toml"
    rules.write_text(POLICY, encoding="utf-8")
    return [p.code for p in check_sourcing(Parser().parse_string(text), bib, entry_lines(text), rules)]


@pytest.mark.parametrize("url", [
    "https://archive.ph/2020.01.01-000000/https://en.wikipedia.org/wiki/Russia",
    "https://archive.today/2020.01.01-000000/en.wikipedia.org/wiki/Russia",
    "https://archive.is/20200101000000/https://de.wikipedia.org/wiki/Russland",
    "https://web.archive.org/web/20200101000000id_/https://en.wikipedia.org/wiki/Russia",
])
def test_an_archived_copy_of_a_refused_site_is_refused_in_archive_today_s_long_form(tmp_path, url):
    assert sourcing(tmp_path, url) == ["bib-refused-source"]


@pytest.mark.parametrize("url", [
    "https://archive.ph/2020.01.01-000000/https://www.marxists.org/archive/lenin/",
    "https://archive.ph/2020.01.01-000000/https://notwikipedia.org/wiki/Russia",
    "https://www.marxists.org/archive/lenin/works/1917/staterev/index.htm",
])
def test_an_archived_copy_of_another_site_passes(tmp_path, url):
    assert sourcing(tmp_path, url) == []


def test_the_kept_page_s_host_is_read_from_the_long_form():
    assert entry_hosts({"url": "https://archive.ph/2020.01.01-000000/https://en.wikipedia.org/wiki/Russia"}) == [
        "archive.ph", "en.wikipedia.org"]


# -- E: top-level names the root zone does not delegate ----------------------------------------------

@pytest.mark.parametrize("address", [
    "https://kubernetes.default.svc/api", "http://vault.service.consul:8200/v1/secret", "https://db.cluster/",
    "http://router.gateway/", "https://files.priv/x", "https://NAS.WORKGROUP./", "https://a.ｓｖｃ/",
])
def test_a_host_under_a_name_the_root_zone_does_not_delegate_is_refused(address):
    from edition.data.markup import judge

    why = address_refusal(address)
    assert why is not None and "no top-level name of the root zone" in why, why
    assert judge(f"See [it]({address}).", "e.md", 1).problems
    assert judge_page(f"# A page\n\nSee [it]({address}).\n", "docs/p.md")


@pytest.mark.parametrize("address", [
    "http://struggle.ws/eastern/", "https://solidarity.net.au/", "https://www.wsws.org/en/", "https://президент.рф/",
    "HTTPS://WWW.MARXISTS.ORG/", "https://a.museum/", "https://www.bbc.co.uk/", "https://example.xn--p1ai/",
])
def test_a_host_under_a_delegated_top_level_name_passes(address):
    assert address_refusal(address) is None


def test_the_root_zone_is_iana_s_list():
    names = root_zone()
    first = ROOT_ZONE_FILE.read_text(encoding="ascii").splitlines()[0]
    assert first.startswith("# Version ") and len(names) > 1000
    assert {"org", "com", "uk", "au", "ws", "xn--p1ai"} <= names and not names & {"svc", "consul", "local", "corp"}


# -- D: a directive's argument and options on a hand-written page --------------------------------------

@pytest.mark.parametrize("directive, message", [
    (":::{card} Title\n:link: http://127.0.0.1:8000/\n\nBody.\n:::", "names its host by a number"),
    (":::{card} Second\n:link: javascript:alert(1)\n:link-type: url\n:::", "not javascript"),
    (":::{grid-item-card} Third\n---\nlink: https://intranet.local/\n---\n:::", "under .local"),
    (":::{card} Fourth\n:img-top: /etc/passwd\n:::", "makes an image"),
    (":::{card} Fifth\n:img-background: https://www.marxists.org/a.png\n:::", "makes an image"),
    (":::{admonition} See [the service](http://127.0.0.1:8000/)\nBody.\n:::", "names its host by a number"),
    (":::{dropdown} Open {raw}`x`\nBody.\n:::", "the role {raw}"),
    (":::{note} See [it](http://2130706433/)\n:::", "names its host by a number"),
    ("```{code-block} text\n:caption: From a service\n\nprint(1)\n```", ":caption:"),
])
def test_a_directive_s_argument_and_options_are_judged_as_the_build_judges_what_they_make(directive, message):
    problems = judge_page(f"# A page\n\n{directive}\n", "docs/p.md")
    # (the grid-item-card alone is also refused for standing outside a grid, as sphinx-design refuses it)
    assert problems and all(p.line == 3 for p in problems) and any(message in p.message for p in problems), problems


def test_a_directive_with_a_public_link_a_page_link_and_a_plain_title_passes():
    from edition.data.markup import Reference

    page = ("# A page\n\n:::{card} The archive\n:link: https://www.marxists.org/archive/lenin/\n\nBody.\n:::\n\n"
            ":::{card} A text\n:link: texts/soviet-mirage\n:link-type: doc\n:class-card: sd-shadow-sm\n:::\n\n"
            ":::{admonition} See [the archive](https://www.marxists.org/)\n:class: tip\nBody.\n:::\n\n"
            "```{code-block} text\n:linenos:\n\nprint(1) :img-top: x\n```\n")
    references: list[Reference] = []
    assert judge_page(page, "docs/p.md", references=references) == []
    assert [(r.role, r.target) for r in references] == [("doc", "texts/soviet-mirage")]


# -- D (leftover): every option of a directive on a hand-written page, by an allow-list --------------------

@pytest.mark.parametrize("directive, message", [
    (":::{dropdown} D\n:icon: ../../etc/passwd\n:::", ":icon: of {dropdown} takes the name of an icon"),
    (":::{dropdown} D\n:icon: https://www.marxists.org/a.svg\n:::", ":icon: of {dropdown} takes the name of an icon"),
    (":::{card} C\n:style: position:fixed\n:::", ":style: of {card} is not allowed on a page"),
    (":::{card} C\n:shadow: huge\n:::", ":shadow: of {card} takes one of 'none', 'sm', 'md', 'lg'"),
    (":::{card} C\n:header: See [it](http://127.0.0.1/)\n:::", "names its host by a number"),
    (":::{card} C\n:link: https://web.archive.org/web/2020/http%3A%2F%2F127.0.0.1/\n:::", "names another address"),
    (":::{div} x\n:style: background:url(http://127.0.0.1/)\n:::", ":style: of {div} is not allowed"),
    ("```{bibliography}\n:filter: author % \"x\"\n```", ":filter: of {bibliography} takes one of"),
    ("```{bibliography}\n:style: unsrt\n```", ":style: of {bibliography} takes one of 'plain'"),
    ("```{toctree}\n:maxdepth: all\n```", ":maxdepth: of {toctree} takes a number"),
    ("```{toctree}\n:caption: |\n  two\n  lines\n```", ":caption: of {toctree} takes one line of text"),
    ("```{code-block} text\n:emphasize-lines: 1; 2\n\nx\n```", ":emphasize-lines: of {code-block} takes"),
    ("```{code-block} text\n:LINENOS:\n\nx\n```", ":LINENOS: of {code-block} is not allowed"),
    ("```{code-block} text\n---\nlinenos:\ncaption: x\n--- \nx\n```", "a code block may not have a :caption:"),
    ("```{code-block} text\n---\nlinenos: \"unclosed\n---\nx\n```", "options that cannot be read"),
])
def test_a_directive_s_option_outside_the_allow_list_is_refused_at_its_line(directive, message):
    problems = judge_page(f"# A page\n\n{directive}\n", "docs/p.md")
    assert problems and all(p.line == 3 for p in problems) and any(message in p.message for p in problems), problems


def test_the_options_the_allow_list_names_pass_with_values_of_their_kind():
    page = ("# A page\n\n:::{dropdown} D\n:icon: info\n:color: primary\n:open:\n:::\n\n"
            ":::{card} C\n:link: gloss-caste\n:link-type: ref\n:shadow: sm\n:width: 50%\n:header: *A* header\n:::\n\n"
            "::::{grid} 1 2 2 2\n:gutter: 1 2 3 4\n\n:::{grid-item}\n:columns: 6\n:child-align: center\nA cell.\n"
            ":::\n::::\n\n"
            "```{bibliography}\n:filter: docname in docnames\n:style: plain\n:all:\n```\n\n"
            "```{toctree}\n:numbered:\n:maxdepth: 2\n:caption: Also http://127.0.0.1/ as text\n\n"
            "glossary/caste\n```\n\n"
            "```{code-block} text\n---\nlinenos:\nemphasize-lines: 1,3-5\n---\nx\ny\nz\nw\nv\n```\n")
    assert judge_page(page, "docs/p.md") == []


@pytest.mark.parametrize("directive", [
    "```{include} ../../etc/passwd\n```", "```{literalinclude} /etc/passwd\n```",
    ":::{admonition} A\n```{include} ../secret.md\n```\n:::",
    "```{figure} a.png\n:target: http://127.0.0.1/\n```", "```{image} https://www.marxists.org/a.png\n```",
])
def test_a_directive_that_reads_a_file_or_makes_an_image_is_never_allowed_on_a_page(directive):
    problems = judge_page(f"# A page\n\n{directive}\n", "docs/p.md")
    assert problems and "is not allowed on a page" in problems[0].message, problems


def test_options_are_read_as_myst_parser_reads_them():
    from myst_parser.parsers.directives import parse_directive_text
    from sphinx.directives.code import CodeBlock

    from edition.data.markup import option_items

    for body in [":linenos:\n:caption: A\nx", "---\ncaption: A\n---x\ny", "---\ncaption: 'q: r'\nlinenos:\n---\nx",
                 "\n:caption: not an option\nx", "---\ncaption: >\n  folded\nlinenos:\n--- \nx"]:
        myst = parse_directive_text(CodeBlock, "text", body)
        assert not myst.warnings, body
        assert dict(option_items(body)) == {k: str(v) if v is not None else "" for k, v in myst.options.items()}, body


@pytest.mark.sphinx("html", testroot="safety-options")
def test_the_build_refuses_a_directive_option_outside_the_allow_list(app, warning):
    log = refused_build(app, warning)
    assert "the option :icon: of {dropdown} takes the name of an icon" in log
    assert "the option :onclick: of {card} is not allowed on a page" in log
    assert "the option :gutter: of {grid} takes one to four numbers" in log
    assert "the option :emphasize-lines: of {code-block} takes line numbers" in log
    assert ":width:" not in log.split("allowed:")[0] and ":child-align:" not in log.split("allowed:")[0]


def test_edition_check_and_the_build_judge_a_page_s_options_alike():
    from edition.data.markup import directive_option_problems

    text = (ROOT / "tests" / "roots" / "test-safety-options" / "index.md").read_text(encoding="utf-8")
    assert [(p.line, p.message) for p in directive_option_problems(text, "index.md")] == [
        (p.line, p.message) for p in judge_page(text, "index.md")]


def test_the_build_does_not_judge_the_options_of_a_generated_page():
    from edition.data.targets import generated_source

    assert all(generated_source(p) for p in ["texts/soviet-mirage.md", "terms/n.md", "_generated/texts.md",
                                              "glossary.md", "index-of-persons.md", "parallels.md", "downloads.md"])
    assert not any(generated_source(p) for p in ["index.md", "bibliography.md", "textsx.md", "about/texts.md"])


# -- F (leftover): addresses that name another address ------------------------------------------------------

@pytest.mark.parametrize("address, named", [
    ("https://web.archive.org/web/2020/http%3A%2F%2F127.0.0.1/x", "127.0.0.1/x"),
    ("https://web.archive.org/web/20200101000000id_/http%253A%252F%252F10.0.0.1%252F", "10.0.0.1/"),
    ("https://web.archive.org/web/2020/intranet.local/x", "intranet.local/x"),
    ("https://archive.ph/2020.01.01-000000/2130706433/", "2130706433/"),
    ("https://127-0-0-1.translate.goog/x?_x_tr_sl=ru", "127.0.0.1/x?_x_tr_sl=ru"),
    ("https://kubernetes-default-svc.translate.goog/api", "kubernetes.default.svc/api"),
    ("https://webcache.googleusercontent.com/search?q=cache:127.0.0.1/x", "127.0.0.1/x"),
    ("https://webcache.googleusercontent.com/search?q=cache:AbCdEf12:http://intranet.local/&hl=en", "intranet.local/"),
    ("https://web.archive.org/web/2020/https://user@www.marxists.org/", "user@www.marxists.org/"),
])
def test_an_address_naming_a_refused_address_is_refused(address, named):
    from edition.data.markup import judge
    from edition.data.weblinks import named_addresses

    assert named in named_addresses(address)
    why = address_refusal(address)
    assert why is not None and "names another address" in why, why
    assert judge(f"See [it]({address}).", "e.md", 1).problems
    assert judge_page(f"# A page\n\nSee [it]({address}).\n", "docs/p.md")


@pytest.mark.parametrize("address", [
    "https://web.archive.org/web/2020/http%3A%2F%2Fwww.marxists.org%2Farchive%2F",
    "https://web.archive.org/web/20200101000000id_/https://www.wsws.org/en/",
    "https://www-marxists-org.translate.goog/archive/?_x_tr_sl=ru&_x_tr_tl=en",
    "https://webcache.googleusercontent.com/search?q=cache:www.marxists.org/archive/",
    "https://example.org/?next=https://www.marxists.org/",  # a public address in a query (round 12)
    "https://www.marxists.org/archive/lenin/works/1917/staterev/index.htm",
])
def test_an_address_naming_a_public_address_passes(address):
    assert address_refusal(address) is None


@pytest.mark.parametrize("host", ["127.0.0.1.nip.io", "10-0-0-1.sslip.io", "app.localtest.me", "lvh.me",
                                  "a.b.lvh.me", "LOCALTEST.ME.", "x.localhost", "api.localdev.me",
                                  "localhost.localstack.cloud", "s3.localhost.localstack.cloud",
                                  "localhost.example.com"])
def test_a_host_under_a_wildcard_dns_service_or_localhost_is_refused(host):
    assert address_refusal(f"https://{host}/") is not None


@pytest.mark.parametrize("host", ["nip.io.example.com", "notnip.io", "mylvh.me", "localtest.me.uk",
                                  "localhosts.example.com", "mylocalhost.org", "localstack.cloud",
                                  "notlocaldev.me", "localhost.directory"])
def test_a_host_only_named_like_a_wildcard_dns_service_passes(host):
    assert address_refusal(f"https://{host}/") is None


@pytest.mark.parametrize("field, value", [
    ("note", "Read at https://en.wikipedia.org/wiki/Russia."),
    ("howpublished", "Online at https://en-wikipedia-org.translate.goog/wiki/Russia"),
    ("note", "Kept at https://web.archive.org/web/2020/https%3A%2F%2Fde.wikipedia.org%2Fwiki%2FX ."),
    ("note", "Read at h{t}tps://en.wikipedia.org/wiki/Russia."),  # G: as printed
    ("howpublished", "{https://en.wikipedia.org/wiki/Russia}"),
])
def test_a_refused_site_in_a_note_or_howpublished_is_refused(tmp_path, field, value):
    text = f"@misc{{arch2020,\n  title = {{Russia}},\n  year = {{2020}},\n  {field} = {{{value}}}\n}}\n"
    bib = tmp_path / "references.bib"
    bib.write_text(text, encoding="utf-8")
    rules = tmp_path / "refused-sources.toml"
    rules.write_text(POLICY, encoding="utf-8")
    assert [p.code for p in check_sourcing(Parser().parse_string(text), bib, entry_lines(text), rules)] == [
        "bib-refused-source"]


def test_a_note_about_a_refused_site_without_its_address_passes(tmp_path):
    for note in ["Review of the English Wikipedia's article.", "Read at https://www.marxists.org/wiki-like/."]:
        assert sourcing_of(tmp_path, "note", note) == []


def sourcing_of(tmp_path, field: str, value: str):
    text = f"@misc{{arch2020,\n  title = {{Russia}},\n  year = {{2020}},\n  {field} = {{{value}}}\n}}\n"
    bib = tmp_path / "references.bib"
    bib.write_text(text, encoding="utf-8")
    rules = tmp_path / "refused-sources.toml"
    rules.write_text(POLICY, encoding="utf-8")
    return [p.code for p in check_sourcing(Parser().parse_string(text), bib, entry_lines(text), rules)]


# -- G (leftover): an address in a bib field of text, judged as it is printed -----------------------------

@pytest.mark.parametrize("note", [
    "See ht{}tp://127.0.0.1/x.", "See http{:}//intranet.local/.", "See {h}{t}{t}{p}{s}://10.0.0.1/.",
    "See http:/{}/2130706433/.", "See https://web.archive.org/web/2020/http{:}//127.0.0.1/ .",
    "See {https}://127-0-0-1.translate.goog/.",
])
def test_an_address_that_tex_disguises_in_a_note_is_judged_as_printed(note):
    from edition.data.bibliography import check_fields, printed_text

    assert "://" in printed_text(note) and "{" not in printed_text(note)
    problems = check_fields("references.bib", "", 4, "k2020", {"note": note, "howpublished": note})
    assert {p.code for p in problems} == {"bib-url"} and len({p.message.split(";")[0] for p in problems}) == 2


@pytest.mark.parametrize("note", ["See https://www.marxists.org/archive/{Lenin}/.", "Consulted on 1 December 2026.",
                                  "A {B}ook of {h}{t}{t}{p} lore.", "See https://www.wsws.org/en/ and \\emph{that}."])
def test_a_note_with_a_public_address_or_none_passes(note):
    from edition.data.bibliography import check_fields

    assert check_fields("references.bib", "", 4, "k2020", {"note": note}) == []


# -- the list of top-level names: its version and source, and a warning when it is old -------------------

def test_the_list_of_top_level_names_names_its_version_and_source():
    import datetime

    from edition.data.weblinks import ROOT_ZONE_MAX_AGE_DAYS, root_zone_staleness

    head = ROOT_ZONE_FILE.read_text(encoding="ascii").splitlines()[:2]
    assert head[0].startswith("# Version ") and head[1].startswith("# Source: https://data.iana.org/TLD/")
    made = datetime.datetime.strptime(head[0].split()[2][:8], "%Y%m%d").date()
    assert root_zone_staleness(made) is None
    assert root_zone_staleness(made + datetime.timedelta(days=ROOT_ZONE_MAX_AGE_DAYS)) is None


def test_edition_check_warns_of_an_old_list_without_failing(tmp_path, capsys, monkeypatch):
    import datetime

    from edition import check
    from edition.data import weblinks

    old = tmp_path / "top-level-names.txt"
    old.write_text("# Version 2019010100, Last Updated Tue Jan  1 07:07:01 2019 UTC\n"
                   "# Source: https://data.iana.org/TLD/tlds-alpha-by-domain.txt\nORG\nCOM\n", encoding="ascii")
    why = weblinks.root_zone_staleness(datetime.date(2020, 1, 3), old)
    assert why is not None and "2019-01-01, 367 days old: refresh it from https://data.iana.org/TLD/" in why
    assert weblinks.root_zone_staleness(datetime.date(2019, 12, 31), old) is None
    old.write_text("ORG\nCOM\n", encoding="ascii")
    assert "no '# Version" in (weblinks.root_zone_staleness(datetime.date(2019, 12, 31), old) or "")
    # the check prints it as a warning, and its result does not change
    monkeypatch.setattr(weblinks, "ROOT_ZONE_FILE", old)
    monkeypatch.setattr(weblinks.root_zone_staleness, "__defaults__", (old,))
    warnings = check.check_warnings(datetime.date(2020, 1, 3))
    assert [w.code for w in warnings] == ["stale-data"]
    from edition.cli import _print_warnings

    monkeypatch.setattr(check, "check_warnings", lambda today: warnings)
    _print_warnings(github=False)
    assert capsys.readouterr().err.startswith("warning: ")
