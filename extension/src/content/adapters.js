// What every site adapter shares: finding the composer near a submit control, reading and
// replacing its text, counting attachments. A site adapter only gives selectors (and, where
// a site needs it, a small override); sites/<site>.js register themselves here.
(() => {
  const registry = new Map();

  function isTextField(node) {
    const tag = node && node.tagName;
    return tag === "TEXTAREA" || (tag === "INPUT" && node.type === "text");
  }

  function textOf(node) {
    if (isTextField(node)) return node.value;
    return (node.innerText || node.textContent || "").replace(/\u00a0/g, " ");
  }

  const squash = (s) => String(s).replace(/\s+/g, " ").trim();

  /** Replace a text box's text the way a person typing would, so the site's editor notices. */
  function replaceText(node, text) {
    node.focus();
    if (isTextField(node)) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), "value").set;
      setter.call(node, text);
      node.dispatchEvent(new Event("input", { bubbles: true }));
      node.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }
    const doc = node.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const selection = doc.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // execCommand is deprecated but is still the one way rich editors (Draft.js, Lexical,
    // Quill, Gutenberg) accept a replacement as if typed.
    doc.execCommand("insertText", false, text);
    if (squash(textOf(node)) !== squash(text)) {
      node.textContent = text;
      node.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
    }
    return squash(textOf(node)) === squash(text);
  }

  const visible = (node) => node.getClientRects().length > 0;

  // Nodes of a same-origin frame (the WordPress canvas) are not instances of this
  // window's Element: test the node type instead.
  const isElement = (node) => Boolean(node && node.nodeType === 1);

  /** Defaults a site adapter may override. `this` is the adapter. */
  const base = {
    fileInputSelector: 'input[type="file"]',
    attachmentSelector: null,
    removeAttachmentSelector: null,

    /** The submit control the event target is part of, or null. */
    submitFrom(target) {
      if (!isElement(target)) return null;
      const control = target.closest(this.submitSelector);
      if (!control || !this.isSubmit(control)) return null;
      return control;
    },

    isSubmit(control) {
      return control.getAttribute("aria-disabled") !== "true" && !control.disabled;
    },

    /** The text boxes a submit control posts: those in its nearest ancestor that has any. */
    composersFor(control) {
      for (let node = control.parentElement; node; node = node.parentElement) {
        const found = [...node.querySelectorAll(this.composerSelector)].filter(visible);
        if (found.length) return { scope: node, composers: found };
      }
      return { scope: document.body, composers: [] };
    },

    /** The submit control for a text box (for Ctrl/Cmd+Enter). */
    submitForComposer(composer) {
      for (let node = composer.parentElement; node; node = node.parentElement) {
        const control = [...node.querySelectorAll(this.submitSelector)].find((c) => visible(c) && this.isSubmit(c));
        if (control) return control;
      }
      return null;
    },

    composerFrom(target) {
      return isElement(target) ? target.closest(this.composerSelector) : null;
    },

    getText(composers) {
      return composers.map(textOf).map((t) => t.trim()).filter(Boolean).join("\n\n");
    },

    /** Put the corrected text back; false when it cannot be done safely (then: copy). */
    setText(composers, text) {
      if (composers.length === 1) return replaceText(composers[0], text);
      const parts = text.split("\n\n");
      const filled = composers.filter((c) => textOf(c).trim());
      if (parts.length !== filled.length) return false;
      return filled.every((c, i) => replaceText(c, parts[i]));
    },

    /** The previews of the attached photos and videos, in the order the composer shows them. */
    attachmentsIn(scopes) {
      if (!this.attachmentSelector) return [];
      return scopes.flatMap((scope) => [...scope.querySelectorAll(this.attachmentSelector)]);
    },

    /** Same-origin documents inside this page that hold part of the composer (none by default). */
    frameDocuments() {
      return [];
    },

    /**
     * Swap every attached photo for `files` (the checked ones, fixed where a fix was made,
     * in the same order), where the site takes files from an input.
     */
    replaceImages(scope, files) {
      const input = scope.querySelector(this.fileInputSelector) || document.querySelector(this.fileInputSelector);
      if (!input || !this.removeAttachmentSelector) return false;
      for (const button of scope.querySelectorAll(this.removeAttachmentSelector)) button.click();
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    },

    /** Whether this page shows the composer the adapter knows. */
    found() {
      return Boolean(document.querySelector(this.composerSelector)) && Boolean(document.querySelector(this.submitSelector));
    },
  };

  function register(definition) {
    registry.set(definition.site, Object.assign(Object.create(base), definition));
  }

  function forSite(site) {
    return registry.get(site) || null;
  }

  /**
   * The fallback when an adapter finds nothing: any form with a text box (a textarea or an
   * editable area) and a submit. It hooks the form's submit event.
   */
  const generic = {
    name: "any form with a text box",
    textSelector: 'textarea, [contenteditable="true"], [role="textbox"]',
    formFrom(target) {
      const form = target instanceof HTMLFormElement ? target : null;
      return form && form.querySelector(this.textSelector) ? form : null;
    },
    composersOf(form) {
      return [...form.querySelectorAll(this.textSelector)];
    },
    getText: base.getText,
    setText: base.setText,
  };

  const ns = (globalThis.Clearpost ||= {});
  ns.adapters = { register, forSite, generic, textOf, replaceText, isElement };
})();
