import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { enqueueInvitationMail, invitationMailId } from "@/server/mail/coaching-invitation-mail";
import { claimMailLease, enqueueMail, readMail } from "@/server/mail/mail-outbox";
import { MailOutboxModel } from "@/server/mail/mail-outbox-model";
import { MAIL_RETRY_DELAYS_MS, MAX_MAIL_ATTEMPTS, runMailTick } from "@/server/mail/mail-sender";
import { callerFor, makeUser, uniqueEmail, useDatabase } from "./support/harness";

useDatabase();

const SMTP_USER = "mailer";
const SMTP_PASSWORD = "hunter2-mail-secret";

/**
 * A local SMTP server that requires the credentials in its URL, refuses recipients whose address starts
 * with "refused-" (550) and parses everything it accepts.
 */
async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(Object.assign(new Error("Invalid credentials"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refused-")) callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`,
    port,
    received,
    /** What this server received for one recipient. */
    to: (address: string) => received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((entry) => entry.address === address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An smtp:// URL (with credentials) where nothing listens: every connection is refused. */
async function deadSmtpUrl(): Promise<string> {
  const server = await startSmtpServer();
  await server.close();
  return `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${server.port}`;
}

function testMail(to: string) {
  const id = `test:${randomUUID()}`;
  return { id, kind: "test", to, subject: `Test ${id}`, text: `Plain body ${id}`, html: `<p>HTML body ${id}</p>` };
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

describe("invitation emails", () => {
  it("inviting by email queues one message that two concurrent ticks deliver exactly once", async () => {
    const trainerUser = await makeUser("trainer", "Tess Trainer");
    const member = await makeUser("member", "Mia Member");
    const trainer = await callerFor(trainerUser);

    const invitation = await trainer.trainerInvitations.inviteByEmail({ email: member.email, message: "Let's <b>train</b> & grow" });
    const queued = await readMail(invitationMailId(invitation.id));
    expect(queued).toMatchObject({ status: "pending", to: member.email, attempts: 0, kind: "coaching-invitation" });

    const [first, second] = await Promise.all([runMailTick({ workerId: "worker-a", smtpUrl: smtp.url }), runMailTick({ workerId: "worker-b", smtpUrl: smtp.url })]);
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(1);
    const delivered = smtp.to(member.email);
    expect(delivered).toHaveLength(1);
    const [mail] = delivered;
    expect(mail.subject).toBe("Tess Trainer invited you to train together on Character Coach");
    expect(mail.from?.value[0]).toMatchObject({ name: "Tess Trainer via Character Coach", address: "no-reply@charactercoach.app" });
    // The member has an account: the link is sign-in (which sends members to Today, where the invitation waits).
    const link = `${new URL("/sign-in", env.APP_URL)}`;
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("> Let's <b>train</b> & grow");
    expect(mail.text).toContain("one trainer at a time");
    expect(mail.text).toContain("end coaching at any time in Settings");
    expect(mail.text).toContain(`expires on`);
    expect(mail.html).toContain(`href="${link}"`);
    // The trainer's note is escaped in the HTML part, never markup.
    expect(mail.html).toContain("Let&#39;s &lt;b&gt;train&lt;/b&gt; &amp; grow");
    expect(mail.html).not.toContain("<b>train</b>");

    const sent = await readMail(invitationMailId(invitation.id));
    expect(sent).toMatchObject({ status: "sent", attempts: 1, transport: "smtp", lastError: null });
    expect(sent?.sentAt).toBeInstanceOf(Date);

    // A later tick finds nothing to send for it.
    await runMailTick({ workerId: "worker-c", smtpUrl: smtp.url });
    expect(smtp.to(member.email)).toHaveLength(1);
  });

  it("an address without an account gets the sign-up link; enqueueing the invitation again keeps one message", async () => {
    const trainerUser = await makeUser("trainer", "Tess Trainer");
    const trainer = await callerFor(trainerUser);
    const address = uniqueEmail("newcomer");
    const invitation = await trainer.trainerInvitations.inviteByEmail({ email: address });
    expect(await enqueueInvitationMail(invitation, trainerUser)).toBe(false);
    expect(await MailOutboxModel.countDocuments({ _id: invitationMailId(invitation.id) })).toBe(1);

    await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url });
    const [mail] = smtp.to(address);
    expect(mail.text).toContain(`${new URL("/sign-up", env.APP_URL)}`);
    expect(mail.text).toContain(`Create your Character Coach account with this address (${address})`);
    expect(mail.text).not.toContain("wrote:");
  });

  it("a failure to queue the email leaves the invitation standing and the request successful", async () => {
    const trainerUser = await makeUser("trainer", "Tess Trainer");
    const member = await makeUser("member", "Max Member");
    const trainer = await callerFor(trainerUser);
    const create = vi.spyOn(MailOutboxModel, "create").mockRejectedValueOnce(new Error("outbox unavailable"));
    try {
      const invitation = await trainer.trainerInvitations.inviteByEmail({ email: member.email });
      expect(invitation.status).toBe("pending");
      expect(await readMail(invitationMailId(invitation.id))).toBeNull();
      expect((await (await callerFor(member)).coaching.invitations()).map((seen) => seen.id)).toEqual([invitation.id]);
    } finally {
      create.mockRestore();
    }
  });
});

describe("the outbox", () => {
  it("keeps one document per key, and one lease per generation", async () => {
    const mail = testMail(uniqueEmail("once"));
    expect(await enqueueMail(mail)).toBe(true);
    expect(await enqueueMail({ ...mail, subject: "A second try" })).toBe(false);
    expect(await MailOutboxModel.countDocuments({ _id: mail.id })).toBe(1);
    expect((await readMail(mail.id))?.subject).toBe(mail.subject);

    const stored = (await readMail(mail.id))!;
    const now = new Date();
    const claims = await Promise.all([claimMailLease(stored, now, "worker-a"), claimMailLease(stored, now, "worker-b")]);
    expect(claims.map((claim) => claim.kind).sort()).toEqual(["busy", "held"]);
    await runMailTick({ workerId: "worker-c", smtpUrl: smtp.url });
    // Leased by nobody who sends: it stays queued until that lease runs out, then goes once.
    expect(smtp.to(mail.to)).toHaveLength(0);
    await runMailTick({ workerId: "worker-c", smtpUrl: smtp.url, now: new Date(now.getTime() + 3 * 60_000) });
    expect(smtp.to(mail.to)).toHaveLength(1);
  });

  it("retries a transport failure after its delay (not before) and stores the error without the credentials", async () => {
    const mail = testMail(uniqueEmail("retry"));
    const t0 = new Date();
    await enqueueMail(mail, t0);
    const dead = await deadSmtpUrl();

    const failed = await runMailTick({ workerId: "worker-a", smtpUrl: dead, now: t0 });
    expect(failed.retried).toBeGreaterThanOrEqual(1);
    const after = (await readMail(mail.id))!;
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
    expect(after.lastError).toMatch(/ECONNECTION|ESOCKET|ECONNREFUSED/);
    expect(after.lastError).not.toContain(SMTP_PASSWORD);
    expect(after.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(t0.getTime() + MAIL_RETRY_DELAYS_MS[0]);

    // Before it is due the working server gets nothing.
    await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url, now: new Date(after.nextAttemptAt.getTime() - 1_000) });
    expect(smtp.to(mail.to)).toHaveLength(0);
    expect((await readMail(mail.id))?.attempts).toBe(1);

    await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url, now: after.nextAttemptAt });
    expect(smtp.to(mail.to)).toHaveLength(1);
    expect(await readMail(mail.id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives up as failed after the last retry", async () => {
    const mail = testMail(uniqueEmail("exhausted"));
    let at = new Date();
    await enqueueMail(mail, at);
    const dead = await deadSmtpUrl();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      await runMailTick({ workerId: "worker-a", smtpUrl: dead, now: at });
      const state = (await readMail(mail.id))!;
      expect(state.attempts).toBe(attempt);
      expect(state.status).toBe(attempt < MAX_MAIL_ATTEMPTS ? "pending" : "failed");
      at = state.nextAttemptAt;
    }
    await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url, now: new Date(at.getTime() + 24 * 3600_000) });
    expect(smtp.to(mail.to)).toHaveLength(0);
  });

  it("marks a 5xx refusal failed at once and never retries it", async () => {
    const mail = testMail(`refused-${randomUUID().slice(0, 8)}@test.charactercoach.app`);
    const t0 = new Date();
    await enqueueMail(mail, t0);
    const result = await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url, now: t0 });
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const state = (await readMail(mail.id))!;
    expect(state).toMatchObject({ status: "failed", attempts: 1 });
    expect(state.lastError).toContain("550");

    await runMailTick({ workerId: "worker-a", smtpUrl: smtp.url, now: new Date(t0.getTime() + 24 * 3600_000) });
    expect((await readMail(mail.id))?.attempts).toBe(1);
    expect(smtp.to(mail.to)).toHaveLength(0);
  });

  it("without an SMTP URL: production keeps the message queued, development writes it to the log", async () => {
    const mail = testMail(uniqueEmail("no-smtp"));
    await enqueueMail(mail);
    const held = await runMailTick({ workerId: "worker-a", smtpUrl: null, logOnly: false });
    expect(held.held).toBeGreaterThanOrEqual(1);
    expect(await readMail(mail.id)).toMatchObject({ status: "pending", attempts: 0 });

    await runMailTick({ workerId: "worker-a", smtpUrl: null, logOnly: true });
    expect(await readMail(mail.id)).toMatchObject({ status: "sent", transport: "log", attempts: 1 });
  });
});
