// The extension and the service are released together with one version number
// (pyproject.toml's, checked by build.mjs): the options page compares the two.
(() => {
  /** "1.2.3" (a trailing "-rc1" or "+local" is kept apart) → {numbers: [1, 2, 3], rest}; null if not a version. */
  function parse(value) {
    const match = /^\s*v?(\d+(?:\.\d+)*)([-+.][0-9A-Za-z.+-]*)?\s*$/.exec(String(value ?? ""));
    if (!match) return null;
    return { numbers: match[1].split(".").map(Number), rest: match[2] || "" };
  }

  /** -1, 0 or 1 as `a` is older than, the same as or newer than `b` (1.2 is 1.2.0). */
  function order(a, b) {
    const length = Math.max(a.numbers.length, b.numbers.length);
    for (let i = 0; i < length; i++) {
      const diff = (a.numbers[i] || 0) - (b.numbers[i] || 0);
      if (diff) return Math.sign(diff);
    }
    return a.rest === b.rest ? 0 : a.rest < b.rest ? -1 : 1;
  }

  /**
   * What the options page says about the two versions: {match, older, text}. `older` is
   * "extension" or "service" (the one to update), or null when they match or cannot be read.
   */
  function compare(extensionVersion, serviceVersion) {
    const ours = parse(extensionVersion);
    const theirs = parse(serviceVersion);
    if (!theirs) {
      return {
        match: false, older: null,
        text: `The Clearpost service did not say which version it is: it may be too old for this extension (${extensionVersion}). Ask whoever looks after Clearpost to update the service.`,
      };
    }
    const sign = ours ? order(ours, theirs) : -1;
    if (sign === 0) return { match: true, older: null, text: `Connected to Clearpost service ${serviceVersion}.` };
    const older = sign < 0 ? "extension" : "service";
    return {
      match: false, older,
      text: `Connected to Clearpost service ${serviceVersion}, but this extension is version ${extensionVersion}: `
        + `the two must be the same version, or posts may be checked wrongly. Ask whoever looks after Clearpost to update the ${older}.`,
    };
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.version = { parse, order, compare };
})();
