import { generate } from "@/questions/index";

describe("incidents: an incident asked with the time its sentence gives, never the article's month", () => {
  const text = [
    "Economist wins Harbour Prize",
    "TROMSO, 11 October 2032: Ola Berg was on Monday awarded the Harbour Prize in economics.",
    "Using factory records, he showed that the floods in Coimbatore after Cyclone Orca in December 2023 cut output of car makers hundreds of kilometres away.",
  ].join("\n");
  const prompts = generate([{ id: "a1", file: "x.txt", text }]).questions.map((q) => q.prompt);

  it("asks no floods of October 2032, and keeps no 'showed that' in the incident", () => {
    for (const p of prompts) {
      expect(p).not.toMatch(/floods[^?]*October 2032/);
      expect(p).not.toMatch(/did the showed/);
    }
  });
});
