"""Red team 12: addresses that name the machine itself or a private network inside another address.

Each was accepted before; each is now refused, by :func:`edition.data.weblinks.address_refusal`
(which ``edition check`` and the build's guard both call), in contributed text, on a page and in
the bibliography, with a reason that names the address inside:

1. the Wayback Machine's page without a timestamp (``/web/127.0.0.1/``);
2. slashes after the timestamp doubled, escaped or tripled (``/web/2020//127.0.0.1/``);
3. archive.today's page without a scheme (``/newest/127.0.0.1/``, ``/127.0.0.1``);
4. the Wayback Machine's ``/save/``;
5. a translating proxy's host disguised by escapes, full-width dots or case
   (``127%2e0%2e0%2e1.translate.goog``): the host is read as a browser reads it first;
6. wildcard-DNS names that answer with the loopback address (``local.gd``, ``localhost.direct``);
7. a cached copy's ``q=CACHE:`` in any case;
8. any query value (or fragment) that is an ``http:``/``https:`` address, or ``//host``, decoded
   once or more (``translate?u=http://127.0.0.1/``), or a private host without a scheme
   (``?u=127.0.0.1``).

Beside every attack, near misses that must pass: public addresses in the same places, and the
paths and queries of ordinary sites that only look like them (``/1.2.3/``, ``/web/index.html``,
``?scale=0.5``).
"""

from __future__ import annotations

import pytest

from edition.data.markup import EDITORS_NOTE, judge, judge_page
from edition.data.weblinks import LOOPBACK_SERVICES, address_refusal, ipv4_number, named_addresses

#: (hole, address): every form found, then the variants probed beside it
REFUSED = [
    # 1. the Wayback Machine without a timestamp
    (1, "https://web.archive.org/web/127.0.0.1/"),
    (1, "https://web.archive.org/web/http://127.0.0.1/"),
    (1, "https://web.archive.org/WEB/127.0.0.1/"),
    (1, "https://web.archive.org/web/0x7f.1/"),
    (1, "https://web.archive.org/web/0177.0.0.1/"),
    (1, "https://web.archive.org/web/[::1]/"),
    (1, "https://web.archive.org/web/a@127.0.0.1/"),
    (1, "https://web.archive.org/web/169.254.169.254/latest/meta-data/"),
    (1, "https://web.archive.org/web/x.localhost/"),
    (1, "https://web.archive.org/web/127%2e0%2e0%2e1/"),
    (1, "https://web.archive.org/web/127%252e0%252e0%252e1/"),
    # 2. doubled, escaped or tripled slashes after the timestamp
    (2, "https://web.archive.org/web/2020/http:%2F%2F127.0.0.1/"),
    (2, "https://web.archive.org/web/2020//127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http:///127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/%2F%2F127.0.0.1/"),
    (2, "https://web.archive.org/web/2020///127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http:%5C%5C127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http:/%09/127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/ht%09tp://127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/HTTP://127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http%253A%252F%252F127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http://a@127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http://[::ffff:127.0.0.1]/"),
    (2, "https://web.archive.org/web/2020/http://2130706433/"),
    # 3. archive.today without a scheme
    (3, "https://archive.ph/newest/127.0.0.1/"),
    (3, "https://archive.ph/127.0.0.1"),
    (3, "https://archive.is/2020.01.01-000000/127.0.0.1/"),
    (3, "https://archive.ph/20200101000000/127.0.0.1/"),
    (3, "https://archive.ph/oldest/localhost:8080/"),
    (3, "https://archive.ph/newest/0x7F000001/"),
    (3, "https://archive.ph/newest/2130706433/"),
    (3, "https://archive.ph/NEWEST/10.0.0.1/"),
    # 4. the Wayback Machine's save
    (4, "https://web.archive.org/save/127.0.0.1/"),
    (4, "https://web.archive.org/save/http://127.0.0.1/"),
    (4, "https://web.archive.org/save/_embed/127.0.0.1/"),
    (4, "https://web.archive.org/SAVE/192.168.0.1/"),
    (4, "https://web.archive.org/save/0/"),
    # 5. a proxy's host, read as a browser reads it
    (5, "https://127%2e0%2e0%2e1.translate.goog/"),
    (5, "https://127%2E0%2E0%2E1.translate.goog/"),
    (5, "https://127\uff0e0\uff0e0\uff0e1.translate.goog/"),
    (5, "https://127\uff0d0\uff0d0\uff0d1.translate.goog/"),
    (5, "https://127-0-0-1%2e.translate.goog/"),
    (5, "https://127-0-0-1.translate.goog./"),
    (5, "https://127-0-0-1.TRANSLATE.GOOG/"),
    (5, "https://127-0-0-1.translate%2egoog/"),
    (5, "https://localhost.translate.goog/"),
    (5, "https://10-0-0-1.translate.goog/"),
    # 6. wildcard-DNS names that answer with the loopback address
    (6, "https://x.local.gd/"),
    (6, "https://local.gd/"),
    (6, "https://a.b.localhost.direct/"),
    (6, "https://app.localhostcert.net/"),
    (6, "https://web.archive.org/web/x.local.gd/"),
    (6, "https://x.ddev.site/"),  # notes/redteam.md 10
    (6, "https://x.lndo.site/"),
    (6, "https://127.0.0.1.xip.name/"),
    # 7. a cached copy's query in any case
    (7, "https://webcache.googleusercontent.com/search?q=CACHE:http://127.0.0.1/"),
    (7, "https://webcache.googleusercontent.com/search?q=Cache:127.0.0.1/"),
    (7, "https://webcache.googleusercontent.com/search?hl=en&q=cache%3A127.0.0.1%2F"),
    # 8. an address in a query value, a parameter or a fragment
    (8, "https://translate.google.com/translate?u=http://127.0.0.1/"),
    (8, "https://translate.google.com/translate?sl=auto&tl=en&u=http%3A%2F%2F127.0.0.1%2F"),
    (8, "https://translate.google.com/translate?sl=auto&tl=en&u=http%253A%252F%252F127.0.0.1%252F"),
    (8, "https://translate.google.com/translate?u=HTTP://0x7f.1/"),
    (8, "https://translate.google.com/translate?u=http://a@127.0.0.1/"),
    (8, "https://translate.google.com/translate?u=http://[::1]/"),
    (8, "https://translate.google.com/translate?u=//127.0.0.1/"),
    (8, "https://translate.google.com/translate?u=http:127.0.0.1"),
    (8, "https://translate.google.com/translate?u=https://127-0-0-1.translate.goog/"),
    (8, "https://example.org/?next=http://127.1/"),
    (8, "https://example.org/#http://127.0.0.1/"),
    (8, "https://example.org/a;u=http://127.0.0.1/"),
    (8, "https://example.org/?a=1;u=//localhost/"),
    (8, "https://translate.google.com/translate?u=%20http://127.0.0.1/"),
    (8, "https://translate.google.com/translate?u=http%3A127.0.0.1"),
    (8, "https://translate.google.com/translate?u=h%0Attp://127.0.0.1"),
    (8, "https://translate.google.com/translate?u=127.0.0.1/admin"),  # no scheme: a translator adds one
    (8, "https://translate.google.com/translate?u=localhost:8080/"),
    (8, "https://translate.google.com/translate?u=%5B::1%5D/"),
    (8, "https://translate.google.com/translate?u=x.local.gd"),
    (8, "https://translate.google.com/translate?u=0x7f.0.0.1"),
    # variants inside an archived address
    (2, "https://web.archive.org/web/2020id_/127.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http://127\u30020\u30020\u30021/"),
    (2, "https://web.archive.org/web/2020/http://%31%32%37.0.0.1/"),
    (2, "https://web.archive.org/web/2020/http://localhost%2e/"),
    (7, "https://webcache.googleusercontent.com/search?q=cache:ab:127.0.0.1/"),
]
#: public addresses in the same places, and ordinary paths and queries that only look like them
NEAR_MISSES = [
    "https://web.archive.org/web/2020/https://www.marxists.org/",
    "https://web.archive.org/web/https://www.marxists.org/",
    "https://web.archive.org/web/www.marxists.org/archive/",
    "https://web.archive.org/web/2130706433/",  # a timestamp after web/, not a host
    "https://web.archive.org/save/https://www.marxists.org/",
    "https://archive.ph/newest/https://example.org/",
    "https://archive.ph/newest/www.marxists.org/",
    "https://archive.ph/AbCdE",
    "https://translate.google.com/translate?u=https://example.org/",
    "https://translate.google.com/translate?sl=auto&tl=en&u=https%3A%2F%2Fwww.marxists.org%2F",
    "https://webcache.googleusercontent.com/search?q=CACHE:https://www.marxists.org/",
    "https://www-marxists-org.translate.goog/archive/?_x_tr_sl=ru",
    "https://WWW-MARXISTS-ORG.translate.goog/",
    "https://www.marxists.org/archive/lenin/works/1917/staterev/index.htm",
    "https://www.marxists.org/index.html",
    "https://docs.python.org/3.12/library/",
    "https://www.postgresql.org/docs/10.1/",
    "https://example.org/1.2.3/notes",
    "https://docs.example.org/0.9/",
    "https://example.org/10.1/",
    "https://example.org/2020/12345/",
    "https://example.org/?v=0.5&scale=10.1&id=2130706433&ip=8.8.8.8",
    "https://example.org/?u=www.marxists.org&q=a=b",
    "https://example.org/web/index.html",
    "https://example.org/save/draft",
    "https://example.org/test",
    "https://example.org/?ref=https://www.marxists.org/",
    "https://example.org/?path=//www.marxists.org/",
    "https://en.wikipedia.org/wiki/Localhost",
    "https://example.org/a?b=c#d",
    "https://nip.io.example.com/",
    "https://notlocal.gd/",
    "https://localhost.directory/",
]


@pytest.mark.parametrize("hole, address", REFUSED)
def test_an_address_naming_the_machine_itself_is_refused_with_the_address_it_names(hole, address):
    why = address_refusal(address)
    assert why is not None, (hole, address)
    # the reason names the address inside (or, for a host a browser cannot read, the host)
    assert ("names another address" in why or "wildcard-DNS" in why or "not a valid domain name" in why
            or "label localhost" in why), why


@pytest.mark.parametrize("hole, address", REFUSED)
def test_it_is_refused_in_contributed_text_an_editor_s_note_and_on_a_page(hole, address):
    # (an address in full-width or ideographic stops is refused for its letters too, markup-print: the printed
    # edition's face lacks them)
    problems = judge(f"An entry.\n\nSee [it]({address}) here.", "e.md", 7).problems
    assert problems and all(p.line == 9 and p.code in ("markup-unsafe", "markup-print") for p in problems), problems
    assert any(p.code == "markup-unsafe" for p in problems), problems
    assert judge(f"See [it]({address}).", "n.toml", 3, EDITORS_NOTE).problems
    (problem,) = [p for p in judge_page(f"# A page\n\nSee [it]({address}).\n", "docs/p.md")
                  if "has no glyph" not in p.message]
    assert problem.line == 3 and problem.code == "page"


@pytest.mark.parametrize("address", NEAR_MISSES)
def test_a_public_address_in_the_same_place_passes(address):
    assert address_refusal(address) is None
    assert judge(f"See [it]({address}).", "e.md", 1).problems == ()


@pytest.mark.parametrize("address, named", [
    ("https://web.archive.org/web/127.0.0.1/x", "127.0.0.1/x"),
    ("https://web.archive.org/web/2020//127.0.0.1/", "127.0.0.1/"),
    ("https://web.archive.org/web/2020/http:%2F%2F127.0.0.1/", "127.0.0.1/"),
    ("https://archive.ph/127.0.0.1", "127.0.0.1"),
    ("https://127%2e0%2e0%2e1.translate.goog/x", "127.0.0.1/x"),
    ("https://webcache.googleusercontent.com/search?q=CACHE:http://127.0.0.1/", "127.0.0.1/"),
    ("https://translate.google.com/translate?sl=auto&u=http%3A%2F%2F127.0.0.1%2F", "127.0.0.1/"),
])
def test_the_address_named_first_is_the_decoded_one_that_the_reason_quotes(address, named):
    assert named_addresses(address)[0] == named
    assert repr(named) in (address_refusal(address) or "")


def test_the_wildcard_dns_services_are_data_and_hold_the_loopback_ones():
    assert {"local.gd", "localhost.direct", "localhostcert.net", "nip.io", "sslip.io", "localtest.me",
            "lvh.me", "vcap.me", "lacolhost.com", "traefik.me"} <= LOOPBACK_SERVICES


@pytest.mark.parametrize("host, number", [
    ("127.1", 0x7F000001), ("0x7f.1", 0x7F000001), ("0177.0.0.1", 0x7F000001), ("2130706433", 0x7F000001),
    ("0x7F000001", 0x7F000001), ("017700000001", 0x7F000001), ("0", 0), ("1.2.3", 0x01020003),
    ("v1.2", None), ("256.1", None), ("1.2.3.4.5", None), ("09.1", None), ("1..2", None), ("4294967296", None),
])
def test_an_ipv4_host_is_read_as_the_whatwg_parser_reads_it(host, number):
    assert ipv4_number(host) == number


def test_the_bibliography_refuses_them_at_their_line(tmp_path):
    from test_security_round9 import bib_url

    for _, address in REFUSED:
        if "\t" in address or "%09" in address:
            continue
        problems = [p for p in bib_url(tmp_path, address) if p.code == "bib-url"]
        assert len(problems) == 1 and problems[0].line == 6, (address, problems)
    assert bib_url(tmp_path, "https://web.archive.org/web/2020/https://www.marxists.org/") == []


# -- the red team's note 2 (notes/redteam.md): a toctree entry that is no address names a page -------------

def test_a_toctree_entry_without_an_address_is_a_page_s_name_and_must_name_a_page(tmp_path):
    import shutil

    from conftest import ROOT
    from edition.check import check_project
    from edition.data.markup import TocEntry, toctree_entries

    content = ":hidden:\n\nx <javascript:alert(1)>\nno-such-page\nglossary\nglossary.md\nself\nA site <https://www.marxists.org/>\n"
    assert toctree_entries("", content, 6) == [TocEntry(9, "javascript:alert(1)"), TocEntry(10, "no-such-page"),
                                               TocEntry(11, "glossary"), TocEntry(12, "glossary")]
    assert toctree_entries("", ":glob:\n\ntexts/*\nAll <no-such-page>\n", 6) == [
        TocEntry(9, "texts/*", pattern=True), TocEntry(10, "no-such-page")]
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("_build", "_generated"))
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "docs" / "probe.md").write_text(f"---\norphan: true\n---\n# Probe\n\n:::{{toctree}}\n{content}:::\n",
                                                encoding="utf-8")
    found = sorted((p.line, p.message) for p in check_project(tmp_path) if p.path.endswith("probe.md"))
    # glossary.md is the page glossary again, which Sphinx warns of in one table of contents
    assert [line for line, _ in found] == [9, 10, 12], found
    assert "'javascript:alert(1)' (an entry without '://' is a page's name) names no page" in found[0][1]
    assert "names the page 'glossary' a second time" in found[2][1]


# -- the red team's note 5: a card's link as the build reads it, and ``/\`` as ``//`` ------------------------

@pytest.mark.parametrize("link, scheme", [
    ("/\\\\127.0.0.1/admin", "not //"), ("/\\/169.254.169.254/latest/", "not //"), ("\\/127.0.0.1/", "not //"),
    ("java\\script:alert(1)", "not javascript"),
])
def test_a_card_link_is_judged_as_docutils_uri_reads_it_and_slash_backslash_is_another_host(link, scheme):
    problems = judge_page(f"# A page\n\n:::{{card}} C\n:link: {link}\n:link-type: url\n\ntext\n:::\n", "docs/p.md")
    assert problems and problems[0].line == 3 and scheme in problems[0].message, problems


def test_a_toctree_entry_beginning_slash_backslash_is_another_host_s_address():
    # notes/redteam.md 7: Sphinx links an entry with '://' as written, and a browser reads /\ as //
    problems = judge_page("# A page\n\n:::{toctree}\nRTTOC </\\127.0.0.1/admin?://x>\n:::\n", "docs/p.md")
    assert problems and problems[0].line == 4 and "not //" in problems[0].message, problems


def test_slash_backslash_is_an_address_on_another_host_for_the_build_s_guard_too():
    from edition.data.markup import link_scheme

    assert [link_scheme(h) for h in ["/\\127.0.0.1/", "\\/x/", "\\\\x/", "//x/", "/texts/a", "texts/a"]] == [
        "//", "//", "//", "//", None, None]
    page = "# A page\n\n:::{card} C\n:link: /texts/soviet-mirage\n:link-type: url\n\ntext\n:::\n"
    assert judge_page(page, "docs/p.md") == []
