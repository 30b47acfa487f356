import { startOptions } from "@/scripts/start-options";

describe("startOptions", () => {
  it.each([
    [{}, 3000, "http://localhost:3000"],
    [{ PORT: "" }, 3000, "http://localhost:3000"],
    [{ PORT: "8080" }, 8080, "http://localhost:8080"],
    [{ PORT: "4000", BETTER_AUTH_URL: "https://study.example.org" }, 4000, "https://study.example.org"],
  ])("startOptions: %j serves on %i for %s", (env, port, publicUrl) => {
    expect(startOptions(env)).toEqual({ port, publicUrl });
  });

  it.each(["http", "0", "70000", "80.5"])("startOptions: PORT=%s is refused with a message", (PORT) => {
    expect(() => startOptions({ PORT })).toThrow(/PORT/);
  });
});
