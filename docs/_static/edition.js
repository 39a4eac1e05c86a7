// The Russian Question: accessibility glue for glossary tooltips.
// Each term link is described by its tooltip, for screen readers, and Escape
// hides a tooltip shown by keyboard focus.
document.addEventListener("DOMContentLoaded", () => {
  for (const term of document.querySelectorAll(".gloss")) {
    const link = term.querySelector("a");
    const tip = term.querySelector(".gloss-tip");
    if (link && tip) link.setAttribute("aria-describedby", tip.id);
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.activeElement?.closest(".gloss")) {
      document.activeElement.blur();
    }
  });
});
