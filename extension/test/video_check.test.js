// The shared video-check loop (content script and popup), against the background's own
// handlers with a stand-in for the service's fetch.
import assert from "node:assert/strict";
import { test } from "node:test";

import "../src/shared/sites.js";
import "../src/shared/settings.js";
import "../src/shared/findings.js";
import "../src/shared/video_check.js";
import { cancelCheck, followCheck, startCheck, uploadPart } from "../src/background/check.js";

const { videoCheck } = globalThis.Clearpost;
const SETTINGS = globalThis.Clearpost.settings.merge({ serviceUrl: "http://127.0.0.1:5321" }, { token: "t0k" });

/** The service's answers in turn, every call kept: {method, url, body}. */
function service(answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ method: init.method, url, body: init.body });
    const [status, body] = answers.shift() || [200, { cancelled: true }];
    return { ok: status < 400, status, json: async () => body };
  };
  return { calls, fetch };
}

/** What the popup and the content script reach through runtime.sendMessage: the
 * background's handlers for each `what` (background/messages.js's switch). */
function background(fetch) {
  return async (message) => {
    switch (message.what) {
      case "uploadPart": return uploadPart(message);
      case "startCheck": return startCheck(message, SETTINGS, { fetch });
      case "followCheck": return followCheck(message, SETTINGS, { fetch });
      case "cancelCheck": return cancelCheck(message, SETTINGS, { fetch });
      default: throw new Error(`unexpected ${message.what}`);
    }
  };
}

function clip(size, seed = 7) {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * seed + (i >> 8)) & 0xff;
  return new File([bytes], "sports-day.mp4", { type: "video/mp4" });
}

const flushed = () => new Promise((resolve) => setTimeout(resolve, 0));

test("a file's kind: photos and the four video kinds the service reads, by type, else by name", () => {
  const cases = [
    ["a.jpg", "image/jpeg", "photo"],
    ["a.png", "image/png", "photo"],
    ["scan.heic", "", "photo"],
    ["a.mp4", "video/mp4", "video"],
    ["a.mov", "video/quicktime", "video"],
    ["a.m4v", "video/x-m4v", "video"],
    ["a.webm", "video/webm", "video"],
    ["IMG_0001.MOV", "", "video"],
    ["a.avi", "video/x-msvideo", null],
    ["a.mkv", "video/x-matroska", null],
    ["notes.txt", "text/plain", null],
    ["letter.pdf", "application/pdf", null],
    ["clip.mp4.exe", "", null],
    ["README", "", null],
  ];
  for (const [name, type, kind] of cases) {
    assert.equal(videoCheck.kindOf(new File(["x"], name, { type })), kind, `${name} ${type}`);
  }
});

test("a clip goes in parts, its check is followed, and each step is said", async () => {
  const file = clip(2.5 * videoCheck.PART_BYTES);
  const { calls, fetch } = service([
    [202, { id: "j1", state: "queued", percent: 0 }],
    [200, { id: "j1", state: "running", percent: 40 }],
    [200, { id: "j1", state: "done", percent: 100, result: { verdict: "block", findings: [] } }],
  ]);
  const said = [];
  const parts = [];
  const send = background(fetch);
  const reply = await videoCheck.run({
    files: [file], text: "Sports day", site: "x.com", account: "personal", pollMs: 0,
    send: (message) => {
      if (message.what === "uploadPart") parts.push(message.data.length);
      return send(message);
    },
    say: (text) => said.push(text),
  });
  assert.deepEqual(reply, { ok: true, result: { verdict: "block", findings: [] }, account: "personal" });
  assert.deepEqual(said, ["Checking video…", "Checking video… 0%", "Checking video… 40%"]);
  assert.equal(parts.length, 3); // 1 MB, 1 MB, half
  const [post] = calls;
  assert.deepEqual([post.method, post.url], ["POST", "http://127.0.0.1:5321/api/v1/checks"]);
  assert.equal(post.body.get("account"), "personal"); // the popup's choice, not the site's
  const sent = new Uint8Array(await post.body.get("images").arrayBuffer());
  assert.deepEqual(sent, new Uint8Array(await file.arrayBuffer())); // byte for byte
  assert.deepEqual(calls.map((c) => c.method), ["POST", "GET", "GET"]);
});

test("an empty file is still sent, as one empty part", async () => {
  const { calls, fetch } = service([[200, { id: "j0", state: "done", percent: 100, result: { verdict: "allow", findings: [] } }]]);
  const reply = await videoCheck.run({ files: [new File([], "empty.mp4", { type: "video/mp4" })], text: "", site: "x.com", pollMs: 0, send: background(fetch) });
  assert.equal(reply.result.verdict, "allow");
  assert.equal((await calls[0].body.get("images").arrayBuffer()).byteLength, 0);
});

test("a post that moved on stops the service's check", async () => {
  const { calls, fetch } = service([
    [202, { id: "j2", state: "running", percent: 10 }],
    [200, { id: "j2", state: "running", percent: 20 }],
  ]);
  let polls = 0;
  const reply = await videoCheck.run({
    files: [clip(1000)], text: "Sports day", site: "x.com", pollMs: 0, send: background(fetch),
    changed: () => (polls++ >= 2), // after the upload, then at the first poll: still the post
  });
  assert.deepEqual(reply, { changed: true });
  await flushed(); // the cancel is sent without waiting for its answer
  assert.deepEqual(calls.map((c) => `${c.method} ${c.url.split("/api/v1")[1]}`),
    ["POST /checks", "GET /checks/j2", "DELETE /checks/j2"]);
});

test("no verdict in time: the check is stopped and the post held as timed out", async () => {
  const { calls, fetch } = service([[202, { id: "j3", state: "running", percent: 5 }]]);
  const reply = await videoCheck.run({ files: [clip(10)], text: "", site: "x.com", pollMs: 5, maxMs: 0, send: background(fetch) });
  assert.deepEqual([reply.ok, reply.failure.code, reply.mayPost], [false, "timeout", false]);
  await flushed();
  assert.deepEqual(calls.map((c) => c.method), ["POST", "DELETE"]);
});

test("a part the background refuses ends the check with its failure, nothing started", async () => {
  const { calls, fetch } = service([]);
  const send = background(fetch);
  const reply = await videoCheck.run({
    files: [clip(10)], text: "", site: "x.com", pollMs: 0,
    send: (message) => (message.what === "uploadPart" ? send({ ...message, index: 99 }) : send(message)),
  });
  assert.deepEqual([reply.ok, reply.failure.code], [false, "extension"]);
  assert.equal(calls.length, 0);
});

test("a check the service refuses comes back as its failure", async () => {
  const { fetch } = service([[202, { id: "j4", state: "queued", percent: 0 }], [400, { message: "clip.mp4 is truncated" }]]);
  const reply = await videoCheck.run({ files: [clip(10)], text: "", site: "x.com", pollMs: 0, send: background(fetch) });
  assert.deepEqual([reply.ok, reply.failure.code], [false, "rejected"]);
  assert.match(reply.failure.detail, /truncated/);
});
