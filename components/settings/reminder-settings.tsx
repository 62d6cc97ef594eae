import { PushDeviceToggle } from "./push-device-toggle";
import { PushDevicesList } from "./push-devices-list";
import { QuietHoursForm } from "./quiet-hours-form";

/** Settings → Reminders: opt in per device, the list of devices, and quiet hours. */
export function ReminderSettings() {
  return (
    <section className="card space-y-5" aria-labelledby="reminders-heading">
      <div>
        <h2 id="reminders-heading" className="text-lg font-semibold">Habit reminders</h2>
        <p className="mt-1 text-sm text-slate-600">
          Reminders arrive at the times set on each habit, in your time zone, even when the app is closed. You can mark a habit
          done or snooze it from the notification. Signing out turns them off on this device.
        </p>
      </div>
      <PushDeviceToggle />
      <PushDevicesList />
      <QuietHoursForm />
    </section>
  );
}
