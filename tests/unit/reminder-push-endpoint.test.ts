import { describe, expect, it } from "vitest";
import { checkPushEndpoint, isInternalAddress } from "@/server/push/push-endpoint";

describe("push endpoint address classifier", () => {
  it("refuses private, loopback, link-local, reserved and IPv4-embedding addresses", () => {
    for (const address of [
      "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.16.0.1", "192.0.0.8", "192.0.2.1",
      "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1",
      "::", "::1", "::10.0.0.1", "::8.8.8.8", // IPv4-compatible (deprecated) is refused whatever it embeds
      "::ffff:10.0.0.1", "::ffff:127.0.0.1", // IPv4-mapped goes by the IPv4 rules
      "::ffff:0:a00:1", // SIIT IPv4-translated
      "64:ff9b::a00:1", "64:ff9b:1::1", // NAT64, well-known and local-use
      "100::1", // discard-only
      "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
      "2001:db8::1", "2002:a00:1::1", "2002:808:808::1", // documentation, 6to4
      "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "feff::1", "ff02::1",
      "[fd00::1]",
    ]) {
      expect([address, isInternalAddress(address)]).toEqual([address, true]);
    }
  });

  it("lets public addresses through, IPv4-mapped public ones included", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "142.250.185.10", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "2003::1"]) {
      expect([address, isInternalAddress(address)]).toEqual([address, false]);
    }
    expect(isInternalAddress("push.example.com")).toBe(false); // a name, not an address: DNS decides
  });

  it("refuses endpoint URLs whose host is such an address", () => {
    for (const endpoint of ["https://[2002:a00:1::1]/p", "https://[64:ff9b::a9fe:a9fe]/p", "https://[::ffff:169.254.169.254]/p", "https://[fec0::1]/p", "https://192.88.99.1/p", "https://[2001::1]/p"]) {
      expect([endpoint, checkPushEndpoint(endpoint, { allowLocal: false }).ok]).toEqual([endpoint, false]);
    }
    expect(checkPushEndpoint("https://[2606:4700:4700::1111]/p", { allowLocal: false }).ok).toBe(true);
  });
});
