// The extension's settings: defaults, checks and how they are stored.
// Preferences go to storage.sync (they follow the person); the token and the
// last answer from /school stay in storage.local (a secret, and a cache).
// What the school's IT sets by policy (storage.managed, managed_schema.json) wins over
// both and is locked: see applyManaged.
(() => {
  const DEFAULT_SERVICE_URL = "http://127.0.0.1:5321";
  const TIMEOUT_MS = 20000;

  function defaults() {
    const sites = {};
    for (const site of globalThis.Clearpost.sites.SITES) {
      sites[site.id] = { enabled: true, account: "official" };
    }
    return {
      serviceUrl: DEFAULT_SERVICE_URL, userName: "", sites, token: "", school: null,
      managed: unmanaged(),
    };
  }

  /** What is locked by policy: nothing, until applyManaged says otherwise. */
  function unmanaged() {
    return { any: false, serviceUrl: false, token: false, onServiceDown: null, accounts: [], problems: [] };
  }

  // The server refuses a name that is not printable (its audit log is read on a terminal):
  // drop control and format characters, and make every other space a plain one.
  function cleanName(value) {
    return String(value)
      .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu, "")
      .replace(/[\p{Zs}\p{Zl}\p{Zp}]/gu, " ")
      .trim()
      .slice(0, 60);
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

  /**
   * The school's policy (storage.managed) over the person's settings, in place; returns
   * what it locks. Any policy at all locks every site's "Check posts": on for the sites in
   * `allowedSites` (every site when it is absent), off for the others; so staff cannot turn
   * the check off. `sites` locks the account per site; `serviceUrl` and `token` lock those
   * fields; `onServiceDown` is combined with the service's setting, the stricter winning.
   * A malformed value locks its field to something that holds posts, never to the person's
   * own setting: a mistake in the policy must not quietly let posts out unchecked.
   */
  function applyManaged(out, managed) {
    const locked = unmanaged();
    if (!managed || typeof managed !== "object" || !Object.keys(managed).length) return locked;
    locked.any = true;
    if (managed.serviceUrl !== undefined) {
      const url = normaliseServiceUrl(managed.serviceUrl);
      locked.serviceUrl = true;
      out.serviceUrl = url instanceof Error ? "" : url;
      if (url instanceof Error) locked.problems.push(`serviceUrl: ${url.message}`);
    }
    if (typeof managed.token === "string" && managed.token.trim()) {
      out.token = managed.token.trim();
      locked.token = true;
    }
    if (managed.onServiceDown === "closed" || managed.onServiceDown === "warn") {
      locked.onServiceDown = managed.onServiceDown;
    } else if (managed.onServiceDown !== undefined) {
      locked.onServiceDown = "closed";
      locked.problems.push("onServiceDown: must be closed or warn");
    }
    const allowed = Array.isArray(managed.allowedSites) ? new Set(managed.allowedSites) : null;
    for (const id of allowed || []) {
      if (!out.sites[id]) locked.problems.push(`allowedSites: unknown site ${JSON.stringify(id)}`);
    }
    const accounts = managed.sites && typeof managed.sites === "object" ? managed.sites : {};
    for (const [id, site] of Object.entries(out.sites)) {
      site.enabled = allowed ? allowed.has(id) : true;
      const account = accounts[id];
      if (account === "official" || account === "personal") {
        site.account = account;
        locked.accounts.push(id);
      } else if (account !== undefined) {
        site.account = "official"; // the stricter account
        locked.accounts.push(id);
        locked.problems.push(`sites.${id}: must be official or personal`);
      }
    }
    return locked;
  }

  /** Stored values over the defaults, dropping anything unknown or malformed; the school's
   * policy (`managed`, from storage.managed) over both. */
  function merge(synced = {}, local = {}, managed = {}) {
    const out = defaults();
    if (typeof synced.serviceUrl === "string") out.serviceUrl = synced.serviceUrl;
    if (typeof synced.userName === "string") out.userName = cleanName(synced.userName);
    for (const [id, value] of Object.entries(synced.sites || {})) {
      if (!out.sites[id] || typeof value !== "object" || value === null) continue;
      if (typeof value.enabled === "boolean") out.sites[id].enabled = value.enabled;
      if (value.account === "official" || value.account === "personal") {
        out.sites[id].account = value.account;
      }
    }
    if (typeof local.token === "string") out.token = local.token.trim();
    if (local.school && typeof local.school === "object") out.school = local.school;
    out.managed = applyManaged(out, managed);
    return out;
  }

  /** What the admin chose for when the service cannot be reached; closed unless told.
   * With a policy, the stricter of the policy's and the service's: both must say warn. */
  function failMode(settings) {
    const service = settings.school && settings.school.on_service_down === "warn" ? "warn" : "closed";
    const policy = settings.managed && settings.managed.onServiceDown;
    return policy === "closed" ? "closed" : service;
  }

  /** The school's policy; {} when there is none. Firefox throws without a policies.json
   * entry, Chrome answers {}; a browser without storage.managed has no policy either. */
  async function readManaged(storage) {
    if (!storage.managed) return {};
    try {
      return (await storage.managed.get(null)) || {};
    } catch {
      return {};
    }
  }

  async function load(storage) {
    const [synced, local, managed] = await Promise.all([
      storage.sync.get(["serviceUrl", "userName", "sites"]),
      storage.local.get(["token", "school"]),
      readManaged(storage),
    ]);
    return merge(synced, local, managed);
  }

  /** Keep the person's own settings; what the policy locks is not theirs to store. */
  async function save(storage, settings) {
    const locked = settings.managed || unmanaged();
    const synced = { userName: cleanName(settings.userName || "") };
    if (!locked.serviceUrl) synced.serviceUrl = settings.serviceUrl;
    if (!locked.any) synced.sites = settings.sites;
    else {
      // Under a policy only the accounts it leaves open are the person's choice.
      const { sites: stored = {} } = await storage.sync.get("sites");
      const sites = { ...stored };
      for (const [id, site] of Object.entries(settings.sites)) {
        if (!locked.accounts.includes(id)) sites[id] = { ...(sites[id] || { enabled: true }), account: site.account };
      }
      synced.sites = sites;
    }
    await storage.sync.set(synced);
    if (!locked.token) await storage.local.set({ token: settings.token });
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.settings = {
    DEFAULT_SERVICE_URL, TIMEOUT_MS, defaults, normaliseServiceUrl, originPattern, merge,
    applyManaged, cleanName, failMode, readManaged, load, save,
  };
})();
