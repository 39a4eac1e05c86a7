"""Typeset a public-domain text as a book's pages, so that a PDF extraction of it can be made.

Used once, by hand, for the PDF inputs of the real corpus (``manifest.toml`` says which); no test
runs it. The words come from the browser copy of the text (``browser_copy.py``): its first line is the
title, the paragraphs follow, and its ``[n] …`` paragraphs at the end become footnotes at their
markers. Nothing is reworded; the pages get a running head (author on the left, book on the right)
and page numbers, as a printed book has.

    python typeset.py TEXT.txt "AUTHOR" "BOOK" OUT.tex
    pdflatex OUT.tex && pdftotext OUT.pdf OUT.txt
"""
from __future__ import annotations

import re
import sys

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def escape(text: str) -> str:
    return "".join(SPECIAL.get(ch, ch) for ch in text)


def latex(text: str, author: str, book: str) -> str:
    title, *paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    notes = {}
    while paras and re.match(r"\[\d+\] ", paras[-1]):
        label, body = paras.pop()[1:].split("] ", 1)
        notes[label] = body
    body = []
    for para in paras:
        para = escape(para)
        para = re.sub(r"\[(\d+)\]", lambda m: rf"\footnote{{{escape(notes[m.group(1)])}}}"
                      if m.group(1) in notes else m.group(0), para)
        body.append(para.replace("\n", r"\\" + "\n"))
    return "\n".join([
        r"\documentclass[11pt,twoside]{book}",
        r"\usepackage{cmap}\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}",
        r"\usepackage[paperwidth=140mm,paperheight=216mm,margin=18mm]{geometry}",
        r"\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}",
        rf"\fancyhead[LE]{{\small\thepage\quad {escape(author)}}}",
        rf"\fancyhead[RO]{{\small {escape(book)}\quad\thepage}}",
        r"\renewcommand{\headrulewidth}{0pt}",
        r"\begin{document}", r"\thispagestyle{plain}",
        rf"\begin{{center}}\Large {escape(title)}\end{{center}}\bigskip",
        "\n\n".join(body), r"\end{document}", ""])


if __name__ == "__main__":
    source, author, book, out = sys.argv[1:]
    with open(source, encoding="utf-8") as handle, open(out, "w", encoding="utf-8") as tex:
        tex.write(latex(handle.read(), author, book))
