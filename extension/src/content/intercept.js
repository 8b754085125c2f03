// Catching the post: the submit click, Ctrl/Cmd+Enter in the composer, and (when the
// site's adapter finds nothing) any form with a text box. The post is held while it is
// checked; it goes ahead, unchanged, only on "allow" or a confirmed warning.
(() => {
  const C = globalThis.Clearpost;
  let adapter = null; // the site's adapter, set by start()
  let config = null; // a Promise of {enabled, account, label}
  let mode = "adapter"; // "adapter" while the adapter finds its composer, else "generic"
  let passThrough = false; // true while we re-send a post that may go out
  let busy = false;

  function badge(anchor) {
    const rect = anchor.getBoundingClientRect();
    const host = document.createElement("clearpost-badge");
    const node = C.dom.el("div", {
      class: "cp-badge", role: "status", "data-cp": "checking",
      // Beside the button, on the side with room: the site's own markup is left alone.
      style: rect.right + 110 < window.innerWidth
        ? { left: `${rect.right + 8}px`, top: `${rect.top + rect.height / 2 - 11}px` }
        : { left: `${Math.max(4, rect.left - 110)}px`, top: `${rect.top + rect.height / 2 - 11}px` },
    }, "Checking…");
    host.attachShadow({ mode: "open" }).append(C.dom.el("style", {}, C.styles.CSS), node);
    document.documentElement.append(host);
    anchor.setAttribute("aria-busy", "true");
    anchor.dataset.clearpost = "checking";
    return () => {
      host.remove();
      anchor.removeAttribute("aria-busy");
      delete anchor.dataset.clearpost;
    };
  }

  /**
   * Check one post and act on the answer. post: {anchor, composers, scope, release(),
   * applyText(text), canReplaceImages, replaceImages(files)}.
   */
  async function check(post) {
    busy = true;
    const done = badge(post.anchor);
    let files = [];
    let reply;
    const cfg = await config;
    try {
      if (!cfg.enabled) {
        done();
        busy = false;
        return post.release();
      }
      const text = post.getText();
      files = C.attachments.current(post.shown);
      const images = await Promise.all(files.map(C.attachments.readAsDataUrl));
      reply = await C.messaging.send({ what: "check", site: adapter.site, text, images });
      post.text = text;
    } catch (err) {
      reply = { ok: false, failure: C.findings.failure("extension", String(err)), failMode: "closed", mayPost: false };
    } finally {
      done();
    }
    try {
      const ctx = { site: adapter.site, siteLabel: cfg.label, account: reply.account || cfg.account };
      if (!reply.ok) {
        const answer = await C.dialog.showFailure(reply, ctx);
        if (answer.action === "post") post.release();
        return;
      }
      const result = reply.result;
      if (result.verdict === "allow") return post.release();
      const urls = files.map((file) => URL.createObjectURL(file));
      const answer = await C.dialog.showResult({
        ...ctx, result, text: post.text, files,
        images: urls.map((url) => ({ url })),
        applyText: post.applyText,
        canReplaceImages: Boolean(post.canReplaceImages),
        replaceImages: post.replaceImages,
      });
      urls.forEach((url) => URL.revokeObjectURL(url));
      if (answer.action === "post" && result.verdict === "warn") post.release();
    } finally {
      busy = false;
    }
  }

  /** A post made through the site's own submit control. */
  function adapterPost(control) {
    const { scope, composers } = adapter.composersFor(control);
    return {
      anchor: control,
      shown: adapter.attachmentCount(scope),
      getText: () => adapter.getText(composers),
      applyText: (text) => adapter.setText(composers, text),
      canReplaceImages: Boolean(adapter.removeAttachmentSelector),
      replaceImages: (files) => adapter.replaceImages(scope, files),
      release() {
        passThrough = true;
        try {
          control.click();
        } finally {
          passThrough = false;
        }
        C.attachments.clear();
      },
    };
  }

  /** A post made by submitting a form (the generic fallback). */
  function formPost(form, submitter) {
    const composers = C.adapters.generic.composersOf(form);
    return {
      anchor: submitter || form,
      shown: null,
      getText: () => C.adapters.generic.getText(composers),
      applyText: (text) => C.adapters.generic.setText(composers, text),
      canReplaceImages: false,
      release() {
        passThrough = true;
        try {
          form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
        } finally {
          passThrough = false;
        }
        C.attachments.clear();
      },
    };
  }

  function hold(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onClick(event) {
    if (passThrough || !adapter) return;
    const control = adapter.submitFrom(event.target);
    if (!control) return;
    hold(event);
    if (!busy) check(adapterPost(control));
  }

  function onKeydown(event) {
    if (passThrough || !adapter || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    const composer = adapter.composerFrom(event.target);
    if (composer) {
      const control = adapter.submitForComposer(composer);
      if (!control) return;
      hold(event);
      if (!busy) check(adapterPost(control));
      return;
    }
    // Generic fallback: Ctrl/Cmd+Enter in a form's text box submits that form.
    const form = mode === "generic" && event.target instanceof Element ? event.target.closest("form") : null;
    if (form && C.adapters.generic.formFrom(form) && event.target.closest(C.adapters.generic.textSelector)) {
      hold(event);
      if (!busy) check(formPost(form, null));
    }
  }

  function onSubmit(event) {
    if (passThrough || mode !== "generic") return;
    const form = C.adapters.generic.formFrom(event.target);
    if (!form) return;
    hold(event);
    if (!busy) check(formPost(form, event.submitter));
  }

  // Our listeners go on the window in the capture phase: they run before the site's.
  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKeydown, true);
  window.addEventListener("submit", onSubmit, true);

  /** Start watching with `siteAdapter`; `siteConfig` is a Promise of the site's settings. */
  function start(siteAdapter, siteConfig) {
    adapter = siteAdapter;
    config = siteConfig;
  }

  function setMode(value) {
    mode = value;
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.intercept = { start, setMode };
})();
