import { generate } from "@/questions/index";
import { annotate } from "@/questions/pipeline/04-sentences";
import { buildPools, optionsFor } from "@/questions/pipeline/08-options";
import { respectively } from "@/questions/pipeline/facts/families/respectively";

const asked = (text: string) => {
  const [sentence] = annotate([text]);
  if (!sentence) throw new Error("no sentence");
  return respectively(sentence, { id: "a", sentences: [sentence], reference: new Date(0), dated: false });
};

describe("respectively: two lists paired by 'respectively' give one question per pair", () => {
  it("respectively: each name of the first list is asked by its partner in the second", () => {
    const questions = asked(
      "The Harbour Code (HC), the Port Code (PC) and the Quay Code that replaced the Dock Act, Code of Anchorage and the Pier Act respectively, came into force on Monday.",
    );
    expect(questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["Which law replaced the Dock Act?", "Harbour Code"],
      ["Which law replaced the Code of Anchorage?", "Port Code"],
      ["Which law replaced the Pier Act?", "Quay Code"],
    ]);
  });

  it("respectively: the other names of the first list lead the options, though the sentence names them", () => {
    const [first] = asked(
      "The Harbour Code, the Port Code and the Quay Code that replaced the Dock Act, the Anchor Act and the Pier Act respectively, came into force.",
    );
    if (!first) throw new Error("no question");
    const options = optionsFor(first, [], buildPools([first]));
    expect(options).toHaveLength(4);
    expect(options).toEqual(expect.arrayContaining(["Harbour Code", "Port Code", "Quay Code"]));
  });

  it.each([
    ["no 'respectively'", "The Harbour Code and the Port Code replaced the Dock Act and the Pier Act."],
    ["lists of unequal length", "The Harbour Code and the Port Code replaced the Dock Act respectively."],
    [
      "names of different kinds",
      "The Harbour Code and Operation Tide replaced the Dock Act and the Pier Act respectively.",
    ],
  ])("respectively: %s gives none", (_label, text) => {
    expect(asked(text)).toEqual([]);
  });
});

describe("respectively: no question asks one of a pairing's values of both", () => {
  const text = `date 2031-05-14
Valdoria's space station gets second module
Tromso, May 14: The Valdoria Space Agency on Wednesday docked the Orca-2 module with the Orca-1 module of its space station, the agency said.
The Orca-3 and Orca-4 modules are planned to be launched in 2033 and 2034 respectively, the agency chairman said.
The station will be fully operational by 2035.`;

  it("respectively: 'X and Y ... in 2033 and 2034 respectively' is not asked 'In which year are X and Y ...?'", () => {
    const asked = generate([{ id: "a", file: "a.txt", text }]).questions.filter((q) =>
      /Orca-3/.test(q.prompt),
    );
    for (const q of asked) expect(q.prompt).toMatch(/respectively/);
  });
});
