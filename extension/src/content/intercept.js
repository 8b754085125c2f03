// Catching the post: the submit click, Enter or Space on a focused submit control,
// Ctrl/Cmd+Enter in the composer, and (when the site's adapter finds nothing) any form
// with a text box. The post is held while it is checked, with the composer frozen; it
// goes ahead only on "allow" or a confirmed warning, and only if it is still, byte for
// byte, the post that was checked (text and photos read again just before it goes).
(() => {
  const C = globalThis.Clearpost;
  const { isElement } = C.adapters;
  const MAX_ROUNDS = 4; // checks of one post that kept changing before we give up
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
    const done = () => {
      host.remove();
      anchor.removeAttribute("aria-busy");
      delete anchor.dataset.clearpost;
    };
    // What the badge says as a long check goes ("Checking video… 40%").
    done.say = (text) => {
      node.textContent = text;
    };
    return done;
  }

  // ---- the windows we listen on: this page, and same-origin frames holding the composer

  /** This window and the same-origin frames (the WordPress canvas) the adapter names. */
  function windows() {
    const docs = adapter ? adapter.frameDocuments() : [];
    return [window, ...docs.map((doc) => doc.defaultView).filter(Boolean)];
  }

  // ---- freezing the composer while its post is checked

  const FROZEN = [
    "beforeinput", "keydown", "keypress", "keyup", "paste", "cut", "drop", "dragstart",
    "click", "auxclick", "mousedown", "pointerdown", "change", "compositionstart",
  ];

  /**
   * Refuse the person's edits inside the post (its scopes) until the returned function is
   * called: typing, pasting, dropping, clicks (removing a photo), new files. Changes the
   * site makes itself are caught by reading the post again before it goes.
   */
  function freeze(post) {
    const stop = (event) => {
      if (passThrough) return;
      const target = event.composedPath()[0] || event.target;
      if (!isElement(target) && !(target && target.nodeType === 3)) return;
      if (isElement(target) && /^CLEARPOST-/.test(target.tagName)) return;
      if (!post.scopes().some((scope) => scope.contains(target))) return;
      // Removing a photo or video is let through: what is left is checked again (a long
      // video check is stopped at once and the post re-checked without it).
      if (post.removes && post.removes(target)) return;
      if (event.type === "change" && target.type === "file") target.value = "";
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const targets = windows();
    for (const win of targets) for (const type of FROZEN) win.addEventListener(type, stop, true);
    return () => {
      for (const win of targets) for (const type of FROZEN) win.removeEventListener(type, stop, true);
    };
  }

  // ---- what the post is: its text and its photos, read now

  function keyOf(items) {
    return items.map((item) => (item instanceof Blob ? `${item.name}|${item.size}|${item.lastModified}` : C.attachments.sourceOf(item))).join("\n");
  }

  /** The post's text (as checked), its raw text, and its photos' bytes, in order. */
  async function snapshot(post) {
    const { text, raw, items } = post.read();
    const key = keyOf(items);
    const photos = await C.attachments.collect(items);
    return { text, raw, key, photos };
  }

  function sameText(a, b) {
    return a.text === b.text && a.raw === b.raw;
  }

  /**
   * Let the post go if it is still the one checked: the photos are read again, then the
   * text and the photo list are compared and the post released in one synchronous step.
   */
  async function releaseIfUnchanged(post, checked) {
    let now;
    try {
      now = await snapshot(post);
    } catch {
      return false;
    }
    if (!sameText(now, checked) || !C.attachments.same(now.photos, checked.photos)) return false;
    const { text, raw, items } = post.read();
    if (!sameText({ text, raw }, checked) || keyOf(items) !== now.key) return false;
    post.release();
    return true;
  }

  function failureReply(code, detail) {
    return { ok: false, failure: C.findings.failure(code, detail), failMode: "closed", mayPost: false };
  }

  // ---- a post with a video: sent in parts, checked by the service in the background,
  // followed while the badge says how far it is (shared/video_check.js)

  /** Whether the post's text or attachments are no longer those of `snap` (cheap: no bytes). */
  function movedOn(post, snap) {
    const { text, raw, items } = post.read();
    return !sameText({ text, raw }, snap) || keyOf(items) !== snap.key;
  }

  /**
   * Check a post that carries a video; `say(text)` updates the badge. Resolves to the
   * check's reply ({ok, result, account} or a failure), or to {changed: true} when the post
   * changed meanwhile (e.g. the video was removed): the service's check is then stopped.
   */
  function checkWithProgress(post, snap, say) {
    return C.videoCheck.run({
      files: snap.photos.map((photo) => photo.file),
      text: snap.text,
      site: adapter.site,
      send: C.messaging.send,
      say,
      changed: () => movedOn(post, snap),
    });
  }

  /**
   * One round: read the post, check it, act on the answer. Resolves to "done", or to
   * "changed" when the post changed after it was read (then it is checked again).
   */
  async function checkOnce(post, cfg) {
    let snap = null;
    let reply;
    let unfreeze = freeze(post);
    let done = badge(post.anchor);
    try {
      try {
        snap = await snapshot(post);
        if (snap.photos.some((photo) => photo.video)) {
          reply = await checkWithProgress(post, snap, done.say);
          if (reply.changed) return "changed";
        } else {
          const images = await Promise.all(snap.photos.map((photo) => C.attachments.readAsDataUrl(photo.file)));
          reply = await C.messaging.send({ what: "check", site: adapter.site, text: snap.text, images });
        }
      } catch (err) {
        reply = err instanceof C.attachments.PhotoProblem ? failureReply(err.code, err.message) : failureReply("extension", String(err));
      }
      if (reply.ok && reply.result.verdict === "allow") {
        return (await releaseIfUnchanged(post, snap)) ? "done" : "changed";
      }
    } finally {
      done();
      unfreeze();
    }

    const ctx = { site: adapter.site, siteLabel: cfg.label, account: reply.account || cfg.account };
    if (!reply.ok) {
      const answer = await C.dialog.showFailure(reply, ctx);
      if (answer.action === "post") post.release(); // no check was possible: nothing to compare
      return "done";
    }
    const result = reply.result;
    const files = snap.photos.map((photo) => photo.file);
    const urls = files.map((file) => URL.createObjectURL(file));
    const answer = await C.dialog.showResult({
      ...ctx, result, text: snap.text, files,
      images: urls.map((url, i) => ({ url, video: snap.photos[i].video })),
      applyText: (text) => post.applyText(text),
      canReplaceImages: Boolean(post.canReplaceImages),
      // Only the photos that were checked may be replaced: refuse if they changed since.
      replaceImages: async (replaced) => {
        const now = await snapshot(post).catch(() => null);
        if (!now || !C.attachments.same(now.photos, snap.photos)) return false;
        return post.replaceImages(replaced);
      },
    });
    urls.forEach((url) => URL.revokeObjectURL(url));
    if (answer.action !== "post" || result.verdict !== "warn") return "done";
    unfreeze = freeze(post);
    done = badge(post.anchor);
    try {
      return (await releaseIfUnchanged(post, snap)) ? "done" : "changed";
    } finally {
      done();
      unfreeze();
    }
  }

  /** Check one post, again while it keeps changing, and act on the answer. */
  async function check(post) {
    busy = true;
    try {
      const cfg = await config;
      if (!cfg.enabled) return post.release();
      for (let round = 0; round < MAX_ROUNDS; round++) {
        if ((await checkOnce(post, cfg)) === "done") return;
      }
      await C.dialog.showFailure(failureReply("changing", ""), { site: adapter.site, siteLabel: cfg.label, account: cfg.account });
    } finally {
      busy = false;
    }
  }

  /** A post made through the site's own submit control. */
  function adapterPost(control) {
    const locate = () => {
      const { scope, composers } = adapter.composersFor(control);
      return { scopes: [scope, ...adapter.frameDocuments()], composers };
    };
    return {
      anchor: control,
      scopes: () => locate().scopes,
      read() {
        const { scopes, composers } = locate();
        return {
          text: adapter.getText(composers),
          raw: composers.map(C.adapters.textOf).join("\u0000"),
          items: adapter.attachmentsIn(scopes),
        };
      },
      applyText: (text) => adapter.setText(locate().composers, text),
      canReplaceImages: Boolean(adapter.removeAttachmentSelector),
      replaceImages: (files) => adapter.replaceImages(locate().scopes[0], files),
      removes: (target) => Boolean(adapter.removeAttachmentSelector && isElement(target) &&
        target.closest(adapter.removeAttachmentSelector)),
      release() {
        passThrough = true;
        try {
          control.click();
        } finally {
          passThrough = false;
        }
      },
    };
  }

  /** A post made by submitting a form (the generic fallback). */
  function formPost(form, submitter) {
    const composers = () => C.adapters.generic.composersOf(form);
    return {
      anchor: submitter || form,
      scopes: () => [form],
      read: () => ({
        text: C.adapters.generic.getText(composers()),
        raw: composers().map(C.adapters.textOf).join("\u0000"),
        items: C.attachments.inForm(form),
      }),
      applyText: (text) => C.adapters.generic.setText(composers(), text),
      canReplaceImages: false,
      release() {
        passThrough = true;
        try {
          form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
        } finally {
          passThrough = false;
        }
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

  const isActivationKey = (event) =>
    (event.key === "Enter" || event.key === " ") && !event.ctrlKey && !event.metaKey && !event.altKey;

  function onKeydown(event) {
    if (passThrough || !adapter) return;
    // Enter or Space on a focused Post button (a <button>, or a role=button as on
    // Facebook and Instagram, which post from their own keydown handler).
    if (isActivationKey(event)) {
      const control = adapter.submitFrom(event.target);
      if (!control) return;
      hold(event);
      if (!busy && !event.repeat) check(adapterPost(control));
      return;
    }
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    const composer = adapter.composerFrom(event.target);
    if (composer) {
      const control = adapter.submitForComposer(composer);
      if (!control) return;
      hold(event);
      if (!busy) check(adapterPost(control));
      return;
    }
    // Generic fallback: Ctrl/Cmd+Enter in a form's text box submits that form.
    const form = mode === "generic" && isElement(event.target) ? event.target.closest("form") : null;
    if (form && C.adapters.generic.formFrom(form) && event.target.closest(C.adapters.generic.textSelector)) {
      hold(event);
      if (!busy) check(formPost(form, null));
    }
  }

  /** A button also activates on Space's keyup and Enter's keypress: hold those too. */
  function onKeyAfter(event) {
    if (passThrough || !adapter || !isActivationKey(event)) return;
    if (adapter.submitFrom(event.target)) hold(event);
  }

  function onSubmit(event) {
    if (passThrough || mode !== "generic") return;
    const form = C.adapters.generic.formFrom(event.target);
    if (!form) return;
    hold(event);
    if (!busy) check(formPost(form, event.submitter));
  }

  // Our listeners go on the window in the capture phase: they run before the site's.
  const LISTENERS = { click: onClick, keydown: onKeydown, keypress: onKeyAfter, keyup: onKeyAfter, submit: onSubmit };
  const hooked = new WeakSet(); // documents whose window has our listeners

  function hook(win) {
    let doc;
    try {
      doc = win.document;
    } catch {
      return; // another origin: not ours to read
    }
    if (!doc || hooked.has(doc)) return;
    hooked.add(doc);
    for (const [type, listener] of Object.entries(LISTENERS)) win.addEventListener(type, listener, true);
  }

  /** Listen in the same-origin frames that hold the composer (called as the page changes). */
  function hookFrames() {
    if (adapter) windows().forEach(hook);
  }

  hook(window);
  // A frame's load event does not bubble and never reaches the window (DOM spec), but the
  // capture phase passes the document: hook each canvas as its document loads.
  document.addEventListener("load", (event) => {
    if (isElement(event.target) && event.target.tagName === "IFRAME") hookFrames();
  }, true);

  /** Start watching with `siteAdapter`; `siteConfig` is a Promise of the site's settings. */
  function start(siteAdapter, siteConfig) {
    adapter = siteAdapter;
    config = siteConfig;
    hookFrames();
  }

  function setMode(value) {
    mode = value;
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.intercept = { start, setMode, hookFrames };
})();
