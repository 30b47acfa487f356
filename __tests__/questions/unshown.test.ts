import { withMonths, withoutFigures, withoutPlaces } from "@/questions/pipeline/unshown";

describe("withoutFigures: a figure another question keys goes from beside a verb of change", () => {
  it.each([
    [
      "By how much did Valdoria's reserves rise to $41.7 billion in March 2031?",
      ["$41.7 billion"],
      "By how much did Valdoria's reserves rise in March 2031?",
    ],
    [
      "To how much did Valdoria's reserves rise by $2.5 billion in March 2031?",
      ["$2.5 billion"],
      "To how much did Valdoria's reserves rise in March 2031?",
    ],
    [
      "Valdoria's reserves rose by $2.5 billion to a record high of what amount in March 2031?",
      ["$2.5 billion"],
      "Valdoria's reserves rose to a record high of what amount in March 2031?",
    ],
    // The verb's object between it and its figures.
    [
      "To what percentage did the bank lower its growth forecast for 2032-33 from 6.7 per cent?",
      ["6.7 per cent"],
      "To what percentage did the bank lower its growth forecast for 2032-33?",
    ],
    // A count keyed without its unit.
    [
      "To what percentage did the bank cut the repo rate by 25 basis points in May 2031?",
      ["25"],
      "To what percentage did the bank cut the repo rate in May 2031?",
    ],
    // A figure no other question keys stays.
    [
      "By how much did Valdoria's reserves rise to $41.7 billion in March 2031?",
      ["$9.9 billion"],
      "By how much did Valdoria's reserves rise to $41.7 billion in March 2031?",
    ],
    // Not beside a verb of change: the figure says what the question is about.
    [
      "Which bank holds reserves of $41.7 billion?",
      ["$41.7 billion"],
      "Which bank holds reserves of $41.7 billion?",
    ],
  ])("withoutFigures(%j, %j)", (prompt, keyed, expected) => {
    expect(withoutFigures(prompt, keyed)).toBe(expected);
  });
});

describe("withoutPlaces: a place another question keys goes from an at/in/near phrase", () => {
  it.each([
    [
      "On which date was the frigate Tarang commissioned at Karwar?",
      ["Karwar"],
      false,
      "On which date was the frigate Tarang commissioned?",
    ],
    // A verb that needs its place keeps it.
    [
      "On which date was the summit held in Karlstad?",
      ["Karlstad"],
      false,
      "On which date was the summit held in Karlstad?",
    ],
    // Part of a longer name.
    [
      "On which date did Ola Berg win at Karlstad 2031?",
      ["Karlstad"],
      false,
      "On which date did Ola Berg win at Karlstad 2031?",
    ],
    // Beside the wh-phrase, one place after another.
    [
      "The old fort at Dunmore near Avonlea in which province was listed in July 2031?",
      ["Dunmore", "Avonlea"],
      true,
      "The old fort in which province was listed in July 2031?",
    ],
    // After the wh-phrase, the place narrows what is asked.
    [
      "The oath was administered at which place in Karlstad?",
      ["Karlstad"],
      true,
      "The oath was administered at which place in Karlstad?",
    ],
    // Away from the wh-phrase the place says which sites are asked about.
    [
      "Which two lakes in Avonlea were listed in July 2031?",
      ["Avonlea"],
      true,
      "Which two lakes in Avonlea were listed in July 2031?",
    ],
  ])("withoutPlaces(%j, %j)", (prompt, keyed, besideWh, expected) => {
    expect(withoutPlaces(prompt, keyed, besideWh)).toBe(expected);
  });
});

describe("withMonths: a day another question keys is written as its month", () => {
  it("withMonths: 'on 19 June 2031' reads 'in June 2031'", () => {
    expect(withMonths("Which bill did Parliament pass on 19 June 2031?", ["19 June 2031"])).toBe(
      "Which bill did Parliament pass in June 2031?",
    );
  });
});
