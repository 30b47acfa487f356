import { askedInPlace, lowerStart } from "@/questions/pipeline/in-place";

const gapped = (noun: string, stem: string, setting = "") =>
  `${setting ? `With reference to ${setting}, which` : "Which"} ${noun} fills the blank in "${stem}"?`;

/** [what the blank holds, kind, answer, prompt, the question a paper would print] */
const asked: [string, string, string, string, string][] = [
  [
    "a count before its noun",
    "how_many",
    "three",
    gapped("number", "Valdoria designated _____ more wetlands as protected sites"),
    "Valdoria designated how many more wetlands as protected sites?",
  ],
  [
    "a person who is the subject",
    "who",
    "Ola Berg",
    gapped("name", "_____ took oath as the Chief Justice of Valdoria on Monday"),
    "Who took oath as the Chief Justice of Valdoria on Monday?",
  ],
  [
    "a person who is the object",
    "who",
    "Ola Berg",
    gapped("name", "Kari Nord brought Nordland back into the contest by removing _____ in the next over"),
    "Kari Nord brought Nordland back into the contest by removing whom in the next over?",
  ],
  [
    "a person's possessive",
    "who",
    "Ola Berg",
    gapped("name", "Nordland defended 177 in Tromso after _____'s 76 off 59 balls"),
    "Nordland defended 177 in Tromso after whose 76 off 59 balls?",
  ],
  [
    "an amount after a setting, its common first word in lower case",
    "how_many",
    "Rs 12 lakh",
    gapped("amount", "Income of up to _____ will invite no tax", "the Harbour Budget (May 2031)"),
    "With reference to the Harbour Budget (May 2031), income of up to what amount will invite no tax?",
  ],
  [
    "a count after a setting, a name keeping its capital",
    "how_many",
    "7",
    gapped("number", "Mara Lind announced removing _____ tariff rates", "the Harbour Budget"),
    "With reference to the Harbour Budget, Mara Lind announced removing how many tariff rates?",
  ],
  [
    "a state that owns the noun after it",
    "where",
    "Kerala",
    gapped("state", "Ola Berg, an officer from the _____ cadre, has been appointed Chief Election Officer"),
    "Ola Berg, an officer from which state's cadre, has been appointed Chief Election Officer?",
  ],
  [
    "a percentage",
    "how_many",
    "13%",
    gapped("figure", "Investment from Nordland has grown at a rate of _____ in the last decade"),
    "Investment from Nordland has grown at a rate of what percentage in the last decade?",
  ],
  [
    "a date inside an aside",
    "when",
    "3 September",
    gapped("date", "The Council's meeting, scheduled to begin on _____, was cut to a single day"),
    "The Council's meeting, scheduled to begin on which date, was cut to a single day?",
  ],
  [
    "an age",
    "how_many",
    "65",
    gapped("number", "A Harbour Commissioner retires at the age of _____ or after six years"),
    "A Harbour Commissioner retires at what age or after six years?",
  ],
  [
    "a name of no class before the noun it names",
    "which",
    "Orca-29",
    gapped("name", "Valdoria denied shooting down a(n) _____ aircraft over the strait"),
    "Valdoria denied shooting down which aircraft over the strait?",
  ],
  [
    "two places",
    "where",
    "Tromso and Harbour",
    'Which cities fill the blank in "Survivors from _____ are receiving the Tide Prize for their work"?',
    "Survivors from which two cities are receiving the Tide Prize for their work?",
  ],
  [
    "a person after a title",
    "who",
    "Ola Berg",
    gapped("name", "Gen. _____ had taken over as the 30th Chief of Staff from General Kari Nord"),
    "Who had taken over as the 30th Chief of Staff from General Kari Nord?",
  ],
  [
    "a person by the words that describe them",
    "who",
    "Mara Lind",
    gapped("name", "The judging panel was chaired by Norwegian novelist _____ on Monday"),
    "The judging panel was chaired by which Norwegian novelist on Monday?",
  ],
  [
    "a person after a gerund, which describes no one",
    "who",
    "Ola Berg",
    gapped(
      "name",
      "Kari Nord became the youngest champion at 18 by beating _____ in Tromso in December 2031",
    ),
    "Kari Nord became the youngest champion at 18 by beating whom in Tromso in December 2031?",
  ],
  [
    "a country that owns the name after it",
    "where",
    "Valdoria",
    gapped("country", "Kari Nord outpointed _____'s Ola Berg in the men's 65kg final"),
    "Kari Nord outpointed which country's Ola Berg in the men's 65kg final?",
  ],
  [
    "an ordinal before what it counts",
    "how_many",
    "51st",
    gapped("ordinal", "Ola Berg took oath as the _____ Chief Justice of Valdoria on Monday"),
    "Ola Berg took oath as which Chief Justice of Valdoria on Monday?",
  ],
  [
    "a name before the noun it names, past words that describe the noun",
    "which",
    "Harbour Group",
    gapped("grouping", "The third in-person _____ leaders' summit was held in Tromso on 4 May 2031"),
    "The third in-person leaders' summit of which grouping was held in Tromso on 4 May 2031?",
  ],
  [
    "a name between a year and the title it names",
    "which",
    "Tide Cup",
    gapped(
      "tournament",
      "Nordland beat Valdoria to clinch the 2031 _____ title with a five-run win in the final",
    ),
    "Nordland beat Valdoria to clinch the 2031 title of which tournament with a five-run win in the final?",
  ],
  [
    "a named speaker's report, attributed",
    "where",
    "Tromso",
    gapped("place", "Ola Berg said the first case under the new laws was registered in _____ at midnight"),
    "According to Ola Berg, the first case under the new laws was registered in which place at midnight?",
  ],
  [
    "a figure whose sentence goes on about it in a clause of its own",
    "how_many",
    "4.5",
    gapped(
      "number",
      "The Orca capsule weighs around _____ tonnes and this lifting task needs shipborne cranes",
    ),
    "The Orca capsule weighs around how many tonnes?",
  ],
  [
    "a name the data knows as a body, asked by its class",
    "which",
    "European Space Agency",
    gapped("name", "Ola Berg took to social media to greet scientists at the _____"),
    "Ola Berg took to social media to greet scientists at which organisation?",
  ],
  [
    "a date between the subject and its verb, asked first",
    "when",
    "8 January 2031",
    gapped(
      "date",
      "The Union home ministry on _____ notified the schedule for the first phase of the Harbour Census",
    ),
    "On which date did the Union home ministry notify the schedule for the first phase of the Harbour Census?",
  ],
];

/** [why the gapped wording stays, kind, answer, prompt] */
const kept: [string, string, string, string][] = [
  [
    "an ordinal office given with no 'the' (A/B reading 1 preferred the blank to 'appointed which ...')",
    "how_many",
    "26th",
    gapped(
      "ordinal",
      "Election Commissioner Ola Berg has been appointed _____ Chief Election Commissioner of Valdoria",
    ),
  ],
  [
    "a noun followed by an adverb",
    "which",
    "Harbour Group",
    gapped("organisation", "Addressing the broader _____ assembly earlier, Ola Berg urged members to unite"),
  ],
  [
    "a class before a ship's own name",
    "which",
    "Orca class",
    gapped("class", "The second _____ submarine Harbour Star was commissioned into the Nordland Navy"),
  ],
  [
    "a year before an adjective and its noun",
    "when",
    "2030",
    gapped(
      "year",
      "Ola Berg is the first Valdorian minister to visit Nordland since the _____ military standoff",
    ),
  ],
  [
    "an ordinal of times",
    "how_many",
    "fourth",
    gapped("ordinal", "Nordland won the Harbour Cup for the _____ time"),
  ],
  [
    "an ordinal after 'a'",
    "how_many",
    "second",
    gapped("ordinal", "Later, Kari Nord added a _____ gold for Nordland"),
  ],
  [
    "a blank in brackets",
    "how_many",
    "seven",
    gapped("number", "Nordland won, after Valdoria (_____ titles) and Tromso"),
  ],
  [
    "one of a pair",
    "who",
    "Ola Berg",
    gapped("name", "Nordland were 151 for four with Kari Nord and _____ in the middle"),
  ],
  [
    "a subject inside a clause",
    "who",
    "Ola Berg",
    gapped("name", "Kari Nord got the wicket in the first ball when _____ took a catch"),
  ],
  [
    "an appositive at the end",
    "which",
    "Orca",
    gapped("programme", "Tromso launched a test vehicle for its human space flight programme, _____"),
  ],
  ["a name inside a compound name", "which", "Tide", gapped("name", "Tromso hosted the _____ Harbour Games")],
  [
    "a class noun the sentence has just said",
    "which",
    "Harbour Group",
    gapped("grouping", "Kari Nord slammed Valdoria and groupings like _____ on Monday"),
  ],
  [
    "a figure joined to its unit",
    "how_many",
    "11-year",
    gapped("figure", "Nordland ended their _____ wait for a trophy"),
  ],
  [
    "a wh-phrase inside an opening phrase",
    "which",
    "Harbour Act",
    gapped(
      "act",
      "Under Section 12(3) of the _____, the Harbour Commissioners are appointed by the President",
    ),
  ],
  [
    "a report cut after its verb",
    "when",
    "4 May",
    gapped("date", "Nordland's economy grew 7.8 per cent, data released on _____ showed"),
  ],
  [
    "an adjective before the blank",
    "which",
    "Orca",
    gapped("name", "Laser-guided _____ missiles hit the target"),
  ],
];

describe("askedInPlace", () => {
  it.each(asked)("asks %s in place", (_what, kind, answer, prompt, expected) => {
    const common = (word: string) => ["income", "investment"].includes(word.toLowerCase());
    expect(askedInPlace(prompt, kind, answer, common)).toBe(expected);
  });

  it.each(kept)("keeps the gapped wording for %s", (_why, kind, answer, prompt) => {
    expect(askedInPlace(prompt, kind, answer)).toBe(prompt);
  });

  it("leaves a wh-question alone", () => {
    const prompt = "Who took oath as the Chief Justice of Valdoria on Monday?";
    expect(askedInPlace(prompt, "who", "Ola Berg")).toBe(prompt);
  });
});

describe("lowerStart: a clause's first word after a setting", () => {
  const never = () => false;
  it.each([
    ["A Harbour Commissioner retires at what age?", "a Harbour Commissioner retires at what age?"],
    [
      "Hailing from which state, Ola Berg fought for farmers?",
      "hailing from which state, Ola Berg fought for farmers?",
    ],
    [
      "President Mara Lind administered the oath at which place?",
      "President Mara Lind administered the oath at which place?",
    ],
    ["Valdoria beat Nordland by how many runs?", "Valdoria beat Nordland by how many runs?"],
    ["Left-arm spinner Ola Berg took how many wickets?", "left-arm spinner Ola Berg took how many wickets?"],
    ["Lashkar-e-Harbour claimed how many attacks?", "Lashkar-e-Harbour claimed how many attacks?"],
    ["Last year's prize went to which poet?", "last year's prize went to which poet?"],
    [
      "So far, the council has approved how many projects?",
      "so far, the council has approved how many projects?",
    ],
    // A calling before a name is lower case; a title is not.
    ["Actor Ola Berg's new party won how many seats?", "actor Ola Berg's new party won how many seats?"],
    ["Justice Mara Lind delivered which judgment?", "Justice Mara Lind delivered which judgment?"],
  ])("%s", (text, expected) => {
    expect(lowerStart(text, never)).toBe(expected);
  });
});
