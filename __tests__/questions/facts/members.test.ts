import { annotate } from "@/questions/pipeline/04-sentences";
import { members } from "@/questions/pipeline/facts/families/members";

const ask = (text: string) => {
  const [sentence] = annotate([text]);
  if (!sentence) throw new Error("no sentence");
  return members(sentence, { id: "a", sentences: [sentence], reference: new Date(0), dated: false });
};

describe("members: a grouping whose members the article lists in full", () => {
  it.each([
    [
      "an appositive after a dash",
      "Chile signed a pact with the Nordic Trade League (NTL) — a grouping of Norway, Sweden and Iceland — on Monday.",
      "Which one of the following countries is a member of the Nordic Trade League (NTL)?",
      "Iceland",
    ],
    [
      "a verb of membership",
      "The Andean Council comprises Peru, Bolivia, Ecuador and Colombia.",
      "Which one of the following countries is a member of the Andean Council?",
      "Colombia",
    ],
  ])("members: %s", (_label, text, prompt, answer) => {
    const [c] = ask(text);
    expect(c?.prompt).toBe(prompt);
    expect(c?.answer).toBe(answer);
    expect(c?.category).toBe("country");
  });

  it.each([
    [
      "a list that names only some members",
      "The Andean Council, including Peru, Bolivia and Ecuador, met in Lima.",
    ],
    ["a list that is not all countries", "The Harbour Group comprises Oslo, Tromso and Bergen."],
    ["two members are no list to ask from", "The Andean Council comprises Peru and Bolivia."],
  ])("members: %s is not asked", (_label, text) => {
    expect(ask(text)).toEqual([]);
  });
});
