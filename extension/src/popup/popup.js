// The toolbar popup: what Clearpost found on this tab, and a check by hand.
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

  function addFiles(list) {
    for (const file of Array.from(list)) if (/^image\//.test(file.type)) files.push(file);
    files = files.slice(-10);
    $("fileList").replaceChildren(...files.map((f) => el("li", {}, f.name)));
  }

  function readAsDataUrl(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  async function check() {
    const button = $("check");
    button.disabled = true;
    button.textContent = "Checking…";
    const images = await Promise.all(files.map(readAsDataUrl));
    const site = $("site").value;
    const reply = await api.runtime.sendMessage({ what: "check", site, account: $("account").value, text: $("text").value, images });
    button.disabled = false;
    button.textContent = "Check";
    if (!reply.ok) {
      $("result").replaceChildren(
        el("div", { class: "verdict error", "data-cp": "verdict" }, reply.failure.title),
        el("p", {}, reply.failure.fix),
      );
      return;
    }
    const result = reply.result;
    const urls = files.map((f) => ({ url: URL.createObjectURL(f) }));
    $("result").replaceChildren(
      el("div", { class: `verdict ${result.verdict}`, "data-cp": "verdict", "data-verdict": result.verdict }, C.findings.title(result.verdict)),
      el("div", { class: "cp" }, C.view.render(result, {
        images: urls,
        onReport: async (finding) => {
          const r = await api.runtime.sendMessage({ what: "report", rule: finding.rule, kind: finding.kind, score: finding.score, site });
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
