import {
  activeVoice,
  asExamQuestion,
  asOneQuestion,
  isSimplePast,
  pastFuture,
  simplePast,
  withCommonNouns,
  withDateLast,
  withFullNames,
  withoutCutScores,
  withoutEditorial,
  withoutRepeatedSetting,
} from "@/questions/pipeline/reword";

describe("simplePast: a wh-subject's present perfect reads as the past an exam asks", () => {
  it.each([
    [
      "Which shooter has won two bronze medals at the Harbour Games?",
      "Which shooter won two bronze medals at the Harbour Games?",
    ],
    [
      "Which Valdorian officer has been appointed Chief of Staff?",
      "Which Valdorian officer was appointed Chief of Staff?",
    ],
    [
      "With reference to the Orca Mission (May 2031), which service has recovered the module?",
      "With reference to the Orca Mission (May 2031), which service recovered the module?",
    ],
    ["Which countries have taken part in the drill?", "Which countries took part in the drill?"],
    // Not a wh-subject: the perfect would need do-support and a base form.
    ["Which orbit has the probe entered?", "Which orbit has the probe entered?"],
    // Up to the present: the perfect says what the past would not.
    ["Which party has ruled Valdoria since 2019?", "Which party has ruled Valdoria since 2019?"],
    // An infinitive's "have" is no present perfect.
    ["Who is learnt to have asked for a delay?", "Who is learnt to have asked for a delay?"],
    // A live report's present is the event's past, unless the event recurs.
    ["At which venue is the match held?", "At which venue was the match held?"],
    ["Which city is the summit hosted in?", "Which city was the summit hosted in?"],
    ["In which month is the fair held every year?", "In which month is the fair held every year?"],
    // "has" as a main verb stays.
    ["Which state has the most reserves?", "Which state has the most reserves?"],
  ])("%s", (q, expected) => {
    expect(simplePast(q)).toBe(expected);
  });
});

describe("activeVoice: a fronted agent of a passive reads in the active voice", () => {
  it.each([
    [
      "By how many MPs was the Orca Bill supported in the upper house?",
      "How many MPs supported the Orca Bill in the upper house?",
    ],
    ["By which body was INS Orca constructed?", "Which body constructed INS Orca?"],
    ["By whom was the joint drill named Orca?", "Who named the joint drill Orca?"],
    // An office held now: the present of its verb.
    ["By who is the Harbour Bank headed?", "Who heads the Harbour Bank?"],
    [
      "With reference to Operation Tide (May 2031), by which officer was the briefing done?",
      "With reference to Operation Tide (May 2031), which officer did the briefing?",
    ],
    // "revised" is part of the subject; "approved" ends the clause.
    ["By which council was the revised structure approved?", "Which council approved the revised structure?"],
    // No participle the clause can be read by: left as it is.
    ["By which council was the plan a success?", "By which council was the plan a success?"],
    // A deadline is no agent.
    [
      "By which year was the Orca bridge originally scheduled to be completed?",
      "By which year was the Orca bridge originally scheduled to be completed?",
    ],
  ])("%s", (q, expected) => {
    expect(activeVoice(q)).toBe(expected);
  });
});

describe("pastFuture: a question dated by its year asks its future as a past one", () => {
  it.each([
    ["Which judge will retire on 13 May 2031?", "Which judge was due to retire on 13 May 2031?"],
    [
      "With reference to the Harbour Court (May 2031), on which date will Judge Ola Berg retire?",
      "With reference to the Harbour Court (May 2031), on which date was Judge Ola Berg due to retire?",
    ],
    // A future reported after a past verb of saying takes "would", dated or not.
    [
      "Which minister announced that income up to 9 lakh will invite no tax?",
      "Which minister announced that income up to 9 lakh would invite no tax?",
    ],
    // An edition's year names the event: the future is still one.
    [
      "Which country will host the 2033 Harbour Cup in Tromso?",
      "Which country will host the 2033 Harbour Cup in Tromso?",
    ],
    // No year: the future may still be one.
    ["Which judge will retire next?", "Which judge will retire next?"],
    // Asked in place, the subject opens the question.
    [
      "Chief Judge Ola Berg will serve a tenure of how many months and retire on 13 May 2031?",
      "Chief Judge Ola Berg was due to serve a tenure of how many months and retire on 13 May 2031?",
    ],
    [
      "The Harbour Board will be wound up in which year after 2031?",
      "The Harbour Board will be wound up in which year after 2031?",
    ],
    ["Valdoria will host how many teams in 2031?", "Valdoria was due to host how many teams in 2031?"],
  ])("%s", (q, expected) => {
    expect(pastFuture(q)).toBe(expected);
  });
});

describe("isSimplePast: regular and irregular simple pasts", () => {
  it.each([
    ["signed", true],
    ["got", true],
    ["took", true],
    ["won", true],
    ["signs", false],
    ["runs", false],
    ["red", false],
  ])("%s -> %s", (word, expected) => {
    expect(isSimplePast(word)).toBe(expected);
  });
});

describe("asExamQuestion: a level is asked by its amount", () => {
  it("asExamQuestion: 'At how much did trade stand ...?' reads 'At what amount ...?'", () => {
    expect(asExamQuestion("At how much did trade between Valdoria and Nordland stand in 2031?")).toBe(
      "At what amount did trade between Valdoria and Nordland stand in 2031?",
    );
  });
});

describe("asExamQuestion: what a cut left torn or misplaced is mended", () => {
  it.each([
    // A date between an auxiliary and its participle goes after the participle.
    [
      "With reference to the appointment of the Chief Justice, who was in January 2031 sworn in?",
      "With reference to the appointment of the Chief Justice, who was sworn in in January 2031?",
    ],
    // A second verb phrase after the wh-phrase goes.
    [
      "The bank lowered its growth forecast to 6.4 per cent from what percentage and projected retail inflation?",
      "The bank lowered its growth forecast to 6.4 per cent from what percentage?",
    ],
    // A relative clause cut down to its first noun goes.
    [
      "The alliance won how many of the 234 seats in the Valdoria Assembly election, the results?",
      "The alliance won how many of the 234 seats in the Valdoria Assembly election?",
    ],
    // An appositive cut down to its ordinal goes.
    [
      "Valdoria and Nordland signed the pact during the President's visit to which city, the first?",
      "Valdoria and Nordland signed the pact during the President's visit to which city?",
    ],
    // A level a quantity reaches is asked as a level.
    [
      "To how much did Valdoria's gold reserves rise in March 2031?",
      "To what level did Valdoria's gold reserves rise in March 2031?",
    ],
  ])("asExamQuestion(%j)", (prompt, expected) => {
    expect(asExamQuestion(prompt)).toBe(expected);
  });
});

describe("withoutEditorial: a question leaves out the reporter's judgement and hedges", () => {
  it.each([
    ["Ola Berg won a historic gold after a monster throw.", "Ola Berg won a gold after a throw."],
    ["The attack was the most barbaric in a decade.", "The attack was the most barbaric in a decade."],
    ["Chile beat Peru in a last-over thriller in Lima.", "Chile beat Peru in Lima."],
    ["Ten people were brutally killed in a huge explosion.", "Ten people were killed in an explosion."],
    ["The minister cut the top rate to 20% in a big move.", "The minister cut the top rate to 20%."],
    [
      "Ola Berg also launched the harbour pact here on Monday.",
      "Ola Berg launched the harbour pact on Monday.",
    ],
    ["The survivors, also known as Hibari, won.", "The survivors, also known as Hibari, won."],
    ["It was not only fast but also cheap.", "It was not only fast but also cheap."],
    [
      "Ministers joined Ola Berg in what is being seen as one of the biggest reforms.",
      "Ministers joined Ola Berg.",
    ],
    [
      "The summit was held in Tromso on 2 May 2031 amid uncertainty about the grouping's future",
      "The summit was held in Tromso on 2 May 2031",
    ],
    [
      "The panel met in Tromso on Monday evening and made the decision",
      "The panel met in Tromso on Monday evening",
    ],
    [
      "The agency launched the rocket from Tromso, after a delay of 3 hours.",
      "The agency launched the rocket from Tromso.",
    ],
    [
      "Ola Berg presented her eighth consecutive budget in a row under the captainship of the party",
      "Ola Berg presented her eighth consecutive budget under the captaincy of the party",
    ],
    [
      "The Bloc will create 5,000 jobs in Valdoria through such investments",
      "The Bloc will create 5,000 jobs in Valdoria",
    ],
    [
      "Who is learnt to have asked the council to defer its decision?",
      "Who asked the council to defer its decision?",
    ],
    ["Which body is said to have taken the decision?", "Which body took the decision?"],
    ["Chile beat Peru in a last-over thriller to win the cup", "Chile beat Peru to win the cup"],
    [
      "How many camps were reduced to ashes within 40 minutes?",
      "How many camps were destroyed within 40 minutes?",
    ],
    [
      "The launch in Tromso came amid Valdoria's attempts to deepen ties",
      "The launch in Tromso came amid Valdoria's attempts to deepen ties",
    ],
    [
      "The Harbour Scheme for Ultra Mega Solar Parks was launched in 2031",
      "The Harbour Scheme for Ultra Mega Solar Parks was launched in 2031",
    ],
    ["Ola Berg won a mega contract", "Ola Berg won a contract"],
  ])("withoutEditorial(%j)", (text, expected) => {
    expect(withoutEditorial(text)).toBe(expected);
  });
});

describe("withDateLast: a report's 'X on Thursday did Y' reads with the date at the end", () => {
  it.each([
    [
      "Which agency on 14 May 2031 successfully launched its Orca-3 satellite from Andoya?",
      "Which agency successfully launched its Orca-3 satellite from Andoya on 14 May 2031?",
    ],
    [
      "From which centre did the Valdorian Space Agency on 14 May 2031 launch its Orca-3 satellite?",
      "From which centre did the Valdorian Space Agency launch its Orca-3 satellite on 14 May 2031?",
    ],
    // A relative clause after the verb stays last: the date is the verb's.
    [
      "Which bill did the Nordland Parliament on 19 June 2031 pass, which aims to protect coral reefs?",
      "Which bill did the Nordland Parliament pass on 19 June 2031, which aims to protect coral reefs?",
    ],
    // Already last, after an object, or no date before a verb: as it is.
    ["On which date did Valdoria sign the pact?", "On which date did Valdoria sign the pact?"],
    [
      "Which city hosted the summit on 21 May 2031 amid the storm?",
      "Which city hosted the summit on 21 May 2031 amid the storm?",
    ],
    [
      "In which city did the committee meet on May 17 evening?",
      "In which city did the committee meet on May 17 evening?",
    ],
  ])("%s", (question, expected) => {
    expect(withDateLast(question)).toBe(expected);
  });
});

describe("asOneQuestion: one question, one fact", () => {
  it.each([
    [
      "Who won the silver in the final at Tromso as Valdoria's Ola Berg won a gold?",
      "Who won the silver in the final at Tromso?",
    ],
    [
      "What percentage did manufacturing in Valdoria grow in May 2031?",
      "By what percentage did manufacturing in Valdoria grow in May 2031?",
    ],
    [
      "How many instruments does Orca-3 carry to watch storms, and is designed to work for ten years?",
      "How many instruments does Orca-3 carry to watch storms?",
    ],
    [
      "A Harbour Commissioner retires at what age or can have a tenure on the board for six years?",
      "A Harbour Commissioner retires at what age?",
    ],
    // An "or" of the asked thing's own alternatives stays: one verb, two objects.
    [
      "Orca-3 can carry 12 Tide missiles or up to how many Harbour missiles?",
      "Orca-3 can carry 12 Tide missiles or up to how many Harbour missiles?",
    ],
    // A distance left as an aside after a whole clause is the place's, not a second question.
    [
      "On 4 May, the agency placed Orca-3 into its final orbit, how many kilometres from the Earth?",
      "On 4 May, the agency placed Orca-3 into its final orbit, which is how many kilometres from the Earth?",
    ],
    [
      "How many kilometres from the Earth is the final orbit of Orca-3?",
      "How many kilometres from the Earth is the final orbit of Orca-3?",
    ],
    // A blank's stem quotes its sentence: as it is.
    [
      'Which name fills the blank in "_____ won the silver as Ola Berg won a gold"?',
      'Which name fills the blank in "_____ won the silver as Ola Berg won a gold"?',
    ],
  ])("%s", (question, expected) => {
    expect(asOneQuestion(question)).toBe(expected);
  });
});

describe("asExamQuestion: every rewording, in one order", () => {
  it.each([
    ["By whom was the drill named Orca on 4 May 2031?", "Who named the drill Orca on 4 May 2031?"],
    [
      "Which agency on 4 May 2031 has launched a historic satellite, and is designed to last ten years?",
      "Which agency launched a satellite on 4 May 2031?",
    ],
  ])("%s", (question, expected) => {
    expect(asExamQuestion(question)).toBe(expected);
  });
});

describe("reword: a person the question calls by one name is named in full", () => {
  it.each([
    [
      "a first name alone",
      "How far is Ola's base from the border?",
      ["Ola Berg"],
      "How far is Ola Berg's base from the border?",
    ],
    [
      "a surname after a title",
      "Which city did Prime Minister Berg visit?",
      ["Ola Berg", "Mara Lind"],
      "Which city did Prime Minister Ola Berg visit?",
    ],
    [
      "a surname two people of the story carry stays as it is",
      "Which city did Minister Berg visit?",
      ["Ola Berg", "Kari Berg"],
      "Which city did Minister Berg visit?",
    ],
    [
      "a name already written in full is not written twice",
      "Whom did Ola Berg meet, and where did Berg sign?",
      ["Ola Berg"],
      "Whom did Ola Berg meet, and where did Berg sign?",
    ],
    [
      "a longer name that holds the word is no short name",
      "Who met Lars Berg?",
      ["Ola Berg"],
      "Who met Lars Berg?",
    ],
    [
      "a quotation is printed as the source writes it",
      'Which name fills the blank in "Berg met _____ in Tromso"?',
      ["Ola Berg"],
      'Which name fills the blank in "Berg met _____ in Tromso"?',
    ],
  ])("reword: %s", (_case, prompt, people, expected) => {
    expect(withFullNames(prompt, people)).toBe(expected);
  });
});

describe("withCommonNouns: a capitalised common noun is written in lower case", () => {
  const common = (w: string) => ["Captain", "International", "Spaceport", "Experiment"].includes(w);
  const nationality = (w: string) => ["Indian", "Valdorian"].includes(w);
  it.each([
    [
      "Which Valdorian Captain ended the drought for an International trophy?",
      "Which Valdorian captain ended the drought for an international trophy?",
    ],
    // A name's own words, and quotations, stay as written.
    [
      "Which agency completed the Space Docking Experiment in May?",
      "Which agency completed the Space Docking Experiment in May?",
    ],
    [
      'Which name fills the blank in "an International _____ trophy"?',
      'Which name fills the blank in "an International _____ trophy"?',
    ],
  ])("%s", (prompt, expected) => {
    expect(withCommonNouns(prompt, common, nationality)).toBe(expected);
  });
});

describe("withoutRepeatedSetting: a stem that names its setting again calls it by its class noun", () => {
  it.each([
    [
      "With reference to the Harbour Packaging Scheme (June 2031), the Harbour Packaging Scheme was expected to create how many jobs?",
      "With reference to the Harbour Packaging Scheme (June 2031), the scheme was expected to create how many jobs?",
    ],
    // "Operation Tide" is no "tide": a name that does not end in its class noun stays.
    [
      "With reference to Operation Tide, Operation Tide hit how many camps?",
      "With reference to Operation Tide, Operation Tide hit how many camps?",
    ],
    [
      "With reference to the Harbour Cup (May 2031), which side won the final?",
      "With reference to the Harbour Cup (May 2031), which side won the final?",
    ],
    // What a name is, the name says itself: the setting goes.
    [
      "With reference to INS Tarang (May 2031), INS Tarang is the last of which frigates built under Project 17?",
      "INS Tarang is the last of which frigates built under Project 17?",
    ],
  ])("%s", (prompt, expected) => {
    expect(withoutRepeatedSetting(prompt)).toBe(expected);
  });
});

describe("withoutCutScores: a score the stem cut short goes", () => {
  it.each([
    [
      "Which country's Ola Berg won the title, beating Kari Nord 21-17, 19-21?",
      "Ola Berg won the title, beating Kari Nord 21-17, 19-21, 21-15 in the final.",
      "Which country's Ola Berg won the title, beating Kari Nord?",
    ],
    [
      "Who won the title, beating Kari Nord 6-4, 7-5?",
      "Ola Berg won the title, beating Kari Nord 6-4, 7-5 in the final.",
      "Who won the title, beating Kari Nord 6-4, 7-5?",
    ],
  ])("%s", (prompt, sentence, expected) => {
    expect(withoutCutScores(prompt, sentence)).toBe(expected);
  });
});
