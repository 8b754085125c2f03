// Which site this is, its settings, and whether its adapter finds the composer; the
// popup shows what we found ("watching the Post button" or the generic fallback).
(() => {
  const C = globalThis.Clearpost;
  const site = C.sites.siteFor(location.hostname, location.pathname);
  if (!site) return;
  const adapter = C.adapters.forSite(site);
  const config = C.messaging.send({ what: "pageConfig", site }).then((reply) =>
    reply && typeof reply.enabled === "boolean" ? reply : { enabled: true, account: "official", label: C.sites.label(site) },
  );
  C.intercept.start(adapter, config);

  let last = null;
  function report() {
    C.intercept.hookFrames(); // a composer in a same-origin frame (the WordPress canvas)
    const found = adapter.found();
    const status = { site, adapter: adapter.name, mode: found ? "adapter" : "generic" };
    C.intercept.setMode(status.mode);
    if (last === status.mode) return;
    last = status.mode;
    config.then((cfg) => C.messaging.send({ what: "pageStatus", status: { ...status, enabled: cfg.enabled } }));
  }

  let timer = null;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      report();
    }, 400);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", report);
  else report();
})();
