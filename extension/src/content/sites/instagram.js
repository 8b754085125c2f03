// Instagram web: the last step of "Create" is a dialog with a caption box and a
// "Share" control (a role=button with that text; it has no stable attribute).
globalThis.Clearpost.adapters.register({
  site: "instagram.com",
  name: "Instagram",
  composerSelector: '[role="dialog"] [contenteditable="true"][role="textbox"], [role="dialog"] textarea[aria-label*="caption" i]',
  submitSelector: '[role="dialog"] [role="button"], [role="dialog"] button',
  attachmentSelector: '[role="dialog"] img[src^="blob:"], [role="dialog"] video',
  isSubmit(control) {
    return (control.textContent || "").trim() === "Share" && control.getAttribute("aria-disabled") !== "true";
  },
});
