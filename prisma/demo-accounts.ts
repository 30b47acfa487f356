/** Demo logins made by the seed and printed by `npm start`; documented in README.md, for local demos only. */
export const DEMO_PASSWORD = "study-demo-2025";

export const DEMO_ACCOUNTS = [
  { name: "Demo Student", email: "student@example.com", role: "student" },
  { name: "Demo Teacher", email: "teacher@example.com", role: "teacher" },
] as const;
