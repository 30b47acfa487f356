import { ask } from "@/questions/pipeline/ask";

describe("ask: a sentence and the span of its answer become a question", () => {
  const rows: [string, string, string, string, string | null][] = [
    [
      "a plural with no 's' that opens the sentence ('Women') is written in lower case",
      "Women won 74 seats in the Valdorian Parliament in 2031.",
      "74 seats",
      "how many seats",
      "How many seats did women win in the Valdorian Parliament in 2031?",
    ],
    [
      "a second verb of the subject after 'and' ('and cuts the ...') is no part of the first's question",
      "The bridge across the Gulf of Orca was opened on 9 May 2031 and cuts the road journey by six hours.",
      "9 May 2031",
      "which date",
      "On which date was the bridge across the Gulf of Orca opened?",
    ],
    [
      "a noun of action that opens the sentence is written in lower case, but Parliament keeps its capital",
      "Construction was completed in 62 months at Tromso.",
      "62 months",
      "how many months",
      "In how many months was construction completed at Tromso?",
    ],
    [
      "a short gerund that opens the sentence names an activity too",
      "Voting was held in a single phase on 20 February 2032.",
      "20 February 2032",
      "which date",
      "On which date was voting held in a single phase?",
    ],
    [
      "a headline's 'set to' takes back its 'is'",
      "Ola Berg set to take oath on 15 March 2032",
      "15 March 2032",
      "which date",
      "On which date is Ola Berg set to take oath?",
    ],
    [
      "a gerund that opens the sentence names an activity, in lower case",
      "Manufacturing expanded 8.9 per cent in Valdoria in the fourth quarter.",
      "8.9 per cent",
      "by what percentage",
      "By what percentage did manufacturing expand in Valdoria in the fourth quarter?",
    ],
    [
      "the answer's bracketed acronym and the edition's year after it go with it",
      "Valdoria has been ranked 96th out of 126 countries in the Harbour Hunger Index (HHI) 2032, with a score of 19.6.",
      "Harbour Hunger Index",
      "which index",
      "In which index has Valdoria been ranked 96th out of 126 countries, with a score of 19.6?",
    ],
    [
      "a second verb phrase with a figure of its own is no part of the first's question",
      "The Harbour Mission is expected to cut fuel imports by Rs 1 lakh crore and reduce annual emissions by 50 million tonnes.",
      "Rs 1 lakh crore",
      "how much",
      "By how much is the Harbour Mission expected to cut fuel imports?",
    ],
    [
      "'as' before a country's office opens no clause, and a span up to now keeps its perfect",
      "Mara Lind has served as Norway's Foreign Minister since 2027.",
      "2027",
      "which year",
      "Since which year has Mara Lind served as Norway's Foreign Minister?",
    ],
    [
      "a subject's 'chaired by X' with no commas is no part of what the subject did",
      "The Union Cabinet chaired by Prime Minister Ola Berg on 9 July 2031 approved the extension of the Harbour scheme.",
      "9 July 2031",
      "which date",
      "On which date did the Union Cabinet approve the extension of the Harbour scheme?",
    ],
    [
      "who chaired the subject is asked of no verb of the clause",
      "The Union Cabinet chaired by Prime Minister Ola Berg on 9 July 2031 approved the extension of the Harbour scheme.",
      "Ola Berg",
      "who",
      null,
    ],
    [
      "a date between a named subject and its verb goes after the clause",
      "The Harbour Bank of Valdoria on 6 February 2032 cut the repo rate by 25 basis points to 5.75 per cent.",
      "5.75 per cent",
      "what percentage",
      "To what percentage did the Harbour Bank of Valdoria cut the repo rate by 25 basis points on 6 February 2032?",
    ],
    [
      "a 'six-member' subject's 'headed by X' is no part of what it did",
      "The six-member Monetary Policy Committee headed by Governor Ola Berg voted unanimously for the cut on Friday.",
      "Ola Berg",
      "who",
      null,
    ],
    [
      "a second verb in the past with its own figure ends the first's question",
      "The bank kept its growth forecast at 6.7 per cent and lowered its inflation projection to 3.9 per cent.",
      "6.7 per cent",
      "what percentage",
      "At what percentage did the bank keep its growth forecast?",
    ],
    [
      "a common noun capitalised only because it opened the sentence is lowered",
      "Consumer price inflation fell to 2.8 per cent in December.",
      "2.8 per cent",
      "what percentage",
      "To what percentage did consumer price inflation fall in December?",
    ],
    [
      "a plural noun with its 'of' phrase is lowered, the name after it is not",
      "Leaders of the Harbour Group adopted the Tromso Declaration at the end of the summit.",
      "Tromso Declaration",
      "which declaration",
      "Which declaration did leaders of the Harbour Group adopt at the end of the summit?",
    ],
    [
      "a known city before a common noun keeps its capital",
      "Mumbai police arrested the Harbour gang on Monday.",
      "Harbour gang",
      "which gang",
      "Which gang did Mumbai police arrest on Monday?",
    ],
    [
      "two names joined by 'and' keep their capitals",
      "Valdoria and Nordland signed the Harbour Agreement in Tromso.",
      "Harbour Agreement",
      "which agreement",
      "Which agreement did Valdoria and Nordland sign in Tromso?",
    ],
    [
      "', and <Name> (ACRONYM) will ...' opens a clause of its own",
      "A working group will be set up, and Harbour Minerals Limited (HML) will acquire stakes in two lithium blocks.",
      "two lithium blocks",
      "how many lithium blocks",
      "In how many lithium blocks will Harbour Minerals Limited (HML) acquire stakes?",
    ],
    [
      "', and the first award was given in 1965' is a clause of its own: its year is not the first clause's",
      "The Harbour Award was instituted in 1961, and the first award was given in 1965 to writer Ola Berg.",
      "1965",
      "which year",
      "In which year was the first award given to writer Ola Berg?",
    ],
    [
      "the date between a subject and its verb is asked after the clause, without the aside after a comma",
      "Ola Berg on 14 July 2031 was sworn in as Prime Minister of Valdoria, a week after his party won the election.",
      "14 July 2031",
      "which date",
      "On which date was Ola Berg sworn in as Prime Minister of Valdoria?",
    ],
    [
      "a calling before a name is a common noun",
      "Spinner Ola Berg took nine wickets in the match.",
      "nine wickets",
      "how many wickets",
      "How many wickets did spinner Ola Berg take in the match?",
    ],
    [
      "'as Valdoria's 59th tiger reserve' is a role, not a clause of its own",
      "The Nordgarh Sanctuary has been notified as Valdoria's 59th tiger reserve.",
      "Nordgarh Sanctuary",
      "which sanctuary",
      "Which sanctuary has been notified as Valdoria's 59th tiger reserve?",
    ],
    [
      "an adverb and a hyphenated verb after a date between subject and verb",
      "The Harbour Agency on 24 September 2031 successfully flight-tested the Orca missile off the coast.",
      "Harbour Agency",
      "which agency",
      "Which agency successfully flight-tested the Orca missile off the coast on 24 September 2031?",
    ],
    [
      "a calling before a name is part of the subject a date follows",
      "Valdorian writer Ola Berg on 11 November 2031 won the Harbour Prize for her debut novel.",
      "Harbour Prize",
      "which prize",
      "Which prize did Valdorian writer Ola Berg win for her debut novel on 11 November 2031?",
    ],
    [
      "'and is an alumnus of ...' is a second clause",
      "Ola Berg was commissioned into the Regiment of Artillery in December 1988 and is an alumnus of the Harbour Academy.",
      "December 1988",
      "which month",
      "In which month was Ola Berg commissioned into the Regiment of Artillery?",
    ],
    [
      "'A five-judge Bench headed by X delivered ...': who headed it is asked of no verb",
      "A five-judge Bench headed by Chief Justice Mara Lind delivered the verdict on Monday.",
      "Mara Lind",
      "who",
      null,
    ],
    [
      "a hyphenated describing word in the subject, and an irregular past after the date",
      "A five-judge Bench of the Harbour Court on 16 October 2031 upheld the abolition of the Nordland Council.",
      "16 October 2031",
      "which date",
      "On which date did a five-judge Bench of the Harbour Court uphold the abolition of the Nordland Council?",
    ],
    [
      "a decimal point in the phrase after a coordinated name is no full stop",
      "The Cabinet approved three units in Gujarat and Assam at a cost of Rs 1.3 lakh crore.",
      "Gujarat",
      "which state",
      "In which state did the Cabinet approve three units?",
    ],
    [
      "a cost is asked 'At what cost'",
      "The tunnel was built at a cost of Rs 3,100 crore by the Harbour Rail Corporation.",
      "at a cost of Rs 3,100 crore",
      "at what cost",
      "At what cost was the tunnel built by the Harbour Rail Corporation?",
    ],
    [
      "an adverb between a fronted time phrase and the verb goes with the verb",
      "The agency on 13 May 2031 successfully launched the Orca-5 satellite from Tromso.",
      "13 May 2031",
      "which date",
      "On which date did the agency successfully launch the Orca-5 satellite from Tromso?",
    ],
    [
      "a time phrase between an auxiliary and its participle goes after the clause",
      "The Harbour Bank had in May 2031 projected growth of 6.8 per cent for the year.",
      "May 2031",
      "which month",
      "In which month did the Harbour Bank project growth of 6.8 per cent for the year?",
    ],
    [
      "a second main clause after ', and' is no part of the first's question",
      "The Nordland Assembly had passed the resolution in March 2029, and Parliament enacted the Harbour Act in August 2030.",
      "March 2029",
      "which month and year",
      "In which month and year did the Nordland Assembly pass the resolution?",
    ],
    [
      "the second main clause is asked on its own",
      "The Nordland Assembly had passed the resolution in March 2029, and Parliament enacted the Harbour Act in August 2030.",
      "August 2030",
      "which month and year",
      "In which month and year did Parliament enact the Harbour Act?",
    ],
    [
      "a title before a name keeps its capital",
      "President Ola Berg appointed four Governors in May.",
      "four Governors",
      "how many Governors",
      "How many Governors did President Ola Berg appoint in May?",
    ],
    [
      "a date between the auxiliary and its participle is fronted with it",
      "Valdoria's Foreign Minister Ola Berg was on Tuesday elected President of the Harbour Assembly.",
      "Tuesday",
      "which date",
      "On which date was Valdoria's Foreign Minister Ola Berg elected President of the Harbour Assembly?",
    ],
    [
      "a passive's participle is the clause's own verb, however far the time phrase stands",
      "Foreign Minister Ola Berg was elected President of the annual session of the Harbour Assembly on 3 June.",
      "3 June",
      "which date",
      "On which date was Foreign Minister Ola Berg elected President of the annual session of the Harbour Assembly?",
    ],
    [
      "a plural common noun that opens the sentence loses its capital",
      "Farmers received 12 tractors in May.",
      "12 tractors",
      "how many tractors",
      "How many tractors did farmers receive in May?",
    ],
    [
      "a country that opens the sentence keeps its capital",
      "Maldives received 12 ships in May.",
      "12 ships",
      "how many ships",
      "How many ships did Maldives receive in May?",
    ],
    [
      "a capital the sentence's start gave a word before a plural noun goes; a demonym's stays",
      "Human trials are expected to begin in 2027.",
      "2027",
      "which year",
      "In which year are human trials expected to begin?",
    ],
    [
      "a demonym before a plural noun keeps its capital",
      "Norwegian bowlers defended 184 in Tromso.",
      "Tromso",
      "which city",
      "In which city did Norwegian bowlers defend 184?",
    ],
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
      "Census data was last released in 2019, when Chile had 1,874 condors.",
      "1,874 condors",
      "how many condors",
      null,
    ],
    [
      "a main-verb 'had' before 'an estimated' takes do-support: the participle describes the noun",
      "Chile had an estimated 1,874 condors in 2031, about 40 per cent of the world's population.",
      "2031",
      "which year",
      "In which year did Chile have an estimated 1,874 condors, about 40 per cent of the world's population?",
    ],
    [
      "a phrase on the object of an '-ing' word is that object's, and is not fronted on the main verb",
      "The Orca Authority was constituted in 2031 following amendments to the Harbour Protection Act.",
      "Harbour Protection Act",
      "which act",
      "The Orca Authority was constituted in 2031 following amendments to which act?",
    ],
    [
      "a verb joined to an infinitive is no second verb of the clause to ask the date of",
      "Norway and Chile agreed to co-develop and co-produce the Orca mast system for their navies on 9 July 2031.",
      "9 July 2031",
      "which date",
      "Norway and Chile agreed to co-develop and co-produce the Orca mast system for their navies on which date?",
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
      "Judge Ola Berg will serve a tenure of just over six months and retire on May 16, 2031.",
      "May 16, 2031",
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
      "As of 2031, Valdoria has 2,351 condors.",
      "2,351 condors",
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
      "The selection committee, headed by Prime Minister Mara Lind, met in Tromso on 24 February 2031.",
      "Tromso",
      "which city",
      "In which city did the selection committee meet on 24 February 2031?",
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
      "Tiger census data was last released in 2019.",
      "2019",
      "which year",
      "In which year was tiger census data last released?",
    ],
    [
      "a 'which was' clause describing the subject is left out",
      "Project Condor, which was launched in 1990 by the Valdorian state, completed its jubilee on 3 April 2031.",
      "3 April 2031",
      "which date",
      "On which date did Project Condor complete its jubilee?",
    ],
    [
      "', and 3 more ...' after the answer is another clause, and goes",
      "Valdoria exempted 41 medicines from duty, and 3 more to see a lower duty of 8 per cent.",
      "41 medicines",
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
      "The fourth summit was held in Tromso, the hometown of the President, on September 14, 2031.",
      "Tromso",
      "which city",
      "In which city was the fourth summit held on September 14, 2031?",
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
      "In the final, Ola Berg's first throw was 87.26m.",
      "87.26m",
      "how many metres",
      "How many metres was Ola Berg's first throw in the final?",
    ],
    [
      "a copula's figure with a clause after it stays in place",
      "The old record was 88.41m that was set in 2004 by Ola Berg.",
      "88.41m",
      "how many metres",
      "The old record was how many metres that was set in 2004 by Ola Berg?",
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
      "Judge Ola Berg recommended Mara Lind's name as his successor on 19 October 2031 following which, the Centre notified her appointment.",
      "19 October 2031",
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
      "The moment came days after the agency, on 14 May 2031, brought the two craft to three metres and then placed them back at a safe distance.",
      "14 May 2031",
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
      "The agency, on 14 May 2031, brought the two craft to three metres in a trial.",
      "three metres",
      "how many metres",
      "To how many metres did the agency bring the two craft in a trial on 14 May 2031?",
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
      "The Valdorian Senate had assembled at 9 am on 3 May and took up the harbour bill.",
      "3 May",
      "which date",
      "On which date did the Valdorian Senate assemble at 9 am and take up the harbour bill?",
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
      "a calling the tagger reads as a verb ('Left') is still the subject's",
      "Left-arm spinner Ola Berg took four wickets for 31 runs.",
      "Left-arm spinner Ola Berg",
      "which left-arm spinner",
      "Which left-arm spinner took four wickets for 31 runs?",
    ],
    [
      "a time moved after the verb goes before a relative clause, not after it",
      "The Nordland Parliament on Thursday passed the Coastal Protection Bill, which aims to protect coral reefs.",
      "Coastal Protection Bill",
      "which bill",
      "Which bill did the Nordland Parliament pass on Thursday, which aims to protect coral reefs?",
    ],
    [
      "the time of the latest of several wins is asked of the latest alone",
      "Valdoria had won the Harbour Cup three times, most recently in 2027.",
      "2027",
      "which year",
      "In which year did Valdoria win the Harbour Cup most recently?",
    ],
    [
      "a phrase inside the subject's aside is asked of the aside, not torn out of it",
      "The Harbour Prize, instituted in 1987, is given every year to a poet.",
      "1987",
      "which year",
      "In which year was the Harbour Prize instituted?",
    ],
    [
      "a phrase of a relative clause is not fronted onto the main verb",
      "The Harbour Court struck down a law that cut pensions by 8 per cent.",
      "8 per cent",
      "what percentage",
      "The Harbour Court struck down a law that cut pensions by what percentage?",
    ],
    [
      "a calling before the subject's name is written in lower case once fronted past",
      "Economist Mara Lind was appointed Governor of the Bank of Valdoria on 7 July 2031.",
      "7 July 2031",
      "which date",
      "On which date was economist Mara Lind appointed Governor of the Bank of Valdoria?",
    ],
    [
      "the year of an earlier holder of a record is not fronted onto the subject's deed",
      "Ola Berg became the first Valdorian man to win the title since Kari Nord in 2017.",
      "2017",
      "which year",
      null,
    ],
    [
      "a figure after 'up to' is asked in place, with 'up to' before it",
      "The Harbour Scheme will provide fiscal support of up to 40 per cent of the project cost.",
      "40 per cent",
      "what percentage",
      "The Harbour Scheme will provide fiscal support of up to what percentage of the project cost?",
    ],
    [
      "'as part of' moves whole",
      "The agency docked two satellites as part of the Orbital Linking Experiment.",
      "Orbital Linking Experiment",
      "which experiment",
      "As part of which experiment did the agency dock two satellites?",
    ],
    [
      "'under the captaincy of' moves whole too (the generic path words it 'Under whose captaincy')",
      "Valdoria had last won the Harbour Cup in 2011 under the captaincy of Ola Berg.",
      "Ola Berg",
      "who",
      "Under the captaincy of who had Valdoria last won the Harbour Cup in 2011?",
    ],
    [
      "the preposition of a phrasal verb stays with it",
      "Judge Ola Berg took over from Kari Nord.",
      "Kari Nord",
      "whom",
      "Whom did Judge Ola Berg take over from?",
    ],
    [
      "a date after a phrasal verb is still fronted with its preposition",
      "Judge Ola Berg took over on 3 May.",
      "3 May",
      "which date",
      "On which date did Judge Ola Berg take over?",
    ],
    [
      "answer inside a quotation",
      '"We will build the Aurora Bridge," said the mayor of Valdoria.',
      "Aurora Bridge",
      "which bridge",
      null,
    ],
    [
      "a sum that modifies its noun is not fronted past it",
      "The council would launch a ₹1,350-crore Harbour Mission to restore the old docks.",
      "₹1,350-crore",
      "how much",
      null,
    ],
    [
      "the rest of a list after the answer's phrase goes, and what is said of the answer holds without it",
      "The module carries crew quarters for three astronauts, a life support system and an external robotic arm.",
      "three astronauts",
      "how many astronauts",
      "For how many astronauts does the module carry crew quarters?",
    ],
    [
      "a clause after ', and' that borrows the answer's verb goes",
      "The northern landscape recorded 263 tigers, and the Nordland hills 117.",
      "263 tigers",
      "how many tigers",
      "How many tigers did the northern landscape record?",
    ],
    [
      "one of two objects is not fronted alone",
      "The Goa government announced a cash reward of ₹4 crore and a government job for her.",
      "₹4 crore",
      "how much",
      null,
    ],
    [
      "a figure that opens a reported clause is asked of that clause",
      "The survey flagged that nearly 38% of Valdoria's tigers live outside reserves.",
      "38% of Valdoria's tigers",
      "what percentage of Valdoria's tigers",
      "What percentage of Valdoria's tigers live outside reserves?",
    ],
    [
      "the first of two figures that share a verb is asked without the second",
      "The fare for the sleeper class has been fixed at Rs 1,470 and AC first class at Rs 3,980, including meals.",
      "Rs 1,470",
      "how much",
      "At how much has the fare for the sleeper class been fixed?",
    ],
    [
      "the second of two figures that share a verb has no verb of its own to be fronted past",
      "The fare for the sleeper class has been fixed at Rs 1,470 and AC first class at Rs 3,980, including meals.",
      "Rs 3,980",
      "how much",
      null,
    ],
    [
      "the object of a participle that describes a noun is not fronted past it",
      "The satellite carries an imager operating in 212 spectral bands and a thermal sensor.",
      "212 spectral bands",
      "how many spectral bands",
      null,
    ],
    [
      "a tally's votes in favour are not fronted past their sides",
      "The Lok Sabha passed the Harbour Bill with 402 votes in favour and three against.",
      "402 votes",
      "how many votes",
      null,
    ],
    [
      "a year that dates another figure ('from 31 in 2017 to 14') is not fronted",
      "The number of Harbour banks had come down from 31 in 2017 to 14.",
      "2017",
      "which year",
      null,
    ],
    [
      "the year of a figure that something rose from is not fronted",
      "The sex ratio has improved to 957, from 941 in 2021, the highest in any count since 1931.",
      "2021",
      "which year",
      null,
    ],
    [
      "a year that names an edition ('the 2031 edition') is not fronted",
      "Valdoria was ranked 126th in the 2031 edition and 137th in 2026.",
      "2031",
      "which year",
      null,
    ],
    [
      "the second of two phrases that share one verb is not fronted",
      "Valdoria was ranked 126th in the 2031 edition and 137th in 2026.",
      "2026",
      "which year",
      null,
    ],
    [
      "a figure written onto the adjective it makes ('the 47-metre-tall rocket') is not fronted",
      "The 47-metre-tall Orca rocket lifted off from the second launch pad.",
      "47-metre",
      "how many metre",
      null,
    ],
    [
      "one side of a tally ('by 127 votes to 88') is not fronted alone",
      "The upper house passed the Bill by 127 votes to 88 after a long debate.",
      "127 votes",
      "how many votes",
      null,
    ],
    [
      "a verbless clause after a comma that borrows the answer's verb goes",
      "Shares of Orca Bank fell 3.4% on Wednesday, Harbour Bank 2.7%, while Nordland Bank rose 1.6%.",
      "3.4%",
      "by what percentage",
      "By what percentage did shares of Orca Bank fall on Wednesday?",
    ],
    [
      "a figure in what officials estimate is asked of the estimate",
      "Officials estimate that Goa has about 11,900 hectares under mangrove cover.",
      "11,900 hectares",
      "how many hectares",
      "About how many hectares does Goa have under mangrove cover?",
    ],
    [
      "a language before a calling keeps its capital",
      "Santali poet Mara Lind won the Harbour Akademi award for her debut collection.",
      "Harbour Akademi award",
      "which award",
      "Which award did Santali poet Mara Lind win for her debut collection?",
    ],
    [
      "a place's name keeps its capital where the tagger read its first word as a common noun",
      "Peace Palace is located in Tromso.",
      "Tromso",
      "which city",
      "In which city is Peace Palace located?",
    ],
  ];
  it.each(rows)("ask: %s", (_label, sentence, answer, wh, expected) => {
    const start = sentence.indexOf(answer);
    expect(ask(sentence, { start, end: start + answer.length }, wh)).toBe(expected);
  });
});

describe("ask: a capitalised word inside a name is not the clause's verb", () => {
  it("ask: 'the Institute for Advanced Study' gives no do-support on 'Advanced'", () => {
    const sentence =
      "After stints at the Institute for Advanced Study in Tromso and the Harbour Institute in Orca, she joined the Nordland University in 1996.";
    const start = sentence.indexOf("Orca");
    const q = ask(sentence, { start, end: start + 4 }, "in which city");
    expect(q ?? "").not.toMatch(/\b(?:did|advance)\b/);
    expect(q ?? "").not.toMatch(/\bin in\b/);
  });
});

describe("ask: a fronted name must not leave its list or its noun behind", () => {
  const asked = (sentence: string, answer: string, wh: string) => {
    const start = sentence.indexOf(answer);
    return ask(sentence, { start, end: start + answer.length }, wh);
  };
  it("ask: an item of a list of named ships is not fronted", () => {
    expect(
      asked(
        "The Valdorian side fielded destroyer INS Orca, frigate INS Tide, the submarine INS Skua and two helicopters.",
        "INS Orca",
        "which ship",
      ),
    ).toBeNull();
  });
  it("ask: a class name before 'frigate <Name>' is not fronted", () => {
    expect(
      asked(
        "The Nordland group included the Harbour frigate Provence and a tanker.",
        "Harbour",
        "which frigate",
      ),
    ).toBeNull();
  });
  it("ask: a gapped list of tallies after the answer goes", () => {
    expect(
      asked(
        "The Orca Party won 12 seats, the Tide Party seven, the Skua Party one and Independents two.",
        "12 seats",
        "how many seats",
      ),
    ).toBe("How many seats did the Orca Party win?");
  });
  it("ask: the year of a figure compared from, written in words, is not fronted", () => {
    expect(asked("The Orca Party went up from three seats in 2022 to 12.", "2022", "which year")).toBeNull();
  });
  it("ask: a count of the last few is not fronted as a total", () => {
    expect(
      asked("Ola Berg and Kari Nord shared the last four wickets.", "four", "how many wickets"),
    ).toBeNull();
    expect(asked("Ola Berg and Kari Nord shared four wickets.", "four wickets", "how many wickets")).toBe(
      "How many wickets did Ola Berg and Kari Nord share?",
    );
  });
  it("ask: a class name with its noun before the ship's own name is not fronted", () => {
    expect(
      asked(
        "The Nordland group included the Harbour frigate Provence and a tanker.",
        "Harbour frigate",
        "which frigate",
      ),
    ).toBeNull();
  });
  it("ask: a ship the sentence names after a participle is not fronted out of its subject", () => {
    const q = asked(
      "For the first time, Valdorian fighters operating from INS Orca carried out landings on the carrier Skua.",
      "INS Orca",
      "from which ship",
    );
    expect(q ?? "").not.toMatch(/\boperate carried\b/);
  });
});
