// server/env.ts parses process.env once, when first imported: each case loads a fresh copy.
function loadEnv(vars: Record<string, string | undefined>) {
  const saved = { ...process.env };
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    let loaded: typeof import("@/server/env") | undefined;
    jest.isolateModules(() => {
      loaded = require("@/server/env");
    });
    return loaded?.env;
  } finally {
    process.env = saved;
  }
}

describe("env", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["127.0.0.1", ["127.0.0.1"]],
    [" 10.0.0.0/8 , ::1,fd00::/8 ", ["10.0.0.0/8", "::1", "fd00::/8"]],
  ])("env: TRUSTED_PROXIES=%j is %j", (value, expected) => {
    expect(loadEnv({ TRUSTED_PROXIES: value })?.TRUSTED_PROXIES).toEqual(expected);
  });

  it.each(["*", "localhost", "10.0.0.0/33", "1.2.3.4; rm", "0.0.0.0/0x"])(
    "env: TRUSTED_PROXIES=%j stops the app with a clear message",
    (value) => {
      expect(() => loadEnv({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/);
    },
  );

  it("env: SIGN_UPS_PER_ADDRESS_PER_HOUR defaults to 10 and must be a positive whole number", () => {
    expect(loadEnv({ SIGN_UPS_PER_ADDRESS_PER_HOUR: undefined })?.SIGN_UPS_PER_ADDRESS_PER_HOUR).toBe(10);
    expect(loadEnv({ SIGN_UPS_PER_ADDRESS_PER_HOUR: "40" })?.SIGN_UPS_PER_ADDRESS_PER_HOUR).toBe(40);
    expect(() => loadEnv({ SIGN_UPS_PER_ADDRESS_PER_HOUR: "0" })).toThrow(/SIGN_UPS_PER_ADDRESS_PER_HOUR/);
  });
});
