import "server-only";
import { Resolver } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * Push endpoints are URLs a browser hands us and the server later POSTs to, so they are an SSRF vector:
 * only https, and never a loopback, private, link-local or otherwise internal address. With
 * PUSH_ALLOW_LOCAL_ENDPOINTS=1 (tests only) loopback endpoints over http or https are allowed too, so a
 * test can run its own push service on 127.0.0.1; other internal ranges stay refused even then.
 */
const internal = new BlockList();
// Node's BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against these IPv4 rules. (So
// ::ffff:0:0/96 itself must not be listed: it would match every IPv4 address.)
for (const [address, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) internal.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
  ["::ffff:0:0:0", 96], // SIIT IPv4-translated
  ["64:ff9b::", 96], ["64:ff9b:1::", 48], // NAT64: reaches whatever IPv4 address is embedded
  ["100::", 64], // discard-only
  ["2001::", 32], // Teredo tunnels (embed an IPv4 address)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 (embeds an IPv4 address)
  ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8], // unique-local, link-local, old site-local, multicast
] as const) {
  internal.addSubnet(address, prefix, "ipv6");
}
/** Per try; a name whose servers do not answer is a failed (retried) delivery, not a stuck tick. */
const DNS_TIMEOUT_MS = 2_000;
const DNS_TRIES = 2;
const DNS_TOTAL_MS = 5_000;
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
const isLoopbackName = (host: string) => host === "localhost" || host.endsWith(".localhost");

function isAddressIn(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** True for an address a push must never go to (private, loopback, link-local, tunnels to IPv4, ...). */
export const isInternalAddress = (address: string): boolean => isAddressIn(internal, bare(address));

export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Checks the URL alone (no DNS): scheme, and the host when it is an address or a loopback name. */
export function checkPushEndpoint(endpoint: string, options: { allowLocal?: boolean } = {}): EndpointCheck {
  const allowLocal = options.allowLocal ?? env.PUSH_ALLOW_LOCAL_ENDPOINTS === "1";
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: "not a URL" };
  }
  if (url.username || url.password) return { ok: false, reason: "credentials in the URL" };
  const host = bare(url.hostname);
  const local = isLoopbackName(host) || isAddressIn(loopback, host);
  if (local) return allowLocal && (url.protocol === "https:" || url.protocol === "http:") ? { ok: true, url } : { ok: false, reason: "loopback host" };
  if (url.protocol !== "https:") return { ok: false, reason: "not https" };
  if (isAddressIn(internal, host)) return { ok: false, reason: "internal address" };
  if (!host.includes(".") && isIP(host) === 0) return { ok: false, reason: "not a public host name" };
  return { ok: true, url };
}

const noRecords = (error: unknown) => ["ENODATA", "ENOTFOUND"].includes((error as NodeJS.ErrnoException).code ?? "");

/**
 * A and AAAA answers through c-ares with a timeout. Not dns.lookup: that has no timeout and blocks a
 * libuv thread-pool thread, which argon2 password hashing shares. Throws when neither family answered.
 */
async function resolveAddresses(host: string): Promise<string[]> {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  // c-ares backs off between tries and may ask several servers: a hard cap on the whole lookup too.
  const cap = setTimeout(() => resolver.cancel(), DNS_TOTAL_MS);
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]).finally(() => clearTimeout(cap));
  const addresses = [...(v4.status === "fulfilled" ? v4.value : []), ...(v6.status === "fulfilled" ? v6.value : [])];
  if (addresses.length > 0) return addresses;
  const failure = [v4, v6].find((answer): answer is PromiseRejectedResult => answer.status === "rejected" && !noRecords(answer.reason));
  throw failure ? failure.reason : new Error(`no addresses for ${host}`);
}

/**
 * Right before sending: the URL check again, then the name's DNS answers, so a public name that
 * resolves to an internal address is refused too. (fetch resolves again through the system resolver;
 * pinning the connection to the checked addresses needs an undici Agent, which is not a dependency.
 * A rebinding attacker could still race this; the short, fixed request we send keeps that harmless.)
 */
export async function checkPushEndpointForSend(endpoint: string, options: { allowLocal?: boolean } = {}): Promise<EndpointCheck> {
  const checked = checkPushEndpoint(endpoint, options);
  if (!checked.ok) return checked;
  const host = bare(checked.url.hostname);
  if (isIP(host) !== 0 || isLoopbackName(host)) return checked;
  const addresses = await resolveAddresses(host);
  if (addresses.some((address) => isAddressIn(internal, address))) return { ok: false, reason: "resolves to an internal address" };
  return checked;
}
