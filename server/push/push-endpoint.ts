import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * Push endpoints are URLs a browser hands us and the server later POSTs to, so they are an SSRF vector:
 * only https, and never a loopback, private, link-local or otherwise internal address. With
 * PUSH_ALLOW_LOCAL_ENDPOINTS=1 (tests only) loopback endpoints over http or https are allowed too, so a
 * test can run its own push service on 127.0.0.1; other internal ranges stay refused even then.
 */
const internal = new BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24],
  ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) internal.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32]] as const) {
  internal.addSubnet(address, prefix, "ipv6");
}
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
const isLoopbackName = (host: string) => host === "localhost" || host.endsWith(".localhost");

function isAddressIn(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

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

/**
 * Right before sending: the URL check again, then the name's DNS answers, so a public name that
 * resolves to an internal address is refused too. (fetch resolves again; a rebinding attacker could
 * still race this, which the short, fixed request we send keeps harmless.)
 */
export async function checkPushEndpointForSend(endpoint: string, options: { allowLocal?: boolean } = {}): Promise<EndpointCheck> {
  const checked = checkPushEndpoint(endpoint, options);
  if (!checked.ok) return checked;
  const host = bare(checked.url.hostname);
  if (isIP(host) !== 0 || isLoopbackName(host)) return checked;
  const answers = await lookup(host, { all: true, verbatim: true });
  if (answers.some((answer) => isAddressIn(internal, answer.address))) return { ok: false, reason: "resolves to an internal address" };
  return checked;
}
