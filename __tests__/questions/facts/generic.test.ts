import { generate } from "@/questions/generate";
import { annotate, annotateSentence, type Sentence } from "@/questions/pipeline/04-sentences";
import {
  absoluteDates,
  agentClause,
  appositiveAsClause,
  asOfNow,
  complementClause,
  fullNameIn,
  genericFacts,
  keepsItsVerb,
  meansClause,
  namedTwice,
  openingParticiple,
  participleAside,
  participleClause,
  prepareSentence,
  prepositionalRelative,
  recordAppositive,
  relativeClause,
  seatOfBody,
  speaks,
  storyPeople,
  storyReferents,
  storySides,
  storyState,
  subordinateClause,
  timeOfOtherPart,
  trimAround,
  votesAgainst,
  withCounterparts,
  withFullNames,
  withOfficeHolders,
  withoutTrailingPhrases,
  withReferents,
  withShortTitle,
  withSubject,
} from "@/questions/pipeline/facts/generic";
import { passesGate } from "@/questions/pipeline/gate";
import { normKey } from "@/questions/text";

const REFERENCE = new Date(Date.UTC(2024, 10, 13, 12)); // Wednesday 13 November 2024

/** A story of one article dated at REFERENCE, of the given sentences. */
const oneDatedArticle = (texts: string[]) => [
  { id: "a", sentences: annotate(texts), reference: REFERENCE, dated: true },
];

/** The generic path's questions for one article made of the given sentences, dated REFERENCE unless null. */
const askedFrom = (texts: string | string[], reference: Date | null = REFERENCE) =>
  genericFacts(
    [
      {
        id: "a",
        sentences: annotate(typeof texts === "string" ? [texts] : texts),
        reference: reference ?? REFERENCE,
        dated: reference !== null,
      },
    ],
    new Map(),
  );

describe("generic: sentences are prepared without made-up dates", () => {
  const rows: [string, Date | null, string | null][] = [
    [
      "OSLO: The council met on Monday to approve the plan.",
      REFERENCE,
      "The council met on 11 November 2024 to approve the plan.",
    ],
    ["OSLO: The council met on Monday to approve the plan.", null, "The council met to approve the plan."],
    // A list of days takes its year from its own clause, not from a "will" later in the sentence.
    [
      "The meeting on November 11 and 12 was the first under Valdoria's chairship, ahead of the summit Valdoria will host later this year.",
      REFERENCE,
      "The meeting on 11 and 12 November 2024 was the first under Valdoria's chairship, ahead of the summit Valdoria will host later in 2024.",
    ],
    [
      "The declaration introduced six new initiatives:",
      null,
      "The declaration introduced six new initiatives.",
    ],
    ["WATCH | PM MEETS THE PRESIDENT IN OSLO:", null, null],
    [
      "Opposition Leader Ola Berg is learnt to have asked the government to defer its decision till the court hearing",
      null,
      "Opposition Leader Ola Berg is learnt to have asked the government to defer its decision till the court hearing.",
    ],
    ["Harbour Council Approves Two New Rates For Small Ports In Tromso Today", null, null],
    [
      "- a summary report of the fifth cycle of the evaluation of the reserves in the northern region",
      null,
      null,
    ],
    [
      "The panel met on Monday (February 24) in the capital.",
      null,
      "The panel met on February 24 in the capital.",
    ],
    [
      "She retired on Sunday, November 3, after a long career.",
      null,
      "She retired on November 3, after a long career.",
    ],
    ["Budget 2031 live updates: zero tax for income up to Rs 14 lakh", null, null],
    ["• Updated Mar 03, 2031, 10:52 PM IST.", null, null],
    ["Updated 1 May 2031 at 10.52 PM IST.", null, null],
    [
      "The first strike was on the Tide camp in Tromso, Nordland, at 2.15 am.",
      null,
      "The first strike was on the Tide camp in Tromso, Nordland, at 2.15 am.",
    ],
    ['"We will win," she said.', null, null],
    [
      "But Berg brought Valdoria back into the contest with two quick wickets.",
      null,
      "Berg brought Valdoria back into the contest with two quick wickets.",
    ],
    [
      "The announcement comes after the Council announced the Harbour Medal in the last one month for Ola Berg.",
      null,
      "The Council announced the Harbour Medal for Ola Berg.",
    ],
    ["Currently, Valdoria is 9th in the medal tally with four medals so far.", null, null],
    [
      "The navy recovered the module in Bay of Tromso sea after the test.",
      null,
      "The navy recovered the module in the Bay of Tromso after the test.",
    ],
    [
      "Norwegian Navy has recovered the module, which Danish Navy had tracked.",
      null,
      "The Norwegian Navy has recovered the module, which the Danish Navy had tracked.",
    ],
    [
      "Harbour Convention was signed in Tromso in 1968, and Valdoria joined Harbour Convention in 1979.",
      null,
      "The Harbour Convention was signed in Tromso in 1968, and Valdoria joined the Harbour Convention in 1979.",
    ],
    ["The Harbour Convention was signed in 1967.", null, "The Harbour Convention was signed in 1967."],
    [
      "Kari Nord, 34, is the youngest writer to win the prize.",
      null,
      "Kari Nord is the youngest writer to win the prize.",
    ],
    [
      "The Indian Navy and the Royal Norwegian Navy began the drill.",
      null,
      "The Indian Navy and the Royal Norwegian Navy began the drill.",
    ],
    [
      "In Rajya Sabha, the Orca Bill got 141 votes, after it passed in Lok Sabha.",
      null,
      "In the Rajya Sabha, the Orca Bill got 141 votes, after it passed in the Lok Sabha.",
    ],
    ["The bill went to Senate in May.", null, "The bill went to the Senate in May."],
    // A service written with its article, or one of no country, stays as it is.
    [
      "The module that the Norwegian Navy recovered was handed to Harbour Navy officials.",
      null,
      "The module that the Norwegian Navy recovered was handed to Harbour Navy officials.",
    ],
    [
      "Shooter Mara Lind has won two bronze in Tromso and a silver in Oslo.",
      null,
      "Shooter Mara Lind has won two bronze medals in Tromso and a silver in Oslo.",
    ],
    [
      "The Oslo 2019 gold medalist threw 87.6m in 2021.",
      null,
      "The Oslo 2019 gold medalist threw 87.6m in 2021.",
    ],
    [
      "India sent 25 tonnes of relief aboard two Indian Air Force aircraft.",
      null,
      "India sent 25 tonnes of relief aboard two Indian Air Force aircraft.",
    ],
    [
      "At present, Tromso harbours the most wetlands.",
      null,
      "At present, Tromso harbours the most wetlands.",
    ],
    [
      "The council has announced five medals within a span of one month.",
      null,
      "The council has announced five medals within a span of one month.",
    ],
  ];
  it.each(rows)("generic: %s", (text, reference, expected) => {
    expect(prepareSentence(text, reference)).toBe(expected);
  });

  it("generic: a year alone dates 'At present', never a tally that moves within it", () => {
    expect(prepareSentence("At present, Tromso harbours the most wetlands.", null, 2031)).toBe(
      "As of 2031, Tromso harbours the most wetlands.",
    );
    expect(
      prepareSentence("Currently, Valdoria is 9th in the medal tally with four medals so far.", null, 2031),
    ).toBe(null);
  });

  /** The questions of an undated article whose lead names the year 2031 ("Harbour Day 2031"). */
  const askedFromUndated2031 = (texts: string[]) =>
    genericFacts(
      [
        {
          id: "a",
          sentences: annotate(texts),
          reference: REFERENCE,
          dated: false,
          year: null,
          month: "2031",
        } as never,
      ],
      new Map(),
    );

  it("generic: an undated article's lead year ('Independence Day 2031') dates its 'At present'", () => {
    const asked = askedFromUndated2031([
      "On the eve of Harbour Day 2031, Valdoria added three wetlands to its list.",
      "At present, Sikkim harbours the most wetlands, followed by Goa.",
    ]);
    expect(asked.some((c) => /\bas of 2031\b/i.test(c.prompt))).toBe(true);
    expect(asked.some((c) => /\bat present\b/i.test(c.prompt))).toBe(false);
  });

  it("generic: a fact deep in an undated article takes the year its lead gives, where it has no date of its own", () => {
    const asked = askedFromUndated2031([
      "On the eve of Harbour Day 2031, Valdoria listed new wetlands.",
      "The list now holds 85 sites.",
      "Officials welcomed the move.",
      "Fishermen were consulted.",
      "Ola Berg expressed happiness over the addition of three Tromso wetlands on the eve of Harbour Day.",
    ]);
    expect(asked.find((c) => c.answer === "three")?.prompt).toBe(
      "How many Tromso wetlands were added on the eve of Harbour Day in 2031?",
    );
  });

  it("generic: a day that comes round each year is asked without a year", () => {
    expect(absoluteDates("The Harbour Day is observed every year on March 20.", REFERENCE)).toBe(
      "The Harbour Day is observed every year on March 20.",
    );
    const dated = askedFrom("The Harbour Day is observed every year on March 20.").find(
      (c) => c.kind === "when" && !c.mention,
    );
    expect(dated?.answer).toBe("20 March");
  });

  it("generic: a normal date is a day of every year", () => {
    expect(absoluteDates("The normal date of onset over Nordland is June 1.", REFERENCE)).toBe(
      "The normal date of onset over Nordland is June 1.",
    );
  });

  it.each([
    [
      "Ola Berg has served as Vice Chief since January last year.",
      "Ola Berg has served as Vice Chief since January 2023.",
    ],
    ["The data will be released by December this year.", "The data will be released by December 2024."],
    ["Valdoria moved up three places from last year.", "Valdoria moved up three places from 2023."],
  ])("generic: a period after its own preposition takes no 'in': %s", (text, expected) => {
    expect(absoluteDates(text, REFERENCE)).toBe(expected);
  });

  it("generic: a possessive period names its year with no preposition", () => {
    expect(absoluteDates("Ola Berg is among this year's Harbour awardees.", REFERENCE)).toBe(
      "Ola Berg is among 2024's Harbour awardees.",
    );
    expect(absoluteDates("Ola Berg won the prize last year.", REFERENCE)).toBe(
      "Ola Berg won the prize in 2023.",
    );
  });

  it("generic: the days of a list share their month and its year", () => {
    expect(absoluteDates("The election was held in three phases on November 5, 12 and 19.", REFERENCE)).toBe(
      "The election was held in three phases on 5, 12 and 19 November 2024.",
    );
    expect(absoluteDates("The next meeting is scheduled for April 6 to 8.", REFERENCE)).toBe(
      "The next meeting is scheduled for 6 to 8 April 2025.",
    );
  });

  it("generic: a weekday in a sentence about the future is the next one, not the last", () => {
    // REFERENCE is a Wednesday (13 November 2024).
    expect(absoluteDates("The Harbour Prize will be announced on Friday.", REFERENCE)).toBe(
      "The Harbour Prize will be announced on 15 November 2024.",
    );
    expect(absoluteDates("The Harbour Prize was announced on Friday.", REFERENCE)).toBe(
      "The Harbour Prize was announced on 8 November 2024.",
    );
    expect(absoluteDates("Ola Berg said on Friday the prize will go to Tromso.", REFERENCE)).toBe(
      "Ola Berg said on 8 November 2024 the prize will go to Tromso.",
    );
    expect(absoluteDates("Ola Berg will get the prize, the academy announced on Friday.", REFERENCE)).toBe(
      "Ola Berg will get the prize, the academy announced on 8 November 2024.",
    );
  });

  it("generic: a span of days asks neither its first day as a date nor its days as a count", () => {
    const asked = askedFrom("The next meeting of the Harbour Committee is scheduled for April 6 to 8.");
    for (const c of asked) expect(c.answer).not.toMatch(/^(?:6|8)\b/);
  });

  it("generic: 'The 17-year-old' after a sentence about a person is that person", () => {
    const asked = askedFrom([
      "Grandmaster Ola Berg on Sunday became the youngest Valdorian to win the Harbour Rapid Chess Championship.",
      "The 17-year-old from Tromso finished on 9.5 points from 13 rounds.",
    ]);
    expect(asked.find((c) => c.answer === "9.5")?.prompt).toMatch(
      /^On how many points did Ola Berg from Tromso finish/,
    );
  });

  it("generic: 'He' after a sentence two people open stands for neither of them", () => {
    const asked = askedFrom([
      "Former Prime Minister Ola Berg died in Tromso on Thursday night.",
      "President Mara Lind and Prime Minister Kari Nord paid tributes to Berg.",
      "He was awarded the Harbour Medal in 1987.",
    ]);
    expect(
      asked.filter((c) => /Mara Lind|Kari Nord/.test(c.prompt) && /1987|Harbour Medal/.test(c.answer)),
    ).toEqual([]);
  });

  it("generic: an age that bounds what a figure counts is no fact, and its participle is no verb", () => {
    const asked = askedFrom(
      "The unemployment rate for persons aged 15 years and above in urban areas fell to 4.9 per cent in the July-September quarter of 2031.",
    );
    expect(asked.some((c) => c.answer === "15 years" || c.answer === "15")).toBe(false);
    expect(asked.find((c) => c.answer === "4.9 per cent")?.prompt).toBe(
      "To what percentage did the unemployment rate for persons aged 15 years and above in urban areas fall in the July-September quarter of 2031?",
    );
  });

  it("generic: a bracketed word inside a law's name stays in it", () => {
    const asked = askedFrom(
      "The Nordland Assembly had passed the resolution in March 2029, and Parliament enacted the Nordland Legislative Council (Abolition) Act in August 2030.",
    );
    expect(asked.filter((c) => /Council Act/.test(`${c.prompt} ${c.answer}`))).toEqual([]);
  });

  it("generic: 'last year' and 'last month' follow the article's date, or are left out", () => {
    expect(absoluteDates("The pact signed in October last year was extended.", REFERENCE)).toBe(
      "The pact signed in October 2023 was extended.",
    );
    expect(absoluteDates("Prices rose last month.", REFERENCE)).toBe("Prices rose in October 2024.");
    expect(absoluteDates("Prices rose last month.", null)).toBe("Prices rose.");
  });

  it("generic: 'Currently,' is the month of a dated article, its year when only that is known, and stays in an undated one", () => {
    expect(absoluteDates("Currently, Valdoria is 9th in the medal tally.", REFERENCE)).toBe(
      "As of November 2024, Valdoria is 9th in the medal tally.",
    );
    expect(absoluteDates("At present, Tromso has 12 sites.", null, 2031)).toBe(
      "As of 2031, Tromso has 12 sites.",
    );
    expect(absoluteDates("Currently, Valdoria is 9th in the medal tally.", null)).toBe(
      "Currently, Valdoria is 9th in the medal tally.",
    );
  });

  it("generic: a subject's aside that says what the person is asks by it", () => {
    const asked = askedFrom(
      "Ola Berg, a 1994-batch Valdorian civil service officer, has been appointed as the harbour commissioner.",
    );
    const who = asked.find((c) => c.answer === "Ola Berg" && !c.mention);
    expect(who?.prompt).toBe(
      "Which 1994-batch Valdorian civil service officer was appointed as the harbour commissioner?",
    );
    // An aside that is no calling ("a veteran of the north") leaves the question "Who ...".
    const plain = askedFrom("Ola Berg, a veteran of the north, won the gold medal in Tromso.");
    expect(plain.find((c) => c.answer === "Ola Berg" && !c.mention)?.prompt).toBe(
      "Who won the gold medal in Tromso in November 2024?",
    );
  });

  it("generic: 'Who was a noted agronomist who led ...?' asks 'Who led ...?'; a country the description names replaces 'the country'", () => {
    const led = askedFrom(
      "Mara Lind, born on March 3, 1950, was a noted agronomist who led Norway's seed bank from 1977 to 1990.",
    );
    expect(led.find((c) => c.answer === "Mara Lind" && !c.mention)?.prompt).toBe(
      "Who led Norway's seed bank from 1977 to 1990?",
    );
    const national = askedFrom(
      "Ola Berg, born on March 3, 1950, was a notable Norwegian political leader who served as the country's seventh Prime Minister from 1977 to 1978.",
    );
    expect(national.find((c) => c.answer === "Ola Berg" && !c.mention)?.prompt).toBe(
      "Who served as Norway's seventh Prime Minister from 1977 to 1978?",
    );
    const elsewhere = askedFrom(
      "Ola Berg, born on March 3, 1950, was a notable Norwegian political leader who served as Chile's envoy to Peru from 1977 to 1978.",
    );
    // No "the country's" to stand for: the description stays, and "as Chile's envoy" is a role, not a clause.
    expect(elsewhere.find((c) => c.answer === "Ola Berg" && !c.mention)?.prompt).toBe(
      "Who was a notable Norwegian political leader who served as Chile's envoy to Peru from 1977 to 1978?",
    );
  });

  it("generic: a name with its own class noun after it is asked by the noun", () => {
    const orbit = askedFrom(
      "The Tromso probe has successfully entered the Lantern orbit around the L1 point.",
    );
    expect(orbit.find((c) => c.answer === "Lantern" && !c.mention)?.prompt).toBe(
      "Which orbit has the Tromso probe successfully entered around the L1 point?",
    );
    const carried = askedFrom('An "Orca Force One" train carried PM Ola Berg from Chile to Tromso.');
    expect(carried.find((c) => c.answer === "Orca Force One" && !c.mention)?.prompt).toBe(
      "Which train carried PM Ola Berg from Chile to Tromso in November 2024?",
    );
    // One of two things taken is no phrase to front alone.
    const two = askedFrom('Delegates took an "Orca Force One" train and two ferries to Tromso.');
    expect(two.find((c) => c.answer === "Orca Force One" && !c.mention)?.prompt).not.toMatch(/^Which train/);
    const train = askedFrom(
      "Prime Minister Mara Lind arrived in Tromso from Norway on a Polar Star One train.",
    );
    expect(train.find((c) => c.answer === "Polar Star One" && !c.mention)?.prompt).toBe(
      "On which train did Prime Minister Mara Lind arrive in Tromso from Norway in November 2024?",
    );
  });

  it("generic: an aside after a comma at the end of a wh-question goes", () => {
    const asked = askedFrom(
      "The Nordic Space Organisation performed the final manoeuvre to insert the Tromso probe into its final orbit, some 2.5 million kilometres from the Earth.",
    );
    expect(asked.find((c) => c.answer === "Nordic Space Organisation" && !c.mention)?.prompt).toBe(
      "Which organisation performed the final manoeuvre to insert the Tromso probe into its final orbit in November 2024?",
    );
  });

  it("generic: a bay or a sea is asked as a water body, not a city", () => {
    const asked = askedFrom(
      "The crew module splashed down in the Bay of Tromso, 12 kilometres off the coast.",
    );
    expect(asked.find((c) => c.answer === "Bay of Tromso" && !c.mention)?.prompt).toMatch(
      /^In which water body did the crew module splash down\b/,
    );
  });

  it("generic: a town and its region are one place, not two clauses", () => {
    const asked = askedFrom(
      "The fourth summit was held in Harbourtown, Nordland on September 14, 2031 amid talks on trade.",
    );
    expect(asked.find((c) => c.kind === "when" && !c.mention)?.prompt).toBe(
      "On which date was the fourth summit held in Harbourtown, Nordland?",
    );
  });

  it("generic: a date asked of its verb takes its part of the day with it", () => {
    const asked = askedFrom(
      "The selection committee met in Tromso on February 24 evening and made the decision.",
    );
    const date = asked.find((c) => c.kind === "when" && !c.mention);
    expect(date?.prompt).toBe("On which date did the selection committee meet in Tromso?");
  });

  it("generic: what a quantity is of goes with its fronted figure", () => {
    const prompts = askedFrom([
      "Valdoria exported 5 million tonnes of rice in 2030.",
      "The Valdorian Army is represented by 90 soldiers of its 3rd Mountain Brigade.",
    ]).map((c) => c.prompt);
    expect(prompts).toContain("How many tonnes of rice did Valdoria export in 2030?");
    expect(prompts).toContain(
      "By how many soldiers of its 3rd Mountain Brigade is the Valdorian Army represented?",
    );
    expect(prompts.filter((p) => /\b(?:export|represented) of\b/.test(p))).toEqual([]);
  });

  it("generic: a figure joined to its unit by a hyphen, a frequency and an edition's year are not fronted", () => {
    const prompts = askedFrom([
      "Ola Berg opened the 14.6-km Orca rail tunnel in Tromso on Friday.",
      "The Harbour Report is published every two years by the Harbour Survey.",
      "Valdoria beat Nordland to qualify for the 2032 Harbour Cup in Tromso.",
    ]).map((c) => c.prompt);
    expect(prompts.filter((p) => /^How many kilometres|^How many years|^For which year/.test(p))).toEqual([]);
  });

  it("generic: a capitalised participle inside a title ('General Officer Commanding') is no name", () => {
    const asked = askedFrom(
      "Lieutenant General Erik Holm, General Officer Commanding of the Orca Command, attended the opening ceremony.",
    );
    expect(asked.some((c) => c.answer === "Commanding")).toBe(false);
  });

  it("generic: an honour's standing is no record to ask; who received it in which year is", () => {
    const prompts = askedFrom(
      "Erik Holm was awarded the Harbour Medal, Valdoria's highest civilian honour, in 2010.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("Which medal was Erik Holm awarded in 2010?");
    expect(prompts.some((p) => /highest civilian honour\?$/.test(p))).toBe(false);
  });

  it("generic: a moved date goes before whoever reported it, and an edition's year is no fact", () => {
    const asked = askedFrom(
      "Valdorian novelist Ola Berg was on Thursday awarded the 2031 Harbour Prize for Literature, the Harbour Academy said.",
    );
    expect(asked.some((c) => c.answer === "2031")).toBe(false);
    expect(asked.filter((c) => /said on _____|said on 7 November/.test(c.prompt))).toEqual([]);
    expect(asked.find((c) => c.kind === "when" && !c.mention)?.prompt).toBe(
      "On which date was Valdorian novelist Ola Berg awarded the 2031 Harbour Prize for Literature?",
    );
  });

  it.each([
    ["According to Ola Berg, the revised tax structure will be implemented from 22 September.", true],
    ["According to the Finance Minister Ola Berg, the new rates apply from Monday.", true],
    ['"We will win," said Ola Berg.', true],
    ["Ola Berg said the rates apply from Monday.", true],
    ["Ola Berg chaired the meeting in Tromso.", false],
    ["The award was given to Ola Berg.", false],
  ])("generic: whom a statement is attributed to speaks, as who said it does: %s", (text, expected) => {
    const end = text.indexOf("Ola Berg") + "Ola Berg".length;
    expect(speaks(text, end, end - "Ola Berg".length)).toBe(expected);
  });

  it("generic: a phrase after an abstract noun is the noun's, and is not fronted", () => {
    const prompts = askedFrom(
      "The applications for the five products were filed in 2031 with facilitation from the Harbour Bank.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /^From which bank\b/.test(p))).toBe(false);
    expect(prompts.some((p) => /with facilitation from (?:the )?_____/.test(p))).toBe(true);
  });

  it("generic: a list of sums is one subject, not a clause break before its last member", () => {
    const prompts = askedFrom(
      "Prizes of Rs 2 lakh, Rs 1.5 lakh and Rs 1 lakh were given to the winners of the Harbour Awards in Tromso.",
    ).map((c) => c.prompt);
    expect(prompts.filter((p) => /\bwere Rs 1 lakh given\b/.test(p))).toEqual([]);
  });

  it("generic: one sum of a list of sums is asked only as a blank, which keeps the list's order", () => {
    const asked = askedFrom([
      "The 6th Harbour Water Awards were conferred in Tromso on Monday.",
      "Each winner received a trophy, and cash prizes of Rs 2 lakh, Rs 1.5 lakh and Rs 1 lakh were given to the first, second and third placed winners.",
    ]);
    const sums = asked.filter((c) => /^Rs \d/.test(c.answer));
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.filter((c) => !c.prompt.includes("_____"))).toEqual([]);
  });

  it("generic: 'the mission' stands for no mission the story names only later, as background", () => {
    const prompts = askedFrom([
      "The Valdorian Space Agency on Monday launched the Orca-5 satellite from Tromso.",
      "The mission was flown in the heavy configuration with six strap-on motors.",
      "The rocket has flown more than 60 missions, including the Tide Lunar Mission of 2019.",
    ]).map((c) => c.prompt);
    expect(prompts.filter((p) => /Tide Lunar Mission was flown/.test(p))).toEqual([]);
  });

  it("generic: a body's report is the body's, and is not asked as 'Which report'", () => {
    const asked = askedFrom(
      "The HIPO report noted that global venture capital investment fell by 4.2 per cent in 2031.",
    );
    expect(asked.filter((c) => /^Which report\b/.test(c.prompt))).toEqual([]);
  });

  it("generic: a class noun after two describing words asks the name by all three", () => {
    const prompts = askedFrom(
      "The Valdorian Space Agency on Monday successfully launched the Orca-5 earth observation satellite from Tromso.",
    ).map((c) => c.prompt);
    expect(
      prompts.some((p) =>
        /^Which earth observation satellite did the Valdorian Space Agency successfully launch from Tromso/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(prompts.some((p) => /^Which earth did/.test(p))).toBe(false);
  });

  it("generic: a Grandmaster is a person, and a date an aside ends with stays with the clause", () => {
    const asked = askedFrom(
      "Indian Grandmaster Ola Berg on Sunday became the youngest Indian to win the Harbour Rapid Chess Championship, beating Erik Holm in the tie-break.",
    );
    expect(asked.find((c) => c.answer === "Ola Berg")?.prompt).toBe(
      "Who became the youngest Indian to win the Harbour Rapid Chess Championship on 10 November 2024?",
    );
  });

  it("generic: an office whose name holds brackets is read as text, not as a pattern", () => {
    expect(() =>
      genericFacts(
        oneDatedArticle([
          "Union Minister of State (Independent Charge) for Science and Technology Kari Nord congratulated the team.",
          "The minister of state (independent charge) for science and technology said the launch was a success.",
        ]),
        new Map(),
      ),
    ).not.toThrow();
  });

  it("generic: a cost, a count after 'among' and a company are asked by what they are", () => {
    const prompts = askedFrom([
      "The Orca tunnel was built at a cost of Rs 3,100 crore by Harbour Rail Nigam Limited.",
      "The Harbour Council presidency rotates among five regional groups.",
    ]).map((c) => c.prompt);
    expect(
      prompts.some((p) => /^At what cost was the Orca tunnel built by Harbour Rail Nigam Limited/.test(p)),
    ).toBe(true);
    expect(prompts.some((p) => /^Which company built the Orca tunnel/.test(p))).toBe(true);
    expect(
      prompts.some((p) =>
        /^Among how many regional groups does the Harbour Council presidency rotate/.test(p),
      ),
    ).toBe(true);
  });

  it("generic: what a sum is the value of says what to ask ('With what outlay ...?', 'What cash award ...?')", () => {
    const prompts = askedFrom([
      "The Union Cabinet approved the Harbour Green Mission with an initial outlay of Rs 19,744 crore.",
      "The Valdoria Hockey Board announced a cash award of Rs 3 lakh for each player and Rs 1.5 lakh for each coach.",
      "Chief Minister Mara Lind announced an ex gratia of Rs 4 lakh each for the families of the deceased.",
    ]).map((c) => c.prompt);
    expect(prompts).toContain(
      "With what initial outlay did the Union Cabinet approve the Harbour Green Mission in November 2024?",
    );
    expect(prompts).toContain(
      "What cash award did the Valdoria Hockey Board announce for each player in November 2024?",
    );
    expect(prompts).toContain(
      "What ex gratia did Chief Minister Mara Lind announce for the families of the deceased in November 2024?",
    );
  });

  it("generic: a record in an appositive after a name is asked of the name", () => {
    const prompts = askedFrom(
      "Ola Berg on Friday opened the Orca rail tunnel, Valdoria's longest railway tunnel, on the Tromso line.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("Which rail tunnel is Valdoria's longest railway tunnel?");
  });

  it("generic: whom a winner beat, ranked or not, is asked of the winner", () => {
    const asked = askedFrom(
      "Mara Lind of Norway won her first Grand Slam title on Saturday, beating world number one Ana Dahl 6-4, 3-6, 7-5 in the Harbour Open women's singles final at Orca Arena.",
    );
    expect(asked.find((c) => c.answer === "Mara Lind" && /^Who beat/.test(c.prompt))?.prompt).toBe(
      "Who beat world number one Ana Dahl in the Harbour Open women's singles final at Orca Arena?",
    );
  });

  it("generic: a date between the auxiliary and its participle is asked fronted", () => {
    const asked = askedFrom(
      "Foreign Minister Ola Berg was on Tuesday elected President of the annual session of the Harbour Assembly.",
    );
    const date = asked.find((c) => c.kind === "when" && !c.mention);
    expect(date?.prompt).toBe(
      "On which date was Foreign Minister Ola Berg elected President of the annual session of the Harbour Assembly?",
    );
  });

  it("generic: either end of a span of years is asked by a blank, with options the span allows", () => {
    const asked = askedFrom("Kari Nord served as the Chief of the Harbour Staff from 2024 to 2027.");
    const start = asked.find((c) => c.answer === "2024" && !c.mention);
    expect(start?.prompt).toMatch(
      /fills the blank in "Kari Nord served as the Chief of the Harbour Staff from _____ to 2027"/,
    );
    expect(asked.some((c) => /^From which year|^To which year/.test(c.prompt))).toBe(false);
  });

  it("generic: the month put in for 'Currently,' is not asked, and the stems keep their 'As of'", () => {
    const asked = askedFrom(
      "Currently, Valdoria is at the 12th position in the medal tally with seven medals so far.",
    );
    expect(asked.filter((c) => !c.mention).map((c) => c.answer)).not.toContain("November 2024");
    const stems = asked.filter((c) => !c.mention).map((c) => c.prompt);
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).toContain('"As of November 2024, Valdoria');
  });
});

describe("generic: a blank's stem is the clause around it, cut at phrase boundaries", () => {
  it("generic: a long sentence is cut at a comma or a trailing phrase, never mid-phrase", () => {
    const text =
      "World champion Ola Berg won silver in the men's javelin throw final at the Games in the early hours as his rival won a historic gold with a record.";
    const at = text.indexOf("Ola Berg");
    const stem = trimAround(text, at, at + "Ola Berg".length, 20);
    expect(stem).toMatch(/^World champion _____ won silver in the men's javelin throw final/);
    expect(stem?.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it("generic: commas inside a date are not phrase boundaries", () => {
    const text = "Mara Lind, born on June 14, 1927, was the ninth governor of the bank from 1961 to 1966.";
    const at = text.indexOf("ninth");
    expect(trimAround(text, at, at + 5, 12)).not.toMatch(/^1927/);
    // The aside goes first, so the stem keeps its subject.
    expect(trimAround(text, at, at + 5, 12)).toMatch(/^Mara Lind was the _____ governor of the bank/);
  });

  it("generic: 'Built by the Harbour Yard, Mumbai, Skua follows ...' blanks the yard's city, keeping the subject", () => {
    const asked = askedFrom(
      "Built by the Harbour Yard, Mumbai, Skua follows her sister ships Orca and Tide, commissioned at Bergen in 2031.",
    ).filter((c) => c.answer === "Mumbai");
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).not.toMatch(/"_____ follows|_____ follows her/);
      expect(c.prompt).toMatch(/Skua follows/);
    }
  });

  it("generic: 'Berg, 61, is ...' makes Berg the 'he' of the next sentence, not the person named before", () => {
    const articles = [
      {
        id: "a",
        sentences: annotate([
          "Harbour Party member Ola Berg was on Thursday elected deputy chairman of the Upper House.",
          "The motion proposing his name was moved by Prime Minister Mara Lind.",
          "Berg, 61, is a second-term member from Nordland, first elected in 2018.",
          "A chartered accountant from Mumbai, he has served as the party's treasurer and chaired the committee on commerce.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ];
    const asked = genericFacts(articles, storyPeople(articles));
    expect(asked.filter((c) => /Mara Lind has served/.test(c.prompt))).toEqual([]);
    const mumbai = asked.filter((c) => c.answer === "Mumbai");
    expect(mumbai.length).toBeGreaterThan(0);
    for (const c of mumbai) expect(c.prompt).toMatch(/Ola Berg has served/);
    // The party's name keeps its capitals in the wh-phrase.
    expect(asked.filter((c) => /\bharbour Party\b/.test(c.prompt))).toEqual([]);
  });

  it("generic: a country inside a body's name stays in the calling ('Which Hockey India president ...')", () => {
    const asked = askedFrom(
      "Hockey India president Ola Berg announced a cash award of Rs 5 lakh for each player.",
    );
    expect(asked.some((c) => /^Which Hockey India president\b/.test(c.prompt))).toBe(true);
    expect(asked.filter((c) => /\bHockey president\b/.test(c.prompt))).toEqual([]);
  });

  it("generic: a calling that opened the sentence is lower case inside the question ('did boxer Ola Berg')", () => {
    const asked = askedFrom(
      "Boxer Ola Berg and para-badminton player Mara Lind received the Harbour Award, the country's top honour, on Monday.",
    );
    expect(asked.filter((c) => /\bBoxer\b/.test(c.prompt))).toEqual([]);
    expect(asked.some((c) => /did boxer Ola Berg/.test(c.prompt))).toBe(true);
  });

  it("generic: a list of things in places keeps each item's place ('Orca in _____, Skua in Alwar')", () => {
    const asked = askedFrom(
      "Nordland's other tiger reserves are Orca in Sawai Madhopur, Skua in Alwar, Tide Hills in Kota and Harbour in Bundi, officials said.",
    );
    const madhopur = asked.find((c) => c.answer === "Sawai Madhopur");
    expect(madhopur?.prompt).toMatch(/Orca in _____, Skua in Alwar/);
    expect(asked.filter((c) => / and Harbour$|^Kota and /.test(c.answer))).toEqual([]);
  });

  it("generic: ', also directed X to frame,' is the sentence's verb, not an aside to drop", () => {
    const text =
      "The Bench, comprising Justices Ola Berg, Mara Lind, Kari Nord, Erik Holm and Ingrid Dahl, also directed the Harbour Commission of Valdoria to frame, within six months, binding guidelines for candidates.";
    const at = text.indexOf("six");
    expect(trimAround(text, at, at + 3, 22) ?? "").not.toMatch(/Dahl within _____/);
  });

  it("generic: a name set off after its description is asked by its class noun", () => {
    const prompts = askedFrom(
      "Chile on Sunday successfully launched its first earth observation satellite, Orca-1, from the Andoya Space Centre.",
    ).map((c) => c.prompt);
    expect(
      prompts.some((p) =>
        /^Which satellite did Chile successfully launch from the Andoya Space Centre/.test(p),
      ),
    ).toBe(true);
  });

  it("generic: an edition's year goes with the name it dates, and a source's day of speaking is not asked", () => {
    const asked = askedFrom(
      "Novelist Mara Lind has won the 2024 Harbour Literary Prize for her novel Tide, the prize committee announced on Monday.",
    );
    expect(
      asked.some((c) => /^Which prize did novelist Mara Lind win for her novel Tide\b/.test(c.prompt)),
    ).toBe(true);
    expect(asked.filter((c) => c.kind === "when" && !c.mention).map((c) => c.prompt)).toEqual([]);
  });

  it("generic: a year inside a participle's aside is asked of the subject", () => {
    const prompts = askedFrom("The Harbour Prize, instituted in 1987, is given every year to a poet.").map(
      (c) => c.prompt,
    );
    expect(prompts).toContain("In which year was the Harbour Prize instituted?");
  });

  it("generic: 'to spare' goes with the fronted figure", () => {
    const prompts = askedFrom(
      "Valdoria reached the target with 11 balls to spare in the final in Tromso.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /[Ww]ith how many balls to spare did Valdoria reach the target/.test(p))).toBe(
      true,
    );
  });

  it("generic: a stem does not start after 'which' when the relative clause has a subject of its own", () => {
    const text =
      "About 3.4 million pensioners were affected by the cut, which the government had said would save 0.6 per cent of GDP.";
    const at = text.indexOf("0.6 per cent");
    expect(trimAround(text, at, at + "0.6 per cent".length, 22)).not.toMatch(/^The government had said/i);
  });

  it("generic: a year between a determiner and its noun says which law, and is not asked as the verb's", () => {
    const asked = askedFrom(
      "The Harbour Court on Monday struck down a 2021 law that cut pensions in Valdoria.",
    );
    expect(asked.filter((c) => c.answer === "2021" && !c.prompt.includes("_____") && !c.mention)).toEqual([]);
  });

  it("generic: a second predicate after the blank goes whole, not its last phrase alone", () => {
    const text =
      "Ola Berg, currently serving as the Vice Chief of Naval Staff, was commissioned into the navy in 1989 and is a specialist in anti-submarine warfare.";
    const at = text.indexOf("1989");
    expect(trimAround(text, at, at + 4, 22)).toBe(
      "Ola Berg, currently serving as the Vice Chief of Naval Staff, was commissioned into the navy in _____",
    );
  });

  it("generic: a stem cut at 'which' takes the name the clause is about as its subject", () => {
    const text =
      "The 18th Nordic summit ended in Tromso on Saturday with leaders adopting the Tromso Pact, which commits member states to cut shipping emissions by 40 per cent.";
    const at = text.indexOf("40 per cent");
    expect(trimAround(text, at, at + "40 per cent".length, 22)).toBe(
      "the Tromso Pact commits member states to cut shipping emissions by _____",
    );
  });

  it("generic: a blank in the subject's aside keeps the subject, a few words over rather than none", () => {
    const text =
      "Election Commissioner Ola Berg, a seasoned 1994-batch Valdorian Civil Service officer from the Tromso cadre, has been appointed the 12th Chief Election Commissioner of Valdoria.";
    const at = text.indexOf("Tromso");
    expect(trimAround(text, at, at + "Tromso".length, 22)).toMatch(
      /^Election Commissioner Ola Berg, a seasoned 1994-batch .* from the _____ cadre, has been appointed/,
    );
  });
});

describe("generic: a cloze stem is a clause, never the fragment a cut leaves", () => {
  const stemFor = (text: string, answer: string, maxWords = 22) => {
    const at = text.indexOf(answer);
    return trimAround(text, at, at + answer.length, maxWords);
  };

  it.each([
    [
      "a verb whose subject the cut took",
      "Separately, data released by the Harbour Statistics Office on Friday showed that factory output, measured by the Valdorian index of production, grew 4.6 per cent in May, up from 3.9 per cent in April, led by mining.",
      "3.9 per cent",
    ],
    [
      "an adverb and the verb after it",
      "Ola Berg, chief economist at Tromso-based Harbour Ratings, however, cautioned that a rise in global crude oil prices, now hovering near $92 a barrel, could push up fuel and transport costs across the region in the coming months.",
      "$92",
    ],
    [
      "a phrase with no verb at all",
      "The central bank of Valdoria is mandated by the government to keep retail inflation at 4 per cent, with a tolerance band of 2 percentage points on either side.",
      "2",
    ],
  ])("generic: %s is no stem", (_what, text, answer) => {
    for (const maxWords of [22, 12]) expect(stemFor(text, answer, maxWords)).toBeNull();
  });

  it("generic: the relative clause stays with its subject instead", () => {
    const text =
      "Core inflation, which excludes volatile food and fuel items, was steady at about 3.9 per cent, according to economists' calculations.";
    expect(stemFor(text, "3.9 per cent")).toMatch(
      /^Core inflation, which excludes volatile food and fuel items, was steady at about _____/,
    );
  });

  it("generic: a verb the tagger reads as a noun still makes a clause", () => {
    const text =
      "Of the 781 members of the Valdorian electoral college who were eligible to vote in the election, 767 cast their votes on Tuesday in Tromso.";
    expect(stemFor(text, "767", 14)).toMatch(/767|_____ cast their votes/);
  });

  it("generic: a relative clause of the subject keeps its pronoun when the sentence's verb follows", () => {
    const text =
      "Analysts noted that the Nordland Declaration, which ran to 42 paragraphs, did not mention Valdoria by name.";
    expect(stemFor(text, "42", 12)).toBe(
      "the Nordland Declaration, which ran to _____ paragraphs, did not mention Valdoria by name",
    );
  });

  it("generic: a list's middle item is no aside to cut", () => {
    const text =
      "The new sites are the Harbour Lake in Goa, the Orca Marshes in Sikkim, the Nordland Bird Sanctuary in Tripura and the Valdor Reservoir in Mizoram.";
    const stem = stemFor(text, "Harbour Lake");
    expect(stem).not.toMatch(/in Goa the /);
    expect(stem).toMatch(/^The new sites are the _____ in Goa, the Orca Marshes in Sikkim/);
  });
});

describe("generic: every question of a made-up story passes the gate", () => {
  const text = [
    "Justice Mara Lind took oath as the 12th Chief Justice of Valdoria on Monday.",
    "President Ola Berg administered the oath in a ceremony held at the Crystal Bhawan.",
    "Lind will serve a tenure of six months and retire on May 16, 2025.",
  ];
  const articles = [{ id: "a", sentences: annotate(text), reference: REFERENCE, dated: true }];
  const candidates = genericFacts(articles, storyPeople(articles));

  it("generic: the lead's person is asked as a who-question with the resolved date", () => {
    const q = candidates.find((c) => c.answer === "Mara Lind" && c.kind === "who");
    expect(q?.prompt).toMatch(
      /^Which Justice took oath as the 12th Chief Justice of Valdoria on 11 November 2024\?$/,
    );
  });

  it("generic: no candidate breaks the gate", () => {
    expect(candidates.length).toBeGreaterThan(4);
    for (const c of candidates)
      expect([c.prompt, passesGate(c.prompt, c.answer, c.aliases)]).toEqual([c.prompt, true]);
  });
});

describe("generic: a country is not asked where its demonym stands in the question", () => {
  it("generic: 'Ghanaian counterpart' gives away Ghana, so no question on that sentence asks for Ghana", () => {
    const articles = oneDatedArticle([
      "Portuguese Defence Minister Tiago Ferreira met his Ghanaian counterpart Kwame Asante at the Atlantic Security Forum in Accra, Ghana.",
    ]);
    const candidates = genericFacts(articles, storyPeople(articles));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.filter((c) => c.answer === "Ghana")).toEqual([]);
  });
});

describe("generic: a city after an organisation is where the body sits", () => {
  it("generic: 'at DRDO in Hyderabad' is asked as the body's seat, not as where the praise happened", () => {
    const articles = oneDatedArticle([
      "The Defence Minister on Monday praised the missile test carried out by the Defence Research and Development Organisation.",
      "He said the government's steady support had kept morale high at DRDO in Hyderabad.",
    ]);
    const asked = genericFacts(articles, storyPeople(articles)).filter((c) => c.answer === "Hyderabad");
    expect(asked.map((c) => c.prompt)).toEqual(["In which city is DRDO based?"]);
  });
  it("generic: a body the lexicon does not know is no seat", () => {
    expect(seatOfBody("morale stayed high at the Harbour Club in ")).toBeNull();
    expect(seatOfBody("morale stayed high at the Reserve Bank of India in ")).toBe(
      "the Reserve Bank of India",
    );
  });
});

describe("generic: two capitals of two countries stand for their governments", () => {
  it("generic: 'the partnership between Lisbon and Madrid' is no pair of places to ask", () => {
    const articles = oneDatedArticle([
      "Portuguese Defence Minister Tiago Ferreira met his Ghanaian counterpart Kwame Asante in Accra on Monday.",
      "In another key meeting, Tiago Ferreira sat down with Spanish Defence Minister Ana Ruiz, reaffirming the enduring defence partnership between Lisbon and Madrid.",
    ]);
    const asked = genericFacts(articles, storyPeople(articles));
    expect(asked.map((c) => c.answer)).toContain("Ana Ruiz");
    expect(asked.map((c) => c.answer)).not.toContain("Lisbon and Madrid");
  });
});

describe("generic: a surname alone reads as the story's full name", () => {
  const names = new Map([
    ["Berg", "Ola Berg"],
    ["Lind", "Mara Lind"],
  ]);
  it.each([
    ["Berg managed a best of 78.12 metres.", "Ola Berg managed a best of 78.12 metres."],
    ["Ola Berg later met Lind in Tromso.", "Ola Berg later met Mara Lind in Tromso."],
    ["The Berg-Lind pact was signed.", "The Berg-Lind pact was signed."],
    // A rank or title stays before the full name; an honorific goes (blind reading 11: "General Negi" of whom?).
    ["Justice Lind took oath.", "Justice Mara Lind took oath."],
    ["Mr Berg said the plan was ready.", "Ola Berg said the plan was ready."],
    ["The Justice Lind Committee met.", "The Justice Lind Committee met."],
  ])("generic: %s", (text, expected) => {
    expect(withFullNames(text, names)).toBe(expected);
  });

  it("generic: a first name alone is the person only where a verb follows it", () => {
    const firsts = new Map([
      ["Mara", "Mara Lind"],
      ["Harbour", "Harbour Sites"],
    ]);
    expect(withFullNames("Opposition Leader Mara is learnt to have asked for a delay.", names, firsts)).toBe(
      "Opposition Leader Mara Lind is learnt to have asked for a delay.",
    );
    expect(withFullNames("The pact was signed in Mara, Valdoria.", names, firsts)).toBe(
      "The pact was signed in Mara, Valdoria.",
    );
    // "Harbour sites" is the noun phrase a mistyped "person" came from, not that person.
    expect(withFullNames("Two Harbour sites were added.", names, firsts)).toBe(
      "Two Harbour sites were added.",
    );
  });

  it("generic: a one-word name is the full name of the one person of the story who has it", () => {
    const people = new Map([
      ["ola berg", "Ola Berg"],
      ["mara lind", "Mara Lind"],
      ["mara vik", "Mara Vik"],
    ]);
    expect(fullNameIn("Ola", people)).toBe("Ola Berg");
    expect(fullNameIn("Lind", people)).toBe("Mara Lind");
    expect(fullNameIn("Mara", people)).toBeUndefined();
    expect(fullNameIn("Ola Berg", people)).toBeUndefined();
  });

  it("generic: the question from a surname-only sentence names the person in full", () => {
    const articles = oneDatedArticle([
      "Valdorian athlete Ola Berg won silver in the javelin final at the Tromso Games.",
      "Berg managed a best of 78.12 metres in the final.",
    ]);
    const candidates = genericFacts(articles, storyPeople(articles));
    const figure = candidates.find((c) => [c.answer, ...c.aliases].includes("78.12 metres"));
    expect(figure?.prompt).toContain("Ola Berg");
  });

  it("generic: a surname two people share, or one that is also a month, is left as it is", () => {
    const articles = oneDatedArticle([
      "Finance Minister Ola Berg and Defence Minister Kari Berg met Admiral Chen Jun in Bergen.",
      "Berg said the talks on 26 Jun were useful.",
    ]);
    const people = storyPeople(articles);
    for (const c of genericFacts(articles, people)) {
      expect(c.prompt).not.toMatch(/Ola Berg said|Kari Berg said/);
      expect(c.prompt).not.toMatch(/Chen Chen Jun|26 Chen Jun/);
    }
  });
});

describe("generic: a long sentence loses its asides before it is cut", () => {
  it.each([
    [
      "The third forum met in Tromso, Finland, the birthplace of Prime Minister Ola Berg, on May 2, 2024 despite heavy rain.",
      "May 2, 2024",
      /^The third forum met in Tromso, Finland on _____/,
    ],
    [
      "Later Ola Berg (48 off 31 balls) and Kari Lind (19 off 14 balls) steadied the innings for the hosts in the final.",
      "Kari Lind",
      /^Later Ola Berg and _____ steadied the innings/,
    ],
  ])("generic: %s", (text, answer, expected) => {
    const at = text.indexOf(answer);
    expect(trimAround(text, at, at + answer.length, 12)).toMatch(expected);
  });

  it("generic: a stem cut down to its verb is no stem", () => {
    const text =
      "Hans Olsen, who coached the national side for ten long and eventful years, was the fifth coach to win the title twice.";
    const at = text.indexOf("fifth");
    expect(trimAround(text, at, at + 5, 10) ?? "").not.toMatch(/^Was\b/);
  });

  it("generic: an opening subordinate clause goes whole, not just its 'As'; a phrase stays", () => {
    const text =
      "As Valdoria gave the details of Operation Tide to the world, two women naval officers took centre stage.";
    const at = text.indexOf("two");
    expect(trimAround(text, at, at + 3, 22)).toBe("_____ women naval officers took centre stage");
    const phrase = "After liftoff, the Orca-1 travelled at Mach 1.3 over the sea.";
    const mach = phrase.indexOf("1.3");
    expect(trimAround(phrase, mach, mach + 3, 22)).toBe(
      "After liftoff, the Orca-1 travelled at Mach _____ over the sea",
    );
  });

  it("generic: a blank inside an appositive keeps the clause's verb, losing a trailing phrase instead", () => {
    const text =
      "Election Commissioner Ola Berg, a seasoned 1993-batch Harbour Service officer from the Tromso cadre, has been appointed 19th Chief Harbour Commissioner of Valdoria, taking over from Mara Lind.";
    const at = text.indexOf("1993");
    expect(trimAround(text, at, at + 4, 22)).toBe(
      "Election Commissioner Ola Berg, a seasoned _____-batch Harbour Service officer from the Tromso cadre, has been appointed 19th Chief Harbour Commissioner",
    );
  });
});

describe("generic: a blank says what it holds", () => {
  const ask = (text: string) => askedFrom(text).map((c) => c.prompt);
  it.each([
    [
      "Valdorian Prime Minister Ola Berg met Finnish ministers in Helsinki, the capital, to sign the pact.",
      // The aside after the city goes, and the question asks for a city.
      /^In which city did Valdorian Prime Minister Ola Berg meet Finnish ministers to sign the pact/,
    ],
    [
      "Valdorian Prime Minister Ola Berg and his guests signed the Tromso Declaration to end the dispute.",
      // The lead of a dated article: the question names the month its news happened in.
      /^Which declaration did Valdorian Prime Minister Ola Berg and his guests sign to end the dispute in November 2024\?$/,
    ],
    [
      "Three new wetlands were added, including the Orca Reservoir in the Valdorian north, this year.",
      /^Which reservoir fills the blank/,
    ],
    [
      "Chile beat Peru by seven runs to clinch the Andean Cup title with a win in the final at Lima.",
      /^Which tournament fills the blank in "Chile beat Peru by seven runs to clinch the _____ title/,
    ],
    [
      "Ola Berg won silver in the javelin final as Norway's Tomas Lind won a gold with a throw of 88 metres.",
      // The country before the blank would rule out every thrower from elsewhere: it goes.
      /^Which name fills the blank in "Ola Berg won silver in the javelin final as _____ won a gold/,
    ],
  ])("generic: %s", (text, expected) => {
    expect(ask(text)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("generic: a class noun left in the stem makes the blank a name ('_____ missiles')", () => {
    for (const p of ask("Later that week, Vega missiles and Orca bombs struck the depot near the border."))
      expect(p).not.toMatch(/^Which (?:missiles|bombs|missile|bomb) fills/);
  });
});

describe("generic: a stem keeps its short opening phrase", () => {
  it("generic: 'In the Upper House, ...' stays; the tail after the blank goes first", () => {
    const text =
      "In the Upper House, the Harbour Bill won 141 votes in its favour and 77 against after the changes sought by the opposition were voted down in a long sitting.";
    const at = text.indexOf("77");
    expect(trimAround(text, at, at + 2, 16)).toMatch(
      /^In the Upper House, the Harbour Bill won 141 votes .* _____ against/,
    );
  });
});

describe("generic: the story's own country is asked when it wins or loses a contest", () => {
  const story = [
    "Chile beat Peru in a close finish to win the Tromso Cup title in the final.",
    "Chile had lost the opening match of the Tromso Cup.",
    "Fans across Chile celebrated the title late into the night.",
    "The Chile team returns home on Monday.",
  ];
  const candidates = genericFacts(
    [{ id: "a", sentences: annotate(story), reference: REFERENCE, dated: true }],
    new Map(),
  );
  it("generic: the winner of the final is asked", () => {
    expect(candidates.some((c) => c.answer === "Chile" && c.sentence === story[0])).toBe(true);
  });
  it("generic: elsewhere the story's country is no answer", () => {
    expect(candidates.some((c) => c.answer === "Chile" && c.sentence === story[2])).toBe(false);
  });
});

describe("generic: a record written before a name is a fact about the name", () => {
  it.each([
    [
      "Norway's first solar observatory Orca-1 has reached its orbit.",
      "Orca-1 is Norway's first solar observatory.",
    ],
    [
      "The second Tide-class submarine INS Skua was commissioned at Tromso.",
      "INS Skua is the second Tide-class submarine.",
    ],
    ["The first Valdorian Union Minister Ola Berg visited Tromso.", null],
    ["The first ball was bowled by Ola Berg.", null],
  ])("recordAppositive(%j)", (text, expected) => {
    expect(recordAppositive(text)?.text ?? null).toBe(expected);
  });

  it("generic: the record is asked of the name", () => {
    const asked = askedFrom(
      "The second Tide-class submarine INS Skua was commissioned into the Valdorian Navy at Tromso on Monday.",
    );
    expect(asked.map((c) => c.prompt)).toContain("Which ship is the second Tide-class submarine?");
  });
});

describe("generic: a name asked with its class noun and the word that describes it", () => {
  it("generic: 'launched its Orca-3 weather satellite' asks 'Which weather satellite did ... launch?'", () => {
    const asked = askedFrom(
      "The Valdorian Space Agency on Thursday successfully launched its Orca-3 weather satellite from Andoya.",
    );
    expect(asked.find((c) => c.answer === "Orca-3" && !c.mention)?.prompt).toBe(
      "Which weather satellite did the Valdorian Space Agency successfully launch from Andoya on 7 November 2024?",
    );
  });

  it("generic: a figure before the noun it measures after 'their' stays a blank", () => {
    const asked = askedFrom("Valdoria finally ended their 9-year wait for a Harbour Cup trophy.");
    expect(asked.some((c) => /^How many year/.test(c.prompt))).toBe(false);
  });
});

describe("generic: two things named before one plural class noun are one answer", () => {
  it("generic: 'Orca and Skua submarines' is asked 'Which submarines ...?'", () => {
    const asked = askedFrom("Valdoria bought Orca and Skua submarines in 2020.");
    const pair = asked.find((c) => c.answer === "Orca and Skua" && !c.mention);
    expect(pair?.prompt).toBe("Which submarines did Valdoria buy in 2020?");
    expect(pair?.category).toBe("thing pair:ship");
  });

  it("generic: three names, or a name inside a longer one, make no pair", () => {
    const three = askedFrom("Valdoria bought Tide, Orca and Skua submarines in 2020.");
    expect(three.some((c) => / and /.test(c.answer))).toBe(false);
  });
});

describe("generic: 'the fifth edition of the exercise X' asks the exercise by its class", () => {
  it("generic: 'began the fifth edition of the bilateral maritime exercise X' asks 'Which exercise did ... begin?'", () => {
    const asked = askedFrom(
      "The Valdorian Navy and the Royal Norwegian Navy began the fifth edition of the bilateral maritime exercise Harbour Shield off Tromso on Monday.",
    );
    const c = asked.find((x) => x.answer === "Harbour Shield" && !x.mention);
    expect(c?.prompt).toMatch(
      /^Which exercise did the Valdorian Navy and the Royal Norwegian Navy begin off Tromso/,
    );
    expect(c?.category).toBe("thing:exercise");
  });
});

describe("generic: a match's two sides", () => {
  it("storySides: each player takes the country named with them more often", () => {
    const articles = oneDatedArticle([
      "Chile beat Peru by seven runs in the final at Lima.",
      "Chilean bowlers defended 184 after Ola Berg's 68 off 47 balls.",
      "Ola Berg scored a half-century as Chile posted 183.",
      "Peru were 138 for four with Tomas Lind (48 off 29 balls) in the middle.",
    ]);
    const sides = storySides(articles, storyPeople(articles));
    expect(sides.get("Ola Berg")).toBe("CL");
    expect(sides.get("Tomas Lind")).toBe("PE");
  });

  it("storySides: a player named in another clause than the country takes no side from it", () => {
    const articles = oneDatedArticle([
      "Chile beat Peru by seven runs in the final at Lima.",
      "Peru were 138 for four with Tomas Lind (48 off 29 balls) in the middle.",
      "With Peru needing 14 off the final over, Erik Holm removed Tomas Lind when Mara Nord took a catch.",
    ]);
    const sides = storySides(articles, storyPeople(articles));
    expect(sides.get("Tomas Lind")).toBe("PE");
    expect(sides.has("Mara Nord")).toBe(false);
    expect(sides.has("Erik Holm")).toBe(false);
  });

  it("generic: someone the story names only in its past is no option for a question about its present", () => {
    const articles = oneDatedArticle([
      "Valdoria won the Harbour Cup on Saturday, beating Nordland in the final at Tromso.",
      "Captain Ola Berg scored 68 as Valdoria posted 183 for seven.",
      "Bowler Erik Holm took three wickets in the final over to seal the win.",
      "Valdoria had last won the Harbour Cup in 2011 under captain Kari Nord.",
    ]);
    const asked = genericFacts(articles, storyPeople(articles));
    const berg = asked.find((c) => c.answer === "Ola Berg" && c.peers);
    expect(berg?.peers).toContain("Erik Holm");
    expect(berg?.peers).not.toContain("Kari Nord");
  });

  it("withReferents: 'the space agency' is named when the story names one space organisation", () => {
    const articles = oneDatedArticle([
      "The Valdorian Space Research Organisation (VSRO) docked two satellites on Monday.",
      "Days earlier, the space agency had brought the two satellites to three metres.",
    ]);
    const referents = storyReferents(articles);
    expect(withReferents("Days earlier, the space agency had brought them to three metres.", referents)).toBe(
      "Days earlier, the space agency Valdorian Space Research Organisation had brought them to three metres.",
    );
    expect(withReferents("The news agency reported it.", referents)).toBe("The news agency reported it.");
  });

  it("withReferents: 'the tournament' is the one cup or championship the story names", () => {
    const cup = storyReferents(oneDatedArticle(["Valdoria won the Harbour Cup hockey title on Sunday."]));
    expect(withReferents("The tournament featured eight teams.", cup)).toBe(
      "The Harbour Cup featured eight teams.",
    );
    expect(withReferents("India had last won the title in 2023.", cup)).toBe(
      "India had last won the Harbour Cup in 2023.",
    );
    const two = storyReferents(
      oneDatedArticle(["Valdoria won the Harbour Cup and the Nordic Championship this year."]),
    );
    expect(withReferents("The tournament featured eight teams.", two)).toBe(
      "The tournament featured eight teams.",
    );
  });

  it("withReferents: 'the exercise' of a story naming a one-word exercise beside another is neither", () => {
    const referents = storyReferents(
      oneDatedArticle([
        "The naval exercise Tide concluded on Tuesday.",
        "It came a month ahead of Exercise Harbour 2031, which Valdoria will host in April.",
      ]),
    );
    expect(withReferents("The exercise was held from March 12 to 18.", referents)).toBe(
      "The exercise was held from March 12 to 18.",
    );
  });

  it("withReferents: 'the bridge' of a story naming several is the one its lead names", () => {
    const referents = storyReferents(
      oneDatedArticle([
        "Ola Berg on Saturday opened the 19-km Orca bridge over the Tide river.",
        "It cuts the journey to 20 minutes.",
        "Work began in 2022.",
        "The bridge surpasses the 9-km Harbour bridge and the Tromso bridge.",
      ]),
    );
    expect(withReferents("The bridge has four lanes.", referents)).toBe("The Orca bridge has four lanes.");
  });

  it("withReferents: 'the two countries' are the two the lead joins", () => {
    const referents = storyReferents(
      oneDatedArticle(["India and Norway signed a free trade agreement on Wednesday.", "Trade will double."]),
    );
    expect(withReferents("Trade between the two countries stood at $21.3 billion.", referents)).toBe(
      "Trade between India and Norway stood at $21.3 billion.",
    );
  });

  it("withReferents: 'the central bank' is named when the story names one central bank", () => {
    const articles = oneDatedArticle([
      "The Bank of England kept its key policy rate unchanged at 4.5 per cent on Friday.",
      "The central bank lowered its growth projection to 1.8 per cent from 2.1 per cent.",
    ]);
    const referents = storyReferents(articles);
    expect(withReferents("The central bank lowered its growth projection to 1.8 per cent.", referents)).toBe(
      "The Bank of England lowered its growth projection to 1.8 per cent.",
    );
    // A commercial bank is no central bank: "Bank of Harbourtown" names no country.
    const commercial = storyReferents(
      oneDatedArticle(["The Bank of Harbourtown raised its lending rate on Friday."]),
    );
    expect(withReferents("The central bank held its rate.", commercial)).toBe(
      "The central bank held its rate.",
    );
  });

  it("withReferents: 'the tunnel' of a story naming two tunnels is neither, a described one counting too", () => {
    const articles = oneDatedArticle([
      "Ola Berg opened the 14.6-km Orca rail tunnel on Friday.",
      "The tunnel was built at a cost of $3 billion.",
      "It replaces the 12.8-km Skua Pass tunnel as the longest in the country.",
    ]);
    expect(withReferents("The tunnel was built at a cost of $3 billion.", storyReferents(articles))).toBe(
      "The tunnel was built at a cost of $3 billion.",
    );
    const one = oneDatedArticle([
      "Ola Berg opened the Orca rail tunnel on Friday.",
      "The tunnel cost $3 billion.",
    ]);
    expect(withReferents("The tunnel cost $3 billion.", storyReferents(one))).toBe(
      "The Orca rail tunnel cost $3 billion.",
    );
  });

  it("withReferents: 'the prize', 'the Games' and 'the Bank' name the story's one prize, Games and bank", () => {
    const prize = oneDatedArticle([
      "Ola Berg was awarded the 2031 Harbour Prize for Literature on Thursday.",
      "The prize will be presented in Tromso on December 10.",
    ]);
    expect(
      withReferents("The prize will be presented in Tromso on December 10.", storyReferents(prize)),
    ).toBe("The Harbour Prize for Literature will be presented in Tromso on December 10.");
    const index = oneDatedArticle([
      "Valdoria ranked 39th in the Harbour Innovation Index 2031.",
      "The index measures innovation on 78 indicators.",
    ]);
    expect(withReferents("The index measures innovation on 78 indicators.", storyReferents(index))).toBe(
      "The Harbour Innovation Index measures innovation on 78 indicators.",
    );
    const games = oneDatedArticle([
      "Tromso will host the 2036 Harbour Games.",
      "The Games will feature 32 sports.",
    ]);
    expect(withReferents("The Games will feature 32 sports.", storyReferents(games))).toBe(
      "The Harbour Games will feature 32 sports.",
    );
    const bank = oneDatedArticle([
      "The Harbour Bank cut its growth forecast on Tuesday.",
      "The Bank kept its global forecast.",
    ]);
    expect(withReferents("The Bank kept its global forecast.", storyReferents(bank))).toBe(
      "The Harbour Bank kept its global forecast.",
    );
    // A story that names a central bank besides leaves "the bank" as written.
    const two = oneDatedArticle([
      "The Harbour Bank cut its growth forecast on Tuesday.",
      "The Bank of England held its rate.",
      "The bank said growth would slow.",
    ]);
    expect(withReferents("The bank said growth would slow.", storyReferents(two))).toBe(
      "The bank said growth would slow.",
    );
  });

  it("storySides: a story of one country has no sides", () => {
    const articles = oneDatedArticle(["Ola Berg scored 68 as Chile posted 183."]);
    expect(storySides(articles, storyPeople(articles)).size).toBe(0);
  });
});

describe("generic: a calling asks the person without a nationality", () => {
  it("generic: 'Norwegian novelist X won ...' asks 'Which novelist won ...?'", () => {
    const prompts = askedFrom(
      "Norwegian novelist Kari Nord won the Harbour Literary Prize for her debut novel.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /^Which novelist won the Harbour Literary Prize/.test(p))).toBe(true);
  });
});

describe("generic: 'followed by X' is no agent", () => {
  it("generic: 'topped the index, followed by Norway' never asks 'By which country did ... top the index?'", () => {
    const prompts = askedFrom(
      "Valdoria topped the Harbour Index for the 14th consecutive year, followed by Norway.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /\bBy which country\b/i.test(p))).toBe(false);
  });
});

describe("generic: one of two joined phrases is not fronted alone", () => {
  it("generic: 'served in the X Ministry and at the Y Fund' asks neither as 'In which ministry ...?'", () => {
    const prompts = askedFrom(
      "Ola Berg has earlier served in the Valdorian Finance Ministry and at the Harbour Monetary Fund in Tromso.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /\b(?:in|at) which (?:ministry|fund)\b/i.test(p))).toBe(false);
  });
});

describe("generic: a tally's votes against are a fact of their own", () => {
  it.each([
    [
      "In the Senate, the Orca Bill got 61 votes in its favour and 39 against after a long debate.",
      "39 votes were cast against the Orca Bill in the Senate.",
    ],
    [
      "In the Lower House, the Orca Bill was supported by 301 MPs while 214 voted against it.",
      "214 MPs voted against the Orca Bill in the Lower House.",
    ],
    ["The Orca Bill got 61 votes in the Senate.", null],
  ])("votesAgainst(%j)", (text, expected) => {
    expect(votesAgainst(text)?.text ?? null).toBe(expected);
  });

  it("generic: the votes against are asked, not left to a blank", () => {
    const prompts = askedFrom(
      "In the Senate, the Orca Bill got 61 votes in its favour and 39 against after a long debate.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("How many votes were cast against the Orca Bill in the Senate?");
    expect(prompts.some((p) => /_____ against/.test(p))).toBe(false);
  });
});

describe("generic: who chaired or headed a gathering is a fact of its own", () => {
  it.each([
    [
      "The decision was taken at the council's 12th meeting chaired by Finance Minister Ola Berg.",
      "Finance Minister Ola Berg chaired the council's 12th meeting.",
    ],
    [
      "The selection committee, headed by Prime Minister Mara Lind, met in Tromso on Monday.",
      "Prime Minister Mara Lind headed the selection committee that met in Tromso on Monday.",
    ],
    // The gathering the participle follows, not a phrase that holds it.
    [
      "Leaders adopted the declaration at the end of the two-day summit hosted by Valdoria.",
      "Valdoria hosted the two-day summit.",
    ],
  ])("agentClause(%j)", (text, expected) => {
    expect(agentClause(text)?.text).toBe(expected);
  });

  it("agentClause: a participle of no gathering, or with no agent, is no such fact", () => {
    expect(agentClause("The bridge built by Ola Berg opened in May.")).toBeNull();
    expect(agentClause("The meeting chaired in Tromso ended early.")).toBeNull();
  });

  it("generic: the chair is asked by the office", () => {
    const asked = askedFrom(
      "The decision was taken at the Harbour Council's 12th meeting chaired by Finance Minister Ola Berg.",
    );
    expect(asked.map((c) => c.prompt)).toContain(
      "Which Finance Minister chaired the 12th meeting of the Harbour Council in November 2024?",
    );
  });
});

describe("generic: a relative clause is a fact about its head", () => {
  it("generic: a participle aside between a name and its verb is a fact about the name, and ends at its comma", () => {
    expect(
      participleAside("The Tromso Accord, adopted at the summit in 2015, aims to limit warming to 2 degrees.")
        ?.text,
    ).toBe("The Tromso Accord was adopted at the summit in 2015.");
  });

  it("generic: a country before '..., signed in July 2031' is a party to what was signed, and no head", () => {
    expect(
      participleAside(
        "Valdoria has signed the Harbour Trade Agreement with the United Kingdom, signed in July 2031.",
      ),
    ).toBeNull();
  });

  it("generic: a state before '..., inaugurated in March 2031' is where the thing is, and no head", () => {
    expect(
      participleAside("Other tunnels include the Orca tunnel in Kerala, inaugurated in March 2031."),
    ).toBeNull();
  });

  it("generic: '..., signed in Oslo in 1990.' after a name is a fact about the name", () => {
    expect(participleAside("Valdoria joined the Tromso Accord, signed in Oslo, Norway, in 1990.")?.text).toBe(
      "The Tromso Accord was signed in Oslo, Norway, in 1990.",
    );
    expect(participleAside("Valdoria joined the Tromso Accord, which was signed in Oslo.")).toBeNull();
    const asked = askedFrom(
      "Valdoria is one of the parties to the Tromso Accord, signed in Oslo, Norway, in 1990.",
    );
    expect(asked.find((c) => c.answer === "1990" && !c.mention)?.prompt).toBe(
      "In which year was the Tromso Accord signed in Oslo, Norway?",
    );
  });

  it("generic: '... the 2031 flood in which 40 houses were destroyed' is also '40 houses were destroyed in the 2031 flood'", () => {
    const text = "Residents recalled the 2031 flood in which 40 houses were destroyed, officials said.";
    expect(prepositionalRelative(text)?.text).toBe("40 houses were destroyed in the 2031 flood.");
    expect(prepositionalRelative("The town in which she lived was small.")).toBeNull();
    const asked = askedFrom(
      "The officers shed light on the March 3 Tromso attack in which 31 people died, and then on the reply.",
    );
    expect(asked.find((c) => c.answer === "31" && !c.mention)?.prompt).toBe(
      "How many people died in the 3 March 2024 Tromso attack?",
    );
  });

  it("generic: 'X, which was started in 1990 by Y, ...' reads 'X was started in 1990 by Y.'", () => {
    const text = "Project Alpha, which was started in 1990 by the Valdorian state, marked its anniversary.";
    expect(relativeClause(text)?.text).toBe("Project Alpha was started in 1990 by the Valdorian state.");
    expect(relativeClause("The plan was approved, and work began.")).toBeNull();
  });
  it("generic: 'X, who chaired the summit, said ...' asks who chaired it", () => {
    const text =
      "Prime Minister Ola Berg, who chaired the two-day Tromso summit, said the pact was historic.";
    expect(relativeClause(text)?.text).toBe("Prime Minister Ola Berg chaired the two-day Tromso summit.");
    expect(relativeClause("Ola Berg, who said the pact was historic, left early.")).toBeNull();
    expect(askedFrom(text).map((c) => c.prompt)).toContain("Who chaired the two-day Tromso summit?");
  });
  it("generic: 'X, which became Y at Z, was ...' reads 'X became Y at Z.': an irregular past is a verb too", () => {
    const text =
      "The Harbour Union, which became a permanent member of the Nordic Forum at the Tromso summit in 2023, was represented by its chairperson.";
    expect(relativeClause(text)?.text).toBe(
      "The Harbour Union became a permanent member of the Nordic Forum at the Tromso summit in 2023.",
    );
    for (const c of askedFrom(text)) expect(c.prompt).not.toMatch(/in 2023, was represented/);
  });
  it("generic: 'X, born on D, was ...' reads 'X was born on D.', and asks the date of X's birth", () => {
    const text = "Ola Berg, born on March 3, 1950, was a Valdorian statesman who led the country twice.";
    expect(relativeClause(text)?.text).toBe("Ola Berg was born on March 3, 1950.");
    expect(relativeClause("The Harbour Trust, founded in 1990, runs the lighthouse.")?.text).toBe(
      "The Harbour Trust was founded in 1990.",
    );
    const born = askedFrom(text).find((c) => c.kind === "when" && !c.mention);
    expect(born?.prompt).toBe("On which date was Ola Berg born?");
  });
  it("generic: the year of the relative clause is asked with its head as the subject", () => {
    const articles = oneDatedArticle([
      "Project Alpha, which was started in 1990 by the Valdorian state, marked its anniversary this week.",
    ]);
    const year = genericFacts(articles, new Map()).find((c) => c.answer === "1990");
    expect(year?.prompt).toBe("In which year was Project Alpha started by the Valdorian state?");
  });
});

describe("generic: a date after a place is not part of its name", () => {
  it('generic: "in Sikkim on July 1" asks for Sikkim, not "Sikkim on July"', () => {
    const articles = oneDatedArticle([
      "The first case under the new Valdorian Penal Code was registered in Sikkim on July 1, 2024.",
    ]);
    const answers = genericFacts(articles, new Map()).map((c) => c.answer);
    expect(answers).not.toContain("Sikkim on July");
  });
});

describe("generic: a state is asked with the other states as its kind", () => {
  it("generic: a state answer takes the region category, so its options are states", () => {
    const articles = oneDatedArticle([
      "The first case under the new Valdorian Penal Code was registered in Sikkim on July 1, 2024.",
    ]);
    const state = genericFacts(articles, new Map()).find((c) => c.answer === "Sikkim");
    expect(state?.category).toMatch(/^region:/);
  });
});

describe("generic: a long fronted question loses its last phrases", () => {
  it.each([
    [
      "Which country beat Peru in a close finish to win the Tromso Cup title with a nine-run win in the final?",
      16,
      "Which country beat Peru to win the Tromso Cup title in the final?",
    ],
    ["Which country beat Peru in the final?", 24, "Which country beat Peru in the final?"],
    [
      "How many harbour missiles can the Orca carry with a range of about 640 km or up to six long-range missiles?",
      16,
      "How many harbour missiles can the Orca carry with a range of about 640 km?",
    ],
    // A participle whose phrase was cut goes with it.
    [
      "Which reserve did Ola Berg visit in Tromso and meet rangers and self-help groups involved in conservation work?",
      16,
      "Which reserve did Ola Berg visit in Tromso and meet rangers and self-help groups?",
    ],
    [
      "Which award will the President present at the 72nd Harbour Film Awards ceremony to be held in Tromso on 23 September 2031 in the presence of ministers?",
      16,
      "Which award will the President present at the 72nd Harbour Film Awards ceremony?",
    ],
  ])("generic: %s", (question, max, expected) => {
    expect(withoutTrailingPhrases(question, max)).toBe(expected);
  });
  it("generic: a question that cannot be cut to fit is none", () => {
    expect(withoutTrailingPhrases("Which country beat Peru in the final?", 3)).toBeNull();
  });
});

describe("generic: 'He' or 'She' after a sentence that opens with a person", () => {
  it("generic: the pronoun reads as that person's name", () => {
    expect(withSubject("She also cut duties on 24 medicines.", "Ola Berg")).toBe(
      "Ola Berg also cut duties on 24 medicines.",
    );
    expect(withSubject("She also cut duties on 24 medicines.", null)).toBe(
      "She also cut duties on 24 medicines.",
    );
    expect(withSubject("His tenure as governor ends on 3 May 2031.", "Ola Berg")).toBe(
      "Ola Berg's tenure as governor ends on 3 May 2031.",
    );
    // An age and the calling after it are the person, not the age alone ("Ola Berg wildcard saved").
    expect(withSubject("The 21-year-old wildcard saved three match points.", "Ola Berg")).toBe(
      "Ola Berg saved three match points.",
    );
    expect(withSubject("The 21-year-old quickly saved three match points.", "Ola Berg")).toBe(
      "Ola Berg quickly saved three match points.",
    );
  });

  it("generic: 'She' after a quotation is its speaker, and a place inside a relative clause is not fronted", () => {
    const asked = askedFrom([
      '"No harbour was targeted in Valdoria," said Colonel Mara Holm.',
      "She also shared video footage that demonstrated strikes on camps in Tromso and other parts of Valdoria.",
    ]);
    const tromso = asked.find((c) => c.answer === "Tromso");
    expect(tromso?.prompt).toMatch(
      /^Which (?:place|city) fills the blank in "Mara Holm shared video footage/,
    );
  });

  it("generic: the person a possessive stands for is the previous sentence's subject, not a name in its opening phrase", () => {
    const asked = askedFrom([
      "After Judge Kari Lind, Election Commissioner Ola Berg is the senior-most member of the Valdorian panel.",
      "His tenure as Election Commissioner will end on March 9, 2033.",
    ]);
    const prompts = asked.filter((c) => c.sentence.startsWith("His")).map((c) => c.prompt);
    expect(prompts.join(" ")).toMatch(/Ola Berg's tenure/);
    expect(prompts.join(" ")).not.toMatch(/Kari Lind/);
  });
  it("generic: the question cut from the second sentence names the person", () => {
    const articles = oneDatedArticle([
      "Finance Minister Ola Berg presented the Valdorian budget in the capital on Monday.",
      "She also cut customs duties on 24 medicines used for rare diseases.",
    ]);
    const figure = genericFacts(articles, storyPeople(articles)).find((c) => c.answer === "24");
    expect(figure?.prompt).toContain("Ola Berg");
  });
});

describe("generic: 'up to' stays with its figure", () => {
  it("generic: no 'To how much' question", () => {
    const articles = oneDatedArticle([
      "Finance Minister Ola Berg said income of up to Rs 9 lakh will pay no tax in Valdoria.",
    ]);
    for (const c of genericFacts(articles, storyPeople(articles)))
      expect(c.prompt).not.toMatch(/^To how much/);
  });
});

describe("generic: a bare day in a sentence about the future", () => {
  it("generic: is read forward from the article's date", () => {
    expect(absoluteDates("She will retire on November 2.", REFERENCE)).toBe(
      "She will retire on 2 November 2025.",
    );
  });
  it("generic: keeps no year when only the article's year is known", () => {
    expect(absoluteDates("She will retire on November 2.", null, 2024)).toBe(
      "She will retire on November 2.",
    );
    expect(absoluteDates("She retired on November 2.", null, 2024)).toBe("She retired on 2 November 2024.");
  });
});

describe("generic: a clause with its own verb is no aside", () => {
  it("generic: ', the member states will extend care,' stays in the stem", () => {
    const text =
      "Based on methods pioneered in Tromso, Finland, the member states will extend care to remote villages, and train more nurses across the whole of the northern region.";
    const at = text.indexOf("Tromso");
    expect(trimAround(text, at, at + 6, 16)).toMatch(/Finland, the member states will extend care/);
  });
});

describe("generic: a stem cut at 'his' reads the name before it", () => {
  it("generic: 'X, his Ruritanian counterpart _____' -> 'X's Ruritanian counterpart _____'", () => {
    const text =
      "The new card network was launched in Lima at a ceremony attended by President Ola Berg, his Chilean counterpart Tomas Reyes and Finnish President Kari Lind.";
    const at = text.indexOf("Tomas Reyes");
    expect(trimAround(text, at, at + 11, 12)).toMatch(/^Ola Berg's Chilean counterpart _____/);
  });
});

describe("generic: a stem keeps its subject before it keeps a trailing phrase", () => {
  it("generic: the tail after the blank goes before the subject does", () => {
    const text =
      "Ola Berg was a quiet Valdorian jurist who served as the state's ninth Chief Justice for two years from March 1981 to April 1983.";
    const at = text.indexOf("ninth");
    expect(trimAround(text, at, at + 5, 18)).toMatch(
      /^Ola Berg was a quiet Valdorian jurist who served as the state's _____/,
    );
  });
});

describe("generic: who is asked, and how", () => {
  const prompts = (text: string) => askedFrom(text).map((c) => c.prompt);

  it("generic: a role with its portfolio is asked whole ('Science and Technology Minister')", () => {
    expect(
      prompts(
        "Science and Technology Minister Ola Berg inaugurated the Valdorian space agency's docking centre.",
      ),
    ).toContain(
      "Which Science and Technology Minister inaugurated the Valdorian space agency's docking centre?",
    );
  });

  it("generic: a person under a title that is no office is asked 'Who', the title and 'former' going with the name", () => {
    expect(
      prompts(
        "Former FM Ola Berg announced that incomes of up to 12,000 crowns will pay no tax in Valdoria.",
      ),
    ).toContain(
      "Who announced that incomes of up to 12,000 crowns would pay no tax in Valdoria in November 2024?",
    );
  });

  it("generic: two countries joined by 'and' are one answer, asked 'In which two countries ...?'", () => {
    const asked = askedFrom(
      "Prime Minister Ola Berg launched Valdoria's payment service in Chile and Peru at a ceremony.",
    );
    const pair = asked.find((c) => c.answer === "Chile and Peru");
    expect(pair?.prompt).toMatch(/^In which two countries did Prime Minister Ola Berg launch/);
    expect(pair?.aliases).toContain("Peru and Chile");
  });

  it("generic: a figure of 2.5 million is no count of one", () => {
    const answers = askedFrom(
      "The Valdorian agency placed the Orca-7 observatory into an orbit some 2.5 million kilometres from the Earth.",
    ).flatMap((c) => [c.answer, ...c.aliases]);
    expect(answers).toContain("2.5 million kilometres");
  });

  it("generic: a figure converted in brackets and a named day's date are not asked", () => {
    const answers = askedFrom([
      "The Valdorian submarine Orca can travel at up to 31 knots (57 km/h) when submerged.",
      "Valdoria celebrates its 71st Harbour Day on Sunday (January 26), and the council released 40 awards.",
    ]).flatMap((c) => [c.answer, ...c.aliases]);
    expect(answers).toContain("31");
    expect(answers).not.toContain("57 km/h");
    expect(answers.some((a) => /26 January/.test(a))).toBe(false);
  });

  it("generic: a short sentence's last clause is asked with the rest of it, and an age is a figure", () => {
    const asked = askedFrom([
      "Harbour data was last released in 2016, when Valdoria had 2,841 herons.",
      "A Valdorian judge retires at the age of 67 or can serve for five years.",
    ]);
    expect(asked.find((c) => c.answer === "2,841")?.prompt).toContain(
      '"Harbour data was last released in 2016, when Valdoria had _____ herons"',
    );
    expect(asked.find((c) => c.answer === "67")?.prompt).toContain("at the age of _____");
  });

  it("generic: a country the story is about is asked where its news took place, not elsewhere", () => {
    const asked = askedFrom([
      "India launched its payment services in Sri Lanka on Monday.",
      "India's Harbourpay card services were also launched in Mauritius at the same ceremony.",
      "India and Mauritius share close ties, officials said.",
      "Mauritius welcomed the move, and India thanked Mauritius for its support.",
    ]).map((c) => c.answer);
    expect(asked).toContain("Mauritius");
    expect(asked).not.toContain("India");
  });

  it("generic: a long tail is cut by its last phrase, with the clause it leaves stranded", () => {
    const text =
      "In the upper house, the Harbour Levy Bill got 131 votes in its favour and 102 against after all the amendments moved by the opposition were rejected.";
    const at = text.indexOf("131");
    expect(trimAround(text, at, at + 3, 20)).toBe(
      "In the upper house, the Harbour Levy Bill got _____ votes in its favour and 102 against",
    );
  });

  it("generic: a long list before the blank loses its other items, not its head", () => {
    const text =
      "The pact covers several projects including the supply of radar systems, licensed production of Orca tanks and Tide aircraft, deliveries of Kestrel helicopters and ongoing rifle production in Valdoria.";
    const at = text.indexOf("Kestrel");
    expect(trimAround(text, at, at + 7, 16)).toBe(
      "The pact covers several projects including deliveries of _____ helicopters and ongoing rifle production in Valdoria",
    );
  });

  it("generic: the person a side won under is asked 'Under whose captaincy ...?'", () => {
    const prompts = askedFrom(
      "Valdoria had last won the Harbour Cup in 2011 under the captaincy of Ola Berg.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("Under whose captaincy had Valdoria last won the Harbour Cup in 2011?");
  });

  it("generic: the state after a venue's blank goes, since it leaves one option that fits", () => {
    const prompts = askedFrom(
      "The three new sites included are Lotus Bird Sanctuary and Heron Bird Sanctuary in Kerala and Crane Lake Reservoir in Madhya Pradesh.",
    ).map((c) => c.prompt);
    const reservoir = prompts.find((p) => p.startsWith("Which reservoir"));
    expect(reservoir).toBeDefined();
    expect(reservoir).not.toContain("Madhya Pradesh");
  });

  it("generic: the home country's own armed force is no answer", () => {
    const answers = askedFrom([
      "The submarine INS Orca was commissioned into the Indian Navy at Kochi on Monday.",
      "India now has three such boats, and India plans two more.",
      "India's defence minister attended.",
    ]).map((c) => c.answer);
    expect(answers).not.toContain("Indian Navy");
    expect(answers).toContain("Kochi");
  });

  it("generic: 'the two countries' points back and is no figure; 'October last year' takes the story's year", () => {
    const answers = askedFrom(["The armies of the two countries clashed at Tromso in 2031."]).map(
      (c) => c.answer,
    );
    expect(answers).not.toContain("two");
    const undated = genericFacts(
      [
        {
          id: "a",
          sentences: annotate([
            "The two sides decided to de-escalate along the Harbour Line in October last year.",
          ]),
          reference: REFERENCE,
          dated: false,
          year: 2025,
        },
      ],
      new Map(),
    ).map((c) => c.answer);
    expect(undated).toContain("October 2024");
  });

  it("generic: 'With the silver, he became ...' names the person the story follows", () => {
    const articles = oneDatedArticle([
      "Ola Berg won silver in the javelin final at the Tromso Games on Friday.",
      "With the silver, he became the fourth Peruvian in independent Peru to win two medals in individual events.",
    ]);
    const asked = genericFacts(articles, storyPeople(articles));
    const fourth = asked.find((c) => c.answer === "fourth");
    expect(fourth?.prompt).toContain("Ola Berg became the _____ Peruvian");
    // The name put in for "he" is context, not an answer of that sentence.
    expect(asked.filter((c) => c.sentence.startsWith("With the silver")).map((c) => c.answer)).not.toContain(
      "Ola Berg",
    );
  });

  it("generic: a date of death is asked as such", () => {
    const prompts = askedFrom(
      "Former Valdorian Prime Minister Ola Berg passed away on 23 December 2004.",
    ).map((c) => c.prompt);
    expect(prompts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^(?:On which date did former Valdorian Prime Minister Ola Berg pass away|What was the date of [Ff]ormer Valdorian Prime Minister Ola Berg's death)\?$/,
        ),
      ]),
    );
  });

  it("generic: 'During X to Y,' stays as the question's period, and 'However,' goes", () => {
    const prompts = askedFrom(
      "During 2001 to 2012, a total of 31 harbours were added to the Valdorian register, however, during 2013 to 2024, Valdoria has added 47 new harbours to the register.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("How many harbours were added to the Valdorian register during 2001 to 2012?");
    expect(prompts.some((p) => /"However,/.test(p))).toBe(false);
  });

  it("generic: a class noun written after the blank joins the answer as an alias ('Lantern orbit')", () => {
    const halo = askedFrom(
      "The Orca-7 spacecraft of the Valdorian agency has successfully entered the Lantern orbit around the L1 point.",
    ).find((c) => c.answer === "Lantern");
    expect(halo?.aliases).toContain("Lantern orbit");
  });

  it("generic: 'FM X' is asked 'Which Finance Minister ...?', and a station in space is a space station", () => {
    const prompts = askedFrom([
      "FM Ola Berg announced that income of up to 14 lakh will invite zero tax in Valdoria.",
      "The Valdorian space agency docked two satellites, a step towards setting up the Harbour Station.",
    ]).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith("Which Finance Minister announced"))).toBe(true);
    expect(prompts.some((p) => p.startsWith("Which space station fills the blank"))).toBe(true);
  });

  it("generic: a sentence deep in a long story that names nothing is set in the story's subject", () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Operation Tide went on in its phase ${i + 1}.`);
    const asked = askedFrom([
      "Valdoria launched Operation Tide against pirate camps on Tuesday.",
      ...filler,
      "40 pirates were killed and 60 people were injured.",
    ]).find((c) => c.answer === "40");
    expect(asked?.prompt).toMatch(/^With reference to Operation Tide/);
  });

  it("generic: a country named right after its own city is not asked", () => {
    const answers = askedFrom("The final was held at the Harbour Oval, Lima, Peru, on Saturday.").map(
      (c) => c.answer,
    );
    expect(answers).not.toContain("Peru");
  });

  it("generic: guests listed before 'were also present' are not asked", () => {
    const answers = askedFrom(
      "Prime Minister Ola Berg, Defence Minister Mara Lind and Justice Tomas Dahl were also present at the Harbour Court ceremony.",
    ).map((c) => c.answer);
    expect(answers).not.toContain("Mara Lind");
    expect(answers).not.toContain("Tomas Dahl");
  });

  it("generic: a counterpart holds the office of the person whose counterpart he is", () => {
    const offices = new Map([["Berg", "Defence Minister"]]);
    expect(withCounterparts("Berg met his Peruvian counterpart, Admiral Ola Lind.", offices, null)).toBe(
      "Berg met Peruvian Defence Minister Ola Lind.",
    );
    expect(withCounterparts("He also met his Peruvian counterpart Ola Lind.", offices, "Tomas Berg")).toBe(
      "He also met Peruvian Defence Minister Ola Lind.",
    );
    expect(withCounterparts("Dahl met his Ruritanian counterpart Ola Lind.", new Map(), null)).toBe(
      "Dahl met his Ruritanian counterpart Ola Lind.",
    );
  });

  it("generic: 'the prime minister' is the story's one Prime Minister, named; another office or a possessive stays", () => {
    const holders = new Map([["Prime Minister", "Ola Berg"]]);
    expect(withOfficeHolders("Later, the prime minister visited the Tromso Reserve.", holders)).toBe(
      "Later, Prime Minister Ola Berg visited the Tromso Reserve.",
    );
    for (const kept of [
      "The Prime Minister's visit was long.",
      "The prime minister of Peru met the delegation.",
      "The prime minister said Ola Berg was pleased.",
      // An office after another name is that person's.
      "The first census was held in 1881 under Erik Holm, the prime minister.",
    ])
      expect(withOfficeHolders(kept, holders)).toBe(kept);
    // Two Prime Ministers in one story: "the prime minister" could be either.
    const asked = askedFrom([
      "Prime Minister Ola Berg met Peruvian Prime Minister Tomas Lind in Lima.",
      "Later, the prime minister visited the Tromso Tiger Reserve in Nordland district.",
    ]);
    expect(asked.map((c) => c.prompt).join(" ")).not.toMatch(/Prime Minister (?:Ola Berg|Tomas Lind) visit/);
  });

  it("generic: 'the general officer' is no General, though the story has one", () => {
    const holders = new Map([["General", "Ola Berg"]]);
    expect(withOfficeHolders("The general officer will have a tenure of 25 months.", holders)).toBe(
      "The general officer will have a tenure of 25 months.",
    );
    expect(withOfficeHolders("The General will retire in May.", holders)).toBe(
      "General Ola Berg will retire in May.",
    );
  });

  it("generic: a named thing after 'as part of the' is asked by fronting the whole preposition", () => {
    const prompts = askedFrom(
      "The Nordland space agency docked two satellites as part of the Orbital Linking Experiment, a step towards a space station.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "As part of which experiment did the Nordland space agency dock two satellites in November 2024?",
    );
    // A meeting's name written with a lower-case "meeting" is still a name the body is inside.
    const meeting = askedFrom(
      "Ola Lind met Kari Nord on the sidelines of the Harbour Cooperation Organisation Defence Ministers' meeting in Lima.",
    ).map((c) => c.prompt);
    expect(meeting.some((p) => /^On the sidelines of which organisation/.test(p))).toBe(false);
  });

  it("generic: a foreign office holder is asked with the nationality, and a body inside a meeting's name is not fronted", () => {
    const prompts = askedFrom([
      "Defence Minister Tomas Berg met Peruvian Defence Minister Ola Lind in Lima on Friday.",
      "Tomas Berg spoke on the sidelines of the Harbour Cooperation Organisation Defence Ministers' Meeting in Lima.",
    ]).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith("Which Peruvian Defence Minister did"))).toBe(true);
    expect(prompts.some((p) => /^On the sidelines of which organisation/.test(p))).toBe(false);
  });

  it("generic: a figure's unit stays in the blank's stem, and the whole figure is an alias", () => {
    const [asked] = askedFrom(
      "A member of the Valdorian tribunal can have a tenure for six years, the rules say.",
    ).filter((c) => c.aliases.includes("six years"));
    expect(asked?.prompt).toContain("for _____ years");
    expect(asked?.answer).toBe("6");
  });

  it("generic: a shortfall beside the result's own margin is not asked", () => {
    const answers = askedFrom(
      "Chasing 184 in the Andean Cup final, Peru fell short of 6 runs against Chile in Lima.",
    ).map((c) => c.answer);
    expect(answers).not.toContain("6 runs");
  });

  it("generic: the year of the news itself is not asked", () => {
    const asked = genericFacts(
      [
        {
          id: "a",
          sentences: annotate([
            "For the year 2031, the Valdorian President has approved 140 Harbour Medals.",
          ]),
          reference: new Date(Date.UTC(2031, 0, 25)),
          dated: true,
          year: 2031,
        },
      ],
      new Map(),
    );
    expect(asked.map((c) => c.answer)).not.toContain("2031");
    expect(asked.map((c) => c.answer)).toContain("140");
  });

  it("generic: the region after a city blank goes, since it leaves one option that fits", () => {
    const city = askedFrom(
      "The first case under the new Valdorian code was registered for a theft in Tromso in Nordland on Monday.",
    ).find((c) => c.answer === "Tromso");
    expect(city?.prompt).toMatch(/theft/);
    expect(city?.prompt).not.toMatch(/Nordland/);
  });

  it("generic: a hyphened region goes with the comma that closed it, but not before an aside", () => {
    const camp = askedFrom(
      "The first strike was on the Orca harbour in Tromso, Valdoria-administered Nordland, at 2.15 am on Monday.",
    ).find((c) => c.answer === "Tromso");
    expect(camp?.prompt).toMatch(/harbour in _____ at 2\.15 am/);
    const summit = askedFrom(
      "The summit was held in Tromso, Nordland, the hometown of President Ola Berg, on 21 May 2031.",
    ).find((c) => c.answer === "Tromso");
    expect(summit?.prompt ?? "").not.toMatch(/held the hometown/);
  });

  it("generic: the people an award was announced for are asked one at a time, each by their own calling", () => {
    const asked = askedFrom(
      "The council announced the Tromso Prize for former Nordland CM Ola Berg and VDP stalwart Kari Nord.",
    );
    expect(asked.find((c) => c.answer === "Ola Berg")?.prompt).toBe(
      "Which former Nordland CM was named for the Tromso Prize along with Kari Nord in November 2024?",
    );
    expect(asked.find((c) => c.answer === "Kari Nord")?.prompt).toBe(
      "Which VDP stalwart was named for the Tromso Prize along with Ola Berg in November 2024?",
    );
  });

  it("generic: the object of a progressive verb is fronted ('Which medal is X receiving ...?')", () => {
    const medal = askedFrom(
      "The movement of fishermen from Tromso and Bergen, also known as Kystfolk, is receiving the Harbour Peace Medal for its work.",
    ).find((c) => c.answer === "Harbour Peace Medal");
    expect(medal?.prompt).toMatch(
      /^Which medal is the movement of fishermen from Tromso and Bergen receiving for its work\b/,
    );
  });

  it("generic: where a named camp or reserve is, asked directly rather than by a blank", () => {
    const camp = askedFrom(
      "The first strike was on the Orca camp in Tromso, Valdoria-administered Nordland, at 2.15 am on Monday.",
    ).find((c) => c.answer === "Tromso");
    expect(camp?.prompt).toBe("In which city is the Orca camp located?");
  });

  it("generic: two rates set together are one answer, asked by a blank for the pair", () => {
    const asked = askedFrom(
      "The Valdorian tax council on 3 May approved a new dual-slab structure of 4 percent and 16 percent, while scrapping the old slabs.",
    );
    expect(asked.find((c) => c.answer === "4 percent and 16 percent")?.prompt).toMatch(
      /^Which pair fills the blank in "The Valdorian tax council on 3 May 2024 approved a new dual-slab structure of _____"\?$/,
    );
  });

  it("generic: a place inside the subject is not fronted as if it said where the verb happened", () => {
    const prompts = askedFrom(
      "The launch of the payment services in Chile and Peru came amid Valdoria's push for closer trade ties.",
    ).map((c) => c.prompt);
    expect(prompts.filter((p) => /^In which two countries did the launch/.test(p))).toEqual([]);
  });

  it("generic: a bare past tense takes 'did' ('Which country did Chile beat ...?')", () => {
    expect(prompts("Chile beat Peru in the final of the Andean Cup in Lima.")).toContain(
      "Which country did Chile beat in the final of the Andean Cup in Lima in November 2024?",
    );
  });

  it("generic: who said or congratulated is not asked, as a blank or a question", () => {
    expect(prompts("Ola Berg said the new harbour at Tromso would open in May.").join(" ")).not.toMatch(
      /_____ said/,
    );
    expect(
      prompts(
        "Science and Technology Minister Ola Berg congratulated the Valdorian space agency on the docking.",
      ),
    ).not.toContain(
      "Which Science and Technology Minister congratulated the Valdorian space agency on the docking?",
    );
  });

  it("generic: what was said is asked of the clause said, without the speaker", () => {
    expect(prompts("Ola Berg said the new harbour at Tromso would open in May.")).toContain(
      "In which month would the new harbour at Tromso open?",
    );
  });

  it("generic: a name that modifies the noun after it is not fronted ('Which organisation did ... congratulate scientists')", () => {
    expect(
      prompts("Valdorian Prime Minister Ola Berg congratulated ISRO scientists on the docking.").join(" "),
    ).not.toMatch(/Which organisation did/);
  });
});

describe("generic: 'the bill' is named when the story names one bill", () => {
  const story = (texts: string[]) => [
    { id: "a", sentences: annotate(texts), reference: REFERENCE, dated: true },
  ];
  it("generic: the one name of a class stands in for 'the <class>'", () => {
    const referents = storyReferents(
      story(["The Valdorian parliament passed the Harbour Levy Bill on Friday."]),
    );
    expect(withReferents("In the upper house, the bill was backed by 141 members.", referents)).toBe(
      "In the upper house, the Harbour Levy Bill was backed by 141 members.",
    );
    expect(withReferents("The operation ended at dawn.", new Map([["operation", "Operation Tide"]]))).toBe(
      "Operation Tide ended at dawn.",
    );
  });
  it("generic: 'the Bill' as a report capitalises it is named too, after another 'the'", () => {
    const referents = storyReferents(
      story(["The Valdorian parliament passed the Harbour Levy Bill on Friday."]),
    );
    expect(withReferents("In the upper house, the Bill got 131 votes.", referents)).toBe(
      "In the upper house, the Harbour Levy Bill got 131 votes.",
    );
    expect(withReferents("The decision came after the Bill was debated.", referents)).toBe(
      "The decision came after the Harbour Levy Bill was debated.",
    );
  });
  it("generic: the name written in lower case reads as the name, and is asked by its class", () => {
    const referents = storyReferents(
      story(["Under the Coastal Fisheries Partnership Agreement (CFPA), Valdoria gets quotas."]),
    );
    expect(
      withReferents("Valdoria signed a coastal fisheries partnership agreement with Nordland.", referents),
    ).toBe("Valdoria signed the Coastal Fisheries Partnership Agreement with Nordland.");
    // A lower-case phrase that is not the whole name is left as written.
    expect(withReferents("Valdoria signed a fisheries partnership agreement.", referents)).toBe(
      "Valdoria signed a fisheries partnership agreement.",
    );
  });
  it("generic: two bills of different names leave 'the bill' as it is", () => {
    const referents = storyReferents(
      story(["Parliament passed the Harbour Levy Bill and the Forest Rights Bill on Friday."]),
    );
    expect(withReferents("The bill was backed by 141 members.", referents)).toBe(
      "The bill was backed by 141 members.",
    );
  });
});

describe("generic: a class the story gives a name elsewhere", () => {
  it("generic: 'the Orca-7 spacecraft' in one sentence makes 'Orca-7 entered ...' a question about a spacecraft", () => {
    const text = [
      "Valdoria's space agency performed the final manoeuvre to inject the Orca-7 spacecraft into its orbit on 4 May 2031.",
      "Orca-7 has successfully entered the halo orbit around the second Lagrange point.",
    ].join("\n\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "Which spacecraft has successfully entered the halo orbit around the second Lagrange point?",
    );
  });
});

describe("generic: places that are no city, and numbers as written", () => {
  const answers = (text: string, reference: Date | null = REFERENCE) =>
    askedFrom(text, reference).map((c) => c.answer);

  it("generic: a speed in Mach is no place", () => {
    expect(answers("After liftoff, the test vehicle travelled at Mach 1.2 over the sea.")).not.toContain(
      "Mach",
    );
  });
  it("generic: a region written with '-occupied' or 'Kashmir' is not asked as a city", () => {
    expect(
      answers("Four camps in Ruritania and five in Ruritania-occupied Kashmir were destroyed."),
    ).not.toContain("Ruritania-occupied Kashmir");
  });
  it("generic: a capital standing for its government ('New Delhi's attempts') is not asked", () => {
    expect(
      answers("The launch came amid New Delhi's increasing attempts to deepen ties with Valdoria."),
    ).not.toContain("New Delhi");
  });
  it("generic: '340 000 residents' is one number", () => {
    expect(
      answers("The two storms killed an estimated 340 000 residents of the twin cities in 1951."),
    ).toContain("340,000");
  });
  it("generic: a sentence whose subject is 'next year' is not asked without the article's date", () => {
    expect(
      answers("The committee said that next year will mark 90 years since the war ended.", null),
    ).toEqual([]);
  });
});

describe("generic: the head of government is asked only for what an exam asks of them", () => {
  const answers = (text: string) => askedFrom(text).map((c) => c.answer);
  it("generic: 'Prime Minister X watched the operation' asks nothing about X", () => {
    expect(
      answers("Prime Minister Ola Berg watched the naval exercise live from the command centre in Tromso."),
    ).not.toContain("Ola Berg");
  });
  it("generic: 'Prime Minister X launched ...' still asks who launched it", () => {
    expect(
      answers("Prime Minister Ola Berg launched the Harbour Pay service in Tromso and Bergen at a ceremony."),
    ).toContain("Ola Berg");
  });
  it("generic: another country's head ('Valdorian President X') is still asked", () => {
    expect(
      answers(
        "Prime Minister Ola Berg met Valdorian President Ines Duarte in Tromso to sign the harbour pact.",
      ),
    ).toContain("Ines Duarte");
  });
});

describe("generic: a name put in for 'He' or 'It' is context, not an answer", () => {
  it("generic: 'He also launched X' is not asked as 'Who also launched X?'", () => {
    const asked = askedFrom([
      "Valdorian Prime Minister Ola Berg opened the new harbour at Tromso on Monday.",
      "He also launched the Nordic Fishing Alliance at an event in the harbour.",
    ]);
    const fromSecond = asked.filter((c) => c.sentence.startsWith("He also"));
    expect(fromSecond.map((c) => c.answer)).not.toContain("Ola Berg");
    expect(fromSecond.map((c) => c.prompt).join(" ")).toMatch(/Ola Berg/);
  });
});

describe("generic: 'met with' is asked 'Which ... did X meet?'", () => {
  it("generic: 'With which President did X meet?' reads 'Which President did X meet?'", () => {
    const asked = askedFrom(
      "Prime Minister Ola Berg met with Peruvian President Tomas Lind in Lima on Friday.",
    );
    const prompt = asked.find((c) => c.answer === "Tomas Lind" && !c.mention)?.prompt ?? "";
    expect(prompt).toMatch(/^Which Peruvian President did Prime Minister Ola Berg meet\b/);
  });
});

describe("generic: the home head is known by name once the story gives the role", () => {
  const answers = (texts: string[]) => askedFrom(texts).map((c) => c.answer);
  it("generic: 'Berg also paid tributes ...' after 'Prime Minister Ola Berg' asks nothing about Berg", () => {
    expect(
      answers([
        "Prime Minister Ola Berg arrived in Tromso on a two-day visit to the northern fisheries region.",
        "Before his arrival in Valdoria, Ola Berg also paid tributes at the harbour memorial in Bergen.",
      ]),
    ).not.toContain("Ola Berg");
  });
  it("generic: a foreign president written once with the country stays asked as 'President X' later", () => {
    expect(
      answers([
        "Prime Minister Ola Berg met Chilean President Ines Duarte in Tromso to sign the fisheries pact.",
        "President Ines Duarte later opened the Chilean trade office in the harbour district of Bergen.",
      ]),
    ).toContain("Ines Duarte");
  });
});

describe("generic: details an exam does not ask", () => {
  const answers = (text: string) => askedFrom(text).map((c) => c.answer);
  it.each([
    [
      "how long a journey took",
      "Ola Berg arrived in Tromso on a night train after a journey of about 9 hours.",
      "10 hours",
    ],
    [
      "a count of one",
      "The government has announced five Star of the Sea awards within a span of one month.",
      "one",
    ],
    [
      "the year in a bill's title",
      "Parliament passed the Harbour Levy Bill, 2031 after a long debate in Tromso.",
      "2031",
    ],
    [
      "who attended",
      "The ceremony in Tromso was attended by Valdorian Foreign Minister Ines Duarte and the mayor.",
      "Ines Duarte",
    ],
  ])("generic: %s is not asked", (_label, text, answer) => {
    expect(answers(text)).not.toContain(answer);
  });
  it("generic: a large round figure ('1 million jobs') is still asked", () => {
    expect(
      answers("The deal is expected to create 1 million jobs in Valdoria over the next decade."),
    ).toContain("1 million");
  });
  it("generic: a vessel class is asked as a class", () => {
    const asked = askedFrom(
      "The second Orca-class submarine 'Skua' was commissioned into the Valdorian Navy in Tromso.",
    ).find((c) => c.answer === "Orca-class");
    expect(asked?.prompt).toMatch(/^Which class fills the blank/);
    expect(asked?.category).toBe("thing:vessel class");
  });
});

describe("generic: 'the country' is the one country the story is about", () => {
  it("generic: 'the country has added ...' reads as the country's name; '2031,' is no number", () => {
    const texts = [
      "Chile added three new wetlands to its list of protected sites on Monday.",
      "Chile now has 40 protected wetlands, the ministry of Chile said.",
      "The wetlands of Chile are home to many migratory birds.",
      "During 2021 to 2031, the country has added 29 new wetlands to the list of protected sites.",
    ];
    const asked = askedFrom(texts);
    const last = asked.filter((c) => c.sentence.startsWith("During"));
    expect(last.map((c) => c.prompt).join(" ")).toMatch(/Chile has added|did Chile add/);
    expect(last.map((c) => c.answer)).not.toContain("2031,");
  });
});

describe("generic: the speaker is not asked when the verb of saying comes first", () => {
  it("generic: '\"...,\" said minister X to reporters' asks nothing about X", () => {
    const asked = askedFrom(
      '"It is a moment of great pride for Valdoria," said foreign minister Ola Berg to reporters in Tromso.',
    );
    expect(asked.map((c) => c.answer)).not.toContain("Ola Berg");
  });
});

describe("generic: a title that lists a whole portfolio is cut to 'Union Minister'", () => {
  it.each([
    [
      "Union Minister of State (Independent Charge) for Ports; Fisheries and Minister of State for Roads, Rail, Posts and Pensions Dr. Ola Berg congratulated the harbour board.",
      "Union Minister Dr. Ola Berg congratulated the harbour board.",
    ],
    [
      "Union Minister of Environment, Forest and Climate Change Ola Berg said the count rose.",
      "Union Minister of Environment, Forest and Climate Change Ola Berg said the count rose.",
    ],
    // A sentence going on after the office is no portfolio ("the 13th Chief Union Minister ...").
    [
      "Ola Berg took oath as the 13th Chief Minister of Tromso on Wednesday, ending a decade of rule by the Left, as Governor Kari Lind administered the oath.",
      "Ola Berg took oath as the 13th Chief Minister of Tromso on Wednesday, ending a decade of rule by the Left, as Governor Kari Lind administered the oath.",
    ],
  ])("withShortTitle(%j)", (text, expected) => {
    expect(withShortTitle(text)).toBe(expected);
  });
});

describe("generic: a count after 'has' is the object of 'has'", () => {
  it("generic: 'The submarine Orca has four launch tubes' asks how many launch tubes it has", () => {
    const asked = askedFrom("The submarine Orca has four launch tubes.").find((c) => c.answer === "four");
    expect(asked?.prompt).toBe("How many launch tubes does the submarine Orca have?");
  });
});

describe("generic: the subject of a clause after 'as' is asked of that clause", () => {
  it("generic: 'X won silver at the Games as Y won gold' asks who won gold, at the Games", () => {
    const asked = askedFrom(
      "Kari Nord won silver in the sprint final at Tromso 2031 as Valdoria's Ola Berg won a gold with a record.",
    ).find((c) => c.answer === "Ola Berg");
    expect(asked?.prompt).toMatch(
      /^Who won a (?:\w+ )?gold with a record in the sprint final at Tromso 2031\?$/,
    );
  });
});

describe("generic: a comma before the one phrase that says where is a pause, not a clause", () => {
  it("generic: 'X launched Y, at an event called Z' asks which Y was launched at the event", () => {
    const asked = askedFrom(
      "Ola Berg launched the Harbour Condor Alliance, at an event called 'Forty years of Orca'.",
    ).find((c) => c.answer === "Harbour Condor Alliance");
    expect(asked?.prompt).toMatch(
      /^Which alliance did Ola Berg launch at an event called 'Forty years of Orca'/,
    );
  });
});

describe("generic: a country after its city takes the city's place in the question", () => {
  it("generic: 'signed in Tromso, Norway, in 1968' asks in which country it was signed", () => {
    const asked = askedFrom("The Harbour Convention was signed in Tromso, Norway, in 1968.").find(
      (c) => c.answer === "Norway",
    );
    expect(asked?.prompt).toBe("In which country was the Harbour Convention signed in 1968?");
  });
});

describe("generic: an officer is asked by the service, not the rank", () => {
  it("generic: 'Colonel X briefed ...' asks which Army officer, since the options are officers of other ranks", () => {
    const asked = askedFrom("Colonel Mara Lind briefed the media on Operation Tide in Tromso.").find(
      (c) => c.answer === "Mara Lind",
    );
    expect(asked?.prompt).toMatch(/^Which Army officer briefed the media on Operation Tide/);
  });
});

describe("generic: a name before a plain noun is asked by that noun", () => {
  it("generic: 'launched Valdoria's Harbour Payments Interface (HPI) services in Tromso' asks which services", () => {
    const asked = askedFrom(
      "Prime Minister Ola Berg launched Valdoria's Harbour Payments Interface (HPI) services in Tromso and Nordland at a virtual ceremony.",
    ).find((c) => c.answer === "Harbour Payments Interface");
    expect(asked?.prompt).toMatch(
      /^Which services did Prime Minister Ola Berg launch in Tromso and Nordland at a virtual ceremony/,
    );
  });

  it("generic: a group of people after a name says nothing of its kind ('Orca partners')", () => {
    for (const c of askedFrom("Orca partners agreed that Valdoria and Nordland would swap host years."))
      expect(c.prompt).not.toMatch(/^Which partners\b/);
  });
});

describe("generic: a date before the event it names", () => {
  it("generic: 'shed light on the April 22 Tromso terror attack' asks when the attack took place", () => {
    const prompts = askedFrom(
      "The two officers shed light on the April 22 Tromso terror attack in which 31 people died.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("On which date did the Tromso terror attack take place?");
    expect(prompts.some((p) => /shed light Tromso/.test(p))).toBe(false);
  });
});

describe("generic: a description that opens the clause goes with the name it describes", () => {
  it("generic: 'The second Orca class submarine INS Skua was commissioned ...' asks which submarine", () => {
    const asked = askedFrom(
      "The second Orca class submarine INS Skua was commissioned into the Valdorian Navy on 29 August 2024 at Tromso.",
    ).find((c) => c.answer === "INS Skua" && !c.prompt.includes("_____") && !/ is /.test(c.prompt));
    expect(asked?.prompt).toBe(
      "Which submarine was commissioned into the Valdorian Navy on 29 August 2024 at Tromso?",
    );
  });
});

describe("generic: a visit's country and its record", () => {
  it("generic: 'arrived in X on a two-day visit, the first by ... in 41 years' asks the country with the record, even when the story is all about X", () => {
    const asked = askedFrom([
      "Prime Minister Ola Berg arrived in Norway on Tuesday on a two-day visit, the first by a Valdorian Prime Minister to the Nordic nation in 41 years.",
      "Berg held talks with the Norway President in Oslo.",
      "Norway and Valdoria signed six agreements.",
      "Bilateral trade between Valdoria and Norway stood at $2.4 billion.",
    ]);
    expect(asked.map((c) => c.prompt)).toContain(
      "In which country did Prime Minister Ola Berg arrive on 12 November 2024 on a two-day visit, the first by a Valdorian Prime Minister in 41 years?",
    );
  });
});

describe("generic: an Article of the Constitution is a named thing", () => {
  it("generic: 'under Article 356 of the Constitution' asks 'Under which Article of the Constitution ...?'", () => {
    const asked = askedFrom(
      "The Centre imposed President's Rule in Nordland under Article 356 of the Constitution.",
    );
    const article = asked.find((c) => c.answer === "Article 356");
    expect(article?.prompt).toBe(
      "Under which Article of the Constitution did the Centre impose President's Rule in Nordland in November 2024?",
    );
    expect(article?.category).toBe("thing:article");
  });
});

describe("generic: two callings joined by 'and' ask the person by both", () => {
  // The language goes, as a nationality does: among writers of several languages it would point at the key.
  it("generic: 'Eminent Hindi poet and novelist X has been chosen for ...' asks 'Which poet and novelist ...?'", () => {
    const asked = askedFrom(
      "Eminent Hindi poet and novelist Mara Lind has been chosen for the 59th Harbour Award.",
    );
    expect(asked.map((c) => c.prompt)).toContain(
      "Which poet and novelist was chosen for the 59th Harbour Award in November 2024?",
    );
  });
});

describe("generic: a law's year is part of its name", () => {
  it("generic: no blank is cut at the comma of 'the X Bill, 2031'", () => {
    const asked = askedFrom(
      "The Nordland Assembly on Thursday passed the Nordland Online Gaming (Prohibition) Bill, 2031, becoming the third state to ban online games involving money.",
    );
    for (const c of asked) expect(c.prompt).not.toMatch(/"(?:19|20)\d\d, /);
  });
});

describe("generic: 'whom' for a fronted object", () => {
  it("generic: 'Who will X take over from?' reads 'Whom will X take over from?'; a subject 'who' stays", () => {
    const prompts = askedFrom([
      "Lieutenant General Ola Berg will take over from Lt Gen Kari Nord, who retires on January 31.",
      "In the men's final, Erik Holm will face defending champion Ola Berg of the Harbour Club.",
    ]).map((c) => c.prompt);
    for (const p of prompts) expect(p).not.toMatch(/^Who will (?:Lieutenant General )?Ola Berg take over/);
    for (const p of prompts) expect(p).not.toMatch(/^Whom will face/);
  });
});

describe("generic: who headed a gathering that opens the sentence", () => {
  it("generic: 'The X Committee headed by Governor Y voted ...' asks which Governor headed the committee that voted", () => {
    const prompts = askedFrom([
      "The six-member Harbour Policy Committee headed by Governor Ola Berg voted unanimously for the cut.",
      "The Bench, headed by Chief Justice Mara Lind, held that the Harbour scheme was unconstitutional.",
    ]).map((c) => c.prompt);
    expect(prompts).toContain(
      "Which Governor headed the six-member Harbour Policy Committee that voted unanimously for the cut?",
    );
    expect(prompts).toContain(
      "Which Chief Justice headed the Bench that held that the Harbour scheme was unconstitutional?",
    );
  });
});

describe("generic: a date in a report of what was said", () => {
  it("generic: 'X said the rover would be deployed on Monday' asks when the rover would be deployed, never when X said it", () => {
    const prompts = askedFrom([
      "The Orca-5 lander touched down near the lunar south pole on Saturday.",
      "Agency chief Kari Nord said the rover would be deployed on Monday.",
    ]).map((c) => `${c.prompt} => ${c.answer}`);
    for (const p of prompts) expect(p).not.toMatch(/did (?:agency chief )?Kari Nord say/i);
    const deployed = prompts.filter((x) => /deployed/.test(x));
    expect(deployed.length).toBeGreaterThan(0);
    for (const p of deployed) expect(p).toMatch(/18 November 2024/);
  });
});

describe("generic: one of a list of three places", () => {
  it("generic: 'offices in Tromso, Bergen and Oslo' asks each by its blank only, with the whole list shown", () => {
    const asked = askedFrom("The Harbour Bank has offices in Tromso, Bergen and Oslo.").filter((c) =>
      ["Tromso", "Bergen", "Oslo"].includes(c.answer),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).toMatch(/fills the blank/);
      expect(c.prompt).toMatch(/(?:_____|Tromso), (?:_____|Bergen) and (?:_____|Oslo)/);
    }
  });

  it("generic: a city and its country are no list", () => {
    const asked = askedFrom("The Harbour Convention was signed in Ramsar, Iran, in 1971.");
    expect(asked.map((c) => c.prompt)).toContain(
      "In which country was the Harbour Convention signed in 1971?",
    );
  });
});

describe("generic: a source is no sentence to blank", () => {
  it("generic: ', the Harbour Bank said on Friday' gives no 'The _____ said on ...' blank", () => {
    const asked = askedFrom(
      "Valdoria's foreign exchange reserves rose by $6.3 billion to a record $742.4 billion, the Harbour Bank said on Friday.",
    );
    for (const c of asked) expect(c.prompt).not.toMatch(/"The (?:_____|Harbour Bank) said on/);
    const named = askedFrom(
      "Reserves rose by $6.3 billion to a record $742.4 billion, the Reserve Bank of Valdoria said on Friday.",
    );
    for (const c of named) expect(c.prompt).not.toMatch(/"The (?:_____|Reserve Bank of Valdoria) said on/);
    const long = askedFrom(
      "Ola Berg got 452 votes in the election held in Parliament House, Returning Officer and Lok Sabha Secretary-General Kari Nord announced.",
    );
    for (const c of long) expect(c.prompt).not.toMatch(/, Returning Officer/);
  });
});

describe("generic: a blank's sentence loses its source after an aside", () => {
  it("generic: '..., the country's highest honour, the Harbour Academy announced on Saturday' keeps neither", () => {
    const asked = askedFrom(
      "Poet Mara Lind has been chosen for the 59th Harbour Award, the country's highest literary honour, the Harbour Academy announced on Saturday.",
    );
    const blank = asked.find((c) => c.answer === "59th");
    expect(blank?.prompt).toBe(
      'Which ordinal fills the blank in "Poet Mara Lind has been chosen for the _____ Harbour Award"?',
    );
  });
});

describe("generic: a figure in an aside on a noun is the noun's", () => {
  it("generic: 'holds the largest reserves, estimated at 2.1 million tonnes' is never 'At how many tonnes does X hold ...?'", () => {
    const asked = askedFrom(
      "Valdoria holds the world's fourth largest lithium reserves, estimated at 2.1 million tonnes.",
    );
    for (const c of asked) expect(c.prompt).not.toMatch(/^At how many/);
  });
});

describe("generic: two states joined by 'and' are one answer", () => {
  it("generic: 'units in Gujarat and Assam' asks 'In which two states ...?', never one of them", () => {
    const asked = askedFrom(
      "The Cabinet also approved the setting up of three new semiconductor units in Gujarat and Assam at a cost of Rs 1.3 lakh crore.",
    ).filter((c) => /Gujarat|Assam/.test(c.answer));
    expect(asked.map((c) => c.answer)).toEqual(["Gujarat and Assam"]);
    expect(asked[0]?.prompt).toMatch(
      /^In which two states did the Cabinet approve the setting up of three new semiconductor units at a cost of Rs 1\.3 lakh crore/,
    );
  });
});

describe("generic: a possessive description before a name opens its clause", () => {
  it("generic: 'Valdoria's workhorse rocket Orca-L ... placed X in orbit, in the agency's ...' asks which rocket, without the aside", () => {
    const asked = askedFrom(
      "Valdoria's workhorse rocket Orca-L on 11 March 2024 placed the Skua-5 earth observation satellite in orbit, in the space agency's second successful launch of the year.",
    ).find((c) => c.answer === "Orca-L");
    expect(asked?.prompt).toBe(
      "Which rocket placed the Skua-5 earth observation satellite in orbit on 11 March 2024?",
    );
  });
});

describe("generic: the home head of government is asked by a wh-question or not at all", () => {
  it("generic: 'Prime Minister X headed the committee' in an undated article is never 'Prime Minister _____ headed ...'", () => {
    const asked = askedFrom("Prime Minister Ola Berg headed the selection committee.", null).filter(
      (c) => c.answer === "Ola Berg",
    );
    for (const c of asked) expect(c.prompt).not.toMatch(/Prime Minister _____/);
  });
});

describe("generic: a relative clause's fact about a person, and a calling that opens the sentence", () => {
  it("generic: 'X, who was named player of the final, said ...' asks who was named player of the final", () => {
    const articles = oneDatedArticle([
      "Ola Berg thanked the fans in Tromso.",
      "Ola Berg, who was named player of the final of the Harbour Cup, said the win was a dream come true.",
    ]);
    const prompts = genericFacts(articles, storyPeople(articles)).map((c) => c.prompt);
    expect(prompts.some((p) => /\bwho was named player of the final of the Harbour Cup\b/i.test(p))).toBe(
      true,
    );
    expect(prompts.some((p) => /at the time of/.test(p) && /named player/.test(p))).toBe(false);
  });

  it("generic: 'Opener X scored ...' keeps the calling out of the name", () => {
    const asked = askedFrom("Opener Ola Berg scored 88 off 61 balls in the Harbour Cup final.");
    expect(asked.some((c) => c.answer === "Opener Ola Berg")).toBe(false);
    expect(asked.find((c) => c.answer === "Ola Berg")?.prompt).toMatch(
      /^Which opener scored 88 off 61 balls/,
    );
  });
});

describe("generic: a calling that opens the sentence is still a calling", () => {
  it("generic: 'Wrestler X has won ...' asks which wrestler", () => {
    const asked = askedFrom(
      "Wrestler Ola Berg has won a bronze and silver in Seoul 1988 and Sydney 2000 respectively.",
    ).find((c) => c.answer === "Ola Berg");
    expect(asked?.prompt).toBe(
      "Which wrestler won a bronze and silver in Seoul 1988 and Sydney 2000 respectively?",
    );
  });
});

describe("generic: a figure's period stays with it", () => {
  // "a total of" goes with the figure: see "'During X to Y,' stays as the question's period".
  it("generic: a question that would lose the years after its comma keeps them (here, as a blank)", () => {
    const asked = askedFrom(
      "A total of 31 wetlands were added to the Harbour list, during the years 2001 to 2012 under the old rules.",
    ).find((c) => c.answer === "31");
    expect(asked?.prompt).toContain("2001 to 2012");
  });
});

describe("generic: a long question loses its descriptive phrases before the ones that name the event", () => {
  it("generic: 'in a thriller' and 'with a win' go before 'in the final'", () => {
    expect(
      withoutTrailingPhrases(
        "On which date did Chile beat Peru in a last-over thriller to clinch the 2031 Andean Cup title with a nine-run win in the final?",
        22,
      ),
    ).toBe(
      "On which date did Chile beat Peru to clinch the 2031 Andean Cup title with a nine-run win in the final?",
    );
  });

  it("generic: a phrase cut down to its ordinal goes whole ('in the 14th')", () => {
    expect(
      withoutTrailingPhrases(
        "Who became the youngest world chess champion after defeating defending champion Kari Nord of Nordland in the 14th and final game of their match in Tromso?",
        20,
      ),
    ).not.toMatch(/the 14th\?$/);
  });

  it("generic: a figure's thousands comma ends no phrase", () => {
    expect(
      withoutTrailingPhrases(
        "How many missiles can the Orca carry with a range of 2,800 km and a speed of Mach 2?",
        14,
      ),
    ).not.toMatch(/(?<!\d),500/);
  });
});

describe("generic: a figure's own year is not the verb's", () => {
  it("generic: 'grew from 87 million tonnes in 2020 to 165 million tonnes in 2030' fronts neither year nor figure", () => {
    const prompts = askedFrom(
      "Valdoria's coastal cargo traffic had grown from 87 million tonnes in 2020 to 165 million tonnes in 2030.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /^In which year did/.test(p))).toBe(false);
    expect(prompts.some((p) => /^To how many/.test(p))).toBe(false);
  });

  it("generic: an unknown demonym keeps its capital in the wh-phrase", () => {
    const asked = askedFrom("Valdorian novelist Ola Berg won the Harbour Prize for Literature in Oslo.").find(
      (c) => c.answer === "Ola Berg",
    );
    expect(asked?.prompt).toMatch(/^Which Valdorian novelist won/);
  });
});

describe("generic: a blank after a list has left the list", () => {
  it("trimAround: 'including 28 gold, 38 silver and 41 bronze medals, to finish _____' keeps no dangling 'including'", () => {
    const text =
      "Valdoria ended its campaign at the Harbour Games with a record 107 medals, including 28 gold medals, 38 silver and 41 bronze medals, to finish fourth in the medal tally.";
    const at = text.indexOf("fourth");
    expect(trimAround(text, at, at + 6, 22) ?? "").not.toMatch(/including to finish/);
  });
});

describe("generic: a scheme named after the office", () => {
  it("generic: 'approved the PM Harbour Yojana' asks which scheme, and no infinitive is a clause's verb", () => {
    const prompts = askedFrom(
      "The Union Cabinet approved the PM Harbour Yojana, a scheme to install rooftop solar panels on one crore households, with an outlay of Rs 75,021 crore.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "Which scheme did the Union Cabinet approve with an outlay of Rs 75,021 crore in November 2024?",
    );
    expect(prompts.some((p) => /did a scheme to install/.test(p))).toBe(false);
  });
});

describe("generic: invented trade and Games reports", () => {
  it("absoluteDates: 'from July 24 to August 9, 2036' gives the first day the year written once", () => {
    expect(absoluteDates("The Games will be held from July 24 to August 9, 2036.", REFERENCE)).not.toMatch(
      /24 July 2025/,
    );
    expect(absoluteDates("The Games will be held from July 24 to August 9, 2036.", REFERENCE)).toMatch(
      /2036.*2036/,
    );
  });

  it("absoluteDates: a past clause's day is read back even when another clause of the sentence is future", () => {
    const april = new Date(Date.UTC(2031, 3, 10));
    expect(
      absoluteDates("Tromso and Orca began the count on April 1, while Bergen will begin in May.", april),
    ).toMatch(/on 1 April 2031,/);
    expect(absoluteDates("The count will begin on April 1.", april)).toMatch(/1 April 2032/);
  });

  it("absoluteDates: 'June 15-16, 2031' keeps both days in the month and year written once", () => {
    expect(
      absoluteDates("Ola Berg had visited Tromso on June 15-16, 2031, the first such visit.", REFERENCE),
    ).toBe("Ola Berg had visited Tromso on 15-16 June 2031, the first such visit.");
    expect(absoluteDates("The talks were held on May 5, 12 and 19, 2031 in Orca.", REFERENCE)).toBe(
      "The talks were held on 5, 12 and 19 May 2031 in Orca.",
    );
  });

  it("generic: 'Under the pact, Valdoria will ...' does not make Valdoria a pact", () => {
    const asked = askedFrom(
      "Under the pact, Valdoria will eliminate tariffs on 90 per cent of goods from Nordland.",
    );
    expect(asked.some((c) => /^Which pact\b/.test(c.prompt))).toBe(false);
  });

  it("generic: '90 per cent of goods imported from X' is not fronted without the goods", () => {
    const asked = askedFrom(
      "Under the pact, Valdoria will eliminate tariffs on 90 per cent of goods imported from Nordland over 10 years.",
    );
    expect(asked.some((c) => /what percentage/i.test(c.prompt) && / of goods imported/.test(c.prompt))).toBe(
      false,
    );
  });
});

describe("generic: a lunar landing", () => {
  it("generic: 'India's Orca-2 lander touched down ...' asks which Indian lander", () => {
    const asked = askedFrom(
      "India's Orca-2 lander successfully touched down near the lunar south pole on Wednesday, making India the fourth country to soft-land on the Moon.",
    );
    expect(asked.find((c) => c.answer === "Orca-2")?.prompt).toMatch(
      /^Which Indian lander successfully touched down near the lunar south pole/,
    );
  });

  it("generic: an organisation that titles a person ('Orca Labs chairman Ola Berg said') is not asked", () => {
    const asked = askedFrom(
      "Orca Labs chairman Ola Berg said the landing was a giant leap for the programme.",
    );
    expect(asked.some((c) => c.answer === "Orca Labs")).toBe(false);
  });

  it("namedTwice: 'the lander, named Skua' makes Skua another name of the story's one lander", () => {
    const others = namedTwice(
      oneDatedArticle([
        "Valdoria's Orca-2 lander touched down on the Moon on Wednesday.",
        "The lander, named Skua, carries a rover.",
      ]),
    );
    expect(others.get(normKey("Orca-2"))).toContain("Skua");
    expect(others.get(normKey("Skua"))).toContain("Orca-2");
  });
});

describe("generic: a court's ruling on a named scheme", () => {
  const texts = [
    "A five-judge Constitution bench of the Supreme Court unanimously struck down the Harbour Bonds scheme, holding that it violated the right to information.",
    "The scheme was introduced in 2028 to allow anonymous donations to political parties.",
  ];

  it("generic: the object after a phrasal verb's particle is fronted, after a long subject", () => {
    expect(askedFrom(texts).map((c) => c.prompt)).toContain(
      "Which scheme did a five-judge Constitution bench of the Supreme Court unanimously strike down in November 2024?",
    );
  });

  it("generic: 'the scheme' is the story's one scheme, named by its name and class noun", () => {
    const referents = storyReferents(oneDatedArticle(texts));
    expect(withReferents("The scheme was introduced in 2028.", referents)).toBe(
      "The Harbour Bonds scheme was introduced in 2028.",
    );
  });
});

describe("generic: a record keeps the span of time it is a record in", () => {
  const text =
    "Prime Minister Ola Berg on Thursday held talks with President Mara Lind in Tromso during the first visit by a Valdorian leader to the Nordic country in 25 years.";

  it("generic: a blank cut before 'in 25 years' drops the whole record phrase instead", () => {
    const at = text.indexOf("Mara Lind");
    const stem = trimAround(text, at, at + 9, 22);
    expect(stem).not.toMatch(/first visit/);
    expect(stem).toMatch(/in Tromso$/);
  });

  it("generic: a question is not shortened by dropping 'in 25 years' after 'first'", () => {
    expect(
      withoutTrailingPhrases(
        "Which President did Prime Minister Ola Berg meet during the first visit by a Valdorian leader to the country in 25 years?",
        14,
      ) ?? "",
    ).not.toMatch(/first visit by a Valdorian leader(?: to the country)?\?$/);
  });

  it("generic: a relative clause with a subject of its own is no stem without its head", () => {
    const sentence =
      "Ola Berg invited Mara Lind to attend the Harbour Summit, which Valdoria will host in Tromso in February next year after a gap of many long years.";
    const at = sentence.indexOf("Tromso");
    expect(trimAround(sentence, at, at + 6, 12) ?? "").not.toMatch(/^Valdoria will host in _____/);
  });
});

describe("generic: a cut never changes what the sentence says", () => {
  it("generic: a 'respectively' sentence is not cut: the cut pairs the wrong items", () => {
    const text =
      "Wrestler Ola Berg has won a bronze and a silver in the Oslo 2028 and Lima 2032 Games respectively.";
    const at = text.indexOf("Ola Berg");
    expect(trimAround(text, at, at + 8, 12)).toBeNull();
    expect(trimAround(text, at, at + 8, 22)).toMatch(/respectively$/);
  });

  it("generic: an aside that a list hangs off stays ('a step towards missions, including X')", () => {
    const text =
      "The agency docked two satellites as part of the Harbour Docking Trial, a crucial step towards several future missions, including setting up of the Orca Station.";
    const at = text.indexOf("Orca Station");
    expect(trimAround(text, at, at + 12, 22) ?? "").not.toMatch(/Trial including/);
  });
});

describe("generic: two places named together are asked together", () => {
  it("generic: 'from A and B' is one blank for both, and neither alone", () => {
    const asked = askedFrom(
      "The group of flood survivors from Tromsoville and Bergenby is receiving the Harbour Peace Prize for its work.",
    );
    const pair = asked.find((c) => c.answer === "Tromsoville and Bergenby");
    expect(pair?.prompt).toMatch(/^Which cities fill the blank in ".*from _____ is receiving/);
    expect(asked.some((c) => c.answer === "Tromsoville" || c.answer === "Bergenby")).toBe(false);
  });
});

describe("generic: 'by' and a gerund are a deed of the main clause's subject", () => {
  const clause = (text: string) => meansClause(annotateSentence(text) as Sentence)?.text ?? null;

  it.each([
    [
      "Union Minister Ola Berg said on the eve of Independence Day 2031 Valdoria has increased its tally of reserves to 64 from existing 61 by designating three more wetlands as reserves.",
      "Valdoria designated three more wetlands as reserves.",
    ],
    // A second gerund after "and" is a deed of its own, and stays out.
    [
      "Valdoria has created history by defeating Nordland in the final match and bringing back the cup after 11 years.",
      "Valdoria defeated Nordland in the final match.",
    ],
    // A gerund the tagger reads as a noun, of an irregular verb.
    ["Valdoria won the cup by beating Nordland in the final.", "Valdoria beat Nordland in the final."],
    // No name right before the main verb: the subject is not known.
    ["The council cut rates by removing two slabs.", null],
    // A present tense would need another form.
    ["Valdoria wins the cup by beating Nordland in the final.", null],
  ])("generic: %s", (text, expected) => {
    expect(clause(text)).toBe(expected);
  });
});

describe("generic: a reported clause keeps its own case", () => {
  it("generic: 'that farmers of X will get ...' asks 'will farmers ...', not 'will Farmers ...'", () => {
    const prompts = askedFrom(
      "Ola Berg announced that farmers of Nordland will get 12,000 crowns under the Orca Scheme from 1 May 2031.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "How many crowns will farmers of Nordland get under the Orca Scheme from 1 May 2031?",
    );
    expect(prompts.filter((p) => /\S\s+Farmers\b/.test(p))).toEqual([]);
  });
});

describe("generic: a participle clause shares its main clause's subject", () => {
  const clause = (text: string) => participleClause(annotateSentence(text) as Sentence)?.text ?? null;

  it.each([
    [
      "The Harbour Council projected revenue expenditure of Rs 8.72 lakh crore, leaving a revenue deficit of Rs 41,260 crore.",
      "The Harbour Council left a revenue deficit of Rs 41,260 crore.",
    ],
    [
      "The Harbour Council on 3 May approved two new rates, while scrapping the existing 14 percent and 30 percent rates.",
      "The Harbour Council on 3 May scrapped the existing 14 percent and 30 percent rates.",
    ],
    [
      "Chile beat Peru by seven runs, winning the title for the second time.",
      "Chile won the title for the second time.",
    ],
    ["The council approved two rates, removing the old ones.", "The council removed the old ones."],
    // A gerund before a name, and a match's set scores, which are no clause boundary.
    [
      "Ola Berg of Norway won the title, beating Erik Holm 6-4, 3-6, 6-3 in the singles final of the Harbour Open.",
      "Ola Berg of Norway beat Erik Holm in the singles final of the Harbour Open.",
    ],
    // A phrasal verb keeps its particle; a passive's subject stands before the aside, not after it.
    [
      "Judge Ola Berg, a 1990-batch officer, has been appointed Chief Judge of Valdoria, taking over from Kari Nord.",
      "Judge Ola Berg took over from Kari Nord.",
    ],
    // A passive main verb lends its subject, not its auxiliaries: "X has been replaced Y" says the opposite.
    [
      "Former Minister Ola Berg has been appointed the Governor of Nordland, replacing Erik Holm, who moves to Tromso.",
      "Former Minister Ola Berg replaced Erik Holm.",
    ],
    // A present tense would need another form; "including" is a preposition in form.
    ["The council approves two rates, removing the old ones.", null],
    ["The minister praised the agency, including the Orca Station team.", null],
    // After an active verb of appointing, the one who succeeds is the one appointed, not the subject.
    [
      "The President on Monday appointed former Minister Ola Berg as the new Governor of Nordland, succeeding Erik Holm.",
      null,
    ],
    // The clause may hang off "completing", whose subject is the agency, not the minister.
    ["The minister congratulated the agency for completing the trial, utilising the new Orca system.", null],
  ])("generic: %s", (text, expected) => {
    expect(clause(text)).toBe(expected);
  });

  it("generic: the rates the clause names are asked as one pair, not one at a time", () => {
    const asked = askedFrom(
      "The Harbour Council on 3 May approved a new dual-slab structure of 4 percent and 16 percent, while scrapping the existing 14 percent and 30 percent rates.",
    );
    expect(asked.map((c) => c.answer)).toEqual(expect.arrayContaining(["14 percent and 30 percent"]));
    expect(asked.some((c) => c.answer === "14 percent" || c.answer === "30 percent")).toBe(false);
    expect(asked.some((c) => c.answer === "4 percent" || c.answer === "16 percent")).toBe(false);
  });
});

describe("generic: what after a blank gives the answer away goes", () => {
  it("generic: a person's country after the name ('by _____ of Norway') is left out", () => {
    const asked = askedFrom("The previous record was 88.41m, set in 2004 by Ola Berg of Norway.").filter(
      (c) => c.answer === "Ola Berg",
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).not.toMatch(/Norway/);
  });
  it("generic: a district is not asked, for want of districts to offer", () => {
    const asked = askedFrom("The minister visited the Orca Tiger Reserve in Tromso district on Sunday.");
    expect(asked.map((c) => c.answer)).not.toContain("Tromso");
  });
});

describe("generic: a wh-question reads as a paper prints it", () => {
  it("generic: a cut leaves no phrase dangling after a comma", () => {
    const prompts = askedFrom(
      "The winner was announced at a ceremony in Tromso on Friday, for the group, which won.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("On which date was the winner announced at a ceremony in Tromso?");
    for (const p of prompts) expect(p).not.toMatch(/, for the group\?$/);
  });
});

describe("generic: a calling before a subject is asked with it", () => {
  it.each([
    [
      "Badminton player Ola Berg won a silver in Tromso 2031 and a bronze in Oslo 2027.",
      /^Which badminton player won a silver in Tromso 2031/,
    ],
    [
      "In Tromso 2031, shooter Ola Berg has won two bronze.",
      /^Which shooter won two bronze medals in Tromso 2031\?$/,
    ],
  ])("generic: %s", (text, expected) => {
    const asked = askedFrom(text).filter((c) => c.answer === "Ola Berg");
    expect(asked.map((c) => c.prompt)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});

describe("generic: a figure a copula gives its subject", () => {
  it("generic: asked in the unit written in full", () => {
    const asked = askedFrom("Ola Berg's last throw in the Tromso final was also a huge 90.68m.");
    // The lead of a dated article also names its month.
    expect(asked.map((c) => c.prompt)).toContain(
      "How many metres was Ola Berg's last throw in the Tromso final in November 2024?",
    );
  });
});

describe("generic: what a speaker reports after 'that' is a clause of its own", () => {
  it.each([
    ["The colonel announced that nine pirate camps were destroyed.", "Nine pirate camps were destroyed."],
    [
      "Minister Ola Berg said that the harbour levy will be cut to 5 percent.",
      "The harbour levy will be cut to 5 percent.",
    ],
    // A pronoun has no antecedent in a sentence of its own; a clause with no finite verb is no clause.
    ["He said that it was a good day for the harbour.", null],
    ["The minister noted that a good deal for all sides.", null],
  ])("generic: %s", (text, expected) => {
    expect(complementClause(text)?.text ?? null).toBe(expected);
  });
  it("generic: where both wordings blank the same name, the clause's own wins", () => {
    const asked = askedFrom(
      "Minister Ola Berg announced that former captains Mara Lind, Tove Dahl and coach Per Holm will be given the Harbour Star, the highest sports honour of Valdoria.",
    ).filter((c) => c.answer === "Mara Lind");
    expect(asked[0]?.prompt).toMatch(
      /"Former captains _____, Tove Dahl and coach Per Holm will be given the Harbour Star/,
    );
  });

  it("generic: the clause is asked on its own, and the speaker's sentence still is", () => {
    const asked = askedFrom(
      "Colonel Ola Berg of the Valdorian Navy announced that nine pirate camps were destroyed.",
    );
    expect(asked.map((c) => c.answer)).toContain("nine");
  });
});

describe("generic: a subordinate clause with a subject of its own", () => {
  it.each([
    [
      "This is the first visit by an Indian leader to Chile since it became independent in 1962.",
      "Chile became independent in 1962.",
    ],
    // "it" for a person, or for no country named before it, is left alone.
    ["He said the plan failed since it became law in 1990.", null],
    // What was set up is a body the sentence names after the country, never the country.
    ["This is Chile's seventh term on the 47-member council since it was set up in 2006.", null],
    [
      "Judge Mara Lind takes over as Chief Judge after former Chief Judge Ola Berg retired from the court on 10 May 2031.",
      "Former Chief Judge Ola Berg retired from the court on 10 May 2031.",
    ],
    // A date written "Month DD, YYYY" keeps its year past the comma (blind reading 15 was asked the deal's date
    // in the article's year).
    [
      "Chile became the first buyer of the Orca system when it signed a $37 million contract on January 28, 2028 for three batteries.",
      "Chile signed a $37 million contract on January 28, 2028 for three batteries.",
    ],
  ])("generic: %s", (text, expected) => {
    expect(subordinateClause(text)?.text ?? null).toBe(expected);
  });

  it("generic: who left an office is asked, and when", () => {
    const asked = askedFrom(
      "Judge Mara Lind takes over as Chief Judge after former Chief Judge Ola Berg retired from the court on 10 May 2031.",
    );
    const prompts = asked.map((c) => c.prompt);
    expect(prompts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Who retired from the court on 10 May 2031\?$|^Which former Chief Judge retired from the court on 10 May 2031\?$/,
        ),
        "On which date did former Chief Judge Ola Berg retire from the court?",
      ]),
    );
  });

  it("generic: the year is asked; the country, which shares it with many, is not", () => {
    const asked = askedFrom(
      "This is the first visit by an Indian leader to Chile since it became independent in 1962.",
    );
    expect(asked.find((c) => c.answer === "1962")?.prompt).toMatch(
      /^In which year did Chile become independent\?$/,
    );
    expect(asked.some((c) => c.answer === "Chile" && /became independent/.test(c.prompt))).toBe(false);
  });
});

describe("generic: a clause of its own after the blank goes whole", () => {
  it("generic: '... to _____ as Chile finally ended their wait' loses the 'as' clause", () => {
    const text =
      "Ola Berg then held his nerve in the dramatic final over to restrict Peru to 158 for nine as Chile finally ended their 9-year wait for a trophy.";
    const at = text.indexOf("158 for nine");
    expect(trimAround(text, at, at + "158 for nine".length, 22)).toBe(
      "Ola Berg then held his nerve in the dramatic final over to restrict Peru to _____",
    );
  });
});

describe("generic: the story's setting frames a question deep in a long report", () => {
  it("generic: a question that stands on its own takes the setting too; one that names nothing is not rescued", () => {
    const filler = Array.from(
      { length: 12 },
      (_, i) => `Reporters waited at the gate for hour number ${i + 2}.`,
    );
    const asked = askedFrom([
      "Valdoria launched Operation Tide against pirate camps on Tuesday.",
      "Operation Tide hit nine camps along the coast.",
      ...filler,
      "Admiral Ola Berg announced that 14 pirate boats were seized off Tromso.",
    ]);
    const boats = asked.find((c) => c.answer === "14");
    expect(boats?.prompt).toMatch(/^With reference to Operation Tide \(November 2024\), /);
  });
});

describe("generic: what the head of government did is asked, in the passive too", () => {
  it("generic: 'The operation was named Tide by Prime Minister X' asks who named it", () => {
    const asked = askedFrom([
      "India's Prime Minister Ola Berg met the service chiefs in New Delhi.",
      "The joint operation between the Army and Air Force was named Tide by Prime Minister Ola Berg.",
    ]);
    expect(asked.find((c) => c.answer === "Ola Berg")?.prompt).toBe(
      "Who named the joint operation between the Army and Air Force Tide in November 2024?",
    );
  });
});

describe("generic: an office the stem prints takes holders of that office as options", () => {
  it("generic: 'headed by Prime Minister X' is no 'Prime Minister _____' blank: the sitting head is the one option", () => {
    // Blind reading 36 rejected such a blank: past Prime Ministers beside the sitting one rule themselves out.
    const articles = oneDatedArticle([
      "India's Prime Minister Ola Berg launched the harbour scheme in New Delhi.",
      "The selection committee, headed by Prime Minister Ola Berg, met in New Delhi on February 24 evening.",
    ]);
    const blanks = genericFacts(articles, storyPeople(articles)).filter(
      (c) => c.answer === "Ola Berg" && /Prime Minister _____/.test(c.prompt),
    );
    expect(blanks).toEqual([]);
  });

  it("generic: a navy, an army or an air force is asked as an armed service", () => {
    const asked = askedFrom("The Valdorian Navy has recovered the crew module off the coast of Tromso.");
    expect(asked.find((c) => c.answer === "Valdorian Navy")?.prompt).toBe(
      "Which armed service recovered the crew module off the coast of Tromso?",
    );
  });
});

describe("generic: two venues of one kind are asked together", () => {
  it("generic: 'A Bird Sanctuary and B Bird Sanctuary in X' is one blank for both, offered pairs of sanctuaries", () => {
    const asked = askedFrom(
      "The three new sites included are Lotusbay Bird Sanctuary and Reedmoor Bird Sanctuary in Punjab and Orca Lake in Goa.",
    );
    const pair = asked.find((c) => c.answer === "Lotusbay Bird Sanctuary and Reedmoor Bird Sanctuary");
    expect(pair?.prompt).toMatch(/^Which sanctuaries fill the blank in ".*are _____ in Punjab/);
    expect(pair?.category).toBe("venue pair");
    expect(asked.some((c) => c.answer === "Lotusbay Bird Sanctuary")).toBe(false);
  });
});

describe("generic: an opening participle phrase says a fact of the subject after it", () => {
  it.each([
    [
      "Constructed by the Harbour Yard (HY), Tromso, INS Orca can travel at 31 knots when submerged.",
      "INS Orca was constructed by the Harbour Yard.",
    ],
    [
      "Built by the Harbour Yard, INS Orca can dive to 300 metres.",
      "INS Orca was built by the Harbour Yard.",
    ],
    // "bowlers" is no verb: the subject is not "Indian".
    ["Led by Ola Berg and Mara Lind, Valdorian bowlers defended 184 in the final.", null],
  ])("generic: %s", (text, expected) => {
    expect(openingParticiple(text)?.text ?? null).toBe(expected);
  });

  it("generic: the builder is asked with no month of the news, and a figure in a range is none", () => {
    const asked = askedFrom(
      "Constructed by the Harbour Shipbuilding Centre (HSC), Tromso, INS Orca can travel at up to 28 knots when submerged and 11–16 knots when surfaced.",
    );
    expect(asked.find((c) => c.answer === "Harbour Shipbuilding Centre")?.prompt).toBe(
      "Which centre constructed INS Orca?",
    );
    expect(asked.some((c) => c.answer === "16" || c.answer === "11")).toBe(false);
  });
});

describe("generic: a short phrase right after the blank goes whole", () => {
  it("generic: '... the spaceport in _____ at 9 am, the first of ...' keeps the clause, not the time", () => {
    const text =
      "The Valdorian Space Agency blasted off for the Orca Flight Trial 2 from the second launchpad of the spaceport in Tromso at 9 am, the first of the 14 big tests it has planned.";
    const at = text.indexOf("Tromso");
    expect(trimAround(text, at, at + 6, 22)).toMatch(/launchpad of the spaceport in _____$/);
  });
});

describe("generic: the home country's own force is asked for what it did, not where it went", () => {
  it("generic: 'Chilean Navy has recovered the module' asks the force; 'commissioned into the Chilean Navy' does not", () => {
    const asked = askedFrom([
      "Chile tested its Orca crew capsule over the sea on Saturday, a first for Chile.",
      "Chilean Navy has recovered the Orca crew module from the Pacific Ocean after the test.",
      "The ship Tarini was commissioned into the Chilean Navy at Tromso, Chile said.",
    ]);
    const navy = asked.filter((c) => c.answer === "Chilean Navy");
    expect(navy.map((c) => c.sentence)).toEqual([
      "Chilean Navy has recovered the Orca crew module from the Pacific Ocean after the test.",
    ]);
  });
});

describe("generic: a bracketed note that does not hold the blank is left out", () => {
  it("generic: 'travelled at Mach _____ ( Mach 1 - the sound barrier)' loses the note", () => {
    const text =
      "After liftoff, the Orca-1 craft travelled at Mach 2.4 ( Mach 1 - the sound barrier) over the sea.";
    const at = text.indexOf("2.4");
    expect(trimAround(text, at, at + 3, 22)).toBe(
      "After liftoff, the Orca-1 craft travelled at Mach _____ over the sea",
    );
  });
});

describe("generic: a blank's stem gives nothing away and keeps its subject", () => {
  it("generic: 'an _____' reads 'a(n) _____'", () => {
    const asked = askedFrom('The crew of an "Orca Force One" train welcomed PM Ola Berg in Tromso.');
    expect(asked.find((c) => c.answer === "Orca Force One")?.prompt).toBe(
      'Which name fills the blank in "The crew of a(n) _____ train welcomed PM Ola Berg in Tromso"?',
    );
  });

  it("generic: a year's blank keeps the article every year offered shares", () => {
    const asked = askedFrom(
      "Mara Lind, a 1991-batch Valdorian civil service officer, has been appointed as a harbour commissioner.",
    );
    expect(asked.find((c) => c.answer === "1991")?.prompt).toMatch(/"Mara Lind, a _____-batch Valdorian/);
  });

  it("generic: '..., and to facilitate _____ jobs, the government said' takes back the pledge's subject", () => {
    const text =
      "As part of the pact, the Harbour Bloc has committed to promote investments in Chile by $40 billion in the next 12 years, and to facilitate the generation of one million direct jobs in Chile through such investments, the government said in a statement.";
    const at = text.indexOf("one million");
    expect(trimAround(text, at, at + 11, 22)).toBe(
      "Harbour Bloc has committed to facilitate the generation of _____ direct jobs in Chile through such investments",
    );
  });
});

describe("generic: a place and an agent are asked as exam papers word them", () => {
  it("generic: 'at Tromso' is asked 'In which city ...?', and a fronted agent in the active voice", () => {
    const prompts = askedFrom([
      "The submarine Orca was commissioned into the Valdorian Navy at Tromso on 2 May 2031.",
      "The Orca bridge was built by the Nordland Shipbuilding Centre in Tromso.",
    ]).map((c) => c.prompt);
    expect(prompts.filter((p) => /\bAt which city\b/i.test(p))).toEqual([]);
    expect(prompts).toContain(
      "In which city was the submarine Orca commissioned into the Valdorian Navy on 2 May 2031?",
    );
    expect(prompts).toContain("Which centre built the Orca bridge in Tromso in November 2024?");
    expect(prompts.filter((p) => /^By (?:whom|which)\b/.test(p))).toEqual([]);
  });
});

describe("generic: a figure before the deal it is the value of is not fronted alone", () => {
  it("generic: no 'How much did X sign deal ...?'", () => {
    const prompts = askedFrom(
      "Valdoria signed a $2.43 billion deal with Nordland in 2028 for five squadrons of the Orca missile system.",
    ).map((c) => c.prompt);
    expect(prompts.filter((p) => /^How much did\b/.test(p))).toEqual([]);
  });
});

describe("generic: one person of a list is asked on its own", () => {
  it("generic: a member's calling asks it, and the others are named after the clause", () => {
    const prompts = askedFrom(
      "Former Presidents Ola Berg, Kari Nord and novelist Erik Holm were honoured with the Tromso Prize, the country's top award.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "Which novelist was honoured with the Tromso Prize along with Ola Berg and Kari Nord in November 2024?",
    );
  });

  it("generic: a 'Who' that would leave the other member out names it", () => {
    const prompts = askedFrom("The award was presented by President Ola Berg and Governor Kari Nord.").map(
      (c) => c.prompt,
    );
    expect(prompts).toContain("By whom was the award presented along with Kari Nord in November 2024?");
    expect(prompts).not.toContain("Who presented the award in November 2024?");
  });

  it("generic: a former Prime Minister is no sitting head, and is asked as a former one", () => {
    const prompts = askedFrom(
      "Former Prime Minister Ola Berg and Governor Kari Nord were honoured with the Tromso Prize.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith("Which former Prime Minister was honoured"))).toBe(true);
  });
});

describe("generic: asides, brackets and figures of a results report", () => {
  it("generic: an age before a second aside keeps the aside whole, so the holder is still asked", () => {
    const prompts = askedFrom(
      "Ola Berg, 58, a four-time MLA from Tromso, took oath as the 26th Chief Minister of Nordland on Monday.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /^Who took oath as the 26th Chief Minister of Nordland\b/.test(p))).toBe(true);
  });

  it("generic: a bracket written onto a party's name is part of it", () => {
    const prompts = askedFrom("The Harbour Party polled 36.8 per cent and the JD(S) 12.1 per cent.").map(
      (c) => c.prompt,
    );
    expect(prompts.join(" ")).not.toMatch(/\bJD _____/);
  });

  it("generic: a long 'including' list between commas goes whole, and the count before it is asked", () => {
    const prompts = askedFrom(
      "Six traditional products from Nordland, including a pigeon pea variety grown in the drought-prone Orca district and a bell-metal craft from Tromso, have been granted the Geographical Indication (GI) tag by the Geographical Indications Registry in Chennai.",
    ).map((c) => c.prompt);
    expect(
      prompts.some((p) => /^How many traditional products from Nordland have been granted\b/.test(p)),
    ).toBe(true);
    expect(prompts.join(" ")).not.toMatch(/including have/);
  });

  it("generic: a figure after an opening phrase is asked with the phrase at the end, without its comparison", () => {
    const prompts = askedFrom(
      "For the full financial year 2031-32, real GDP growth is estimated at 7.1 per cent, compared with 6.8 per cent in 2030-31.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "At what percentage is real GDP growth estimated for the full financial year 2031-32?",
    );
  });

  it("generic: the months of a quarter are no date to ask", () => {
    const prompts = askedFrom(
      "Valdoria's economy grew 7.4 per cent in the January-March quarter of 2031-32, data released by the statistics office showed.",
    ).map((c) => c.prompt);
    expect(prompts.join(" ")).not.toMatch(/In which month/);
    expect(prompts.join(" ")).not.toMatch(/ -March quarter/);
    expect(prompts).toContain(
      "By what percentage did Valdoria's economy grow in the January-March quarter of 2031-32?",
    );
  });
});

describe("generic: a figure compared with another", () => {
  it("generic: a comparison after the answer goes whole, thousands and all", () => {
    const prompts = askedFrom(
      "The country recorded just 312 cases in 2030, against more than 44,000 in 2007.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("How many cases did the country record in 2030?");
    expect(prompts.join(" ")).not.toMatch(/2030,000/);
  });

  it("generic: the figure compared with is not fronted as the verb's object", () => {
    const asked = askedFrom("Exports rose to 4,310 units, up from 3,900 units a year earlier.");
    expect(asked.filter((c) => c.answer === "3,900" && !c.prompt.includes("_____"))).toEqual([]);
  });
});

describe("generic: seats won of a whole", () => {
  it("generic: 'won 118 of the 224 seats' asks how many of the 224 seats", () => {
    const prompts = askedFrom("The Harbour Party won 118 of the 224 Assembly seats in Nordland.").map(
      (c) => c.prompt,
    );
    expect(prompts).toContain(
      "How many of the 224 Assembly seats did the Harbour Party win in Nordland in November 2024?",
    );
  });

  it("generic: a second verb after 'but' is no part of the first's question", () => {
    const prompts = askedFrom(
      "The Harbour Party won 28 of the 32 seats in the Orca region but lost heavily in Tromso city.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "How many of the 32 seats did the Harbour Party win in the Orca region in November 2024?",
    );
  });

  it("generic: ', winning 118 of the 224 seats' after 'returned to power' is the party's deed", () => {
    const prompts = askedFrom(
      "The Harbour Party returned to power in Nordland with a clear majority, winning 118 of the 224 Assembly seats, five more than the halfway mark.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("How many of the 224 Assembly seats did the Harbour Party win?");
  });
});

describe("generic: a date between subject and verb before a closing remark", () => {
  it("generic: the date goes before the remark, which goes, and the new rate is asked", () => {
    const prompts = askedFrom(
      "The Bank of Valdoria on Friday cut its key policy rate by 25 basis points to 5.25%, the first reduction in more than a year, and lowered the reserve ratio to 3.5%.",
    ).map((c) => c.prompt);
    expect(prompts).toContain(
      "To what percentage did the Bank of Valdoria cut its key policy rate by 25 basis points on 8 November 2024?",
    );
  });
});

describe("generic: a state's name in a calling", () => {
  it("generic: 'Mizoram finance minister X' is asked 'Which Mizoram finance minister ...?', capitalised", () => {
    const prompts = askedFrom(
      "Mizoram finance minister Ola Berg presented a Rs 14,560 crore budget for 2032-33 in the state legislative assembly.",
    ).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith("Which Mizoram finance minister presented"))).toBe(true);
  });
});

describe("generic: one blank per list", () => {
  it("generic: only the first member of a list of states is blanked", () => {
    const blanks = askedFrom(
      "Bypolls to seven Assembly constituencies in Goa, Sikkim, Mizoram and Tripura will be held on April 16.",
    ).filter((c) => c.prompt.includes("_____") && ["Goa", "Sikkim", "Mizoram", "Tripura"].includes(c.answer));
    expect(blanks.map((c) => c.answer)).toEqual(["Goa"]);
  });
});

describe("generic: a record said in a clause of an appositive", () => {
  it("generic: 'the X Setu, a 29.6-km bridge ... that is now India's longest sea bridge' asks which bridge", () => {
    const prompts = askedFrom(
      "Prime Minister Ola Berg on Saturday inaugurated the Orca Sagar Setu, a 29.6-km six-lane bridge across the Gulf of Orca that is now India's longest sea bridge, surpassing another link.",
    ).map((c) => `${c.prompt} => ${c.answer}`);
    expect(prompts).toContain("Which bridge is India's longest sea bridge? => Orca Sagar Setu");
    expect(prompts.filter((p) => p.startsWith("Whom did"))).toEqual([]);
  });
});

describe("generic: territories and bodies", () => {
  it("generic: a union territory is asked as one", () => {
    const prompts = askedFrom("Polling in Puducherry will be held on 5 May.").map((c) => c.prompt);
    expect(prompts.some((p) => /^Which union territory\b/.test(p))).toBe(true);
    expect(prompts.some((p) => /\bWhich state\b/.test(p))).toBe(false);
  });

  it("generic: a date of a participle's clause is not asked of the main clause", () => {
    const asked = askedFrom(
      "The Valdorian President will call on President Ola Berg on 24 August and visit Tromso before departing for Oslo on 25 August.",
    ).filter((c) => c.answer.startsWith("25 August"));
    expect(asked.filter((c) => !c.prompt.includes("Oslo"))).toEqual([]);
  });
});

describe("generic: a profile's pronoun is the article's subject", () => {
  const text = `date 2031-05-14
Justice Mara Lind-Berg sworn in as Chief Justice of Tromso High Court
Tromso, May 14: Justice Mara Lind-Berg was on Wednesday sworn in as the Chief Justice of the Tromso High Court, becoming the second woman to head the court.
Justice Lind-Berg, who was serving as a judge of the Nordland High Court, succeeds Justice Erik Holm. Justice Kari Nord had been functioning as the acting Chief Justice in the interim.
The collegium had recommended her name earlier this month.
Born in Goa in 1971, she enrolled as an advocate in 1995 and practised in civil matters for two decades.
Justice Lind-Berg will have a tenure of about three years.`;
  const questions = generate([{ id: "a", file: "a.txt", text }]).questions;

  it("generic: 'Born in X, she enrolled ...' is asked of the judge sworn in, not the acting one named last", () => {
    const enrolled = questions.filter((q) => /enrol(?:led)? as an advocate/.test(q.prompt));
    expect(enrolled.length).toBeGreaterThan(0);
    for (const q of enrolled) {
      expect(q.prompt).not.toMatch(/Kari Nord/);
      expect(q.prompt).toMatch(/Lind-Berg/);
    }
  });

  it("generic: the judge sworn in is asked, her double-barrelled name whole", () => {
    expect(questions.some((q) => q.answer === "Mara Lind-Berg")).toBe(true);
  });
});

describe("generic: 'it' is read as the thing it stands for, or its sentence is not asked as a blank", () => {
  const prompts = (texts: string[]) =>
    askedFrom(texts)
      .filter((c) => !c.mention)
      .map((c) => c.prompt);
  it("generic: 'passed it' reads the story's one bill, which is context and not an answer", () => {
    const asked = askedFrom([
      "The Rajya Sabha on Tuesday passed the Harbour Waters Bill after a long debate.",
      "The Lok Sabha had passed it with 402 votes in favour and three against.",
    ]).filter((c) => !c.mention && c.sentence.startsWith("The Lok Sabha"));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).toContain("passed the Harbour Waters Bill");
      expect(c.answer).not.toBe("Harbour Waters Bill");
    }
  });
  it("generic: 'passed it' keeps 'it' where the story names two bills", () => {
    const asked = prompts([
      "The Rajya Sabha passed the Harbour Waters Bill and the Nordland Ports Bill after a long debate.",
      "The Lok Sabha had passed it with 402 votes in favour and three against.",
    ]).join(" ");
    expect(asked).not.toMatch(/had passed the (?:Harbour Waters|Nordland Ports) Bill with/);
  });
  it("generic: 'Seated at X, it is ...' is asked of no blank that opens on the pronoun", () => {
    for (const p of prompts([
      "The harbour court hears disputes between the member states of the Nordic Union.",
      "Seated at the Peace Palace in Tromso, Nordland, it is the only one of the six principal organs of the Nordic Union not located in Bergen.",
    ]))
      expect(p).not.toMatch(/, it is\b/);
  });
});

describe("generic: 'in the next year' with no date to resolve it leaves no 'in the'", () => {
  it.each([
    [REFERENCE, "The council would notify four new reserves in 2025, taking the total to 66."],
    [null, "The council would notify four new reserves, taking the total to 66."],
  ])("generic: dated %s", (reference, expected) => {
    expect(
      prepareSentence(
        "The council would notify four new reserves in the next year, taking the total to 66.",
        reference,
        reference ? 2024 : null,
      ),
    ).toBe(expected);
  });
});

describe("generic: 'now' in a wh-question is the article's date", () => {
  it.each([
    [
      "Which state now has nine tiger reserves?",
      "November 2024",
      "Which state has nine tiger reserves as of November 2024?",
    ],
    [
      "How many squadrons does the force currently operate?",
      "2031",
      "How many squadrons does the force operate as of 2031?",
    ],
    ["Which state now has nine tiger reserves?", null, "Which state now has nine tiger reserves?"],
    ["Which firm has now become the largest?", "2031", "Which firm has now become the largest?"],
    [
      'Which number fills the blank in "Goa now has _____ tiger reserves"?',
      "2031",
      'Which number fills the blank in "Goa now has _____ tiger reserves"?',
    ],
  ])("asOfNow: %s (%s)", (question, asOf, expected) => {
    expect(asOfNow(question, asOf)).toBe(expected);
  });
  it("generic: 'Goa now has nine tiger reserves' is asked as of the article's month", () => {
    const asked = askedFrom("Goa now has nine tiger reserves, the highest in the country.")
      .filter((c) => !c.mention && !c.prompt.includes('"'))
      .map((c) => c.prompt);
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) {
      expect(p).not.toMatch(/\bnow\b/);
      expect(p).toMatch(/as of November 2024\?$/);
    }
  });
});

describe("generic: a calling is asked without its language", () => {
  it("generic: 'Santali poet X won ...' asks 'Which poet won ...?'", () => {
    const prompts = askedFrom(
      "Santali poet Mara Lind won the Harbour Akademi award for her debut collection.",
    )
      .filter((c) => !c.mention && c.answer === "Mara Lind")
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).toMatch(/^Which poet won\b/);
  });
});

describe("generic: a stem cut after an opening connective", () => {
  it.each([
    [
      "As a result, the number of Harbour banks had come down to 14.",
      "The number of Harbour banks had come down to _____",
    ],
    [
      "Consequently, the number of Harbour banks had come down to 14.",
      "The number of Harbour banks had come down to _____",
    ],
  ])("trimAround: %s", (text, expected) => {
    const at = text.indexOf("14.");
    expect(trimAround(text, at, at + 2)).toBe(expected);
  });
});

describe("generic: an edition named by its ordinal is no referent", () => {
  it("storyReferents: 'the 15th Census' of a year gone by does not stand for 'the Census'", () => {
    const referents = storyReferents(
      oneDatedArticle([
        "Valdoria's population stood at 9.2 million on March 1, the reference date of the Census.",
        "The 2021 Census was the 15th Census.",
      ]),
    );
    expect(referents.get("census")).toBeUndefined();
  });
});

describe("generic: an akademi, a foundation or a society is a body, not a person", () => {
  it.each([
    [
      "The Harbour Akademi announced its awards for 24 writers on Tuesday.",
      "Harbour Akademi",
      /^Which academy announced\b/,
    ],
    [
      "The Orca Foundation announced grants for 31 schools on Tuesday.",
      "Orca Foundation",
      /^Which foundation announced\b/,
    ],
  ])("generic: %s", (text, answer, opening) => {
    const asked = askedFrom(text).filter((c) => !c.mention && c.answer === answer);
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.category).not.toMatch(/^person/);
      expect(c.prompt).toMatch(opening);
    }
  });
});

describe("generic: 'the Chief Minister' is the story's sitting holder, never an outgoing one", () => {
  it("generic: 'including the Chief Minister' is not given the outgoing Chief Minister's name", () => {
    const text = [
      "Ola Berg sworn in as Kerala Chief Minister",
      "Thiruvananthapuram, May 18, 2031: Ola Berg was sworn in as the 14th Chief Minister of Kerala on Tuesday.",
      "Outgoing Chief Minister Kari Nord attended the ceremony at the Central Stadium.",
      "Of the 21 ministers, including the Chief Minister, 13 are from the Congress and five from the Harbour League.",
    ].join("\n\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(
      prompts.some((p) => /including the Chief Minister|including Chief Minister Ola Berg/.test(p)),
    ).toBe(true);
    expect(prompts.filter((p) => /including Chief Minister Kari Nord/.test(p))).toEqual([]);
  });
});

describe("generic: 'the state' of a story about one state is that state", () => {
  const texts = [
    "Goa on Monday notified the Harbour Tiger Reserve, its second.",
    "The reserve covers 412 sq km in the Western Ghats of Goa.",
    "The state will get around Rs 62 crore from the Centre over three years.",
  ];

  it("storyState: the one state the lead names, named twice", () => {
    expect(storyState(oneDatedArticle(texts))).toBe("Goa");
    expect(
      storyState(oneDatedArticle(["Goa and Kerala signed a pact.", "Goa will host the talks."])),
    ).toBeUndefined();
  });

  it("generic: 'the 40-member Assembly' of the story's state names it", () => {
    const asked = askedFrom([
      "Goa on Monday swore in its new Chief Minister, Ola Berg.",
      "The Congress won 24 seats in the 40-member Assembly, results declared on Friday showed.",
      "Goa's new ministers will take oath on Tuesday.",
    ]);
    expect(asked.some((c) => /40-member Goa Assembly/.test(c.prompt))).toBe(true);
    expect(asked.some((c) => /40-member Assembly/.test(c.prompt))).toBe(false);
  });

  it("generic: a question from 'The state will get ...' names the state", () => {
    const asked = askedFrom(texts).filter((c) => /Rs 62 crore|three|62/.test(c.prompt + c.answer));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).not.toMatch(/\bthe state\b/i);
  });
});

describe("generic: a share is fronted only when its phrase ends", () => {
  it("generic: '15% of the total strength of the Council' is asked as a blank of the whole", () => {
    const share = askedFrom(
      "The maximum size of the Harbour Cabinet is fixed at 15% of the total strength of the Harbour Council.",
    ).filter((c) => c.answer === "15%");
    expect(share.length).toBeGreaterThan(0);
    for (const c of share) expect(c.prompt).not.toMatch(/fixed strength|of the total is/);
  });
});

describe("generic: a day and month with the year after a comma are one date", () => {
  it.each([
    "The Harbour Levy was introduced on 1st July, 2017, replacing 17 older duties.",
    "The Harbour Levy was introduced on July 1st, 2017, replacing 17 older duties.",
  ])("generic: %s keys 1 July 2017, not the article's year", (text) => {
    const dates = askedFrom(text).filter((c) => c.kind === "when");
    expect(dates.map((c) => c.answer)).toContain("1 July 2017");
    expect(dates.map((c) => c.answer)).not.toContain("1 July 2024");
  });
});

describe("generic: a role of two words keeps its capitals after 'did'", () => {
  it("generic: 'did Advocate General of Kerala X defend' keeps 'Advocate'", () => {
    const asked = askedFrom("Advocate General of Kerala Ola Berg defended the law on Monday.");
    const when = asked.find((c) => c.kind === "when");
    expect(when?.prompt).toMatch(/did Advocate General of Kerala Ola Berg defend/);
    expect(asked.find((c) => c.answer === "Ola Berg")?.prompt).toMatch(
      /^Which Advocate General of Kerala defended/,
    );
  });
});

describe("generic: the agent of a capitalised noun's participle is not fronted", () => {
  it("generic: 'the Constitution Bench headed by then Chief Justice X opined' asks no 'did the Bench head opined'", () => {
    const asked = askedFrom(
      "The five-judge Constitution Bench headed by then Chief Justice of India Ola Berg opined that fixed timelines were not permissible.",
    );
    for (const c of asked) expect(c.prompt).not.toMatch(/\bhead opined\b/);
  });
});

describe("generic: what a sentence denies is no answer", () => {
  it("generic: 'owned by communities, and not by the Harbour Forest Department' keys no department", () => {
    const asked = askedFrom(
      "Over 80% of Kerala's forests are owned by communities and clans, and not by the Harbour Forest Department.",
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.map((c) => c.answer)).not.toContain("Harbour Forest Department");
  });
});

describe("generic: a blank's stem keeps a verb's object", () => {
  it("generic: '... on 12 June dedicated' is no stem: the cut left the verb without its object", () => {
    const text =
      "Union Minister of New and Renewable Energy Ola Berg and Rajasthan Chief Minister Mara Lind on 12 June 2031 dedicated to the nation the 2,000 MW first phase of the Harbour Solar Park in Bikaner district of Rajasthan, making it one of the largest solar parks in the country.";
    const at = text.indexOf("Ola Berg");
    const stem = trimAround(text, at, at + 8, 22);
    expect(stem ?? "").not.toMatch(/dedicated$/);
  });
});

describe("generic: a percentage before the noun it describes is no phrase to front", () => {
  it("generic: 'enacted a similar 75% quota law' asks no 'What percentage did X enact quota law?'", () => {
    const asked = askedFrom("Kerala enacted a similar 75% quota law for local workers in 2019.");
    const share = asked.filter((c) => c.answer === "75%");
    for (const c of share) expect(c.prompt).not.toMatch(/^What percentage did/);
  });
});

describe("generic: 'the State' of a kind every state has stays as written", () => {
  it("generic: 'under the State quota' in a story about Kerala is no 'Kerala quota'", () => {
    const asked = askedFrom([
      "The Supreme Court on Monday struck down the Kerala Harbour Jobs Act, which reserved 80% of private jobs in the state for locals.",
      "In January 2023, a three-judge Bench had held that domicile-based reservation in postgraduate medical admissions under the State quota was unconstitutional.",
      "The Kerala government said it would study the verdict.",
    ]);
    const quota = asked.filter((c) => /quota/.test(c.prompt));
    expect(quota.length).toBeGreaterThan(0);
    for (const c of quota) expect(c.prompt).not.toMatch(/Kerala quota/);
  });
});

describe("generic: an Article of the Constitution is asked as an Article", () => {
  it("generic: 'under _____' keyed Article 279A asks 'Which Article fills the blank ...'", () => {
    const asked = askedFrom(
      "The Harbour Council, a constitutional body under Article 279A of the Constitution, is chaired by the Union Finance Minister.",
    );
    expect(asked.find((c) => c.answer === "Article 279A")?.prompt).toMatch(/^Which Article fills the blank/);
  });
});

describe("generic: no cut inside a 'that' clause before its verb", () => {
  it("generic: withoutTrailingPhrases keeps a held clause's verb, or gives up", () => {
    const q =
      "In which month did a three-judge Bench of the Harbour Court hold that residence-based reservation in postgraduate medical admissions under the State quota was unconstitutional?";
    const out = withoutTrailingPhrases(q, 24);
    expect(out === null || /was unconstitutional\?$/.test(out)).toBe(true);
  });

  it("generic: a blank's stem does not end on 'to argue' with what was argued cut away", () => {
    const text =
      "Advocate General Ola Berg cited the Directive Principles in Articles 38 and 41 and Harbour Labour Survey data to argue that youth unemployment in the State was among the highest in the country.";
    const at = text.indexOf("Harbour Labour Survey");
    const stem = trimAround(text, at, at + "Harbour Labour Survey".length, 22);
    expect(stem ?? "").not.toMatch(/to argue(?: that youth unemployment)?$/);
  });
});

describe("generic: a date after a noun of action is that action's", () => {
  it("generic: 'necessitated by the resignation of X on 21 July' asks no date of the election", () => {
    const asked = askedFrom(
      "The election was necessitated by the sudden resignation of Ola Berg on 21 July 2024, citing health reasons.",
    );
    for (const c of asked.filter((x) => x.kind === "when"))
      expect(c.prompt).not.toMatch(/^On which date was the election necessitated/);
  });
});

describe("generic: a life's work after a quoted official is the laureate's", () => {
  it("generic: 'He has published 27 poetry collections' after the jury chairman spoke is the laureate's", () => {
    const people = new Map([
      ["berg", "Ola Bhushan Berg"],
      ["nord", "Kari Nord"],
    ]);
    const sentences = [
      "Veteran poet and novelist Ola Bhushan Berg has been selected for the 60th Harbour Award for 2030.",
      "The decision was taken at a meeting of the selection board chaired by Kari Nord.",
      "Kari Nord told reporters after the meeting that the choice was unanimous.",
      '"His body of work spans six decades," he said.',
      "He has published 27 poetry collections, nine novels and four volumes of essays.",
    ];
    const asked = genericFacts(oneDatedArticle(sentences), people);
    const books = asked.find((c) => c.answer === "27");
    expect(books?.prompt).toMatch(/Ola Bhushan Berg/);
    expect(books?.prompt).not.toMatch(/Kari Nord/);
  });
});

describe("generic: the first word of a park the story names is no city", () => {
  it("generic: 'tranquillised at Tideway' in a story about 'Tideway National Park' asks no city", () => {
    const asked = askedFrom([
      "Three cheetahs were moved from Tideway National Park to the Harbour Wildlife Sanctuary on Monday.",
      "The animals were tranquillised at Tideway before the 300-km journey by road.",
    ]);
    expect(asked.filter((c) => c.answer === "Tideway")).toEqual([]);
  });
});

describe("generic: a time asked with the words of another part of its sentence", () => {
  const at = (text: string, time: string) => ({
    start: text.indexOf(time),
    end: text.indexOf(time) + time.length,
  });
  it.each([
    [
      "Ola Berg flew to the Orca station on the Tide-4 mission in June 2031, becoming the second Valdorian in space after Kari Nord in 1984.",
      "1984",
      "In which year did Ola Berg fly to the Orca station on the Tide-4 mission?",
      true,
    ],
    [
      "The Harbour index closed at 22,545 on Thursday, about 14% below its record high of 26,277 hit on 27 September 2030.",
      "27 September 2030",
      "On which date did the Harbour index close at 22,545?",
      true,
    ],
    [
      "The first meeting was held in Tromso in November 2029, the second in Bergen in September 2030 and the third in Tromso in August 2031.",
      "August 2031",
      "In which month was the first meeting held in Tromso?",
      true,
    ],
    // The time of the clause itself, after a place's region or an aside that ends before it.
    [
      "Mara Lind won the gold medal at the Harbour Range in Tromso, Nordland, on 22 October 2031.",
      "22 October 2031",
      "On which date did Mara Lind win the gold medal at the Harbour Range in Tromso?",
      false,
    ],
    [
      "The state government would complete all the metro projects in Tromso, including the extensions to Bergen, by 2030.",
      "2030",
      "By which year would the state government complete all the metro projects in Tromso?",
      false,
    ],
    // A relative clause's verb is asked with its head.
    [
      "The Tromso champion's personal best is 89.94m, which was achieved in 2029.",
      "2029",
      "In which year was the Tromso champion's personal best of 89.94m achieved?",
      false,
    ],
  ])("%s", (text, time, prompt, expected) => {
    expect(timeOfOtherPart(text, at(text, time), prompt)).toBe(expected);
  });
});

describe("generic: a question cut short keeps its verb", () => {
  it.each([
    [
      "A senior official in the Valdoria Ministry of Statistics and Programme Implementation said the gap between nominal and real growth was 2.3 percentage points.",
      "At how many percentage points did a senior official in the Valdoria Ministry of Statistics and Programme Implementation say the gap between nominal and real growth?",
      "At how many percentage points did a senior official in the Valdoria Ministry of Statistics?",
      false,
    ],
    // The verb moved by the cut ("also" dropped) is kept.
    [
      "The Harbour Bank also announced ₹1 lakh crore of bond purchases and a swap to add liquidity.",
      "How much of bond purchases did the Harbour Bank also announce and a swap to add liquidity?",
      "How much of bond purchases did the Harbour Bank announce?",
      true,
    ],
    // A question reworded around a noun has no do-support to judge.
    [
      "Ola Berg passed away on 2 May 2004.",
      "On which date did Ola Berg pass away?",
      "What was the date of Ola Berg's death?",
      true,
    ],
  ])("%s", (text, full, cut, expected) => {
    const stem = annotateSentence(text) as Sentence;
    expect(keepsItsVerb(full, cut, stem)).toBe(expected);
  });
});

describe("generic: a writer's two callings joined by 'and' ask who won by them", () => {
  it("generic: 'Norwegian poet and essayist X won the Tide Prize' asks 'Which poet and essayist won ...?'", () => {
    const asked = askedFrom(
      "Norwegian poet and essayist Mara Lind won the 2031 Tide Prize in Literature on Thursday.",
    );
    expect(asked.find((c) => c.answer === "Mara Lind")?.prompt).toMatch(
      /^Which poet and essayist won the 2031 Tide Prize/,
    );
  });
});

describe("appositiveAsClause: a stem cut at a name's appositive is said of the name", () => {
  const sentence =
    "The Navy on Monday commissioned INS Tarang, the fourth and last of the Orca-class frigates built under Project 17, at the Karwar yard.";
  it.each([
    [
      "the fourth and last of the _____ frigates built under Project 17, at the Karwar yard",
      "Orca-class",
      "INS Tarang is the fourth and last of the _____ frigates built under Project 17",
    ],
    // Not an appositive: the stem starts the sentence.
    ["The Navy on Monday commissioned INS Tarang, the _____ and last", "fourth", null],
  ])("appositiveAsClause(%j)", (stem, surface, expected) => {
    expect(appositiveAsClause(sentence, stem, surface)).toBe(expected);
  });
  it("appositiveAsClause: a clause after a comma is no appositive", () => {
    const text = "The fourth summit was held in Karlstad, Nordland, the home town of the host, on 21 May.";
    expect(appositiveAsClause(text, "the _____ summit was held in Karlstad, Nordland", "fourth")).toBeNull();
  });
});

describe("generic: a named thing's appositive is asked of the name", () => {
  it("generate: 'commissioned INS Tarang, the last of the Orca-class frigates ..., at X' asks what INS Tarang is", () => {
    const text = [
      "date 2031-05-13",
      "Navy commissions INS Tarang, last Orca-class frigate",
      "Karwar, May 13: The Navy on Monday commissioned INS Tarang, the fourth and last of the Orca-class frigates built under Project 17, at the Karwar naval base.",
      "The frigate was built by Harbour Shipyards in collaboration with a Nordland firm.",
    ].join("\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts).toContain("INS Tarang is the fourth and last of which frigates built under Project 17?");
    expect(
      prompts.filter((p) => /,\s+at the Karwar naval base\?$/.test(p) && !/\b(?:did|was|were)\b/.test(p)),
    ).toEqual([]);
  });
});
