// Meta Business Suite (business.facebook.com), where many schools post to their Page:
// a full-page composer whose text box is a role=textbox, with "Publish" (or "Schedule",
// "Share now") as a role=button named by its text rather than an aria-label, and photo
// previews as blob: images. Its own adapter: Facebook's finds none of this.
globalThis.Clearpost.adapters.register({
  site: "business.facebook.com",
  name: "Meta Business Suite",
  composerSelector: '[contenteditable="true"][role="textbox"], [contenteditable="true"][role="combobox"], textarea[aria-label*="text" i]',
  submitSelector: '[role="button"], button',
  attachmentSelector: 'img[src^="blob:"], video',
  removeAttachmentSelector: '[role="button"][aria-label^="Remove"], button[aria-label^="Remove"]',
  LABELS: ["Publish", "Schedule", "Share now", "Post", "Publish now", "Schedule post"],

  isSubmit(control) {
    if (control.disabled || control.getAttribute("aria-disabled") === "true") return false;
    const label = (control.getAttribute("aria-label") || control.textContent || "").trim();
    return this.LABELS.includes(label);
  },

  /** The submit control the event target is part of: the innermost that is one. */
  submitFrom(target) {
    for (let node = globalThis.Clearpost.adapters.isElement(target) ? target : null; node; node = node.parentElement) {
      if (node.matches(this.submitSelector) && this.isSubmit(node)) return node;
    }
    return null;
  },

  found() {
    return Boolean(document.querySelector(this.composerSelector)) &&
      [...document.querySelectorAll(this.submitSelector)].some((c) => this.isSubmit(c));
  },
});
