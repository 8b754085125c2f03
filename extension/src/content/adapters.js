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

  /** Wait for `ms`, or for the next frame (whichever the page gives first). */
  const tick = (win, ms = 0) => new Promise((resolve) => {
    setTimeout(resolve, ms);
  }).then(() => new Promise((resolve) => {
    const timer = setTimeout(resolve, 50); // a hidden tab gets no frames
    win.requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  }));

  /**
   * Select all of an editable area, and resolve once the document's selectionchange has
   * been delivered: editors such as Lexical read the selection then, not when it is set,
   * and insert at their own idea of the caret until they have.
   */
  function selectAllIn(node) {
    const doc = node.ownerDocument;
    const win = doc.defaultView;
    return new Promise((resolve) => {
      let timer = null;
      const settled = () => {
        doc.removeEventListener("selectionchange", settled);
        clearTimeout(timer);
        tick(win).then(resolve); // the editor's own listener (registered first) has run
      };
      doc.addEventListener("selectionchange", settled);
      timer = setTimeout(settled, 300);
      const range = doc.createRange();
      range.selectNodeContents(node);
      const selection = doc.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    });
  }

  /**
   * Replace a text box's text through the editor's own input path, as a person selecting
   * all and typing would: the selection first (waited for), then an insertText that fires
   * beforeinput/input for Draft.js, Lexical, Quill and Gutenberg to apply to their own
   * state. Never by setting textContent: an editor would keep (and post) its old state.
   * Resolves to whether the text box now shows `text`.
   */
  async function replaceText(node, text) {
    node.focus();
    if (isTextField(node)) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), "value").set;
      setter.call(node, text);
      node.dispatchEvent(new Event("input", { bubbles: true }));
      node.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }
    const doc = node.ownerDocument;
    await selectAllIn(node);
    // execCommand is deprecated but is still the one way to insert text that fires the
    // trusted beforeinput/textInput/input events rich editors handle as typing.
    doc.execCommand("insertText", false, text);
    for (let i = 0; i < 5 && squash(textOf(node)) !== squash(text); i++) await tick(doc.defaultView, 20);
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

    /** Put the corrected text back; resolves to false when it could not be (then: copy). */
    async setText(composers, text) {
      if (composers.length === 1) return replaceText(composers[0], text);
      const parts = text.split("\n\n");
      const filled = composers.filter((c) => textOf(c).trim());
      if (parts.length !== filled.length) return false;
      for (const [i, composer] of filled.entries()) {
        if (!(await replaceText(composer, parts[i]))) return false;
      }
      return true;
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
