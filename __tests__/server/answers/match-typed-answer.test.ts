import { matchTypedAnswer, normalizeAnswer } from "@/server/answers/match-typed-answer";

type Row = [response: string, answer: string, aliases: string[], correct: boolean, why: string];

const rows: Row[] = [
  ["reserve bank of india", "Reserve Bank of India", [], true, "case"],
  ["The Reserve Bank of India", "Reserve Bank of India", [], true, "leading 'the'"],
  ["Reserve Bank of India.", "Reserve Bank of India", [], true, "trailing punctuation"],
  ["Jose Mujica", "José Mujica", [], true, "diacritics"],
  ["U.S.", "US", [], true, "dots inside abbreviations"],
  ["obrien", "O'Brien", [], true, "apostrophe"],
  ["Dr. Manmohan Singh", "Manmohan Singh", [], true, "title in the response"],
  ["Manmohan Singh", "Dr Manmohan Singh", [], true, "title in the answer"],
  ["Shri Dr Manmohan Singh", "Manmohan Singh", [], true, "stacked titles"],
  ["Lt Gen Upendra Dwivedi", "Upendra Dwivedi", [], true, "military rank, two words"],
  ["Lieutenant General Upendra Dwivedi", "Gen Upendra Dwivedi", [], true, "rank spelled out"],
  ["Air Chief Marshal A P Singh", "A P Singh", [], true, "three-word rank"],
  ["Admiral Dinesh Tripathi", "Dinesh K Tripathi", ["Tripathi", "Dinesh Tripathi"], true, "alias after rank"],
  ["Tripathi", "Dinesh K Tripathi", ["Tripathi"], true, "surname alias from the generator"],
  ["Dinesh", "Dinesh K Tripathi", ["Tripathi"], false, "first name is not an alias"],
  ["three", "3", [], true, "number word for digit"],
  ["3", "three", [], true, "digit for number word"],
  ["4", "3", [], false, "a different number"],
  ["New Delhi", "NewDelhi", [], true, "spacing"],
  ["Manmohan Sigh", "Manmohan Singh", [], true, "one letter missing in a 5-letter word"],
  ["Upendra Dwiedi", "Upendra Dwivedi", [], true, "one letter missing in a 7-letter word"],
  ["Upendra Dwviedi", "Upendra Dwivedi", [], true, "adjacent transposition counts as one edit"],
  ["Kazakhstn", "Kazakhstan", [], true, "one letter missing in a long word"],
  ["Kazakstn", "Kazakhstan", [], true, "two letters missing in a 10-letter word"],
  ["Kzkhstn", "Kazakhstan", [], false, "three letters missing is too many"],
  ["Narendra Sharma", "Narendra Verma", [], false, "different surname of similar length"],
  ["Rahul Sinha", "Rahul Singh", [], false, "different surname, two edits in five letters"],
  ["Patil", "Patel", [], false, "vowel swap makes a different name"],
  ["Mody", "Modi", [], false, "four letters: exact only"],
  ["Rao", "Roy", [], false, "short names never fuzzy"],
  ["DY Brandt", "D. Y. Brandt", [], true, "initials with or without dots and spaces"],
  ["", "Patel", [], false, "empty response"],
  ["   ", "Patel", [], false, "blank response"],
  ["General", "General", [], true, "a title alone is kept, not stripped to nothing"],
  ["Singh", "Manmohan Singh", [], false, "surname is not accepted unless the generator lists it"],
];

describe("match-typed-answer: table", () => {
  it.each(rows)(
    "match-typed-answer: %j vs %j (aliases %j) -> %s: %s",
    (response, answer, aliases, correct) => {
      expect(matchTypedAnswer({ response, answer, aliases }).correct).toBe(correct);
    },
  );
});

describe("match-typed-answer: distractors", () => {
  it("rejects a near-miss that is closer to another option", () => {
    const verdict = matchTypedAnswer({
      response: "Bangladesh",
      answer: "Bangladeshi",
      distractors: ["Bangladesh", "Nepal", "Bhutan"],
    });
    expect(verdict.correct).toBe(false);
  });

  it("still accepts a typo when no option is closer", () => {
    const verdict = matchTypedAnswer({
      response: "Kazakstan",
      answer: "Kazakhstan",
      distractors: ["Uzbekistan", "Tajikistan", "Kyrgyzstan"],
    });
    expect(verdict).toEqual({ correct: true, typo: true, acceptedAs: "Kazakhstan" });
  });

  it.each([
    ["Vicotr", "Victor", [], "Victor"],
    ["Dwiedi", "Upendra Dwivedi", ["Dwivedi"], "Dwivedi"],
    ["Upendra Dwiedi", "Upendra Dwivedi", ["Dwivedi"], "Upendra Dwivedi"],
  ])("names the spelling a typo was taken for: %j as %j (aliases %j)", (response, answer, aliases, spelt) => {
    expect(matchTypedAnswer({ response, answer, aliases })).toMatchObject({
      correct: true,
      acceptedAs: spelt,
    });
  });

  it("names no spelling when the response matched exactly", () => {
    expect(matchTypedAnswer({ response: "victor", answer: "Victor" }).acceptedAs).toBeUndefined();
  });
});

describe("match-typed-answer: normalizeAnswer", () => {
  it.each([
    ["The Hon. Justice D. Y. Brandt", ["d", "y", "brandt"]],
    ["Air Chief Marshal A.P. Singh", ["ap", "singh"]],
    ["Twenty-one", ["20", "1"]],
    ["Tata & Sons", ["tata", "and", "sons"]],
  ])("normalizeAnswer(%j)", (input, tokens) => {
    expect(normalizeAnswer(input)).toEqual(tokens);
  });
});
