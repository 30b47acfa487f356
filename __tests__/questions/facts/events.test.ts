import { cleanEvent } from "@/questions/pipeline/facts/families/events";

describe("events: a name is an event only when it names a gathering", () => {
  it.each([
    ["the Trinamool Congress", null],
    ["Indian National Congress", null],
    ["the Indian Science Congress", "the Indian Science Congress"],
    ["20th Party Congress", "20th Party Congress"],
    ["World Harbour Congress", "World Harbour Congress"],
    ["Nordland Defence Ministers' Meeting", "Nordland Defence Ministers' Meeting"],
    ["Berg's meeting", null],
    ["Harbour leaders' summit", "Harbour leaders' summit"],
    ["the leaders' summit", null],
  ])("events: %s", (raw, event) => {
    expect(cleanEvent(raw)).toBe(event);
  });
});
