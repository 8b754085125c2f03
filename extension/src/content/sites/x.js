// X (x.com): the post box and the Post button carry data-testid attributes.
globalThis.Clearpost.adapters.register({
  site: "x.com",
  name: "X",
  composerSelector: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
  submitSelector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  fileInputSelector: 'input[data-testid="fileInput"], input[type="file"]',
  attachmentSelector: '[data-testid="attachments"] img, [data-testid="attachments"] video',
  removeAttachmentSelector: '[data-testid="attachments"] [aria-label="Remove media"]',
});
