// The background's calls to the service, with a stand-in for fetch.
import assert from "node:assert/strict";
import { test } from "node:test";

import "../src/shared/sites.js";
import "../src/shared/settings.js";
import "../src/shared/findings.js";
import { call, ServiceError } from "../src/background/service.js";
import { checkPost } from "../src/background/check.js";

const SETTINGS = { ...globalThis.Clearpost.settings.merge({ serviceUrl: "http://127.0.0.1:5321", userName: "Mrs Hughes" }, { token: "t0k" }) };

function reply(status, body) {
  return async () => ({ ok: status < 400, status, json: async () => body });
}

test("a call sends the token, the person's name and JSON", async () => {
  let seen;
  const fetch = async (url, init) => {
    seen = { url, init };
    return { ok: true, status: 200, json: async () => ({ verdict: "allow" }) };
  };
  const out = await call(SETTINGS, "POST", "/api/v1/check", { text: "hi" }, { fetch });
  assert.deepEqual(out, { verdict: "allow" });
  assert.equal(seen.url, "http://127.0.0.1:5321/api/v1/check");
  assert.equal(seen.init.headers.Authorization, "Bearer t0k");
  assert.equal(seen.init.headers["X-Clearpost-User"], "Mrs Hughes");
  assert.equal(seen.init.headers["Content-Type"], "application/json");
  assert.equal(seen.init.credentials, "omit");
  assert.deepEqual(JSON.parse(seen.init.body), { text: "hi" });
});

test("a name outside Latin-1 is encoded rather than failing the call", async () => {
  let headers;
  const fetch = async (url, init) => {
    headers = init.headers;
    return { ok: true, status: 200, json: async () => ({}) };
  };
  await call({ ...SETTINGS, userName: "Mrs Łukasz" }, "GET", "/api/v1/school", undefined, { fetch });
  assert.equal(headers["X-Clearpost-User"], "Mrs%20%C5%81ukasz");
});

async function failureCode(promise) {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ServiceError);
    return err.code;
  }
  assert.fail("the call did not fail");
}

test("each way a call fails has its code", async () => {
  const down = async () => {
    throw new TypeError("Failed to fetch");
  };
  assert.equal(await failureCode(call(SETTINGS, "GET", "/x", undefined, { fetch: down })), "down");
  assert.equal(await failureCode(call(SETTINGS, "GET", "/x", undefined, { fetch: reply(401, { message: "wrong" }) })), "token");
  assert.equal(await failureCode(call(SETTINGS, "GET", "/x", undefined, { fetch: reply(413, { message: "big" }) })), "rejected");
  assert.equal(await failureCode(call(SETTINGS, "GET", "/x", undefined, { fetch: reply(500, null) })), "server");
  assert.equal(await failureCode(call({ ...SETTINGS, token: "" }, "GET", "/x")), "not_configured");
});

test("a service that does not answer in time is a timeout", async () => {
  const hang = (url, init) =>
    new Promise((resolve, reject) => {
      init.signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" })));
    });
  assert.equal(await failureCode(call(SETTINGS, "GET", "/x", undefined, { fetch: hang, timeoutMs: 20 })), "timeout");
});

test("checkPost sends the site's account and asks for fixes", async () => {
  let body;
  const fetch = async (url, init) => {
    if (url.endsWith("/check")) body = JSON.parse(init.body);
    return { ok: true, status: 200, json: async () => ({ verdict: "allow", findings: [] }) };
  };
  const settings = globalThis.Clearpost.settings.merge(
    { serviceUrl: "http://127.0.0.1:5321", sites: { "linkedin.com": { enabled: true, account: "personal" } } },
    { token: "t", school: { on_service_down: "closed", checkedAt: Date.now() } },
  );
  const out = await checkPost({ site: "linkedin.com", text: "Hello", images: ["data:image/png;base64,AAAA"] }, settings, null, { fetch });
  assert.equal(out.ok, true);
  assert.equal(out.account, "personal");
  assert.deepEqual(body, { text: "Hello", images: ["data:image/png;base64,AAAA"], account: "personal", want_fixes: true, site: "linkedin.com" });
});

test("checkPost fails closed unless the admin chose warn", async () => {
  const down = async () => {
    throw new TypeError("Failed to fetch");
  };
  const closed = await checkPost({ site: "x.com", text: "Hi" }, SETTINGS, null, { fetch: down });
  assert.deepEqual([closed.ok, closed.failure.code, closed.failMode, closed.mayPost], [false, "down", "closed", false]);
  const warnSettings = { ...SETTINGS, school: { on_service_down: "warn", checkedAt: Date.now() } };
  const warned = await checkPost({ site: "x.com", text: "Hi" }, warnSettings, null, { fetch: down });
  assert.deepEqual([warned.failMode, warned.mayPost], ["warn", true]);
  const refused = await checkPost({ site: "x.com", text: "Hi" }, warnSettings, null, { fetch: reply(400, { message: "bad" }) });
  assert.deepEqual([refused.failure.code, refused.mayPost], ["rejected", false]);
});

test("only the enrolment call goes without a token, and sends no Authorization", async () => {
  let headers;
  const fetch = async (url, init) => {
    headers = init.headers;
    return { ok: true, status: 201, json: async () => ({ token: "cps_x", name: "Mrs Green" }) };
  };
  const bare = { serviceUrl: "http://127.0.0.1:5321", token: "" };
  await assert.rejects(call(bare, "POST", "/api/v1/check", { text: "hi" }, { fetch }), (err) => err.code === "not_configured");
  const out = await call(bare, "POST", "/api/v1/enrol", { code: "ABCDE-FGHJK" }, { fetch, anonymous: true });
  assert.equal(out.token, "cps_x");
  assert.equal(headers.Authorization, undefined);
});
