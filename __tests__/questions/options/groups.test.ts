import peopleData from "@/questions/data/people.json";
import type { Candidate } from "@/questions/pipeline/06-facts";
import { buildPools, optionsFor } from "@/questions/pipeline/08-options";
import { curatedPeople, diedIn } from "@/questions/pipeline/options/people";
import { whoAbout } from "../fixtures";

const who = whoAbout;

const { parties, chiefMinisters, chairs } = peopleData;
const sittingHeads = curatedPeople({ field: "politician", nation: "india", office: "Chief Minister" });

describe("options/people: a party, state or committee the sentence names gives the distractors", () => {
  const rows: [label: string, c: Candidate, allowed: string[]][] = [
    [
      "a party's stalwart is offered that party's leaders, never a rival's",
      who(
        "Ola Berg",
        "person",
        "Which BJP stalwart opened the Harbour Library in Ostra on Monday?",
        "BJP stalwart Ola Berg opened the Harbour Library in Ostra on Monday.",
      ),
      parties.BJP.people,
    ],
    [
      "a Trinamool Congress MP is offered Trinamool's leaders, not the Congress's",
      who(
        "Mara Lind",
        "person",
        "Which Trinamool Congress MP moved the motion in the House?",
        "Trinamool Congress MP Mara Lind moved the motion in the House.",
      ),
      parties.TMC.people,
    ],
    [
      "a party named in an appositive after the name",
      who(
        "Ola Berg",
        "person",
        "Who moved the motion in the House on Monday?",
        "The motion was moved by Ola Berg, a senior Samajwadi Party leader, on Monday.",
      ),
      parties.SP.people,
    ],
    [
      "a party in brackets after the name",
      who(
        "Kari Nord",
        "person",
        "Which member of the panel sought a debate on the Harbour Bill?",
        "Kari Nord (AAP) sought a debate on the Harbour Bill.",
      ),
      parties.AAP.people,
    ],
    [
      "a former Chief Minister of a named state is offered that state's Chief Ministers",
      who(
        "Ola Berg",
        "person:Kerala CM",
        "Which former Kerala CM was honoured in Ostra in 2031?",
        "The award went to former Kerala CM Ola Berg in Ostra.",
      ),
      chiefMinisters.Kerala.people,
    ],
    [
      "a state's former Chief Minister in an appositive",
      who(
        "Ola Berg",
        "person",
        "Who opened the Harbour Library in Ostra in 2031?",
        "Ola Berg, the former Chief Minister of Odisha, opened the Harbour Library in Ostra.",
      ),
      chiefMinisters.Odisha.people,
    ],
    [
      "a state's sitting Chief Minister is offered the state's living heads",
      who(
        "Mara Lind",
        "person:Chief Minister",
        "Which Uttar Pradesh Chief Minister opened the Harbour Bridge in 2031?",
        "Uttar Pradesh Chief Minister Mara Lind opened the Harbour Bridge.",
      ),
      chiefMinisters["Uttar Pradesh"].people.filter((n) => diedIn(n) === undefined),
    ],
    [
      "a committee's chair is offered its past chairs, not the heads of international bodies",
      who(
        "Ola Berg",
        "person",
        "Who read out the citation in May 2031?",
        "Ola Berg, the chair of the Norwegian Nobel Committee, read out the citation.",
      ),
      chairs["Norwegian Nobel Committee"].people,
    ],
    [
      "a body's secretary-general is offered its past secretaries-general, not other bodies' heads",
      who(
        "Ola Berg",
        "person",
        "Who was the Secretary General of SCO in May 2031?",
        "SCO Secretary General Ola Berg met the Valdorian delegation in Tromso.",
      ),
      chairs["Shanghai Cooperation Organisation"].people,
    ],
    [
      "a commission's chairman is offered its past chairmen, not the Union's officials",
      who(
        "Kari Nord",
        "person:Chairman",
        "Who submitted the Harbour report to the President in May 2031?",
        "Finance Commission Chairman Kari Nord submitted the Harbour report to the President.",
      ),
      chairs["Finance Commission"].people,
    ],
  ];
  it.each(rows)("options/people: %s", (_label, c, allowed) => {
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== c.answer)) expect(allowed).toContain(o);
  });

  it("options/people: a state with few living former heads is offered them, then other states' sitting heads", () => {
    const c = who(
      "Ola Berg",
      "person:Chief Minister",
      "Which Kerala Chief Minister opened the Harbour Bridge in 2031?",
      "Kerala Chief Minister Ola Berg opened the Harbour Bridge.",
    );
    const distractors = optionsFor(c, [], buildPools([c]), 2031).filter((o) => o !== "Ola Berg");
    expect(distractors).toHaveLength(3);
    expect(distractors.some((o) => chiefMinisters.Kerala.people.includes(o))).toBe(true);
    for (const o of distractors) {
      expect([...chiefMinisters.Kerala.people, ...sittingHeads]).toContain(o);
      expect(diedIn(o)).toBeUndefined();
    }
  });

  it("options/people: a leader of today is offered the party's first living leaders, however alike their names", () => {
    const c = who(
      "Ola Berg",
      "person",
      "Which BJP leader opened the Harbour Library in Ostra in 2031?",
      "BJP leader Ola Berg opened the Harbour Library in Ostra.",
    );
    const living = parties.BJP.people.filter((n) => diedIn(n) === undefined).slice(0, 3);
    const distractors = optionsFor(c, [], buildPools([c]), 2031).filter((o) => o !== "Ola Berg");
    expect(distractors.sort()).toEqual(living.sort());
  });
});
