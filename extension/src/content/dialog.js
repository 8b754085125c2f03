// The dialog a person sees when a post is held: the findings, the fixes, and (for a
// warning) the tick and reason needed to post anyway. Built in a shadow root so the
// site's styles do not reach it, from elements and text only.
(() => {
  const { el } = globalThis.Clearpost.dom;
  const F = globalThis.Clearpost.findings;
  const { send } = globalThis.Clearpost.messaging;

  let host = null;

  function mount(node) {
    unmount();
    host = document.createElement("clearpost-dialog");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.append(el("style", {}, globalThis.Clearpost.styles.CSS), node);
    document.documentElement.append(host);
  }

  function unmount() {
    if (host) host.remove();
    host = null;
  }

  function frame(kind, heading, subheading, body, buttons) {
    const dialog = el(
      "div",
      { class: "cp-dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "cp-title", "data-cp": `dialog-${kind}` },
      el("div", { class: `cp-head ${kind}` }, el("h2", { id: "cp-title" }, heading), el("p", {}, subheading)),
      el("div", { class: "cp-body" }, body),
      el("div", { class: "cp-foot" }, buttons),
    );
    return el("div", { class: "cp cp-backdrop" }, dialog);
  }

  function toast(message) {
    const node = el("div", { class: "cp cp-toast", role: "status", "data-cp": "toast" }, message);
    const toastHost = document.createElement("clearpost-toast");
    toastHost.attachShadow({ mode: "open" }).append(el("style", {}, globalThis.Clearpost.styles.CSS), node);
    document.documentElement.append(toastHost);
    setTimeout(() => toastHost.remove(), 6000);
  }

  function downloadLink(file, label) {
    const url = URL.createObjectURL(file);
    return el("a", { class: "cp-btn", href: url, download: file.name, "data-cp": "download" }, label);
  }

  /** The "what you can change" part: the corrected text, and fixed copies of the photos. */
  function fixesSection(ctx, close) {
    const section = el("div", { class: "cp-section", "data-cp": "fixes" });
    const fixedText = F.textFix(ctx.result, ctx.text);
    if (fixedText !== null) {
      const status = el("p", { class: "cp-detail" });
      section.append(
        el("h3", {}, "Suggested text"),
        el("p", { class: "cp-preview", "data-cp": "fixed-text" }, fixedText),
        el("button", {
          class: "cp-btn primary", type: "button", "data-cp": "apply-text",
          onclick: async () => {
            if (await ctx.applyText(fixedText)) {
              close({ action: "fixed" });
              toast("The post's text was replaced. Read it, then post again.");
              return;
            }
            try {
              await navigator.clipboard.writeText(fixedText);
              status.textContent = "This site's editor could not be changed: the suggested text is copied. Paste it in place of your text.";
            } catch {
              status.textContent = "This site's editor could not be changed: select the suggested text above and copy it.";
            }
          },
        }, "Use this text"),
        status,
      );
    }
    // The photos' clean copies and the videos' (metadata removed, faces blurred), in order.
    const imageFixes = [...F.imageFixes(ctx.result, ctx.files.length), ...F.videoFixes(ctx.result, ctx.files.length)]
      .sort((a, b) => a.image - b.image);
    const videos = imageFixes.some((fix) => fix.video);
    if (imageFixes.length) {
      const files = imageFixes.map((fix) =>
        globalThis.Clearpost.attachments.fileFromBase64(fix.data, fix.contentType,
          `clearpost-${fix.video ? "video" : "photo"}-${fix.image + 1}.${fix.contentType.split("/")[1]}`),
      );
      const buttons = el("div", { class: "cp-foot", style: { padding: "0", background: "none", border: "0", justifyContent: "flex-start" } });
      const status = el("p", { class: "cp-detail", role: "status", "data-cp": "images-status" });
      if (ctx.canReplaceImages) {
        buttons.append(el("button", {
          class: "cp-btn primary", type: "button", "data-cp": "apply-images",
          onclick: async () => {
            // Exactly the photos that were checked, in their order, each fixed where a fix was made.
            const replaced = ctx.files.map((file, i) => {
              const fixIndex = imageFixes.findIndex((f) => f.image === i);
              return fixIndex >= 0 ? files[fixIndex] : file;
            });
            if (await ctx.replaceImages(replaced)) {
              close({ action: "fixed" });
              toast(`The ${videos ? "files" : "photos"} were replaced with the corrected copies. Check them, then post again.`);
              return;
            }
            status.textContent = `The ${videos ? "files" : "photos"} in the post changed since they were checked, or this site's ${videos ? "files" : "photos"} cannot be replaced: go back, then post again, or download the corrected copies.`;
          },
        }, videos ? "Replace with the corrected copies" : "Replace the photos"));
      }
      files.forEach((file, i) => buttons.append(downloadLink(file,
        `Download corrected ${imageFixes[i].video ? "video" : "photo"} ${imageFixes[i].image + 1}`)));
      const what = videos ? "photos and videos" : "photos";
      section.append(
        el("h3", {}, videos ? "Corrected copies" : "Corrected photos"),
        el("p", { class: "cp-detail", "data-cp": "fix-advice" }, ctx.canReplaceImages
          ? `Replace the ${what} in the post with corrected copies (faces blurred, hidden details removed), or download them to attach yourself.`
          : `Download the corrected copies (faces blurred, hidden details removed), remove the ${what} from the post and attach these instead.`),
        buttons,
        status,
      );
    } else if (ctx.result.findings.some((f) => f.kind !== "text" && Number.isInteger(f.image))) {
      section.append(el("h3", {}, "Photos and videos"), el("p", { class: "cp-detail" }, "Remove or change the photos and videos marked above, then post again."));
    }
    return section.childNodes.length ? section : null;
  }

  /** The warning's tick and reason; calls onValid(state) as they change. */
  function confirmSection(onChange) {
    const tick = el("input", { type: "checkbox", "data-cp": "confirm-tick" });
    const reason = el("input", {
      type: "text", maxlength: String(F.REASON_MAX), "data-cp": "confirm-reason",
      placeholder: "e.g. Parent confirmed consent by phone today",
    });
    const update = () => onChange(tick.checked, reason.value);
    tick.addEventListener("change", update);
    reason.addEventListener("input", update);
    return el(
      "div",
      { class: "cp-section cp-confirm" },
      el("h3", {}, "Post anyway?"),
      el("label", {}, tick, el("span", {}, "I have checked each point above and this post is right to publish.")),
      el("label", { style: { display: "block" } }, el("span", { class: "cp-detail" }, "Why it is fine (goes to the school's audit log):"), reason),
    );
  }

  /**
   * Show a check's result. ctx: {result, site, siteLabel, account, text, files, images,
   * applyText(text) → Promise<bool>, canReplaceImages, replaceImages(files) → Promise<bool>}.
   * Resolves to {action: "post" | "cancel" | "fixed"}.
   */
  function showResult(ctx) {
    return new Promise((resolve) => {
      const close = (value) => {
        unmount();
        resolve(value);
      };
      const verdict = ctx.result.verdict === "warn" ? "warn" : "block";
      const count = ctx.result.findings.length;
      const lead = verdict === "block"
        ? "The post has been held: it has not gone out. Change what is listed below, then post again."
        : "The post has been held until you decide. Check each point below.";
      const body = [
        el("p", { class: "cp-lead" }, lead),
        globalThis.Clearpost.view.render(ctx.result, {
          images: ctx.images,
          onReport: async (finding) => {
            const reply = await send({ what: "report", rule: finding.rule, kind: finding.kind, score: finding.score, site: ctx.site });
            return Boolean(reply.ok);
          },
        }),
      ];
      const cancel = el("button", { class: "cp-btn", type: "button", "data-cp": "cancel", onclick: () => close({ action: "cancel" }) }, "Go back and edit");
      const buttons = [cancel];
      const fixes = fixesSection(ctx, close);
      if (fixes) body.push(fixes);
      if (verdict === "warn") {
        const error = el("p", { class: "cp-error", role: "alert" });
        const postAnyway = el("button", { class: "cp-btn danger", type: "button", disabled: true, "data-cp": "post-anyway" }, "Post anyway");
        const state = { ticked: false, reason: "" };
        body.push(confirmSection((ticked, reason) => {
          Object.assign(state, { ticked, reason });
          postAnyway.disabled = !F.canConfirm(ticked, reason);
        }), error);
        postAnyway.addEventListener("click", async () => {
          if (!F.canConfirm(state.ticked, state.reason)) return;
          postAnyway.disabled = true;
          postAnyway.textContent = "Recording…";
          const reply = await send({
            what: "confirm", rules: F.warnedRules(ctx.result.findings), reason: state.reason.trim(),
            site: ctx.site, account: ctx.account,
          });
          if (reply.ok) return close({ action: "post" });
          error.textContent = `${reply.failure.title}: the reason could not be recorded, so the post is still held. ${reply.failure.fix}`;
          postAnyway.disabled = false;
          postAnyway.textContent = "Post anyway";
        });
        buttons.push(postAnyway);
      }
      const noun = count === 1 ? "1 thing" : `${count} things`;
      mount(frame(verdict, F.title(verdict), `${ctx.siteLabel} · ${ctx.account} account · ${noun} found`, body, buttons));
      cancel.focus();
    });
  }

  /** The check could not run. reply: {failure, failMode, mayPost}. Resolves like showResult. */
  function showFailure(reply, ctx) {
    return new Promise((resolve) => {
      const close = (value) => {
        unmount();
        resolve(value);
      };
      const { failure } = reply;
      const body = [
        el("p", { class: "cp-lead" }, reply.mayPost
          ? "The post has been held. Your school lets you post without a check when Clearpost cannot answer, but please check it yourself first."
          : "The post has been held: it has not gone out, because it could not be checked."),
        el("h3", {}, "How to fix it"),
        el("p", { "data-cp": "failure-fix" }, failure.fix),
      ];
      if (failure.detail) body.push(el("p", { class: "cp-detail" }, `Details: ${failure.detail}`));
      const buttons = [el("button", { class: "cp-btn primary", type: "button", "data-cp": "cancel", onclick: () => close({ action: "cancel" }) }, "OK, keep it held")];
      if (reply.mayPost) {
        const state = { ticked: false, reason: "" };
        const postAnyway = el("button", { class: "cp-btn danger", type: "button", disabled: true, "data-cp": "post-anyway" }, "Post without a check");
        postAnyway.addEventListener("click", async () => {
          if (!F.canConfirm(state.ticked, state.reason)) return;
          postAnyway.disabled = true;
          // The reason goes to the audit log as "posted without a check"; the service is not
          // answering, so the background keeps it and sends it when the service is back.
          const answer = await send({
            what: "skipped", reason: state.reason.trim(), failure: failure.code,
            site: ctx.site, account: ctx.account,
          });
          if (answer.ok) return close({ action: "post" });
          postAnyway.disabled = false;
        });
        body.push(confirmSection((ticked, reason) => {
          Object.assign(state, { ticked, reason });
          postAnyway.disabled = !F.canConfirm(ticked, reason);
        }));
        buttons.push(postAnyway);
      }
      mount(frame(reply.mayPost ? "warn" : "closed", failure.title, `${ctx.siteLabel} · the post is held`, body, buttons));
    });
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.dialog = { showResult, showFailure, toast, unmount };
})();
