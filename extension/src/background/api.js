// The browser's extension API, whichever browser this is.
export const api = self.browser || self.chrome;
