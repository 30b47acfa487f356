import { countOfAction } from "@/questions/pipeline/facts/nominals";
import { spanOver } from "../fixtures";

/** A count span over the first `figure` in `text`. */
const of = (text: string, figure: string) => countOfAction(text, spanOver(text, figure, "count"));

describe("countOfAction: a count inside a noun of action, as the sentence of the action done", () => {
  it.each([
    [
      "the action done, with what follows the counted noun",
      "Ola Berg hailed the addition of three Tromso wetlands on the eve of Harbour Day.",
      "three",
      "Three Tromso wetlands were added on the eve of Harbour Day.",
    ],
    [
      "an action allowed is not an action done",
      "For the year 2031, the council has approved the purchase of 26 patrol boats.",
      "26",
      "For the year 2031, 26 patrol boats were approved for purchase.",
    ],
    [
      "a name after the counted noun is no part of what follows the verb",
      "The ministry signed contracts for the procurement of 156 Light Combat Helicopters (LCH) Orca, the largest order.",
      "156",
      "156 Light Combat Helicopters were procured.",
    ],
    [
      "one thing takes 'was', and what another clause adds goes",
      "The navy marked the commissioning of one frigate, and the crew cheered.",
      "one",
      "One frigate was commissioned.",
    ],
  ])("%s", (_label, text, figure, expected) => {
    expect(of(text, figure)).toBe(expected);
  });

  it.each([
    [
      "a count after a noun that names no action",
      "The minister spoke of the history of three ports.",
      "three",
    ],
    ["a count that counts nothing", "The council approved the addition of three.", "three"],
    ["a count outside 'the ... of'", "Three ports were added on Monday.", "Three"],
  ])("%s gives none", (_label, text, figure) => {
    expect(of(text, figure)).toBeNull();
  });
});
