// The background's calls to the service, with a stand-in for fetch.
import assert from "node:assert/strict";
import { test } from "node:test";

import "../src/shared/sites.js";
import "../src/shared/settings.js";
import "../src/shared/findings.js";
import { call, ServiceError } from "../src/background/service.js";
import { cancelCheck, checkPost, followCheck, startCheck, uploadPart } from "../src/background/check.js";

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

test("a post with a video goes in parts, as a form, and is followed until its answer", async () => {
  const calls = [];
  const answers = [
    { id: "j1", state: "queued", percent: 0 },
    { id: "j1", state: "running", percent: 40 },
    { id: "j1", state: "done", percent: 100, result: { verdict: "block", findings: [] } },
  ];
  const fetch = async (url, init) => {
    calls.push({ url, method: init.method, body: init.body, headers: init.headers });
    return { ok: true, status: 200, json: async () => answers.shift() || { cancelled: true } };
  };
  const clip = new Uint8Array([0, 0, 0, 32, 102, 116, 121, 112, 1, 2, 3, 4, 5]);
  const b64 = (bytes) => Buffer.from(bytes).toString("base64");
  assert.deepEqual(uploadPart({ upload: "u1", index: 0, type: "video/mp4", data: b64(clip.slice(0, 6)) }), { ok: true });
  assert.deepEqual(uploadPart({ upload: "u1", index: 0, type: "video/mp4", data: b64(clip.slice(6)) }), { ok: true });
  const started = await startCheck({ site: "x.com", text: "Sports day", upload: "u1", count: 1 }, SETTINGS, { fetch });
  assert.deepEqual(started, { ok: true, account: "official", job: { id: "j1", state: "queued", percent: 0 } });
  const [post] = calls;
  assert.equal(post.url, "http://127.0.0.1:5321/api/v1/checks");
  assert.equal(post.headers["Content-Type"], undefined); // fetch sets the form's boundary
  assert.equal(post.body.get("text"), "Sports day");
  assert.equal(post.body.get("want_fixes"), "true");
  const sent = new Uint8Array(await post.body.get("images").arrayBuffer());
  assert.deepEqual([...sent], [...clip]); // the parts, joined in order, byte for byte
  const running = await followCheck({ id: "j1", account: "official" }, SETTINGS, { fetch });
  assert.deepEqual(running.job, { id: "j1", state: "running", percent: 40 });
  const done = await followCheck({ id: "j1", account: "official" }, SETTINGS, { fetch });
  assert.deepEqual(done, { ok: true, result: { verdict: "block", findings: [] }, account: "official" });
  await cancelCheck({ id: "j1" }, SETTINGS, { fetch });
  assert.deepEqual([calls[3].method, calls[3].url], ["DELETE", "http://127.0.0.1:5321/api/v1/checks/j1"]);
  // The parts are used once: the same upload again finds nothing, and is refused, not sent.
  const again = await startCheck({ site: "x.com", text: "Sports day", upload: "u1", count: 1 }, SETTINGS, { fetch });
  assert.deepEqual([again.ok, again.failure.code, again.mayPost], [false, "extension", false]);
  assert.equal(calls.length, 4);
});

test("a video check the service refuses, or forgot, is a failure that holds the post", async () => {
  const warnSettings = { ...SETTINGS, school: { on_service_down: "warn", checkedAt: Date.now() } };
  const truncated = await followCheck({ id: "j2" }, warnSettings, { fetch: reply(400, { message: "clip.mp4 is truncated" }) });
  assert.deepEqual([truncated.ok, truncated.failure.code, truncated.mayPost], [false, "rejected", false]);
  assert.match(truncated.failure.detail, /truncated/);
  const forgotten = await followCheck({ id: "j2" }, warnSettings, { fetch: reply(404, { message: "No check" }) });
  assert.deepEqual([forgotten.ok, forgotten.mayPost], [false, false]);
});
