// YouTube Studio (studio.youtube.com): a community post is written in the post dialog's
// text box (a contenteditable #textbox, as in Studio's other text fields) and sent with
// its "Post" button (ytcp-button#post-button, or a plain button labelled Post).
globalThis.Clearpost.adapters.register({
  site: "studio.youtube.com",
  name: "YouTube Studio",
  composerSelector: '#textbox[contenteditable="true"], [contenteditable="true"][role="textbox"], #contenteditable-root[contenteditable="true"]',
  submitSelector: '#post-button, #submit-button, [role="button"], button',
  attachmentSelector: '.post-image img, .post-images img, img[src^="blob:"]',
  removeAttachmentSelector: '[aria-label="Remove image"], [aria-label^="Remove"]',

  isSubmit(control) {
    if (control.disabled || control.getAttribute("aria-disabled") === "true") return false;
    if (control.id === "post-button" || control.id === "submit-button") return true;
    return (control.getAttribute("aria-label") || control.textContent || "").trim() === "Post";
  },

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
