// Facebook pages and groups: the composer dialog's text box is role=textbox, and its
// Post button is a role=button labelled "Post".
globalThis.Clearpost.adapters.register({
  site: "facebook.com",
  name: "Facebook",
  composerSelector: '[role="textbox"][contenteditable="true"]',
  submitSelector: '[role="button"][aria-label="Post"], [role="button"][aria-label="Publish"], [role="button"][aria-label="Share now"]',
  attachmentSelector: '[role="dialog"] img[src^="blob:"], [role="dialog"] video',
  removeAttachmentSelector: '[role="dialog"] [aria-label="Remove"]',
});
