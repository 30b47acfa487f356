import { ask } from "@/questions/pipeline/ask";

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
