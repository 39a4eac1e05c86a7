// The Russian Question: reading aids for the HTML edition.
//
// - Notes in place: a note marker (the author's [1], the editor's [a]) opens
//   the whole note in a panel beside the text; Escape, the close button or a
//   click elsewhere closes it and returns to the marker. Without JavaScript
//   the markers are ordinary links to the notes at the end of the page.
// - "Cite this paragraph": a button by each paragraph number gives the
//   paragraph's citation, built from the page's edition:cite-* meta tags.
//   The same box has "Report a problem" with this paragraph: a new issue on
//   GitHub (edition:repository meta tag) with the text, paragraph and address.
// - Glossary tooltips: described for screen readers; Escape hides them.
"use strict";

(() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

  // -- Notes in place ----------------------------------------------------------

  let openPanel = null; // {panel, marker}

  function closeNote(returnFocus = true) {
    if (!openPanel) return;
    const { panel, marker } = openPanel;
    openPanel = null;
    panel.remove();
    marker.setAttribute("aria-expanded", "false");
    if (returnFocus) marker.focus({ preventScroll: true });
  }

  // The note's kind and its content, without its own label and back-links.
  function noteParts(target) {
    const body = target.cloneNode(true);
    body.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    let kind, label;
    if (target.matches("aside.ednote")) {
      kind = "ednote";
      label = target.querySelector(".ednote-label")?.textContent.trim();
      body.querySelector(".ednote-label")?.remove();
    } else {
      kind = "footnote";
      label = target.querySelector(".label")?.textContent.replace(/[[\]]/g, "").trim();
      body.querySelector(".label")?.remove();
      body.querySelector(".backrefs")?.remove();
    }
    return { kind, label, body };
  }

  function openNote(marker, target) {
    const again = openPanel && openPanel.marker === marker;
    closeNote(false);
    if (again) return;
    const { kind, label, body } = noteParts(target);
    const byTranslator = body.querySelector(".note-by");
    const heading =
      kind === "ednote" ? `Editor’s note ${label}`
        : byTranslator ? `Note ${label} (${byTranslator.textContent.trim()})` : `Author’s note ${label}`;

    const panel = document.createElement("div");
    panel.className = `note-panel note-panel-${kind}`;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", heading);
    panel.tabIndex = -1;

    const head = document.createElement("div");
    head.className = "note-panel-head";
    const title = document.createElement("span");
    title.className = "note-panel-title";
    title.textContent = heading;
    const toNote = document.createElement("a");
    toNote.href = `#${target.id}`;
    toNote.className = "note-panel-goto";
    toNote.textContent = "at the end of the text";
    toNote.addEventListener("click", () => closeNote(false));
    const close = document.createElement("button");
    close.type = "button";
    close.className = "note-panel-close";
    close.setAttribute("aria-label", "Close the note and return to the text");
    close.textContent = "×";
    close.addEventListener("click", () => closeNote());
    head.append(title, toNote, close);

    const content = document.createElement("div");
    content.className = "note-panel-body";
    content.append(...body.childNodes);
    panel.append(head, content);

    // After the marker's paragraph (or list item), so it reads in place.
    const block = marker.closest("p, li, dd, blockquote, .admonition") || marker.parentElement;
    block.after(panel);
    marker.setAttribute("aria-expanded", "true");
    openPanel = { panel, marker };
    panel.focus({ preventScroll: true });
    const box = panel.getBoundingClientRect();
    if (box.bottom > window.innerHeight) panel.scrollIntoView({ block: "nearest" });
  }

  function setUpNotes() {
    const markers = document.querySelectorAll("a.footnote-reference, sup.ednote-ref > a");
    for (const marker of markers) {
      const id = decodeURIComponent(marker.hash.slice(1));
      const target = id && document.getElementById(id);
      if (!target) continue;
      marker.setAttribute("aria-haspopup", "dialog");
      marker.setAttribute("aria-expanded", "false");
      marker.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return; // open in a new tab as usual
        event.preventDefault();
        openNote(marker, target);
      });
    }
    document.addEventListener("click", (event) => {
      if (openPanel && !openPanel.panel.contains(event.target) && event.target !== openPanel.marker
          && !openPanel.marker.contains(event.target)) closeNote(false);
    });
  }

  // -- Cite this paragraph -----------------------------------------------------

  function citation(number) {
    const url = new URL(window.location.href);
    url.hash = `p${number}`;
    url.search = "";
    return `${meta("edition:cite-text")}, ¶ ${number}, in ${meta("edition:cite-edition")}, ${url.href}`;
  }

  function showCitation(button, number) {
    const existing = button.parentElement.querySelector(".cite-box");
    if (existing) { existing.remove(); button.setAttribute("aria-expanded", "false"); return; }
    const box = document.createElement("span");
    box.className = "cite-box";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", `Citation of paragraph ${number}`);
    const text = document.createElement("span");
    text.className = "cite-text";
    text.textContent = citation(number);
    const copy = document.createElement("button");
    copy.type = "button";
    copy.className = "cite-copy";
    copy.textContent = "Copy";
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text.textContent);
        copy.textContent = "Copied";
      } catch {
        window.getSelection().selectAllChildren(text); // let the reader copy it
        copy.textContent = "Selected: copy with Ctrl+C";
      }
    });
    box.append(text, " ", copy);
    const report = reportLink(number, button.closest(".para") || button.parentElement);
    if (report) box.append(" ", report);
    button.after(box);
    button.setAttribute("aria-expanded", "true");
  }

  // -- Report a problem (edition.sphinxext.repository) ---------------------------

  // GitHub's page for a new issue, with its title and text filled in.
  function issueUrl(title, body) {
    return `${meta("edition:repository")}/issues/new?title=${encodeURIComponent(title)}`
      + `&body=${encodeURIComponent(body)}`;
  }

  const ASK = "What is wrong, and what should it be? (A source, if you have one.)\n";

  // The words of a paragraph, without the number and buttons the page adds.
  function paragraphText(para) {
    const copy = para.cloneNode(true);
    copy.querySelectorAll(".paranum, .cite-para, .cite-box, .gloss-tip, .footnote-reference, .ednote-ref")
      .forEach((el) => el.remove());
    const words = copy.textContent.replace(/\s+/g, " ").trim();
    return words.length > 300 ? `${words.slice(0, 300)}…` : words;
  }

  function reportLink(number, para) {
    if (!meta("edition:repository")) return null;
    const url = new URL(window.location.href);
    url.hash = `p${number}`;
    url.search = "";
    const title = meta("citation_title") || document.title;
    const link = document.createElement("a");
    link.className = "report-para";
    link.href = issueUrl(`Problem in “${title}”, ¶ ${number}`,
      `Page: ${url.href}\nParagraph ${number}: “${paragraphText(para)}”\n\n${ASK}`);
    link.textContent = "Report a problem";
    link.setAttribute("aria-label", `Report a problem with paragraph ${number} on GitHub`);
    return link;
  }

  // The page's own link (made by the build) gets the address the reader is at.
  function setUpReports() {
    if (!meta("edition:repository")) return;
    const url = new URL(window.location.href);
    url.hash = "";
    url.search = "";
    for (const link of document.querySelectorAll(".repo-report a.repo-link")) {
      const title = new URL(link.href).searchParams.get("title") || document.title;
      link.href = issueUrl(title, `Page: ${url.href}\n\n${ASK}`);
    }
  }

  function setUpCitations() {
    if (!meta("edition:cite-text")) return;
    for (const number of document.querySelectorAll("a.paranum")) {
      const n = number.getAttribute("href").replace(/^#p/, "");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite-para";
      button.textContent = "cite";
      button.setAttribute("aria-label", `Cite paragraph ${n}`);
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", () => showCitation(button, n));
      number.after(button);
    }
  }

  // -- Glossary tooltips -------------------------------------------------------

  // A linked term carries its entry's slug (data-gloss); the definitions are
  // in _static/glossary-definitions.js, loaded by the pages that use a term.
  function setUpGlossary() {
    const definitions = window.editionGlossary || {};
    let serial = 0;
    for (const term of document.querySelectorAll(".gloss[data-gloss]")) {
      const link = term.querySelector("a");
      const entry = definitions[term.dataset.gloss];
      if (!link || !entry) continue;
      const tip = document.createElement("span");
      tip.className = "gloss-tip";
      tip.setAttribute("role", "tooltip");
      tip.id = `gloss-tip-${term.dataset.gloss}-${++serial}`;
      const name = document.createElement("strong");
      name.textContent = entry[0];
      tip.append(name, `: ${entry[1]}`);
      term.append(tip);
      link.setAttribute("aria-describedby", tip.id);
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (openPanel) closeNote();
    else if (document.activeElement?.closest(".gloss")) document.activeElement.blur();
  });

  // The glossary's entries were on one page (glossary.html#gloss-…) before
  // they had a page per letter: an old link reaches the entry through the
  // overview's link to it.
  function followMovedEntry() {
    let hash;
    try {
      hash = decodeURIComponent(location.hash);
    } catch (err) {
      return; // a malformed escape in the address ("#%E0"): no entry to follow, and the page's set-ups go on
    }
    if (!hash.startsWith("#gloss-") || document.getElementById(hash.slice(1))) return;
    // only the edition's own links, to a page of this site: a contributed link to another site with a
    // "#gloss-" fragment must never turn this page into a redirect to it
    const link = [...document.querySelectorAll("a.reference.internal[href*='#gloss-']")]
      .find((a) => a.hash === location.hash && a.origin === location.origin);
    if (link) location.replace(link.href);
  }

  document.addEventListener("DOMContentLoaded", () => {
    followMovedEntry();
    setUpNotes();
    setUpCitations();
    setUpReports();
    setUpGlossary();
  });
})();
