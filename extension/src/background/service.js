// Every network call the extension makes goes through here: the Clearpost service only.

/** A call that did not give an answer; `code` is a key of Clearpost.findings FAILURES. */
export class ServiceError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "ServiceError";
    this.code = code;
  }
}

function headers(settings, hasBody) {
  const out = { Accept: "application/json" };
  if (settings.token) out.Authorization = `Bearer ${settings.token}`;
  if (hasBody) out["Content-Type"] = "application/json";
  // Header values must be Latin-1: encode anything else rather than fail the call.
  const name = String(settings.userName || "").trim();
  if (name) out["X-Clearpost-User"] = /^[\x20-\x7e]*$/.test(name) ? name : encodeURIComponent(name);
  return out;
}

/**
 * Call the service: `settings` gives serviceUrl, token, userName. Resolves to the JSON
 * answer; rejects with a ServiceError (not_configured, down, timeout, token, rejected, server).
 */
export async function call(settings, method, path, body = undefined, options = {}) {
  const fetchImpl = options.fetch || fetch;
  const timeoutMs = options.timeoutMs || globalThis.Clearpost.settings.TIMEOUT_MS;
  // options.anonymous: the one call made before there is a token (enrolment).
  if (!settings.serviceUrl || (!settings.token && !options.anonymous)) {
    throw new ServiceError("not_configured", "No service address or token in the options.");
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response;
    try {
      response = await fetchImpl(settings.serviceUrl + path, {
        method,
        // A form (a post with a video) goes as multipart/form-data, its boundary set by fetch.
        headers: headers(settings, body !== undefined && !(body instanceof FormData)),
        body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
        signal: controller.signal,
        credentials: "omit",
        cache: "no-store",
      });
    } catch (err) {
      if (err && err.name === "AbortError") {
        throw new ServiceError("timeout", `No answer within ${Math.round(timeoutMs / 1000)} s.`);
      }
      throw new ServiceError("down", `Nothing answered at ${settings.serviceUrl}.`);
    }
    let data = null;
    try {
      data = await response.json();
    } catch (err) {
      if (err && err.name === "AbortError") {
        throw new ServiceError("timeout", `No answer within ${Math.round(timeoutMs / 1000)} s.`);
      }
    }
    if (response.ok) return data || {};
    const message =
      data && typeof data.message === "string" ? data.message : `HTTP ${response.status}`;
    if (response.status === 401 || response.status === 403) {
      throw new ServiceError("token", message);
    }
    if (response.status >= 400 && response.status < 500) {
      throw new ServiceError("rejected", message);
    }
    throw new ServiceError("server", message);
  } finally {
    clearTimeout(timer);
  }
}
