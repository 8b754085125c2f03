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
  assert.match(F.failure("token").fix, /clearpost token/);
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
