"""Write ``cases.toml``, the hostile corpus, from the variations below.

Usage::

    python tests/hostile/make_cases.py          # rewrite cases.toml
    python tests/hostile/make_cases.py --check  # exit 1 if cases.toml is stale

Each case is one small contribution, in one kind of file, that ``edition
check`` must refuse at its file and line and that the build, even with the
validator bypassed, must not publish. ``{secret}`` stands for the absolute
path of ``secret.txt``; its contents must appear in no output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent

#: payloads of markup, each in the forms a contributor could vary
MARKUP = {
    "raw-html-inline": "A <img src=x onerror=alert(1) data-canary> here.",
    "raw-html-block": "<div data-canary>\ntext\n</div>",
    "html-unclosed-details": "<details open ontoggle=alert(1) data-canary",
    "html-unclosed-comment": "<!-- the rest is hidden",
    "html-unclosed-script": "<script data-canary",
    "html-uppercase": "<SCRIPT data-canary>alert(1)</SCRIPT>",
    "eval-rst-fence": "```{eval-rst}\n.. raw:: html\n   :file: {secret}\n```",
    "eval-rst-tilde": "~~~{eval-rst}\n.. include:: {secret}\n~~~",
    "raw-directive": "```{raw} html\n:file: {secret}\n```",
    "colon-literalinclude": ":::{literalinclude} {secret}\n:::",
    "colon-include": "::::{include} {secret}\n::::",
    "quote-eval-rst": "> ```{eval-rst}\n> .. raw:: html\n>    :file: {secret}\n> ```",
    "list-literalinclude": "- :::{literalinclude} {secret}\n  :::",
    "nested-list-quote-include": "- item\n  - > ```{include} {secret}\n    > ```",
    "ordered-list-raw": "1. ```{raw} html\n   <b data-canary>x</b>\n   ```",
    "role-download-capitals": "See {Download}`the file <{secret}>`.",
    "role-download-upper": "See {DOWNLOAD}`the file <{secret}>`.",
    "role-math-capitals": "Math {Math}`\\input{{secret}}` here.",
    "role-raw": "Raw {raw-html}`<b data-canary>x</b>` here.",
    "role-std-download": "See {std:download}`f <{secret}>`.",
    "role-in-quote": "> A {Download}`quote <{secret}>`.",
    "role-in-list-item": "- A {download}`item <{secret}>`.",
    "role-eval-rst": "Text {eval-rst}`:download:`x <{secret}>`` here.",
    "link-javascript": "See [here](javascript:alert(1)).",
    "link-javascript-case": "See [here](JaVaScRiPt:alert(1)).",
    "link-javascript-entity": "See [here](javascript&#58;alert(1)).",
    "link-javascript-spaces": "See [here](< javascript:alert(1)>).",
    "link-data": "See [here](data:text/html;base64,PHNjcmlwdD4=).",
    "link-vbscript": "See [here](vbscript:msgbox).",
    "link-file": "See [here](file:///etc/passwd).",
    "link-local-file": "See [here]({secret}).",
    "link-relative-file": "See [here](../../seeds/manifest.toml).",
    "link-protocol-relative": "See [here](//evil.example/x).",
    "autolink-javascript": "See <javascript:alert(1)>.",
    "link-reference-definition": "See [here][x].\n\n[x]: javascript:alert(1)",
    "image": "![x](https://evil.example/t.png)",
    "image-in-quote": "> ![x](https://evil.example/t.png)",
    "attrs-block-label": "{#gloss-nomenklatura}\nA paragraph.",
    "attrs-block-class": "{.hidden data-canary=1}\nA paragraph.",
    "attrs-inline-link": "[a](https://example.org){#gloss-nomenklatura .x}",
    "span-attrs": "[a]{.x data-canary=1}",
    "target-label": "(gloss-nomenklatura)=\nA paragraph.",
    "line-comment": "% a hidden comment",
    "block-break": "+++ break",
    "footnote": "A note[^x].\n\n[^x]: hidden",
    "substitution": "A {{ substitution }}.",
    "dollar-math": "A $\\input{{secret}}$ formula.",
    "indented-code": "Para.\n\n    code block",
    "table": "| a | b |\n|---|---|\n| 1 | 2 |",
    "heading-other": "## Another heading",
    "setext-heading": "A heading\n=========",
    "rule": "---",
    "entity-script": "&lt;script&gt; and &#x3C;b&#x3E;",
    "code-span": "Some `code` here.",
    "definition-list": "Term\n: definition",
}
#: the kinds of file a case may be in
KINDS = ["glossary-body", "editors-note"]


def cases() -> list[dict]:
    """Every case of the corpus, in the order of cases.toml (an id may carry its place in the list)."""
    out: list[dict] = []
    _markup_cases(out)
    _field_cases(out)
    _reference_and_file_cases(out)
    _red_team_cases(out)
    _second_red_team_cases(out)
    _third_red_team_cases(out)
    _fourth_red_team_cases(out)
    _fifth_red_team_cases(out)
    _sixth_red_team_cases(out)
    _seventh_red_team_cases(out)
    _pages_red_team_cases(out)
    _eighth_red_team_cases(out)
    _second_red_team_of_issue_16(out)
    _page_parity_of_red_team_2(out)
    _third_red_team_of_issue_16(out)
    _parity_three(out)
    _nesting_of_red_team_3(out)
    _red_team_three_of_round_14(out)
    _red_team_three_of_round_15(out)
    return out


def _markup_cases(out: list[dict]) -> None:
    """Each piece of :data:`MARKUP` in a glossary entry's body; some of them in an editor's note too."""
    for name, payload in MARKUP.items():
        out.append({"id": f"body-{name}", "kind": "glossary-body", "text": payload})
    for name in ("raw-html-inline", "html-unclosed-details", "quote-eval-rst", "list-literalinclude",
                 "role-download-capitals", "role-math-capitals", "link-javascript", "colon-include",
                 "attrs-block-label", "footnote", "raw-directive", "image", "link-local-file"):
        out.append({"id": f"note-{name}", "kind": "editors-note", "text": MARKUP[name]})


def _field_cases(out: list[dict]) -> None:
    """The fields of a glossary entry, the indexes, the lemmas, the parallels and the bibliography."""
    for field, value in [("term", "nomen<b>klatura</b>"), ("definition", "A list <script>x</script>."),
                         ("definition", "See [x](javascript:alert(1))."), ("definition", "A {Download}`f <{secret}>`."),
                         ("variants", "[\"<img src=x onerror=alert(1)>\"]"), ("cyrillic", "номен`клатура`"),
                         ("term", "\"   \""), ("variants", "[\"nomenklаtura\"]"), ("term", "\"nomenklаtura\""),
                         ("variants", "[\"Nomenklatura\"]"), ("sources", "[\"x`{download}`y\"]"),
                         ("related", "[\"../../etc\"]")]:
        out.append({"id": f"field-{field}-{len(out)}", "kind": "glossary-field", "field": field, "text": value})
    for text in ("<b data-canary>Stalin</b>", "[x](javascript:alert(1))", "{Download}`x <{secret}>`"):
        out.append({"id": f"index-note-{len(out)}", "kind": "index-note", "text": text})
    out.append({"id": "index-heading-html", "kind": "index-heading", "text": "<img src=x onerror=alert(1)>"})
    out.append({"id": "index-source-injection", "kind": "index-sources", "text": "x`{download}`y"})
    for text in ("<script>alert(1)</script>", "{Download}`x <{secret}>`"):
        out.append({"id": f"lemma-{len(out)}", "kind": "lemma", "text": text})
    out.append({"id": "discrepancy-html", "kind": "discrepancy", "text": "<img src=x onerror=alert(1)>"})
    out.append({"id": "citation-key-injection", "kind": "citation-key", "text": "x`{download}`y"})
    out.append({"id": "parallel-title-html", "kind": "parallel-title", "text": "<script>alert(1)</script>"})
    out.append({"id": "parallel-gloss-role", "kind": "parallel-gloss", "text": "{Download}`x <{secret}>`"})
    for name, value in [("url-javascript", "javascript:alert(1)"), ("url-javascript-case", "JavaScript:alert(1)"),
                        ("url-data", "data:text/html,x"), ("url-relative", "/etc/passwd"),
                        ("url-file", "file:///etc/passwd"), ("url-spaces", " javascript:alert(1)")]:
        out.append({"id": f"bib-{name}", "kind": "bib-field", "field": "url", "text": value})
    out.append({"id": "bib-doi-bad", "kind": "bib-field", "field": "doi", "text": "javascript:alert(1)"})
    out.append({"id": "bib-howpublished-url", "kind": "bib-field", "field": "howpublished",
                "text": "\\url{javascript:alert(1)}"})
    out.append({"id": "bib-latex-input", "kind": "bib-field", "field": "note", "text": "\\input{{secret}}"})
    out.append({"id": "bib-latex-write18", "kind": "bib-field", "field": "abstract",
                "text": "\\immediate\\write18{id}"})
    out.append({"id": "bib-latex-href", "kind": "bib-field", "field": "note", "text": "\\href{javascript:x}{y}"})
    out.append({"id": "bib-not-utf8", "kind": "bib-bytes", "text": "latin1"})


def _reference_and_file_cases(out: list[dict]) -> None:
    """References to what does not exist, invalid TOML, anchors, and files the build would skip."""
    for name, target in [("doc-unknown", "{doc}`/texts/nothing`"), ("doc-relative", "{doc}`texts/soviet-mirage`"),
                         ("ref-unknown", "{ref}`gloss-nothing`"), ("term-unknown", "{term}`nothing`"),
                         ("cite-unknown", "{cite:p}`nothing1999`")]:
        out.append({"id": f"reference-{name}", "kind": "glossary-body", "text": f"See {target}."})
    out.append({"id": "note-doc-unknown", "kind": "editors-note", "text": "See {doc}`/texts/nothing`."})
    for name, text in [("manifest-invalid", "[[witness]\nid = "), ("editorial-invalid", "[[annotation]\nafter = ")]:
        out.append({"id": name, "kind": "toml", "file": name.split("-")[0], "text": text})
    out.append({"id": "editorial-anchor-missing", "kind": "anchor", "text": "words that are in no witness"})
    out.append({"id": "editorial-anchor-twice", "kind": "anchor", "text": "the"})
    out.append({"id": "glossary-underscore-file", "kind": "skipped-file", "text": "_draft.md"})
    out.append({"id": "glossary-subfolder", "kind": "skipped-file", "text": "drafts/entry.md"})
    out.append({"id": "editorial-stray-file", "kind": "stray-editorial", "text": "no-such-witness.toml"})
    out.append({"id": "index-label-collision", "kind": "index-duplicate-label", "text": "Lenin, V. I."})


def _red_team_cases(out: list[dict]) -> None:
    """Found by the red team: text the validator saw otherwise than the build, and its neighbours."""
    # found by the red team: text the validator saw otherwise than the build
    for name, text in [("nbsp-before-fence", "\u00a0```{eval-rst}\n.. csv-table:: x\n   :file: {secret}\n"),
                       ("ideographic-space-fence", "\u3000```{eval-rst}\n.. csv-table:: x\n   :file: {secret}\n"),
                       ("cr-before-option", "## In these texts\r:name: gloss-nomenklatura"),
                       ("line-separator",
                        "A line\u2028~~~{eval-rst}\u2028.. csv-table:: x\u2028   :file: {secret}\u2028~~~"),
                       ("next-line-char", "A line\u0085```{eval-rst}\u0085.. raw:: html\u0085```"),
                       ("zero-width-space", "A\u200b{Download}`x <{secret}>`"),
                       ("rlo", "A \u202e{Download}`x <{secret}>`"),
                       ("cite-trailing-comma", "See {cite:p}`vanderwalt1999,`."),
                       ("cite-upper-case", "See {cite:p}`VANDERWALT1999`."),
                       ("doc-empty-title", "See {doc}`</texts/soviet-mirage>`."),
                       ("ref-empty-title", "See {ref}`<gloss-nomenklatura>`."),
                       ("ref-untitled-index-label", "See {ref}`ix-persons-andropov-yuri`.")]:
        out.append({"id": f"body-{name}", "kind": "glossary-body", "text": text})
    out.append({"id": "note-line-separator", "kind": "editors-note",
                "text": "An editor's note.\u2028~~~{eval-rst}\u2028.. csv-table:: x\u2028   :file: {secret}\u2028~~~"})
    out.append({"id": "lemma-line-separator", "kind": "lemma", "text": "x\u2028(gloss-nomenklatura)="})
    for field, value in [("term", "\"nomen\u00adklatura\""), ("variants", "[\"nomenklatura\u200b\"]"),
                         ("term", "\"nomenkIatura\""), ("term", "\"nornenklatura\""),
                         ("term", "\"NOMENKLATURA\""), ("term", "\"ｎｏｍｅｎｋｌａｔｕｒａ\"")]:
        out.append({"id": f"field-{field}-lookalike-{len(out)}", "kind": "glossary-field", "field": field,
                    "text": value})
    out.append({"id": "citation-pages-backtick", "kind": "citation-pages", "text": "13`"})
    for field, value in [("author", "Someone\n\n```{eval-rst}\n.. raw:: html\n   :file: {secret}\n```"),
                         ("title", "Home <index>` {download}`Data <{secret}>` {doc}`The Soviet Mirage"),
                         ("tradition", "<img src=x onerror=alert(1)>"),
                         ("file", "../../../../etc/passwd"), ("source_url", "javascript:alert(1)"),
                         ("bibkey", "x`{download}`y")]:
        out.append({"id": f"manifest-{field}", "kind": "manifest-field", "field": field, "text": value})
    out.append({"id": "index-not-tables", "kind": "indexes-file", "text": "entry = [\"x\"]\n"})
    out.append({"id": "parallels-passage-not-table", "kind": "parallels-file",
                "text": "[[theme]]\nid = \"x\"\npassage = \"x\"\n"})
    out.append({"id": "parallels-theme-id-number", "kind": "parallels-file",
                "text": "[[theme]]\nid = 5\ntitle = \"x\"\n[[theme.passage]]\ntext = \"soviet-mirage\"\n"
                        "quote = \"x\"\n[[theme.passage]]\ntext = \"russian-capitalism\"\nquote = \"y\"\n"})
    out.append({"id": "glossary-symlink", "kind": "glossary-symlink", "text": "{secret}"})
    for name, entry in [("preamble", "@preamble{\"\\immediate\\write18{id}\"}"),
                        ("person-latex", "@book{hostile2026, author={Zz\\input{{secret}}, A}, title={T}, "
                                         "publisher={P}, year={2026}}"),
                        ("hat-hat", "@book{hostile2026, author={Zz, A}, title={T^^5cinput}, publisher={P}, "
                                    "year={2026}}"),
                        ("style-cannot-print", "@booklet{hostile2026, title={T}}"),
                        ("date-not-year", "@book{hostile2026, author={Zz, A}, title={T}, publisher={P}, "
                                          "date={2026}}"),
                        ("wayback-wikipedia", "@online{hostile2026, title={T}, year={2026}, url={https://web."
                                              "archive.org/web/20200101000000/https://en.wikipedia.org/wiki/X}}")]:
        out.append({"id": f"bib-{name}", "kind": "bib-entry", "text": entry})


def _second_red_team_cases(out: list[dict]) -> None:
    """Found by the second red team: names that reach LaTeX's \\index, look-alike terms, blank lemmas, control
    characters in the manifest, pages with what the build refuses."""
    for name, heading in [("brace", "Zzqy{a, B"), ("closing-brace-input", "Zzq}input /etc/passwd "),
                          ("xindy-specials", "Zzqx!a@b|c, Q"), ("backslash", "Zzq\\input, A"),
                          ("quote", "Zzq\"a, A")]:
        out.append({"id": f"index-heading-{name}", "kind": "index-heading", "text": heading})
    for name, variant in [("brace", "Zzq}input {secret} "), ("xindy-see", "Zzqvar|see{x}")]:
        out.append({"id": f"index-variant-{name}", "kind": "index-variant", "text": variant})
    for name, term in [("capital-n-capital-i", "\"NomenkIatura\""), ("grapheme-joiner", "\"nomenkla\u034ftura\""),
                       ("variation-selector", "\"nomenkla\ufe00tura\""), ("hangul-filler", "\"nomenklatura \u3164\""),
                       ("halfwidth-filler", "\"nomenklatura \uffa0\""), ("braille-blank", "\"nomenklatura \u2800\""),
                       ("symbol", "\"nomenklatura \u2606\"")]:
        out.append({"id": f"field-term-{name}", "kind": "glossary-field", "field": "term", "text": term})
    out.append({"id": "body-variation-selector", "kind": "glossary-body", "text": "A\ufe0f{Download}`x <{secret}>`"})
    for name, lemma in [("blank-lines", "\n\n    "), ("tab", "\t"), ("two-spaces", "  ")]:
        out.append({"id": f"lemma-{name}", "kind": "lemma", "text": lemma})
    for field in ("author_evidence", "retrieved_evidence"):
        out.append({"id": f"manifest-control-{field}", "kind": "manifest-field", "field": field,
                    "text": "\u0001\u000cA control character"})
    for name, page in [("csv-table-file", "```{csv-table} S\n:file: {secret}\n```"),
                       ("include-in-admonition", "::::{admonition} A\n:::{include} {secret}\n:::\n::::"),
                       ("raw-html", "<script>alert(1)</script>"),
                       ("download", "See {download}`x <{secret}>`."),
                       ("image", "```{image} {secret}\n```"),
                       ("doc-unknown", "See {doc}`/texts/nothing`."),
                       ("front-matter-myst", "---\nmyst:\n  enable_extensions: [\"substitution\"]\n---\n"
                                             "{{ cycler.__init__.__globals__.os.popen('cat {secret}').read() }}"),
                       ("front-matter-html-meta", "---\nhtml_meta:\n  description: x\n---\nText."),
                       ("front-matter-fence", "---\nmyst:\n  fence_as_directive: [\"mermaid\"]\n---\nText.")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})


def _third_red_team_cases(out: list[dict]) -> None:
    """Found by the third red team: marks that compose with no letter, look-alikes and common words as names."""
    for name, field, value in [("combining-dot", "term", "\"Bolshevi\u0307sm\""),
                               ("combining-overlay", "term", "\"nomenklat\u0335ura\""),
                               ("common-words", "variants", "[\"the\", \"and\"]"),
                               ("cyrillic-mixed", "cyrillic", "\"номенkлатура\"")]:
        out.append({"id": f"field-{field}-{name}", "kind": "glossary-field", "field": field, "text": value})
    out.append({"id": "index-heading-mixed-script", "kind": "index-heading", "text": "Gorbachev, Mikha\u0456l"})
    out.append({"id": "index-variant-common-word", "kind": "index-variant", "text": "of"})
    for name, file, toml in [
            ("reading-across-paragraphs", "soviet-mirage",
             '[[emendation]]\nreading = "Pannekoek).\\n\\nMy focus"\nlemma = "Pannekoek). My focus"\nnote = "x"'),
            ("readings-overlap", "soviet-mirage",
             '[[emendation]]\nreading = "My focus will be"\nlemma = "My aim will be"\nnote = "x"\n\n'
             '[[emendation]]\nreading = "focus will be on the ideas"\nlemma = "focus is on the ideas"\nnote = "y"'),
            ("note-in-heading", "soviet-mirage",
             '[[annotation]]\nafter = "INADEQUATE ANSWERS, INADEQUATE QUESTIONS"\ntext = "A note in a heading."'),
            ("reading-covers-marker", "russian-capitalism",
             '[[emendation]]\nreading = "village commune [2], and weak"\nlemma = "village commune, and weak"\n'
             'note = "x"')]:
        out.append({"id": f"editorial-{name}", "kind": "editorial-file", "file": file, "text": toml})


def _fourth_red_team_cases(out: list[dict]) -> None:
    """Found by the fourth red team: front matter as MyST reads it, common words in any case, emendations
    over a note's place, phonetic look-alikes, pages and their inclusions."""
    rce = "{{ cycler.__init__.__globals__.os.popen('cat {secret}').read() }}"
    for name, page in [("front-matter-long-dashes", f"----\norphan: true\nmyst:\n  enable_extensions: [substitution]\n"
                                                    f"----\n{rce}"),
                       ("front-matter-comment", f"--- # page settings\norphan: true\nmyst:\n"
                                                f"  enable_extensions: [substitution]\n---\n{rce}"),
                       ("front-matter-dots", f"---\norphan: true\nmyst: {{enable_extensions: [substitution]}}\n...\n"
                                             f"{rce}"),
                       ("front-matter-bom", f"\ufeff---\norphan: true\nmyst:\n  enable_extensions: [substitution]\n"
                                            f"---\n{rce}"),
                       ("generated-unknown", "```{edition-generated} evil.md\n```")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})
    for name, value in [("capital-common-word", "[\"The\"]"), ("common-phrase", "[\"of the\"]")]:
        out.append({"id": f"field-variants-{name}", "kind": "glossary-field", "field": "variants", "text": value})
    for name, term in [("phonetic-l", "\"nomenk\ua781atura\""), ("small-capital-n", "\"\u0274omenklatura\"")]:
        out.append({"id": f"field-term-{name}", "kind": "glossary-field", "field": "term", "text": term})
    for name, file, toml in [
            ("reading-over-a-note", "soviet-mirage",
             '[[emendation]]\nreading = "SALDRU report on poverty"\nlemma = "The report on poverty"\nnote = "x"'),
            ("note-in-header", "russian-capitalism",
             '[[annotation]]\nafter = "Retrieved on 2nd August 2020"\ntext = "A note in the header."')]:
        out.append({"id": f"editorial-{name}", "kind": "editorial-file", "file": file, "text": toml})


def _fifth_red_team_cases(out: list[dict]) -> None:
    """Found by the fifth red team: a front matter two readers read differently, stems of common words,
    a citation outside the running text, Latin letters of the extended blocks."""
    out.append({"id": "page-front-matter-second-reader", "kind": "page",
                "text": "---\norphan: true\n---x: 1\nabstract: ZZ <img src=x onerror=alert(1)>\n---\nText."})
    out.append({"id": "field-variants-stems-of-common-words", "kind": "glossary-field", "field": "variants",
                "text": "[\"wa\", \"thi\"]"})
    out.append({"id": "index-variant-stem-of-a-common-word", "kind": "index-variant", "text": "wa"})
    for name, term in [("latin-extended-b", "\"nomenk\u019aatura\""),
                       ("modifier-apostrophe", "\"nomenklatura\u02bc\"")]:
        out.append({"id": f"field-term-{name}", "kind": "glossary-field", "field": "term", "text": term})
    out.append({"id": "editorial-citation-in-byline", "kind": "editorial-file", "file": "capitalist-restoration",
                "text": '[[citation]]\nat = "By Clara Weiss"\nkey = "buick1986"\ndiscrepancy = "A remark."'})


def _sixth_red_team_cases(out: list[dict]) -> None:
    """Found by the sixth red team: symbolic links the build read or wrote through, outside the glossary:
    a page that is a link (published by a build without the check before it), a link at the name of a
    file being written, a link beside the manifest (read by the digest of the inputs), a linked folder."""
    for name, at in [("page", "docs/changelog.md"), ("partial-name", "docs/.parallels.md.4242.partial"),
                     ("beside-manifest", "seeds/notes.txt"), ("folder", "docs/extra"),
                     ("generated", "docs/_generated/downloads/extra.txt")]:
        out.append({"id": f"symlink-{name}", "kind": "symlink", "at": at, "text": "{secret}"})


def _seventh_red_team_cases(out: list[dict]) -> None:
    """Found by the seventh red team: addresses a browser reads as another host than a reviewer does
    (a host by a number, slashes missing or read from backslashes, a user name before the host), in a
    bibliography's url, a glossary entry's link, an editor's note and a page."""
    for name, value in [("host-backslashes", "http:\\\\127.1\\x"), ("no-slashes", "https:127.1"),
                        ("userinfo", "http://good.example@127.1/"), ("hex-host", "HTTP://0x7f.1/"),
                        ("escaped-dot", "http://127.1%2e/"), ("ip-literal", "http://[::1]/")]:
        out.append({"id": f"bib-url-{name}", "kind": "bib-field", "field": "url", "text": value})
    out.append({"id": "bib-note-url-userinfo", "kind": "bib-field", "field": "note",
                "text": "Online at http://good.example@127.1/admin."})
    for kind in ("glossary-body", "editors-note"):
        prefix = "body" if kind == "glossary-body" else "note"
        out.append({"id": f"{prefix}-link-host-a-number", "kind": kind, "text": "See [here](http://0x7f.1/admin)."})
        out.append({"id": f"{prefix}-link-userinfo", "kind": kind, "text": "See <http://good.example@127.1/>."})
    out.append({"id": "page-link-localhost", "kind": "page", "text": "See [the admin](http://localhost./admin)."})


def _pages_red_team_cases(out: list[dict]) -> None:
    """Found by the red team of issue 16's round: what a hand-written page holds that the build refuses and
    the check let through (a table of contents naming no page, a language Pygments does not know, lines a
    code block does not have, sphinx-design's options of fixed values, a numbered reference)."""
    for name, page in [("toctree-javascript", ":::{toctree}\n:hidden:\nx <javascript:alert(1)>\n:::"),
                       ("toctree-no-page", "```{toctree}\n:hidden:\nno-such-page\n```"),
                       ("code-block-unknown-language", "```{code-block} nosuchlexer\nx\n```"),
                       ("code-block-emphasised-line-missing",
                        "```{code-block} python\n:emphasize-lines: 99\nx = 1\n```"),
                       ("dropdown-icon", ":::{dropdown} D\n:icon: no-such-icon\ny\n:::"),
                       ("card-link-any", ":::{card} C\n:link: no-such-label\n:link-type: any\ntext\n:::"),
                       ("numref", "See {numref}`no-such-thing`."),
                       ("link-rel-opener", "[x](https://www.marxists.org/){target=_blank rel=opener}"),
                       ("link-target-named", "[x](https://www.marxists.org/){target=edition}"),
                       ("fence-unknown-language", "```nosuchlexer\nx\n```")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})


def _eighth_red_team_cases(out: list[dict]) -> None:
    """Found by the eighth red team: addresses that name the machine itself inside another address
    (an archive's page without a timestamp or a scheme, a save, a translator's or a cache's query, a
    proxy's host disguised by escapes), and wildcard-DNS names that answer with the loopback address."""
    out.append({"id": "body-link-wayback-no-timestamp", "kind": "glossary-body",
                "text": "See [it](https://web.archive.org/web/127.0.0.1/)."})
    out.append({"id": "note-link-wayback-doubled-slash", "kind": "editors-note",
                "text": "See <https://web.archive.org/web/2020//127.0.0.1/>."})
    out.append({"id": "body-link-wayback-save", "kind": "glossary-body",
                "text": "See [it](https://web.archive.org/save/127.0.0.1/)."})
    out.append({"id": "bib-url-archive-today-no-scheme", "kind": "bib-field", "field": "url",
                "text": "https://archive.ph/newest/127.0.0.1/"})
    out.append({"id": "page-link-translate-goog-escaped-dots", "kind": "page",
                "text": "See [it](https://127%2e0%2e0%2e1.translate.goog/)."})
    out.append({"id": "bib-url-local-gd", "kind": "bib-field", "field": "url", "text": "https://app.local.gd/"})
    out.append({"id": "note-link-cache-upper-case", "kind": "editors-note",
                "text": "See <https://webcache.googleusercontent.com/search?q=CACHE:http://127.0.0.1/>."})
    out.append({"id": "body-link-translate-query", "kind": "glossary-body",
                "text": "See [it](https://translate.google.com/translate?sl=auto&tl=en&u=http%3A%2F%2F127.0.0.1%2F)."})
    # notes/redteam.md 5: a card's link as docutils' uri reads it (escapes undone), and /\ as // (WHATWG)
    out.append({"id": "page-card-link-slash-backslash", "kind": "page",
                "text": ":::{card} C\n:link: /\\\\127.0.0.1/admin\n:link-type: url\ntext\n:::"})
    out.append({"id": "page-card-link-escaped-scheme", "kind": "page",
                "text": ":::{card} C\n:link: java\\script:alert(1)\n:link-type: url\ntext\n:::"})
    # notes/redteam.md 7: a toctree entry Sphinx links as written, /\ read as // by a browser
    out.append({"id": "page-toctree-slash-backslash", "kind": "page",
                "text": ":::{toctree}\n:hidden:\nRTTOC </\\127.0.0.1/admin?://x>\n:::"})


def _second_red_team_of_issue_16(out: list[dict]) -> None:
    """Found by the second red team of issue 16's round: addresses a redirector reads in a query (a '+' for
    a blank, an item without '=', a query in the fragment, nested deeper than is read)."""
    out.append({"id": "body-link-query-plus", "kind": "glossary-body",
                "text": "See [it](https://www.google.com/url?q=+http://127.0.0.1/admin)."})
    out.append({"id": "note-link-query-whole", "kind": "editors-note", "text": "See <https://href.li/?//127.0.0.1:8080/>."})
    out.append({"id": "bib-url-fragment-query", "kind": "bib-field", "field": "url",
                "text": "https://app.example.org/#/login?next=//127.0.0.1/"})
    out.append({"id": "body-link-nested-five-deep", "kind": "glossary-body",
                "text": "See [it](https://www.google.com/url?q=" + "https://www.google.com/url?q=" * 4
                + "http://169.254.169.254/latest/)."})


def _page_parity_of_red_team_2(out: list[dict]) -> None:
    """Found by red team 2 (its notes H4 and H5): what a hand-written page may hold that the check let
    through and the -W build refuses: code that does not lex in its language (a plain fence, a code block
    in an admonition), a :dedent: that strips text, a table of contents whose pattern matches nothing,
    which names its own page or a page twice, and links without a scheme, which MyST makes references
    or downloads of the files the building machine has (a file of the repository, a percent-encoded
    ``path:``, a page; in a div too, whose body is MyST), an image of a file, and a plain code block's
    lines set by an attribute block that it does not have."""
    for name, page in [("fence-json-unlexable", "```json\n{\"a\": 'bad'}\n```"),
                       ("code-block-json-unlexable", ":::{note}\n```{code-block} json\n{'a': 1}\n```\n:::"),
                       ("code-block-dedent-text", "```{code-block} python\n:dedent: 8\nx = 1\n```"),
                       ("toctree-glob-nothing", ":::{toctree}\n:glob:\nnosuchpage*\n:::"),
                       ("toctree-itself", "```{toctree}\n:hidden:\nnotes-on-sources\n```"),
                       ("toctree-twice", "```{toctree}\n:hidden:\nintroduction\nintroduction.md\n```"),
                       ("link-repository-file", "[x](../conf.py)"),
                       ("link-path-percent-encoded", "[x](%70ath:../conf.py)"),
                       ("link-bibliography-file", "- [x][r]\n\n  [r]: references.bib"),
                       ("link-page-relative", "[x](introduction.md)"),
                       ("image-repository-file", "![x](../conf.py)"),
                       ("fence-attribute-lines-missing", "{emphasize-lines=\"5\"}\n```python\nx = 1\n```"),
                       ("div-link-repository-file", ":::note\n[x](../conf.py)\n:::")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})


def _third_red_team_of_issue_16(out: list[dict]) -> None:
    """Found by the third red team of issue 16's round: a scheme in capitals ("Https:", "MAILTO:"), which a
    browser reads as an address and MyST, matching its schemes case and all, makes a reference of its own
    (or a download of the file it names), on a page and in an entry."""
    out.append({"id": "body-link-scheme-capitalised", "kind": "glossary-body",
                "text": "See [x](Https://www.wikipedia.org/wiki/Caste)."})
    out.append({"id": "page-link-scheme-capitals", "kind": "page", "text": "See [x](HTTP://www.wikipedia.org/)."})
    out.append({"id": "page-link-mailto-capitals-file", "kind": "page", "text": "[x](MAILTO:a/../../conf.py)"})
    # a :dedent: without a value strips the lines' common indentation: the code is lexed after it
    out.append({"id": "page-code-block-bare-dedent-unlexable", "kind": "page",
                "text": "```{code-block} hexdump\n:dedent:\n\n  x\n```"})
    # a fence's first word read as MyST reads it: "{note}}" names the directive "note}", "{note}x" none
    out.append({"id": "page-fence-directive-stray-brace", "kind": "page", "text": "```{note}}\nx\n```"})
    out.append({"id": "page-fence-brace-word-language", "kind": "page", "text": "```{note}x\nx\n```"})


def _parity_three(out: list[dict]) -> None:
    """Found by the session parity3: what a page may hold that the check let through and the -W build
    refuses: inline code given a language by its attributes (``l``, ``lexer``, ``language``) that
    Pygments does not know or cannot read it in (in a list, a note, a card's title), tables of contents
    that name each other in a circle (between two pages, in a list and a quote, with capitals; through
    hidden trees from the root page, where Sphinx recurses without end) or name a page without a title
    (its heading in a quote is a rubric), and code blocks by their other names, ``{sourcecode}`` and
    ``{code}``, judged as ``{code-block}`` (a ``{code}`` without text stops the build)."""
    orphan = "---\norphan: true\n---\n"
    for name, page in [("inline-code-unknown-language", "See `x = 1`{l=nosuchlexer} here."),
                       ("inline-code-json-unlexable", ":::{note}\n- `{'a': 1}`{language=json}\n:::"),
                       ("inline-code-lexer-in-card-title", ":::{card} A `x`{lexer=nosuchlexer .code}\ntext\n:::"),
                       ("sourcecode-json-unlexable", "- ```{sourcecode} json\n  {'a': 1}\n  ```"),
                       ("code-unknown-language", "> ```{Code} nosuchlexer\n> x\n> ```"),
                       ("code-without-text", "```{code} python\n```")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})
    out.append({"id": "page-toctree-circular", "kind": "page",
                "text": "- item\n\n  ```{TocTree}\n  notes-b\n  ```", "extra_page": "notes-b",
                "extra_text": f"{orphan}# B\n\n> ```{{toctree}}\n> ---\n> maxdepth: 1\n> ---\n"
                              "> notes-on-sources.md\n> ```\n"})
    out.append({"id": "page-toctree-circular-hidden-from-root", "kind": "page",
                "text": "```{toctree}\n:hidden:\nintroduction\n```", "extra_page": "introduction",
                "extra_text": "```{toctree}\n:hidden:\nnotes-on-sources\n```\n"})
    out.append({"id": "page-toctree-untitled-page", "kind": "page", "text": ":::{toctree}\nnotes-b\n:::",
                "extra_page": "notes-b", "extra_text": f"{orphan}> # B, a rubric in a quote\n"})


def _nesting_of_red_team_3(out: list[dict]) -> None:
    """Found by the third red team of issue 16: a page whose blocks nest as deep as markdown-it's limit (twenty
    footnotes' definitions each inside the last, or quotes in list items), past which MyST's reader drops the
    rest of the page without a word, and one whose directives nest some hundreds deep (the build ended in
    Python's recursion error, with a traceback): both refused before the page is read."""
    notes, indent = "Text[^a0].\n\n", ""
    for n in range(22):
        notes += f"{indent}[^a{n}]: Note {n} [^a{n + 1}]\n\n"
        indent += "    "
    quotes = "".join("  " * n + "- > item\n" for n in range(12))
    fences = "".join(":" * (203 - n) + "{note}\n" for n in range(200)) + "Deep.\n" + "".join(
        ":" * (203 - n) + "\n" for n in range(199, -1, -1))
    divs = "".join(":" * (33 - n) + "\n" for n in range(30)) + "Deep.\n" + "".join(
        ":" * (33 - n) + "\n" for n in range(29, -1, -1))
    for name, page in [("nested-footnotes-past-the-reader", notes + indent + "The rest.\n"),
                       ("nested-quotes-in-lists-past-the-reader", quotes + "    " * 12 + "The rest.\n"),
                       ("directives-nested-two-hundred-deep", fences),
                       ("divs-nested-thirty-deep", divs)]:
        out.append({"id": f"page-{name}", "kind": "page", "text": page})
def _red_team_three_of_round_14(out: list[dict]) -> None:
    """Found by red team 3 (notes/redteam3.md) and fixed in round 14: ``CITATION.cff``, which the printed
    edition reads beside conf.py, committed as a symbolic link (its F5: the PDF printed the lines of the
    machine's file it named); a blank at the edge of a role's target (its F9), which Sphinx keeps; a
    ``mailto:`` link that fills in a field other than the subject and the text, or names a host of the
    machine's or a private network's (its F11); direction overrides and zero-width characters on a
    hand-written page, typed or as character references (its F14); a page's search entry whose anchor
    is another page's label (its F13); a file in docs/indexes/ that no index reads (its F15); an
    ``{edition:repo}`` path with ``..`` and an action the role does not know (its F3, in part)."""
    out.append({"id": "symlink-citation-file", "kind": "symlink", "at": "CITATION.cff", "text": "{secret}"})
    # F9: a blank at the edge of a role's target, which Sphinx keeps (the build: "undefined label: 'gloss-caste '")
    for name, text in [("ref-blank-after", "See {ref}`gloss-caste `."),
                       ("ref-blank-before", "See {ref}` gloss-caste`."),
                       ("ref-titled-blank-before-bracket", "See {ref}`the caste <gloss-caste >`."),
                       ("ref-titled-blank-after-bracket", "See {ref}`the caste <gloss-caste> `."),
                       ("doc-blank-after", "See {doc}`/texts/soviet-mirage `.")]:
        out.append({"id": f"body-{name}", "kind": "glossary-body", "text": text})
    out.append({"id": "note-doc-blank-after", "kind": "editors-note", "text": "See {doc}`/texts/soviet-mirage `."})
    out.append({"id": "page-ref-blank-after", "kind": "page", "text": "See {ref}`x <gloss-caste >`."})
    # F11: a mailto: link filling in fields a mail client attaches a file by, or to the machine's host
    for name, text in [("mailto-attach", "[write](mailto:editors@marxists.org?attach=/etc/passwd&body=hi)"),
                       ("mailto-attachment-encoded", "[write](mailto:editors@marxists.org?%61ttachment=~/.ssh/id_rsa)"),
                       ("mailto-cc", "[write](mailto:editors@marxists.org?subject=x&cc=root@intranet.local)"),
                       ("mailto-loopback", "[write](mailto:root@127.0.0.1)"),
                       ("mailto-autolink-private", "Write to <root@intranet.local>."),
                       ("mailto-host-one-label", "[write](mailto:root%40localhost)")]:
        out.append({"id": f"body-{name}", "kind": "glossary-body", "text": text})
    out.append({"id": "note-mailto-attach", "kind": "editors-note",
                "text": "[w](mailto:a@marxists.org?attach=/etc/passwd)"})
    out.append({"id": "page-mailto-private", "kind": "page", "text": "[write](mailto:x@printer.internal?body=hi)"})
    # F14: direction overrides and zero-width characters on a hand-written page, typed or as references
    for name, text in [("bidi-override-typed", "RTBIDI \u202eexe.txt\u202c here."),
                       ("bidi-override-reference", "See &#x202E;gnp.js here."),
                       ("bidi-isolate-decimal-reference", "See &#8295;x&#8297; here."),
                       ("zero-width-space-typed", "zero\u200bwidth"), ("zero-width-joiner-named", "a&zwj;b"),
                       ("bidi-in-link-title", "[click](https://www.marxists.org/ \"&#x202e;\")"),
                       ("bidi-in-link-words", "[\u202elmth.rotide//:sptth](https://www.marxists.org/)"),
                       ("bidi-in-note", ":::{note}\nA &rlm;note.\n:::"),
                       ("bidi-in-card-title", "::::{card} A &#x2066;title\ntext\n::::")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": text})
    # F13: a page's search entry taking over a glossary entry's result (its anchor no label of the page)
    out.append({"id": "page-search-entry-of-another-page", "kind": "page",
                "text": "```{edition:entry} term gloss-caste\ncaste\nRTSEARCHSTEER\n```"})
    # F15: a file in docs/indexes/ that no index reads (its entries published nowhere, in silence)
    out.append({"id": "index-stray-file", "kind": "index-stray", "file": "zz.toml",
                "text": "[[entry]]\nheading = \"Probe, Red\"\nforms = [\"Probe\"]\nvariants = []\n"
                        "note = \"RTNEWINDEX probe\"\nsources = [\"brown1996\"]\n"})
    # F3 (in part): an {edition:repo} path a browser resolves to another GitHub page; an action none knows
    out.append({"id": "page-repo-path-dot-dot", "kind": "page", "text": "{edition:repo}`Edit <edit:../../../../evil>`"})
    out.append({"id": "page-repo-unknown-action", "kind": "page", "text": "{edition:repo}`Edit <bogus:docs/x.md>`"})
    out.append({"id": "page-toctree-mailto-attach", "kind": "page",
                "text": "```{toctree}\nWrite <mailto:a@marxists.org?attach=/etc/passwd>\n```"})


def _red_team_three_of_round_15(out: list[dict]) -> None:
    """Found by red team 3 (notes/redteam3.md) and fixed in round 15: a directive's arguments (how many, a
    search entry's kind, an ``{only}``'s expression, a grid's columns) and sphinx-design's placement (a tab
    outside a tab set, a grid's item outside a grid, a paragraph in a tab set), which the -W build refuses
    (its F3); letters the printed edition's face lacks, which the PDF prints as boxes (its F8); an editor's
    note placed inside a word, which split it (its F12)."""
    for name, block in [("entry-kind-unknown", "```{edition:entry} bogus x\nName\n```"),
                        ("entry-one-argument", "```{edition:entry} term\nName\n```"),
                        ("only-expression-unreadable", ":::{only} html and (\ntext\n:::"),
                        ("tab-item-outside-tab-set", "::::{tab-item} Lone\ntext\n::::"),
                        ("grid-item-outside-grid", "::::{grid-item}\ntext\n::::"),
                        ("rubric-without-argument", ":::{rubric}\n:::"),
                        ("ednote-two-arguments", ":::{ednote} arg here\ntext\n:::"),
                        ("tab-set-holding-a-paragraph", "::::{tab-set}\nA paragraph.\n\n:::{tab-item} A\nx\n:::\n::::"),
                        ("grid-five-columns", "::::{grid} 1 2 3 4 5\n:::{grid-item}\nx\n:::\n::::")]:
        out.append({"id": f"page-{name}", "kind": "page", "text": block})
    out.append({"id": "body-letters-the-face-lacks", "kind": "glossary-body",
                "text": "Body 你好世界 and 🔥 and ქართული."})
    out.append({"id": "page-letters-the-face-lacks", "kind": "page", "text": "A page with नमस्ते in it."})
    out.append({"id": "anchor-inside-a-word", "kind": "anchor", "text": "This paper will raise these iss"})


def render(items: list[dict]) -> str:
    import json

    lines = ["# The hostile corpus: generated by make_cases.py from its variations; do not edit by hand.", ""]
    for case in items:
        lines.append("[[case]]")
        for key, value in case.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render(cases())
    path = HERE / "cases.toml"
    if "--check" in argv:
        return 0 if path.read_text(encoding="utf-8") == text else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}: {len(cases())} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
