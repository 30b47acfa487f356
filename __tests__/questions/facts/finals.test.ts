import { annotate } from "@/questions/pipeline/04-sentences";
import { finalCity } from "@/questions/pipeline/facts/families/finals";

const story = (texts: string[]) => [
  { id: "a1", sentences: annotate(texts), reference: new Date(Date.UTC(2031, 5, 29)), dated: true },
];

describe("finals: in which city a final was played", () => {
  const rows: [string, string[], { prompt: string; answer: string } | null][] = [
    [
      "a deed of the match in a city, the final and its tournament in the lead",
      [
        "Valdoria beat Nordland in a last-over thriller to clinch the 2031 Polar Cup title with a seven-run win in the final on Saturday.",
        "Led by Ola Berg, the Valdorian bowlers defended 177 in Montevideo after a fighting 76 from Kari Nord.",
      ],
      { prompt: "In which city was the final of the 2031 Polar Cup played?", answer: "Montevideo" },
    ],
    [
      "the year after the tournament's name",
      [
        "Mara Lind won the final of the Nordic Open 2031 in Helsinki on Sunday, beating Kari Nord in three sets.",
      ],
      { prompt: "In which city was the final of the 2031 Nordic Open played?", answer: "Helsinki" },
    ],
    [
      "no final in the lead: a group match is no final",
      [
        "Valdoria beat Nordland by 20 runs in Montevideo in a group match of the 2031 Polar Cup on Saturday.",
        "The final will be played next week.",
      ],
      null,
    ],
    [
      "the final's last over is no final",
      ["Ola Berg bowled the final over in Montevideo as Valdoria beat Nordland in the 2031 Polar Cup."],
      null,
    ],
    [
      "no year for the tournament",
      ["Valdoria beat Nordland in the final of the Polar Cup in Montevideo on Saturday."],
      null,
    ],
    [
      "a place the data does not know as a city",
      ["Valdoria beat Nordland in the final of the 2031 Polar Cup at Harbourton Oval on Saturday."],
      null,
    ],
  ];
  it.each(rows)("finals: %s", (_label, texts, expected) => {
    const found = finalCity(story(texts));
    if (!expected) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: "where", category: "city", ...expected });
    }
  });
});
