import { annotate } from "@/questions/pipeline/04-sentences";
import { gamesHost } from "@/questions/pipeline/facts/families/games";

const story = (texts: string[]) => [
  { id: "a1", sentences: annotate(texts), reference: new Date(Date.UTC(2031, 7, 8)), dated: true },
];

describe("games: which city hosted the Games the story is about", () => {
  it("games: the edition the lead names, against the other editions the story names", () => {
    const [host, ...rest] = gamesHost(
      story([
        "Ola Berg won silver in the men's javelin final at Harbourton 2031 on Friday.",
        "He had won gold at Lakeside 2027, the first Olympic gold of his country.",
        "His rival won bronze in Northport 2023 and silver in Eastvale 2019.",
      ]),
    );
    expect(rest).toEqual([]);
    expect(host?.prompt).toBe("Which city hosted the 2031 Olympic Games?");
    expect(host?.answer).toBe("Harbourton");
    expect(host?.listed).toEqual(["Lakeside", "Northport", "Eastvale"]);
  });

  it("games: none without the Games named, or with too few other editions to offer", () => {
    expect(gamesHost(story(["The expo opened at Harbourton 2031 with Olympic fanfare."]))).toEqual([]);
    expect(
      gamesHost(
        story([
          "The trade fair opened at Harbourton 2031 on Friday.",
          "It was larger than Lakeside 2027, Northport 2023 and Eastvale 2019.",
        ]),
      ),
    ).toEqual([]);
  });
});
