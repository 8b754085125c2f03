// The options page: service address, token, the person's name, and each site's settings.
(() => {
  const api = self.browser || self.chrome;
  const C = globalThis.Clearpost;
  const { el } = C.dom;
  const $ = (id) => document.getElementById(id);

  const LOCKED = "Set by your school";

  /** A field the school's policy sets: disabled, and saying so (not by colour alone). */
  function lock(input) {
    input.disabled = true;
    input.setAttribute("aria-description", LOCKED);
    return [input, el("span", { class: "locked", "data-cp": "locked" }, LOCKED)];
  }

  function siteRows(settings) {
    const managed = settings.managed;
    const rows = C.sites.SITES.map((site) => {
      const current = settings.sites[site.id];
      const enabled = el("input", { type: "checkbox", "data-site": site.id, "data-field": "enabled", "aria-label": `Check posts on ${site.label}` });
      enabled.checked = current.enabled;
      const account = el("select", { "data-site": site.id, "data-field": "account", "aria-label": `Account on ${site.label}` },
        el("option", { value: "official" }, "School's official account"),
        el("option", { value: "personal" }, "My personal account"));
      account.value = current.account;
      const enabledCell = managed.any ? lock(enabled) : [enabled];
      const accountCell = managed.accounts.includes(site.id) ? lock(account) : [account];
      return el("tr", {}, el("td", {}, site.label), el("td", {}, ...enabledCell), el("td", {}, ...accountCell));
    });
    $("sites").replaceChildren(...rows);
  }

  function showManaged(managed) {
    $("managed").hidden = !managed.any;
    $("managedProblems").replaceChildren(
      ...managed.problems.map((p) => el("li", {}, `The school's policy has a mistake (${p}): ask IT to correct it. Until then posts are held there.`)),
    );
    for (const id of ["serviceUrl", "token"]) {
      if (managed[id]) $(id).after(...lock($(id)).slice(1));
    }
  }

  function showFailMode(school, managed = current.managed) {
    if (managed.onServiceDown === "closed") {
      $("failMode").textContent = "Set by your school: if the service cannot be reached, posts are held.";
      return;
    }
    if (!school) {
      $("failMode").textContent = "If the service cannot be reached, posts are held (until Test connection reads your school's setting).";
      return;
    }
    $("failMode").textContent = school.on_service_down === "warn"
      ? "Your school's setting: if the service cannot be reached, you may post after a warning."
      : "Your school's setting: if the service cannot be reached, posts are held.";
  }

  function read() {
    const sites = {};
    for (const input of document.querySelectorAll("[data-site]")) {
      sites[input.dataset.site] ||= {};
      sites[input.dataset.site][input.dataset.field] = input.dataset.field === "enabled" ? input.checked : input.value;
    }
    return { serviceUrl: $("serviceUrl").value, token: $("token").value.trim(), userName: $("userName").value.trim(), sites };
  }

  /** ok: true (done), false (failed), null (still working: neither colour). */
  function say(id, text, ok) {
    $(id).textContent = text;
    $(id).className = ok === null ? "" : ok ? "ok" : "bad";
  }

  /** The service address may be another machine: ask for that one host, nothing wider. */
  async function permit(serviceUrl) {
    const origins = [C.settings.originPattern(serviceUrl)];
    if (await api.permissions.contains({ origins })) return true;
    return api.permissions.request({ origins });
  }

  let current = C.settings.defaults();

  async function save() {
    const values = { ...read(), managed: current.managed };
    // An address set by the school's policy is not the person's to change (or to fix).
    const url = current.managed.serviceUrl ? current.serviceUrl : C.settings.normaliseServiceUrl(values.serviceUrl);
    if (url instanceof Error) return say("saveResult", url.message, false);
    if (url && !(await permit(url))) return say("saveResult", "Not saved: the browser did not allow the extension to reach that address.", false);
    await C.settings.save(api.storage, { ...values, serviceUrl: url });
    current = await C.settings.load(api.storage);
    $("serviceUrl").value = url;
    $("token").value = current.token;
    say("saveResult", "Saved.", true);
    askServiceVersion();
    // Read the school's fail mode for the saved connection (kept for when it is down).
    api.runtime.sendMessage({ what: "testConnection", serviceUrl: url, token: values.token })
      .then((reply) => reply.ok && showFailMode(reply.school), () => {});
  }

  async function enrol() {
    const url = current.managed.serviceUrl ? current.serviceUrl : C.settings.normaliseServiceUrl($("serviceUrl").value);
    if (url instanceof Error) return say("enrolResult", url.message, false);
    if (!url) return say("enrolResult", "No service address: your school's policy has a mistake.", false);
    if (!(await permit(url))) return say("enrolResult", "The browser did not allow the extension to reach that address.", false);
    say("enrolResult", "Enrolling…", null);
    const reply = await api.runtime.sendMessage({ what: "enrol", serviceUrl: url, code: $("enrolCode").value });
    if (!reply.ok) return say("enrolResult", `${reply.failure.title}. ${reply.failure.detail || reply.failure.fix}`, false);
    // Keep the address the code was used with, so the token and the address go together.
    await C.settings.save(api.storage, { ...current, ...read(), serviceUrl: url, token: (await C.settings.load(api.storage)).token });
    current = await C.settings.load(api.storage);
    $("token").value = current.token;
    $("enrolCode").value = "";
    say("enrolResult", `Enrolled: posts are now checked as ${reply.name}.`, true);
  }

  async function test() {
    const values = read();
    const url = C.settings.normaliseServiceUrl(values.serviceUrl);
    if (url instanceof Error) return say("testResult", url.message, false);
    if (!(await permit(url))) return say("testResult", "The browser did not allow the extension to reach that address.", false);
    say("testResult", "Testing…", null);
    const reply = await api.runtime.sendMessage({ what: "testConnection", serviceUrl: url, token: values.token });
    if (reply.ok) {
      say("testResult", `Connected to ${reply.school.name} (Clearpost ${reply.school.version}).`, true);
      showFailMode(reply.school);
      showServiceVersion(reply.school.version);
    } else {
      say("testResult", `${reply.failure.title}. ${reply.failure.fix}`, false);
    }
  }

  /** "Connected to Clearpost service X.Y.Z", or a warning when it is not this extension's version. */
  function showServiceVersion(version) {
    const result = C.version.compare(api.runtime.getManifest().version, version);
    say("serviceVersion", result.text, result.match);
    $("serviceVersion").dataset.match = String(result.match);
  }

  /** Ask the saved service for its version (nothing is said when none is saved yet). */
  async function askServiceVersion() {
    if (!current.serviceUrl) return;
    const reply = await api.runtime.sendMessage({ what: "serviceVersion" });
    if (reply.ok) showServiceVersion(reply.version);
    else {
      $("serviceVersion").className = "hint";
      $("serviceVersion").textContent = `Could not ask the Clearpost service for its version: ${reply.failure.title}. ${reply.failure.fix}`;
      delete $("serviceVersion").dataset.match;
    }
  }

  async function init() {
    const settings = await C.settings.load(api.storage);
    current = settings;
    $("serviceUrl").value = settings.serviceUrl;
    $("token").value = settings.token;
    $("userName").value = settings.userName;
    showManaged(settings.managed);
    siteRows(settings);
    showFailMode(settings.school);
    document.body.dataset.ready = "true";
    await askServiceVersion();
  }

  $("save").addEventListener("click", save);
  $("test").addEventListener("click", test);
  $("enrol").addEventListener("click", enrol);
  init();
})();
