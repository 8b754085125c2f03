// The sites Clearpost watches, and which one a page belongs to.
// A classic script that also loads as a module: it only adds to globalThis.Clearpost,
// so content scripts, extension pages, the background and Node tests all share it.
(() => {
  // The most specific hosts first: business.facebook.com is not facebook.com's composer.
  const SITES = [
    { id: "x.com", label: "X (Twitter, X Pro/TweetDeck)", hosts: ["x.com", "twitter.com"] },
    { id: "business.facebook.com", label: "Meta Business Suite", hosts: ["business.facebook.com"] },
    { id: "facebook.com", label: "Facebook (pages and groups)", hosts: ["facebook.com"] },
    { id: "instagram.com", label: "Instagram", hosts: ["instagram.com"] },
    { id: "linkedin.com", label: "LinkedIn (profile and company pages)", hosts: ["linkedin.com"] },
    { id: "studio.youtube.com", label: "YouTube Studio (community posts)", hosts: ["studio.youtube.com"] },
    // The school's own website: any host, but only its WordPress editor pages.
    { id: "wordpress", label: "School website (WordPress editor)", hosts: [] },
  ];

  const WORDPRESS_PATH = /\/wp-admin\/(post|post-new)\.php$/;

  /** The site id for a page's hostname and path, or null when Clearpost does not watch it. */
  function siteFor(hostname, pathname = "/") {
    const host = String(hostname).toLowerCase().replace(/\.$/, "");
    for (const site of SITES) {
      if (site.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return site.id;
    }
    if (WORDPRESS_PATH.test(pathname)) return "wordpress";
    return null;
  }

  function label(id) {
    const site = SITES.find((s) => s.id === id);
    return site ? site.label : id;
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.sites = { SITES, siteFor, label };
})();
