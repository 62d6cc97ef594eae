import "server-only";
import { env } from "@/lib/env";
import type { TInsightDraft } from "@/lib/schemas/insights";
import type { WeightUnit } from "@/lib/units";
import { factsOf, keepsFacts } from "@/lib/insights/fact-check";
import { logger } from "@/server/logging/logger";

/**
 * Optional LLM rephrasing of an insight's template wording, through any OpenAI-compatible HTTP API
 * (INSIGHTS_LLM_URL, off by default). The engine's facts are fixed: a rephrase is kept only if every
 * number and name of the draft survives (lib/insights/fact-check.ts), it adds no diagnosis, and it comes
 * back within INSIGHTS_LLM_TIMEOUT_MS; anything else keeps the template. Mind-derived insights are never
 * sent, and of the member only the first name is.
 */
export type LlmConfig = { url: string; apiKey: string | null; model: string; timeoutMs: number };

export type Worded = { title: string; body: string; wordedBy: "template" | "llm" };

export function llmConfigFromEnv(): LlmConfig | null {
  if (!env.INSIGHTS_LLM_URL) return null;
  return { url: env.INSIGHTS_LLM_URL, apiKey: env.INSIGHTS_LLM_API_KEY ?? null, model: env.INSIGHTS_LLM_MODEL, timeoutMs: env.INSIGHTS_LLM_TIMEOUT_MS };
}

export const REPHRASE_SYSTEM_PROMPT = [
  "You rewrite short coaching notes for a fitness app in the voice of the given coach persona.",
  "Rules you must follow:",
  "- Keep every number, unit, date and name exactly as written; do not round, convert, add or remove numbers.",
  "- Do not add facts, causes, predictions or advice that the note does not contain.",
  "- Never give a medical, injury or mental-health diagnosis, and never name a condition or disorder.",
  "- Address the member by the first name given, or not at all.",
  "- Title: at most 80 characters. Body: at most 3 sentences.",
  'Answer with JSON only: {"title": "...", "body": "..."}.',
].join("\n");

/**
 * Kinds of claim a rephrase must not bring in when the template does not make them: diagnosis and
 * prediction stay out of coaching, and a direction the template does not state (a lift "climbing" when
 * it fell) would change the facts as surely as a wrong number.
 */
const NEW_CLAIMS = [
  /\b(diagnos\w*|disorder\w*|depress\w*|anxiety|illness\w*|disease\w*|syndrome\w*|injur\w*|medicat\w*|therap\w*|risk\w*|overtrain\w*|predict\w*|pain\w*)\b/i,
  /\b((going|went|gone|moved|moving|trending|ticked|crept) up|rose|risen|rising|climb\w*|increas\w*|higher|gain\w*|improv\w*|better)\b/i,
  /\b((going|went|gone|moved|moving|trending|ticked|slipped) down|fell|fallen|falling|drop\w*|decreas\w*|lower|declin\w*|worse)\b/i,
];

/** True when `candidate` makes a kind of claim that `template` does not. */
export function addsClaims(template: string, candidate: string): boolean {
  return NEW_CLAIMS.some((claim) => claim.test(candidate) && !claim.test(template));
}

function parseAnswer(content: string): { title: string; body: string } | null {
  const start = content.indexOf("{");
  const end = content.lastIndexOf("}");
  if (start < 0 || end <= start) return null;
  try {
    const parsed = JSON.parse(content.slice(start, end + 1)) as { title?: unknown; body?: unknown };
    if (typeof parsed.title !== "string" || typeof parsed.body !== "string") return null;
    const title = parsed.title.trim();
    const body = parsed.body.trim();
    if (!title || !body || title.length > 120 || body.length > 700) return null;
    return { title, body };
  } catch {
    return null;
  }
}

export type RephraseContext = { persona: string; weightUnit: WeightUnit; firstName: string | null };

/**
 * The template's wording, or the LLM's when it is configured, answers in time and keeps the facts.
 * Never throws: every failure is the template (and a log line without the text, which is health data).
 */
export async function rephraseInsight(draft: TInsightDraft, template: { title: string; body: string }, context: RephraseContext, config: LlmConfig | null = llmConfigFromEnv()): Promise<Worded> {
  const fallback: Worded = { ...template, wordedBy: "template" };
  if (!config || draft.fromMind) return fallback;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const response = await fetch(`${config.url.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({
        model: config.model,
        temperature: 0.4,
        messages: [
          { role: "system", content: REPHRASE_SYSTEM_PROMPT },
          {
            role: "user",
            content: JSON.stringify({
              persona: context.persona,
              firstName: context.firstName,
              title: template.title,
              body: template.body,
              factsToKeep: factsOf(draft, context.weightUnit),
            }),
          },
        ],
      }),
      signal: controller.signal,
    });
    if (!response.ok) {
      logger.warn({ job: "insights-llm", status: response.status, key: draft.key }, "LLM rephrase refused; template kept");
      return fallback;
    }
    const payload = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = payload.choices?.[0]?.message?.content;
    const answer = typeof content === "string" ? parseAnswer(content) : null;
    if (!answer) return fallback;
    const text = `${answer.title}\n${answer.body}`;
    if (addsClaims(`${template.title}\n${template.body}`, text)) {
      logger.info({ job: "insights-llm", key: draft.key }, "LLM rephrase added a claim; template kept");
      return fallback;
    }
    if (!keepsFacts(draft, text, context.weightUnit)) {
      logger.info({ job: "insights-llm", key: draft.key }, "LLM rephrase changed the facts; template kept");
      return fallback;
    }
    return { ...answer, wordedBy: "llm" };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    logger.warn({ job: "insights-llm", key: draft.key, timedOut, err: { message: (error as Error).message } }, "LLM rephrase failed; template kept");
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}
