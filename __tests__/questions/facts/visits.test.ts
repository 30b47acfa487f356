import { annotate } from "@/questions/pipeline/04-sentences";
import { firstVisit, visitQuestion } from "@/questions/pipeline/facts/families/visits";

const sentence = (text: string) => annotate([text])[0] as NonNullable<ReturnType<typeof annotate>[0]>;

describe("visits: which country a first visit went to", () => {
  const rows: [string, string, { prompt: string; answer: string } | null][] = [
    [
      "a record since independence, without its pronoun",
      "This is the first-ever visit by a Chilean President to Kenya since it became independent in 1963.",
      {
        prompt:
          "Which country received the first-ever visit by a Chilean President since its independence in 1963?",
        answer: "Kenya",
      },
    ],
    [
      "a first after an event",
      "It was the first visit by a Peruvian Defence Minister to Ghana after the two navies clashed off Accra in 2029.",
      {
        prompt:
          "Which country received the first visit by a Peruvian Defence Minister after the two navies clashed off Accra in 2029?",
        answer: "Ghana",
      },
    ],
    [
      "a maiden state visit with no qualifier",
      "Ola Berg arrived in Lisbon on the maiden state visit by a Kenyan President to Portugal.",
      { prompt: "Which country received the maiden visit by a Kenyan President?", answer: "Portugal" },
    ],
    [
      "a visitor named, not by office, is no record",
      "This is the first visit by Ola Berg to Kenya since 2029.",
      null,
    ],
    ["a visit to a city is not asked here", "It is the first visit by a Chilean President to Nairobi.", null],
    ["a visit that is no first", "This is the third visit by a Chilean President to Kenya since 2029.", null],
  ];
  it.each(rows)("visits: %s", (_label, text, expected) => {
    const c = visitQuestion(sentence(text), "a1");
    if (!expected) expect(c).toBeNull();
    else expect(c).toMatchObject({ kind: "where", category: "country", ...expected });
  });

  it("visits: one question per story, from the first sentence that has one", () => {
    const found = firstVisit([
      {
        id: "a1",
        sentences: annotate([
          "The Chilean President arrived in Nairobi on Friday.",
          "This is the first-ever visit by a Chilean President to Kenya since it became independent in 1963.",
          "It is also the first visit by a Chilean President to Ghana since 2001.",
        ]),
        reference: new Date(Date.UTC(2031, 5, 29)),
        dated: true,
      },
    ]);
    expect(found.map((c) => c.answer)).toEqual(["Kenya"]);
  });
});
