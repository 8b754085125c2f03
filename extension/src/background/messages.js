// The one message listener: content scripts, the popup and the options page ask
// the background for everything that needs the settings or the network.
import { api } from "./api.js";
import {
  cancelCheck, checkPost, followCheck, record, recordUnchecked, refreshSchool, startCheck, uploadPart,
} from "./check.js";
import { call } from "./service.js";

const C = globalThis.Clearpost;

// What each tab's content script found (its adapter, or the generic fallback), for the popup.
// storage.session survives the worker going to sleep; the Map covers browsers without it.
const tabStatus = new Map();

async function rememberStatus(tabId, status) {
  tabStatus.set(tabId, status);
  if (api.storage.session) await api.storage.session.set({ [`tab:${tabId}`]: status });
}

async function statusOf(tabId) {
  if (tabStatus.has(tabId)) return tabStatus.get(tabId);
  if (!api.storage.session) return null;
  const stored = await api.storage.session.get(`tab:${tabId}`);
  return stored[`tab:${tabId}`] || null;
}

api.tabs.onRemoved.addListener((tabId) => {
  tabStatus.delete(tabId);
  if (api.storage.session) api.storage.session.remove(`tab:${tabId}`);
});

async function testConnection(request) {
  const url = C.settings.normaliseServiceUrl(request.serviceUrl);
  if (url instanceof Error) {
    return { ok: false, failure: C.findings.failure("rejected", url.message) };
  }
  const trial = { serviceUrl: url, token: String(request.token || "").trim(), userName: "" };
  try {
    const current = await C.settings.load(api.storage);
    const same = current.serviceUrl === trial.serviceUrl && current.token === trial.token;
    const school = await refreshSchool(trial, same ? api.storage : null);
    return { ok: true, school };
  } catch (err) {
    return { ok: false, failure: C.findings.failure(err.code || "server", err.message) };
  }
}

/** Exchange a one-time enrolment code for the person's own token, and keep the token
 * (unless the school's policy sets the token). */
async function enrol(request) {
  const url = C.settings.normaliseServiceUrl(request.serviceUrl);
  if (url instanceof Error) {
    return { ok: false, failure: C.findings.failure("rejected", url.message) };
  }
  try {
    const reply = await call({ serviceUrl: url, token: "" }, "POST", "/api/v1/enrol",
      { code: String(request.code || "") }, { anonymous: true });
    const current = await C.settings.load(api.storage);
    if (current.managed.token) {
      return { ok: false, failure: C.findings.failure("rejected", "Your school's policy sets the token.") };
    }
    await api.storage.local.set({ token: String(reply.token || "") });
    return { ok: true, name: String(reply.name || "") };
  } catch (err) {
    return { ok: false, failure: C.findings.failure(err.code || "server", err.message) };
  }
}

/** The service's version from /health (asked without a token, as /health needs none), for
 * the options page to compare with the extension's own. */
async function serviceVersion(settings) {
  if (!settings.serviceUrl) {
    return { ok: false, failure: C.findings.failure("not_configured", "No service address in the options.") };
  }
  try {
    const health = await call({ serviceUrl: settings.serviceUrl, token: "" }, "GET", "/api/v1/health",
      undefined, { anonymous: true });
    return { ok: true, version: typeof health.version === "string" ? health.version : "" };
  } catch (err) {
    return { ok: false, failure: C.findings.failure(err.code || "server", err.message) };
  }
}

async function handle(request, sender) {
  const settings = await C.settings.load(api.storage);
  switch (request.what) {
    case "pageConfig": {
      const site = settings.sites[request.site];
      return {
        enabled: Boolean(site && site.enabled),
        account: site ? site.account : "official",
        label: C.sites.label(request.site),
      };
    }
    case "pageStatus":
      if (sender.tab) await rememberStatus(sender.tab.id, request.status);
      return { ok: true };
    case "tabStatus":
      return { status: await statusOf(request.tabId) };
    case "check":
      return checkPost(request, settings, api.storage);
    case "uploadPart":
      return uploadPart(request);
    case "startCheck":
      return startCheck(request, settings);
    case "followCheck":
      return followCheck(request, settings);
    case "cancelCheck":
      return cancelCheck(request, settings);
    case "confirm":
      return record(settings, "/api/v1/confirmations", {
        rules: request.rules,
        reason: request.reason,
        site: request.site || "",
        account: request.account,
      });
    case "skipped":
      return recordUnchecked(settings, api.storage, request);
    case "report":
      return record(settings, "/api/v1/reports", {
        rule: request.rule,
        kind: request.kind,
        score: typeof request.score === "number" ? request.score : null,
        site: request.site || "",
      });
    case "testConnection":
      return testConnection(request);
    case "enrol":
      return enrol(request);
    case "serviceVersion":
      return serviceVersion(settings);
    default:
      return { ok: false, failure: C.findings.failure("extension", `Unknown request ${request.what}`) };
  }
}

api.runtime.onMessage.addListener((request, sender, sendResponse) => {
  if (!request || typeof request.what !== "string") return false;
  // Only this extension's own pages and content scripts send messages here.
  if (sender.id !== api.runtime.id) return false;
  handle(request, sender).then(sendResponse, (err) =>
    sendResponse({ ok: false, failure: C.findings.failure("extension", String(err)) }),
  );
  return true; // the answer comes asynchronously
});
