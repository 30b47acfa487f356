import people from "@/questions/data/people.json";
import { generate } from "@/questions/index";
import { lexicon } from "@/questions/lexicon";
import { annotate } from "@/questions/pipeline/04-sentences";
import type { Holder } from "@/questions/pipeline/facts/families/candidate";
import { findHolders, holderQuestions } from "@/questions/pipeline/facts/families/holders";
import { compiled } from "@/questions/pipeline/facts/families/patterns";

const sentence =
  "Mara Lind, Governor of the Bank of Norway, and Tove Dahl, Governor of the Central Bank of Chile, were also present.";
const holder = (name: string, org: string): Holder => ({
  name,
  rank: null,
  role: "Governor",
  roleExplicit: true,
  country: null,
  org,
  counterpartOf: null,
  counterpartDemonym: null,
  appointment: null,
  former: false,
  mentions: [{ articleId: "a", sentence }],
});

describe("holders: the story's holders of the same office at other bodies", () => {
  it("holders: are listed first among a holder question's options, though its sentence names them", () => {
    const norway = holder("Mara Lind", "Bank of Norway");
    const chile = holder("Tove Dahl", "Central Bank of Chile");
    const [question] = holderQuestions(norway, null, null, [], [norway, chile]);
    expect(question?.prompt).toBe("Who was the Governor of the Bank of Norway?");
    expect(question?.listed).toEqual(["Tove Dahl"]);
  });
  it("holders: a holder alone in its office lists no one", () => {
    const norway = holder("Mara Lind", "Bank of Norway");
    const [question] = holderQuestions(norway, null, null, [], [norway]);
    expect(question?.listed).toBeUndefined();
  });
});

describe("holders: someone the story only quotes reacting is not asked by office", () => {
  const at = (text: string): Holder => ({
    ...holder("Mara Lind", "Bank of Norway"),
    mentions: [{ articleId: "a", sentence: text }],
  });
  it.each([
    ['"A moment of great pride for us," said Governor Mara Lind to a news agency.', 0],
    ["Harbour deal: the bank achieved the unbelievable, says Governor Mara Lind", 0],
    ['Governor Mara Lind said the bank had cut its rate to 4% "to support growth".', 1],
    ["Governor Mara Lind said the bank had cut its rate to 4%.", 1],
  ])("holders: %s", (text, asked) => {
    expect(holderQuestions(at(text), null, null, [], [])).toHaveLength(asked);
  });
});

describe("holders: an official reported speaking, and an office several hold at once, are not asked by office", () => {
  const as = (role: string, org: string, text: string): Holder => ({
    ...holder("Mara Lind", org),
    role,
    mentions: [{ articleId: "a", sentence: text }],
  });
  it.each([
    [
      "Director General",
      "Harbour Exporters Federation",
      "Director General Mara Lind said the pact would help.",
      0,
    ],
    [
      "Director General",
      "Harbour Exporters Federation",
      "Mara Lind, Director General of the federation, welcomed the pact.",
      0,
    ],
    ["Governor", "Bank of Norway", "Governor Mara Lind said the bank had cut its rate to 4%.", 1],
    [
      "Deputy Governor",
      "Bank of Norway",
      "Deputy Governor Mara Lind presented the bank's outlook on Monday.",
      0,
    ],
    [
      "Director General",
      "Harbour Exporters Federation",
      "Director General Mara Lind signed the charter in Tromso.",
      1,
    ],
  ])("holders: %s of %s: %s", (role, org, text, asked) => {
    expect(holderQuestions(as(role, org, text), null, null, [], [])).toHaveLength(asked);
  });
});

describe("holders: a name with accented letters is found whole", () => {
  it("holders: 'Foreign Minister Ana Núñez Urzúa' is not cut at its first accent", () => {
    const sentences = annotate([
      "The pact was signed in Tromso on Friday by Valdorian Trade Minister Ola Berg and Chilean Foreign Minister Ana Núñez Urzúa.",
    ]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2031, 1, 17)), dated: true }],
      compiled(),
    );
    expect(found.map((h) => h.name)).toContain("Ana Núñez Urzúa");
  });
});

describe("holders: a state's minister is not asked as the country's", () => {
  it("holders: 'state higher education minister X' is no 'Valdoria's Education Minister'", () => {
    const text =
      "After the meeting, state higher education minister Mara Lind announced the scheme for girl students.";
    const h: Holder = {
      ...holder("Mara Lind", ""),
      org: null,
      role: "Education Minister",
      country: lexicon().country("India") ?? null,
      mentions: [{ articleId: "a", sentence: text }],
    };
    expect(holderQuestions(h, null, null, [], [])).toEqual([]);
    const union = { ...h, mentions: [{ articleId: "a", sentence: text.replace("state higher ", "") }] };
    expect(holderQuestions(union, null, null, [], []).length).toBeGreaterThan(0);
  });
});

describe("holders: an office named in a sentence of an earlier year is not dated by the article", () => {
  it("holders: 'announced by Finance Minister X in the Budget for 2028-29' asks no holder in the article's month", () => {
    const text =
      "The first green bond was issued in January 2029, fulfilling an announcement made by India's Finance Minister Ola Berg in the Union Budget for 2028-29.";
    const sentences = annotate([text]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2031, 7, 7)), dated: true }],
      compiled(),
    );
    const berg = found.find((h) => h.name === "Ola Berg");
    expect(berg).toBeDefined();
    const prompts = holderQuestions(
      berg as Holder,
      null,
      null,
      [{ id: "a", sentences, reference: new Date(Date.UTC(2031, 7, 7)), dated: true }],
      [],
    ).map((q) => q.prompt);
    expect(prompts.filter((p) => /August 2031/.test(p))).toEqual([]);
  });
});

describe("holders: a former holder named by a Union office", () => {
  it("holders: 'Former Union Home Secretary X' held the office once, not at the story's time", () => {
    const sentences = annotate([
      "Former Union Home Secretary Ola Berg was on Tuesday appointed the 28th Chief Election Commissioner of India.",
    ]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2031, 1, 17)), dated: true }],
      compiled(),
    );
    const secretary = found.find((h) => h.name === "Ola Berg" && /Home Secretary/.test(h.role));
    expect(secretary?.former).toBe(true);
  });
});

describe("holders: a body before a role's comma is no holder", () => {
  it("holders: 'the Leader of the Opposition in the Harbour Sabha, the Chief Justice of Valdoria's nominee'", () => {
    const sentences = annotate([
      "The committee, comprising the Prime Minister, the Leader of the Opposition in the Harbour Sabha, the Chief Justice of Valdoria's nominee and an eminent jurist, met on Monday.",
    ]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2032, 1, 2)), dated: true }],
      compiled(),
    );
    expect(found.map((h) => h.name)).not.toContain("Harbour Sabha");
  });
});

describe("holders: a document before a role's comma is no holder", () => {
  it("holders: 'Under Article 66 of the Constitution, the Vice-President is elected ...' holds no 'Constitution'", () => {
    const sentences = annotate([
      "Under Article 66 of the Constitution, the Vice-President is elected by an electoral college of all members of Parliament.",
    ]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2032, 1, 2)), dated: true }],
      compiled(),
    );
    expect(found.map((h) => h.name)).not.toContain("Constitution");
  });
});

describe("holders: the one a new holder succeeds held the office before the news", () => {
  it("holders: 'He succeeds Air Chief Marshal X' and 'the outgoing CAS, X' make X a former holder", () => {
    const sentences = annotate([
      "Air Chief Marshal Ola Berg took over as the 29th Chief of the Air Staff on 31 October 2031.",
      "He succeeds Air Chief Marshal Kari Nord, who superannuated today after 41 years of service.",
      "The outgoing CAS, Air Chief Marshal Kari Nord, had assumed office on 30 September 2029.",
    ]);
    const found = findHolders(
      [{ id: "a", sentences, reference: new Date(Date.UTC(2031, 9, 31)), dated: true }],
      compiled(),
    );
    expect(found.find((h) => h.name === "Kari Nord")?.former).toBe(true);
    expect(found.find((h) => h.name === "Ola Berg")?.former).toBe(false);
    expect(found.map((h) => h.name)).not.toContain("Marshal");
  });
});

describe("holders: a state's ministers are not the country's", () => {
  const story = (minister: string) => `date 2031-03-04
Goa Assembly passes groundwater Bill
Panaji, Mar 4: The Goa Vidhan Sabha on Tuesday passed the Goa Groundwater (Conservation) Bill by a voice vote, giving statutory backing to the state's Mission Jal Goa.
Moving the Bill, ${minister} Kari Nord said Goa was "drawing water from its future".
Under Mission Jal Goa, farmers will get Rs 17,500 per acre for moving away from paddy, at a cost of Rs 2,400 crore over five years.
India draws more groundwater than any other country, and Goa has 12 over-exploited blocks, Nord said.
The Bill will now be sent to the Governor for assent.
Mission Jal Goa was first proposed in 2029 by a committee of India's water experts.`;
  const prompts = (minister: string) =>
    generate([{ id: "a", file: "a.txt", text: story(minister) }]).questions.map((q) => q.prompt);

  it("holders: 'Agriculture Minister X' in a report of a state Assembly is not asked as India's minister", () => {
    expect(prompts("Agriculture Minister").filter((p) => /India's Agriculture Minister/.test(p))).toEqual([]);
  });

  it("holders: 'Union Agriculture Minister X' in the same report still is", () => {
    expect(prompts("Union Agriculture Minister").some((p) => /India's Agriculture Minister/.test(p))).toBe(
      true,
    );
  });
});

describe("holders: a Governor is asked of the bank the story says, never of a ministry", () => {
  const text = `date 2031-05-13
Retail inflation eases to 3.6 per cent in April
New Delhi, May 13: India's retail inflation eased to 3.6 per cent in April, data released by the Ministry of Statistics and Programme Implementation (MoSPI) showed on Tuesday.
MoSPI said food inflation fell to 2.9 per cent, and MoSPI data showed rural inflation at 3.8 per cent.
Economists said MoSPI figures pointed to a rate cut.
The RBI's six-member monetary policy committee, headed by Governor Kari Nord, kept the repo rate unchanged at 5.25 per cent in its April review.
The Reserve Bank of India (RBI) had projected inflation at 4.2 per cent in its February policy, and the RBI is mandated to keep inflation at 4 per cent.`;
  const questions = () => generate([{ id: "a", file: "a.txt", text }]).questions;

  it("holders: 'the RBI's panel, headed by Governor X' asks of the RBI, with the RBI's past Governors offered", () => {
    const asked = questions().find((q) => q.answer === "Kari Nord" && /Governor/.test(q.prompt));
    expect(asked?.prompt).not.toMatch(/Ministry|MoSPI/);
    expect(asked?.prompt).toMatch(/Governor of the Reserve Bank of India/);
    // The distractors are the RBI's past Governors of the curated list, not other countries' central bankers.
    const governors: string[] = people.india.roles.Governor;
    const others = (asked?.options ?? []).filter((o) => o !== "Kari Nord");
    expect(others).toHaveLength(3);
    for (const o of others) expect(governors).toContain(o);
  });
});

describe("holders: the chair of a body's commission is not the body's chair", () => {
  it("holders: 'AU Commission Chairperson X' is never asked as the African Union's Chairman", () => {
    const text = `date 2032-10-22
Harbour Forum ends in Tromso
Tromso, October 22: The summit was co-chaired by Norway's Prime Minister Ola Berg and Ghana's President Erik Holm, the current Chairperson of the African Union (AU).
All 54 African countries were represented, along with AU Commission Chairperson Mara Lind.
The AU was represented at every session.`;
    const asked = generate([{ id: "a", file: "a.txt", text }]).questions;
    expect(
      asked.filter((q) => q.answer === "Mara Lind" && /Chair\w* of the African Union/.test(q.prompt)),
    ).toEqual([]);
  });
});

describe("holders: a central bank's committee", () => {
  const text = `date 2032-04-09
RBI cuts repo rate by 25 bps
Mumbai, April 9: The Reserve Bank of India's Monetary Policy Committee (MPC) on Wednesday cut the repo rate by 25 basis points to 5.25 per cent.
The decision, announced by Governor Kari Nord at the end of the three-day meeting, was not unanimous.
Kari Nord, Deputy Governor Erik Holm and two other MPC members voted for the cut.
The MPC will meet next in June, and the MPC minutes are due on April 23.`;
  const questions = () => generate([{ id: "a", file: "a.txt", text }]).questions;

  it("holders: the Governor and the Deputy Governor are the bank's, not its committee's", () => {
    const asked = questions().filter(
      (q) => ["Kari Nord", "Erik Holm"].includes(q.answer) && /^Who/.test(q.prompt),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/Committee/);
  });

  it("holders: a Deputy Governor is offered the bank's past deputies, a Governor its past Governors", () => {
    const deputies: string[] = (people.india.roles as Record<string, string[]>)["Deputy Governor"] ?? [];
    const governors: string[] = people.india.roles.Governor;
    const asked = questions().filter((x) => /^Who was the (?:Deputy )?Governor/.test(x.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const pool = /Deputy/.test(q.prompt) ? deputies : governors;
      for (const o of q.options.filter((x) => x !== q.answer)) expect(pool).toContain(o);
    }
  });
});

describe("holders: a minister is the country their own clause names", () => {
  const text = `date 2032-08-20
India, Japan hold 2+2 talks in Tokyo
Tokyo, Aug 20: India and Japan on Friday agreed to deepen defence ties at their third 2+2 ministerial dialogue in Tokyo.
The Indian delegation was led by external affairs minister Mara Lind and defence minister Ola Berg, while Japan was represented by foreign minister Kari Nord and defence minister Erik Holm.
Wrestling Federation of India president Tor Dahl attended the dinner.
India and Japan will hold the next dialogue in New Delhi in 2033, Indian officials said.`;
  const questions = generate([{ id: "a", file: "a.txt", text }]).questions;
  const prompt = (answer: string) =>
    questions.find((q) => q.answer === answer && /^Who was/.test(q.prompt))?.prompt;

  it("holders: a President another country's President calls on is not that country's", () => {
    const visit = `date 2032-08-20
Sri Lankan President visits India
New Delhi, Aug 20: The Sri Lankan President will call on President Mara Lind on Wednesday.
India and Sri Lanka signed four pacts, Indian officials said.
India is Sri Lanka's largest trading partner.`;
    const prompts = generate([{ id: "b", file: "b.txt", text: visit }]).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /Sri Lanka's President/.test(p))).toEqual([]);
  });

  it("holders: India's Foreign Minister is asked by the office's Indian name", () => {
    const text = `date 2032-01-09
India and Valdoria sign currency swap pact
Tromso, Jan 9: India and Valdoria signed a currency swap agreement in the presence of External Affairs Minister Ola Berg.
Ola Berg is on a two-day visit to Valdoria.
The agreement is worth $400 million.`;
    const prompts = generate([{ id: "c", file: "c.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /India's Foreign Minister/.test(p))).toEqual([]);
  });

  it("holders: the minister named after 'Japan was represented by' is Japan's", () => {
    expect(prompt("Erik Holm")).toMatch(/^Who was Japan's Defence Minister/);
  });

  it("holders: the minister named after 'The Indian delegation was led by' is India's", () => {
    expect(prompt("Ola Berg")).toMatch(/^Who was India's Defence Minister/);
  });

  it("holders: India's minister is offered India's ministers, not Japan's or another country's", () => {
    const q = questions.find((x) => x.answer === "Ola Berg" && /^Who was India's/.test(x.prompt));
    expect(q?.options).not.toContain("Erik Holm");
    expect(
      q?.options.filter((o) => ["Rajnath Singh", "Nirmala Sitharaman", "A K Antony"].includes(o)).length,
    ).toBeGreaterThan(0);
  });
});

describe("holders: a deputy is not asked as the office they deputise for", () => {
  it("holders: 'Rajya Sabha Deputy Chairman X' is not the Chairman", () => {
    const text = `date 2032-09-10
Ola Berg elected Vice-President
New Delhi, September 10, 2032: Ola Berg was on Tuesday elected Vice-President.
Rajya Sabha Deputy Chairman Kari Nord had been performing the duties of the Chairman.
Rajya Sabha Chairman Erik Holm had resigned in July.`;
    const asked = generate([{ id: "a", file: "a.txt", text }]).questions.filter((q) =>
      /^Who was the Chairman/.test(q.prompt),
    );
    expect(asked.map((q) => q.answer)).not.toContain("Kari Nord");
  });
});

describe("holders: an appointment in the active voice", () => {
  it("holders: 'The Centre appointed Air Marshal X, currently the Vice Chief, as the next Chief of the Air Staff'", () => {
    const text = `date 2032-08-24
Ola Berg named next air chief
New Delhi, Aug 24: The Centre on Tuesday appointed Air Marshal Ola Berg, currently the Vice Chief of the Air Staff, as the next Chief of the Air Staff, the defence ministry said in a statement.
He will take over on September 30.`;
    const q = generate([{ id: "a", file: "a.txt", text }]).questions.find(
      (x) => x.answer === "Ola Berg" && /^Who was appointed the Chief of Air Staff/.test(x.prompt),
    );
    expect(q).toBeDefined();
    const chiefs = (people.india.roles as Record<string, string[]>)["Chief of Air Staff"] ?? [];
    expect(q?.options.filter((o) => chiefs.includes(o))).toHaveLength(3);
  });
});

describe("holders: a country named in passing is no home for the story's offices", () => {
  it("holders: a Prime Minister with no country is not given the country of 'the South China Sea'", () => {
    const text = [
      "Norway and Chile hold defence talks in Oslo",
      "Oslo, 9 July 2031: Norwegian Defence Minister Ola Berg met Chilean Defence Minister Kari Nord in Oslo on Tuesday for the second Norway-Chile defence dialogue.",
      "Norway and Chile agreed to hold a joint naval exercise in 2032, and Norway will send two frigates to Chile.",
      "The statement voiced concern over the South China Sea, and Chile and Norway called for freedom of navigation.",
      "Norway's navy and Chile's navy will train together, and Chile thanked Norway for the offer.",
      "Later in the day, the Chilean minister called on Prime Minister Mara Lind.",
      "Norway and Chile will meet again in Santiago, and Chile invited Norway's defence industry; Norway and Chile also discussed China.",
    ].join("\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /China's/.test(p))).toEqual([]);
  });
});

describe("holders: a name's last word is no portfolio", () => {
  it("holders: 'Shri Ola Berg and External Affairs Minister Dr K. Nord' does not make 'Berg and External Affairs Minister' an office", () => {
    const text = [
      "Norway and Chile hold 2+2 talks in Oslo",
      "Oslo, 9 July 2031: Raksha Mantri Shri Ola Berg and External Affairs Minister Dr K. Nord held the fourth Norway-Chile 2+2 Ministerial Dialogue with their Chilean counterparts in Oslo.",
      "Norway and Chile agreed to hold a joint naval exercise in 2032.",
    ].join("\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /^Who was [^"]*Berg and/.test(p))).toEqual([]);
  });
});

describe("holders: an office asked with neither time nor event, and a company's name", () => {
  it("holders: an undated story's minister is not asked 'Who was India's Environment Minister?'", () => {
    const text = [
      "Nordland notifies new tiger reserve",
      "The Rajasthan government on Tuesday notified the Orca Hills Tiger Reserve, its sixth.",
      "The reserve was notified under Section 38V of the Wildlife (Protection) Act.",
      "Union Environment Minister Prakash Javadekar welcomed the decision in a post on X.",
      "The Wildlife (Protection) Act was amended to create tiger reserves.",
    ].join("\n");
    const prompts = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /Environment Minister\?$/.test(p))).toEqual([]);
  });
  it("holders: 'Chairman and Managing Director, Harbour Power Limited' is no person", () => {
    const text = [
      "Harbour Bank gets new Governor",
      "New Delhi, 9 February 2031: Ola Berg took charge as the 27th Governor of the Harbour Bank on Monday.",
      "Earlier posts: Secretary, Department of Financial Services (DFS); Chairman and Managing Director, Harbour Power Limited",
    ].join("\n");
    const answers = generate([{ id: "a", file: "a.txt", text }]).questions.map((q) => q.answer);
    expect(answers).not.toContain("Harbour Power Limited");
  });
});
