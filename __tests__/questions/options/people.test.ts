import peopleData from "@/questions/data/people.json";
import type { Candidate } from "@/questions/pipeline/06-facts";
import { buildPools, optionsFor } from "@/questions/pipeline/08-options";
import {
  curatedPeople,
  diedIn,
  fitsPronoun,
  knownClass,
  personClass,
} from "@/questions/pipeline/options/people";
import { whoAbout } from "../fixtures";

describe("personClass: what a person answer is, from the words around the name", () => {
  it.each([
    [
      "a role written once for a list is each one's",
      "Ola Berg",
      "The President named former Prime Ministers Ola Berg, Kari Lind and agronomist Mara Holm for the award.",
      { field: "politician", office: "Prime Minister" },
    ],
    [
      "the next name of a list is no appositive of this one",
      "Ola Berg",
      "The honours went to Ola Berg, Kari Lind and agronomist Mara Holm.",
      { field: null },
    ],
    [
      "an appositive after the name says what the person is",
      "Ola Berg",
      "The honour went to Ola Berg, an agronomist who bred new rice strains.",
      { field: "agriculturist" },
    ],
    [
      "a colonel is an officer of about that rank, not a service chief",
      "Mara Holm",
      "The briefing was given by Wing Commander Ola Berg and Colonel Mara Holm.",
      { field: "military", office: "Army Officer" },
    ],
    [
      "a wing commander is an officer of the air force",
      "Ola Berg",
      "The briefing was given by Wing Commander Ola Berg and Colonel Mara Holm.",
      { field: "military", office: "Air Force Officer" },
    ],
    [
      "a player a cricket report names with no calling is a cricketer",
      "Ola Berg",
      "Earlier, Berg scored a half-century (71 off 54 balls) as Valdoria posted 181 for six.",
      { field: "cricketer" },
    ],
    [
      "a calling right before the name (an agronomist is offered agricultural scientists, not space scientists)",
      "Mara Holm",
      "The honours went to Ola Berg, Kari Lind and agronomist Mara Holm.",
      { field: "agriculturist" },
    ],
    [
      "a scientist is still a scientist",
      "Mara Holm",
      "The honours went to the physicist Mara Holm.",
      { field: "scientist" },
    ],
    [
      "a ship's captain is a naval officer, not a cricketer",
      "Ola Berg",
      "The ship, commanded by Captain Ola Berg, will be based at Tromso as part of the Western Fleet.",
      { field: "military", office: "Navy Officer" },
    ],
    [
      "a name in a Nobel Prize's sentence is a laureate's, not an athlete's for its 'gold medal'",
      "Mara Holm",
      "The Nobel Peace Prize carries a gold medal which will be shared equally between the network and Ms. Mara Holm.",
      { field: "laureate", office: "Peace" },
    ],
    [
      "an international body's official is one of the world's, not of the story's country",
      "Ola Berg",
      "At the end of the meeting, BIMSTEC Secretary General Ola Berg called on the minister.",
      { field: "official", nation: "world" },
    ],
    [
      "of the offices a person held, the one whose portfolio the sentence names (not the list's first)",
      "Pranab Mukherjee",
      "Pranab Mukherjee chaired the Defence Acquisition Council in Tromso.",
      { office: "Defence Minister" },
    ],
  ])("%s", (_label, name, sentence, expected) => {
    expect(personClass(name, "person", sentence, "india")).toEqual(expect.objectContaining(expected));
  });

  it.each([
    [
      "an acronym with a capital President",
      "NHB President Ola Berg told the summit that the bank had grown.",
    ],
    ["a body's full name", "Harbour Tennis Association president Ola Berg congratulated the pair."],
  ])("personClass: a body's president after %s is no head of state", (_label, sentence) => {
    expect(personClass("Ola Berg", "person:President", sentence, "india")).toEqual(
      expect.objectContaining({ field: "official", office: null }),
    );
  });

  it("personClass: the title right before a name is the person's, not an office named further back", () => {
    const cls = personClass(
      "Ola Berg",
      "person",
      "The warrant issued by the President was read out by Chief Secretary Ola Berg before the oath.",
      "india",
    );
    expect(cls.office).not.toBe("President");
  });

  it("personClass: a country's President written after its acronym is still a head of state", () => {
    expect(
      personClass("Ola Berg", "person:President", "US President Ola Berg met the Prime Minister.", "india"),
    ).toEqual(expect.objectContaining({ office: "President" }));
  });

  it("personClass: a body's president written after its acronym is no head of state", () => {
    expect(
      personClass(
        "Ola Berg",
        "person:President",
        "NCF president Ola Berg said the federation would open an academy.",
        "india",
      ),
    ).toEqual(expect.objectContaining({ field: "official", office: null }));
  });

  it("personClass: a sentence that names the person by surname alone still says what they are", () => {
    expect(
      personClass(
        "Ola Berg",
        "person",
        "Berg became the first Norwegian athlete to win an Olympic gold with a throw of 90.1m.",
        "india",
        "Ola Berg",
      ),
    ).toEqual(expect.objectContaining({ field: "athlete", nation: "world", guessed: false }));
  });
});

describe("knownClass: a curated person however fully named", () => {
  it("knownClass: a name without its initials is the curated person with them", () => {
    expect(knownClass("Deve Gowda")?.office).toBe("Prime Minister");
    expect(knownClass("Ola Bergmann Rao")).toBeNull();
  });

  it("knownClass: a name with an honorific or a first name before it is the curated person", () => {
    expect(knownClass("Shri Morarji Desai")?.office).toBe("Prime Minister");
    expect(knownClass("Ola Desai")).toBeNull();
  });
});

describe("curatedPeople: officers of the service the rank belongs to", () => {
  it("curatedPeople: a colonel is offered army officers, a wing commander air force officers", () => {
    const army = curatedPeople({ field: "military", nation: "india", office: "Army Officer" });
    const air = curatedPeople({ field: "military", nation: "india", office: "Air Force Officer" });
    expect(army.length).toBeGreaterThanOrEqual(3);
    expect(air.length).toBeGreaterThanOrEqual(3);
    expect(army.slice(0, 3).some((n) => air.slice(0, 3).includes(n))).toBe(false);
  });
});

describe("curatedPeople: former holders of the portfolio the question names", () => {
  it.each([
    ["Environment Minister", "Union Environment Minister Ola Berg released the report."],
    ["Law Minister", "Union Law Minister Ola Berg is part of the panel."],
    ["Minority Affairs Minister", "Minority Affairs Minister Ola Berg moved the Bill."],
    ["Commerce Minister", "Commerce and Industry Minister Ola Berg signed the pact."],
    ["Science and Technology Minister", "Science and Technology Minister Ola Berg greeted the scientists."],
  ])("curatedPeople: a %s is offered former holders of that office", (office, sentence) => {
    const cls = personClass("Ola Berg", "person", sentence, "india");
    expect(cls.office).toBe(office);
    expect(curatedPeople(cls).length).toBeGreaterThanOrEqual(3);
  });
});

describe("people: a curated central banker succeeded is offered central bankers", () => {
  it("people: 'X succeeds Urjit Patel' with no bank in the sentence is no state Governor", () => {
    const cls = personClass(
      "Urjit Patel",
      "person:Governor",
      "Chandrasekhar, 58, succeeds Urjit Patel, who demitted office on Friday.",
      "india",
    );
    expect(cls.office).toBe("Governor");
  });
});

describe("people: the side a clause names is its people's", () => {
  const sentence =
    "The Indian delegation was led by External Affairs Minister Mara Lind and Defence Minister Ola Berg, while the Japanese side was represented by Foreign Minister Erik Holm and Defence Minister Kari Nord.";
  it.each([
    ["Ola Berg", "india"],
    ["Kari Nord", "world"],
  ])("people: %s is of the %s", (name, nation) => {
    expect(personClass(name, "person:Defence Minister", sentence).nation).toBe(nation);
  });
});

describe("people: a surname one letter longer is another person's", () => {
  it("people: 'Attorney General R Venkataramani' is not classed as the curated President 'R Venkataraman'", () => {
    const sentence = "Attorney General R Venkataramani, appearing for the Union government, argued the case.";
    expect(personClass("R Venkataramani", "person", sentence).office).not.toBe("President");
  });
});

/** The `portfolios` of people.json: each Indian office's names as the press writes them, and its holders. */
const PORTFOLIOS =
  (
    peopleData as unknown as {
      portfolios: Record<string, { names?: string[]; titles?: string[]; people: string[] } | string>;
    }
  ).portfolios ?? {};
const holdersOf = (office: string): string[] => {
  const p = PORTFOLIOS[office];
  return typeof p === "string" || p === undefined ? [] : p.people;
};
/** The senior ministers a candidate knows hold other portfolios: never options for a listed one. */
const SENIOR = ["Rajnath Singh", "Nirmala Sitharaman", "Amit Shah"];

const asked = whoAbout;

/** The options other than the key, for a question about a made-up holder. */
const othersFor = (c: Candidate): string[] =>
  optionsFor(c, [], buildPools([c])).filter((o) => o !== c.answer);

describe("people: a Union portfolio the lists hold is offered its former holders", () => {
  it.each([
    [
      "Culture Minister",
      "Culture Minister",
      "Culture Minister Arjun Devraj said 500 stepwells would be restored.",
    ],
    [
      "Civil Aviation Minister",
      "Civil Aviation Minister",
      "Union Civil Aviation Minister Arjun Devraj said 20 new airports would open by 2033.",
    ],
    [
      "Road Transport and Highways Minister",
      "Road Transport and Highways Minister",
      "Minister of Road Transport and Highways Arjun Devraj inaugurated the 120-km expressway.",
    ],
    [
      "Petroleum Minister",
      "Petroleum and Natural Gas Minister",
      "Petroleum and Natural Gas Minister Arjun Devraj opened the refinery.",
    ],
    ["Power Minister", "Power Minister", "Union Power Minister Arjun Devraj said peak demand had been met."],
    [
      "Jal Shakti Minister",
      "Jal Shakti Minister",
      "Jal Shakti Minister Arjun Devraj reviewed the river-linking work.",
    ],
    [
      "Rural Development Minister",
      "Rural Development Minister",
      "Rural Development Minister Arjun Devraj released the funds for rural roads.",
    ],
    ["Labour Minister", "Labour Minister", "Union Labour Minister Arjun Devraj notified the four codes."],
    ["Textiles Minister", "Textiles Minister", "Textiles Minister Arjun Devraj launched the silk mission."],
    [
      "Housing and Urban Affairs Minister",
      "Housing and Urban Affairs Minister",
      "Housing and Urban Affairs Minister Arjun Devraj opened the metro line.",
    ],
    [
      "Parliamentary Affairs Minister",
      "Parliamentary Affairs Minister",
      "Parliamentary Affairs Minister Arjun Devraj said the session would end on Friday.",
    ],
    [
      "Coal and Mines Minister",
      "Coal Minister",
      "Coal Minister Arjun Devraj said output had crossed 1 billion tonnes.",
    ],
    [
      "Steel Minister",
      "Steel Minister",
      "Steel Minister Arjun Devraj said the plant would double its capacity.",
    ],
    ["MSME Minister", "MSME Minister", "Union MSME Minister Arjun Devraj launched the credit scheme."],
    [
      "Tribal Affairs Minister",
      "Tribal Affairs Minister",
      "Tribal Affairs Minister Arjun Devraj opened the school.",
    ],
    [
      "Social Justice Minister",
      "Social Justice and Empowerment Minister",
      "Social Justice and Empowerment Minister Arjun Devraj released the scholarships.",
    ],
    [
      "Food Processing Minister",
      "Food Processing Industries Minister",
      "Food Processing Industries Minister Arjun Devraj opened the mega food park.",
    ],
    [
      "Consumer Affairs Minister",
      "Consumer Affairs Minister",
      "Consumer Affairs Minister Arjun Devraj said pulse prices had eased.",
    ],
    [
      "Fisheries Minister",
      "Fisheries Minister",
      "Union Fisheries Minister Arjun Devraj launched the deep-sea fishing scheme.",
    ],
    [
      "Heavy Industries Minister",
      "Heavy Industries Minister",
      "Heavy Industries Minister Arjun Devraj launched the electric bus scheme.",
    ],
    [
      "Chemicals and Fertilisers Minister",
      "Chemicals and Fertilisers Minister",
      "Chemicals and Fertilisers Minister Arjun Devraj said urea stocks were enough.",
    ],
    [
      "New and Renewable Energy Minister",
      "New and Renewable Energy Minister",
      "New and Renewable Energy Minister Arjun Devraj said solar capacity had doubled.",
    ],
    [
      "Electronics and IT Minister",
      "Electronics and IT Minister",
      "Electronics and IT Minister Arjun Devraj launched the chip plant.",
    ],
    [
      "Communications Minister",
      "Communications Minister",
      "Communications Minister Arjun Devraj said 6G trials would begin in 2032.",
    ],
    [
      "Shipping Minister",
      "Ports, Shipping and Waterways Minister",
      "Ports, Shipping and Waterways Minister Arjun Devraj opened the terminal.",
    ],
    [
      "Earth Sciences Minister",
      "Earth Sciences Minister",
      "Earth Sciences Minister Arjun Devraj launched the mission.",
    ],
    [
      "Panchayati Raj Minister",
      "Panchayati Raj Minister",
      "Panchayati Raj Minister Arjun Devraj gave away the awards to 45 panchayats.",
    ],
    [
      "Skill Development Minister",
      "Skill Development Minister",
      "Skill Development Minister Arjun Devraj said 2 lakh youths had been trained.",
    ],
    ["DoNER Minister", "DoNER Minister", "DoNER Minister Arjun Devraj opened the bamboo park in Tura."],
    [
      "Tourism Minister",
      "Tourism Minister",
      "Union Tourism Minister Arjun Devraj launched the heritage circuit.",
    ],
  ])(
    "people: India's %s is offered the office's former holders, never the senior ministers",
    (office, role, sentence) => {
      const c = asked("Arjun Devraj", `person:${role}`, `Who was India's ${role} in July 2031?`, sentence);
      const others = othersFor(c);
      expect(others).toHaveLength(3);
      expect(others.every((o) => holdersOf(office).includes(o))).toBe(true);
      expect(others.filter((o) => SENIOR.includes(o))).toEqual([]);
    },
  );

  it("people: a 'her' stem of a women-held portfolio is offered its women holders", () => {
    const c = asked(
      "Meera Kulkarni",
      "person:Women and Child Development Minister",
      "Which Women and Child Development Minister launched her ministry's nutrition drive in July 2031?",
      "Women and Child Development Minister Meera Kulkarni launched her ministry's nutrition drive.",
    );
    const others = othersFor(c);
    expect(others).toHaveLength(3);
    expect(others.every((o) => holdersOf("Women and Child Development Minister").includes(o))).toBe(true);
    expect(others.every((o) => fitsPronoun(o, c.prompt))).toBe(true);
  });

  it("people: a sitting Labour Minister is offered living former holders, never those who have died", () => {
    const others = othersFor(
      asked(
        "Arjun Devraj",
        "person:Labour Minister",
        "Who was India's Labour Minister in July 2031?",
        "Union Labour Minister Arjun Devraj notified the four labour codes.",
      ),
    );
    expect(others.every((o) => holdersOf("Labour Minister").includes(o))).toBe(true);
    expect(others.filter((o) => diedIn(o) !== undefined)).toEqual([]);
  });

  it("people: India's Tourism Minister is offered the Union's holders, a state's none of them", () => {
    const union = othersFor(
      asked(
        "Arjun Devraj",
        "person:Tourism Minister",
        "Who was India's Tourism Minister in July 2031?",
        "Union Tourism Minister Arjun Devraj opened the heritage circuit.",
      ),
    );
    const state = othersFor({
      ...asked(
        "Arjun Devraj",
        "person:Tourism Minister",
        "Which Goa Tourism Minister opened the heritage circuit?",
        "Goa Tourism Minister Arjun Devraj opened the heritage circuit.",
      ),
      peers: ["Kiran Patil"],
    });
    expect(union.every((o) => holdersOf("Tourism Minister").includes(o))).toBe(true);
    expect(state.filter((o) => holdersOf("Tourism Minister").includes(o))).toEqual([]);
  });
});

describe("people: the office a portfolio's words name", () => {
  it.each([
    [
      "a Minister of State is the portfolio's",
      "Minister of State for Culture Arjun Devraj opened the museum.",
      "Culture Minister",
    ],
    [
      "a Minister of State with independent charge is the portfolio's",
      "Minister of State (Independent Charge) for Culture Arjun Devraj opened the museum.",
      "Culture Minister",
    ],
    ["'MoS' before the portfolio", "MoS Culture Arjun Devraj opened the museum.", "Culture Minister"],
    [
      "the longest portfolio name wins ('Culture and Tourism' is Culture's, not Tourism's)",
      "Culture and Tourism Minister Arjun Devraj opened the museum.",
      "Culture Minister",
    ],
    [
      "'Food Processing' is no 'Food'",
      "Food Processing Industries Minister Arjun Devraj opened the park.",
      "Food Processing Minister",
    ],
  ])("people: %s", (_label, sentence, office) => {
    expect(personClass("Arjun Devraj", "person", sentence, "india").office).toBe(office);
  });

  it.each([
    [
      "a deputy holds no office of the one they stand in for",
      "Culture Minister Arjun Devraj opened the museum.",
      "Deputy Culture Minister Arjun Devraj opened the museum.",
      "Culture Minister",
    ],
    [
      "another country's minister is offered no Indian office",
      "India's Culture Minister Arjun Devraj opened the museum.",
      "Norway's Culture Minister Arjun Devraj opened the museum.",
      "Culture Minister",
    ],
  ])("people: %s", (_label, holder, other, office) => {
    expect(personClass("Arjun Devraj", "person", holder, "india").office).toBe(office);
    expect(personClass("Arjun Devraj", "person", other, "india").office).not.toBe(office);
  });
});

describe("people: an Indian official's office the lists hold is offered its former holders", () => {
  it.each([
    [
      "NITI Aayog CEO",
      "person:Chief Executive Officer",
      "Who was the Chief Executive Officer of the NITI Aayog in July 2031?",
      "NITI Aayog CEO Ravi Tandon released the Export Preparedness Index.",
    ],
    [
      "NITI Aayog Vice-Chairman",
      "person:Vice Chairman",
      "Who was the Vice Chairman of the NITI Aayog in July 2031?",
      "NITI Aayog Vice-Chairman Ravi Tandon released the growth report.",
    ],
    [
      "SEBI Chairperson",
      "person:Chairman",
      "Who was the Chairman of SEBI in July 2031?",
      "SEBI Chairperson Ravi Tandon announced new rules for small IPOs.",
    ],
    [
      "Attorney General",
      "person:Attorney General",
      "Who was India's Attorney General in July 2031?",
      "Attorney General Ravi Tandon told the Supreme Court that the 2030 law was valid.",
    ],
    [
      "Solicitor General",
      "person:Solicitor General",
      "Who was India's Solicitor General in July 2031?",
      "Solicitor General Ravi Tandon appeared for the Union government.",
    ],
    [
      "Cabinet Secretary",
      "person:Cabinet Secretary",
      "Who was India's Cabinet Secretary in July 2031?",
      "Cabinet Secretary Ravi Tandon chaired the National Crisis Management Committee.",
    ],
    [
      "Home Secretary",
      "person:Home Secretary",
      "Who was India's Home Secretary in July 2031?",
      "Union Home Secretary Ravi Tandon reviewed the flood situation.",
    ],
    [
      "Defence Secretary",
      "person:Defence Secretary",
      "Who was India's Defence Secretary in July 2031?",
      "Defence Secretary Ravi Tandon signed the contract for 26 jets.",
    ],
    [
      "Chief Economic Adviser",
      "person:Chief Economic Adviser",
      "Who was India's Chief Economic Adviser in July 2031?",
      "Chief Economic Adviser Ravi Tandon said the economy would grow 7.2 per cent.",
    ],
    [
      "CBI Director",
      "person:Director",
      "Who was the Director of the CBI in July 2031?",
      "CBI Director Ravi Tandon said 14 cases had been registered.",
    ],
    [
      "UIDAI CEO",
      "person:Chief Executive Officer",
      "Who was the Chief Executive Officer of the UIDAI in July 2031?",
      "UIDAI CEO Ravi Tandon said face authentication had crossed 100 crore.",
    ],
    [
      "DRDO Chairman",
      "person:Chairman",
      "Who was the Chairman of the DRDO in July 2031?",
      "DRDO Chairman Ravi Tandon said the missile had met all its objectives.",
    ],
    [
      "Railway Board Chairman",
      "person:Chairman",
      "Who was the Chairman of the Railway Board in July 2031?",
      "Railway Board Chairman Ravi Tandon inspected the new line.",
    ],
    [
      "UPSC Chairman",
      "person:Chairman",
      "Who was the Chairman of the UPSC in July 2031?",
      "UPSC Chairman Ravi Tandon announced the new exam calendar.",
    ],
  ])("people: the %s is offered the office's former holders", (office, category, prompt, sentence) => {
    const others = othersFor(asked("Ravi Tandon", category, prompt, sentence));
    expect(others).toHaveLength(3);
    expect(others.every((o) => holdersOf(office).includes(o))).toBe(true);
  });

  it.each([
    [
      "Comptroller and Auditor General",
      "Comptroller and Auditor General Ravi Tandon tabled the report on procurement.",
    ],
    [
      "Chief of Defence Staff",
      "Chief of Defence Staff General Ravi Tandon said the theatre commands were ready.",
    ],
    ["National Security Adviser", "National Security Adviser Ravi Tandon met the delegation in New Delhi."],
  ])("people: the %s, of few listed holders, is offered all its living holders", (office, sentence) => {
    const others = othersFor(
      asked("Ravi Tandon", "person", `Who was India's ${office} in July 2031?`, sentence),
    );
    const living = holdersOf(office).filter((n) => diedIn(n) === undefined);
    expect(others).toHaveLength(3);
    expect(living.length).toBeGreaterThan(0);
    expect(others).toEqual(expect.arrayContaining(living));
  });

  it.each([
    ["an official's title", "UIDAI CEO Arjun Devraj said the update was free.", "UIDAI CEO"],
    [
      "a title written after the body",
      "CEO of NITI Aayog Arjun Devraj released the index.",
      "NITI Aayog CEO",
    ],
  ])("people: %s is the official's office", (_label, sentence, office) => {
    expect(personClass("Arjun Devraj", "person", sentence, "india").office).toBe(office);
  });

  it("people: an additional holder holds no office of the one they assist", () => {
    const office = (sentence: string) => personClass("Arjun Devraj", "person", sentence, "india").office;
    expect(office("Solicitor General Arjun Devraj appeared for the Centre.")).toBe("Solicitor General");
    expect(office("Additional Solicitor General Arjun Devraj appeared for the Centre.")).not.toBe(
      "Solicitor General",
    );
  });
});

describe("people: the portfolios' data", () => {
  const offices = Object.entries(PORTFOLIOS).filter(
    (e): e is [string, { names?: string[]; titles?: string[]; people: string[] }] => typeof e[1] !== "string",
  );

  it("people: each portfolio's name or title is one office's, and no office is a hand-written role's", () => {
    const owner = new Map<string, string>();
    for (const [office, p] of offices)
      for (const n of [...(p.names ?? []), ...(p.titles ?? [])]) {
        expect([office, undefined]).toContain(owner.get(n.toLowerCase()));
        owner.set(n.toLowerCase(), office);
      }
    expect(offices.length).toBeGreaterThanOrEqual(30);
    expect(offices.filter(([office]) => office in peopleData.india.roles)).toEqual([]);
  });

  it("people: each office lists two holders or more, once each, and the women among them are listed as women", () => {
    const women = new Set(peopleData.women);
    for (const [, p] of offices) {
      expect(p.people.length).toBeGreaterThanOrEqual(2);
      expect(new Set(p.people).size).toBe(p.people.length);
    }
    for (const n of ["Annpurna Devi", "Kumari Selja", "Madhabi Puri Buch", "Preeti Sudan"])
      expect(women.has(n)).toBe(true);
  });
});
