// A post with a video, checked through the background: each file sent in parts, the
// check started as a job on the service, then followed every POLL_MS until its answer.
// One loop for the composer (content/intercept.js) and the popup's check by hand.
(() => {
  const C = (globalThis.Clearpost ||= {});

  // A file goes to the background in parts of this many bytes: a message stays small
  // (Chrome refuses one past 64 MB) whatever the size of the clip.
  const PART_BYTES = 1024 * 1024;
  const POLL_MS = 400;
  const MAX_MS = 15 * 60 * 1000; // then held as timed out (the service's limit: 10 min of video)

  // What the service reads (server/runs/scan.py's suffixes; it tells them apart by content).
  const VIDEO_TYPES = new Set(["video/mp4", "video/quicktime", "video/x-m4v", "video/webm"]);
  const VIDEO_SUFFIX = /\.(mp4|mov|m4v|webm)$/i;
  const PHOTO_SUFFIX = /\.(jpe?g|jpe|png|webp|heic|heif|gif)$/i;

  /** "photo", "video", or null for a file Clearpost does not read (by type, else by name:
   * a browser gives no type for a file kind it does not know, such as .heic on Linux). */
  function kindOf(file) {
    const type = String((file && file.type) || "").toLowerCase();
    const name = String((file && file.name) || "");
    if (type.startsWith("image/")) return "photo";
    if (VIDEO_TYPES.has(type)) return "video";
    if (type) return null;
    if (VIDEO_SUFFIX.test(name)) return "video";
    if (PHOTO_SUFFIX.test(name)) return "photo";
    return null;
  }

  /** The bytes of `blob` as base64 (arrayBuffer and btoa: pages, content scripts and Node). */
  async function base64Of(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = "";
    // In slices: String.fromCharCode takes its bytes as arguments, and those are limited.
    for (let at = 0; at < bytes.length; at += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000));
    }
    return btoa(text);
  }

  /** The parts of `file` as base64, one at a time, to `sendPart(data)` (false: stop). */
  async function sendInParts(file, sendPart) {
    for (let at = 0; at < file.size || at === 0; at += PART_BYTES) {
      if (!(await sendPart(await base64Of(file.slice(at, at + PART_BYTES))))) return false;
      if (!file.size) break;
    }
    return true;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function failureReply(code, detail) {
    return { ok: false, failure: C.findings.failure(code, detail), failMode: "closed", mayPost: false };
  }

  /**
   * Check a post with a video: {files, text, site, account?, send(message) → reply,
   * say(text) (how far: "Checking video… 40%"), changed() → true when the post moved on,
   * pollMs?, maxMs?}. Resolves to the check's reply ({ok, result, account} or a failure),
   * or to {changed: true} when changed() said so (the service's check is then stopped).
   */
  async function run(options) {
    const { files, text, site, account, send } = options;
    const say = options.say || (() => {});
    const changed = options.changed || (() => false);
    const pollMs = options.pollMs ?? POLL_MS;
    const maxMs = options.maxMs ?? MAX_MS;
    const upload = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    say("Checking video…");
    for (const [index, file] of files.entries()) {
      let failed = null;
      const sent = await sendInParts(file, async (data) => {
        const reply = await send({ what: "uploadPart", upload, index, type: file.type, data });
        if (!reply.ok) failed = reply;
        return reply.ok;
      });
      if (!sent) return failed;
      if (changed()) return { changed: true };
    }
    const start = { what: "startCheck", site, text, upload, count: files.length };
    if (account) start.account = account; // else the site's account from the options
    let reply = await send(start);
    const deadline = Date.now() + maxMs;
    while (reply.ok && reply.job) {
      const { id, percent } = reply.job;
      say(`Checking video… ${percent}%`);
      await sleep(pollMs);
      if (changed()) {
        send({ what: "cancelCheck", id });
        return { changed: true };
      }
      if (Date.now() > deadline) {
        send({ what: "cancelCheck", id });
        return failureReply("timeout", `The video was not checked within ${Math.round(maxMs / 60000)} minutes.`);
      }
      reply = await send({ what: "followCheck", id, account: reply.account });
    }
    return reply;
  }

  C.videoCheck = { PART_BYTES, POLL_MS, MAX_MS, kindOf, sendInParts, run };
})();
