import type { Holder } from "@/questions/pipeline/facts/families/candidate";
import { holderQuestions } from "@/questions/pipeline/facts/families/holders";

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
