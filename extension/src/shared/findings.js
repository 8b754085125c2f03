// Plain words for a check's answer, and the small decisions the dialog makes.
// Pure functions: no DOM, no browser APIs (unit tested with node --test).
(() => {
  const KIND_LABELS = {
    text: "In the text",
    face: "A face in a photo",
    logo: "The school logo in a photo",
    uniform: "School uniform in a photo",
    image_text: "Writing in a photo",
    metadata: "Hidden details in a photo file",
  };

  // The same things found in a video (its findings carry `seconds`: when they are seen).
  const VIDEO_KIND_LABELS = {
    face: "A face in a video",
    logo: "The school logo in a video",
    uniform: "School uniform in a video",
    image_text: "Writing in a video",
    metadata: "Hidden details in a video file",
  };

  const SEVERITY_LABELS = { block: "Must change", warn: "Check", info: "Note" };

  const TITLES = {
    allow: "Nothing found: the post can go out",
    warn: "Check this before it goes out",
    block: "This post can't go out yet",
  };

  const REASON_MIN = 3;
  const REASON_MAX = 500;

  /** When a video's finding is seen: "at 1.5 s" or "0.0–3.5 s"; null without seconds. */
  function span(seconds) {
    if (!Array.isArray(seconds) || seconds.length !== 2) return null;
    const [from, to] = seconds.map(Number);
    if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
    return from === to ? `at ${from.toFixed(1)} s` : `${from.toFixed(1)}–${to.toFixed(1)} s`;
  }

  /** One finding as the lines a person reads; `inVideo`: its attachment is a video. */
  function describe(finding, inVideo = false) {
    const seen = span(finding.seconds);
    const video = Boolean(inVideo || seen);
    const where = (video ? VIDEO_KIND_LABELS[finding.kind] : KIND_LABELS[finding.kind]) || "In the post";
    const lines = {
      severity: finding.severity in SEVERITY_LABELS ? finding.severity : "info",
      severityLabel: SEVERITY_LABELS[finding.severity] || SEVERITY_LABELS.info,
      where,
      reason: String(finding.reason || "Clearpost found something to check."),
      quote: null,
      person: finding.person && finding.person.display ? String(finding.person.display) : null,
      clause: finding.clause ? `Policy ${finding.clause}` : null,
      imageIndex: Number.isInteger(finding.image) ? finding.image : null,
    };
    if (finding.kind === "text" && finding.text) lines.quote = String(finding.text);
    if (lines.imageIndex !== null) {
      lines.where = video
        ? `${where} (video ${lines.imageIndex + 1}${seen ? `, ${seen}` : ""})`
        : `${where} (photo ${lines.imageIndex + 1})`;
    }
    return lines;
  }

  function title(verdict) {
    return TITLES[verdict] || TITLES.block;
  }

  /** Findings worth showing: info notes go last, blocks first. */
  function ordered(findings) {
    const rank = { block: 0, warn: 1, info: 2 };
    return [...(findings || [])].sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
  }

  /** The rule ids a person confirms when they post despite a warning. */
  function warnedRules(findings) {
    return [...new Set((findings || []).filter((f) => f.severity === "warn").map((f) => f.rule))];
  }

  /** Whether "Post anyway" may be pressed: ticked, and a reason of a few words. */
  function canConfirm(ticked, reason) {
    const text = String(reason || "").trim().replace(/\s+/g, " ");
    return Boolean(ticked) && text.length >= REASON_MIN && text.length <= REASON_MAX;
  }

  /** The redacted text when it differs from what was sent, else null. */
  function textFix(result, sentText) {
    const fixed = result && result.fixes && result.fixes.redacted_text;
    if (typeof fixed !== "string" || fixed === sentText) return null;
    return fixed;
  }

  /** Image fixes the service offered, checked: [{image, data, contentType}]. */
  function imageFixes(result, imageCount) {
    const list = (result && result.fixes && result.fixes.images) || [];
    return list
      .filter((f) => f && Number.isInteger(f.image) && f.image >= 0 && f.image < imageCount)
      .filter((f) => typeof f.data === "string" && f.data.length > 0)
      .map((f) => ({
        image: f.image,
        data: f.data,
        contentType: /^image\/(jpeg|png|webp)$/.test(f.content_type) ? f.content_type : "image/jpeg",
      }));
  }

  /** The clean copies of the videos the service made: [{image, data, contentType}]. */
  function videoFixes(result, count) {
    const list = (result && result.fixes && result.fixes.videos) || [];
    return list
      .filter((f) => f && Number.isInteger(f.image) && f.image >= 0 && f.image < count)
      .filter((f) => typeof f.data === "string" && f.data.length > 0)
      .map((f) => ({ image: f.image, data: f.data, contentType: "video/mp4", video: true }));
  }

  /** A box [x, y, w, h] in image pixels as CSS percentages of the displayed image. */
  function boxStyle(box, naturalWidth, naturalHeight) {
    if (!Array.isArray(box) || box.length !== 4 || !naturalWidth || !naturalHeight) return null;
    const [x, y, w, h] = box.map(Number);
    if (![x, y, w, h].every(Number.isFinite) || w <= 0 || h <= 0) return null;
    const pct = (v, total) => `${Math.max(0, Math.min(100, (v / total) * 100)).toFixed(2)}%`;
    return {
      left: pct(x, naturalWidth),
      top: pct(y, naturalHeight),
      width: pct(Math.min(w, naturalWidth - x), naturalWidth),
      height: pct(Math.min(h, naturalHeight - y), naturalHeight),
    };
  }

  /** What the dialog says when the check could not run. */
  const FAILURES = {
    not_configured: {
      title: "Clearpost is not set up yet",
      fix: "Open the Clearpost extension's options and enter the service address and token.",
    },
    down: {
      title: "The Clearpost service is not answering",
      fix:
        "Ask whoever looks after Clearpost to start it on the school's machine " +
        "(clearpost serve), or check the service address in the extension's options.",
    },
    timeout: {
      title: "The check took too long",
      fix: "Try again in a moment. If it keeps happening, tell whoever looks after Clearpost.",
    },
    token: {
      title: "Clearpost did not accept this browser's token",
      fix:
        "Your token is wrong or was revoked: ask whoever looks after Clearpost for your own " +
        "token (admin page → Tokens) and paste it into the extension's options (Test " +
        "connection tells you when it is right).",
    },
    rejected: {
      title: "Clearpost could not check this post",
      fix: "Change the post as the message says, then try again.",
    },
    server: {
      title: "The Clearpost service had a problem",
      fix: "Try again. If it keeps happening, tell whoever looks after Clearpost.",
    },
    extension: {
      title: "The Clearpost extension could not check this post",
      fix: "Reload the page and try again.",
    },
    unreadable: {
      title: "Clearpost could not read a photo in the post",
      fix: "Remove that photo and add it again from your computer, then post again.",
    },
    too_many: {
      title: "Too many photos to check",
      fix: "Clearpost checks up to 10 photos in one post. Remove some, or split it into two posts.",
    },
    changing: {
      title: "The post kept changing while it was checked",
      fix: "Wait until the photos have finished loading, then post again.",
    },
  };

  /** Failures a "warn" fail mode lets a person post through; a refused request never. */
  const SERVICE_DOWN_CODES = new Set(["down", "timeout", "server", "token", "extension"]);

  function failure(code, detail = "") {
    const known = FAILURES[code] || FAILURES.server;
    return { code: FAILURES[code] ? code : "server", title: known.title, fix: known.fix, detail };
  }

  function mayPostWithoutCheck(code, mode) {
    return mode === "warn" && SERVICE_DOWN_CODES.has(code);
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.findings = {
    KIND_LABELS, VIDEO_KIND_LABELS, REASON_MIN, REASON_MAX, describe, span, title, ordered,
    warnedRules, canConfirm, textFix, imageFixes, videoFixes, boxStyle, failure, mayPostWithoutCheck,
  };
})();
