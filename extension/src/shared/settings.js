// The extension's settings: defaults, checks and how they are stored.
// Preferences go to storage.sync (they follow the person); the token and the
// last answer from /school stay in storage.local (a secret, and a cache).
(() => {
  const DEFAULT_SERVICE_URL = "http://127.0.0.1:5321";
  const TIMEOUT_MS = 20000;

  function defaults() {
    const sites = {};
    for (const site of globalThis.Clearpost.sites.SITES) {
      sites[site.id] = { enabled: true, account: "official" };
    }
    return { serviceUrl: DEFAULT_SERVICE_URL, userName: "", sites, token: "", school: null };
  }

  /** The service address without a trailing slash, or an Error saying what is wrong. */
  function normaliseServiceUrl(value) {
    const text = String(value || "").trim();
    let url;
    try {
      url = new URL(text);
    } catch {
      return new Error(`"${text}" is not an address; e.g. ${DEFAULT_SERVICE_URL}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return new Error("The service address must start with http:// or https://.");
    }
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      return new Error(
        "Use https:// for a service on another machine (plain http is only for this computer).",
      );
    }
    if (url.search || url.hash || url.username) {
      return new Error("Give only the service's address, e.g. https://clearpost.school.lan");
    }
    return url.origin + url.pathname.replace(/\/+$/, "");
  }

  function isLoopback(hostname) {
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  }

  /** The match pattern the service needs as a host permission. */
  function originPattern(serviceUrl) {
    const url = new URL(serviceUrl);
    return `${url.protocol}//${url.hostname}/*`;
  }

  /** Stored values over the defaults, dropping anything unknown or malformed. */
  function merge(synced = {}, local = {}) {
    const out = defaults();
    if (typeof synced.serviceUrl === "string") out.serviceUrl = synced.serviceUrl;
    if (typeof synced.userName === "string") out.userName = synced.userName.slice(0, 60);
    for (const [id, value] of Object.entries(synced.sites || {})) {
      if (!out.sites[id] || typeof value !== "object" || value === null) continue;
      if (typeof value.enabled === "boolean") out.sites[id].enabled = value.enabled;
      if (value.account === "official" || value.account === "personal") {
        out.sites[id].account = value.account;
      }
    }
    if (typeof local.token === "string") out.token = local.token.trim();
    if (local.school && typeof local.school === "object") out.school = local.school;
    return out;
  }

  /** What the admin chose for when the service cannot be reached; closed unless told. */
  function failMode(settings) {
    return settings.school && settings.school.on_service_down === "warn" ? "warn" : "closed";
  }

  async function load(storage) {
    const [synced, local] = await Promise.all([
      storage.sync.get(["serviceUrl", "userName", "sites"]),
      storage.local.get(["token", "school"]),
    ]);
    return merge(synced, local);
  }

  async function save(storage, settings) {
    await storage.sync.set({
      serviceUrl: settings.serviceUrl,
      userName: settings.userName,
      sites: settings.sites,
    });
    await storage.local.set({ token: settings.token });
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.settings = {
    DEFAULT_SERVICE_URL, TIMEOUT_MS, defaults, normaliseServiceUrl, originPattern, merge,
    failMode, load, save,
  };
})();
