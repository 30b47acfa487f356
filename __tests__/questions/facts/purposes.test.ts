import { annotate } from "@/questions/pipeline/04-sentences";
import { purposeFacts } from "@/questions/pipeline/facts/purposes";

const story = (...text: string[]) => [
  { id: "a", sentences: annotate(text), reference: new Date(0), dated: false },
];

describe("purposes: what a named thing is for, and what a name means", () => {
  const rows: [string, string, string][] = [
    [
      "The government launched the Blue Harbour scheme, which aims to insure every small fisher against storms.",
      "What is the aim of the Blue Harbour scheme?",
      "insure every small fisher against storms",
    ],
    [
      "The Green Rail initiative seeks to cut diesel use on branch lines by half.",
      "What is the aim of the Green Rail initiative?",
      "cut diesel use on branch lines by half",
    ],
    [
      'The Sagar class ships are named after a Sanskrit word meaning "Guardian of the Sea".',
      "What is the meaning of the name Sagar?",
      "Guardian of the Sea",
    ],
    [
      "The Sagar class ships are named after a Sanskrit word meaning the “Keeper of the Coast”.",
      "What is the meaning of the name Sagar?",
      "Keeper of the Coast",
    ],
  ];
  it.each(rows)("purposes: %s", (text, prompt, answer) => {
    const [c] = purposeFacts(story(text));
    expect(c?.kind).toBe("what");
    expect(c?.prompt).toBe(prompt);
    expect(c?.answer).toBe(answer);
  });

  it("purposes: a craft sent to study a body of the solar system asks which, against the others", () => {
    const [c] = purposeFacts(
      story(
        "The agency placed the Orca-7 spacecraft -- the first observatory of its kind to study the Sun -- in orbit.",
      ),
    );
    expect(c?.prompt).toBe("Which celestial body is the Orca-7 spacecraft meant to study?");
    expect(c?.answer).toBe("the Sun");
    expect(c?.peers).toEqual(expect.arrayContaining(["the Moon", "Mars"]));
  });

  it("purposes: a meaning is offered other meanings", () => {
    const [c] = purposeFacts(
      story('The Sagar class ships are named after a Sanskrit word meaning "Keeper of the Coast".'),
    );
    expect((c?.peers ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it("purposes: an aim needs a named thing with a class, not any capitalised subject", () => {
    expect(purposeFacts(story("Ola Berg aims to win the title next year."))).toEqual([]);
  });

  it("purposes: the options of an aim are the story's other purposes", () => {
    const [c] = purposeFacts(
      story(
        "The Blue Harbour scheme aims to insure every small fisher against storms.",
        "The agency also plans to build new ports and to provide cheap loans to boat owners.",
      ),
    );
    expect(c?.peers).toEqual(
      expect.arrayContaining(["build new ports", "provide cheap loans to boat owners"]),
    );
  });
});

describe("purposes: how a body decided", () => {
  it("purposes: 'All decisions were taken through consensus' asks how, offered the other ways of deciding", () => {
    const [decided] = purposeFacts(story("All decisions were taken through consensus, with no voting held."));
    expect(decided?.prompt).toBe("How were all decisions taken?");
    expect(decided?.answer).toBe("consensus");
    expect(decided?.peers).toEqual(["a majority vote", "a voice vote", "a two-thirds majority"]);
  });
});

describe("purposes: what a prize was given for", () => {
  it("purposes: 'given the Harbour Peace Prize for its efforts to end piracy' asks for what", () => {
    const [cited] = purposeFacts(
      story(
        "The group is receiving the Harbour Peace Prize for its efforts to end piracy in the northern seas.",
      ),
    );
    expect(cited?.prompt).toBe("For what was the Harbour Peace Prize awarded?");
    expect(cited?.answer).toBe("efforts to end piracy in the northern seas");
    expect(cited?.peers).toHaveLength(4);
  });
});

describe("purposes: what an honour is given for, in general", () => {
  it("purposes: 'The Harbour Star is awarded for ...' asks what it is awarded for, against other citations", () => {
    const [cited] = purposeFacts(
      story("The Harbour Star is awarded for distinguished service of high order."),
    );
    expect(cited?.prompt).toBe("What is the Harbour Star awarded for?");
    expect(cited?.answer).toBe("distinguished service of high order");
    expect(cited?.category).toBe("what:standing citation");
    // The same citation written with its article is no distractor.
    expect(cited?.peers).not.toContain("distinguished service of a high order");
    expect(cited?.peers?.length).toBeGreaterThanOrEqual(3);
  });
  it("purposes: a sentence about one year's award is no standing citation", () => {
    expect(purposeFacts(story("The Harbour Star was awarded to Ola Berg for his service."))).toEqual([]);
  });
});

describe("purposes: what kind of body a body is", () => {
  it("purposes: 'The Harbour Board is a statutory body', quoted or not, asks its kind against the other kinds", () => {
    for (const text of [
      "The Harbour Board is a statutory body set up under the 1990 Act.",
      '"The Harbour Board is a statutory body. All public bodies should be open," the minister said.',
    ]) {
      const [kind] = purposeFacts(story(text));
      expect(kind?.prompt).toBe("What kind of body is the Harbour Board?");
      expect(kind?.answer).toBe("statutory body");
      expect(kind?.peers).toEqual(expect.arrayContaining(["constitutional body", "non-statutory body"]));
      expect(kind?.peers).not.toContain("statutory body");
    }
  });
});
