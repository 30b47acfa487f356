import { sideDetail } from "@/questions/pipeline/facts/details";

describe("sideDetail: what a sentence gives only as background of its news", () => {
  it.each([
    [
      "a year-ago figure after 'against'",
      "Real output was Rs 54.6 trillion, against Rs 50.8 trillion a year ago.",
      "Rs 50.8 trillion",
    ],
    [
      "a previous figure after 'higher than the'",
      "Growth was higher than the 7% recorded in the previous quarter.",
      "7%",
    ],
    [
      "an old rate after 'from', before the new",
      "The fee was raised from Rs 15 lakh to Rs 25 lakh.",
      "Rs 15 lakh",
    ],
    [
      "an old share after 'from', before its time",
      "The party's vote share rose to 41.2 per cent from 36.4 per cent in the previous election.",
      "36.4 per cent",
    ],
    [
      "a later item of the baseline's list",
      "The fleet has 164 ships and 84 aircraft, against 137 ships and 66 aircraft in 2030.",
      "66",
    ],
    ["the span of a record", "Output grew 7.4 per cent, the quickest pace in five quarters.", "five"],
    ["last month's figure", "Food inflation slowed to 2.91% from 4.37% in September.", "4.37%"],
    [
      "the span of a record, with its unit",
      "Output grew 7.4 per cent, its fastest pace in five quarters.",
      "five quarters",
    ],
    [
      "a quoted source's employer",
      "'The print is broad-based,' said Mara Lind, chief economist at Harbour Capital.",
      "Harbour Capital",
    ],
    [
      "an employer's city",
      "'It frees up policy space,' said Mara Lind, professor at the Centre for Trade Studies in Tromso.",
      "Tromso",
    ],
    ["the upper end of a range", "Winds blew at 150 to 160 kmph.", "160"],
    [
      "the upper end of a range after 'ranging from'",
      "Fines ranging from Rs 50,000 to Rs 5 lakh apply.",
      "Rs 5 lakh",
    ],
    ["the lower end of a range", "Winds blew at between 150 and 160 kmph.", "150"],
  ])("%s", (_name, sentence, surface) => {
    expect(sideDetail({ sentence, surface })).toBe(true);
  });

  it.each([
    ["the new figure", "The fee was raised from Rs 15 lakh to Rs 25 lakh.", "Rs 25 lakh"],
    [
      "the headline figure beside its baseline",
      "Real output was Rs 54.6 trillion, against Rs 50.8 trillion a year ago.",
      "Rs 54.6 trillion",
    ],
    ["the new amount, written with commas", "The payment was raised from Rs 2,100 to Rs 2,500.", "Rs 2,500"],
    ["the new level after a rise", "Reserves rose by $1.18 billion to $912.05 billion.", "$912.05 billion"],
    [
      "a forecast raised for a fiscal year",
      "The bank raised its forecast for FY33 to 7.0% from 6.8% in June.",
      "7.0%",
    ],
    ["a bound, not a baseline", "The director has made more than 300 films.", "300"],
    ["a tenure's first year", "Ola Berg held the post from 2028 to 2030.", "2028"],
    ["a place the news came from", "The crew flew from Tromso to Valdoria on Monday.", "Tromso"],
    [
      "a minister's state, with no saying",
      "Kari Nord, chief minister of Nordland, opened the bridge.",
      "Nordland",
    ],
  ])("not %s", (_name, sentence, surface) => {
    expect(sideDetail({ sentence, surface })).toBe(false);
  });
});
