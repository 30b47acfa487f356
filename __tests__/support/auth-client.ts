// Talks to the better-auth route handler the way a browser does: JSON in, session cookie out.
import { randomInt } from "node:crypto";
import { GET, POST } from "@/app/api/auth/[...all]/route";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";

const BASE = "http://localhost:3000/api/auth";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  role?: string;
}

/**
 * A client address as the server stamps it (server/client-address.ts). Each call gets its own, so that tests
 * which make many accounts do not share one sign-up limit; tests of the limits pass a fixed one.
 */
function anyClientAddress(): string {
  return `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
}

function jsonRequest(
  path: string,
  body: unknown,
  options: { cookie?: string; address?: string } = {},
): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: "http://localhost:3000",
      [CLIENT_ADDRESS_HEADER]: options.address ?? anyClientAddress(),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

export async function signUp(
  input: SignUpInput,
  options: { address?: string } = {},
): Promise<{ response: Response; cookie: string }> {
  const response = await POST(jsonRequest("/sign-up/email", input, options));
  return { response, cookie: cookieHeader(response) };
}

export async function signIn(
  email: string,
  password: string,
  options: { address?: string } = {},
): Promise<{ response: Response; cookie: string }> {
  const response = await POST(jsonRequest("/sign-in/email", { email, password }, options));
  return { response, cookie: cookieHeader(response) };
}

export async function getSession(cookie: string): Promise<Response> {
  return GET(new Request(`${BASE}/get-session`, { headers: { cookie } }));
}

/** better-auth's own profile endpoint, as a signed-in browser (or attacker with its cookie) calls it. */
export async function updateUser(cookie: string, body: Record<string, unknown>): Promise<Response> {
  return POST(jsonRequest("/update-user", body, { cookie }));
}

export async function signOut(cookie: string): Promise<Response> {
  return POST(jsonRequest("/sign-out", {}, { cookie }));
}
