import { activeVoice, ask, pastFuture, simplePast } from "@/questions/pipeline/ask";

describe("ask: a sentence and the span of its answer become a question", () => {
  const rows: [string, string, string, string, string | null][] = [
    [
      "year on the verb",
      "Brazil and Japan signed a satellite deal in 2019.",
      "2019",
      "which year",
      "In which year did Brazil and Japan sign a satellite deal?",
    ],
    [
      "an opening phrase of time goes to the end, and the question keeps no comma",
      "During 2020 to 2024, Chile added 12 new reserves to the list.",
      "12 new reserves",
      "how many new reserves",
      "How many new reserves did Chile add to the list during 2020 to 2024?",
    ],
    [
      "an opening subordinate clause goes whole, not just its subordinator",
      "After the talks ended, Peru signed four pacts.",
      "four pacts",
      "how many pacts",
      "How many pacts did Peru sign?",
    ],
    [
      "a 'when' clause takes its time from the clause before: no question without it",
      "Census data was last released in 2018, when Chile had 2,967 condors.",
      "2,967 condors",
      "how many condors",
      null,
    ],
    [
      "a phrase after a participle is not fronted on the main verb the tagger missed",
      "At present, Chile harbours a maximum number of reserves followed by Peru.",
      "Peru",
      "which country",
      "Chile harbours a maximum number of reserves followed by which country at present?",
    ],
    [
      "a time phrase far from its verb still fronts, with no other verb between",
      "Chile beat Peru in a last-over thriller to clinch the 2031 Andean Cup title with a nine-run win in the final on 3 May 2031.",
      "3 May 2031",
      "which date",
      "On which date did Chile beat Peru in a last-over thriller to clinch the 2031 Andean Cup title with a nine-run win in the final?",
    ],
    [
      "a date after the second of two joined verbs is asked of that verb alone",
      "Judge Ola Berg will serve a tenure of just over six months and retire on May 13, 2031.",
      "May 13, 2031",
      "which date",
      "On which date will Judge Ola Berg retire?",
    ],
    [
      "a 'that' clause closed by a comma describes its noun: the phrase after the comma fronts on the main verb",
      "The navy has recovered the crew module that splashed down after the test flight, in the bay on 21 October 2031.",
      "21 October 2031",
      "which date",
      "On which date did the navy recover the crew module in the bay?",
    ],
    [
      "'As of' opens a time phrase that goes to the end",
      "As of 2031, Valdoria has 3,167 condors.",
      "3,167 condors",
      "how many condors",
      "How many condors does Valdoria have as of 2031?",
    ],
    [
      "'According to X,' names its source at the end of the question",
      "According to the ministry, 40 houses were destroyed in Tromso.",
      "40 houses",
      "how many houses",
      "How many houses were destroyed in Tromso according to the ministry?",
    ],
    [
      "a participle's 'by' phrase between subject and verb is left out",
      "The selection committee, headed by Prime Minister Mara Lind, met in Tromso on 17 February 2031.",
      "Tromso",
      "which city",
      "In which city did the selection committee meet on 17 February 2031?",
    ],
    [
      "a 'born on' aside is left out, its date's comma with it",
      "Ola Berg, born on March 3, 1950, was elected to the harbour council in 1979.",
      "Ola Berg",
      "who",
      "Who was elected to the harbour council in 1979?",
    ],
    [
      "an adverb between the auxiliary and its participle stays with the verb",
      "Condor census data was last released in 2018.",
      "2018",
      "which year",
      "In which year was Condor census data last released?",
    ],
    [
      "a 'which was' clause describing the subject is left out",
      "Project Condor, which was launched in 1990 by the Valdorian state, completed its jubilee on 1 April 2031.",
      "1 April 2031",
      "which date",
      "On which date did Project Condor complete its jubilee?",
    ],
    [
      "', and 6 more ...' after the answer is another clause, and goes",
      "Valdoria exempted 36 medicines from duty, and 6 more to see a lower duty of 5 per cent.",
      "36 medicines",
      "how many medicines",
      "How many medicines did Valdoria exempt from duty?",
    ],
    [
      "a 'while' clause after the answer is a clause of its own, and goes",
      "In the Senate, the Harbour Bill was supported by 61 senators while 38 voted against it.",
      "61 senators",
      "how many senators",
      "By how many senators was the Harbour Bill supported in the Senate?",
    ],
    [
      "an opening phrase before a calling and a name goes to the end",
      "In Tromso 2031, sprinter Ola Berg has won two bronze medals.",
      "two bronze medals",
      "how many bronze medals",
      "How many bronze medals did sprinter Ola Berg win in Tromso 2031?",
    ],
    [
      "an opening phrase before a subject with 'the' goes to the end",
      "In the Senate, the Harbour Bill got 61 votes in its favour.",
      "61 votes",
      "how many votes",
      "How many votes did the Harbour Bill get in its favour in the Senate?",
    ],
    [
      "an aside opening on 'the' is left out, and 'was held' inverts on its auxiliary",
      "The fourth summit was held in Tromso, the hometown of the President, on September 21, 2031.",
      "Tromso",
      "which city",
      "In which city was the fourth summit held on September 21, 2031?",
    ],
    [
      "an aside before a source is no aside: it stays (the generic path refuses the comma), the source goes",
      "Valdoria's economy grew 7.8 per cent in the quarter, the fastest pace in years, data released by the office showed.",
      "the quarter",
      "which period",
      "In which period did Valdoria's economy grow 7.8 per cent, the fastest pace in years?",
    ],
    [
      "the figure a copula gives its subject is asked with the copula inverted",
      "In the final, Ola Berg's first throw was 89.34m.",
      "89.34m",
      "how many metres",
      "How many metres was Ola Berg's first throw in the final?",
    ],
    [
      "a copula's figure with a clause after it stays in place",
      "The old record was 90.57m that was set in 2008 by Ola Berg.",
      "90.57m",
      "how many metres",
      "The old record was how many metres that was set in 2008 by Ola Berg?",
    ],
    [
      "adverbs between an auxiliary and its verb go with the verb: the object still fronts",
      "The council has so far approved five harbour plans within a month.",
      "five harbour plans",
      "how many harbour plans",
      "How many harbour plans has the council so far approved within a month?",
    ],
    [
      "'following which' opens a clause of its own: the question ends before it",
      "Judge Ola Berg recommended Mara Lind's name as his successor on 17 October 2031 following which, the Centre notified her appointment.",
      "17 October 2031",
      "which date",
      "On which date did Judge Ola Berg recommend Mara Lind's name as his successor?",
    ],
    [
      "an object right after the second of two joined verbs is asked of that verb alone",
      "Peru visited Lima on Monday and opened three new consulates.",
      "three new consulates",
      "how many new consulates",
      "How many new consulates did Peru open?",
    ],
    [
      "a verb in -s the tagger took for a noun after a name leaves no safe inversion",
      "Nordland moves closer to full Harbour Bloc membership under Valdoria's presidency in 2031.",
      "2031",
      "which year",
      // Asked in place, which the gate refuses: the caller falls back to a blank.
      "Nordland moves closer to full Harbour Bloc membership under Valdoria's presidency in which year?",
    ],
    [
      "a place after two joined verbs keeps both",
      "Valdoria beat Ruritania and won the title in Portston.",
      "Portston",
      "which city",
      "In which city did Valdoria beat Ruritania and win the title?",
    ],
    [
      "a time phrase after another verb's clause stays in place",
      "Chile said the deal signed by the two sides last week was agreed in 2019.",
      "2019",
      "which year",
      "Chile said the deal signed by the two sides last week was agreed in which year?",
    ],
    [
      "a time phrase between commas before the verb, and a second verb after 'and then'",
      "The moment came days after the agency, on 12 May 2031, brought the two craft to three metres and then placed them back at a safe distance.",
      "12 May 2031",
      "which date",
      "On which date did the agency bring the two craft to three metres and then place them back at a safe distance?",
    ],
    [
      "a gerund after a preposition is no verb to invert on",
      "Another reason for holding the summit in Chile was that it gave the leader a last chance to attend.",
      "Chile",
      "which country",
      "Another reason for holding the summit in which country was that it gave the leader a last chance to attend?",
    ],
    [
      "where a trip went is the trip's, not the verb's",
      "The visit comes six weeks after his trip to Lima which drew criticism.",
      "Lima",
      "which city",
      "The visit comes six weeks after his trip to which city which drew criticism?",
    ],
    [
      "a progressive inverts on its auxiliary",
      "Chile is signing a trade pact with four developed nations for the first time.",
      "four developed nations",
      "how many developed nations",
      "With how many developed nations is Chile signing a trade pact for the first time?",
    ],
    [
      "a time phrase between commas after the subject goes to the end",
      "The agency, on 12 May 2031, brought the two craft to three metres in a trial.",
      "three metres",
      "how many metres",
      "To how many metres did the agency bring the two craft in a trial on 12 May 2031?",
    ],
    [
      "subject",
      "Chile hosted the Andean Mining Conference in Valparaiso.",
      "Chile",
      "which country",
      "Which country hosted the Andean Mining Conference in Valparaiso?",
    ],
    [
      "object count",
      "The Kenyan navy bought four patrol boats from Norway.",
      "four patrol boats",
      "how many patrol boats",
      "How many patrol boats did the Kenyan navy buy from Norway?",
    ],
    [
      "object name",
      "Peru joined the Pacific Fisheries Compact in 2012.",
      "Pacific Fisheries Compact",
      "which grouping",
      "Which grouping did Peru join in 2012?",
    ],
    [
      "object with adjectives of its own",
      "Parliament passed the contentious Harbour Bill after a long debate.",
      "Harbour Bill",
      "which bill",
      "Which bill did Parliament pass after a long debate?",
    ],
    [
      "a date between the subject and its verb",
      "The Harbour Council on 3 May approved a new two-rate tariff.",
      "3 May",
      "which date",
      "On which date did the Harbour Council approve a new two-rate tariff?",
    ],
    [
      "a second verb joined by 'and' takes its base form too",
      "The Valdorian Senate had assembled at 11 am on 3 May and took up the harbour bill.",
      "3 May",
      "which date",
      "On which date did the Valdorian Senate assemble at 11 am and take up the harbour bill?",
    ],
    [
      "'as' before a role opens no clause",
      "Her tenure as Chief Justice of Valdoria will end on 3 May 2031.",
      "3 May 2031",
      "which date",
      "On which date will her tenure as Chief Justice of Valdoria end?",
    ],
    [
      "a preposition of several words moves whole",
      "The submarine Orca was commissioned at Harbourton in the presence of Defence Minister Ola Berg.",
      "Defence Minister Ola Berg",
      "which Defence Minister",
      "In the presence of which Defence Minister was the submarine Orca commissioned at Harbourton?",
    ],
    [
      "'under the captaincy of' moves whole too (the generic path words it 'Under whose captaincy')",
      "Valdoria had last won the Harbour Cup in 2007 under the captaincy of Ola Berg.",
      "Ola Berg",
      "who",
      "Under the captaincy of who had Valdoria last won the Harbour Cup in 2007?",
    ],
    [
      "answer inside a quotation",
      '"We will build the Aurora Bridge," said the mayor of Valdoria.',
      "Aurora Bridge",
      "which bridge",
      null,
    ],
  ];
  it.each(rows)("ask: %s", (_label, sentence, answer, wh, expected) => {
    const start = sentence.indexOf(answer);
    expect(ask(sentence, { start, end: start + answer.length }, wh)).toBe(expected);
  });
});

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
    ["By which body was INS Orca constructed?", "Which body constructed INS Orca?"],
    ["By whom was the joint drill named Orca?", "Who named the joint drill Orca?"],
    [
      "With reference to Operation Tide (May 2031), by which officer was the briefing done?",
      "With reference to Operation Tide (May 2031), which officer did the briefing?",
    ],
    // "revised" is part of the subject; "approved" ends the clause.
    ["By which council was the revised structure approved?", "Which council approved the revised structure?"],
    // No participle the clause can be read by: left as it is.
    ["By which council was the plan a success?", "By which council was the plan a success?"],
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
      "Which minister announced that income up to 5 lakh will invite no tax?",
      "Which minister announced that income up to 5 lakh would invite no tax?",
    ],
    // No year: the future may still be one.
    ["Which judge will retire next?", "Which judge will retire next?"],
  ])("%s", (q, expected) => {
    expect(pastFuture(q)).toBe(expected);
  });
});
