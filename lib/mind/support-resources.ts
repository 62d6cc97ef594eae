import { z } from "zod";

/**
 * Crisis and support resources shown whenever a questionnaire raises a flag. The international list
 * works wherever the member is and is always shown; a deployment adds its region's national lines
 * (SUPPORT_RESOURCES_REGION) or its own list (SUPPORT_RESOURCES_JSON, e.g. an employer's assistance
 * programme). Numbers are the services' own published ones; check them when adding a region.
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

/** National lines by ISO 3166 country code, shown before the international list. */
export const regionalSupportResources = {
  US: [{ name: "988 Suicide & Crisis Lifeline", description: "Call or text 988, any time, free and confidential.", url: "https://988lifeline.org" }],
  CA: [{ name: "9-8-8 Suicide Crisis Helpline", description: "Call or text 9-8-8, any time, in English or French.", url: "https://988.ca" }],
  GB: [
    { name: "Samaritans", description: "Call 116 123 free, any time, day or night.", url: "https://www.samaritans.org" },
    { name: "NHS 111", description: "Call 111 for urgent mental health help in England.", url: "https://111.nhs.uk" },
  ],
  IE: [{ name: "Samaritans Ireland", description: "Call 116 123 free, any time, day or night.", url: "https://www.samaritans.org/ireland" }],
  DE: [{ name: "TelefonSeelsorge", description: "Call 0800 111 0 111 or 0800 111 0 222 free, any time (in German).", url: "https://www.telefonseelsorge.de" }],
  AU: [{ name: "Lifeline Australia", description: "Call 13 11 14, any time, or text 0477 13 11 14.", url: "https://www.lifeline.org.au" }],
  NZ: [{ name: "Need to talk? 1737", description: "Call or text 1737 free, any time, to talk with a trained counsellor.", url: "https://1737.org.nz" }],
} as const satisfies Record<string, readonly SupportResource[]>;

export type SupportRegion = keyof typeof regionalSupportResources | "international";
export const supportRegions = ["international", ...Object.keys(regionalSupportResources)] as [SupportRegion, ...SupportRegion[]];

/** A deployment's own list (SUPPORT_RESOURCES_JSON): each entry named, described, with an https link or none. */
export const ZSupportResourceList = z
  .array(
    z.object({
      name: z.string().trim().min(1).max(100),
      description: z.string().trim().min(1).max(300),
      url: z.url({ protocol: /^https$/ }).nullable().default(null),
    }),
  )
  .min(1)
  .max(10);

/**
 * What a flagged result shows: emergency services first, then the deployment's own list or its
 * region's lines, then always the rest of the international list, so help is never one list away.
 */
export function resolveSupportResources(region: SupportRegion, custom: readonly SupportResource[] | null): SupportResource[] {
  const local = custom ?? (region === "international" ? [] : regionalSupportResources[region]);
  const [emergency, ...international] = defaultSupportResources;
  return [emergency, ...local, ...international].map((resource) => ({ ...resource }));
}
