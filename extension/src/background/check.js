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
