// Calls a Pages Router API route (Node's request and response) over real HTTP on loopback, so a test can use it
// like an App Router handler: a fetch Request in, a Response out.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const servers: Server[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

export function nodeRoute(handler: NodeHandler): (request: Request) => Promise<Response> {
  let base: Promise<string> | null = null;
  const start = () =>
    new Promise<string>((resolve) => {
      const server = createServer((request, response) => void handler(request, response));
      servers.push(server);
      server.listen(0, "127.0.0.1", () =>
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
      );
    });
  return async (request) => {
    base ??= start();
    const url = new URL(request.url);
    return fetch(`${await base}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer(),
    });
  };
}
