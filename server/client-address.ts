import "server-only";
import { BlockList, isIPv4, isIPv6 } from "node:net";

// Who is on the other end of a request, for rate limits. Only the server sees the connection's address, and
// `next start` hides it: it fills X-Forwarded-For with the socket address only when the client sent none, so a
// client can name any address it likes. instrumentation.ts therefore resolves the address where the socket is
// still in hand (stampClientAddresses) and writes it into CLIENT_ADDRESS_HEADER, replacing whatever the client
// sent under that name; everything else reads that header.

/** Set on every incoming request by the server itself; a value sent by the client is overwritten. */
export const CLIENT_ADDRESS_HEADER = "x-study-client-address";

/** What a request without a resolved address counts as: one shared bucket, never "unlimited". */
export const UNKNOWN_ADDRESS = "unknown";

/** The trusted proxies (env TRUSTED_PROXIES: addresses and CIDR ranges) as a node:net BlockList to test against. */
export function proxyMatcher(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIPv6(address) ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

function isTrusted(address: string, proxies: BlockList): boolean {
  if (isIPv4(address)) return proxies.check(address, "ipv4");
  if (isIPv6(address)) return proxies.check(address, "ipv6");
  return false;
}

/**
 * The client's address: the connection's peer, unless that peer is a trusted proxy, in which case the last
 * X-Forwarded-For entry it appended, and so on leftwards while each hop is itself a trusted proxy (the
 * algorithm of Express's proxy-addr). Entries left of the first untrusted hop are whatever the client wrote.
 */
export function resolveClientAddress(input: {
  peer: string | undefined;
  forwardedFor: string | string[] | undefined;
  proxies: BlockList;
}): string {
  if (!input.peer) return UNKNOWN_ADDRESS;
  let client = plainAddress(input.peer);
  const forwarded = [input.forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map((entry) => plainAddress(entry.trim()))
    .filter(Boolean)
    .reverse();
  for (const hop of forwarded) {
    if (!isTrusted(client, input.proxies)) break;
    // A trusted proxy that wrote something other than an address: nothing left of it can be believed.
    if (!isIPv4(hop) && !isIPv6(hop)) break;
    client = hop;
  }
  return client;
}

/**
 * The key rate limits count a request's client under: its address as stamped by the server, IPv6 cut to its
 * /64 (one household or phone gets a whole /64 and can pick any address in it).
 */
export function clientAddressKey(headers: Headers | undefined): string {
  const address = headers?.get(CLIENT_ADDRESS_HEADER)?.trim().toLowerCase();
  if (!address) return UNKNOWN_ADDRESS;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return UNKNOWN_ADDRESS;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

function ipv6Groups(address: string): string[] {
  const [left = "", right] = address.split("::");
  const head = left ? left.split(":") : [];
  const tail = right ? right.split(":") : [];
  const missing = right === undefined ? [] : Array(8 - head.length - tail.length).fill("0");
  return [...head, ...missing, ...tail].map((group) => group.replace(/^0+(?=.)/, ""));
}
