import { asideOfSubject, becameIn, namedInApposition } from "@/questions/pipeline/facts/described";
import { spanOver } from "../fixtures";

describe("becameIn: what a relative clause says a person became", () => {
  it.each([
    [
      "named, inside a sentence of someone's words",
      "Ola Berg, who was named player of the final, said the win was a dream come true.",
      "Ola Berg was named player of the final.",
    ],
    [
      "appointed",
      "Mara Lind, who has been appointed Valdoria's envoy to Nordland, met the press in Tromso.",
      "Mara Lind was appointed Valdoria's envoy to Nordland.",
    ],
  ])("%s", (_label, text, expected) => {
    const name = text.slice(0, text.indexOf(","));
    expect(becameIn(text, spanOver(text, name, "person"))).toBe(expected);
  });

  it("becameIn: another person in the sentence is not the one the clause is about", () => {
    const text = "Ola Berg, who was named player of the final, thanked Kari Nord.";
    expect(becameIn(text, spanOver(text, "Kari Nord", "person"))).toBeNull();
  });
});

describe("namedInApposition: a name set off after its description is the name with its class noun", () => {
  it.each([
    [
      "before what the verb goes on with",
      "Valdoria launched its first earth observation satellite, Orca-1, from Andoya on Sunday.",
      "Valdoria launched the Orca-1 satellite from Andoya on Sunday.",
    ],
    [
      "at the end of the sentence",
      "The navy commissioned its second nuclear submarine, Skua.",
      "The navy commissioned the Skua submarine.",
    ],
  ])("%s", (_label, text, expected) => {
    const name = text.match(/, ([A-Z][\w-]+)[,.]/)?.[1] ?? "";
    const cls = text.includes("satellite") ? "satellite" : "submarine";
    expect(namedInApposition(text, spanOver(text, name, "thing", cls))).toBe(expected);
  });

  it("namedInApposition: a description of another class, or a list, is no apposition", () => {
    const other = "Valdoria launched its first rocket, Orca-1, from Andoya.";
    expect(namedInApposition(other, spanOver(other, "Orca-1", "thing", "satellite"))).toBeNull();
    const list = "Valdoria launched its first satellite, Orca-1, Orca-2 and Orca-3.";
    expect(namedInApposition(list, spanOver(list, "Orca-1", "thing", "satellite"))).toBeNull();
  });
});

describe("asideOfSubject: a participle's phrase between a subject and its verb, as a fact of the subject", () => {
  it.each([
    [
      "a year",
      "The Harbour Prize, instituted in 1987, is given every year to a poet.",
      "1987",
      "The Harbour Prize was instituted in 1987.",
    ],
    [
      "a date",
      "The council's two-day meeting, scheduled to begin on 3 May, was cut to a single day.",
      "3 May",
      "The council's two-day meeting was scheduled to begin on 3 May.",
    ],
  ])("%s", (_label, text, answer, expected) => {
    expect(asideOfSubject(text, spanOver(text, answer, "date"))).toBe(expected);
  });

  it("asideOfSubject: a span outside the aside, or a sentence with none, is not asked this way", () => {
    const text = "The Harbour Prize, instituted in 1987, is given every year to a poet from Tromso.";
    expect(asideOfSubject(text, spanOver(text, "Tromso", "place"))).toBeNull();
    const plain = "The Harbour Prize was instituted in 1987 by the council.";
    expect(asideOfSubject(plain, spanOver(plain, "1987", "date"))).toBeNull();
  });
});
