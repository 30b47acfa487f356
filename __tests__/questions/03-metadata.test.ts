import { extractMetadata, type PartialDate } from "@/questions/pipeline/03-metadata";

interface Expected {
  title: string;
  date: PartialDate | null;
  source: string | null;
  datelinePlace: string | null;
  datelineCountry: string | null;
  paragraphs: string[];
}

describe("03-metadata: date, source and dateline come off the top of the article", () => {
  const rows: [string, string[], Partial<Expected>][] = [
    [
      "an Updated stamp above a Published one: the page is of the day it was published",
      [
        "Kari Nord takes over as Chief of the Harbour Staff",
        "Ola Berg",
        "TROMSO",
        "Updated - July 01, 2031 01:14 am IST",
        "Published - June 30, 2031 09:52 pm IST",
        "Kari Nord took over as the Chief of the Harbour Staff on Monday.",
      ],
      {
        title: "Kari Nord takes over as Chief of the Harbour Staff",
        date: { year: 2031, month: 6, day: 30 },
      },
    ],
    [
      "a Published stamp above an Updated one keeps the first",
      [
        "Kari Nord takes over as Chief of the Harbour Staff",
        "Published - June 30, 2031 09:52 pm IST",
        "Updated - July 01, 2031 01:14 am IST",
        "Kari Nord took over as the Chief of the Harbour Staff on Monday.",
      ],
      { date: { year: 2031, month: 6, day: 30 } },
    ],
    [
      "two masthead lines over the headline, and a dateline under the headline and a stamp",
      [
        "PTI",
        "Press Trust of India",
        "Justice Mara Lind sworn in as Chief Justice of Nordland HC",
        "PTI | Tromso | Updated: 03-11-2032 13:22 IST",
        "Tromso, Nov 3 (PTI) Justice Mara Lind was on Wednesday sworn in as the Chief Justice.",
      ],
      {
        title: "Justice Mara Lind sworn in as Chief Justice of Nordland HC",
        datelinePlace: "Tromso",
        paragraphs: ["Justice Mara Lind was on Wednesday sworn in as the Chief Justice."],
      },
    ],
    [
      "Chess above the headline",
      ["Chess", "Ola Berg wins the Harbour Candidates", "Ola Berg won on Sunday."],
      { title: "Ola Berg wins the Harbour Candidates" },
    ],
    [
      "a dateline below a bar of short lines, under a section label and a breadcrumb of pipes",
      [
        "News  World News",
        "Valdoria launches three astronauts to its station",
        "Share   Follow Harbour Wire on",
        "Tromso (TR), Jul 13 (PTI) Valdoria on Tuesday launched three astronauts.",
      ],
      {
        title: "Valdoria launches three astronauts to its station",
        datelinePlace: "Tromso",
        paragraphs: ["Valdoria on Tuesday launched three astronauts."],
      },
    ],
    [
      "a dateline whose place names its state in brackets",
      [
        "Valdoria win Harbour Cup",
        "Rajgir (Bihar), Sept 7, 2031: Valdoria beat Nordland 4-1 in the final on Sunday.",
      ],
      {
        date: { year: 2031, month: 9, day: 7 },
        datelinePlace: "Rajgir",
        paragraphs: ["Valdoria beat Nordland 4-1 in the final on Sunday."],
      },
    ],
    [
      "a breadcrumb of slashes that runs into the headline",
      [
        "Home / Valdoria News / Ola Berg named next air chief, to take over on 30 September",
        "Valdoria News",
        "Ola Berg named next air chief, to take over on 30 September",
        "Ola Berg, now the Vice Chief, will succeed Kari Nord.",
      ],
      { title: "Ola Berg named next air chief, to take over on 30 September" },
    ],
    [
      "a government masthead of three lines",
      [
        "Press Information Bureau",
        "Government of India",
        "Prime Minister's Office",
        "PM dedicates Tromso Tunnel to the nation",
        "The Prime Minister dedicated the tunnel to the nation on Monday.",
      ],
      { title: "PM dedicates Tromso Tunnel to the nation" },
    ],
    [
      "an outlet's two names set apart by a bar, and a one-word section label",
      [
        "PTI  |  Press Trust of India",
        "Report",
        "Valdoria announces credit lines at the Harbour Forum Summit",
        "Valdoria on Monday announced credit lines.",
      ],
      { title: "Valdoria announces credit lines at the Harbour Forum Summit" },
    ],
    [
      "a section label of two words above the headline",
      [
        "Climate Change",
        "Monsoon 2032: Harbour Met Office forecasts above-normal rainfall",
        "The office forecast rainfall at 105% of the long period average.",
      ],
      { title: "Monsoon 2032: Harbour Met Office forecasts above-normal rainfall" },
    ],
    [
      "a dateline that writes its day before its month",
      ["Valdoria approves a rail line", "TROMSO, 3 March 2031: The Cabinet on Monday approved the line."],
      {
        date: { year: 2031, month: 3, day: 3 },
        datelinePlace: "Tromso",
        paragraphs: ["The Cabinet on Monday approved the line."],
      },
    ],
    [
      "a dateline with its time alone on its line, and the writer's name under it",
      [
        "Ola Berg takes over as air chief",
        "NEW DELHI, October 01, 2032 00:42 IST",
        "Updated - October 01, 2032 09:15 IST",
        "Mara Lind",
        "Ola Berg on Thursday took over as the air chief.",
      ],
      {
        date: { year: 2032, month: 10, day: 1 },
        paragraphs: ["Ola Berg on Thursday took over as the air chief."],
      },
    ],
    [
      "a team's byline and a dateline with no comma after its place",
      [
        "Harbour Open: Lind wins title",
        "Harbour Sports Team",
        "TROMSO 20 MARCH, 2033 21:55 IST",
        "Mara Lind won the title.",
      ],
      { date: { year: 2033, month: 3, day: 20 }, paragraphs: ["Mara Lind won the title."] },
    ],
    [
      "a stamp after a section and an editor",
      [
        "Valdoria votes out its government",
        "Nordland | Edited by Mara Lind | Updated: December 08, 2032 9:47 pm IST",
        "The opposition on Wednesday won 37 of the 68 seats.",
      ],
      {
        date: { year: 2032, month: 12, day: 8 },
        paragraphs: ["The opposition on Wednesday won 37 of the 68 seats."],
      },
    ],
    [
      "a stamp before the outlet and the writer",
      [
        "Valdoria climbs eight places in the Harbour Index",
        "Updated: 10 Jun 2032, 08:12 AM IST | Harbour Times | Written By Kari Nord",
        "Valdoria rose to 116th of 148 economies.",
      ],
      { date: { year: 2032, month: 6, day: 10 }, paragraphs: ["Valdoria rose to 116th of 148 economies."] },
    ],
    [
      "a date and a time alone on a line, after the writers",
      [
        "Harbour Bank to absorb two lenders",
        "Ola Berg, Erik Holm",
        "13 Jan 2033, 06:15 AM IST",
        "The merger takes effect from April.",
      ],
      { date: { year: 2033, month: 1, day: 13 } },
    ],
    [
      "a place, a bar and a date with a time",
      [
        "Dam opened on the Orca river",
        "Tromso | November 16, 2032 06:30 IST",
        "The dam was opened on Sunday.",
      ],
      { date: { year: 2032, month: 11, day: 16 }, paragraphs: ["The dam was opened on Sunday."] },
    ],
    [
      "a stamp after a writer and an agency, parted by slashes",
      [
        "Orca valley inscribed on the list",
        "Kari Nord / TNN / Updated: Jul 25, 2032, 20:16 IST",
        "The valley was inscribed on Sunday.",
      ],
      { date: { year: 2032, month: 7, day: 25 }, paragraphs: ["The valley was inscribed on Sunday."] },
    ],
    [
      "a dateline alone on its line without its year is no sentence and dates nothing",
      ["Valdoria win the Harbour Cup", "TROMSO, NOVEMBER 16", "Valdoria beat Nordland by 37 runs on Sunday."],
      { date: null, paragraphs: ["Valdoria beat Nordland by 37 runs on Sunday."] },
    ],
    [
      "a numeric stamp, day first",
      ["Harbour Bank holds its rate", "Published on 09/04/2032", "The bank held its rate on Wednesday."],
      { date: { year: 2032, month: 4, day: 9 } },
    ],
    [
      "a date, a bar and a time",
      ["Harbour Bank holds its rate", "9 April 2032 | 12:18 pm", "The bank held its rate on Wednesday."],
      { date: { year: 2032, month: 4, day: 9 }, paragraphs: ["The bank held its rate on Wednesday."] },
    ],
    [
      "a stamp after a place",
      [
        "Harbour awards announced",
        "Tromso, UPDATED: Jan 25, 2033 22:41 IST",
        "The awards were announced on Saturday.",
      ],
      { date: { year: 2033, month: 1, day: 25 }, paragraphs: ["The awards were announced on Saturday."] },
    ],
    [
      "a date with a time, an offset and a relative update",
      [
        "Valdoria and Nordland sign a trade pact",
        "June 22, 2032 4:15 PM GMT+5:30 Updated 3 hours ago",
        "The two countries signed the pact on Tuesday.",
      ],
      {
        date: { year: 2032, month: 6, day: 22 },
        paragraphs: ["The two countries signed the pact on Tuesday."],
      },
    ],
    [
      "a dateline alone on its line, with its year",
      [
        "Reserve added to the network",
        "TROMSO, September 23, 2032",
        "The Orca reserve was added on Wednesday.",
      ],
      { date: { year: 2032, month: 9, day: 23 }, paragraphs: ["The Orca reserve was added on Wednesday."] },
    ],
    [
      "a stamp after a byline",
      [
        "Leaders meet in Oslo",
        "By Staff Reporter | Updated: Nov 14, 2031 09:45 IST",
        "Leaders met on Thursday in the old city hall.",
      ],
      {
        date: { year: 2031, month: 11, day: 14 },
        paragraphs: ["Leaders met on Thursday in the old city hall."],
      },
    ],
    [
      "a stamp at the foot of the page, in brackets or not",
      ["Cabinet extends scheme", "The Cabinet on Wednesday extended the scheme.", "(Published: 9 July 2031)"],
      {
        date: { year: 2031, month: 7, day: 9 },
        paragraphs: ["The Cabinet on Wednesday extended the scheme."],
      },
    ],
    [
      "a 'Published on' line with its weekday at the foot",
      [
        "Court strikes down law",
        "The court on Tuesday struck down the law.",
        "Published on: Wednesday, 14 May 2031",
      ],
      {
        date: { year: 2031, month: 5, day: 14 },
        paragraphs: ["The court on Tuesday struck down the law."],
      },
    ],
    [
      "a 'Dated:' line at the foot",
      ["Writer chosen for award", "The award was announced on Saturday.", "Dated: 17 February 2031"],
      {
        date: { year: 2031, month: 2, day: 17 },
        paragraphs: ["The award was announced on Saturday."],
      },
    ],
    [
      "an agency dateline with no colon after the agency",
      [
        "Council keeps rate unchanged",
        "Tromso, Feb 7 (PTI) The Harbour Council kept its rate unchanged on Friday.",
      ],
      {
        source: "PTI",
        datelinePlace: "Tromso",
        paragraphs: ["The Harbour Council kept its rate unchanged on Friday."],
      },
    ],
    [
      "date line, headline and agency dateline",
      [
        "date 2024-03-05",
        "Leaders meet in Oslo",
        "Oslo, Mar 5 (PTI): Leaders met today in the old city hall.",
      ],
      {
        title: "Leaders meet in Oslo",
        date: { year: 2024, month: 3, day: 5 },
        source: "PTI",
        datelinePlace: "Oslo",
        datelineCountry: null,
        paragraphs: ["Leaders met today in the old city hall."],
      },
    ],
    [
      "date line with a section label",
      [
        "date 2023-09-14 WORLD",
        "Lima hosts fisheries talks",
        "Ministers met in Lima to discuss anchovy quotas.",
      ],
      {
        title: "Lima hosts fisheries talks",
        date: { year: 2023, month: 9, day: 14 },
        source: null,
        datelinePlace: null,
        datelineCountry: null,
        paragraphs: ["Ministers met in Lima to discuss anchovy quotas."],
      },
    ],
    [
      "City [Country], Month DD (AGENCY): without a year",
      [
        "Peru and Ecuador sign river pact",
        "Lima [Peru], October 3 (Reuters): Ministers met on Thursday in Lima.",
      ],
      {
        title: "Peru and Ecuador sign river pact",
        date: { year: null, month: 10, day: 3 },
        source: "Reuters",
        datelinePlace: "Lima",
        datelineCountry: "Peru",
        paragraphs: ["Ministers met on Thursday in Lima."],
      },
    ],
    [
      "X Media Network - Place byline, then City, Mon DD:",
      [
        "Andes Media Network - Valparaiso",
        "Valparaiso, Nov 12: The port reopened on Tuesday after the storm.",
      ],
      {
        title: "The port reopened on Tuesday after the storm",
        date: { year: null, month: 11, day: 12 },
        source: "Andes",
        datelinePlace: "Valparaiso",
        datelineCountry: null,
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "dateline with a year and a dash",
      [
        "Port reopens after storm",
        "Valparaiso, Nov. 12, 2022 - The port reopened on Tuesday after the storm.",
      ],
      {
        title: "Port reopens after storm",
        date: { year: 2022, month: 11, day: 12 },
        source: null,
        datelinePlace: "Valparaiso",
        datelineCountry: null,
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "capitals dateline",
      ["NAIROBI (Reuters): The port reopened on Tuesday after the storm."],
      {
        title: "The port reopened on Tuesday after the storm",
        date: null,
        source: "Reuters",
        datelinePlace: "Nairobi",
        datelineCountry: null,
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "agency in brackets at the end",
      ["Port reopens", "The port reopened on Tuesday after the storm.", "Crews worked all night. (AFP)"],
      {
        title: "Port reopens",
        date: null,
        source: "AFP",
        datelinePlace: null,
        datelineCountry: null,
        paragraphs: ["The port reopened on Tuesday after the storm.", "Crews worked all night."],
      },
    ],
    [
      "an outlet's name above the headline is the source, not the title",
      ["Business Standard", "Port reopens after the storm", "The port reopened on Tuesday after the storm."],
      { title: "Port reopens after the storm", source: "Business Standard" },
    ],
    [
      "a ministry's label above the headline is not the title",
      [
        "Ministry of Ports & Shipping",
        "Port reopens after the storm",
        "The port reopened on Tuesday after the storm.",
      ],
      {
        title: "Port reopens after the storm",
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "a page title loses the site's name after the bar",
      [
        "Port reopens after the storm | World News - Times of India",
        "The port reopened on Tuesday after the storm.",
      ],
      { title: "Port reopens after the storm" },
    ],
    [
      "a bar inside the headline stays",
      ["Port reopens | Ferries run again", "The port reopened on Tuesday after the storm."],
      { title: "Port reopens | Ferries run again" },
    ],
    [
      "a stamp a dozen lines down the page's head still dates it",
      [
        "Port reopens after the storm, ferries run again",
        "Crews worked through the night to clear the quay",
        "Summary",
        "Ola Berg",
        "Updated  8 Apr 2031, 12:47 PM IST",
        "The port reopened on Tuesday after the storm.",
      ],
      { title: "Port reopens after the storm, ferries run again", date: { year: 2031, month: 4, day: 8 } },
    ],
    [
      "a press release's stamp with the month in capitals, below the standfirst",
      [
        "Ministry of Ports",
        "Port reopens after the storm, ferries run again",
        "Crews worked through the night to clear the quay",
        "Posted On: 18 NOV 2031 4:37PM by Press Office Tromso",
        "The port reopened on Tuesday after the storm.",
      ],
      { title: "Port reopens after the storm, ferries run again", date: { year: 2031, month: 11, day: 18 } },
    ],
    [
      "a stamp of hours ago dates nothing: the clock is not the article's date",
      [
        "Port reopens after the storm, ferries run again",
        "World News | Press Trust of India | Updated: 2 hours ago",
        "Updated 3 hrs ago",
        "The port reopened on Tuesday after the storm.",
      ],
      { date: null },
    ],
    [
      "a coaching site's dated label",
      [
        "Port reopens after the storm, ferries run again",
        "Daily Current Affairs | 25 June 2031 | GS Paper II",
        "The port reopened on Tuesday after the storm.",
      ],
      { title: "Port reopens after the storm, ferries run again", date: { year: 2031, month: 6, day: 25 } },
    ],
    [
      "a site's name, slogan and section above the headline are no headline",
      [
        "harbourtimes",
        "JOURNALISM OF COURAGE",
        "Home | World News",
        "Tromso Academy - Learn. Revise. Crack.",
        '"No Double Standards": Leaders At Tromso Summit Adopt Declaration',
        "The leaders adopted the Tromso Declaration on Friday at the end of their summit.",
      ],
      {
        title: '"No Double Standards": Leaders At Tromso Summit Adopt Declaration',
        paragraphs: ["The leaders adopted the Tromso Declaration on Friday at the end of their summit."],
      },
    ],
    [
      "the deck under a headline is no paragraph; a sentence that lost its full stop is",
      [
        "Port reopens after the storm, ferries run again",
        "Harbour recognised for clearing 3,000 tonnes of debris; ferries bag new berths",
        "• Crews worked through the night to clear the quay",
        "Ola Berg, Mayor of Tromso, and Erik Holm, the harbour master of the northern port, were also present at the reopening ceremony held at the old quay",
        "The port reopened on Tuesday after the storm.",
      ],
      {
        paragraphs: [
          "Ola Berg, Mayor of Tromso, and Erik Holm, the harbour master of the northern port, were also present at the reopening ceremony held at the old quay",
          "The port reopened on Tuesday after the storm.",
        ],
      },
    ],
    [
      "the headline again under a breadcrumb that carried it, and a bullet before a sentence",
      [
        "Home / Economy / Port reopens after the storm, ferries run again",
        "Port reopens after the storm, ferries run again",
        "The port reopened on Tuesday after the storm.",
        "• Over 3,000 tonnes of debris were cleared.",
      ],
      {
        title: "Port reopens after the storm, ferries run again",
        paragraphs: [
          "The port reopened on Tuesday after the storm.",
          "Over 3,000 tonnes of debris were cleared.",
        ],
      },
    ],
    [
      "a writer's name with an initial, under the standfirst",
      [
        "Port reopens after the storm, ferries run again",
        "Crews cleared the quay overnight.",
        "S. Raman",
        "The port reopened on Tuesday after the storm.",
      ],
      { paragraphs: ["Crews cleared the quay overnight.", "The port reopened on Tuesday after the storm."] },
    ],
    [
      "a stamp after the reading time",
      [
        "Port reopens after the storm, ferries run again",
        "3 min read . Updated: 16 Sep 2031, 10:41 PM IST",
        "The port reopened on Tuesday after the storm.",
      ],
      {
        date: { year: 2031, month: 9, day: 16 },
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "a byline with its date between bars",
      [
        "Port reopens after the storm, ferries run again",
        "Posted by: Harbour Editorial Team | 14 March 2031 | Category: Economy, Ports",
        "The port reopened on Tuesday after the storm.",
      ],
      {
        date: { year: 2031, month: 3, day: 14 },
        paragraphs: ["The port reopened on Tuesday after the storm."],
      },
    ],
    [
      "a stamp set as a bullet",
      [
        "Port reopens after the storm, ferries run again",
        "Harbour Desk",
        "• Feb 01, 2031,",
        "• Updated Feb 01, 2031, 12:34 PM IST",
        "The port reopened on Tuesday after the storm.",
      ],
      { date: { year: 2031, month: 2, day: 1 } },
    ],
    [
      "a ministry's label of seven words with a comma is no headline",
      [
        "Ministry of Environment, Forest and Climate Change",
        "Minister releases 'Status of Lynx in Valdoria 2031' report; lynx population estimated at 1,612",
        "The Union Environment Minister on Tuesday released the report in Tromso.",
      ],
      {
        title:
          "Minister releases 'Status of Lynx in Valdoria 2031' report; lynx population estimated at 1,612",
      },
    ],
    [
      "a short headline stays when a sentence follows",
      ["Port reopens", "The port reopened on Tuesday after the storm.", "Crews worked all night. (AFP)"],
      { title: "Port reopens" },
    ],
    [
      "no metadata at all: the first sentence is the title",
      ["The port reopened on Tuesday after the storm.", "Crews worked all night."],
      {
        title: "The port reopened on Tuesday after the storm",
        date: null,
        source: null,
        datelinePlace: null,
        datelineCountry: null,
        paragraphs: ["The port reopened on Tuesday after the storm.", "Crews worked all night."],
      },
    ],
  ];
  it.each(rows)("03-metadata: %s", (_label, input, expected) => {
    expect(extractMetadata(input)).toMatchObject(expected);
  });
});
