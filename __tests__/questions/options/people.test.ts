import { curatedPeople, knownClass, personClass } from "@/questions/pipeline/options/people";

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
