import { originQuestion } from "@/questions/pipeline/facts/families/origins";

describe("origins: a body named with its nationality asks for its country", () => {
  it.each([
    [
      "a group with what it is of",
      "The prize went to Orca Hidanko, a Japanese group of harbour survivors, for its work.",
      "In which country is Orca Hidanko, the group of harbour survivors, based?",
      "Japan",
    ],
    [
      "a firm with an adjective",
      "The contract was won by Tide Systems, a Norwegian defence firm, on Monday.",
      "In which country is Tide Systems, the defence firm, based?",
      "Norway",
    ],
    ["a person is no body", "The medal went to Ola Berg, a Norwegian athlete, on Friday.", null, null],
    ["no nationality", "The prize went to Orca Group, a group of sailors, for its work.", null, null],
  ])("origins: %s", (_label, text, prompt, answer) => {
    const asked = originQuestion(text);
    expect(asked?.prompt ?? null).toBe(prompt);
    expect(asked?.answer ?? null).toBe(answer);
  });
});
