import type { PartialDate } from "@/questions/pipeline/03-metadata";
import { assignStories, type StoryInput } from "@/questions/pipeline/05-stories";

const NAMES = ["Valdoria Council", "Mara Lind", "Harbour Authority", "North Pier"];
const story = (id: string, text: string, date: PartialDate | null, names = NAMES): StoryInput => ({
  id,
  text,
  names,
  date,
});
const HARBOUR =
  "The harbour in Valdoria reopened after a long storm season and the council voted to expand the docks for fishing boats and ferries before summer.";

interface Row {
  inputs: StoryInput[];
  /** Which articles share a story, as groups of ids. */
  groups: string[][];
  duplicateOf: (string | null)[];
  dates: (string | null)[];
}

describe("05-stories: copies, stories and dates", () => {
  const rows: [string, Row][] = [
    [
      "two copies of one text are one story, the second a duplicate",
      {
        inputs: [
          story("x", HARBOUR, { year: 2024, month: 3, day: 1 }),
          story("y", HARBOUR, { year: 2024, month: 3, day: 1 }),
        ],
        groups: [["x", "y"]],
        duplicateOf: [null, "x"],
        dates: ["2024-03-01", "2024-03-01"],
      },
    ],
    [
      "different texts sharing names a few days apart are one story, not duplicates",
      {
        inputs: [
          story("x", "Alpha beta gamma delta epsilon zeta eta theta.", { year: 2024, month: 3, day: 1 }),
          story("y", "One two three four five six seven eight nine.", { year: 2024, month: 3, day: 4 }),
        ],
        groups: [["x", "y"]],
        duplicateOf: [null, null],
        dates: ["2024-03-01", "2024-03-04"],
      },
    ],
    [
      "an undated article does not bridge two stories years apart",
      {
        inputs: [
          story("x", "Alpha beta gamma delta epsilon zeta eta theta.", { year: 2024, month: 3, day: 1 }),
          story("u", "Red orange yellow green blue indigo violet pink.", null),
          story("w", "Uno dos tres cuatro cinco seis siete ocho nueve.", { year: 2019, month: 3, day: 4 }),
        ],
        groups: [["x", "u"], ["w"]],
        duplicateOf: [null, null, null],
        // The undated article joins the 2024 story and takes its date, never the 2019 one's.
        dates: ["2024-03-01", "2024-03-01", "2019-03-04"],
      },
    ],
    [
      "unrelated articles stay apart",
      {
        inputs: [
          story("x", HARBOUR, { year: 2024, month: 3, day: 1 }),
          story("y", "Peru and Ecuador signed a river pact in Lima.", { year: 2024, month: 3, day: 1 }, [
            "Peru",
            "Ecuador",
            "Lima",
          ]),
        ],
        groups: [["x"], ["y"]],
        duplicateOf: [null, null],
        dates: ["2024-03-01", "2024-03-01"],
      },
    ],
    [
      "a dateline without a year and nothing else to date it stays undated (the clock is never read)",
      {
        inputs: [story("x", HARBOUR, { year: null, month: 11, day: 12 })],
        groups: [["x"]],
        duplicateOf: [null],
        dates: [null],
      },
    ],
    [
      "a yearless dateline takes the year its weekday-dates and stated years pin down",
      {
        inputs: [
          story(
            "x",
            "The harbour reopened in 2023 after repairs. The council met on Sunday, November 12, to approve the plan.",
            { year: null, month: 11, day: 13 },
          ),
        ],
        groups: [["x"]],
        duplicateOf: [null],
        dates: ["2023-11-13"],
      },
    ],
    [
      "an undated article is dated by its latest weekday-date, read with the years it states",
      {
        inputs: [
          story(
            "x",
            "The port was built in 1974. As of 2022 it handled most trade. The minister opened the new pier on Sunday, 16 April.",
            null,
          ),
        ],
        groups: [["x"]],
        duplicateOf: [null],
        dates: ["2023-04-16"],
      },
    ],
    [
      "a yearless copy takes the year of its dated story",
      {
        inputs: [
          story("x", HARBOUR, { year: 2019, month: 12, day: 30 }),
          story("y", HARBOUR, { year: null, month: 12, day: 31 }),
        ],
        groups: [["x", "y"]],
        duplicateOf: [null, "x"],
        dates: ["2019-12-30", "2019-12-31"],
      },
    ],
  ];
  it.each(rows)("05-stories: %s", (_label, row) => {
    const out = assignStories(row.inputs);
    const storyOf = new Map(row.inputs.map((input, i) => [input.id, out[i]?.storyId]));
    for (const group of row.groups) {
      const ids = new Set(group.map((id) => storyOf.get(id)));
      expect(ids.size).toBe(1);
      for (const other of row.groups.filter((g) => g !== group))
        expect(ids.has(storyOf.get(other[0] as string))).toBe(false);
    }
    expect(out.map((a) => a.duplicateOf)).toEqual(row.duplicateOf);
    expect(out.map((a) => a.date)).toEqual(row.dates);
  });

  it("05-stories: relative dates are read only against the day an article states", () => {
    const out = assignStories([
      story("x", "Alpha beta gamma delta epsilon zeta eta theta.", { year: 2024, month: 3, day: 1 }),
      story("u", "Red orange yellow green blue indigo violet.", null),
    ]);
    expect(out[0]?.referenceDate?.toISOString().slice(0, 10)).toBe("2024-03-01");
    // The undated article takes its story's date, but "on Monday" in it is read against no day it does not state.
    expect(out[1]?.date).toBe("2024-03-01");
    expect(out[1]?.referenceDate).toBeNull();
    const alone = assignStories([story("z", "Nothing else shares these words at all.", null, [])]);
    expect(alone[0]?.referenceDate).toBeNull();
  });
});

describe("05-stories: two numbers of one series are two events", () => {
  it("05-stories: reports of the Orca-4 and the Orca-5 launches are two stories, and the undated one stays undated", () => {
    const launch = ["Harbour Space Agency", "Tromso Spaceport", "Erik Holm"];
    const [four, five] = assignStories([
      story("four", "The agency launched the Orca-4 weather satellite on Wednesday.", null, [
        ...launch,
        "Orca-4",
      ]),
      story(
        "five",
        "The agency launched the Orca-5 earth observation satellite today.",
        { year: 2032, month: 3, day: 14 },
        [...launch, "Orca-5"],
      ),
    ]);
    expect(four?.storyId).not.toBe(five?.storyId);
    expect(four?.date).toBeNull();
    // Two reports of one launch that both name it are one story.
    const [a, b] = assignStories([
      story("a", "The agency launched the Orca-5 satellite today.", null, [...launch, "Orca-5"]),
      story("b", "Orca-5 reached its orbit, the agency said.", { year: 2032, month: 3, day: 14 }, [
        ...launch,
        "Orca-5",
        "Orca-4",
      ]),
    ]);
    expect(a?.storyId).toBe(b?.storyId);
  });
});

describe("05-stories: a dateline's day takes the year of the event the article names", () => {
  it("05-stories: 'the Harbour Prize for 2031' dates an 'October 9' dateline in 2031", () => {
    const out = assignStories([
      story("n", "The Valdorian committee awarded the Harbour Prize for 2031 to a survivors' group.", {
        year: null,
        month: 10,
        day: 9,
      }),
    ]);
    expect(out[0]?.date).toBe("2031-10-09");
  });
  it("05-stories: an event still to come names no year for the article", () => {
    const out = assignStories([
      story("m", "The ministers said the Harbour Summit 2033 will be held in Tromso.", {
        year: null,
        month: 5,
        day: 2,
      }),
    ]);
    expect(out[0]?.date).toBeNull();
  });
});

describe("05-stories: an undated report is dated by the posts it embeds, when its weekday agrees", () => {
  const posted = [{ year: 2031, month: 10, day: 18 }]; // a Saturday
  const text = "The navy recovered the crew module in the bay on Saturday after the test flight.";
  it("05-stories: 'on Saturday' above a post signed on a Saturday is that day, and relative dates read against it", () => {
    const out = assignStories([{ ...story("p", text, null, []), posted }]);
    expect(out[0]?.date).toBe("2031-10-18");
    expect(out[0]?.referenceDate?.toISOString().slice(0, 10)).toBe("2031-10-18");
  });
  it("05-stories: a post from another weekday, or a report naming none, leaves the article undated", () => {
    const other = assignStories([{ ...story("q", text.replace("Saturday", "Monday"), null, []), posted }]);
    expect(other[0]?.date).toBeNull();
    const none = assignStories([{ ...story("r", "The navy recovered the crew module.", null, []), posted }]);
    expect(none[0]?.date).toBeNull();
  });
});
