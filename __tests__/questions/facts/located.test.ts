import { locatedIn } from "@/questions/pipeline/facts/located";
import { spanOver } from "../fixtures";

/** A place span over `place` in `text`, with the person spans the sentence also has. */
const where = (text: string, place: string, people: string[] = []) => {
  const span = spanOver(text, place, "place", "state", true);
  return locatedIn(text, span, [span, ...people.map((p) => spanOver(text, p, "person"))]);
};

describe("locatedIn: where a named thing is, as a sentence of its own", () => {
  it.each([
    [
      "a name with the class noun of a place that stays put",
      "The new sites are the Orca Lake in Nordland.",
      "Nordland",
      "Orca Lake is located in Nordland.",
    ],
    [
      "two joined names share the place, and the verb agrees",
      "The new sites include Orca Bird Sanctuary and Skua Bird Sanctuary in Nordland.",
      "Nordland",
      "Orca Bird Sanctuary and Skua Bird Sanctuary are located in Nordland.",
    ],
    [
      "a name before another place is not this place's",
      "The new sites include Orca Bird Sanctuary in Nordland and Tide Reservoir in Vestland.",
      "Vestland",
      "Tide Reservoir is located in Vestland.",
    ],
    [
      "a name with a lowercase class noun takes 'the', and a word of direction is no part of it",
      "The first strike was on the Tide Bay camp in neighbouring Vestland at 1 am.",
      "Vestland",
      "The Tide Bay camp is located in Vestland.",
    ],
    [
      "a name that opens the sentence",
      "The Orca Lake in Nordland was listed on Monday.",
      "Nordland",
      "Orca Lake is located in Nordland.",
    ],
  ])("%s", (_label, text, place, expected) => {
    expect(where(text, place)).toBe(expected);
  });

  it.each([
    [
      "a meeting's place, not its subject's",
      "Holding the Harbour Forum in Nordland was a last chance.",
      "Nordland",
      [],
    ],
    ["a person in a place", "Ola Berg in Tromso said the port would open.", "Tromso", ["Ola Berg"]],
    [
      "a place with its own class word after it",
      "He visited the Orca Tiger Reserve in Tide district.",
      "Tide",
      [],
    ],
    ["an event in a place", "A motorcycle theft in Tromso in Nordland was the first case.", "Nordland", []],
    ["a month", "Floods in May in Nordland cut the roads.", "Nordland", []],
  ])("%s is not read as a location", (_label, text, place, people) => {
    expect(where(text, place, people)).toBeNull();
  });
});
