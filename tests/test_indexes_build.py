"""The indexes and the parallel passages in the built edition, checked against the texts."""

from __future__ import annotations

import html
import re
import tomllib

import pytest

from conftest import ROOT

pytestmark = pytest.mark.build

PARA_RE = re.compile(
    r'<(p|blockquote|ol|ul)\b[^>]*\bid="p(\d+)"[^>]*>(.*?)</\1>', re.S
)


def paragraphs(page: str) -> dict[int, str]:
    """Paragraph number → its text, as the reader sees it (editor's links removed)."""
    out = {}
    for _, number, body in PARA_RE.findall(page):
        body = re.sub(r'<span class="(gloss-tip|parallel-links|citation-link)".*?</span>(</span>)?', " ", body,
                      flags=re.S)
        # note markers are not words of the text
        body = re.sub(r'<sup class="ednote-ref".*?</sup>|<a class="footnote-reference.*?</a>|'
                      r'<a class="paranum".*?</a>', "", body, flags=re.S)
        out[int(number)] = html.unescape(re.sub(r"<[^>]+>", "", body))
    return out


def index_entries():
    for index in ("persons", "places", "organisations"):
        path = ROOT / "docs" / "indexes" / f"{index}.toml"
        if path.exists():
            for entry in tomllib.loads(path.read_text(encoding="utf-8"))["entry"]:
                yield index, entry


def entry_html(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    end = page.find('id="ix-', start + 10)
    return page[start:end if end != -1 else len(page)]


def test_every_mention_in_the_texts_is_in_the_index(html_build, manifest):
    texts = {r["id"]: paragraphs((html_build / "texts" / f"{r['id']}.html").read_text(encoding="utf-8"))
             for r in manifest.witnesses}
    pages = {i: (html_build / f"index-of-{i}.html").read_text(encoding="utf-8")
             for i in ("persons", "places", "organisations")}
    checked = 0
    entries = list(index_entries())
    all_forms = [f for _, e in entries for f in e["forms"]]
    if not entries:
        pytest.skip("no index data yet")
    for index, entry in entries:
        slug = "ix-" + index + "-" + re.sub(r"[^a-z0-9]+", "-", entry["heading"].lower()).strip("-")
        block = entry_html(pages[index], slug)
        for form in entry["forms"]:
            pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?:s|es|’s|'s)?(?![\w-])")
            # a longer name containing this one is that name's mention ("Eastern Europe")
            longer = [f for f in all_forms if form in f and f != form]
            for text_id, paras in texts.items():
                for number, text in paras.items():
                    text = " ".join(text.split())
                    for name in longer:
                        text = text.replace(name, "□")
                    if pattern.search(text):
                        assert f'href="texts/{text_id}.html#p{number}"' in block, (
                            f"{entry['heading']}: {form!r} in {text_id} ¶ {number} is not in the index")
                        checked += 1
        for variant in entry.get("variants", []):
            see = re.search(rf"{re.escape(html.escape(variant, quote=False))}, <em>see</em> <a [^>]*href=\"#{slug}\"",
                            pages[index])
            assert see, f"the variant {variant!r} does not refer to {entry['heading']!r}"
    assert checked > 50


def test_parallel_passages_link_in_both_directions(html_build, manifest):
    ids = [r["id"] for r in manifest.witnesses]
    pages = {i: (html_build / "texts" / f"{i}.html").read_text(encoding="utf-8") for i in ids}
    links = {}
    for text_id, page in pages.items():
        for _, number, body in PARA_RE.findall(page):
            if 'class="parallel-links"' not in body:
                continue
            group = body.split('class="parallel-links"', 1)[1]
            for target, other in re.findall(r'href="([\w-]+)\.html#p(\d+)"', group):
                links.setdefault((text_id, int(number)), set()).add((target, int(other)))
    assert links, "no paragraph links to a parallel passage"
    for (text_id, number), targets in links.items():
        for target, other in targets:
            assert target in pages, f"{text_id} ¶ {number} links to an unknown text {target}"
            assert (text_id, number) in links.get((target, other), set()), (
                f"{text_id} ¶ {number} → {target} ¶ {other}, but not back")
    parallels = (html_build / "parallels.html").read_text(encoding="utf-8")
    for text_id, number in links:
        assert f'href="texts/{text_id}.html#p{number}"' in parallels
