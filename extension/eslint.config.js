// Lint the extension: browser scripts (shared, content, pages), the background modules,
// and the Node build script and unit tests.
import js from "@eslint/js";
import globals from "globals";

const webextension = { ...globals.webextensions, browser: "readonly", chrome: "readonly" };

export default [
  { ignores: ["dist/", "node_modules/"] },
  js.configs.recommended,
  {
    files: ["src/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...webextension },
    },
    rules: {
      // Never build UI from strings: server text must go through textContent.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Use createElement/textContent (STYLE.md)." },
        { property: "outerHTML", message: "Use createElement/textContent (STYLE.md)." },
        { property: "insertAdjacentHTML", message: "Use createElement/textContent." },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "Network calls go through the background worker (src/background/service.js)." }],
      "no-implied-eval": "error",
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    // The one place allowed to talk to the network.
    files: ["src/background/service.js"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["*.mjs", "*.js", "test/**/*.js"],
    ignores: ["src/**"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
  },
];
