import "server-only";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_ADDRESS_HEADER, proxyMatcher, resolveClientAddress } from "./client-address";

interface RequestStart {
  request: IncomingMessage;
  socket: Socket;
}

/**
 * Writes the resolved client address into every incoming request of this process, before any handler sees it.
 * Node publishes "http.server.request.start" synchronously, after the headers are parsed and before the server's
 * "request" event, for every node:http server: the one `next start` runs included.
 */
export function stampClientAddresses(trustedProxies: readonly string[]): () => void {
  const proxies = proxyMatcher(trustedProxies);
  const onRequest = (message: unknown) => {
    const { request, socket } = message as RequestStart;
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      peer: socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      proxies,
    });
  };
  subscribe("http.server.request.start", onRequest);
  return () => {
    unsubscribe("http.server.request.start", onRequest);
  };
}
