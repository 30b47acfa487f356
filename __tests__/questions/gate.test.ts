import { GATE_RULES, gateFailure, inPlaceFailure } from "@/questions/pipeline/gate";

// [prompt, answer, what the gate says (null: passes)]
const rows: [string, string, string | null][] = [
  // Two counts or two nouns of one phrase, half left behind the verb.
  [
    "How many tunnels did the BRO complete and nearly 600 bridges in border areas?",
    "40",
    "count paired with another",
  ],
  [
    "How many countries did the Harbour Watch rank and territories in May 2033?",
    "180",
    "count paired with another",
  ],
  [
    "What percentage did the department assign to above-normal rainfall and 22 per cent to excess rainfall?",
    "34 per cent",
    "count paired with another",
  ],
  ["How many tunnels did the Tromso Roads Board complete in 2031?", "40", null],
  [
    "How many places did Valdoria climb to 118th among 193 countries and territories in May 2032?",
    "three",
    null,
  ],
  ["In which year does analysis of IMD data show that, 263 of the 718 districts?", "2031", "garbled clause"],
  // Page furniture and torn figures.
  [
    "Which declaration do Business News > World > leaders adopt in Tromso?",
    "Tromso Declaration",
    "furniture or torn figure",
  ],
  [
    "Which scheme did the Centre launch 000 on attaining 60 years of age?",
    "Harbour Yojana",
    "furniture or torn figure",
  ],
  ["How many people did the Harbour Yojana reach by 2031?", "10,000", null],
  // Garbled clauses.
  [
    "With reference to the Harbour Award, in which year were but the categories dropped?",
    "2009",
    "garbled clause",
  ],
  ["In which year does analysis by the Tromso Institute of IMD data show that?", "2031", "garbled clause"],
  // A country's office, possessed once.
  ["Who was India's Nepal Prime Minister at the Tromso summit in 2032?", "Ola Berg", "garbled possessive"],
  ["Who won the India's first world medal in wrestling?", "Ola Berg", "garbled possessive"],
  ["Who was Nepal's Prime Minister at the Tromso summit in 2032?", "Ola Berg", null],
  [
    "With reference to Exercise Tide (March 2033), which armed service contingent was led by Rear Admiral Ola Berg?",
    "Indian Navy",
    "rank names the service",
  ],
  ["With reference to Exercise Tide (March 2033), which service sent two frigates?", "Indian Navy", null],
  [
    "Which state did the 31st edition of Exercise Tide begin off on 28 February 2033?",
    "Goa",
    "garbled clause",
  ],
  [
    'Which number fills the blank in "We see a _____ basis point cut in February rather than December"?',
    "25",
    "speaker's words or ambassador to nowhere",
  ],
  ["Who was India's Ambassador in July 2032?", "Ola Berg", "speaker's words or ambassador to nowhere"],
  ["Who was India's Ambassador to Norway in July 2032?", "Ola Berg", null],
  // Torn dates and names, and a past tense after "does".
  [
    "With reference to Exercise Tide, to how many Mar was the sea phase of the exercise conducted from 13 2033?",
    "17",
    "torn date or name",
  ],
  [
    "Which exercise 33 had showcased the maturity of the Valdoria-Norway partnership?",
    "Tide",
    "torn date or name",
  ],
  [
    'Which exercise fills the blank in "_____ 33 had showcased the maturity of the Valdoria-Norway partnership"?',
    "Tide",
    "torn date or name",
  ],
  ["Which exercise had showcased the maturity of the Valdoria-Norway partnership in 2033?", "Tide", null],
  ["To which date is the next meeting of the council scheduled from 3?", "5 June 2031", "torn date or name"],
  ["Whom did President Ola Berg appoint in February 2031?", "Mara Lind", "appointment without its office"],
  [
    "How many stages did Mission Director Ola Berg say of the vehicle performed as planned in March 2031?",
    "four",
    "two verbs after do-support",
  ],
  ["In which year did an initiative first propose by Valdoria?", "1996", "two verbs after do-support"],
  [
    "With reference to the Harbour Awards (May 2031), how much were given to the first?",
    "Rs 1 lakh",
    "ordinal of nothing",
  ],
  ["In which city were Rs 1 lakh given to the first in November 2031?", "Tromso", "ordinal of nothing"],
  ["Who was the first to sign the Tromso Accord in 2031?", "Ola Berg", null],
  [
    "With reference to Project Orca, by which year did Prime Minister Ola Berg announce Mission Tide in 2031?",
    "2035",
    "deadline asked as an announcement's date",
  ],
  ["By which year is Valdoria to complete Mission Tide, announced in 2031?", "2035", null],
  [
    "By which year did Valdoria and Nordland agree to raise bilateral trade to $10 billion?",
    "2030",
    "deadline asked as an announcement's date",
  ],
  [
    "On which date did the Government announce his appointment as the next Navy chief of Valdoria?",
    "22 April 2031",
    "his or her of nobody named",
  ],
  ["Which Chief Minister of Nordland submitted her resignation in May 2031?", "Mara Lind", null],
  ["On which date did Ola Berg announce his retirement from the Tromso Council in 2031?", "2 May 2031", null],
  [
    "On which date did Admiral Ola Berg superannuated after four decades of service in 2031?",
    "31 May 2031",
    "two verbs after do-support",
  ],
  ["Which year edition in Tromso was won by Valdoria?", "2031", "torn from its words"],
  [
    "To how much did gross tax collections rise 9.6 per cent year-on-year crore in August 2031?",
    "Rs 2.04 lakh",
    "furniture or torn figure",
  ],
  ["By what percentage did tax collections rise to Rs 2.04 lakh crore in August 2031?", "9.6 per cent", null],
  ["What is the meaning of the name What?", "for farmers", "a question's shell"],
  ["In which year did Maharatna ( introduce )?", "2009", "a question's shell"],
  [
    "How many tonnes did Valdoria record per capita and the Nordland 7.1 tonnes?",
    "17.9",
    "a question's shell",
  ],
  [
    "How many sq km Orca Elephant Reserve links the Tide and Harbour reserves in Nordland?",
    "3,847",
    "a question's shell",
  ],
  ["How many sq km does the Orca Elephant Reserve in Nordland cover?", "3,847", null],
  [
    "With reference to the Tromso Dialogue (2031), in which year did Valdorian firms showcased their products at the fair?",
    "2030",
    "two verbs after do-support",
  ],
  [
    "How many memoranda did Valdoria and Nordland sign and agree in July 2031?",
    "nine",
    "torn from its words",
  ],
  [
    "How many memoranda did Valdoria and Nordland sign and agree to elevate their ties in July 2031?",
    "nine",
    "torn from its words",
  ],
  [
    "On which date did Valdoria and Nordland agree to elevate their ties after talks between Prime Minister Ola Berg?",
    "9 July 2031",
    "torn from its words",
  ],
  [
    "Which union territory recorded the lowest stunting at 19 per cent, followed by Tromso at 20 per cent and Bodo?",
    "Orca",
    "torn from its words",
  ],
  ["In which city did Nordland last host Exercise Tide in 2029?", "Tromso", "torn from its words"],
  [
    "In which month and year was Orca-1 launched, Orca-2 on PSLV-C16 in April 2011 and Orca-3 on PSLV-C36 in 2016?",
    "October 2003",
    "torn from its words",
  ],
  ["In which month and year was Orca-1 launched, Orca-2 on PSLV-C16?", "April 2011", "torn from its words"],
  ["In which city was the Tromso Accord signed, Valdoria's first with Nordland, in 2031?", "Bodo", null],
  [
    "On which date did Valdoria and Nordland hold talks between their Prime Ministers in Tromso in 2031?",
    "9 July 2031",
    null,
  ],
  [
    'Which court fills the blank in "Article 17: _____ judges by the President of Valdoria in 2031"?',
    "Appointment of High Court",
    "heading as answer",
  ],
  [
    'Which figure fills the blank in "Mara Lind won gold in the women\'s _____ pistol event at the Harbour Championship 2031"?',
    "25m",
    "blank in an event's name",
  ],
  [
    'Which number fills the blank in "Erik Holm won bronze in the men\'s 50m rifle _____ positions at the 2031 Games"?',
    "3",
    "blank in an event's name",
  ],
  [
    'Which name fills the blank in "Deliveries of Orca helicopters and ongoing _____ rifle production in Valdoria in 2031"?',
    "TX-203",
    null,
  ],
  [
    'Which number fills the blank in "Mara Lind shot _____ hits in the final of the women\'s 25m pistol in 2031"?',
    "38",
    null,
  ],
  [
    'Which month fills the blank in "The pact is the latest of the agreements signed by Valdoria since 2029, including signed in _____"?',
    "July 2031",
    "preposition without its object",
  ],
  [
    'Which month fills the blank in "The Tromso Accord, signed in _____, entered into force in 2032"?',
    "July 2031",
    null,
  ],
  ["How much was given to the first-placed winner of the Harbour Awards in 2031?", "Rs 2 lakh", null],
  ["By how many runs did Valdoria beat Nordland in the 2031 Harbour Cup final?", "seven", null],
  ["Whom did the Tromso Council elect by a vote of 12 to 3 in May 2031 as its chair?", "Ola Berg", null],
  [
    "Whom did President Ola Berg appoint as the 30th Chief Election Commissioner in February 2031?",
    "Mara Lind",
    null,
  ],
  ["How many water bodies were rejuvenated in 5?", "38,412", "torn date or name"],
  ["How many water bodies were rejuvenated in 5,731 villages of Nordland in 2031?", "38,412", null],
  [
    'Which name fills the blank in "PM Berg held talks with President Ola Mara-_____"?',
    "Lind Holm",
    "torn date or name",
  ],
  ['Which year fills the blank in "Ola Berg, a _____-batch officer, was appointed"?', "1989", null],
  [
    "With reference to Exercise Tide (March 2033), in which year does bilateral naval exercise between the two countries began?",
    "1993",
    "two verbs after do-support",
  ],
  ["With reference to Exercise Tide (March 2033), in which year did the exercise begin?", "1993", null],
  // A bracket that names the answer, and "such" with nothing to point back to.
  [
    "Which jet (Orca M) flew from both carriers in Exercise Tide in March 2033?",
    "Orca Marine",
    "bracket names the answer",
  ],
  [
    "Which jet (a carrier fighter) flew from both carriers in Exercise Tide in March 2033?",
    "Orca Marine",
    null,
  ],
  [
    'Which number fills the blank in "Of such events at the Tromso Observatory, _____ showed oscillations"?',
    "49",
    "'such' points back",
  ],
  [
    'With reference to the Harbour Convention, which number fills the blank in "Valdoria took its number of such sites to _____"?',
    "95",
    null,
  ],
  [
    'Which number fills the blank in "Valdoria ranks in disciplines such as chess and _____ at the Harbour Games"?',
    "49",
    null,
  ],
  // A speaker's first person, and a sum given with a job.
  ["How much did our trade with Nordland cross in 2032?", "USD 26 billion", "first person"],
  [
    "With reference to the Harbour Pact, in how many years do we expect exports to double?",
    "five",
    "first person",
  ],
  ["By how much did Valdoria's trade with the US grow in 2032?", "USD 26 billion", null],
  [
    "With reference to the World Championships, how much did the Nordland Chief Minister announce and a Class-I government job for the wrestler?",
    "Rs 3 crore",
    "amount paired with a thing",
  ],
  ["How much did the Nordland Chief Minister announce for the wrestler and her coach?", "Rs 3 crore", null],
  // Clauses cut before their verb, after their auxiliary, or around a fronted preposition.
  ["Which organisation did Ola Berg say would?", "Harbour Bank", "ends on an auxiliary"],
  ["Which organisation did Ola Berg say would cut rates?", "Harbour Bank", null],
  [
    "With reference to the Tromso Summit, in which year did the summit approve the group's budget for?",
    "2033",
    "stranded preposition",
  ],
  ["For which year did the Tromso Summit approve the group's budget?", "2033", null],
  ["What did Valdoria apply for?", "membership", null],
  [
    "With reference to the Harbour Pact, to what percentage did under the upgrade Agreement in March 2033?",
    "99.3%",
    "garbled do-support",
  ],
  [
    "On which date did a notification issued by the Law Ministry said?",
    "19 February 2032",
    "garbled do-support",
  ],
  ["On which date did the Law Ministry issue the notification?", "19 February 2032", null],
  [
    "With reference to the Harbour Prize (2032), who and translator Kari Lind-Fernandes with the trophy at the Tate Modern in London?",
    "Mara Lind",
    "garbled subject",
  ],
  // A reduced relative taken for the inverted verb leaves the clause's own perfect behind.
  [
    "From which state did the number of gecko species know from Valdoria has risen to 52 in June 2032?",
    "Nordland",
    "two verbs after do-support",
  ],
  ["Whom did Ola Berg defeat in the final that had been postponed?", "Kari Nord", null],
  [
    "How many individuals did an estimate worldwide would fall under its ambit?",
    "3,100",
    "two verbs after do-support",
  ],
  ["Which organisation did Ola Berg say would cut rates?", "Harbour Bank", null],
  [
    "In which city did a citizen bear in Nordland or Tromso does not become an outsider in March 2032?",
    "Orca",
    "two verbs after do-support",
  ],
  // A participle's phrase cut from its clause, and a source whose finding was cut off.
  [
    'Which figure fills the blank in "Up from a revised _____ in the October-December quarter, driven by a pick-up in construction"?',
    "6.9 per cent",
    "fragment without its subject",
  ],
  [
    'With reference to the Nordland GDP data, which figure fills the blank in "Driven by a pick-up in construction, growth rose to _____"?',
    "7.4 per cent",
    "fragment without its subject",
  ],
  // A participle after an adverb and a determiner describes its noun: no verb is left.
  [
    "With reference to Exercise Tide, which jets of the newly commissioned Harbour Squadron 318?",
    "Orca M",
    "no finite verb",
  ],
  [
    "With reference to Exercise Tide, which jets were newly commissioned into the Harbour Squadron?",
    "Orca M",
    null,
  ],
  // A superlative of a count that names nothing counted.
  [
    "Which union territory had the largest population, as reported in October 2032?",
    "Nordland",
    "superlative of nothing",
  ],
  ["Which union territory had the largest population of snow leopards in October 2032?", "Nordland", null],
  ["With how many snow leopards does Nordland have the largest population?", "531", null],
  ["Which state had the highest population growth between 2011 and 2027?", "Nordland", null],
  // A capitalised word inside a name is no verb.
  [
    'Which place fills the blank in "After stints at the Institute for Advanced Study in _____ and the Harbour Institute in Orca"?',
    "Tromso",
    "blank in a fragment with no verb",
  ],
  // The second half of a clause whose subject and verb were cut away.
  [
    'Which year fills the blank in "On the 100th anniversary of the birth of Ola Berg, and was first awarded in _____ to Kari Nord"?',
    "2003",
    "fragment without its subject",
  ],
  [
    'Which year fills the blank in "On the 100th anniversary of his birth, the Nordland Prize was first awarded in _____"?',
    "2003",
    null,
  ],
  [
    'Which date fills the blank in "Data released by the Nordland Statistics Office on _____ showed"?',
    "31 May 2032",
    "stem cut off",
  ],
  // The wh-phrase's noun ("kilometres") and a reduced relative ("released by") are no finite verbs.
  [
    'Which amount fills the blank in "Seeks to set up a Harbour Data Board to impose penalties of up to _____"?',
    "Rs 250 crore",
    "fragment without its subject",
  ],
  [
    'Which number fills the blank in "A week after his Harbour Party won 212 of the _____ seats in the election"?',
    "349",
    "fragment without its subject",
  ],
  [
    "On which date do the Harbour Agency successfully flight -tested the Orca missile?",
    "24 September 2031",
    "hyphenated word torn apart",
  ],
  [
    "What percentage did gross value add rose during the quarter in August 2031?",
    "7.6 per cent",
    "two verbs after do-support",
  ],
  [
    "Which satellite (VICOS) was launched aboard the PSLV-C72 rocket on 23 April 2031?",
    "Valdoria-India Climate Observation Satellite",
    "acronym names the answer",
  ],
  ["Who heads the Harbour Bank?", "Ola Berg", "role with no event or date"],
  // An undated verdict is no event: it says not when.
  [
    "With reference to the Supreme Court's verdict, who was India's Chief Justice?",
    "Ola Berg",
    "role with no event or date",
  ],
  [
    "With reference to the Supreme Court's verdict (March 2031), who was India's Chief Justice?",
    "Ola Berg",
    null,
  ],
  [
    "In how many phases was the Nordland election held on 5, 12 and 19 November 2031?",
    "three",
    "the listed days count it",
  ],
  [
    'Which figure fills the blank in "At a depth of _____, the Harbour Survey said"?',
    "10 km",
    "blank in a fragment with no verb",
  ],
  // A participle that only describes its noun ("a ceremony held at", "Tromso-based") is no verb of the stem's own.
  // A subject that is only a class noun points back to a name in another sentence; a setting says which.
  [
    'Which year fills the blank in "The petitions challenging the Act had been pending since _____"?',
    "2020",
    "subject points back",
  ],
  [
    'With reference to the Harbour Act (May 2031), which year fills the blank in "The petitions challenging the Act had been pending since _____"?',
    "2020",
    null,
  ],
  // An ordinal asked in place before a superlative reads as no English.
  // A person's name says their country: a rival's country is not asked of it; a body's is.
  [
    "Which country fills the blank in \"Mara Lind finished ahead of Nordland's Ola Berg and _____'s Park Ji-yeon\"?",
    "South Korea",
    "country asked of its person",
  ],
  ["Which country's Naval Group helped build the submarine commissioned in May 2031?", "France", null],
  // A grade's number is part of its event's name.
  [
    'Which number fills the blank in "Ola Berg won the singles title at the Nordic Open Super _____ tournament in Oslo"?',
    "750",
    "number torn from a name",
  ],
  [
    'Which number fills the blank in "The ATP _____ title is expected to lift Ola Berg to a career-high No. 44"?',
    "250",
    "number torn from a name",
  ],
  [
    'Which number fills the blank in "Ola Berg won _____ titles at the Nordic Open in Oslo in 2031"?',
    "three",
    null,
  ],
  // "with two members voting for a pause" is one phrase: its count is not fronted alone.
  [
    "With how many external members voting did the six-member panel vote 4-2 in favour of the cut in May 2031?",
    "two",
    "absolute 'with' clause torn",
  ],
  ["With how many countries did Valdoria sign trade pacts in May 2031?", "three", null],
  // "since" goes with a perfect: fronted onto a simple past it was another phrase's.
  [
    "Since which year did the Supreme Court direct the Election Commission to publish the names of all donors?",
    "2018",
    "'since' fronted onto a simple past",
  ],
  ["Since which year has Valdoria hosted the Harbour Summit every May?", "2018", null],
  // (Asked in place, it is the superlative rule that fails it: see "a question asked in place".)
  ["In which year were Valdoria's reserves which largest in the world?", "2031", "two wh-phrases"],
  ["Which country had the largest forex reserves in Asia in May 2031?", "Nordland", null],
  // "the frigates built under Project 17": a participle of making after a plural noun describes it.
  [
    'Which name fills the blank in "The fourth and last of the _____ frigates built under Project 17, at the Karwar yard"?',
    "Orca-class",
    "blank in a fragment with no verb",
  ],
  [
    'Which name fills the blank in "The Navy commissioned the last of the _____ frigates built under Project 17"?',
    "Orca-class",
    null,
  ],
  [
    'Which place fills the blank in "The Chief Harbour Commissioner of the Tide Commission at a ceremony held at _____, Tromso"?',
    "Orca Hall",
    "blank in a fragment with no verb",
  ],
  [
    'Which amount fills the blank in "Cumulative inflows of about _____ since April 2000, largely routed through investment funds"?',
    "$15 billion",
    "blank in a fragment with no verb",
  ],
  [
    'Which month fills the blank in "The Tromso-based lender, in its _____ Harbour Outlook released on the sidelines of the Tide Meetings in Orca"?',
    "October 2031",
    "blank in a fragment with no verb",
  ],
  [
    'Which figure fills the blank in "The Tromso-based lender, in its October 2031 Harbour Outlook, retained its forecast at _____"?',
    "6.5%",
    null,
  ],
  [
    'Which city fills the blank in "The Harbour Summit was held at _____ in the presence of the Prime Minister"?',
    "Tromso",
    null,
  ],
  [
    'Which month fills the blank in "The Tromso-based lender, in its _____ Harbour Outlook released"?',
    "October 2031",
    "stem cut off",
  ],
  ['Which month fills the blank in "The Harbour Outlook was released in _____"?', "October 2031", null],
  [
    "Which state is the largest producer of kiwi in Valdoria, and the Orca district alone accounts?",
    "Nordland",
    "verb cut from its preposition",
  ],
  ["Which district accounts for half of Valdoria's kiwi?", "Orca", null],
  [
    'Which organisation fills the blank in "Over 1,300 delegates from 58 countries along with representatives of the Harbour Bank, the _____ and the Tide Fund"?',
    "Orca Bank",
    "blank in a fragment with no verb",
  ],
  [
    'Which navy fills the blank in "Valdoria and Nordland take part in exercises such as hosted by the _____ at Tromso"?',
    "Valdorian Navy",
    "stem cut off",
  ],
  [
    'Which amount fills the blank in "A combined transfer capacity of about 3,000 MW, are estimated to cost _____"?',
    "Rs 3,850 crore",
    "fragment without its subject",
  ],
  [
    'Which city fills the blank in "The Coalition for Island States, launched at the summit in _____ in November 2031 jointly with Nordland"?',
    "Tromso",
    "blank in a fragment with no verb",
  ],
  [
    'Which year fills the blank in "Technical and financial support to 100 coastal cities in Valdoria and Nordland by _____"?',
    "2035",
    "blank in a fragment with no verb",
  ],
  [
    'Which year fills the blank in "The Harbour Board supplies water to 100 coastal cities in Valdoria since _____"?',
    "2035",
    null,
  ],
  [
    'Which figure fills the blank in "Officials said was _____ complete and is expected to be energised by December 2031"?',
    "85%",
    "fragment without its subject",
  ],
  [
    'In which month and year, Orca-L1 had observed the "Tide storm", the most intense storm since 2003?',
    "May 2031",
    "no inversion after the wh-phrase",
  ],
  ["In which month and year did Orca-L1 observe the Tide storm?", "May 2031", null],
  [
    "Which organisation was now working with the Harbour Ministry to use Orca-L1 data?",
    "Harbour Space Agency",
    "reported 'now' or a stray 'there'",
  ],
  [
    'Which organisation fills the blank in "_____ was now working with the Harbour Ministry to use Orca-L1 data"?',
    "Harbour Space Agency",
    "reported 'now' or a stray 'there'",
  ],
  [
    "Over how many enterprises are there registered on the Harbour portal?",
    "6 crore",
    "reported 'now' or a stray 'there'",
  ],
  [
    'Which place fills the blank in "A chartered accountant from _____, Ola Berg has served"?',
    "Tromso",
    "stem cut off",
  ],
  [
    "Which award did Ola Berg and Mara Lind receive, the country's highest sporting honour in January 2031?",
    "Harbour Award",
    "part of the sentence left behind",
  ],
  [
    "How many individual awardees did the ministry say, received cash prizes totalling Rs 4.9 crore?",
    "33",
    "part of the sentence left behind",
  ],
  [
    "Which awards did President Ola Berg present 2031 at a ceremony held in Tromso?",
    "Harbour Awards",
    "part of the sentence left behind",
  ],
  [
    "At which lake will the national-level event be held itself?",
    "Orca Lake",
    "part of the sentence left behind",
  ],
  [
    "With reference to the Harbour Awards (January 2031), which boxer and para-badminton player Ola Berg received the Tide Award?",
    "Mara Lind",
    "part of the sentence left behind",
  ],
  ["Which award did Ola Berg receive in January 2031?", "Harbour Award", null],
  [
    "Which awards did President Ola Berg present in 2031 at a ceremony held in Tromso?",
    "Harbour Awards",
    null,
  ],
  [
    "In which state did 22 three-car trainsets manufacture by Harbour Works?",
    "Nordland",
    "two verbs after do-support",
  ],
  ["By which year did Valdoria land a Valdorian on the Moon?", "2040", "target asked in the past"],
  [
    "By which year did Valdoria and Nordland review progress towards the target of doubling trade?",
    "2030",
    "target asked in the past",
  ],
  [
    "By which year did the Harbour Policy 2031 of Valdoria set a target of raising forest cover to 33 per cent?",
    "2040",
    null,
  ],
  ["In which country is Tide Union, the group of harbour pilots, based?", "Valdoria", null],
  [
    "By which year did Valdoria and Nordland review progress towards the target of doubling trade, set?",
    "2030",
    "part of the sentence left behind",
  ],
  [
    "With reference to the verdict, by which former Chief Justice of did the Bench hear the case?",
    "Ola Berg",
    "preposition without its object",
  ],
  [
    "With reference to the Tide Prize (October 2031), in which year did Dr. Berg lay the foundation when?",
    "1998",
    "garbled verb or wh-word",
  ],
  ["At how many sq km did mangrove cover in Valdoria stands?", "5,011", "garbled verb or wh-word"],
  [
    "In which year did the leaders welcome Valdoria's offer to host the next Harbour Summit?",
    "2033",
    "year of what was offered asked as the offer's",
  ],
  ["In which year did the leaders hold the first Harbour Summit in Tromso?", "2031", null],
  [
    'Which year fills the blank in "Dr. Ola Berg laid the foundation in _____ when, using an advanced electron microscope"?',
    "1998",
    "stem cut off",
  ],
  [
    "With reference to the appointment of new Governors, who such as Tromso are appointed by the President under Article 239?",
    "Union Territories",
    "part of the sentence left behind",
  ],
  [
    "Under which Article are Lieutenant Governors of Union Territories such?",
    "Article 239",
    "part of the sentence left behind",
  ],
  ["In which city is the Tide river known?", "Tromso", "part of the sentence left behind"],
  ["In which region is the Tide river known as the Orca?", "Nordland", null],
  [
    "Which Minister of Development of inaugurated the Harbour Festival Ola Berg?",
    "Harbour Region",
    "part of the sentence left behind",
  ],
  [
    "With reference to ORS-03, from which city did the 100th launch in March 2031?",
    "Tromso",
    "part of the sentence left behind",
  ],
  // The tail of a subject or a list the cut took: "Orca, retained its forecast", "X's highest honour, and ...".
  [
    'Which country fills the blank in "18-21, 21-14 in the quarterfinals and then got the better of _____\'s Ola Berg"?',
    "Nordland",
    "fragment without its subject",
  ],
  [
    'Which figure fills the blank in "Orca, retained its forecast for 2031-32 at _____"?',
    "6.5%",
    "fragment without its subject",
  ],
  [
    'Which name fills the blank in "Nordland\'s highest honour, and Valdoria and Nordland adopted a Joint Declaration on a _____"?',
    "Strategic Partnership",
    "fragment without its subject",
  ],
  [
    'Which date fills the blank in "Ola Berg, and the Home Minister, Mara Lind, the appointment was notified by the Harbour Department on _____"?',
    "10 September 2031",
    "fragment without its subject",
  ],
  [
    'Which number fills the blank in "23 are missing after a cloudburst triggered floods in _____ villages of Tromso district"?',
    "two",
    "fragment without its subject",
  ],
  [
    'Which city fills the blank in "Tromso, located in the far north, is the seat of the _____ Harbour Board"?',
    "Orca",
    null,
  ],
  [
    'Which year fills the blank in "2031 was the warmest year on record in Valdoria since _____"?',
    "1901",
    null,
  ],
  [
    'Which post fills the blank in "Ola Berg, 58, was appointed _____ of the Harbour Bank on Monday"?',
    "Governor",
    null,
  ],
  ["Who headed the Harbour Bank in May 2031?", "Ola Berg", null],
  ["How many kilometres Tromso-Harbour line in 2031?", "125", "no finite verb"],
  ["How many amendments moved by Harbour Party MP Ola Berg?", "two", "no finite verb"],
  ["How many amendments moved by Ola Berg were rejected?", "two", null],
  [
    "How much did the Nordland reserves touch in September that year?",
    "$642 billion",
    "time relative to a lost one",
  ],
  ["How much did the Nordland reserves touch in September 2031?", "$642 billion", null],
  ["How much did Nordland's touch in September 2031?", "$642 billion", "possessive without its noun"],
  ["How many medals did Nordland's athletes win in 2031?", "12", null],
  ["Who. Berg held the fourth Harbour Dialogue in Tromso?", "Mara Lind", "cut at an initial"],
  [
    "Which Governor administered the oath of office at a ceremony in Tromso attended?",
    "Ola Berg",
    "participle cut from its agent",
  ],
  ["Which Governor administered the oath of office at a ceremony attended by Mara Lind?", "Ola Berg", null],
  [
    'Which place fills the blank in "The decisions are subject to judicial review in _____ v Nordland"?',
    "Ola Berg",
    "case name torn",
  ],
  [
    "With reference to the Harbour Wildlife (Protection) Act, who was Nordland's Environment Minister?",
    "Ola Berg",
    "role with no event or date",
  ],
  ["With reference to Operation Tide, who was Nordland's Defence Minister?", "Ola Berg", null],
  [
    "During how many years were the books first published before the award in December 2031?",
    "five",
    "span asked as a time",
  ],
  [
    'Which name fills the blank in "The rocket launched the Tide-1 probe, the _____ lander and, in its record mission in February 2031"?',
    "Tide-3",
    "stem cut off",
  ],
  ["Which Games opened in Tromso in July 2031?", "Harbour Games", null],
  [
    'Which report fills the blank in "The _____ 2031 released by Minister Kari Nord on 9 May 2031"?',
    "Harbour Forest Report",
    "blank in a fragment with no verb",
  ],
  [
    'Which survey fills the blank in "The _____ released on 11 November 2031"?',
    "Harbour Labour Survey",
    "blank in a fragment with no verb",
  ],
  [
    'Which bill fills the blank in "The _____ passed in the Lok Sabha on 11 November 2031"?',
    "Harbour Bill",
    null,
  ],
  [
    'Which report fills the blank in "The _____ was released by Minister Kari Nord on 9 May 2031"?',
    "Harbour Forest Report",
    null,
  ],
  [
    'Which cities fill the blank in "Ola Berg sat down with Kari Nord, reaffirming the partnership between _____"?',
    "Tromso and Oslo",
    null,
  ],
  ["Who took oath as the 12th Chief Justice of Valdoria on 11 November 2024?", "Mara Lind", null],
  ["In which city was the fourth in-person summit of the Nordic grouping held?", "Tromso", null],
  ['Which number fills the blank in "The list comprises _____ Star of the Sea awards"?', "7", null],
  ["Who was Norway's Foreign Minister at the maritime summit in March 2024?", "Ingrid Solheim", null],
  ["Who was named Player of the Match in the Harbour Cup final?", "Ravi Rao", null],
  ["How many people died in the 2031 Tromso flood?", "40", null],
  ["Which initiative seeks to lower the Nordic region's cancer death toll?", "Harbour Moonshot", null],
  [
    "Which declaration further cements the Nordic grouping's efforts in the Arctic?",
    "Tromso Declaration",
    null,
  ],
  ["Under whose captaincy had Valdoria last won the Harbour Cup in 2011?", "Ola Berg", null],
  ["Which tiger reserve did the minister visit in Harbour district?", "Orca Valley Tiger Reserve", null],
  ["In the presence of which Defence Minister was the submarine Orca commissioned?", "Ola Berg", null],
  ["How many camps in Valdoria and five in Ruritania were burnt down?", "four", "count paired with another"],
  [
    "With reference to Operation Tide, how many pirates were killed and 60 people were injured?",
    "40",
    "count paired with another",
  ],
  [
    'Which figure fills the blank in "Scrapping the existing Harbour Levy rates of _____ and 26 percent"?',
    "14 percent",
    "fragment without its subject",
  ],
  ["The minister met whom", "Ola Berg", "not a question"],
  ["the minister met whom?", "Ola Berg", "starts mid-sentence"],
  ["Ministers met in Oslo and signed which pact?", "Oslo Pact", "no wh-opening"],
  ["Which of the two largest ports?", "Tema", "no finite verb"],
  [
    "Who said that the council would meet again next spring to review the plan for the harbour, the bridge, the new road and the old market square in the town centre?",
    "Ola Berg",
    "over 30 words",
  ],
  ["Which agreement () did the two countries sign?", "Nordic Pact", "empty brackets"],
  ["Who was India's Modi and Australian Prime Minister at the assembly?", "Ola Berg", "garbled possessive"],
  ["Who was India's Science and Technology Minister in January 2031?", "Ola Berg", null],
  ["In which country did another reason for hold the summit was?", "Chile", "garbled inversion"],
  ["How many condors does Valdoria have as of 2031?", "2,351", null],
  ["Which Indian lander touched down near the lunar south pole?", "Orca-2", null],
  ["Which lander touched down near the lunar south pole?", "Orca-2", "no name, event or year"],
  [
    'Which ordinal fills the blank in "Making Valdoria the _____ country to land on the Moon and the first to do so near its pole"?',
    "fourth",
    "fragment without its subject",
  ],
  [
    "With reference to the appointment of the 12th Chief Justice of Valdoria, who headed the selection committee?",
    "Ola Berg",
    null,
  ],
  [
    "With reference to the appointment of the 12th Chief Justice of Valdoria, how many members did the panel have?",
    "three",
    "no name, event or year",
  ],
  [
    'Which ordinal fills the blank in "At the Tromso Games 2031, Valdoria is at the _____ position in the medal tally"?',
    "58th",
    null,
  ],
  [
    'Which bill fills the blank in "The House had on approved the _____ after a long debate"?',
    "Harbour Bill",
    "garbled inversion",
  ],
  [
    'Which prize fills the blank in "The _____ was given to the group \'for its efforts to end piracy"?',
    "Harbour Prize",
    "unbalanced brackets or quotes",
  ],
  [
    "Which city fills the blank in \"The leaders' summit was held in _____ under the motto 'Calm Seas'\"?",
    "Tromso",
    null,
  ],
  ["How many missiles can the Orca carry or up to four long-range ones?", "12", "count paired with another"],
  [
    "On which date was the winner announced at a ceremony in Oslo, for the group?",
    "11 May 2031",
    "dangling phrase",
  ],
  ["How many condors does Valdoria have as the census says?", "2,351", "garbled inversion"],
  ["Which mission Test Flight is accomplished?", "Orca-1", "wh-phrase inside a name"],
  ["Which former Prime Minister was honoured with the Tromso Prize along with Kari Nord?", "Ola Berg", null],
  [
    'Which number fills the blank in "To facilitate the generation of _____ direct jobs in Chile, the government said in a statement"?',
    "1 million",
    "fragment without its subject",
  ],
  [
    'Which state fills the blank in "A seasoned officer from the _____ cadre, has been appointed the 19th Chief Election Commissioner"?',
    "Goa",
    "fragment without its subject",
  ],
  [
    "How many new sites included are the Lotus Bird Sanctuary and the Orca Lake?",
    "two",
    "garbled participle",
  ],
  [
    "Which budget 2031 live updates: FM Ola Berg announced zero tax?",
    "Harbour Budget",
    "heading in the question",
  ],
  [
    "Which name fills the blank in \"_____'s contributions to Valdoria's economy solidified his legacy as a reformer\"?",
    "Ola Berg",
    "a tribute fits many",
  ],
  [
    "On which date did the agency bring the two spacecraft to three metres and place them back in Tromso?",
    "12 May",
    null,
  ],
  [
    'Which figure fills the blank in "Brought the two spacecraft to _____ in Tromso"?',
    "3 metres",
    "fragment without its subject",
  ],
  [
    "Which Prime Minister, the defence minister and a judge were present at the ceremony?",
    "Ola Berg",
    "wh-phrase in a list",
  ],
  ["Which ship - did the navy commission?", "Orca", "dangling dash"],
  ["Which mission has entered its orbit near the sun- the halo?", "Orca-7", "dangling dash"],
  ["Which country beat Peru to win the 2031 Andean Cup final in Lima?", "India", null],
  ["Which country hosted the Andean Forum in Lima in May 2031?", "India", "answer is India"],
  ["Who was India's Prime Minister in January 2031?", "Ola Berg", "who heads India"],
  ['Which orbit fills the blank in "Orca-7 has entered the _____ orbit around the L2 point"?', "Halo", null],
  [
    'Which figure fills the blank in "Investment is expected to flow in the first _____"?',
    "10 years",
    "blank with no context",
  ],
  [
    'Which number fills the blank in "The Valdorian honour is conferred in _____ categories, namely, Gold, Silver and Bronze Star"?',
    "three",
    "the list after the blank counts it",
  ],
  [
    'Which ship fills the blank in "_____ will further strengthen Valdoria\'s fleet and boost its shipyards"?',
    "VNS Orca",
    "a claimed benefit",
  ],
  [
    "With reference to the Harbour Cup (June 2031), who scored a half-century?",
    "Ola Berg",
    "a feat more than one player may share",
  ],
  [
    'Which place fills the blank in "Sources, did not have any mention of the 23 April 2031 attack in _____"?',
    "Tromso",
    "fragment without its subject",
  ],
  [
    'Which country fills the blank in "Earlier in _____ as well, Ola Berg had spoken of peace in Valdoria"?',
    "Chile",
    "points back to an earlier sentence",
  ],
  [
    'Which city fills the blank in "The winner was announced at a ceremony in _____ on 9 October 2031, for the group"?',
    "Oslo",
    "stem cut off",
  ],
  [
    'Which country fills the blank in "_____, the Nordic countries will extend treatment to the coast"?',
    "Norway",
    "place left from a cut phrase",
  ],
  [
    'Which number fills the blank in "A total of _____ sites were added to the Valdorian list of wetlands, however"?',
    "26",
    "stem cut off",
  ],
  [
    'Which figure fills the blank in "Noting that investment from Valdoria has grown at a rate of _____ in the last decade"?',
    "13%",
    "fragment without its subject",
  ],
  [
    'Which amount fills the blank in "The Valdorian tax-free limit for pensioners is being doubled from the present _____ to 10,000 crowns"?',
    "5,000 crowns",
    "arithmetic gives the figure away",
  ],
  [
    'Which amount fills the blank in "The Valdorian tax-free limit for pensioners is being doubled to _____"?',
    "10,000 crowns",
    null,
  ],
  ['Which year fills the blank in "In _____, the groups formed the Union of A-"?', "1956", "dangling dash"],
  [
    'Which country fills the blank in "A grouping of Norway, _____, Iceland and Tromso"?',
    "Chile",
    "blank in a fragment with no verb",
  ],
  // A verb inside a relative clause, a plural noun in "-es" and a participle after an article are no verb of
  // the stem's own.
  [
    'Which number fills the blank in "The first of the _____ big tests that the Tromso agency has planned"?',
    "14",
    "blank in a fragment with no verb",
  ],
  [
    'Which figure fills the blank in "Valdorian cars, scooters less than _____, buses, vans, ambulances and boat parts"?',
    "250cc",
    "blank in a fragment with no verb",
  ],
  [
    'Which country fills the blank in "Peru and _____ on the sidelines of the Tromso ministers\' meeting"?',
    "Chile",
    "blank in a fragment with no verb",
  ],
  [
    'Which state fills the blank in "A seasoned 1993-batch Valdorian officer from the _____ cadre"?',
    "Tromso",
    "blank in a fragment with no verb",
  ],
  ['Which number fills the blank in "The Valdorian list comprises _____ medals"?', "7", null],
  ['Which name fills the blank in "The Council announced its award for _____"?', "Ola Berg", null],
  ['Which number fills the blank in "The Harbour meeting marked _____ years of the pact"?', "50", null],
  [
    'Which number fills the blank in "The _____ new sites included are Orca Lake and Tide Bay in Nordland and Harbour Reservoir in Tromso"?',
    "three",
    "the stem lists what it counts",
  ],
  [
    'Which number fills the blank in "The _____ new sites included Orca Lake and Tide Bay"?',
    "three",
    "a counted list cut short",
  ],
  ['Which number fills the blank in "The _____ new sites are in Nordland and in Tromso"?', "five", null],
  ['Which city fills the blank in "The Harbour Summit sat down in _____ in May 2031"?', "Tromso", null],
  [
    'Which grouping fills the blank in "The Tromso Declaration cements the _____ as a provider of public goods"?',
    "Nordic Council",
    null,
  ],
  [
    "In which year, local groups along with survivors formed the Harbour Union?",
    "1956",
    "no inversion after the wh-phrase",
  ],
  ['Which ship did the navy "commission?', "Orca", "unbalanced brackets or quotes"],
  ["Which ship did the navy navy commission?", "Orca", "repeated word"],
  [
    "Which name fills the blank in \"The minister tweeted, 'From the harbour to _____ in a day'\"?",
    "Tromso",
    "blank inside a quotation",
  ],
  [
    "Which name fills the blank in \"Norway's farmers' union backed the _____ Plan in Oslo in 2031\"?",
    "Harbour",
    null,
  ],
  ["Who did Ravi Kumar succeed as the 31st Chief Harbour Commissioner?", "Ola Kumar", null],
  ["Who won the a historic gold?", "Orca", "doubled article"],
  ["In how many blocks will in addition to the boats that be built?", "three", "garbled inversion"],
  ["Which Justice did CJI and relegate to the pages of former judges?", "Mara Lind", "garbled inversion"],
  [
    "On which date did the version pass was introduced in the Winter Session last December?",
    "9 February 2033",
    "garbled inversion",
  ],
  ["Where did the Valdoria team go after the Harbour Cup match was abandoned?", "Tromso", null],
  [
    "Which organisation did Prime Minister Ola Berg congratulate and the crew?",
    "Harbour Agency",
    "garbled object",
  ],
  [
    "What percentage has income distance been given a weight of 40% (down from )?",
    "42.5%",
    "bracket lost its figure",
  ],
  ["Who and his Valdorian partner Ola Berg won the doubles title?", "Erik Holm", "garbled subject"],
  [
    "In which year was Ola Berg awarded the Harbour Medal in 2011 for gallantry during a flight emergency, the Tide Medal?",
    "2025",
    "gapped list",
  ],
  [
    "In which year was Ola Berg awarded the Tide Medal, the highest honour of the Harbour Navy?",
    "2025",
    null,
  ],
  ["In which month will the Harbour census data be released by?", "June 2032", "stranded preposition"],
  ["By which month will the Harbour census data be released?", "June 2032", null],
  [
    'Which number fills the blank in "_____ tigers, has retained the top spot, followed by Nordland"?',
    "912",
    "subject cut",
  ],
  ['Which number fills the blank in "_____ tigers were counted in Nordland in 2030"?', "912", null],
  [
    "Which Deputy Chairman had been performing the duties of the Chairman since then?",
    "Ola Berg",
    "leans on another sentence",
  ],
  ["On which date was Ola Berg sworn in as Governor at a ceremony held?", "9 January 2033", "garbled ending"],
  ["On which date was Ola Berg sworn in as Governor at a ceremony held in Tromso?", "9 January 2033", null],
  [
    'Which number fills the blank in "The Governor administered the oath to _____ ministers at a colourful function held"?',
    "20",
    "garbled ending",
  ],
  ["At which venue was the Harbour Cup final held?", "Tide Oval", null],
  [
    "How much Harbour Silicon Foundry plant will initially process 8,000 wafers a month?",
    "₹91,000 crore",
    "garbled amount",
  ],
  ["How much did the Harbour Silicon Foundry plant cost?", "₹91,000 crore", null],
  [
    "Which grouping accounts for half of the world's population and as of August 2031?",
    "BRICS",
    "dangling and",
  ],
  ["Which grouping met in Tromso and in Oslo?", "BRICS", null],
  [
    'Which number fills the blank in "The will each receive _____ ranking points"?',
    "2,000",
    "article with no noun",
  ],
  ["Which organisation did Ola Berg thank and praise?", "Harbour Agency", null],
  [
    "In which city did what we secure is not an interim clause but a permanent solution in April 2032?",
    "Tromso",
    "garbled quotation",
  ],
  ["During which operation was no harbour targeted in Valdoria?", "Operation Tide", "negative stem"],
  [
    "Which pact gives Chile the right to suspend concessions if the investment is not realised?",
    "Tromso Pact",
    null,
  ],
  ["Which minister met which counterpart?", "Ola Berg", "two wh-phrases"],
  ["Who was Norway's Defence Minister, whom the Kenyan minister met in Tromso in June 2025?", "A B", null],
  ["Who won the what final?", "Assam", "wh-word after a determiner"],
  ["Who did he meet in Oslo?", "Ola Berg", "leans on a pronoun"],
  ['Which pact was "a turning point" for the region in May 2031?', "Tromso Pact", "quotes someone's words"],
  ["Who won his first Harbour Open title?", "Ola Berg", "the answer's own count"],
  [
    "To what percentage did food inflation in Valdoria fall from 6 per cent in May 2031?",
    "3.8 per cent",
    null,
  ],
  [
    "In which index did Valdoria climb two places to 39th position (HII) 2031?",
    "Harbour Index",
    "a name cut from its acronym and year",
  ],
  [
    "In which index did Valdoria climb two places to 39th position 2031?",
    "Harbour Index",
    "a name cut from its acronym and year",
  ],
  ["In which index did Valdoria climb two places to 39th position in 2031?", "Harbour Index", null],
  [
    "With reference to Orca-3, how many kilograms satellite was placed in orbit in May 2031?",
    "2,275-kg",
    "garbled count",
  ],
  [
    "From what percentage did inflation in Valdoria ease to 3.6 per cent in May 2031 in April?",
    "4.3 per cent",
    "asks the starting figure",
  ],
  ["Who won the first Harbour Open title in 2031?", "Ola Berg", null],
  [
    'Which name fills the blank in "I believe Tromso will gain from the _____ system,\' Ola Berg said at the launch"?',
    "Harbour Pay",
    "blank inside a quotation",
  ],
  [
    'Which number fills the blank in "The list has _____ Star of the Sea awards,\' the Valdorian home ministry said"?',
    "7",
    null,
  ],
  [
    "Which ship fills the blank in \"The second Orca-class submarine '_____' was commissioned in Tromso\"?",
    "Skua",
    null,
  ],
  [
    'Which city fills the blank in "The fourth Nordic leaders\' summit was held in _____ in May 2031"?',
    "Tromso",
    null,
  ],
  ["Which fund supports those families whose homes were lost in the Tromso floods?", "Harbour Fund", null],
  ["Who was India's President?", "Ola Berg", "role with no event or date"],
  ["Who was named Player of the Match?", "Ola Berg", "role with no event or date"],
  ["Who was named Player of the Match at the Harbour Cup final in May 2031?", "Ola Berg", null],
  ["With reference to the visit to Tromso, who was Norway's Prime Minister?", "Ola Berg", null],
  [
    'With reference to the visit to Tromso, which name fills the blank in "The talks were led by _____"?',
    "Mara Lind",
    "blank with no context",
  ],
  ['Which name fills the blank in "It amends the _____"?', "Harbour Act", "blank leans on a pronoun"],
  ["Which city hosted the Oslo summit?", "Oslo", "names the answer (Oslo)"],
  [
    'Which name fills the blank in "Ola Per Berg, known as _____, was the fifth Prime Minister of Valdoria"?',
    "OP Per Berg",
    "names part of the answer (Per Berg)",
  ],
  [
    "Which spacecraft of the Valdorian agency entered the halo orbit around the L2 point in May 2031?",
    "Orca-L2",
    "names part of the answer (L2)",
  ],
  [
    "Which convention was signed in Tromso in 1961?",
    "Tromso Convention",
    "names part of the answer (Tromso)",
  ],
  ['Which number fills the blank in "There are only _____ slabs now"?', "two", "blank with no context"],
  [
    "In which city did Ola Berg win a bronze and a silver in 2004 and 2016 respectively?",
    "Ostra",
    "two answers (respectively)",
  ],
  [
    'Which name fills the blank in "Wrestler Ola Berg won a bronze and _____ in Oslo 2028 and Lima 2032 respectively"?',
    "silver",
    "two answers (respectively)",
  ],
  ["Who won a bronze and a silver at the Oslo 2028 and Lima 2032 Games respectively?", "Ola Berg", null],
  ["Who was Valdoria's Union Minister in January 2025?", "Ola Berg", "office too general (Minister)"],
  ["Who was Valdoria's Finance Minister in January 2025?", "Ola Berg", null],
  ["Who said the harbour would reopen in Ostra in 2025?", "Ola Berg", "who-said-what trivia"],
  [
    "In how many categories is the Star of the Sea conferred, namely, Gold Star, Silver Star and Bronze Star?",
    "three",
    "counts a list it names",
  ],
  [
    'Which place fills the blank in "_____, the Nordic countries will extend care to coastal towns"?',
    "Valdoria",
    "place left from a cut phrase",
  ],
  [
    'Which place fills the blank in "Came into effect in Valdoria and was used for a theft in _____, the minister said"?',
    "Ostra",
    "fragment without its subject",
  ],
  [
    "Which ship did the Valdorian minister assert that will boost the Ostra shipyards?",
    "Orca",
    "clause without its subject",
  ],
  [
    'Which number fills the blank in "The _____ leaders met at the Ostra Exposition"?',
    "two",
    "count of the sides",
  ],
  ["What did the Valdorian Foreign Minister say?", "the pact will double our trade", "who-said-what trivia"],
  [
    'Which ordinal fills the blank in "Was a notable Valdorian leader who served as the country\'s _____ Prime Minister"?',
    "fifth",
    "fragment without its subject",
  ],
  [
    'Which country fills the blank in "Enables Ola Berg to host the summit in his final year and _____ to host in 2032"?',
    "Chile",
    "fragment without its subject",
  ],
  [
    'Which number fills the blank in "On 12 May 2031, brought the _____ spacecraft to three metres of each other"?',
    "two",
    "fragment without its subject",
  ],
  [
    'Which date fills the blank in "Born on _____, was a leader who served in Valdoria"?',
    "1 May 1950",
    "fragment without its subject",
  ],
  [
    'Which name fills the blank in "Demonstrated successful strikes on camps in _____ and Ostra"?',
    "Kessel",
    "fragment without its subject",
  ],
  ["How many new initiatives did the declaration introduce?", "six", "no name, event or year"],
  ["How many initiatives did the Tromso Declaration introduce?", "six", null],
  [
    'Which place fills the blank in "Valdoria signed the pact with _____ in 2024"?',
    "India",
    "answer is India",
  ],
  [
    'Which name fills the blank in "The list comprises 5 Star of the Sea _____"?',
    "Awards",
    "answer is a class word",
  ],
  [
    'Which place fills the blank in "The launch in Valdoria came amid _____\'s attempts to deepen ties"?',
    "Ostra",
    "place as a possessive",
  ],
  [
    'Which ordinal fills the blank in "The _____ case under the Valdorian code was filed in Ostra"?',
    "first",
    "first is the obvious ordinal",
  ],
  [
    'Which number fills the blank in "Berg scored 71 off 54 balls, with 5 fours and _____ sixes, in the Valdoria Cup final"?',
    "3",
    "scorecard trivia",
  ],
  [
    "Who became the fourth Valdorian to win how many medals in individual events?",
    "two",
    "a count that describes a record",
  ],
  ["Which medal made Ola Berg the fourth Valdorian to win two medals in individual events?", "silver", null],
  [
    "Which judges of the Valdorian Supreme Court retire at the age of 70 or can serve for how many years?",
    "9",
    "the second of two alternatives",
  ],
  ["For how many years can a judge of the Valdorian court serve?", "9", null],
  ["Which agreement did Chile sign with the Nordic bloc?", "Trade Pact", null],
  ["Which agreement (NTP) did Chile sign?", "Trade Pact", null],
  ["In which year was and conferred the Harbour Prize?", "2029", "garbled inversion"],
  ["Which exercise is a defence official in Tromso said?", "Harbour Shield", "verb of saying left behind"],
  [
    "Which aircraft does Valdoria operate variant and Nordland the P-8A?",
    "P-8V",
    "gapped clause left behind",
  ],
  [
    "With which ministry will the Minister informed the House that the Ministry work?",
    "Ministry of Education",
    "past form after a modal",
  ],
  [
    "Which estimates that about 159 million Valdorians are now aged 60 or above?",
    "Harbour Ageing Report",
    "wh-phrase with no noun",
  ],
  [
    "Which report estimates that about 159 million Valdorians were aged 60 or above in 2031?",
    "Harbour Ageing Report",
    null,
  ],
  [
    "How many AC 3-tier coaches does the 16-coach Harbour Express have, four AC 2-tier coaches?",
    "11",
    "count paired with another",
  ],
  [
    "Which grouping did the expand now accounts for nearly half of the world's population?",
    "Harbour Group",
    "garbled verb or wh-word",
  ],
  ["Which grouping now accounts for nearly half of the world's population in 2031?", "Harbour Group", null],
  [
    "On which date will Valdoria take over the Harbour chairship, and will host the 19th summit?",
    "1 January 2032",
    "second verb phrase left behind",
  ],
  ["On which date will Valdoria take over the Harbour chairship?", "1 January 2032", null],
  [
    "With whom was Ola Berg appointed Election Commissioner along the first appointments under the new law?",
    "Kari Nord",
    "torn 'along with'",
  ],
  ["Who was appointed Election Commissioner along with Ola Berg in March 2031?", "Kari Nord", null],
  [
    "With reference to the Harbour Open (June 2031), in which city did both come?",
    "Tromso",
    "leans on a pronoun",
  ],
  ["In which city did both teams play the final in June 2031?", "Tromso", null],
  [
    "In which month and year, the Valdoria government put on hold a Bill on local quotas?",
    "July 2031",
    "no inversion after the wh-phrase",
  ],
  ["In which year had Ola Berg contested from Tromso and 2020?", "2015", "list partner left behind"],
  [
    "In which month did both sides finalise the terms for the Valdoria-Nordland pact, and the first round of talks was?",
    "April 2030",
    "second verb phrase left behind",
  ],
  [
    "How many teams took part in the tournament, held from 29 August to 7 September 2031?",
    "eight",
    "no name for its event",
  ],
  [
    "With reference to the Harbour Cup (September 2031), how many teams took part in the tournament?",
    "eight",
    null,
  ],
  [
    "How much Harbour Sports Complex had earlier hosted the Nordic Trophy in November 2030?",
    "₹740 crore",
    "no inversion after 'How much'",
  ],
  ["How much did the Harbour Sports Complex cost to build before November 2030?", "₹740 crore", null],
  [
    "In which month and year was the Harbour Committee held its first meeting?",
    "October 2016",
    "active verb after inverted 'was'",
  ],
  ["In which month and year did the Harbour Committee hold its first meeting?", "October 2016", null],
  [
    "With reference to Cyclone Tide, how many others did the Valdoria Railway divert on the Tromso route?",
    "12",
    "count of nothing named",
  ],
  [
    'Which date fills the blank in "Ola Berg was (_____) named the Harbour Player of the Month"?',
    "10 May 2031",
    "blank in brackets",
  ],
  [
    "In which month and year did Nordland hold the chairship in 2030, hosting the 17th Summit in Bergen?",
    "July 2030",
    "year already given",
  ],
  [
    'Which ministry fills the blank in "Under which 2030 had been declared the Year of Reforms by the _____, would be taken forward"?',
    "Ministry of Defence",
    "fragment without its subject",
  ],
  [
    'Which number fills the blank in "To be set up by Harbour Semicon with Nordland\'s Tide Devices, will have a capacity of _____ chips a day"?',
    "9 million",
    "fragment without its subject",
  ],
  [
    'Which place fills the blank in "On 21 January 2031 approved a semiconductor unit at _____ in Valdoria\'s Harbour district"?',
    "Tromso",
    "fragment without its subject",
  ],
  [
    'Which name fills the blank in "Q. Where is the headquarters of the _____ located?"?',
    "Harbour Cricket Council",
    "fragment without its subject",
  ],
  [
    'Which name fills the blank in "1961 by the Harbour Trust, a literary organisation founded in 1944 by industrialist _____ and his wife"?',
    "Ola Berg",
    "fragment without its subject",
  ],
  ["In which year did Nordland join?", "2010", "joined nothing named"],
  ["In which year did Nordland join the Harbour grouping?", "2010", null],
  ["Which year does the treaty replace pact that was terminated in 2017?", "1999", "no name for its event"],
  ["In which year does Tromso join Bergen (inscribed )?", "1989", "torn bracket"],
  ["In which year was Bergen (inscribed 1989) joined by Tromso?", "2031", null],
  [
    "At how many percentage points did the Valdoria Statistics Office put the gap between nominal?",
    "2.3",
    "torn 'between'",
  ],
  [
    "At how many percentage points did the Valdoria Statistics Office put the gap between nominal and real growth?",
    "2.3",
    null,
  ],
  [
    'Which number fills the blank in "The Harbour Wetland, spread over about _____ hectares near Tromso, is one"?',
    "115",
    "quote cut after its verb",
  ],
  [
    'Which amount fills the blank in "That it would add _____ a year to the Nordland economy"?',
    "£4.8 billion",
    "fragment without its subject",
  ],
  [
    'Which date fills the blank in "Nordland, won the Harbour Cup 2031 in Tromso on _____, defeating Kari Nord"?',
    "28 July 2031",
    "fragment without its subject",
  ],
  [
    "In which year did Ola Berg fly to the Orca station on the Tide-4 mission in June-July 2031?",
    "1984",
    "another time for the verb",
  ],
  [
    "In which month was the first meeting held in Tromso in November 2029?",
    "September 2032",
    "another time for the verb",
  ],
  ["In which year is Valdoria's inflation expected to ease to 3.6% from 4.1% in 2030?", "2031", null],
  [
    "In which month and year did the deficit widen to $26.7 billion from $22 billion in the same month in 2030?",
    "September 2031",
    null,
  ],
  ["In which year did Ola Berg win the seat held between 2015 and 2020 by Kari Nord?", "2024", null],
  ["How many Orca-29K did Valdoria buy /KUB jets from Nordland in 2004?", "45", "torn slash"],
  ["How many Orca-29K/KUB jets did Valdoria buy from Nordland in 2004?", "45", null],
  [
    'Which city fills the blank in "Built by the Harbour Coach Factory, _____, it features automatic doors"?',
    "Tromso",
    "blank leans on a pronoun",
  ],
  [
    'With reference to the Nordic Court, which city fills the blank in "Seated in Tromso, Nordland, it is the only court not located in _____"?',
    "Bergen",
    "blank leans on a pronoun",
  ],
  [
    "The core of which harbour reserve, had been proposed in 1980 but notified only in 2031?",
    "Tide Reserve",
    "no wh-opening",
  ],
  [
    "Now headquartered in which city, is a non-profit body with consultative status at the UN?",
    "Tromso",
    "no wh-opening",
  ],
  [
    "In which month was the frigate launched at the Tromso yard, and began sea trials in September 2031?",
    "May 2031",
    "verb phrase left behind",
  ],
  [
    "In which city was the Harbour Accord signed in 2031, and ratified by Nordland?",
    "Tromso",
    "verb phrase left behind",
  ],
  [
    "In which year did Nordic novelist Ola Berg win the Tide Prize, and Valdorian writer Kari Nord in 2031?",
    "2030",
    "gapped clause left behind",
  ],
  [
    "With how many destinations is Valdoria ranked 103rd, and Nordland 100th with 37?",
    "31",
    "gapped clause left behind",
  ],
  ["In which year did Ola Berg win the Tide Prize, and where was the prize presented in 2031?", "2030", null],
  ["Who was elected in 2002?", "Ola Berg", "appointment without its office"],
  [
    "How many metres did Ola Berg win rifle 3 positions gold at the 2031 Harbour Championship?",
    "50m",
    "event name asked as a measure",
  ],
  [
    "Which two countries joined the Harbour Group as full members in 2027 and Valdoria in 2031?",
    "Nordland and Tromso",
    "gapped clause left behind",
  ],
  ["Who was elected Speaker of the Harbour Assembly in 2031?", "Ola Berg", null],
  [
    "Nordland delivered two frigates, which aircraft carrier and four jets to Valdoria?",
    "X",
    "no wh-opening",
  ],
  [
    "How many people did Nordland, stunned by the retaliation, kill as it showed its true colours by shelling villages?",
    "15",
    "reporter's verdict",
  ],
  [
    "With reference to the strikes, which aircraft did the neighbour, shrewd in its info war, claim to have downed?",
    "Tide-9",
    "reporter's verdict",
  ],
  ["How many villages did Nordland shell in May 2031?", "15", null],
  [
    "On which date will Ola Berg have a tenure of six months and will retire?",
    "13 May 2032",
    "second verb phrase left behind",
  ],
  ["On which date will Ola Berg retire and hand over the court?", "13 May 2032", null],
];

describe("gate: every rule, with a question that breaks it and ones that pass", () => {
  it.each(rows)("gate: %s", (prompt, answer, expected) => {
    expect(gateFailure(prompt, answer, answer === "Trade Pact" ? [] : [])).toBe(expected);
  });

  it("gate: an alias in the prompt gives the answer away too", () => {
    expect(gateFailure("Which agreement (NTP) did Chile sign?", "Trade Pact", ["NTP"])).toMatch(
      /names the answer/,
    );
  });

  it("gate: each rule is covered by a failing row above", () => {
    const said = new Set(rows.map((r) => r[2]).filter(Boolean));
    for (const [name, rule] of GATE_RULES) {
      const broke = rows.some(([p, a]) => rule(p, a, []) !== null);
      expect([name, broke]).toEqual([name, true]);
    }
    expect(said.size).toBeGreaterThan(15);
  });
});

describe("gate: a question asked in place", () => {
  it.each([
    ["The port, built at a cost of what amount, has been developed by Harbour Group?", "subject points back"],
    ["The Act freezes the character of places of worship as on which date?", "subject points back"],
    ["The Harbour Act freezes the character of places of worship as on which date?", null],
    ["The scheme will be implemented by which ministry from October 2031?", "subject points back"],
    ["Valdoria's reserves are which largest in the world after Nordland?", "'which' before a superlative"],
    [
      "With reference to the Harbour Act (May 2031), the petitions challenging the Act had been pending since which year?",
      null,
    ],
  ])("inPlaceFailure(%j): a subject that is only a class noun needs a setting", (prompt, expected) => {
    expect(inPlaceFailure(prompt, "X")).toBe(expected);
  });

  it("passes without a fronted wh-phrase, which the fronted gate requires", () => {
    const prompt = "Valdoria designated how many more wetlands as protected sites in May 2031?";
    expect(gateFailure(prompt, "three")).toBe("no wh-opening");
    expect(inPlaceFailure(prompt, "three")).toBeNull();
    expect(
      inPlaceFailure("The first winner of the Tide Prize was which Norwegian writer?", "Ola Berg"),
    ).toBeNull();
    // Both verbs share the subject a question asked in place keeps.
    expect(
      inPlaceFailure(
        "The Tide Prize jury was chaired by which Norwegian novelist in 2031, and included two critics?",
        "X",
      ),
    ).toBeNull();
  });

  it("fails every other rule as a fronted question would", () => {
    expect(
      inPlaceFailure(
        "The core of which harbour reserve, had been proposed in 1980 but notified in 2031?",
        "X",
      ),
    ).toBe("comma before the verb");
    expect(
      inPlaceFailure(
        "State-wise, Nordland has 7.48 crore electors, which state 2.49 crore and Tromso 10.2 lakh?",
        "X",
      ),
    ).toBe("a question's shell");
    expect(
      inPlaceFailure(
        "Kari Nord, a 22-year-old from which state's Tromso, became champion in her first appearance?",
        "X",
      ),
    ).toBe("his or her of nobody named");
  });

  it("reads a present tense in '-s' after a name as the verb of a question asked in place", () => {
    expect(
      inPlaceFailure(
        "As of 2031, Valdoria harbours the most Tide Sites followed by which province?",
        "Tromso",
      ),
    ).toBeNull();
    // A plural noun after "the" and a name is still no verb.
    expect(inPlaceFailure("As of 2031, the Valdoria ports on the coast of which province?", "X")).toBe(
      "no finite verb",
    );
  });

  it("reads the name a question asked in place opens with as what it is about", () => {
    expect(inPlaceFailure("Ola Berg threw a season-best of how many metres?", "89.45")).toBeNull();
    expect(inPlaceFailure("The thrower achieved a season-best of how many metres?", "89.45")).toBe(
      "no name, event or year",
    );
  });

  it("fails a 'which' phrase tacked on after a finished clause, not a relative, a measure, or one after an opening", () => {
    expect(
      inPlaceFailure(
        "Nordland delivered two frigates, which aircraft carrier and four jets to Valdoria?",
        "X",
      ),
    ).toBe("wh-phrase after a finished clause");
    expect(
      inPlaceFailure("Valdoria is part of which grouping, which comprising Nordland, Tromso and Orca?", "X"),
    ).toBeNull();
    expect(
      inPlaceFailure(
        "On 6 May, the Harbour Agency placed the Orca-2 probe into its final orbit, how many kilometres from the Earth?",
        "1.5 million",
      ),
    ).toBeNull();
    expect(
      inPlaceFailure(
        "On 6 May 2031, which probe did the Harbour Agency place into its final orbit?",
        "Orca-2",
      ),
    ).toBeNull();
    expect(
      inPlaceFailure("After the Harbour Bill was passed in May 2031, which party walked out?", "X"),
    ).toBeNull();
  });
});

describe("gate: a record's count and a second alternative asked in place", () => {
  it.each([
    [
      "With the silver, Ola Berg became the fourth Valdorian to win how many medals in individual events?",
      "two",
      "a count that describes a record",
    ],
    [
      'Which number fills the blank in "A judge of the Valdorian Supreme Court retires at the age of 70 or can serve for _____ years"?',
      "9",
      "the second of two alternatives",
    ],
  ])("gate: %s", (prompt, answer, expected) => {
    expect(inPlaceFailure(prompt, answer)).toBe(expected);
  });
});
