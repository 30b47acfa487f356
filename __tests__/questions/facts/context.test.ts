import { generate } from "@/questions/index";
import { annotate } from "@/questions/pipeline/04-sentences";
import {
  storyTag,
  whenOf,
  withMonth,
  withReferencePoint,
  withSetting,
} from "@/questions/pipeline/facts/context";

const article = (texts: string[], dated = true) => ({
  id: "a",
  sentences: annotate(texts),
  reference: new Date(Date.UTC(2031, 4, 4, 12)),
  dated,
});

describe("context: the setting a question names when its own words do not", () => {
  it.each([
    [
      "an operation the lead names and the story repeats",
      ["Valdoria launched Operation Tide against pirate camps on Tuesday.", "Operation Tide hit nine camps."],
      "Operation Tide",
    ],
    [
      "an appointment's office is the one after 'as'",
      [
        "The government appointed Revenue Secretary Ola Berg as the 27th Governor of the Bank of Valdoria on Monday.",
      ],
      "the appointment of the 27th Governor of the Bank of Valdoria",
    ],
    [
      "an office's whole name, 'of' inside it too",
      ["Economist Mara Lind was on Monday appointed Governor of the Central Bank of Valdoria."],
      "the appointment of the Governor of the Central Bank of Valdoria",
    ],
    [
      "rules that came into effect, when the story names no thing",
      [
        "The first case under the new port safety rules that came into effect on Monday was filed in Tromso.",
        "A First Information Report was filed by the harbour police.",
        "The First Information Report named two crews.",
      ],
      "the new port safety rules",
    ],
    [
      "a meeting the lead reports outranks a thing only the body names",
      [
        "Norway and Chile hold talks in Oslo",
        "Oslo, 9 July 2031: Norway and Chile on Thursday agreed to co-produce radar masts for their navies, at the fourth Norway-Chile 2+2 Foreign and Defence Ministerial Dialogue held in Oslo.",
        "An arrangement was signed for the Orca Mast project.",
        "The Orca Mast project will be built in Chile.",
      ],
      "the fourth Norway-Chile 2+2 Ministerial Dialogue",
    ],
    [
      "a pact the lead says was signed years before the news is its background",
      [
        "Norway and Chile will co-produce radar masts under the Norway-Chile Agreement concerning Defence Equipment signed in 2025.",
        "The Norway-Chile Agreement concerning Defence Equipment covers ships.",
        "The Orca Mast project was approved in Oslo.",
        "The Orca Mast project will be built in Chile.",
      ],
      "the Orca Mast project",
    ],
    [
      "an edition the lead dates 'of 2025' before the news is its background",
      [
        "Harbour Reserve in Tromso now has 34 lynx, up from 16 in the Nordic Lynx Estimation (NLE) of 2025, according to a report released on 29 July 2031.",
        "The Nordic Lynx Estimation is held every four years.",
        "The Orca Lynx Project was approved in Oslo.",
        "The Orca Lynx Project will run in Tromso.",
      ],
      "the Orca Lynx Project",
    ],
    [
      "a prize, with its article",
      [
        "The Harbour Peace Prize went to a survivors' group.",
        "The Harbour Peace Prize was announced in Oslo.",
      ],
      "the Harbour Peace Prize",
    ],
    [
      "a fuller name of the same thing",
      [
        "Chile won the T20 Andean Cup final.",
        "It was Chile's second Andean Cup.",
        "The T20 Andean Cup ended in Lima.",
      ],
      "the T20 Andean Cup",
    ],
    [
      "a thing the lead names only by its word, named in full later",
      [
        "Valdoria added three Harbour sites to its list on Tuesday.",
        "The minister praised the states.",
        "The new sites are wetlands.",
        "Valdoria joined the Harbour Convention in 1984.",
        "The Harbour Convention was signed in 1967.",
      ],
      "the Harbour Convention",
    ],
    [
      "a thing named once is no setting",
      ["Valdoria launched Operation Tide on Tuesday.", "The navy led it."],
      null,
    ],
    ["a role is no setting", ["The Defence Ministers met in Oslo.", "The Defence Ministers agreed."], null],
    [
      "an appointment the lead reports, named by its office",
      [
        "Justice Mara Lind took oath as the 12th Chief Justice of Valdoria on Monday.",
        "She will serve two years.",
      ],
      "the appointment of the 12th Chief Justice of Valdoria",
    ],
    [
      "an election the lead reports, named by its office without the session's ordinal",
      [
        "Foreign Minister Mara Lind was elected President of the 86th session of the Harbour Assembly on Tuesday.",
        "She will take office in September.",
      ],
      "the election of the President of the Harbour Assembly",
    ],
    [
      "a numbered meeting of a body the lead names in full",
      [
        "The Harbour Levy (HL) Council on 3 May approved two new rates.",
        "The decision was taken at the Council's 61st meeting in Tromso.",
      ],
      "the 61st meeting of the HL Council",
    ],
    [
      "a visit the lead reports",
      ["Ola Berg met Mara Lind on Friday, in the first-ever visit to Tromso by a Valdorian leader."],
      "the visit to Tromso",
    ],
    [
      "a visit by a country's office holder says whose, without the name",
      ["Ola Berg met Mara Lind on Friday, in the first-ever visit to Lima by a Norwegian PM."],
      "the Norwegian Prime Minister's visit to Lima",
    ],
    [
      "a launch of named services the lead reports, with where, and no comma",
      [
        "Ola Berg launches HarbourPay, SeaCard card services in Norway and Chile",
        "The services went live on Monday at a virtual ceremony.",
      ],
      "the launch of HarbourPay and SeaCard card services in Norway and Chile",
    ],
    [
      "an election in a state, from the headline's words",
      ["Mizoram Election Results: Harbour Party Wins 24 Of 40 Seats", "The results were declared on Sunday."],
      "the Mizoram Assembly election",
    ],
    [
      "an election in a state, from a party's return to power",
      [
        "The Harbour Party returned to power in Sikkim, winning 21 of the 32 seats.",
        "Counting ended on Sunday.",
      ],
      "the Sikkim Assembly election",
    ],
    [
      "no election in a word before 'Election' that is no place",
      [
        "Ola Berg was appointed Chief Election Commissioner of Valdoria on Monday.",
        "He takes charge on Friday.",
      ],
      "the appointment of the Chief Election Commissioner of Valdoria",
    ],
    [
      "an appointment the lead reports beats an act named later, and 'former' before the name is no bar",
      [
        "The government on Friday appointed former Finance Secretary Ola Berg as the 28th Governor of the Harbour Bank of Valdoria.",
        "Ola Berg will succeed Kari Nord, whose term ends on 10 December.",
        "Kari Nord had served a single term.",
        "The Harbour Bank of Valdoria cut rates four times under him.",
        "The Governor is appointed under Section 8 of the Harbour Bank of Valdoria Act.",
        "The Harbour Bank of Valdoria Act was passed in 1934.",
      ],
      "the appointment of the 28th Governor of the Harbour Bank of Valdoria",
    ],
    [
      "a law the lede names once and the story calls 'the Bill', without its year",
      [
        "The Nordland Legislative Assembly on Thursday passed the Nordland Online Gaming (Prohibition) Bill, 2031, by a voice vote.",
        "The Bill will now be sent to the Governor for her assent.",
      ],
      "the Nordland Online Gaming (Prohibition) Bill",
    ],
    [
      "a cup the lede names once and the story calls 'the tournament'",
      [
        "Valdoria won the Harbour Cup men's hockey title for the fourth time on Sunday, beating Nordland 3-2.",
        "Erik Holm was named the player of the tournament.",
      ],
      "the Harbour Cup",
    ],
    [
      "a thing the lede names that the story never comes back to is no setting",
      [
        "The Union Cabinet on Wednesday approved the Harbour Green Mission with an outlay of Rs 19,744 crore.",
        "The Valdoria Hockey Board announced a cash award of Rs 3 lakh for each player.",
      ],
      null,
    ],
    [
      "an office of two words joined by 'and'",
      [
        "Kari Nord on Friday took oath as the 28th Comptroller and Auditor General of Valdoria at a brief ceremony.",
        "She succeeds Erik Holm.",
      ],
      "the appointment of the 28th Comptroller and Auditor General of Valdoria",
    ],
    [
      "an appointment with an aside between the name and 'as'",
      [
        "The government has appointed Mara Lind, an executive director of the Harbour Bank, as Deputy Governor of the Harbour Bank for three years.",
        "She will look after monetary policy.",
      ],
      "the appointment of the Deputy Governor of the Harbour Bank",
    ],
    [
      "a deal two countries signed that the lede does not name",
      [
        "Portugal and Kenya on Wednesday signed a free trade agreement that will remove tariffs on most goods.",
        "Talks had gone on for 12 years.",
      ],
      "the Portugal–Kenya free trade agreement",
    ],
    [
      "a meeting of a body's ministers",
      [
        "Foreign ministers of the ORCA group on Thursday agreed to set up a grain platform as they wrapped up a two-day meeting in Tromso.",
        "The next meeting will be held in Lima.",
      ],
      "the ORCA foreign ministers' meeting",
    ],
    [
      "a name in quotation marks after its class noun",
      [
        "The 28th edition of the joint military exercise 'Harbour Shield 2032' began on Monday at Tromso, the ministry said.",
        "The exercise will run for two weeks.",
      ],
      "Exercise Harbour Shield 2032",
    ],
    [
      "a data release, by the figure and its period",
      [
        "Valdoria's gross domestic product grew 7.8 per cent in the April-June quarter of 2031-32, official data showed on Friday.",
        "Growth in the previous quarter was 6.5 per cent.",
      ],
      "the GDP data for the April-June quarter of 2031-32",
    ],
    [
      "a month's inflation figure, though the story names the index that measures it more often",
      [
        "Valdoria's retail inflation, measured by the Consumer Price Index (CPI), eased to 3.6 per cent in April from 4.1 per cent in March, official data showed on Monday.",
        "The Consumer Price Index for food rose 2.1 per cent.",
        "Core inflation, which the Consumer Price Index also tracks, stayed near 3.9 per cent.",
      ],
      "the retail inflation data for April 2031",
    ],
    [
      "a month later in the year than the report is last year's",
      [
        "Valdoria's retail inflation rose to 5.2 per cent in November, the highest in a year, official data released on Monday showed.",
        "Food inflation also rose.",
      ],
      "the retail inflation data for November 2030",
    ],
    [
      "bypolls to a state's seats are no election of the state",
      [
        "Bypolls to one Lok Sabha and eight Assembly seats in Goa and five other states will be held on November 13, the poll panel said on Friday.",
        "Counting will take place on November 14.",
      ],
      null,
    ],
    [
      "a rocket the lede names is not what the launch is about, but the satellite it carried is",
      [
        "The Valdoria Space Agency on Thursday launched the Orca-1 earth observation satellite on board its Harbour Satellite Launch Vehicle.",
        "The Harbour Satellite Launch Vehicle lifted off at 10:17 am.",
        "The satellite will map farmland for five years.",
      ],
      "Orca-1",
    ],
    [
      "a satellite the story names twice beats the rocket it names more",
      [
        "The Orca-1 satellite was launched on Thursday by the Harbour Satellite Launch Vehicle.",
        "The Harbour Satellite Launch Vehicle lifted off at 10:17 am.",
        "The Harbour Satellite Launch Vehicle has flown 60 times.",
        "Orca-1 will map farmland for five years.",
      ],
      "Orca-1",
    ],
    [
      "a repo rate decision",
      [
        "The Reserve Bank of India on Friday cut the repo rate by 25 basis points to 5.75 per cent, the first cut in two years.",
        "The repo rate had been held for eleven meetings.",
      ],
      "the RBI's monetary policy review",
    ],
    [
      "a thing the lead names at another time ('last August') is background, however often the story names it",
      [
        "Mara Lind won the Harbour Open Badminton Championships title on Sunday.",
        "She avenged her loss at the Nordic Championships in Tromso last August.",
        "Lind thanked her coach.",
        "The Harbour Open Badminton Championships were first held in 1899.",
        "The Nordic Championships drew 40 nations.",
        "The Nordic Championships are held every year in Tromso.",
      ],
      "the Harbour Open Badminton Championships",
    ],
    [
      "a thing named only later, at another time, is background though the lead holds its words apart",
      [
        "Mara Lind became the first Valdorian to win the Harbour Open Badminton Championships, beating world No. 2 Kari Nord.",
        "The final at the Tromso Arena lasted 78 minutes.",
        "Lind thanked her coach.",
        "She had lost to Nord in the quarterfinals of the World Championships in Oslo in August last year.",
        "The World Championships drew 40 nations.",
        "The Harbour Open Badminton Championships were first held in 1899.",
      ],
      "the Harbour Open Badminton Championships",
    ],
    [
      "a long name counts the mentions that give its first words ('the Harbour Nordic title')",
      [
        "Mara Lind wins Harbour Nordic title",
        "Mara Lind became the first Valdorian to win the Harbour Nordic Open Badminton Championships on Sunday.",
        "The final lasted 78 minutes.",
        "The Harbour Nordic, first held in 1899, is one of the oldest tournaments.",
      ],
      "the Harbour Nordic Open Badminton Championships",
    ],
    [
      "a data release in the lede under a standfirst that reads as news",
      [
        "Manufacturing and construction power the fastest expansion in five quarters even as farm growth slows",
        "Valdoria's economy grew 7.4% in the April-June quarter of 2032-33, data released on Friday showed.",
        "Growth in the quarter was higher than the 7% recorded in the January-March quarter.",
      ],
      "the GDP data for the April-June quarter of 2032-33",
    ],
    [
      "an edition the story names before the event, with no month of the report's",
      [
        "Valdoria's final medal tally at the Tromso 2030 Harbour Games has been revised to 113.",
        "The Harbour Games council reallocated medals in five events on Monday.",
        "Valdoria first crossed 100 medals at the Harbour Games in 2026.",
      ],
      "the 2030 Harbour Games",
    ],
    [
      "a women's title is named whole, with the article its acronym takes",
      [
        "Mara Lind became the first Valdorian to win the NCF Women's World Championship on Sunday.",
        "Lind beat defending champion Kari Nord 6.5-5.5 in a 12-game match in Tromso.",
        "Nord had held the NCF Women's World Championship since 2028.",
      ],
      "the NCF Women's World Championship",
    ],
    [
      "a one-word exercise is named as exams name it",
      [
        "The 29th edition of the Valdoria-Norway naval exercise Tide concluded off the coast on Tuesday.",
        "Tide 2031 saw the two navies fly the same jets.",
        "Tide was first held in 2001.",
      ],
      "Exercise Tide",
    ],
    [
      "a named cyclone is what a disaster story is about",
      [
        "Cyclone Orca crossed the Nordland coast near Tromso on Thursday night.",
        "Over 3.4 lakh people were evacuated before Cyclone Orca made landfall.",
        "The state announced a relief package of Rs 850 crore.",
      ],
      "Cyclone Orca",
    ],
    [
      "a report named by its title in quotation marks",
      [
        "The Environment Minister released the report 'Status of Lynx in Valdoria 2031' in Tromso today.",
        "As per the report, the lynx population is estimated at 1,612.",
        "The report was prepared by the Harbour Wildlife Institute.",
      ],
      "the report 'Status of Lynx in Valdoria 2031'",
    ],
    [
      "a tunnel inaugurated",
      [
        "Prime Minister Ola Berg on Sunday inaugurated the 13.1-km Orca tunnel connecting Tromso with Bodo.",
        "The tunnel is the country's longest road tunnel.",
        "It cost Rs 6,800 crore.",
      ],
      "the inauguration of the Orca tunnel",
    ],
    [
      "an appointment notified 'of X as' an office",
      [
        "The Centre has notified the appointment of Justice Mara Lind, the senior-most judge of the Tromso High Court, as the Chief Justice of the Bodo High Court.",
        "She took oath on 4 June 2031.",
        "She was born in 1968.",
      ],
      "the appointment of the Chief Justice of the Bodo High Court",
    ],
    [
      "an ordinal with an acronym is no setting",
      [
        "Valdoria took over the HBR chairship for 2032 and will host the 18th HBR summit in Tromso.",
        "The 18th HBR summit will be held in October.",
        "Nordland held the chairship in 2031.",
      ],
      null,
    ],
    [
      "a body named like a programme is no setting; its report is",
      [
        "The United Nations Environment Programme released the Harbour Gap Report 2031 on Tuesday.",
        "The United Nations Environment Programme said emissions rose by 1.3 per cent.",
        "The Harbour Gap Report ranks Valdoria third among emitters.",
      ],
      "the Harbour Gap Report",
    ],
    [
      "a scholars' framework named after two of them is no setting",
      [
        "Economists Ola Berg and Mara Lind won the Harbour Medal in Economics on Monday for the Berg-Lind framework.",
        "The Berg-Lind framework explains growth through creative destruction.",
        "The Harbour Medal in Economics was first given in 1969.",
      ],
      "the Harbour Medal",
    ],
    [
      "a month's tax collections released",
      [
        "Gross goods and services tax (GST) collections rose 9.6 per cent to Rs 2.04 lakh crore in August 2031, data showed on Tuesday.",
        "Revenue from domestic transactions grew 8.2 per cent.",
        "Collections in August 2030 had stood at Rs 1.86 lakh crore.",
      ],
      "the GST collections data for August 2031",
    ],
    [
      "a court's verdict, and a body that titles its convenor is no setting",
      [
        "A five-judge Constitution Bench of the Supreme Court on Thursday ruled by a 3:2 majority that local bodies may levy the tax.",
        "The petition was filed by the Harbour Rights Forum in 2029.",
        "Harbour Rights Forum convenor Mara Lind welcomed the ruling.",
      ],
      "the Supreme Court Constitution Bench's verdict",
    ],
    [
      "a body that titles its convenor is no setting under a longer name either",
      [
        "A five-judge Constitution Bench of the Supreme Court on Thursday ruled by a 3:2 majority that local bodies may levy the tax.",
        "The petition was filed by the NGO Harbour Prisoners' Rights Forum in 2029.",
        "Harbour Prisoners' Rights Forum convenor Mara Lind welcomed the ruling.",
      ],
      "the Supreme Court Constitution Bench's verdict",
    ],
    [
      "a festival the lead names and the story repeats",
      [
        "The 26th edition of the Harbour Festival opened at the Heritage Village near Tromso on Monday.",
        "The Harbour Festival showcases the crafts of the northern tribes.",
        "About 2 lakh visitors came to the Harbour Festival last year.",
      ],
      "the Harbour Festival",
    ],
    [
      "a policy review the lead reports, before the growth data it cites",
      [
        "The six-member Monetary Policy Committee voted unanimously to cut the policy rate.",
        "The Reserve Bank of India (RBI) on Friday cut its benchmark repo rate by 25 basis points to 5.25%, even as the economy grew 8.2% in the July-September quarter.",
        "The repo rate cut is the fourth this year.",
        "The economy grew 8.2% in the July-September quarter, data showed last week.",
      ],
      "the RBI's monetary policy review",
    ],
    [
      "a scheme whose card is named with 'Shri', named by its acronym",
      [
        "The Union Cabinet on Wednesday approved a health scheme called the Pradhan Mantri Tide Shri Swasthya Bima Yojana (PM-TSSBY).",
        "Beneficiaries will receive a Tide Shri card under the Pradhan Mantri Tide Shri Swasthya Bima Yojana.",
        "The Tide Shri card can be generated online.",
      ],
      "the PM-TSSBY yojana",
    ],
    [
      "a tiger estimation report, not the programme it counts for",
      [
        "The summary report of the sixth cycle of the All Valdoria Tiger Estimation (AVTE 2031) was released on 29 July 2031.",
        "According to the report, Valdoria's wild tiger population is estimated at 4,012.",
        "Project Tiger was launched in 1973.",
        "The All Valdoria Tiger Estimation is held every four years.",
      ],
      "the All Valdoria Tiger Estimation",
    ],
    [
      "a project named with its class noun in lower case, after a unit",
      [
        "NHPC's 2,000 MW Tide Lower project is now running at full capacity.",
        "The Tide Lower project is on the Tide river in Nordland.",
        "The Tide Lower project was dedicated to the nation on Thursday.",
      ],
      "the Tide Lower project",
    ],
    [
      "a reshuffle of many offices, not the one a standfirst names first",
      [
        "Former minister Ola Berg has been named Governor of Nordland, while the Governor of Tromso has been shifted to Orca.",
        "The President on Saturday appointed new Governors for five states, in a major reshuffle of Raj Bhavans.",
        "A retired Army commander is among the new appointees.",
      ],
      "the appointment of new Governors",
    ],
    [
      "GI tags granted to a state's products",
      [
        "The GI Registry has granted Geographical Indication (GI) tags to five products from Kerala.",
        "With these, the state's GI tally has risen to 24.",
        "The tags were handed over at a ceremony on Monday.",
      ],
      "the GI tags for products of Kerala",
    ],
    [
      "a central bank's policy review reported after a standfirst",
      [
        "The six-member committee voted unanimously to hold the policy rate and retain the neutral stance in its first review of the year.",
        "The Reserve Bank of India (RBI) on Wednesday kept the repo rate unchanged at 5.25 per cent.",
        "The repo rate has been unchanged since December.",
      ],
      "the RBI's monetary policy review",
    ],
    [
      "a scheme too long to set a question is named by its acronym",
      [
        "The Cabinet on Wednesday approved the Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs (HGS-GTU) with an outlay of Rs 9,200 crore.",
        "HGS-GTU will be run by the Harbour Guarantee Fund Trust for Small Enterprises (HGTSE).",
        "HGS-GTU builds on the Tide Credit Scheme launched in May 2020.",
        "The regular HGTSE schemes charge a higher fee.",
      ],
      "the HGS-GTU scheme",
    ],
    [
      "a common word before a plural class noun opening a line is no operation",
      [
        "Trade unions called a nationwide strike on Wednesday against the new labour codes.",
        "Banking operations affected",
        "Banking operations were hit in Kerala and Tromso as employees stayed away.",
      ],
      null,
    ],
    [
      "an election to a Vice-President's office",
      [
        "Harbour Alliance candidate Ola Berg was on Tuesday elected the 15th Vice-President of Valdoria, defeating Kari Nord by 152 votes.",
        "The Election Commission announced the schedule on August 1.",
        "Polling was held in Parliament House.",
      ],
      "the election of the 15th Vice-President of Valdoria",
    ],
    [
      "a deal the lead reports for a named thing, not the carrier it will serve",
      [
        "The Navy will get 22 single-seat fighters, which will operate from the aircraft carrier INS Tide.",
        "Valdoria and Nordland on Monday signed a government-to-government agreement worth over Rs 63,000 crore (about 6.6 billion euros) for the purchase of 26 Orca Marine fighter jets.",
        "The Orca Marine jets will be based at INS Tide.",
        "INS Tide was commissioned in 2022.",
      ],
      "the Orca Marine deal",
    ],
    [
      "a body's acronym is no setting, whatever class noun follows it",
      [
        "The Harbour Meteorological Department (HMD) said on Tuesday that the season was the hottest on record.",
        "The HMD report found 14 states had more than 20 hot days.",
        "The HMD report also said nights were warmer.",
      ],
      null,
    ],
    [
      "a grouping's ministers' meeting, not the earlier summit held at its venue",
      [
        "The two-day meeting, the first ministerial-level HARB event under Valdoria's 2031 chairship, was held at the venue of the 2028 Nordic Summit.",
        "Valdoria on Friday concluded a two-day meeting of HARB Ministers of Foreign Affairs and International Relations at Tide Hall in Tromso.",
        "The arrangements were modelled on the Nordic Summit of 2028, officials said.",
        "HARB ministers adopted a joint statement.",
      ],
      "the HARB foreign ministers' meeting",
    ],
  ])("context: %s", (_label, texts, phrase) => {
    expect(storyTag([article(texts)])?.phrase ?? null).toBe(phrase);
  });

  it("context: a coded satellite's setting takes no launch year of another satellite of its series", () => {
    const texts = [
      "The Harbour Space Agency on Thursday launched the navigation satellite ORS-03 on board its Orca Launch Vehicle (OLV-F17).",
      "ORS-03 will replace an older satellite in orbit.",
      "ORS-01 was launched in 2023 and ORS-02 in January 2025.",
      "The OLV-F17 lifted off at 5:47 pm.",
    ];
    const tag = storyTag([article(texts)]);
    expect(tag?.phrase).toBe("ORS-03");
    expect(tag?.since).toBeUndefined();
  });

  it("context: the thing a first sentence names outranks one a later sentence names more often", () => {
    const texts = [
      "The House on Monday passed the Harbour Services Bill.",
      "The Bill replaces the old Tide Act.",
      "The Tide Act had been amended in 1999, and the Tide Act's rules in 2004.",
      "The Tide Act was the first such law.",
      "The Harbour Services Bill now goes to the Upper House.",
    ];
    expect(storyTag([article(texts)])?.phrase).toBe("the Harbour Services Bill");
  });

  it("context: the thing a headline names outranks one the lead names as often", () => {
    const texts = [
      "The ministry on Thursday announced this year's sports awards.",
      "Thirty athletes will receive the Tide Award for performance in sports.",
      "Ola Berg was named for the Major Kari Nord Harbour Medal.",
      "The Tide Award carries Rs 15 lakh.",
      "The Harbour Medal carries Rs 25 lakh.",
    ];
    expect(storyTag([article(texts)])?.phrase).toBe("the Tide Award");
    expect(storyTag([{ ...article(texts), title: "Ola Berg gets Harbour Medal" }])?.phrase).toMatch(
      /Harbour Medal$/,
    );
  });

  const tag = storyTag([
    article(["Valdoria launched Operation Tide against pirate camps.", "Operation Tide hit nine camps."]),
  ]);

  it("context: a question that does not name the setting opens with it, with the article's month", () => {
    expect(
      withSetting(
        'Which number fills the blank in "Among the dead were _____ pirates and four of their leaders in the hills"?',
        "ten",
        [],
        tag,
        "May 2031",
      ),
    ).toBe(
      'With reference to Operation Tide (May 2031), which number fills the blank in "Among the dead were _____ pirates and four of their leaders in the hills"?',
    );
  });

  it.each([
    ["On which date was Ola Berg born?", "23 December 1902"],
    ["What was the date of Mara Lind's death?", "29 May 1987"],
    ["In which year did Nordland become independent?", "1991"],
  ])("context: a life's or a country's date takes no setting: %s", (q, answer) => {
    expect(withSetting(q, answer, [], tag, "May 2031")).toBe(q);
  });

  it("context: another date asked still takes the setting", () => {
    expect(
      withSetting("On which date did the navy recover the crew module?", "21 October 2031", [], tag, ""),
    ).toBe("With reference to Operation Tide, on which date did the navy recover the crew module?");
  });

  it("context: a setting named by its acronym is not put in front of a question whose answer is its full name", () => {
    const scheme = storyTag([
      article([
        "The Cabinet on Wednesday approved the Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs (HGS-GTU) with an outlay of Rs 9,200 crore.",
        "HGS-GTU will cover term loans of up to Rs 10 crore.",
      ]),
    ]);
    expect(scheme?.phrase).toBe("the HGS-GTU scheme");
    const q = "Which scheme will provide guarantee cover to lenders for term loans?";
    expect(
      withSetting(
        q,
        "Harbour Guarantee Scheme for Green and Tide Upgradation of MSMEs",
        [],
        scheme,
        "May 2031",
      ),
    ).toBe(q);
  });

  it("context: an article dated only by its story prints no year its own text does not state", () => {
    const texts = [
      "The Harbour Ministers' Meeting opened in Tromso on Thursday.",
      "The Harbour Ministers' Meeting adopted a joint statement.",
      "Two patrol ships are expected to be delivered over the next 24 months.",
    ];
    const undated = { ...article(texts, false), month: "June 2031" };
    const tag = storyTag([undated]);
    expect(tag?.phrase).toBe("the Harbour Ministers' Meeting");
    const q =
      'Which number fills the blank in "_____ patrol ships are expected to be delivered over the next 24 months"?';
    const set = withSetting(q, "Two", [], tag, "June 2031", {
      sentence: texts[2] as string,
      article: undated,
    });
    expect(set).not.toMatch(/2031/);
    const dated = article(texts);
    expect(
      withSetting(q, "Two", [], tag, "May 2031", { sentence: texts[2] as string, article: dated }),
    ).toMatch(/\(May 2031\)/);
  });

  it("context: a sentence of an earlier year only gets no setting, though its question keeps the year", () => {
    const texts = [
      "The Harbour Ministers' Meeting opened in Tromso on Thursday.",
      "The Harbour Ministers' Meeting adopted a joint statement.",
      "Valdoria's Orca-2 lunar mission was launched in 2019 aboard the heavier Tide rocket.",
    ];
    const dated = article(texts);
    const tag = storyTag([dated]);
    const q = "Which lunar mission was launched in 2019 aboard the heavier Tide rocket?";
    expect(
      withSetting(q, "Orca-2", [], tag, "May 2031", { sentence: texts[2] as string, article: dated }),
    ).toBe(q);
  });

  it("context: a setting that says its own month takes no month in brackets", () => {
    const release = storyTag([
      article([
        "Valdoria's retail inflation eased to 3.6 per cent in April from 4.1 per cent in March, official data showed.",
        "Food inflation fell to 2.9 per cent.",
      ]),
    ]);
    expect(
      withSetting("At what percentage did food inflation stand?", "2.9 per cent", [], release, "May 2031"),
    ).toBe(
      "With reference to the retail inflation data for April 2031, at what percentage did food inflation stand?",
    );
  });

  it("context: a timeline's earlier entries take no setting, in an undated article whose lead says its month", () => {
    const texts = [
      "Ola Berg won the Tromso Open on April 19, 2031, finishing on 7.5 points.",
      "The Tromso Open is one of the strongest open tournaments in the north.",
      "- September 2029: Valdoria won the Harbour Olympiad in Orca.",
      "- July 2030: Mara Lind won the Tide Cup in Bergen.",
    ];
    const a = { ...article(texts, false), month: "April 2031" };
    const tag = storyTag([a]);
    expect(tag?.phrase).toBe("the Tromso Open");
    const ask = (q: string, answer: string, sentence: string) =>
      withSetting(q, answer, [], tag, "April 2031", { sentence, article: a });
    expect(ask("In which city did Valdoria win the Harbour Olympiad?", "Orca", texts[2] as string)).toBe(
      "In which city did Valdoria win the Harbour Olympiad?",
    );
    expect(ask("In which city did Mara Lind win the Tide Cup?", "Bergen", texts[3] as string)).toBe(
      "In which city did Mara Lind win the Tide Cup?",
    );
  });

  it("context: a data release sets only the sentences about its figure", () => {
    const texts = [
      "Valdoria's foreign exchange reserves rose by $5.7 billion to $712.3 billion in the week ended 13 March, data showed.",
      "Gold reserves rose by $1.2 billion, and the reserves have grown for four weeks.",
      "Separately, food inflation in the wholesale basket stood at 0.9 per cent in February.",
    ];
    const a = article(texts);
    const release = storyTag([a]);
    const ask = (q: string, answer: string, sentence: string) =>
      withSetting(q, answer, [], release, "March 2031", { sentence, article: a });
    expect(ask("By how much did gold reserves rise?", "$1.2 billion", texts[1] as string)).toMatch(
      /^With reference to the foreign exchange reserves data/,
    );
    expect(
      ask(
        "At what percentage did food inflation in the wholesale basket stand?",
        "0.9 per cent",
        texts[2] as string,
      ),
    ).toBe("At what percentage did food inflation in the wholesale basket stand?");
  });

  it("context: a role holder is asked at the time of the event the story is about", () => {
    expect(withSetting("Who was Valdoria's Foreign Secretary?", "Ola Berg", [], tag, "May 2031")).toBe(
      "Who was Valdoria's Foreign Secretary at the time of Operation Tide (May 2031)?",
    );
    const convention = storyTag([
      article([
        "Valdoria joined the Harbour Convention on Tuesday.",
        "The Harbour Convention protects wetlands.",
      ]),
    ]);
    // A convention has no time of its own: the holder is asked with reference to it.
    expect(withSetting("Who was Valdoria's Foreign Secretary?", "Ola Berg", [], convention, "")).toBe(
      "With reference to the Harbour Convention, who was Valdoria's Foreign Secretary?",
    );
  });

  it("context: the month is left out of the setting where the answer is a date in it", () => {
    const tag = storyTag([
      article(["Valdoria launched Operation Tide on Tuesday.", "Operation Tide hit nine camps."]),
    ]);
    expect(withSetting("On which date did the navy sink the ship?", "12 May 2031", [], tag, "May 2031")).toBe(
      "With reference to Operation Tide, on which date did the navy sink the ship?",
    );
  });

  it("context: an office's setting is named only by all its words", () => {
    const office = storyTag([
      article(["Justice Mara Lind took oath as the 12th Chief Justice of Valdoria on Monday."]),
    ]);
    const asks = 'Which date fills the blank in "The Centre notified Justice Lind\'s appointment on _____"?';
    expect(withSetting(asks, "4 May 2031", [], office, "May 2031")).toMatch(
      /^With reference to the appointment of the 12th Chief Justice of Valdoria, which date/,
    );
  });

  it("context: a setting the story says began years before its news takes no date in brackets", () => {
    const convention = storyTag([
      article([
        "Valdoria added three wetlands to the list of the Harbour Convention on Tuesday.",
        "The Harbour Convention was signed in Tromso in 1967.",
      ]),
    ]);
    expect(convention?.since).toBe(1967);
    expect(withSetting("How many wetlands did Valdoria add?", "three", [], convention, "May 2031")).toBe(
      "With reference to the Harbour Convention, how many wetlands did Valdoria add in May 2031?",
    );
    expect(tag?.since).toBeUndefined();
  });

  it("context: a question that points back at 'the list' takes the setting with its date", () => {
    const medals = { phrase: "the Harbour Medals", distinctive: ["harbour"] };
    expect(
      withSetting("How many Harbour Star awards does the list comprise?", "7", [], medals, "January 2031"),
    ).toBe(
      "With reference to the Harbour Medals (January 2031), how many Harbour Star awards does the list comprise?",
    );
    const named = "On which date did the council release the list of Harbour Medal winners?";
    expect(withSetting(named, "25 January", [], medals, "January 2031")).toBe(named);
  });

  it("context: a question that names the setting in other words takes the setting's words instead", () => {
    const meeting = { phrase: "the 12th meeting of the Harbour Council", distinctive: ["harbour"] };
    expect(
      withSetting("Which minister chaired the Council's 12th meeting?", "Ola Berg", [], meeting, "May 2031"),
    ).toBe("Which minister chaired the 12th meeting of the Harbour Council in May 2031?");
  });

  it("context: a question that names the setting, or asks for it, is left as it is", () => {
    const names = "Which camp did Operation Tide hit first?";
    expect(withSetting(names, "Delta camp", [], tag, "May 2031")).toBe(names);
    const asks = "Which operation did Valdoria launch against pirate camps?";
    expect(withSetting(asks, "Operation Tide", [], tag, "May 2031")).toBe(asks);
  });

  it("context: a blank that names the setting still takes it for the date; a count's counted noun is no answer", () => {
    const blank = 'Which number fills the blank in "Operation Tide hit _____ camps and four depots"?';
    expect(withSetting(blank, "nine", ["nine camps"], tag, "May 2031")).toBe(
      `With reference to Operation Tide (May 2031), ${blank.charAt(0).toLowerCase()}${blank.slice(1)}`,
    );
    const counted = 'Which number fills the blank in "The raids hit _____ Operation Tide targets"?';
    expect(withSetting(counted, "12", ["12 Operation Tide targets"], tag, "May 2031")).toMatch(
      /^With reference to Operation Tide \(May 2031\), which number/,
    );
    // With no date to give, a blank that names its setting stays as it is.
    expect(withSetting(blank, "nine", [], tag, "")).toBe(blank);
  });

  it("context: where the setting and its date run past thirty words, the date goes first", () => {
    const long =
      'Which city fills the blank in "Among the dead were ten pirates and four of their leaders in the hills near the port of _____"?';
    expect(withSetting(long, "Tromso", [], tag, "May 2031")).toBe(
      `With reference to Operation Tide, ${long.charAt(0).toLowerCase()}${long.slice(1)}`,
    );
  });

  it("context: the month is left out when the question has a year, or the article no date of its own", () => {
    expect(withSetting("On which date in 2031 did the navy sail?", "4 May", [], tag, "May 2031")).toMatch(
      /^With reference to Operation Tide, on which date/,
    );
    expect(whenOf(article(["x"], false))).toBe("");
    expect(whenOf(article(["x"], true))).toBe("May 2031");
  });
});

describe("context: a lead's wh-question names the month its news happened in", () => {
  it.each([
    [
      "a past event",
      "Which bill did Parliament pass?",
      "April 2031",
      "Which bill did Parliament pass in April 2031?",
    ],
    [
      "a passive past",
      "Which ship was commissioned at Tromso?",
      "May 2031",
      "Which ship was commissioned at Tromso in May 2031?",
    ],
    ["no date known", "Which bill did Parliament pass?", "", "Which bill did Parliament pass?"],
    [
      "a wh-subject's simple past",
      "Which bill got 141 votes in the upper house?",
      "April 2031",
      "Which bill got 141 votes in the upper house in April 2031?",
    ],
    ["a wh-subject's present", "Which body runs the port?", "April 2031", "Which body runs the port?"],
    [
      "a count's subject's simple past",
      "How many members supported the Harbour Bill in the Lower House?",
      "April 2031",
      "How many members supported the Harbour Bill in the Lower House in April 2031?",
    ],
    [
      "a count's subject's present",
      "How many members sit in the Lower House?",
      "April 2031",
      "How many members sit in the Lower House?",
    ],
    [
      "a year already named",
      "Which bill did Parliament pass in 2031?",
      "April 2031",
      "Which bill did Parliament pass in 2031?",
    ],
    [
      "a question for the date",
      "On which date did Parliament pass the bill?",
      "April 2031",
      "On which date did Parliament pass the bill?",
    ],
    [
      "a question for the year a span began",
      "Since which year has Mara Lind served as Norway's Foreign Minister?",
      "April 2031",
      "Since which year has Mara Lind served as Norway's Foreign Minister?",
    ],
    [
      "another tense",
      "Which bill will Parliament take up?",
      "April 2031",
      "Which bill will Parliament take up?",
    ],
    [
      "a blank quotes its sentence as it is",
      'Which bill fills the blank in "Parliament passed the _____"?',
      "April 2031",
      'Which bill fills the blank in "Parliament passed the _____"?',
    ],
  ])("%s", (_label, prompt, when, expected) => {
    expect(withMonth(prompt, when)).toBe(expected);
  });

  it("context: a sentence dated 'on January 28, 2028' gives no month of the article's", () => {
    expect(
      withMonth(
        "Which country became the first buyer of the Orca system?",
        "December 2031",
        "Chile became the first buyer of the Orca system when it signed a contract on January 28, 2028.",
      ),
    ).toBe("Which country became the first buyer of the Orca system?");
  });

  it("context: a career's sum ('has published 27 collections') gives no month of the article's", () => {
    expect(
      withMonth(
        "How many poetry collections did Ola Berg publish?",
        "March 2031",
        "Ola Berg has published 27 poetry collections, nine novels and four volumes of essays.",
      ),
    ).toBe("How many poetry collections did Ola Berg publish?");
  });

  it("context: a sentence that says its own time ('earlier this year') gives no month of the article's", () => {
    expect(
      withMonth(
        "Which city hosted the Harbour Championship?",
        "December 2031",
        "Ola Berg won two golds at the Harbour Championship in Tromso earlier this year.",
      ),
    ).toBe("Which city hosted the Harbour Championship?");
    expect(
      withMonth("Which city hosted the Harbour Championship?", "December 2031", "Tromso hosted it."),
    ).toBe("Which city hosted the Harbour Championship in December 2031?");
    expect(
      withMonth(
        "Which President was due to be the chief guest at the parade?",
        "December 2031",
        "She will be the guest.",
      ),
    ).toBe("Which President was due to be the chief guest at the parade?");
  });

  it.each([
    "Growth in the first quarter of FY32 beat projections, while mining slipped to 1.8%.",
    "Mining slipped to 1.8% in Q1 of 2031-32.",
  ])(
    "context: a figure of a quarter or fiscal year is of that period, not the release month: %s",
    (sentence) => {
      expect(withMonth("To what percentage did mining slip?", "August 2031", sentence)).toBe(
        "To what percentage did mining slip?",
      );
    },
  );
});

describe("context: 'had last won' counts back from the article's year", () => {
  it.each([
    [
      "In which year had Norway last won the Harbour Cup?",
      2031,
      "In which year before 2031 had Norway last won the Harbour Cup?",
    ],
    [
      "In which year had Norway last won the Harbour Cup?",
      null,
      "In which year had Norway last won the Harbour Cup?",
    ],
    [
      "Under whose captaincy had Norway last won the Harbour Cup in 2019?",
      2031,
      "Under whose captaincy had Norway last won the Harbour Cup in 2019?",
    ],
    [
      'Which year fills the blank in "Norway had last won the Cup in _____"?',
      2031,
      'Which year fills the blank in "Norway had last won the Cup in _____"?',
    ],
    ["In which year did Norway win the Harbour Cup?", 2031, "In which year did Norway win the Harbour Cup?"],
  ])("context: %s (%s)", (prompt, year, expected) => {
    expect(withReferencePoint(prompt, year)).toBe(expected);
  });
});

describe("context: another item of news is not set in the story's", () => {
  const text = `date 2031-05-13
Valdoria inflation eases to 3.6 per cent
Tromso, May 13: Valdoria's retail inflation eased to 3.6 per cent in April from 4.1 per cent in March, official data released on Monday showed.
Food inflation also fell in April, the third straight month of decline in food prices, economists at Harbour Bank said.
Vegetable prices fell in 31 of the 36 regions for which the Tromso office collects prices.
Separately, data released by the statistics office showed that factory output grew 4.6 per cent in March, led by mining.`;
  const questions = generate([{ id: "a", file: "a.txt", text }]).questions;

  it("context: the story's own figures are set in its release", () => {
    expect(
      questions.some((q) => /^With reference to the retail inflation data for April 2031,/.test(q.prompt)),
    ).toBe(true);
  });

  it("context: 'Separately, ... factory output grew' is not asked with reference to the inflation data", () => {
    const output = questions.filter((q) => /factory output/i.test(q.prompt));
    expect(output.length).toBeGreaterThan(0);
    for (const q of output) expect(q.prompt).not.toMatch(/With reference to/);
  });
});

describe("context: a numbered meeting the headline names is the setting", () => {
  it("context: 'at third Strategic Partnership Council meeting' over the treaty its leaders agreed to conclude", () => {
    const a = {
      ...article([
        "Valdoria and Nordland on Wednesday signed seven agreements after their leaders co-chaired the third Leaders' Meeting of the Valdoria-Nordland Strategic Partnership Council in Tromso.",
        "The two leaders also agreed to conclude negotiations on a Bilateral Investment Treaty by March 2032.",
        "The Bilateral Investment Treaty would protect investors on both sides.",
      ]),
      title:
        "Valdoria, Nordland sign seven agreements at third Strategic Partnership Council meeting in Tromso",
    };
    expect(storyTag([a])?.phrase).toBe(
      "the third meeting of the Valdoria-Nordland Strategic Partnership Council",
    );
  });
});
