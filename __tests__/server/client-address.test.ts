import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressKey,
  proxyMatcher,
  resolveClientAddress,
  UNKNOWN_ADDRESS,
} from "@/server/client-address";
import { stampClientAddresses } from "@/server/client-address-stamp";

const rows: [string, { peer?: string; forwardedFor?: string | string[]; trusted: string[] }, string][] = [
  [
    "no proxy: the peer, whatever X-Forwarded-For says",
    { peer: "203.0.113.9", forwardedFor: "1.2.3.4", trusted: [] },
    "203.0.113.9",
  ],
  ["an IPv4 peer on a dual-stack socket", { peer: "::ffff:203.0.113.9", trusted: [] }, "203.0.113.9"],
  [
    "a trusted proxy: the address it appended",
    { peer: "10.0.0.2", forwardedFor: "203.0.113.9", trusted: ["10.0.0.0/8"] },
    "203.0.113.9",
  ],
  [
    "a trusted proxy: the client's own entries left of it are ignored",
    { peer: "10.0.0.2", forwardedFor: "1.2.3.4, 203.0.113.9", trusted: ["10.0.0.0/8"] },
    "203.0.113.9",
  ],
  [
    "two trusted proxies",
    { peer: "10.0.0.2", forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.3", trusted: ["10.0.0.0/8"] },
    "203.0.113.9",
  ],
  [
    "repeated headers are one list",
    { peer: "10.0.0.2", forwardedFor: ["1.2.3.4", "203.0.113.9"], trusted: ["10.0.0.0/8"] },
    "203.0.113.9",
  ],
  [
    "an untrusted peer that looks private",
    { peer: "10.0.0.2", forwardedFor: "1.2.3.4", trusted: ["192.168.0.1"] },
    "10.0.0.2",
  ],
  [
    "garbage from a trusted proxy stops the walk",
    { peer: "10.0.0.2", forwardedFor: "not-an-ip", trusted: ["10.0.0.2"] },
    "10.0.0.2",
  ],
  [
    "an IPv6 proxy range",
    { peer: "fd00::2", forwardedFor: "2001:db8::7", trusted: ["fd00::/8"] },
    "2001:db8::7",
  ],
  ["no peer (socket gone)", { trusted: [] }, UNKNOWN_ADDRESS],
];

describe("client address", () => {
  it.each(rows)("resolveClientAddress: %s", (_name, input, expected) => {
    const { peer, forwardedFor, trusted } = input;
    expect(resolveClientAddress({ peer, forwardedFor, proxies: proxyMatcher(trusted) })).toBe(expected);
  });

  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2::ffff", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["spoofed, not an address", UNKNOWN_ADDRESS],
  ])("clientAddressKey: %s counts as %s", (header, key) => {
    expect(clientAddressKey(new Headers({ [CLIENT_ADDRESS_HEADER]: header }))).toBe(key);
  });

  it("clientAddressKey: no stamped address is one shared bucket, not a free pass", () => {
    expect(clientAddressKey(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressKey(undefined)).toBe(UNKNOWN_ADDRESS);
  });

  describe("stampClientAddresses (on a real node:http server)", () => {
    let server: Server;
    let seen: { stamped?: string | string[]; forwardedFor?: string | string[] } = {};
    let stop: () => void = () => {};

    beforeAll(async () => {
      server = createServer((request, response) => {
        seen = {
          stamped: request.headers[CLIENT_ADDRESS_HEADER],
          forwardedFor: request.headers["x-forwarded-for"],
        };
        response.end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterEach(() => stop());
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const send = (headers: Record<string, string>) =>
      new Promise<void>((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        httpRequest({ host: "127.0.0.1", port, headers }, (response) => {
          response.resume();
          response.on("end", resolve);
        })
          .on("error", reject)
          .end();
      });

    it("stampClientAddresses: a client's own X-Forwarded-For and address header are overwritten by the peer", async () => {
      stop = stampClientAddresses([]);
      await send({ "x-forwarded-for": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "5.6.7.8" });
      expect(seen.stamped).toBe("127.0.0.1");
    });

    it("stampClientAddresses: behind a trusted proxy, the address the proxy appended", async () => {
      stop = stampClientAddresses(["127.0.0.1"]);
      await send({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" });
      expect(seen.stamped).toBe("203.0.113.9");
    });
  });
});
