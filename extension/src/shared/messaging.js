// Talking to the background worker, which makes every network call (content scripts and
// the popup).
(() => {
  const api = self.browser || self.chrome;

  /** Send `message` to the background; a dead worker becomes an "extension" failure. */
  async function send(message) {
    try {
      const reply = await api.runtime.sendMessage(message);
      if (reply) return reply;
      throw new Error("no answer");
    } catch (err) {
      const F = globalThis.Clearpost.findings;
      return { ok: false, failure: F.failure("extension", String(err && err.message)), failMode: "closed", mayPost: false };
    }
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.messaging = { send };
})();
