import "server-only";
import { router } from "@/server/api/trpc";
import { vapidPublicKeyProcedure } from "./vapid-public-key";
import { subscribeProcedure } from "./subscribe";
import { unsubscribeProcedure } from "./unsubscribe";
import { removeDeviceProcedure } from "./remove-device";
import { listDevicesProcedure } from "./list-devices";
import { getSettingsProcedure } from "./get-settings";
import { saveSettingsProcedure } from "./save-settings";
import { snoozeProcedure } from "./snooze";

export const pushRouter = router({
  vapidPublicKey: vapidPublicKeyProcedure,
  subscribe: subscribeProcedure,
  unsubscribe: unsubscribeProcedure,
  removeDevice: removeDeviceProcedure,
  devices: listDevicesProcedure,
  settings: getSettingsProcedure,
  saveSettings: saveSettingsProcedure,
  snooze: snoozeProcedure,
});
