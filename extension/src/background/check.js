// Checking a post: call the service, and when it cannot answer, say so with the
// admin's fail mode (the post is held unless the admin chose "warn").
import { call, ServiceError } from "./service.js";

const SCHOOL_MAX_AGE_MS = 10 * 60 * 1000;

/** Ask /school and keep the answer (the school's name and its fail mode). */
export async function refreshSchool(settings, storage, options = {}) {
  const school = await call(settings, "GET", "/api/v1/school", undefined, options);
  const kept = {
    name: String(school.name || ""),
    on_service_down: school.on_service_down === "warn" ? "warn" : "closed",
    version: String(school.version || ""),
    checkedAt: Date.now(),
  };
  if (storage) await storage.local.set({ school: kept });
  return kept;
}

function failureReply(err, settings) {
  const F = globalThis.Clearpost.findings;
  const code = err instanceof ServiceError ? err.code : "server";
  const failure = F.failure(code, err && err.message ? String(err.message) : "");
  const failMode = globalThis.Clearpost.settings.failMode(settings);
  return {
    ok: false,
    failure,
    failMode,
    mayPost: F.mayPostWithoutCheck(failure.code, failMode),
  };
}

/**
 * Check a post for `request` {site, text, images, account?}. Resolves to
 * {ok: true, result, account} or {ok: false, failure, failMode, mayPost}.
 */
export async function checkPost(request, settings, storage, options = {}) {
  const siteSettings = settings.sites[request.site] || { account: "official" };
  const account = request.account || siteSettings.account;
  const body = {
    text: String(request.text || ""),
    images: Array.isArray(request.images) ? request.images : [],
    account,
    want_fixes: true,
  };
  if (request.site) body.site = request.site;
  try {
    const result = await call(settings, "POST", "/api/v1/check", body, options);
    if (storage) flushUnchecked(settings, storage, options).catch(() => {});
    const school = settings.school;
    if (!school || Date.now() - (school.checkedAt || 0) > SCHOOL_MAX_AGE_MS) {
      refreshSchool(settings, storage, options).catch(() => {});
    }
    return { ok: true, result, account };
  } catch (err) {
    return failureReply(err, settings);
  }
}

/** Send a call that records something (confirmation, report); resolves to {ok, failure?}. */
export async function record(settings, path, body, options = {}) {
  try {
    await call(settings, "POST", path, body, options);
    return { ok: true };
  } catch (err) {
    return failureReply(err, settings);
  }
}

// Posts sent without a check wait here until the service answers again: the person chose
// to post because it could not be reached, so their reason usually cannot be sent at once.
const UNCHECKED_KEY = "uncheckedPosts";
const UNCHECKED_KEPT = 200;
let flushing = null;

/** Send the posts sent without a check that the service has not recorded yet. */
export function flushUnchecked(settings, storage, options = {}) {
  flushing ||= (async () => {
    try {
      const { [UNCHECKED_KEY]: pending = [] } = await storage.local.get(UNCHECKED_KEY);
      const left = [];
      for (const body of pending) {
        try {
          await call(settings, "POST", "/api/v1/confirmations", body, options);
        } catch (err) {
          // A body the service refuses would be refused forever; anything else waits.
          if (!(err instanceof ServiceError && err.code === "rejected")) left.push(body);
        }
      }
      // Entries added while we were sending stay too.
      const { [UNCHECKED_KEY]: now = [] } = await storage.local.get(UNCHECKED_KEY);
      const added = now.slice(pending.length);
      await storage.local.set({ [UNCHECKED_KEY]: [...left, ...added].slice(-UNCHECKED_KEPT) });
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/**
 * A post sent without a check, with the person's reason {reason, failure, site, account}:
 * kept, then sent to the audit log (now if the service answers, else after its next answer).
 */
export async function recordUnchecked(settings, storage, request, options = {}) {
  const body = {
    unchecked: true,
    reason: String(request.reason || "").trim(),
    failure: String(request.failure || ""),
    site: String(request.site || ""),
    account: request.account === "personal" ? "personal" : "official",
    posted_at: new Date().toISOString(),
  };
  if (!globalThis.Clearpost.findings.canConfirm(true, body.reason)) {
    return { ok: false, failure: globalThis.Clearpost.findings.failure("rejected", "A reason is needed.") };
  }
  await (flushing || Promise.resolve());
  const { [UNCHECKED_KEY]: pending = [] } = await storage.local.get(UNCHECKED_KEY);
  await storage.local.set({ [UNCHECKED_KEY]: [...pending, body].slice(-UNCHECKED_KEPT) });
  flushUnchecked(settings, storage, { ...options, timeoutMs: 5000 }).catch(() => {});
  return { ok: true };
}
