// On first install, open the options so the person can connect to the service.
import { api } from "./api.js";

api.runtime.onInstalled.addListener(async (details) => {
  if (details.reason !== "install") return;
  const { token } = await api.storage.local.get("token");
  if (!token) api.runtime.openOptionsPage();
});
