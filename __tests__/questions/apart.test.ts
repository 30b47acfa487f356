import { apartFromCues, type Cueable } from "@/questions/apart";

const q = (id: string, prompt: string, answer: string, aliases: string[] = []): Cueable => ({
  id,
  prompt,
  answer,
  aliases,
});

describe("apart: a session never shows the answer of a question still to come", () => {
  const who = q("who", "Who launched the Orca-7 mission in May 2031?", "Ola Berg");
  const which = q("which", "Which mission did Ola Berg launch in May 2031?", "Orca-7");
  const where = q("where", "From which city did the Orca-7 mission lift off?", "Tromso");
  const when = q("when", "On which date did Valdoria sign the Harbour Pact?", "3 May 2031");

  it("apart: a question whose answer another prints is asked first", () => {
    const ids = apartFromCues([where, which], 20).map((x) => x.id);
    // "where" prints "Orca-7", the answer of "which"; "which" prints nothing of "where".
    expect(ids).toEqual(["which", "where"]);
  });

  it("apart: of two that print each other's answers, the more urgent is asked and the other waits", () => {
    const ids = apartFromCues([who, which, when], 20).map((x) => x.id);
    expect(ids).toEqual(["who", "when"]);
  });

  it("apart: unrelated questions keep their order, and the session stops at the limit", () => {
    const a = q("a", "Which bank cut its rate in May 2031?", "Harbour Bank");
    const b = q("b", "Who won the Tromso Open in 2031?", "Mara Lind");
    expect(apartFromCues([a, when, b], 20).map((x) => x.id)).toEqual(["a", "when", "b"]);
    expect(apartFromCues([a, when, b], 2).map((x) => x.id)).toEqual(["a", "when"]);
  });

  it("apart: an alias counts as the answer, a one-digit answer does not", () => {
    const surname = q("s", "Which mission did Berg launch?", "Orca-7");
    // Without the alias, "Berg" is not who's answer: s only has to come before who, which prints "Orca-7".
    expect(apartFromCues([who, surname], 20).map((x) => x.id)).toEqual(["s", "who"]);
    const withAlias = q("w", "Who launched the Orca-7 mission?", "Ola Berg", ["Berg"]);
    expect(apartFromCues([withAlias, surname], 20).map((x) => x.id)).toEqual(["w"]);
    const seven = q("n", "How many boats did Valdoria buy?", "7");
    const other = q("o", "Which navy bought 7 boats in 2031?", "Valdorian Navy");
    expect(apartFromCues([seven, other], 20).map((x) => x.id)).toEqual(["n", "o"]);
  });

  it("apart: a chain of give-aways is ordered, a cycle of three leaves its last one out", () => {
    const a = q("a", "Which pact did Ola Berg sign?", "Harbour Pact");
    const b = q("b", "Who signed the Harbour Pact in Tromso?", "Ola Berg");
    const c = q("c", "Where did Ola Berg sign it?", "Tromso");
    // b prints a's answer and c's; c prints b's; a prints b's: a and b are a pair, so b waits.
    expect(apartFromCues([a, b, c], 20).map((x) => x.id)).toEqual(["a", "c"]);
    const x = q("x", "Which city hosted the Harbour Cup?", "Tromso");
    const y = q("y", "Who won in Tromso?", "Mara Lind");
    const z = q("z", "Which cup did Mara Lind win?", "Harbour Cup");
    // y prints x's answer, z prints y's, x prints z's: a cycle of three.
    expect(apartFromCues([x, y, z], 20).map((i) => i.id)).toEqual(["x", "y"]);
  });
});
