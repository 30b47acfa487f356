import { datedEvent } from "@/questions/pipeline/facts/dated-event";
import { spanOver } from "../fixtures";

describe("datedEvent: a date written before the event it names", () => {
  it.each([
    [
      "an attack with its place",
      "The two officers shed light on the April 22 Tromso terror attack in which 26 people died.",
      "April 22",
      "The Tromso terror attack took place on April 22.",
    ],
    [
      "a summit",
      "Ministers prepared for the 12 May Harbour Summit in Oslo.",
      "12 May",
      "The Harbour Summit took place on 12 May.",
    ],
  ])("%s", (_label, text, date, expected) => {
    expect(datedEvent(text, spanOver(text, date, "date"))).toBe(expected);
  });

  it.each([
    ["a date after its event", "The Tromso attack took place on April 22.", "April 22"],
    ["a date before no event", "On the April 22 deadline, the council met.", "April 22"],
    ["a year that names the event's edition", "Ola Berg lost the 2029 final to Erik Holm.", "2029"],
    [
      "a month alone, which may be the next one",
      "Economists said the number reduced the case for a rate cut at the October meeting.",
      "October",
    ],
  ])("%s: null", (_label, text, date) => {
    expect(datedEvent(text, spanOver(text, date, "date"))).toBeNull();
  });
});
