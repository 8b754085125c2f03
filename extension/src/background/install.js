// On first install, open the options so the person can connect to the service
// (unless the school's policy already gives the token).
import { api } from "./api.js";

api.runtime.onInstalled.addListener(async (details) => {
  if (details.reason !== "install") return;
  const settings = await globalThis.Clearpost.settings.load(api.storage);
  if (!settings.token) api.runtime.openOptionsPage();
});
