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

// ---- posts with a video: checked in the background by the service, followed as they go
//
// A video is too large for one message from the page (Chrome refuses a message past 64 MB)
// and too large for JSON (base64 adds a third, past the service's body limit): the content
// script sends each file in parts, kept here in memory (never stored), and the post goes
// to POST /api/v1/checks as multipart/form-data with the files as they were picked.

const uploads = new Map(); // upload id → {files: [{type, parts: [Uint8Array]}], bytes, at}
const UPLOAD_MAX_BYTES = 1100 * 1024 * 1024; // ten files; the service refuses past its own limits
const UPLOAD_KEPT_MS = 5 * 60 * 1000; // a post's parts left half-sent (tab closed) are dropped
const START_TIMEOUT_MS = 180000; // sending a large clip to the service takes time

function base64Bytes(data) {
  const text = atob(String(data || ""));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** One part of one file of a post being sent: {upload, index, type, data (base64)}. */
export function uploadPart(request) {
  const F = globalThis.Clearpost.findings;
  const now = Date.now();
  for (const [id, kept] of uploads) if (now - kept.at > UPLOAD_KEPT_MS) uploads.delete(id);
  const id = String(request.upload || "");
  const index = Number(request.index);
  if (!id || !Number.isInteger(index) || index < 0 || index >= 10) {
    return { ok: false, failure: F.failure("extension", "A file of the post was sent wrongly.") };
  }
  const kept = uploads.get(id) || { files: [], bytes: 0, at: now };
  const bytes = base64Bytes(request.data);
  kept.bytes += bytes.length;
  kept.at = now;
  if (kept.bytes > UPLOAD_MAX_BYTES) {
    uploads.delete(id);
    return { ok: false, failure: F.failure("rejected", "The post's files are larger than Clearpost can check.") };
  }
  kept.files[index] ||= { type: String(request.type || "application/octet-stream"), parts: [] };
  kept.files[index].parts.push(bytes);
  uploads.set(id, kept);
  return { ok: true };
}

/** The post as a form: its fields and each file sent for `upload`, in order. */
function postForm(request, account, count) {
  const kept = uploads.get(String(request.upload || ""));
  uploads.delete(String(request.upload || ""));
  if (!kept || kept.files.length !== count || kept.files.some((f) => !f)) return null;
  const form = new FormData();
  form.append("text", String(request.text || ""));
  form.append("account", account);
  form.append("want_fixes", "true");
  if (request.site) form.append("site", request.site);
  kept.files.forEach((file, i) => {
    form.append("images", new Blob(file.parts, { type: file.type }), `file-${i + 1}`);
  });
  return form;
}

/** What a check job's answer becomes for the page: still going, or the check's reply. */
function jobReply(job, account) {
  if (job && job.state === "done" && job.result) return { ok: true, result: job.result, account };
  return {
    ok: true,
    account,
    job: {
      id: String(job.id || ""),
      state: String(job.state || "queued"),
      percent: Math.max(0, Math.min(100, Number(job.percent) || 0)),
    },
  };
}

/**
 * Start the check of a post with a video (its files sent with uploadPart): {site, text,
 * upload, count, account?}. Resolves to {ok, job} (follow it), {ok, result} or a failure.
 */
export async function startCheck(request, settings, options = {}) {
  const siteSettings = settings.sites[request.site] || { account: "official" };
  const account = request.account || siteSettings.account;
  const form = postForm(request, account, Number(request.count));
  if (!form) {
    const F = globalThis.Clearpost.findings;
    return { ok: false, failure: F.failure("extension", "The post's files did not all arrive."), failMode: "closed", mayPost: false };
  }
  try {
    const job = await call(settings, "POST", "/api/v1/checks", form, { timeoutMs: START_TIMEOUT_MS, ...options });
    return jobReply(job, account);
  } catch (err) {
    return failureReply(err, settings);
  }
}

/** How far the check `request.id` is: {ok, job}, {ok, result} once done, or a failure. */
export async function followCheck(request, settings, options = {}) {
  const id = encodeURIComponent(String(request.id || ""));
  try {
    const job = await call(settings, "GET", `/api/v1/checks/${id}`, undefined, options);
    return jobReply(job, request.account);
  } catch (err) {
    return failureReply(err, settings);
  }
}

/** Stop the check `request.id` (the post changed, or the page gave up on it). */
export async function cancelCheck(request, settings, options = {}) {
  const id = encodeURIComponent(String(request.id || ""));
  try {
    await call(settings, "DELETE", `/api/v1/checks/${id}`, undefined, options);
  } catch {
    // Already over, or the service is gone: nothing is left to stop.
  }
  return { ok: true };
}
