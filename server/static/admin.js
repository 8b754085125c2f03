// Small helpers for the admin pages. The server checks everything again: this only saves a click.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Forms with data-confirm ask before a destructive action.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
  // An input with data-must-match keeps its button disabled until the text matches.
  for (const input of document.querySelectorAll("input[data-must-match]")) {
    const button = document.getElementById(input.dataset.enables);
    if (!button) continue;
    const wanted = input.dataset.mustMatch.toUpperCase();
    const update = () => {
      button.disabled = input.value.replace(/\s+/g, "").toUpperCase() !== wanted;
    };
    input.addEventListener("input", update);
    update();
  }
});
