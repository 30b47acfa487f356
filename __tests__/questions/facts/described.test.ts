import { becameIn } from "@/questions/pipeline/facts/described";
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
