// The background service worker: a list of imports. Each module registers its
// listeners at top level, so they are in place whenever the worker wakes.
import "./shared/sites.js";
import "./shared/settings.js";
import "./shared/findings.js";
import "./background/messages.js";
import "./background/install.js";
