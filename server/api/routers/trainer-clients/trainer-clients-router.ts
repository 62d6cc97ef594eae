import "server-only";
import { router } from "@/server/api/trpc";
import { addNoteProcedure } from "./add-note";
import { deleteNoteProcedure } from "./delete-note";
import { detailProcedure } from "./detail";
import { endCoachingProcedure } from "./end-coaching";
import { notesProcedure } from "./notes";
import { rosterProcedure } from "./roster";
import { saveSettingsProcedure } from "./save-settings";
import { settingsProcedure } from "./settings";

/**
 * The trainer's clients: roster, one client's page, private notes, roster settings. Every procedure is
 * a trainerProcedure; every one that names a client checks in the service that the caller coaches them
 * (requireClient: FORBIDDEN and an access.denied audit row otherwise).
 */
export const trainerClientsRouter = router({
  roster: rosterProcedure,
  detail: detailProcedure,
  notes: notesProcedure,
  addNote: addNoteProcedure,
  deleteNote: deleteNoteProcedure,
  settings: settingsProcedure,
  saveSettings: saveSettingsProcedure,
  end: endCoachingProcedure,
});
