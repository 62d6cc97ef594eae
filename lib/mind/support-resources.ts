/**
 * Crisis and support resources shown whenever a questionnaire raises a flag. This is the international
 * default: it works wherever the member is. Region-specific lists (national helplines, configured per
 * deployment in env/config) come later and will replace or extend this list, not the wording around it.
 */
export type SupportResource = { name: string; description: string; url: string | null };

export const defaultSupportResources: readonly SupportResource[] = [
  {
    name: "Emergency services",
    description: "If you are in danger now, or thinking about harming yourself, call your local emergency number.",
    url: null,
  },
  {
    name: "Find A Helpline",
    description: "Free, confidential crisis lines and support services in your country, by phone, text or chat.",
    url: "https://findahelpline.com",
  },
  {
    name: "World Health Organization: mental health",
    description: "Information about mental health and where to find help.",
    url: "https://www.who.int/health-topics/mental-health",
  },
];
