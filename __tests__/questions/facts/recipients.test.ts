import { annotate } from "@/questions/pipeline/04-sentences";
import { recipients } from "@/questions/pipeline/facts/families/recipients";

const asked = (texts: string[]) =>
  recipients({ id: "a", sentences: annotate(texts), reference: new Date(0), dated: true, year: 2031 });

describe("recipients: an award's recipients listed with their fields", () => {
  const story = [
    "The Harbour Medal is awarded for distinguished service to the coast.",
    "The recipients are- Ola Berg (Medicine), Justice (Retd) Kari Lind (Public Affairs), Mara Holm (Art) and Per Dahl (Art).",
    "Those receiving the award posthumously are- Jon Vik (Literature and Education) and Siri Moe (Trade and Industry).",
  ];

  it("recipients: one question per field only one recipient of the list has", () => {
    expect(asked(story).map((c) => [c.prompt, c.answer])).toEqual([
      ["Who was conferred the Harbour Medal for 2031 in the field of Medicine?", "Ola Berg"],
      ["Who was conferred the Harbour Medal for 2031 in the field of Public Affairs?", "Kari Lind"],
      [
        "Who was posthumously conferred the Harbour Medal for 2031 in the field of Literature and Education?",
        "Jon Vik",
      ],
      [
        "Who was posthumously conferred the Harbour Medal for 2031 in the field of Trade and Industry?",
        "Siri Moe",
      ],
    ]);
  });

  it("recipients: the options are the award's other recipients, the question's own list first", () => {
    const jon = asked(story).find((c) => c.answer === "Jon Vik");
    expect(jon?.listed?.slice(0, 1)).toEqual(["Siri Moe"]);
    expect(jon?.listed).toEqual(expect.arrayContaining(["Ola Berg", "Kari Lind", "Mara Holm", "Per Dahl"]));
  });

  it("recipients: a list with no award named near it gives none", () => {
    expect(asked(story.slice(1))).toEqual([]);
  });
});
