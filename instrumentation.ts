// Next.js runs register() once in each server process before it serves a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ stampClientAddresses }, { env }] = await Promise.all([
    import("./server/client-address-stamp"),
    import("./server/env"),
  ]);
  stampClientAddresses(env.TRUSTED_PROXIES);
}
