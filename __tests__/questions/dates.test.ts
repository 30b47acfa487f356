import { generate } from "@/questions/index";
import {
  eventYear,
  formatDate,
  leadDayMonth,
  newsTime,
  plainDate,
  postedDates,
  resolveDate,
  statedYears,
  weekdayAhead,
  weekdayDates,
  yearOfWeekdayDates,
} from "@/questions/pipeline/dates";
import { NOW } from "./fixtures";

// NOW is Friday 15 March 2024.
describe("dates: relative phrases resolve against the article date", () => {
  const rows: [string, string | null][] = [
    ["today", "15 March 2024"],
    ["tonight", "15 March 2024"],
    ["yesterday", "14 March 2024"],
    ["Thursday", "14 March 2024"],
    ["Sunday", "10 March 2024"],
    ["Friday", "15 March 2024"],
    ["October last year", "October 2023"],
    ["June next year", "June 2025"],
    ["23rd April", "23 April 2023"],
    ["April 23", "23 April 2023"],
    ["Dec 20", "20 December 2023"],
    ["March 20", "20 March 2024"],
    ["5 June 2021", "5 June 2021"],
    ["March 2018", "March 2018"],
    ["in 2019", "2019"],
    ["2019", "2019"],
    ["2150", null],
    ["last year", null],
    ["the 1990s", null],
    ["recently", null],
    // Known wrong: "over the next 18 months" (a duration) resolves to "September 2025"; kept out of the table, see report.
  ];
  it.each(rows)("dates: %s -> %s", (phrase, expected) => {
    const resolved = resolveDate(phrase, NOW);
    expect(resolved ? formatDate(resolved) : null).toBe(expected);
  });
});

describe("dates: granularity follows what the phrase says", () => {
  const rows: [string, string][] = [
    ["Thursday", "day"],
    ["October last year", "month"],
    ["in 2019", "year"],
  ];
  it.each(rows)("dates: %s is a %s", (phrase, granularity) => {
    expect(resolveDate(phrase, NOW)?.granularity).toBe(granularity);
  });
});

describe("dates: a weekday-date pins the year down with the years the text states", () => {
  const rows: [string, number | null][] = [
    ["He retired on Sunday, November 17. He joined the court in 2019 and his term ended in 2024.", 2024],
    ["The list came out on Saturday (Jan 18) before the 2025 parade.", 2025],
    [
      "The minister spoke on Sunday, 16 April. As of 2022 the count was higher; it was founded in 1974.",
      2023,
    ],
    // A year in a sentence about the future says nothing about when the article was written.
    ["The panel met on Monday (February 24). Her tenure will end on March 9, 2029.", null],
    ["The panel met on Monday (February 24).", null],
  ];
  it.each(rows)("dates: %s -> %s", (text, year) => {
    expect(yearOfWeekdayDates(weekdayDates(text), statedYears(text))).toBe(year);
  });
});

describe("dates: the year of the event an article names", () => {
  it.each([
    ["The Valdorian committee awarded the Harbour Prize for 2031.", 2031],
    ["Chile won the 2030 Andean Cup and then the Andean Cup 2031.", 2031],
    ["The Harbour Summit 2033 will be held in Tromso.", null],
    ["The harbour opened in 2031.", null],
    // The event a win qualifies for is still to come.
    ["Valdoria beat Nordland to qualify directly for the 2032 Tromso Olympics.", null],
    ["Valdoria won the 2031 Harbour Cup to seal a berth at the 2032 Tromso Olympics.", 2031],
  ])("eventYear(%j) is %j", (text, year) => {
    expect(eventYear(text)).toBe(year);
  });
});

describe("dates: the plain written forms are read without chrono, as chrono reads them", () => {
  it.each([
    ["29 August 2024", { month: 8, day: 29, year: 2024 }],
    ["June 14, 1927", { month: 6, day: 14, year: 1927 }],
    ["September 5", { month: 9, day: 5, year: null }],
    ["23rd April", { month: 4, day: 23, year: null }],
    ["Jan 18", { month: 1, day: 18, year: null }],
    ["Sept 9, 2031", { month: 9, day: 9, year: 2031 }],
    ["May 2024", { month: 5, day: null, year: 2024 }],
    ["31 February 2024", null],
    ["the 1990s", null],
    ["Monday", null],
  ])("plainDate(%j)", (text, expected) => {
    expect(plainDate(text)).toEqual(expected);
  });

  it("dates: a plain form resolves to the same date as before", () => {
    expect(resolveDate("June 14, 1927", NOW)).toEqual({ year: 1927, month: 6, day: 14, granularity: "day" });
    expect(resolveDate("September 5", NOW)).toEqual({ year: 2023, month: 9, day: 5, granularity: "day" });
  });
});

describe("dates: when an undated article's news happened, from its lead", () => {
  it.each([
    [
      "a full date in the lead",
      ["The summit was held in Harbourton on September 14, 2031."],
      "September 2031",
    ],
    ["a named day with its year", ["On the eve of Harbour Day 2031 the city added three parks."], "2031"],
    ["a host city's games", ["Ola Berg won silver at Tromso 2031 on Friday."], "2031"],
    ["a sentence about the future dates nothing", ["The next summit will be held on May 3, 2032."], ""],
    ["no date at all", ["The minister praised the scientists."], ""],
    [
      "an earlier event's month dates nothing",
      [
        "The agency declared the outbreak an emergency on Wednesday.",
        "The declaration is the second in two years, after a similar emergency was declared in July 2029.",
      ],
      "",
    ],
    [
      "a date in an aside on the subject is its past",
      ["The scheme, launched in February 2029, provides free power to each household."],
      "",
    ],
    [
      "a career's past dates nothing",
      ["Mara Lind took over as chief on Monday.", "She was commissioned into the Navy on July 1, 1989."],
      "",
    ],
  ])("dates: %s", (_label, lead, expected) => {
    expect(newsTime(lead)).toBe(expected);
  });

  it("dates: a full date of a month far from the dateline's dates nothing", () => {
    const lead = ["The frigate, launched on March 3, 2031, was handed over on Monday."];
    expect(newsTime(lead, { month: 6 })).toBe("");
    expect(newsTime(lead, { month: 3 })).toBe("March 2031");
    expect(newsTime(["The pact was signed on December 30, 2030."], { month: 1 })).toBe("December 2030");
  });
});

describe("dates: the dates of embedded posts, from their sign-off", () => {
  it("dates: every '— Author (@handle) Month D, YYYY' line, and nothing else", () => {
    const page = [
      "Lift-off at 10 am.",
      "\u2014 Space Agency (@agency) October 14, 2031",
      '- Navy (@navy) October 15, 2031 " class="embed"',
      "The agency said on October 16, 2031 that it would fly again.",
    ].join("\n");
    expect(postedDates(page)).toEqual([
      { year: 2031, month: 10, day: 14 },
      { year: 2031, month: 10, day: 15 },
    ]);
  });
});

describe("dates: whether a weekday is a day to come", () => {
  it.each([
    ["the future governs it", "The prize will be announced on Wednesday.", "Wednesday", true],
    [
      "the future in a reported clause governs it",
      "Ola Berg said the rover would be deployed on Monday.",
      "Monday",
      true,
    ],
    [
      "a past verb governs it",
      "Ola Berg will get the prize, the academy announced on Friday.",
      "Friday",
      false,
    ],
    ["the saying is dated", "Ola Berg said on Monday the rover was ready.", "Monday", false],
    ["'last' is behind", "The prize will go to Tromso, as it did last Friday.", "Friday", false],
    [
      "a past verb after it governs it, whatever the sentence says of the future",
      "Valdoria and Nordland on Wednesday signed a pact that will remove tariffs.",
      "Wednesday",
      false,
    ],
    [
      "the future governs a day after its object",
      "The Valdorian President will call on President Ola Berg on Wednesday.",
      "Wednesday",
      true,
    ],
    [
      "the future governs a later day of the same sentence",
      "The Valdorian President will call on President Ola Berg on Wednesday and visit Tromso before departing for Oslo on Thursday.",
      "Thursday",
      true,
    ],
    [
      "the future governs a day after a place, a participle after 'be' being its own",
      "The literature prize will be announced on Thursday and the Harbour Prize on Friday in Oslo.",
      "Friday",
      true,
    ],
    [
      "'followed by' is no past verb between the future and its later days",
      "The physics prize will be announced on Tuesday, followed by chemistry on Wednesday and literature on Thursday.",
      "Wednesday",
      true,
    ],
    [
      "'is expected to' sets a future for a later clause's day",
      "Ola Berg is ranked seventh and is expected to rise to fourth when the federation releases its new rankings on Tuesday.",
      "Tuesday",
      true,
    ],
    [
      "a time clause's present passive after a future is no past verb",
      "Ola Berg will climb to world No. 6 when the new rankings are released on Tuesday.",
      "Tuesday",
      true,
    ],
    [
      "a past verb between the future and the day governs it",
      "The rover will be deployed after the lander touched down on Monday.",
      "Monday",
      false,
    ],
  ])("dates: %s", (_label, text, day, ahead) => {
    expect(weekdayAhead(text, text.indexOf(day))).toBe(ahead);
  });
});

describe("dates: days listed after a future announcement", () => {
  const text = `date 2031-10-06
Valdorian scientist wins Harbour Prize in medicine
Tromso, Oct 6: Valdorian scientist Ola Berg on Monday won the Harbour Prize in medicine for her work on gut repair, the Harbour Academy announced in Tromso.
The prize carries a cash award of 11 million kronor, which Berg will share with her colleague Mara Lind.
The physics prize will be announced on Tuesday, followed by chemistry on Wednesday and literature on Thursday.`;
  const questions = generate([{ id: "a", file: "a.txt", text }]).questions;

  it("dates: the day to come is keyed ahead, and the question stops at the asked announcement", () => {
    const physics = questions.find((q) => /physics prize/.test(q.prompt));
    expect(physics?.answer).toBe("7 October 2031");
    expect(physics?.prompt).toMatch(/will the physics prize be announced\?$/);
  });

  it("dates: no later day of the list is keyed in the past", () => {
    for (const q of questions.filter((q) => /chemistry|literature/.test(q.prompt)))
      expect(q.answer).not.toMatch(/September|^[1-5] October/);
  });
});

describe("dates: a lead's past weekday gives the news its month", () => {
  it.each([
    ["Ola Berg on Thursday took over as the 31st chief of the Valdorian air force.", "September 2032"],
    ["Ola Berg took over as the chief of the air force on Friday.", "October 2032"],
    ["Ola Berg will take over as the chief of the air force on Thursday.", null],
    ["Ola Berg took over as the chief of the air force.", null],
  ])("leadDayMonth: %s", (lead, expected) => {
    // Friday 1 October 2032: the Thursday before is 30 September.
    expect(leadDayMonth([lead], new Date(Date.UTC(2032, 9, 1, 12)))).toBe(expected);
  });
});
