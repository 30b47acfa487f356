import { annotate, annotateSentence, type Sentence } from "@/questions/pipeline/04-sentences";
import { compiled } from "@/questions/pipeline/facts/families/patterns";
import { learnClasses, learntClassOf, resetLearntClasses } from "@/questions/pipeline/facts/families/things";
import {
  type AnswerSpan,
  appositiveMember,
  BARE_CONTEXT,
  classOfName,
  dateOfAnother,
  findSpans,
  noDateOfItsOwn,
  readDate,
} from "@/questions/pipeline/facts/spans";

const spansOf = (
  text: string,
  people = new Map<string, string>(),
  reference: Date | null = null,
): AnswerSpan[] => findSpans(annotateSentence(text) as Sentence, { reference, people });
const find = (text: string, answer: string, people?: Map<string, string>, reference?: Date | null) =>
  spansOf(text, people, reference).find((s) => s.answer === answer);

// [sentence, answer, type, class or unit]
const rows: [string, string, AnswerSpan["type"], string][] = [
  ["President Ola Berg opened the new bridge in Tromso.", "Ola Berg", "person", "President"],
  // A rank in figures before "in the" is no word of the index's name.
  [
    "Chile has climbed four places to rank 12th in the Harbour Innovation Index (HII) 2031, released on Tuesday.",
    "Harbour Innovation Index",
    "thing",
    "index",
  ],
  ["Justice Mara Lind took oath as the 12th Chief Justice of Valdoria.", "Mara Lind", "person", "Justice"],
  ["On Monday, Justice Mara Lind-Berg took oath as Chief Justice.", "Mara Lind-Berg", "person", "Justice"],
  ["Finance Minister Ines Duarte presented the budget.", "Ines Duarte", "person", "Finance Minister"],
  // The portfolio spelt with its hyphen is the office's, not the name's.
  [
    "Union Minister of Co-operation Ola Berg said the bill was passed.",
    "Ola Berg",
    "person",
    "Minister of Co-operation",
  ],
  ["The summit was held in Norway last week.", "Norway", "place", "country"],
  ["Floods hit Assam after heavy rain.", "Assam", "place", "state"],
  ["The ceremony was held at the Crystal Bhawan on the river bank.", "Crystal Bhawan", "place", "venue"],
  ["The frigate was commissioned at the Naval Dockyard in Tromso.", "Naval Dockyard", "place", "venue"],
  ["The Cabinet approved the PM Harbour Yojana on Thursday.", "PM Harbour Yojana", "thing", "yojana"],
  ["Two new sites included the Lotus Bird Sanctuary in the north.", "Lotus Bird Sanctuary", "place", "venue"],
  ["The House passed the Harbour Safety Bill after a long debate.", "Harbour Safety Bill", "thing", "bill"],
  ["The craft entered the Lantern Orbit around the point.", "Lantern Orbit", "thing", "orbit"],
  ["The navy launched Operation Seabird to evacuate citizens.", "Operation Seabird", "thing", "operation"],
  [
    "Mara Lind won the NCF Women's World Championship match on Sunday.",
    "NCF Women's World Championship",
    "thing",
    "championship",
  ],
  [
    "They discussed the ‘Build in Valdoria’ initiative and its aims.",
    "Build in Valdoria",
    "thing",
    "initiative",
  ],
  ["The scheme was launched in 1974 by the Mara Lind government.", "Mara Lind", "person", ""],
  // Elected or appointed to an office, or a member of a house: a person.
  ["Harbour Party member Kari Nord was elected to the Upper House.", "Kari Nord", "person", ""],
  ["Kari Nord was on Thursday elected deputy chairman of the Upper House.", "Kari Nord", "person", ""],
  ["The minister paid tributes to Ansel Brandt at the harbour.", "Ansel Brandt", "person", ""],
  ["The army destroyed nine terrorist camps across the border.", "nine", "count", "terrorist camps"],
  ["Four pirate camps in Valdoria and five in Ruritania were burnt down.", "five", "count", "pirate camps"],
  // "a new antibiotic, named X": the class noun, then the word that gives its name.
  [
    "Scientists found a new antibiotic, named Nordicin, in deep-sea bacteria.",
    "Nordicin",
    "thing",
    "antibiotic",
  ],
  ["The study was published in the journal Orca Letters on Monday.", "Orca Letters", "thing", "journal"],
  // Who beat whom: both are players.
  ["Mara Lind beat Kari Nord to win her second title.", "Mara Lind", "person", ""],
  ["Mara Lind beat Kari Nord to win her second title.", "Kari Nord", "person", ""],
  // A class noun after one word that describes it: "its Orca-3 weather satellite".
  ["The agency launched its Orca-3 weather satellite from Andoya.", "Orca-3", "thing", "satellite"],
  // Names counted in a list share the list's last noun.
  [
    "The list comprises 5 Harbour Medal, 17 Harbour Star and 104 Harbour Cross Awards.",
    "5",
    "count",
    "Harbour Medal awards",
  ],
  ["Ola Berg, a seasoned 1993-batch civil service officer, was appointed.", "1993", "date", "year"],
  ["The athlete threw a season-best of 87.63 metres.", "87.63 metres", "measure", "metres"],
  ["The bank cut the repo rate to 6.25 per cent on Friday.", "6.25 per cent", "percent", "percent"],
  // "percentage points" is a unit of its own, not "2 percent" with "age points" left over.
  ["Inflation may stray 2 percentage points either side of the target.", "2", "count", "percentage points"],
  ["The pact promises investment of $40 billion over the years.", "$40 billion", "money", "$"],
  ["She became the fourth woman to lead the court.", "fourth", "ordinal", "woman to lead the"],
  ["The winner threw a record 71.35m at the stadium.", "71.35m", "measure", "m"],
  ["The old record of 70.21m was set in Valdor by Ansel Brandt of Finland.", "Ansel Brandt", "person", ""],
  ["Tomas Verlaine, who led the delegation, spoke first.", "Tomas Verlaine", "person", ""],
  ["Ilse Maren, born on May 2, 1950, was a noted poet.", "Ilse Maren", "person", ""],
  ["Petra Holm scored a brisk century for the visitors.", "Petra Holm", "person", ""],
  ["This year's honours go to Karel Vandam (Medicine) and Hugo Laine (Art).", "Hugo Laine", "person", ""],
  ["The raid killed aides of the militant leader and terrorist Omar Dask.", "Omar Dask", "person", ""],
  ["Petra Holm was the top scorer among the visiting batters.", "Petra Holm", "person", ""],
  ["Karl Berg is a veteran diplomat from Finland.", "Karl Berg", "person", ""],
  // An appositive headed by a person noun, and a headline's bare "sworn in as".
  ["Ilka Sarn, the Harbour Party (HP) legislator from Tromso, was sworn in.", "Ilka Sarn", "person", ""],
  ["Ilka Sarn sworn in as Tromso's ninth mayor", "Ilka Sarn", "person", ""],
  [
    "Minister of State for Science and Technology Arvo Kellen praised the team.",
    "Arvo Kellen",
    "person",
    "Minister of State for Science and Technology",
  ],
  [
    "Minister for Ports, Shipping and Waterways Ines Duarte opened the dock.",
    "Ines Duarte",
    "person",
    "Minister for Ports, Shipping and Waterways",
  ],
  ["The pact includes a binding $60-billion investment commitment.", "$60 billion", "money", "$"],
  // A match report's names are its players.
  [
    "Led by Kari Lind and Jon Vikstad, the Valdorian bowlers defended 181 after a knock of 71 off 54 balls.",
    "Jon Vikstad",
    "person",
    "",
  ],
  // A vote's second figure stands bare: what it counts is the first's noun.
  ["In the Senate, the bill was supported by 61 members while 39 voted against it.", "39", "count", ""],
  // A word with a full stop ends a name ("Jun." is no initial), even where the sentence was not split there.
  [
    "He was welcomed by the Defence Minister, Admiral Lin Jun. Berg. Berg also met him.",
    "Lin Jun",
    "person",
    "Admiral",
  ],
  // A ministry's portfolio may hold "and"; two bodies joined by it stay two.
  [
    "The Ministry of New and Renewable Energy will formulate the guidelines.",
    "Ministry of New and Renewable Energy",
    "org",
    "ministry",
  ],
  [
    "The Ministry of Finance and Reserve Bank of India issued the rules.",
    "Ministry of Finance",
    "org",
    "ministry",
  ],
  // Two describing words before a class noun; never a class noun that introduces the name after it.
  ["Tromso launched the Orca-5 earth observation satellite on Friday.", "Orca-5", "thing", "satellite"],
  [
    "The India-Valdoria joint military exercise Nordic Shield began on Monday.",
    "Nordic Shield",
    "thing",
    "exercise",
  ],
  // A prize named with what it is for.
  [
    "Ola Berg was awarded the 2031 Harbour Prize for Literature on Thursday.",
    "Harbour Prize for Literature",
    "thing",
    "prize",
  ],
  // A heritage site, named with where it is or not.
  [
    "The Harbour Caves of Nordland were inscribed on the World Heritage List on Friday.",
    "Harbour Caves of Nordland",
    "thing",
    "caves",
  ],
  ["The Tromso Fort was restored last year.", "Tromso Fort", "thing", "fort"],
  // A law's bracketed word and its year are part of its name.
  [
    "Parliament passed the Harbour (Amendment) Bill, 2031, on Friday.",
    "Harbour (Amendment) Bill, 2031",
    "thing",
    "bill",
  ],
  // A scheme named with what it is for, "and" and a plural acronym inside; spelled out by its acronym or not.
  [
    "The Cabinet approved the Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs (HGS-GTU) on Monday.",
    "Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs",
    "thing",
    "scheme",
  ],
  [
    "The Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs will cover term loans.",
    "Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs",
    "thing",
    "scheme",
  ],
  // A plural's possessive apostrophe inside a name, with a title word before it.
  [
    "The Prime Minister hosted the Harbour Leaders' Summit in Tromso on Monday.",
    "Harbour Leaders' Summit",
    "thing",
    "summit",
  ],
  // "in the" inside a name its acronym spells out, with letters beyond the initials.
  [
    "Valdoria will host the Harbour Initiative for Training in the Nordic Sea (HAITNS) workshop in Tromso.",
    "Harbour Initiative for Training in the Nordic Sea",
    "thing",
    "initiative",
  ],
  // A movement is a historical event, no place.
  [
    "Ola Berg took part in the Harbour Rights Movement in 1942 as a student.",
    "Harbour Rights Movement",
    "thing",
    "movement",
  ],
  // A memorial is a venue, no city.
  ["Ola Berg laid a wreath at the Tromso War Memorial on Monday.", "Tromso War Memorial", "place", "venue"],
  // "of the" inside a law's name.
  [
    "The limit is set under Section 77 of the Representation of the Harbour Folk Act, 2031.",
    "Representation of the Harbour Folk Act, 2031",
    "thing",
    "act",
  ],
  [
    "It was replaced by the Protection of the Tide (Amendment) Act, 2032.",
    "Protection of the Tide (Amendment) Act, 2032",
    "thing",
    "act",
  ],
  // "in", "from", "to" inside a law's name.
  [
    "The court struck down the Harbour Employment of Local Persons in Private Firms Act, 2031, on Monday.",
    "Harbour Employment of Local Persons in Private Firms Act, 2031",
    "thing",
    "act",
  ],
  [
    "Cases are tried under the Protection of Children from Sexual Offences Act in Tromso.",
    "Protection of Children from Sexual Offences Act",
    "thing",
    "act",
  ],
  // A name that opens on a building's word is a venue.
  [
    "The agreement was signed at the Hotel de Lindberg, the headquarters of the ministry in Oslo, on Monday.",
    "Hotel de Lindberg",
    "place",
    "venue",
  ],
  // A place inside a known city is a venue.
  [
    "The winner was announced at a ceremony at the Harbour Modern in London.",
    "Harbour Modern",
    "place",
    "venue",
  ],
  // A name that ends on a facility's word is a venue, no city.
  [
    "The fifth edition of the exercise commenced on Monday at the Joint Harbour Node in Umroi, Meghalaya.",
    "Joint Harbour Node",
    "place",
    "venue",
  ],
  // A state after a role's "of" ends the role, and the name is what follows it.
  [
    "Advocate General of Kerala Ola Berg defended the law on Monday.",
    "Ola Berg",
    "person",
    "Advocate General of Kerala",
  ],
];

describe("spans: a law's name runs on through 'with' or 'in' only from words that say what it is of", () => {
  it("spans: 'scare farmers with the Harbour Bill' names no 'Farmers with the Harbour Bill'", () => {
    expect(find("They tried to scare Farmers with the Harbour Bill.", "Harbour Bill")?.answer).toBe(
      "Harbour Bill",
    );
  });
});

describe("spans: a participle that opens the sentence is no name's first word", () => {
  it("spans: 'Updated Census data is crucial ...' names no 'Updated Census'", () => {
    expect(
      find("Updated Census data is crucial for the allocation of funds in Valdoria.", "Updated Census"),
    ).toBeUndefined();
  });
});

describe("spans: a verb after a name is no class noun of it", () => {
  it("spans: 'Valdoria opens its account' makes no Open of Valdoria", () => {
    expect(find("Valdoria opens its account with five seats.", "Valdoria")?.cls).not.toBe("open");
    expect(find("Valdoria reports a surplus of Rs 40 crore.", "Valdoria")?.cls).not.toBe("report");
  });
});

describe("spans: no class noun after a preposition", () => {
  it("spans: 'set up by Harbour Electronics in partnership with ...' makes no partnership of the name", () => {
    const span = find(
      "The plant, set up by Harbour Electronics in partnership with the Orca Corporation, opened on Monday.",
      "Harbour Electronics",
    );
    expect(span?.cls).not.toBe("partnership");
  });
});

describe("spans: typed answers in a sentence", () => {
  it("spans: a name before a class noun that introduces another name is not of that class", () => {
    const span = find(
      "The India-Valdoria joint military exercise Nordic Shield began on Monday.",
      "India-Valdoria",
    );
    expect(span?.cls).not.toBe("exercise");
  });

  it("spans: an office after a country's possessive is no person's name", () => {
    expect(
      find("Mara Lind has served as Norway's Foreign Minister since 2027.", "Foreign Minister"),
    ).toBeUndefined();
  });

  it.each(rows)("spans: %s -> %s", (text, answer, type, cls) => {
    const span = find(text, answer);
    expect(span?.type).toBe(type);
    expect(span?.cls).toBe(cls);
  });

  it("spans: a capitalised 'Rifles' after a region names a regiment; rifles in lower case are weapons", () => {
    expect(classOfName("Tromso Rifles")).toEqual({ noun: "regiment", category: "force" });
    expect(classOfName("TROMSO RIFLES")).toEqual({ noun: "regiment", category: "force" });
    expect(classOfName("ORCA rifles")?.category).toBe("weapon");
  });

  it("spans: a name opening on an ordinal is a part of something, no place ('the Eighth Schedule')", () => {
    expect(
      find("Writers in the 22 languages listed in the Eighth Schedule may apply.", "Eighth Schedule")?.type,
    ).not.toBe("place");
  });

  it("spans: a bracketed acronym after a name is an alias, and its end is kept so a stem can drop it", () => {
    const text = "The council launched the Coastal Fibre Network (CFN) project.";
    const span = find(text, "Coastal Fibre Network");
    expect(span?.aliases).toContain("CFN");
    expect(text.slice(span?.end, span?.acronymEnd)).toBe(" (CFN)");
  });

  it("spans: a surname the story named in full answers with the full name", () => {
    const people = new Map([["berg", "Ola Berg"]]);
    expect(find("Berg threw the javelin 90 metres.", "Ola Berg", people)?.type).toBe("person");
  });

  it("spans: one sentence read again with the story's people answers with them, not with the first read's", () => {
    const sentence = annotateSentence("Berg threw the javelin 90 metres.") as Sentence;
    const bare = findSpans(sentence, { reference: null, people: new Map() });
    expect(bare.some((x) => x.answer === "Ola Berg")).toBe(false);
    const people = new Map([["berg", "Ola Berg"]]);
    expect(findSpans(sentence, { reference: null, people }).find((x) => x.type === "person")?.answer).toBe(
      "Ola Berg",
    );
  });

  it("spans: a demonym is not a place, an age is not a count, initials are not a title", () => {
    expect(spansOf("The Norwegian team arrived.").some((s) => s.type === "place")).toBe(false);
    expect(spansOf("The 29-year-old won the final.").some((s) => s.answer.startsWith("29"))).toBe(false);
    expect(find("Agronomist MS Rao will be honoured.", "MS Rao")?.type).toBe("person");
  });

  it("spans: a count that opens a sentence is no part of the name after it, unless the name goes on", () => {
    expect(find("Three Tromso wetlands were added on Monday.", "three")?.cls).toBe("Tromso wetlands");
    expect(find("Three Gorges Dam is in Valdoria.", "Three Gorges Dam")?.type).toBe("place");
  });

  it("spans: numbers inside a date are part of the date", () => {
    const spans = spansOf("The convention was signed on February 3, 1984 in the town.");
    expect(spans.find((s) => s.type === "date")?.answer).toBe("3 February 1984");
    expect(spans.some((s) => s.type === "count" && s.answer === "3")).toBe(false);
  });
});

describe("spans: what a name is, from the noun after it or the kind of place", () => {
  it("spans: a class noun before the name says what it is ('the mission Orca', 'space programme, Orca')", () => {
    expect(find("The agency launched the mission Orca on Monday.", "Orca")?.cls).toBe("mission");
    const programme = find(
      "The agency launched the test vehicle of the country's human space flight programme, Orca after a delay.",
      "Orca",
    );
    expect(programme?.type).toBe("thing");
    expect(programme?.detail).toBe("mission");
  });

  it("spans: a cricket total is one figure ('post 181 for six', 'score 181/6'), only in a cricket sentence", () => {
    const total = find(
      "Berg scored 81 off 47 balls as Chile overcame setbacks to post 181 for six.",
      "181 for six",
    );
    expect(total?.cls).toBe("score");
    expect(total?.aliases).toContain("181/6");
    expect(find("The team managed to score 181/6 at the end of 20 overs.", "181/6")?.cls).toBe("score");
    expect(find("The tariff rose to 120 for five lines of goods.", "120 for five")).toBeUndefined();
  });

  it("spans: 'restricted to only three out of 19' is a figure of what the sentence counts", () => {
    expect(
      find("The number of foreign members has been restricted to only three out of 19.", "three")?.type,
    ).toBe("count");
  });

  it("spans: a count's noun may have a participle before it ('four developed nations')", () => {
    expect(find("Chile is signing a pact with four developed nations.", "four")?.cls).toBe(
      "developed nations",
    );
  });

  it("spans: a count's noun may be a compound with a gerund ('24 life saving drugs')", () => {
    expect(find("Valdoria exempted 24 life saving drugs from duty.", "24")?.cls).toBe("life saving drugs");
    expect(find("Ola Berg won 12 races, adding a record.", "12")?.cls).toBe("races");
  });

  it("spans: a plural acronym after a name is its class, left in the stem ('8 K-9 SLBMs')", () => {
    const missile = find("The submarine can carry 8 K-9 SLBMs with a range of 640 km.", "K-9");
    expect(missile?.type).toBe("thing");
    expect(missile?.cls).toBe("slbm");
    expect(missile?.aliases).toContain("K-9 SLBMs");
  });

  it("spans: 'travelled at Mach 2.4' is a speed whose number is blanked, 'Mach' left in the stem", () => {
    const speed = find("After liftoff, the craft travelled at Mach 2.4 over the sea.", "2.4");
    expect(speed?.type).toBe("measure");
    expect(speed?.aliases).toContain("Mach 2.4");
  });

  it("spans: a fighter is an aircraft, not a weapon like a missile", () => {
    expect(find("Tornado and Harrier fighters were used in the strikes.", "Harrier")?.detail).toBe(
      "aircraft",
    );
  });

  it("spans: the second of two names after 'from' is a place too, but not a compass word", () => {
    expect(find("Survivors from Tromsoville and Bergenby gathered in the square.", "Bergenby")?.type).toBe(
      "place",
    );
    expect(find("He spoke of the conflicts in Chile and West and Asia.", "West")).toBeUndefined();
  });

  it("spans: a region of the world after 'in' is no city", () => {
    expect(
      find("The grouping is a provider of public goods in the Euro-Atlantic.", "Euro-Atlantic"),
    ).toBeUndefined();
    expect(find("Ships will patrol in Central Asia.", "Central Asia")?.cls).not.toBe("city");
  });
});

describe("spans: dates are read without a clock", () => {
  const rows: [string, Date | null, string | null][] = [
    ["Monday", new Date(Date.UTC(2024, 10, 13, 12)), "2024-11-11"],
    ["Monday", null, null],
    ["last year", null, null],
    ["October 19", null, "--10-19"],
    ["September 14, 2024", null, "2024-09-14"],
    ["1971", null, "1971"],
    ["six months", null, null],
  ];
  it.each(rows)("dates: %s against %s", (phrase, reference, expected) => {
    const d = readDate(phrase, reference);
    const out = d
      ? d.granularity === "year"
        ? String(d.year)
        : `${d.year ?? "-"}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`
      : null;
    expect(out).toBe(expected);
  });
});

describe("spans: a word that points at the day of speaking is no date", () => {
  it("spans: a speaker's 'Today' is not asked as the article's date", () => {
    const text = '"Today his dream of linking the rivers has become real," the minister said.';
    const dates = spansOf(text, undefined, new Date(Date.UTC(2031, 10, 16))).filter((x) => x.type === "date");
    expect(dates).toEqual([]);
  });
});

describe("spans: 'the end of February 2031' is a month, not its last day", () => {
  it("spans: the date read is the month written", () => {
    const text =
      "Deposits stood at Rs 2,480 crore at the end of February 2031, up from Rs 1,016 crore a year before.";
    const dates = spansOf(text, undefined, new Date(Date.UTC(2031, 2, 16))).filter((x) => x.type === "date");
    expect(dates.map((d) => d.answer)).toEqual(["February 2031"]);
    expect(text.slice(dates[0]?.start, dates[0]?.end)).toBe("February 2031");
  });
});

describe("spans: a class noun alone is no place", () => {
  it("spans: 'at the Games' is not asked as a city", () => {
    expect(find("The sprinter won gold at the Games last week.", "Games")).toBeUndefined();
  });
  it.each([
    [
      "a capitalised common noun",
      "The federation announced Rs 10 lakh for each player from the State.",
      "State",
    ],
    [
      "another country's state",
      "Ola Berg, a professor at Harbour University in California, shared the prize.",
      "California",
    ],
    [
      "a sea, which takes 'the'",
      "Last year's edition was held in the Mediterranean, off the coast.",
      "Mediterranean",
    ],
    [
      "a judgment cited by its party's name",
      "The bench held that the ceiling laid down in Mara Lind can be crossed in extraordinary situations.",
      "Mara Lind",
    ],
    ["a building named 'Sadan'", "Ola Berg will take charge at Harbour Sadan on Monday.", "Harbour Sadan"],
    [
      "a name between 'the' and the noun it modifies",
      "Several friendly countries had shown interest in the Orca family of fighters.",
      "Orca",
    ],
  ])("spans: %s after a preposition is no city", (_label, text, answer) => {
    expect(find(text, answer)?.cls).not.toBe("city");
  });
  it("spans: a title word inside a body's name makes no person ('the Harbour General Assembly')", () => {
    expect(
      spansOf("Valdoria's candidate lost after four rounds of voting in the Harbour General Assembly.").some(
        (x) => x.type === "person",
      ),
    ).toBe(false);
  });
  it("spans: a games' adjective before a medal names no award ('an Olympic gold medal')", () => {
    expect(
      find("Mara Lind became the first Valdorian to win an Olympic gold medal.", "Olympic"),
    ).toBeUndefined();
  });
  it("spans: 'All' opens a name of two words or more ('the All Valdoria Championships')", () => {
    expect(
      find("Mara Lind won the All Valdoria Championships on Sunday.", "All Valdoria Championships")?.type,
    ).toBe("thing");
  });
  it("spans: a city that shares its name with a state is still a city ('in New York')", () => {
    expect(find("The leaders first met in New York in 2008.", "New York")?.cls).toBe("city");
  });
  it("spans: a range of months is a period, not a name ('the October-December quarter')", () => {
    const names = spansOf(
      "Valdoria's economy grew 7.4 per cent in the October-December quarter of 2030-31.",
    ).map((x) => x.answer);
    expect(names.some((n) => /October|December/.test(n))).toBe(false);
  });
  it("spans: a calling that opens a sentence is no part of the name ('Opener Ola Berg')", () => {
    expect(find("Opener Ola Berg scored 88 off 61 balls.", "Opener Ola Berg")).toBeUndefined();
    expect(
      find("Justice Mara Lind took oath as the 12th Chief Justice of Valdoria.", "Mara Lind")?.type,
    ).toBe("person");
  });
  it("spans: a unit written against a figure that is no unit stays a count ('1990s' is no figure)", () => {
    expect(find("Trade grew in the 1990s across the region.", "1990")).toBeUndefined();
  });
});

describe("spans: a bare figure is asked only where the sentence says what it counts", () => {
  it.each([
    ["Valdoria raised its tally of protected wetlands to 64 from 61 this year.", "64"],
    ["The Harbour Bill won 141 votes in its favour and 77 against in the House.", "77"],
  ])("spans: %s -> %s", (text, answer) => {
    expect(find(text, answer)?.type).toBe("count");
  });
  it("spans: a figure with nothing to count is no span", () => {
    expect(find("The meeting ended at 64 past the hour in Bergen.", "64")).toBeUndefined();
  });
});

describe("spans: names next to places", () => {
  it("spans: 'in <state> and <X> Reservoir' is two names, a state and a venue", () => {
    const text = "The new sites are the Lotus Bird Sanctuary in Assam and Crane Lake Reservoir in Sikkim.";
    expect(find(text, "Assam")?.type).toBe("place");
    expect(find(text, "Crane Lake Reservoir")?.type).toBe("place");
    expect(spansOf(text).some((x) => /Assam and/.test(x.answer))).toBe(false);
  });
  it.each([
    ["In the relay, Chile's Tomas Reyes won a surprise gold.", "Tomas Reyes"],
    ["In the final, Ingrid Dahl won the gold with a throw of 70 metres.", "Ingrid Dahl"],
  ])("spans: %s -> a person", (text, answer) => {
    expect(find(text, answer)?.type).toBe("person");
  });
});

describe("spans: hardware named before its class noun, names at a sentence's end", () => {
  it.each([
    ["The deal covers ZX-55 tanks for the army.", "ZX-55", "tanks"],
    ["Production of the QR-12 rifle began in Tromso.", "QR-12", "rifle"],
    ["The air force will buy Vega-7 fighters next year.", "Vega-7", "fighters"],
  ])("spans: %s -> %s", (text, answer, cls) => {
    expect(find(text, answer)?.cls).toBe(cls);
  });
  it("spans: a name's full stop at the end of a sentence is not part of it", () => {
    expect(find("Ola Berg met his counterpart Admiral Wei Lin.", "Wei Lin")?.type).toBe("person");
  });
});

describe("spans: a figure in words with a unit is answered in digits", () => {
  it.each([
    ["Cases will be decided within three years of the first report in Bergen.", "3 years", "three years"],
    ["The pact is expected to create two million jobs across Valdoria.", "2 million", "two million"],
  ])("spans: %s -> %s", (text, answer, words) => {
    expect(find(text, answer)?.aliases).toContain(words);
  });
});

describe("spans: a hyphened figure has its plain forms as aliases", () => {
  it("spans: 'a nine-run win' answers 'nine runs' and '9 runs'", () => {
    const span = find("Chile beat Peru with a nine-run win in the final at Lima.", "nine-run");
    expect(span?.aliases).toEqual(expect.arrayContaining(["nine runs", "9 runs"]));
  });
});

describe("spans: an event named by place and year", () => {
  it('spans: "Seoul 1988" gives neither the city nor the year; a place and a year apart still do', () => {
    const spans = spansOf("The archer won a bronze in Seoul 1988 and a silver at Sydney 2000.");
    expect(spans.some((s) => s.answer === "Seoul" || s.answer === "Sydney")).toBe(false);
    expect(spans.some((s) => s.answer === "1988" || s.answer === "2000")).toBe(false);
    expect(find("The summit was held in Oslo in 2024.", "Oslo")?.type).toBe("place");
  });
});

describe("spans: numbered parts and codes", () => {
  it("spans: 'commanded 14 Corps' holds no count of corps", () => {
    const spans = spansOf("Ola Berg commanded 14 Corps in Tromso and 3 infantry brigades.");
    expect(spans.filter((x) => x.type === "count" && x.answer === "14")).toEqual([]);
  });

  it("spans: 'in Game 7' is no city, and 'Project 17B' holds no count", () => {
    const spans = spansOf("He took the lead in Game 7 and the ship was built under Project 17B.");
    expect(spans.filter((x) => x.type === "place")).toEqual([]);
    expect(spans.filter((x) => x.answer === "17")).toEqual([]);
  });
});

describe("spans: class nouns and titles that name nothing", () => {
  it("spans: 'the new Governor would act on Bills' names no act", () => {
    const spans = spansOf("The Opposition said it hoped the new Governor would act on Bills without delay.");
    expect(spans.filter((x) => x.cls === "act")).toEqual([]);
  });

  it("spans: 'Flag Officer Commanding Western Fleet' is a title, no person", () => {
    const spans = spansOf(
      "Rear Admiral Kari Nord, Flag Officer Commanding Western Fleet, praised the crews.",
    );
    expect(spans.filter((x) => x.type === "person").map((x) => x.answer)).toEqual(["Kari Nord"]);
  });

  it("spans: a class noun written after the name beats the class another sentence gave it", () => {
    resetLearntClasses();
    learnClasses(
      [
        {
          id: "a",
          sentences: annotate(["The foundation stone of the Orca-Tide project was laid in 2021."]),
          reference: null,
          dated: false,
        },
      ] as never,
      compiled(),
    );
    expect(learntClassOf("Orca-Tide")?.cls).toBe("project");
    const spans = spansOf("Ola Berg opened the Orca-Tide bridge on Saturday.");
    expect(spans.find((x) => x.answer === "Orca-Tide")?.cls).toBe("bridge");
  });

  it("spans: a nationality before a plural class noun names no satellite", () => {
    const spans = spansOf(
      "The launch takes the number of operational Norwegian Earth observation satellites to 27.",
    );
    expect(spans.filter((x) => x.type === "thing")).toEqual([]);
  });
});

describe("spans: languages and titled works", () => {
  it("spans: a language after 'in' is no place", () => {
    const spans = spansOf(
      "The novel was first published in Marathi in 2031 and translated from Korean later.",
    );
    expect(spans.filter((x) => x.type === "place")).toEqual([]);
  });

  it("spans: a field of study after a prize's 'in' is no place", () => {
    const spans = spansOf("Mara Lind won the Harbour Prize in Mathematical Sciences in 2031.");
    expect(spans.filter((x) => x.type === "place")).toEqual([]);
  });

  it("spans: a body or an event named with what it is on or for is found whole", () => {
    const spans = spansOf(
      "The Harbour Conference on Coastal Resilience, organised by the Coalition for Clean Ports, ended at Tide Mandapam in Tromso.",
    );
    expect(spans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          answer: "Harbour Conference on Coastal Resilience",
          type: "thing",
          cls: "conference",
        }),
        expect.objectContaining({ answer: "Coalition for Clean Ports", type: "org" }),
        expect.objectContaining({ answer: "Tide Mandapam", type: "place", cls: "venue" }),
      ]),
    );
  });

  it("spans: what rose or fell is no place, and a gymkhana is a venue", () => {
    const spans = spansOf(
      "The committee approved the increase in Minimum Support Prices at a meeting at the Harbour Gymkhana in Tromso.",
    );
    expect(spans.filter((x) => x.type === "place" && /Support/.test(x.answer))).toEqual([]);
    expect(spans.find((x) => x.answer === "Harbour Gymkhana")).toEqual(
      expect.objectContaining({ type: "place", cls: "venue" }),
    );
  });

  it("spans: a code name after its capitalised class words is a thing of that class", () => {
    const spans = spansOf(
      "The agency launched the Harbour Observation Satellite HOS-11 on board the Tide Launch Vehicle TLV-C64 on Monday.",
    );
    expect(spans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          answer: "Harbour Observation Satellite HOS-11",
          type: "thing",
          cls: "satellite",
        }),
        expect.objectContaining({ answer: "Tide Launch Vehicle TLV-C64", type: "thing", cls: "vehicle" }),
      ]),
    );
  });

  it("spans: South Block is a building, not a city", () => {
    const spans = spansOf("The contract was signed at South Block in Tromso on Friday.");
    expect(spans.find((x) => x.answer === "South Block")).toEqual(
      expect.objectContaining({ type: "place", cls: "venue" }),
    );
  });

  it("spans: a degree's field, cut at its 'and', is no place", () => {
    const spans = spansOf(
      "Admiral Ola Berg holds an M.Phil in Defence and Strategic Studies from the University of Tromso.",
    );
    expect(spans.filter((x) => x.type === "place" && x.answer === "Defence")).toEqual([]);
  });

  it("spans: a novel named in quotation marks is the novel, not a person", () => {
    const spans = spansOf('"The Salt Road," a novel by Ola Berg, won the Harbour Prize.');
    expect(spans.find((x) => x.answer === "The Salt Road")).toEqual(
      expect.objectContaining({ type: "thing", cls: "novel" }),
    );
    expect(spans.filter((x) => x.type === "person" && /Salt Road/.test(x.answer))).toEqual([]);
  });
});

describe("spans: people inside bodies' names and after a country", () => {
  it("spans: 'Chairman of the Central Board of Direct Taxes' names no person 'Direct Taxes'", () => {
    const spans = spansOf("Ola Berg was Chairman of the Central Board of Direct Taxes until 2030.");
    expect(spans.filter((x) => x.type === "person" && /Taxes/.test(x.answer))).toEqual([]);
  });

  it("spans: the words of a body's long name make no person ('Multi-Sectoral Technical')", () => {
    const spans = spansOf(
      "Leaders of the Harbour Bay Initiative for Multi-Sectoral Technical and Economic Cooperation (HBI) on Friday signed an agreement.",
    );
    expect(spans.filter((x) => x.type === "person" && /Technical|Economic/.test(x.answer))).toEqual([]);
  });

  it("spans: 'Chief Justice of India Ola Berg' is Ola Berg, not 'India Ola Berg'", () => {
    const spans = spansOf("The Chief Justice of India Ola Berg spoke on Monday.");
    expect(spans.filter((x) => x.type === "person").map((x) => x.answer)).toEqual(["Ola Berg"]);
  });
});

describe("spans: a participle that opens the sentence", () => {
  it("spans: 'Congratulating Berg, ...' names Berg, not 'Congratulating Berg'", () => {
    const people = new Map([["berg", "Ola Berg"]]);
    const names = spansOf(
      "Congratulating Berg, Prime Minister Kari Nord wrote on X that the win was historic.",
      people,
    )
      .filter((x) => x.type === "person")
      .map((x) => x.answer);
    expect(names.some((n) => /Congratulating/.test(n))).toBe(false);
  });
});

describe("spans: a place made an adjective", () => {
  it("spans: 'Tromso-based think tank' names no tank", () => {
    const spans = spansOf(
      "An estimate by Tromso-based think tank the Harbour Institute said exports could rise.",
    );
    expect(spans.filter((x) => /-based/.test(x.answer))).toEqual([]);
  });
});

describe("spans: a person by what the sentence says of them", () => {
  it.each([
    "Ola Berg became only the second Indian woman to win a senior world wrestling title on Wednesday.",
    "Ola Berg claimed bronze in the women's 68kg category.",
  ])("spans: %s", (text) => {
    expect(spansOf(text).find((x) => x.answer === "Ola Berg")?.type).toBe("person");
  });
});

describe("spans: a body after 'at' is no city", () => {
  it("spans: 'at the University of Tromso' names no city", () => {
    const spans = spansOf(
      "Ola Berg heads a laboratory at the University of Tromso, while Kari Nord teaches in Oslo.",
    );
    expect(spans.filter((x) => x.type === "place" && /University/.test(x.answer))).toEqual([]);
  });
});

describe("spans: districts are no cities", () => {
  it("spans: 'in Orca and Tromso districts and in Nordby district' names no city", () => {
    const spans = spansOf("The festival is performed in Orca and Tromso districts and in Nordby district.");
    expect(spans.filter((x) => x.type === "place" && x.cls === "city")).toEqual([]);
  });
});

describe("spans: a month the clause puts ahead is read forward", () => {
  const reference = new Date(Date.UTC(2032, 9, 11));
  it.each([
    ["The school said it would hold a lecture in his honour in January.", "January 2033"],
    ["Mr. Berg turns 62 in July.", "July 2033"],
    ["The council met in January to review the plan.", "January 2032"],
  ])("spans: %s -> %s", (text, answer) => {
    expect(spansOf(text, new Map(), reference).some((x) => x.type === "date" && x.answer === answer)).toBe(
      true,
    );
  });
});

describe("spans: a word of a person the story names in full is no city", () => {
  it("spans: 'errors from Kari' with Kari Nord in the story is no place", () => {
    const [s] = annotate(["Two unforced errors from Kari handed Valdoria the opener."]);
    const spans = findSpans(s as Sentence, { reference: null, people: new Map([["nord", "Kari Nord"]]) });
    expect(spans.find((x) => x.answer === "Kari")?.type).not.toBe("place");
  });
});

describe("spans: weekdays and hyphenated figures", () => {
  it("spans: 'except Wednesdays from Tromso and Thursdays from Bergen' makes no place of 'Thursdays'", () => {
    const spans = spansOf(
      "The train will run six days a week, except Wednesdays from Tromso and Thursdays from Bergen.",
    );
    expect(spans.filter((x) => x.type === "place").map((x) => x.answer)).not.toContain("Thursdays");
  });

  it("spans: '11 AC 3-tier coaches' counts the coaches, not 'AC'", () => {
    expect(find("The Harbour Express has 11 AC 3-tier coaches and a pantry car.", "11")?.cls).toBe(
      "AC 3-tier coaches",
    );
  });
});

describe("spans: a class noun inside a person's name", () => {
  it("spans: 'novelist Ola Bhushan Berg' is a person, though 'Bhushan' ends an award's name", () => {
    expect(
      find(
        "Veteran poet and novelist Ola Bhushan Berg has been selected for the Harbour Award.",
        "Ola Bhushan Berg",
      )?.type,
    ).toBe("person");
  });
});

describe("spans: a date another verb or event owns is not the clause's", () => {
  const at = (text: string, date: string) => {
    const i = text.indexOf(date);
    return dateOfAnother(text.slice(0, i), text.slice(i + date.length));
  };
  it.each([
    [
      "The Ministers condemned the terrorist attack in Tromso, Nordland in April 2030, and left.",
      "April 2030",
      true,
    ],
    ["The Prime Minister announced that Norway would host the next summit in 2032.", "2032", true],
    ["Ola Berg said the rover would be deployed on Monday.", "Monday", true],
    [
      "The rocket has launched the Tide-1 probe (2008) and, in its record mission in February 2017, placed 104 satellites.",
      "February 2017",
      true,
    ],
    [
      "The declaration welcomed the outcomes of the Harbour Summit held in Tromso, Nordland, in November 2030.",
      "November 2030",
      true,
    ],
    ["Ola Berg said that the share had risen to 80 per cent, from about 18 per cent in 2014.", "2014", true],
    ["The summit was held in Tromso in November 2030.", "November 2030", false],
    ["The Ministers signed the harbour pact in Tromso in April 2030.", "April 2030", false],
    ["The Prime Minister announced the scheme in 2032.", "2032", false],
  ])("spans: %s (%s)", (text, date, another) => {
    expect(at(text, date)).toBe(another);
  });

  it.each([
    ["Tests were held in January and April 2031.", "January", true],
    ["Tests were held in January and April 2031.", "April 2031", true],
    ["Tests were held in January, and the motor flew in 2031.", "January", false],
    ["In March, Nordland signed the pact.", "March", false],
  ])("spans: a month listed with another is no date of its own: %s (%s)", (text, month, listed) => {
    const i = text.indexOf(month);
    expect(noDateOfItsOwn(text, i, i + month.length)).toBe(listed);
  });
});

describe("spans: a name's lower-case particles are part of it", () => {
  it.each([
    ["Commission President Kari von der Berg attended the parade.", "Kari von der Berg"],
    ["Crown Prince Ola bin Nord met the minister in Oslo.", "Ola bin Nord"],
  ])("spans: %s", (text, name) => {
    const [s] = annotate([text]);
    const people = findSpans(s as Sentence, { reference: null, people: new Map() }, true).filter(
      (x) => x.type === "person",
    );
    expect(people.map((x) => x.answer)).toContain(name);
  });
});

describe("spans: countries joined by a hyphen name no thing", () => {
  it.each([
    ["The Norway-Chile naval exercise began in 1993.", null],
    ["The Orca-Tide naval exercise began in 1993.", "Orca-Tide"],
  ])("spans: %s", (text, thing) => {
    const [s] = annotate([text]);
    const things = findSpans(s as Sentence, { reference: null, people: new Map() }).filter(
      (x) => x.type === "thing",
    );
    expect(things[0]?.answer ?? null).toBe(thing);
  });
});

describe("spans: one word before 'and' that goes on to a law's name is its first word", () => {
  it.each([
    [
      "The Lok Sabha passed the Promotion and Regulation of Harbour Gaming Bill, 2031 on Wednesday.",
      "Promotion and Regulation of Harbour Gaming Bill, 2031",
    ],
    [
      "Nordland and Chile signed the Trade and Fisheries Partnership Agreement.",
      "Trade and Fisheries Partnership Agreement",
    ],
  ])("spans: %s", (text, name) => {
    const [s] = annotate([text]);
    const things = findSpans(s as Sentence, { reference: null, people: new Map() }).filter(
      (x) => x.type === "thing",
    );
    expect(things.map((x) => x.answer)).toContain(name);
  });
});

describe("spans: a plural role's possessive is no title before a name", () => {
  it('reads no person in "the 11th Harbour Defence Ministers\' Meeting-Plus"', () => {
    const spans = spansOf(
      "Berg and Nord had met on the sidelines of the 11th Harbour Defence Ministers' Meeting-Plus at Oslo.",
    );
    expect(spans.filter((x) => x.type === "person" && !/^[A-Z]/.test(x.answer))).toEqual([]);
    expect(spans.find((x) => x.answer.includes("Meeting-Plus") && x.type === "person")).toBeUndefined();
  });
});

describe("appositiveMember: the class an appositive makes a name one of", () => {
  it.each([
    [", the fourth and last of the Orca-class frigates built under Project 17, at Karwar.", "frigate"],
    [", the sixth of Nordland's submarines to be built at home.", "submarine"],
    [", the latest of its Earth observation satellites.", "satellite"],
    [", the country's newest frigate.", null],
    [" was the last of the frigates.", null],
  ])("appositiveMember(%j)", (after, expected) => {
    expect(appositiveMember(after)).toBe(expected);
  });
});

describe("findSpans: an edition's year after a name's acronym goes with the name", () => {
  it("findSpans: 'the Harbour Innovation Index (HII) 2031 released by' blanks the year with the name", () => {
    const s = annotate([
      "Valdoria climbed to 76th in the Harbour Innovation Index (HII) 2031 released by the Tide Institute on Monday.",
    ])[0] as Sentence;
    const index = findSpans(s, BARE_CONTEXT).find((x) => x.answer === "Harbour Innovation Index");
    expect(index).toBeDefined();
    expect(s.text.slice(index?.acronymEnd ?? 0)).toMatch(/^ released by/);
  });
});

describe("findSpans: a palace written class-first is a venue, not a city", () => {
  it.each(["Palacio de Gobierno", "Palazzo Chigi"])("findSpans(%j)", (name) => {
    const s = annotate([
      `The agreements were exchanged at the ${name} after talks that lasted two hours.`,
    ])[0] as Sentence;
    const span = findSpans(s, BARE_CONTEXT).find((x) => x.answer === name);
    expect(span?.type).toBe("place");
    expect(span?.cls).toBe("venue");
  });
});
