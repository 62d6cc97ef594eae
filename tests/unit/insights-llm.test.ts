import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { addsClaims, REPHRASE_SYSTEM_PROMPT, rephraseInsight, type LlmConfig } from "@/server/insights/llm-rephrase";

type Mode = "good" | "changed-number" | "slow" | "error" | "diagnosis" | "not-json" | "reversed" | "risk";

/** A local OpenAI-compatible endpoint: answers POST /v1/chat/completions as `mode` says, and records requests. */
let server: Server;
let mode: Mode = "good";
let requests: { url: string; authorization: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
const held: ServerResponse[] = [];
let baseUrl = "";

const completion = (content: string) => JSON.stringify({ id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });

const draft: TInsightDraft = {
  key: "plateau:back-squat",
  kind: "plateau",
  tone: "action",
  priority: 70,
  facts: { exerciseName: "Back squat", exerciseId: "back-squat", recentBestKg: 100, previousBestKg: 100, weeks: 6 },
  evidence: [
    { label: "Best e1RM, last 6 weeks", value: 100, unit: "kg", decimals: 0 },
    { label: "Weeks without progress", value: 6, unit: "days", decimals: 0 },
  ],
  fromMind: false,
  suggestion: "vary_program",
};
const template = { title: "Back squat has stalled", body: "Your Back squat e1RM has stayed at 100 kg for 6 weeks. Try a new rep range for the next block." };
const context = { persona: "supportive", weightUnit: "kg" as const, firstName: "Maya" };
const config = (): LlmConfig => ({ url: `${baseUrl}/v1`, apiKey: "sk-test-key", model: "test-model", timeoutMs: 300 });

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      requests.push({ url: request.url ?? "", authorization: request.headers.authorization, body: JSON.parse(raw) });
      if (request.url !== "/v1/chat/completions") return response.writeHead(404).end();
      const reply = (content: string) => response.writeHead(200, { "content-type": "application/json" }).end(completion(content));
      if (mode === "good") reply(JSON.stringify({ title: "Time to shake up your Back squat", body: "Maya, your Back squat has held at 100 kg for 6 weeks. A new rep range next block can get it moving." }));
      else if (mode === "changed-number") reply(JSON.stringify({ title: "Back squat has stalled", body: "Your Back squat has been stuck at 105 kg for 6 weeks." }));
      else if (mode === "diagnosis") reply(JSON.stringify({ title: "Back squat has stalled", body: "Your Back squat sits at 100 kg after 6 weeks, a sign of overtraining syndrome or an injury." }));
      else if (mode === "reversed") reply(JSON.stringify({ title: "Back squat is climbing fast!", body: "Your Back squat rose to 100 kg in 6 weeks." }));
      else if (mode === "risk") reply(JSON.stringify({ title: "Back squat has stalled", body: "Your Back squat sits at 100 kg after 6 weeks: you are at risk of overtraining." }));
      else if (mode === "not-json") reply("Sure! Here is a better version of your note.");
      else if (mode === "error") response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "overloaded" } }));
      else held.push(response); // slow: never answers until the test ends
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of held) response.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
});

describe("LLM rephrasing of insights", () => {
  it("keeps a rephrase that keeps every fact, and sends the template, the facts and the first name only", async () => {
    mode = "good";
    const worded = await rephraseInsight(draft, template, context, config());
    expect(worded).toEqual({
      title: "Time to shake up your Back squat",
      body: "Maya, your Back squat has held at 100 kg for 6 weeks. A new rep range next block can get it moving.",
      wordedBy: "llm",
    });
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent.url).toBe("/v1/chat/completions");
    expect(sent.authorization).toBe("Bearer sk-test-key");
    expect(sent.body.model).toBe("test-model");
    expect(sent.body.messages[0]).toEqual({ role: "system", content: REPHRASE_SYSTEM_PROMPT });
    expect(sent.body.messages[0].content).toMatch(/never give a medical, injury or mental-health diagnosis/i);
    expect(sent.body.messages[0].content).toMatch(/keep every number/i);
    const user = JSON.parse(sent.body.messages[1].content);
    expect(user).toMatchObject({ persona: "supportive", firstName: "Maya", title: template.title, body: template.body });
  });

  it("keeps the template when the answer changes a number", async () => {
    mode = "changed-number";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    expect(requests).toHaveLength(1);
  });

  it("keeps the template when the answer brings in a diagnosis, or is not the JSON asked for", async () => {
    mode = "diagnosis";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    mode = "not-json";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
  });

  it("keeps the template when the answer, with the same numbers, states a direction or a risk the template does not", async () => {
    // "stayed at 100 kg" → "climbing / rose": the numbers survive, the meaning does not.
    mode = "reversed";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    mode = "risk";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    // A direction the template states may be kept; one it does not may not.
    expect(addsClaims("Your squat fell to 100 kg.", "Your squat dropped to 100 kg.")).toBe(false);
    expect(addsClaims("Your squat fell to 100 kg.", "Your squat dropped, then rose to 100 kg.")).toBe(true);
    expect(addsClaims("Sleep and RPE move together.", "Poor sleep predicts a hard session.")).toBe(true);
  });

  it("keeps the template when the endpoint is slower than the timeout", async () => {
    mode = "slow";
    const started = performance.now();
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3000);
    expect(requests).toHaveLength(1);
  });

  it("keeps the template when the endpoint answers HTTP 500", async () => {
    mode = "error";
    expect(await rephraseInsight(draft, template, context, config())).toEqual({ ...template, wordedBy: "template" });
    expect(requests).toHaveLength(1);
  });

  it("never sends a Mind-derived insight, and sends nothing when no endpoint is configured", async () => {
    mode = "good";
    const mind: TInsightDraft = { ...draft, key: "wellbeing_down", kind: "wellbeing_down", fromMind: true, facts: { mood: 2.1 }, evidence: [] };
    const mindTemplate = { title: "Your mood has dipped", body: "Your average mood was 2.1 this week." };
    expect(await rephraseInsight(mind, mindTemplate, context, config())).toEqual({ ...mindTemplate, wordedBy: "template" });
    expect(await rephraseInsight(draft, template, context, null)).toEqual({ ...template, wordedBy: "template" });
    expect(requests).toHaveLength(0);
  });
});
