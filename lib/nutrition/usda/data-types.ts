/**
 * FDC data types, spelled as in food.csv's `data_type`. The JSON downloads spell them differently
 * ("Foundation", "SR Legacy", "Survey (FNDDS)", "Branded"); both map to these.
 */
export const loggableFdcDataTypes = ["foundation_food", "sr_legacy_food", "survey_fndds_food", "branded_food"] as const;
export type LoggableFdcDataType = (typeof loggableFdcDataTypes)[number];

const jsonSpellings: Record<string, LoggableFdcDataType> = {
  foundation: "foundation_food",
  "sr legacy": "sr_legacy_food",
  "survey (fndds)": "survey_fndds_food",
  branded: "branded_food",
};

/**
 * The loggable data type for a CSV or JSON spelling, or null for the records FDC publishes alongside
 * foods that nobody eats as such: sample_food, sub_sample_food, market_acquisition,
 * agricultural_acquisition, experimental foods…
 */
export function loggableDataType(raw: string): LoggableFdcDataType | null {
  const value = raw.trim().toLowerCase();
  if ((loggableFdcDataTypes as readonly string[]).includes(value)) return value as LoggableFdcDataType;
  return jsonSpellings[value] ?? null;
}

/** The top-level array of each official JSON download, and the data type its foods have. */
export const fdcJsonArrays: Record<string, LoggableFdcDataType> = {
  FoundationFoods: "foundation_food",
  SRLegacyFoods: "sr_legacy_food",
  SurveyFoods: "survey_fndds_food",
  BrandedFoods: "branded_food",
};
