// A school website's WordPress block editor (Gutenberg): the title and the text blocks,
// and the Publish / Update button. Newer versions put the blocks in an iframe
// (name="editor-canvas") of the same origin, so we look in there too.
globalThis.Clearpost.adapters.register({
  site: "wordpress",
  name: "WordPress",
  composerSelector: '.editor-post-title__input, .wp-block-post-title[contenteditable="true"], .block-editor-rich-text__editable[contenteditable="true"]',
  submitSelector: ".editor-post-publish-button, .editor-post-publish-button__button",
  attachmentSelector: null,

  roots() {
    const canvas = document.querySelector('iframe[name="editor-canvas"]');
    const inner = canvas && canvas.contentDocument;
    return inner ? [document, inner] : [document];
  },

  composersFor() {
    const composers = this.roots().flatMap((root) => [...root.querySelectorAll(this.composerSelector)]);
    return { scope: document.body, composers };
  },

  composerFrom(target) {
    return target instanceof Element ? target.closest(this.composerSelector) : null;
  },

  submitForComposer() {
    return document.querySelector(this.submitSelector);
  },

  found() {
    return Boolean(document.querySelector(this.submitSelector)) && this.composersFor().composers.length > 0;
  },
});
