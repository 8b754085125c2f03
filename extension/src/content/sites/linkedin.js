// LinkedIn: the share box is a Quill editor (role=textbox) in a dialog; the Post button
// is the share box's primary action.
globalThis.Clearpost.adapters.register({
  site: "linkedin.com",
  name: "LinkedIn",
  composerSelector: '[role="dialog"] [role="textbox"][contenteditable="true"], .share-creation-state__text-editor [contenteditable="true"]',
  submitSelector: 'button.share-actions__primary-action, [role="dialog"] button',
  attachmentSelector: '[role="dialog"] .share-creation-state__detour-container img, [role="dialog"] .share-creation-state__detour-container video, [role="dialog"] img[src^="blob:"]',
  isSubmit(control) {
    if (control.disabled || control.getAttribute("aria-disabled") === "true") return false;
    return control.classList.contains("share-actions__primary-action") || (control.textContent || "").trim() === "Post";
  },
});
