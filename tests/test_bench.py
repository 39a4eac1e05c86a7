"""The benchmark harness (``nox -s bench``): its pure parts, without building anything.

The harness itself takes minutes even with ``--quick``, so it is not run here.
"""

from __future__ import annotations

from bench import TARGETS, count_pages, evaluate, reduce_for_baseline, verdict


def test_baseline_reduces_the_editions_roles_to_text():
    source = (
        "A {gloss}`self-managing <self-management>` class{ednote}`b` "
        "[{cite:p}`mathatho1999`]{.citation-link}, {para}`M ¶ 6 <texts/m#6>` and {para}`texts/m#8`, {para}`12`."
    )
    assert reduce_for_baseline(source) == (
        "A self-managing class[b] [mathatho1999]{.citation-link}, M ¶ 6 and ¶ 8, ¶ 12."
    )
    assert reduce_for_baseline("{edition:repo}`Edit this entry <edit:docs/glossary/mir.md>`") == "Edit this entry"


def test_baseline_reduces_the_editions_directives():
    source = "\n".join([
        ":::{ednote} a",
        "The witness breaks off here.",
        ":::",
        "",
        "```{bibliography}",
        ":list: bullet",
        ":filter: False",
        "",
        "buick1986",
        "frank1983",
        "```",
        "```{edition:entry} person ix-a",
        "A, B",
        "```",
        ":::::{grid-item-card} A title",
        ":link: text-a",
        ":link-type: ref",
        ":class-card: text-card",
        "",
        "body",
        ":::::",
        ":::{div} gloss-usage",
        "*Used in*",
        ":::",
    ])
    assert reduce_for_baseline(source).split("\n") == [
        ":::{admonition} a",
        "The witness breaks off here.",
        ":::",
        "",
        ":::::{container} text-card",
        "",
        "**A title**",
        "",
        "body",
        ":::::",
        ":::{container} gloss-usage",
        "*Used in*",
        ":::",
    ]


def test_pages_read_and_written_are_counted_from_a_serial_build_log():
    log = "\n".join([
        "updating environment: 0 added, 2 changed, 0 removed",
        "\x1b[01mreading sources... \x1b[39;49;00m[ 50%] \x1b[35mbibliography\x1b[39;49;00m",
        "reading sources... [100%] glossary",
        "writing output... [ 33%] bibliography",
        "writing output... [ 67%] glossary",
        "writing output... [100%] index",
    ])
    assert count_pages(log) == (2, 3)


def measured(ratio: float = 1.6, per_text_at_50: float = 2.5, live: float = 2.9) -> dict:
    """Benchmark results as ``run`` gives them, for ``evaluate``: 2.0 s per text at 1×."""
    return {
        "clean": {"ratio": ratio},
        "incremental": {"glossary_fraction": 0.2},
        "growth": [{"size": 1, "serial_per_text": 2.0}, {"size": 50, "serial_per_text": per_text_at_50}],
        "conversion": {"synthetic 6.8 MB": {"edition_mb_s": 1.0, "pandoc_mb_s": 0.9}},
        "page_weight": {"heaviest_text_page": {"total": 399_999}},
        "live_preview": {"median": live},
    }


def test_targets_fail_when_missed():
    verdicts = {name: t["pass"] for name, t in evaluate(measured()).items()}
    assert verdicts == {"clean-html": False, "glossary-edit": True, "growth": False, "conversion": True,
                        "page-weight": True, "live-preview": True}
    assert not evaluate(measured(live=3.0))["live-preview"]["pass"]


def test_a_missed_target_fails_the_full_benchmark_only():
    said = []
    targets = evaluate(measured(per_text_at_50=2.0))
    assert verdict(targets, say=said.append) == 1
    assert said == ["Targets missed: clean-html (1.60×; target: " + TARGETS["clean-html"] + ")"]
    assert verdict(targets, quick=True, say=said.append) == 0 and "not judged" in said[-1]
    assert verdict(evaluate(measured(ratio=1.4, per_text_at_50=2.0)), say=said.append) == 0
