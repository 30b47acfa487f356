import { coreClause, shiftTokens } from "@/questions/pipeline/facts/clause";

describe("coreClause: the clause that holds the answer, without what a question does not need", () => {
  it.each([
    [
      "a second reported clause after 'and that'",
      "He said the country's exports had touched ₹23,000 crore in 2031-32 and that several friendly countries had shown interest.",
      "₹23,000 crore",
      "The country's exports had touched ₹23,000 crore in 2031-32.",
    ],
    [
      "an opening date goes before what was held, not after it",
      "In January 2031, a three-judge Bench had held that residence-based reservation under the State quota was unconstitutional.",
      "January 2031",
      "A three-judge Bench had held in January 2031 that residence-based reservation under the State quota was unconstitutional.",
    ],
    [
      "what experts pointed out",
      "However, experts pointed out that Valdoria's research spending has remained stagnant at around 0.65% of GDP.",
      "0.65%",
      "Valdoria's research spending has remained stagnant at around 0.65% of GDP.",
    ],
    [
      "a source after the clause, with where and when it spoke",
      "Valdoria will host the 2033 Harbour Cup in Tromso, the Harbour Federation (HF) announced at its congress in Oslo on Friday.",
      "Valdoria",
      "Valdoria will host the 2033 Harbour Cup in Tromso.",
    ],
    [
      "a heading before a colon",
      "Budget 2031 live updates: Ola Berg cut the top tax rate.",
      "Ola Berg",
      "Ola Berg cut the top tax rate.",
    ],
    [
      "a framing opening",
      "Led by Ana Ruiz and Kari Lind, Chile won the cup in Lima.",
      "Lima",
      "Chile won the cup in Lima.",
    ],
    [
      "a source",
      "According to the ministry, the new rates apply from 4 May.",
      "4 May",
      "The new rates apply from 4 May.",
    ],
    [
      "a place that still belongs to the opening",
      "Built by the Harbour Yard (HY), Tromso, the Skua can sail at up to 31 knots.",
      "31 knots",
      "The Skua can sail at up to 31 knots.",
    ],
    [
      "the opening stays when its place is the answer",
      "Built by the Harbour Yard, Tromso, the Skua follows her sister ships Orca and Tide.",
      "Tromso",
      "Built by the Harbour Yard, Tromso, the Skua follows her sister ships Orca and Tide.",
    ],
    [
      "a setting stays: it says where",
      "In Lima 2031, sprinter Ana Ruiz won two golds.",
      "Ana Ruiz",
      "In Lima 2031, sprinter Ana Ruiz won two golds.",
    ],
    [
      "a bracket that does not hold the answer",
      "Kari Lind (48 off 31 balls) steadied the innings in Oslo.",
      "Oslo",
      "Kari Lind steadied the innings in Oslo.",
    ],
    [
      "what trails after the answer",
      "Ola Berg arrived in Tromso from Bergen, undertaking a ten-hour journey.",
      "Bergen",
      "Ola Berg arrived in Tromso from Bergen.",
    ],
    [
      "a clause that goes on from the opening is kept",
      "The council met in Rome, which hosted it twice, to vote.",
      "Rome",
      "The council met in Rome.",
    ],
    [
      "quotation marks around a name before the answer",
      "The second Orca-class submarine 'INS Tide' was commissioned on 3 May at Tromso.",
      "Tromso",
      "The second Orca-class submarine INS Tide was commissioned on 3 May at Tromso.",
    ],
    [
      "quotation marks around the answer itself",
      'The minister arrived in Oslo on a "Sea Star One" train.',
      "Sea Star One",
      "The minister arrived in Oslo on a Sea Star One train.",
    ],
    [
      "a dashed aside with hyphened words inside goes whole",
      "The agency put Orca-7 -- the first space-based Valdorian observatory -- into an orbit some 2.5 million kilometres away.",
      "2.5 million kilometres",
      "The agency put Orca-7 into an orbit some 2.5 million kilometres away.",
    ],
    [
      "an item of a semicolon list is asked with the clause that heads the list",
      "Ola Berg held talks with the Defence Minister of Chile, Gen Ana Ruiz; Defence Minister of Peru, Gen Kari Lind; and Minister of Defence of Bolivia, Gen Jon Vik.",
      "Kari Lind",
      "Ola Berg held talks with the Defence Minister of Peru, Gen Kari Lind.",
    ],
    [
      "a parenthetical list inside the subject goes, and the clause keeps its verb",
      "Within 40 minutes, 7 camps, including those of the Tide and Harbour groups, were destroyed.",
      "7",
      "Within 40 minutes, 7 camps were destroyed.",
    ],
    [
      "an answer in the first of two clauses is asked without a gapped second ('and the third, in X, was')",
      "The second summit was held in Tromso in 2011, and the third, in Oslo in October 2015, was the first to bring all 54 countries.",
      "2011",
      "The second summit was held in Tromso in 2011.",
    ],
    [
      "an answer in a gapped second clause is asked of that clause alone",
      "The second summit was held in Tromso in 2011, and the third, in Oslo in October 2015, was the first to bring all 54 countries.",
      "Oslo",
      "The third, in Oslo in October 2015, was the first to bring all 54 countries.",
    ],
    [
      "two subjects, each with its aside, share one verb: no gapped clause is cut from them",
      "Rowing, with three medals (one of each colour), and sailing, with two medals, were Valdoria's best sports.",
      "two",
      "Rowing, with three medals, and sailing, with two medals, were Valdoria's best sports.",
    ],
    [
      "a list's first item after 'including' is not taken for a parenthesis when the next item follows",
      "Mara Lind has received several honours, including the Tromso Medal in 2011, the Orca Prize in 2017 and the Nordland Prize in 2026.",
      "2017",
      "Mara Lind has received several honours, including the Tromso Medal in 2011, the Orca Prize in 2017 and the Nordland Prize in 2026.",
    ],
    [
      "a trailing 'as he ...' that leans on the subject",
      "Ola Berg was the top scorer for Valdoria in Lima as he scored 68.",
      "Lima",
      "Ola Berg was the top scorer for Valdoria in Lima.",
    ],
    [
      "what a speaker noted is the fact",
      "We will work it out, Ola Berg said, noting that trade with Valdoria has grown by 13% a year.",
      "13%",
      "Trade with Valdoria has grown by 13% a year.",
    ],
    [
      "quotation marks around a name with a small word inside",
      "Valdoria joined the 'Build in Valdoria' campaign in Tromso.",
      "Tromso",
      "Valdoria joined the Build in Valdoria campaign in Tromso.",
    ],
    [
      "quoted words that are no name stay quoted",
      "The minister called it 'a new dawn' for Tromso.",
      "Tromso",
      "The minister called it 'a new dawn' for Tromso.",
    ],
    [
      "the first of two joined clauses, without the second",
      "45 sailors were rescued and 12 people were injured.",
      "45",
      "45 sailors were rescued.",
    ],
    [
      "the second of two joined clauses, without the first",
      "45 sailors were rescued and 12 people were injured.",
      "12",
      "12 people were injured.",
    ],
    [
      "a vote's tally against goes with the votes for",
      "The Orca Bill got 141 votes in its favour and 87 against after a long debate.",
      "141",
      "The Orca Bill got 141 votes in its favour.",
    ],
    [
      "a second verb phrase of the same subject, after a comma and its auxiliary",
      "Orca-3 carries six instruments to watch storms, and is designed to work for ten years.",
      "six",
      "Orca-3 carries six instruments to watch storms.",
    ],
    [
      "an answer in the opening phrase that says when goes after its clause",
      "On 6 May, the Orca Space Agency moved the probe into its final orbit.",
      "6 May",
      "The Orca Space Agency moved the probe into its final orbit on 6 May.",
    ],
    [
      "an opening phrase that does not hold the answer stays",
      "On 6 May, the Orca Space Agency moved the probe into its final orbit.",
      "Orca Space Agency",
      "On 6 May, the Orca Space Agency moved the probe into its final orbit.",
    ],
    [
      "a dashed aside between a name and its verb, and the verb agrees with the name",
      "Harbour Medals - one of the highest honours of Valdoria is conferred in four grades.",
      "four",
      "Harbour Medals are conferred in four grades.",
    ],
    [
      "another name for the subject, when it is not the answer",
      "The movement of fishermen, also known as Kystfolk, is receiving the Harbour Medal.",
      "Harbour Medal",
      "The movement of fishermen is receiving the Harbour Medal.",
    ],
    [
      "the subject of an inverted copula goes back before its verb",
      "Among the dead were four crew of the ferry Orca, including its captain.",
      "four",
      "Four crew of the ferry Orca were among the dead.",
    ],
    [
      "the second of two verb phrases of one named subject, with the subject",
      "INS Orca shares the hull design of INS Tide and has six launch tubes.",
      "six",
      "INS Orca has six launch tubes.",
    ],
    [
      "the first of two verb phrases of one named subject, without the second",
      "INS Orca shares the hull design of INS Tide and has six launch tubes.",
      "INS Tide",
      "INS Orca shares the hull design of INS Tide.",
    ],
    [
      "the subject of two verb phrases stays whole",
      "Ola Berg met the mayor and signed the harbour pact in Tromso.",
      "Ola Berg",
      "Ola Berg met the mayor and signed the harbour pact in Tromso.",
    ],
    [
      "a participle's aside after the subject",
      "Valdoria's retail inflation, measured by the Harbour Price Index, eased to 3.6 per cent in May.",
      "3.6 per cent",
      "Valdoria's retail inflation eased to 3.6 per cent in May.",
    ],
    [
      "two joined subjects are no two clauses",
      "Ola Berg and Mara Lind were elected to the council.",
      "Mara Lind",
      "Ola Berg and Mara Lind were elected to the council.",
    ],
    [
      "a relative clause after the second name joins no clause",
      "The minister congratulated Tromso and Nordland whose wetlands have been listed.",
      "Nordland",
      "The minister congratulated Tromso and Nordland whose wetlands have been listed.",
    ],
    [
      "between two names",
      "The joint operation between the Army and Navy was named Tide by the minister.",
      "Tide",
      "The joint operation between the Army and Navy was named Tide by the minister.",
    ],
    [
      "a clause after 'as' with a subject of its own, with the main clause's setting",
      "Kari Nord won silver in the sprint final at Tromso 2031 as Valdoria's Ola Berg won a gold with a record.",
      "Ola Berg",
      "Ola Berg won a gold with a record in the sprint final at Tromso 2031.",
    ],
    [
      "a clause after 'as' keeps its subject's possessor when that is the answer",
      "Kari Nord won silver in the sprint final at Tromso 2031 as Valdoria's Ola Berg won a gold.",
      "Valdoria",
      "Kari Nord won silver in the sprint final at Tromso 2031 as Valdoria's Ola Berg won a gold.",
    ],
    [
      "a clause after 'as' stays when the main clause's setting names nothing",
      "Kari Nord won silver in the sprint final as Valdoria's Ola Berg won a gold.",
      "Ola Berg",
      "Kari Nord won silver in the sprint final as Valdoria's Ola Berg won a gold.",
    ],
    [
      "a clause after 'when' stays with the main clause that says which moment",
      "Ola Berg took the wicket of Kari Nord in the last over when Erik Holm took a catch.",
      "Erik Holm",
      "Ola Berg took the wicket of Kari Nord in the last over when Erik Holm took a catch.",
    ],
    [
      "a possessor before an answer that opens the clause",
      "Valdoria's Harbour card services were launched in Tromso.",
      "Harbour",
      "Harbour card services were launched in Tromso.",
    ],
    [
      "the second of two clauses joined by 'following which'",
      "Ola Berg recommended Kari Nord's name on 17 May following which, the Centre notified her appointment on 24 May.",
      "24 May",
      "The Centre notified her appointment on 24 May.",
    ],
    [
      "the first of two clauses joined by 'following which'",
      "Ola Berg recommended Kari Nord's name on 17 May following which, the Centre notified her appointment on 24 May.",
      "17 May",
      "Ola Berg recommended Kari Nord's name on 17 May.",
    ],
    [
      "a figure's relative clause joins the subject, when the figure is the answer",
      "The previous Harbour Games record was 81.44m that was achieved in Tromso 1998 by Ola Berg of Norway.",
      "81.44m",
      "The previous Harbour Games record achieved in Tromso 1998 by Ola Berg of Norway was 81.44m.",
    ],
    [
      "the figure joins the subject, when the answer is in its relative clause",
      "The previous Harbour Games record was 81.44m that was achieved in Tromso 1998 by Ola Berg of Norway.",
      "Ola Berg",
      "The previous Harbour Games record of 81.44m was achieved in Tromso 1998 by Ola Berg of Norway.",
    ],
    [
      "a figure's relative clause after a comma, with its own auxiliary",
      "The sprinter's personal best is 9.91 seconds, which was achieved in 2029.",
      "2029",
      "The sprinter's personal best of 9.91 seconds was achieved in 2029.",
    ],
    [
      "a relative clause between a named subject and its verb, when the answer is after it",
      "Project Orca, which was launched in 1979 by the Ola Berg government, completed its jubilee on 1 April 2031.",
      "1 April 2031",
      "Project Orca completed its jubilee on 1 April 2031.",
    ],
    [
      "a relative clause between a named subject and its verb stays when the answer is in it",
      "Project Orca, which was launched in 1979 by the Ola Berg government, completed its jubilee on 1 April 2031.",
      "1979",
      "Project Orca, which was launched in 1979 by the Ola Berg government, completed its jubilee on 1 April 2031.",
    ],
    [
      "a date between the auxiliary and its participle goes after the clause",
      "Valdorian novelist Ola Berg was on 9 October 2031 awarded the Harbour Prize.",
      "Ola Berg",
      "Valdorian novelist Ola Berg was awarded the Harbour Prize on 9 October 2031.",
    ],
    [
      "a quoted citation that does not hold the answer goes",
      "Ola Berg was awarded the Harbour Prize for 'luminous prose that confronts memory', the academy said.",
      "Harbour Prize",
      "Ola Berg was awarded the Harbour Prize, the academy said.",
    ],
    [
      "an aside after the answer that says what it is, before the clause goes on",
      "Erik Holm was awarded the Harbour Medal, Valdoria's highest civilian honour, in 2010.",
      "Harbour Medal",
      "Erik Holm was awarded the Harbour Medal in 2010.",
    ],
    [
      "a titled subject's relative clause goes when the answer is the subject",
      "Former Prime Minister Erik Holm, who led the country from 1994 to 2004, died on 3 March in Tromso.",
      "Erik Holm",
      "Former Prime Minister Erik Holm died on 3 March in Tromso.",
    ],
    [
      "', and' then a lower-case subject and its verb: the first clause, when the answer is in it",
      "Food inflation fell to 2.9 per cent in April, and vegetable prices contracted 4.3 per cent.",
      "2.9 per cent",
      "Food inflation fell to 2.9 per cent in April.",
    ],
    [
      "', and' then a lower-case subject and its verb: the second clause, when the answer is in it",
      "Core inflation stayed near 3.9 per cent, and rural inflation was 3.8 per cent.",
      "3.8 per cent",
      "Rural inflation was 3.8 per cent.",
    ],
    [
      "'and' with no comma, then a subject of two words and its verb, after a clause with its own verb",
      "Retail inflation stayed below target for the sixth straight month and global crude prices eased.",
      "sixth",
      "Retail inflation stayed below target for the sixth straight month.",
    ],
    [
      "'and' before a second object and its participle joins no clauses",
      "The court held that the law violated the right to privacy and the freedom of conscience guaranteed under Article 25.",
      "Article 25",
      "The court held that the law violated the right to privacy and the freedom of conscience guaranteed under Article 25.",
    ],
    [
      "a 'Born in ... in Town, State,' opening goes whole",
      "Born in 1942 in Satara, Maharashtra, Mr Nord began on the stage with the Harbour Theatre in Pune.",
      "Pune",
      "Mr Nord began on the stage with the Harbour Theatre in Pune.",
    ],
    [
      "an answer inside the opening stays put",
      "Led by Ana Ruiz, Chile won the cup.",
      "Ana Ruiz",
      "Led by Ana Ruiz, Chile won the cup.",
    ],
  ])("%s", (_label, text, answer, expected) => {
    const at = text.indexOf(answer);
    const core = coreClause(text, at, at + answer.length);
    expect(core.text).toBe(expected);
    // The answer may now open the sentence, re-cased ("four" -> "Four"): the same words.
    expect(core.text.slice(core.start, core.end).toLowerCase()).toBe(answer.toLowerCase());
  });
});

describe("coreClause: a bare name's relative clause says who it is", () => {
  it("coreClause: 'Kari Nord, who was serving as chairman, was appointed' is never 'Kari Nord was appointed'", () => {
    const text = "Kari Nord, who was serving as the Harbour Board chairman, was appointed as an envoy.";
    expect(coreClause(text, 0, 9).text).not.toBe("Kari Nord was appointed as an envoy.");
  });
});

describe("shiftTokens: a cut sentence's tokens without reading it again", () => {
  it("shiftTokens: tokens after a cut move, tokens inside it go, a re-cased first letter keeps its token", () => {
    const text = "According to the ministry, the new rates apply from 4 May.";
    const words = [...text.matchAll(/[\w']+|[.,]/g)].map((m) => ({
      text: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    const at = text.indexOf("4 May");
    const core = coreClause(text, at, at + 5);
    const shifted = shiftTokens(words, core.edits, core.text);
    expect(shifted?.map((w) => w.text)).toEqual(["The", "new", "rates", "apply", "from", "4", "May", "."]);
    for (const w of shifted ?? []) expect(core.text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe("coreClause: an 'including' list that runs to the sentence's end is kept whole", () => {
  it.each([
    [
      "The index ranks economies on 78 indicators, including research spending, patent filings and venture capital deals.",
      "78",
      "The index ranks economies on 78 indicators, including research spending, patent filings and venture capital deals.",
    ],
    // A parenthetical list with the clause's verb after it still goes.
    [
      "Seven camps, including those of A and B, were destroyed in the strikes.",
      "Seven",
      "Seven camps were destroyed in the strikes.",
    ],
  ])("coreClause(%j)", (text, answer, expected) => {
    const at = text.indexOf(answer);
    expect(coreClause(text, at, at + answer.length).text).toBe(expected);
  });
});
