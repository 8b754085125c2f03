// The shared logic that content scripts, pages and the background all use.
import assert from "node:assert/strict";
import { test } from "node:test";

import "../src/shared/sites.js";
import "../src/shared/settings.js";
import "../src/shared/findings.js";

const { sites, settings, findings: F } = globalThis.Clearpost;

test("siteFor knows each watched site and nothing else", () => {
  const cases = [
    ["x.com", "/home", "x.com"],
    ["twitter.com", "/", "x.com"],
    ["www.facebook.com", "/groups/1", "facebook.com"],
    ["business.facebook.com", "/latest/composer", "business.facebook.com"],
    ["pro.x.com", "/i/decks/1", "x.com"],
    ["tweetdeck.twitter.com", "/", "x.com"],
    ["www.linkedin.com", "/company/1/admin/", "linkedin.com"],
    ["studio.youtube.com", "/channel/UC1/community", "studio.youtube.com"],
    ["www.youtube.com", "/", null],
    ["www.instagram.com", "/", "instagram.com"],
    ["www.linkedin.com", "/feed/", "linkedin.com"],
    ["school.example", "/wp-admin/post-new.php", "wordpress"],
    ["school.example", "/wp-admin/post.php", "wordpress"],
    ["school.example", "/wp-admin/options.php", null],
    ["notfacebook.com", "/", null],
    ["x.com.evil.example", "/", null],
    ["example.org", "/", null],
  ];
  for (const [host, path, expected] of cases) {
    assert.equal(sites.siteFor(host, path), expected, `${host}${path}`);
  }
});

test("the service address is checked and tidied", () => {
  assert.equal(settings.normaliseServiceUrl(" http://127.0.0.1:5321/ "), "http://127.0.0.1:5321");
  assert.equal(settings.normaliseServiceUrl("https://clearpost.school.lan/cp/"), "https://clearpost.school.lan/cp");
  assert.ok(settings.normaliseServiceUrl("http://clearpost.school.lan") instanceof Error, "plain http off this machine");
  assert.ok(settings.normaliseServiceUrl("ftp://127.0.0.1") instanceof Error);
  assert.ok(settings.normaliseServiceUrl("not a url") instanceof Error);
  assert.ok(settings.normaliseServiceUrl("https://a.example/?token=x") instanceof Error);
  assert.equal(settings.originPattern("https://clearpost.school.lan:8443/cp"), "https://clearpost.school.lan/*");
});

test("stored settings are merged over the defaults, dropping the malformed", () => {
  const merged = settings.merge(
    { serviceUrl: "https://cp.school.lan", sites: { "x.com": { enabled: false, account: "personal" }, "evil.com": {}, "linkedin.com": { account: "boss" } } },
    { token: " abc ", school: { name: "St Mary's", on_service_down: "warn" } },
  );
  assert.equal(merged.serviceUrl, "https://cp.school.lan");
  assert.deepEqual(merged.sites["x.com"], { enabled: false, account: "personal" });
  assert.deepEqual(merged.sites["linkedin.com"], { enabled: true, account: "official" });
  assert.equal(merged.sites["evil.com"], undefined);
  assert.equal(merged.token, "abc");
  const fresh = settings.merge();
  assert.equal(fresh.serviceUrl, "http://127.0.0.1:5321");
  assert.equal(Object.keys(fresh.sites).length, sites.SITES.length);
  assert.ok("business.facebook.com" in fresh.sites && "studio.youtube.com" in fresh.sites);
});

test("the fail mode is the admin's, and closed unless the admin said warn", () => {
  assert.equal(settings.failMode(settings.merge()), "closed");
  assert.equal(settings.failMode(settings.merge({}, { school: { on_service_down: "warn" } })), "warn");
  assert.equal(settings.failMode(settings.merge({}, { school: { on_service_down: "open" } })), "closed");
});

test("a warn fail mode lets a person post only when the service could not answer", () => {
  for (const code of ["down", "timeout", "server", "token"]) {
    assert.equal(F.mayPostWithoutCheck(code, "warn"), true, code);
    assert.equal(F.mayPostWithoutCheck(code, "closed"), false, code);
  }
  assert.equal(F.mayPostWithoutCheck("rejected", "warn"), false, "the service refused the post");
  assert.equal(F.mayPostWithoutCheck("not_configured", "warn"), false);
});

test("failures say what happened and how to fix it", () => {
  const down = F.failure("down", "Nothing answered");
  assert.match(down.title, /not answering/);
  assert.match(down.fix, /clearpost serve/);
  assert.equal(down.detail, "Nothing answered");
  assert.equal(F.failure("no-such-code").code, "server");
  assert.match(F.failure("token").fix, /revoked.*admin page → Tokens/);
});

test("a finding is described in plain words", () => {
  const text = F.describe({
    kind: "text", rule: "text.pupil_full_name", severity: "block", text: "Olivia Barker",
    reason: "This is the full name of Olivia B. (Year 4): use the forename only.",
    clause: "001 App.1 (d)", person: { kind: "pupil", display: "Olivia B. (Year 4)" },
  });
  assert.equal(text.severityLabel, "Must change");
  assert.equal(text.where, "In the text");
  assert.equal(text.quote, "Olivia Barker");
  assert.equal(text.clause, "Policy 001 App.1 (d)");
  const face = F.describe({ kind: "face", severity: "warn", image: 1, box: [1, 2, 3, 4] });
  assert.equal(face.where, "A face in a photo (photo 2)");
  assert.equal(face.quote, null);
  assert.match(face.reason, /found something/);
  assert.equal(F.describe({ kind: "new_kind", severity: "odd" }).severity, "info");
});

test("findings are ordered block, warn, info", () => {
  const ordered = F.ordered([{ severity: "info" }, { severity: "warn" }, { severity: "block" }]);
  assert.deepEqual(ordered.map((f) => f.severity), ["block", "warn", "info"]);
  assert.deepEqual(F.ordered(undefined), []);
});

test("the rules a person confirms are the warned ones, once each", () => {
  const rules = F.warnedRules([
    { rule: "text.pupil_forename", severity: "warn" },
    { rule: "text.pupil_forename", severity: "warn" },
    { rule: "text.phone", severity: "block" },
    { rule: "face.unknown", severity: "warn" },
  ]);
  assert.deepEqual(rules, ["text.pupil_forename", "face.unknown"]);
});

test("posting anyway needs the tick and a reason of 3 to 500 characters", () => {
  assert.equal(F.canConfirm(false, "Parent agreed by phone"), false);
  assert.equal(F.canConfirm(true, ""), false);
  assert.equal(F.canConfirm(true, "  ok  "), false);
  assert.equal(F.canConfirm(true, "yes"), true);
  assert.equal(F.canConfirm(true, "x".repeat(501)), false);
});

test("the text fix is offered only when it changes the text", () => {
  assert.equal(F.textFix({ fixes: { redacted_text: "Well done Olivia!" } }, "Well done Olivia Barker!"), "Well done Olivia!");
  assert.equal(F.textFix({ fixes: { redacted_text: "Same" } }, "Same"), null);
  assert.equal(F.textFix({ fixes: {} }, "x"), null);
  assert.equal(F.textFix({}, "x"), null);
});

test("image fixes are checked before use", () => {
  const result = {
    fixes: {
      images: [
        { image: 0, data: "AAAA", content_type: "image/png" },
        { image: 5, data: "AAAA", content_type: "image/png" }, // no such image
        { image: 1, data: "", content_type: "image/png" }, // empty
        { image: 1, data: "BBBB", content_type: "text/html" }, // odd type: treated as JPEG
      ],
    },
  };
  assert.deepEqual(F.imageFixes(result, 2), [
    { image: 0, data: "AAAA", contentType: "image/png" },
    { image: 1, data: "BBBB", contentType: "image/jpeg" },
  ]);
  assert.deepEqual(F.imageFixes({ fixes: {} }, 2), []);
});

test("a box in image pixels becomes percentages of the thumbnail", () => {
  assert.deepEqual(F.boxStyle([100, 50, 200, 100], 1000, 500), {
    left: "10.00%", top: "10.00%", width: "20.00%", height: "20.00%",
  });
  // A box running off the edge is clipped to the image.
  assert.deepEqual(F.boxStyle([900, 400, 200, 200], 1000, 500), {
    left: "90.00%", top: "80.00%", width: "10.00%", height: "20.00%",
  });
  assert.equal(F.boxStyle([1, 2, 3], 10, 10), null);
  assert.equal(F.boxStyle([1, 2, 0, 4], 10, 10), null);
  assert.equal(F.boxStyle([1, 2, 3, 4], 0, 10), null);
  assert.equal(F.boxStyle(["a", 2, 3, 4], 10, 10), null);
});

test("the school's policy (storage.managed) wins and locks; any policy keeps every check on", () => {
  const mine = { serviceUrl: "http://127.0.0.1:9999", sites: { "x.com": { enabled: false, account: "personal" }, "instagram.com": { enabled: false, account: "personal" } } };
  const out = settings.merge(mine, { token: "mine" }, { serviceUrl: "https://cp.school.lan/", sites: { "x.com": "official" } });
  assert.equal(out.serviceUrl, "https://cp.school.lan");
  assert.deepEqual(out.sites["x.com"], { enabled: true, account: "official" }, "turned back on, account locked");
  assert.deepEqual(out.sites["instagram.com"], { enabled: true, account: "personal" }, "on; the account stays the person's");
  assert.equal(out.token, "mine", "no token in the policy: the person's own");
  assert.deepEqual([out.managed.any, out.managed.serviceUrl, out.managed.token, out.managed.accounts], [true, true, false, ["x.com"]]);
  assert.equal(settings.merge(mine, {}, {}).managed.any, false, "no policy: nothing locked");
  assert.equal(settings.merge(mine, {}, {}).sites["x.com"].enabled, false);
});

test("allowedSites decides where posts are checked; a malformed policy value holds posts", () => {
  const out = settings.merge({}, {}, { allowedSites: ["x.com", "wordpress", "myspace.com"], token: " t0k " });
  assert.deepEqual(Object.entries(out.sites).filter(([, s]) => s.enabled).map(([id]) => id), ["x.com", "wordpress"]);
  assert.equal(out.token, "t0k");
  assert.match(out.managed.problems.join(), /unknown site "myspace.com"/);
  const bad = settings.merge({ serviceUrl: "http://127.0.0.1:5321" }, {}, { serviceUrl: "http://cp.school.lan", sites: { "x.com": "nobody" }, onServiceDown: "open" });
  assert.equal(bad.serviceUrl, "", "not the person's address: the check cannot run, the post is held");
  assert.equal(bad.sites["x.com"].account, "official");
  assert.equal(bad.managed.problems.length, 3);
  assert.equal(settings.failMode({ ...bad, school: { on_service_down: "warn" } }), "closed");
});

test("with a policy, the fail mode is the stricter of the policy's and the service's", () => {
  const withPolicy = (policy, service) => settings.failMode(settings.merge({}, { school: { on_service_down: service } }, { onServiceDown: policy }));
  assert.equal(withPolicy("closed", "warn"), "closed");
  assert.equal(withPolicy("warn", "closed"), "closed");
  assert.equal(withPolicy("warn", "warn"), "warn");
});

test("the name sent for the audit log holds only printable characters", () => {
  assert.equal(settings.merge({ userName: "Mrs\u00a0Green\u200b\r\n\u202e" }).userName, "Mrs Green");
  assert.equal(settings.cleanName("x".repeat(80)).length, 60);
});

test("saving under a policy keeps only what the person may choose", async () => {
  const store = { sync: {}, local: {} };
  const area = (name) => ({
    get: async (keys) => Object.fromEntries((typeof keys === "string" ? [keys] : keys).filter((k) => k in store[name]).map((k) => [k, store[name][k]])),
    set: async (values) => Object.assign(store[name], values),
  });
  const storage = { sync: area("sync"), local: area("local"), managed: { get: async () => ({ serviceUrl: "https://cp.school.lan", token: "policy-token", sites: { "x.com": "official" } }) } };
  const loaded = await settings.load(storage);
  loaded.sites["x.com"] = { enabled: false, account: "personal" };
  loaded.sites["linkedin.com"] = { enabled: false, account: "personal" };
  await settings.save(storage, { ...loaded, userName: "Mrs Green" });
  assert.equal(store.sync.serviceUrl, undefined);
  assert.equal(store.local.token, undefined, "the policy's token is not copied into the person's storage");
  assert.equal(store.sync.sites["x.com"], undefined);
  assert.equal(store.sync.sites["linkedin.com"].account, "personal");
  const again = await settings.load(storage);
  assert.deepEqual(again.sites["x.com"], { enabled: true, account: "official" });
  assert.deepEqual(again.sites["linkedin.com"], { enabled: true, account: "personal" });
  assert.equal(again.token, "policy-token");
});

test("a video's finding says which video and when it is seen", () => {
  const face = F.describe({ kind: "face", severity: "block", image: 0, box: [1, 2, 3, 4], seconds: [0, 3.5] });
  assert.equal(face.where, "A face in a video (video 1, 0.0–3.5 s)");
  assert.equal(F.describe({ kind: "face", severity: "warn", image: 2, seconds: [1.2, 1.2] }).where,
    "A face in a video (video 3, at 1.2 s)");
  // A video's metadata finding carries no seconds: the attachment says it is a video.
  assert.equal(F.describe({ kind: "metadata", severity: "warn", image: 1 }, true).where,
    "Hidden details in a video file (video 2)");
  assert.equal(F.span(undefined), null);
  assert.equal(F.span(["a", 2]), null);
});

test("a video's clean copy is offered as an MP4, checked before use", () => {
  const result = {
    fixes: {
      videos: [
        { image: 1, data: "AAAA", content_type: "video/mp4" },
        { image: 9, data: "AAAA", content_type: "video/mp4" }, // no such attachment
        { image: 0, data: "" }, // empty
      ],
    },
  };
  assert.deepEqual(F.videoFixes(result, 2), [{ image: 1, data: "AAAA", contentType: "video/mp4", video: true }]);
  assert.deepEqual(F.videoFixes({ fixes: {} }, 2), []);
});
