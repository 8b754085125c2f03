// The toolbar popup: what Clearpost found on this tab, and a check by hand (text, photos, videos).
(() => {
  const api = self.browser || self.chrome;
  const C = globalThis.Clearpost;
  const { el } = C.dom;
  const $ = (id) => document.getElementById(id);
  let files = [];

  // The findings view's stylesheet, for the findings shown below.
  document.head.append(el("style", {}, C.styles.CSS));

  function describeStatus(status) {
    if (!status) return { text: "Clearpost does not check posts on this page.", generic: false };
    const label = C.sites.label(status.site);
    if (!status.enabled) return { text: `${label}: checking is turned off in the options.`, generic: false };
    if (status.mode === "generic") {
      return {
        text: `${label}: Clearpost could not find ${status.adapter}'s post box on this page (the site may have changed). ` +
          "It is watching any form with a text box and a submit button instead.",
        generic: true,
      };
    }
    return { text: `${label}: Clearpost checks each post when you click Post (or press Ctrl+Enter).`, generic: false };
  }

  async function showPageStatus() {
    // ?tab=<id> shows another tab's status (the popup opened as a page, as the tests do).
    const asked = Number(new URLSearchParams(location.search).get("tab"));
    const [tab] = asked ? [{ id: asked }] : await api.tabs.query({ active: true, currentWindow: true });
    const reply = tab ? await api.runtime.sendMessage({ what: "tabStatus", tabId: tab.id }) : {};
    const { text, generic } = describeStatus(reply && reply.status);
    $("pageStatus").textContent = text;
    $("pageStatus").classList.toggle("generic", generic);
    if (reply && reply.status) $("site").value = reply.status.site;
  }

  // The files to check, in the order added: {file, kind: "photo" | "video"}, or {file,
  // refused: why} for one that is listed but never sent (nothing is dropped unsaid).
  // Files added or removed during a check change the next check, not this one.
  const MAX_FILES = 10;
  let running = false; // a check under way: a second click starts nothing

  const chosen = () => files.filter((entry) => !entry.refused);

  function whyRefused(kind) {
    if (!kind) return "not a photo or video Clearpost reads";
    if (chosen().length >= MAX_FILES) return `Clearpost checks at most ${MAX_FILES} photos and videos in a post`;
    return null;
  }

  function showFiles() {
    $("fileList").replaceChildren(...files.map((entry) => el(
      "li",
      { "data-cp": "file", "data-kind": entry.refused ? "refused" : entry.kind, class: entry.refused ? "refused" : "" },
      el("span", {}, entry.file.name),
      entry.refused ? el("span", { class: "why", "data-cp": "refused" }, ` refused: ${entry.refused}`)
        : entry.kind === "video" ? el("span", { class: "why" }, " (video)") : null,
      el("button", {
        type: "button", class: "remove", "aria-label": `Remove ${entry.file.name}`, title: "Remove",
        onclick: () => {
          files = files.filter((other) => other !== entry);
          showFiles();
        },
      }, "×"),
    )));
  }

  function addFiles(list) {
    for (const file of Array.from(list || [])) {
      const kind = C.videoCheck.kindOf(file);
      const refused = whyRefused(kind);
      files.push(refused ? { file, refused } : { file, kind });
    }
    showFiles();
  }

  /** Ask the background to check `entries`: a post with a video as a job followed to its
   * end (the button says how far), photos only as one call as before. */
  function ask(entries, request, say) {
    if (entries.some((entry) => entry.kind === "video")) {
      return C.videoCheck.run({ ...request, files: entries.map((entry) => entry.file), send: C.messaging.send, say });
    }
    return Promise.all(entries.map((entry) => readAsDataUrl(entry.file)))
      .then((images) => C.messaging.send({ what: "check", ...request, images }));
  }

  function readAsDataUrl(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  function showFailure(failure) {
    $("result").replaceChildren(
      el("div", { class: "verdict error", "data-cp": "verdict" }, failure.title),
      el("p", {}, failure.fix),
      failure.detail ? el("p", { class: "detail", "data-cp": "failure-detail" }, failure.detail) : null,
    );
  }

  async function check() {
    if (running) return;
    running = true;
    const button = $("check");
    button.disabled = true;
    button.textContent = "Checking…";
    const entries = chosen();
    const site = $("site").value;
    const request = { site, account: $("account").value, text: $("text").value };
    let reply;
    try {
      reply = await ask(entries, request, (text) => { button.textContent = text; });
    } catch (err) {
      reply = { ok: false, failure: C.findings.failure("extension", String(err && err.message)) };
    } finally {
      running = false;
      button.disabled = false;
      button.textContent = "Check";
    }
    if (!reply.ok) {
      showFailure(reply.failure);
      return;
    }
    const result = reply.result;
    const urls = entries.map((entry) => ({ url: URL.createObjectURL(entry.file), video: entry.kind === "video" }));
    $("result").replaceChildren(
      el("div", { class: `verdict ${result.verdict}`, "data-cp": "verdict", "data-verdict": result.verdict }, C.findings.title(result.verdict)),
      el("div", { class: "cp" }, C.view.render(result, {
        images: urls,
        onReport: async (finding) => {
          const r = await C.messaging.send({ what: "report", rule: finding.rule, kind: finding.kind, score: finding.score, site });
          return Boolean(r.ok);
        },
      })),
    );
  }

  async function init() {
    const settings = await C.settings.load(api.storage);
    $("site").replaceChildren(...C.sites.SITES.map((s) => el("option", { value: s.id }, s.label)));
    $("site").addEventListener("change", () => {
      $("account").value = settings.sites[$("site").value].account;
    });
    await showPageStatus().catch(() => {});
    $("account").value = settings.sites[$("site").value].account;
  }

  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); addFiles(e.dataTransfer.files); });
  document.addEventListener("paste", (e) => addFiles(e.clipboardData.files));
  $("files").addEventListener("change", (e) => addFiles(e.target.files));
  $("check").addEventListener("click", check);
  $("options").addEventListener("click", (e) => { e.preventDefault(); api.runtime.openOptionsPage(); });
  init();
})();
