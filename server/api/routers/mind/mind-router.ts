import "server-only";
import { router } from "@/server/api/trpc";
import { accessLogProcedure } from "./access-log";
import { checkInHistoryProcedure } from "./check-in-history";
import { journalAddProcedure } from "./journal-add";
import { journalDeleteProcedure } from "./journal-delete";
import { journalListProcedure } from "./journal-list";
import { journalSearchProcedure } from "./journal-search";
import { journalUpdateProcedure } from "./journal-update";
import { mindSettingsProcedure } from "./mind-settings";
import { questionnaireHistoryProcedure } from "./questionnaire-history";
import { questionnaireStatusProcedure } from "./questionnaire-status";
import { saveCheckInProcedure } from "./save-check-in";
import { saveMindSettingsProcedure } from "./save-mind-settings";
import { setSharingProcedure } from "./set-sharing";
import { sharingProcedure } from "./sharing";
import { submitQuestionnaireProcedure } from "./submit-questionnaire";
import { todayCheckInProcedure } from "./today-check-in";

/** The member's own Mind data: every procedure reads and writes the caller's data only. */
export const mindRouter = router({
  saveCheckIn: saveCheckInProcedure,
  todayCheckIn: todayCheckInProcedure,
  checkInHistory: checkInHistoryProcedure,
  questionnaireStatus: questionnaireStatusProcedure,
  submitQuestionnaire: submitQuestionnaireProcedure,
  questionnaireHistory: questionnaireHistoryProcedure,
  settings: mindSettingsProcedure,
  saveSettings: saveMindSettingsProcedure,
  journalAdd: journalAddProcedure,
  journalUpdate: journalUpdateProcedure,
  journalDelete: journalDeleteProcedure,
  journalList: journalListProcedure,
  journalSearch: journalSearchProcedure,
  sharing: sharingProcedure,
  setSharing: setSharingProcedure,
  accessLog: accessLogProcedure,
});
