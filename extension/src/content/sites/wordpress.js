// A school website's WordPress block editor (Gutenberg): the title, the text blocks and the
// image, gallery, cover and video blocks, and the Publish / Update button. Since WordPress
// 6.3 the blocks are in an iframe (name="editor-canvas") whose document is a blob: URL of
// the editor's own origin; before, a srcdoc one. A content script cannot be declared for
// such a frame on a path pattern (Chrome refuses match_origin_as_fallback with a path), so
// the editor page's script reads that same-origin document and listens in its window.
globalThis.Clearpost.adapters.register({
  site: "wordpress",
  name: "WordPress",
  composerSelector: '.editor-post-title__input, .wp-block-post-title[contenteditable="true"], .block-editor-rich-text__editable[contenteditable="true"]',
  submitSelector: ".editor-post-publish-button, .editor-post-publish-button__button",
  attachmentSelector: [
    ".wp-block-image img", ".wp-block-gallery img", ".wp-block-cover img", ".wp-block-cover video",
    ".wp-block-media-text img", ".wp-block-media-text video", ".wp-block-video video",
    ".editor-post-featured-image img",
  ].join(", "),
  fileInputSelector: 'input[type="file"]',

  /** The editor canvas documents (same origin), when the blocks are in an iframe. */
  frameDocuments() {
    return [...document.querySelectorAll('iframe[name="editor-canvas"], iframe.edit-site-visual-editor__editor-canvas')]
      .map((frame) => {
        try {
          return frame.contentDocument;
        } catch {
          return null;
        }
      })
      .filter((doc) => doc && doc.documentElement);
  },

  roots() {
    return [document, ...this.frameDocuments()];
  },

  composersFor() {
    const composers = this.roots().flatMap((root) => [...root.querySelectorAll(this.composerSelector)]);
    return { scope: document.body, composers };
  },

  submitForComposer() {
    return document.querySelector(this.submitSelector);
  },

  found() {
    return Boolean(document.querySelector(this.submitSelector)) && this.composersFor().composers.length > 0;
  },
});
