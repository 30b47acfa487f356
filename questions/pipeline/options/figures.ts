/** Distractors for figures, ordinals and dates: the answer's unit and style, spaced as a real alternative would be. */
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, seededRandom, shortHash } from "../../text";

function suffixed(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/**
 * The answer's place, 0 (lowest) to 3, among four figures a step apart, drawn from the question: the same for one
 * question every time, spread evenly over many. A fixed place ("always the second lowest") lets a candidate pick
 * the key from the options alone.
 * @example rankOf("How many sites ...?|85") // 0, 1, 2 or 3
 */
export function rankOf(seed: string): number {
  return Math.floor(seededRandom(seed)() * 4);
}

/** Gaps between the four rungs of a ladder, in steps: evenly spaced options read as made by a machine. */
const GAPS: [number, number, number][] = [
  [1, 1, 2],
  [1, 2, 1],
  [2, 1, 1],
  [1, 2, 2],
  [2, 1, 2],
  [2, 2, 1],
];

/**
 * Whether the answer at an end of a ladder is set apart by its gap: the two other gaps are equal and its own is
 * not ("73, 83, 93, 113" with 113 the key).
 */
function oddEnd(gaps: [number, number, number], rank: number): boolean {
  if (rank === 0) return gaps[1] === gaps[2] && gaps[0] !== gaps[1];
  if (rank === 3) return gaps[0] === gaps[1] && gaps[2] !== gaps[1];
  return false;
}

/**
 * The three other rungs of a ladder of four figures with the answer at `rank`, then spare rungs further out on
 * either side. The rungs are one or two steps apart, in a pattern drawn from `seed`; a rank whose rungs `keep`
 * refuses (below zero, past a bound, out of a list) gives way to the nearest rank that fits.
 * @example ladder(10, 1, 3, (v) => v > 0, "q") // e.g. [6, 7, 9, 11, 5]: the answer highest, gaps 1, 2, 1
 */
export function ladder(
  n: number,
  step: number,
  rank: number,
  keep: (v: number) => boolean,
  seed = "",
  /** One step between every rung: "two medals" is offered three, four and five, not six and seven. */
  even = false,
): number[] {
  const start = Number.parseInt(shortHash(`${seed}|gaps`), 36) % GAPS.length;
  const ranks = [0, 1, 2, 3].sort((a, b) => Math.abs(a - rank) - Math.abs(b - rank) || b - a);
  const place = (gaps: [number, number, number]) => {
    const at = [0, gaps[0], gaps[0] + gaps[1], gaps[0] + gaps[1] + gaps[2]];
    const value = (r: number, i: number) => n + ((at[i] as number) - (at[r] as number)) * step;
    const fits = ranks.find((r) => [0, 1, 2, 3].every((i) => i === r || keep(value(r, i)))) ?? rank;
    return { gaps, value, fits };
  };
  // The first pattern from the seed's that leaves the answer no odd one out: "73, 83, 93, 113" is an even series
  // that only the key breaks (dev A/B reading, session 41).
  const patterns = even
    ? [place([1, 1, 1])]
    : GAPS.map((_, k) => place(GAPS[(start + k) % GAPS.length] as [number, number, number]));
  const { value, fits } =
    patterns.find((p) => !oddEnd(p.gaps, p.fits)) ?? (patterns[0] as (typeof patterns)[0]);
  const rungs = [0, 1, 2, 3].filter((i) => i !== fits).map((i) => value(fits, i));
  const top = value(fits, 3);
  const bottom = value(fits, 0);
  const spares = [top + step, bottom - step, top + 2 * step, bottom - 2 * step];
  return [...rungs, ...spares].filter(keep);
}

/**
 * The value of a figure option for ordering: a number (commas dropped), a number or ordinal word, or a date as
 * a day count; null when the option is none of these.
 * @example figureValue("1,200 tigers") // 1200
 */
export function figureValue(option: string): number | null {
  const lower = option.toLowerCase();
  const month = MONTHS.findIndex((m) => lower.includes(m.toLowerCase()));
  const year = lower.match(/\b(?:1[89]|20)\d\d\b/)?.[0];
  if (month >= 0)
    return (year ? Number(year) : 0) * 400 + month * 32 + Number(lower.match(/^(\d{1,2})\s/)?.[1] ?? 0);
  const number = lower.match(/\d[\d,]*(?:\.\d+)?/)?.[0];
  if (number) return Number(number.replace(/,/g, ""));
  const word = lower.split(/\s+/)[0] ?? "";
  const ordinal = ORDINAL_WORDS.indexOf(word);
  if (ordinal > 0) return ordinal;
  const count = NUMBER_WORDS.indexOf(word);
  return count >= 0 ? count : null;
}

/**
 * The ordinals next to the answer, written as the answer is ("fifth" -> sixth, fourth; "41st" -> 42nd, 40th).
 * @example nearbyOrdinals("first") // ["second", "third", "fourth", "fifth"]
 */
export function nearbyOrdinals(answer: string, rank = 1, seed = ""): string[] {
  const word = ORDINAL_WORDS.indexOf(answer.toLowerCase());
  const digits = answer.match(/^(\d+)(?:st|nd|rd|th)$/i);
  const n = word > 0 ? word : digits ? Number(digits[1]) : Number.NaN;
  if (Number.isNaN(n)) return [];
  // Ordinals one apart: "41st" among 40th, 42nd and 43rd, never the one value below a gap.
  const near = ladder(n, 1, rank, (x) => x > 0 && (word <= 0 || x < ORDINAL_WORDS.length), seed, true);
  // "the Eighth Schedule": a capitalised ordinal is offered capitalised ones, so the case gives nothing away.
  const capital = /^[A-Z]/.test(answer);
  if (word > 0)
    return near.map((x) => {
      const w = ORDINAL_WORDS[x] as string;
      return capital ? `${w.charAt(0).toUpperCase()}${w.slice(1)}` : w;
    });
  return near.map(suffixed);
}

/** A step of 1, 2 or 5 times a power of ten, near the given size. */
function niceStep(size: number, coarserOnTie = false): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(size, 1e-9)));
  const steps = [1, 2, 5, 10].map((m) => m * power);
  const nearer = (x: number, best: number) =>
    coarserOnTie ? Math.abs(x - size) <= Math.abs(best - size) : Math.abs(x - size) < Math.abs(best - size);
  return steps.reduce((best, x) => (nearer(x, best) ? x : best), power);
}

/**
 * Basis points as a central bank moves them: 25 apart ("25" -> 50, 75, 100), never a glance's giveaway such as 17.
 * @example nearbyBasisPoints("25", 0) // ["50", "75", "100", "125"]
 */
export function nearbyBasisPoints(answer: string, rank = 1, seed = ""): string[] {
  const n = Number(answer.replace(/[^\d.]/g, ""));
  if (!Number.isFinite(n) || n <= 0 || n % 5 !== 0) return [];
  return ladder(n, 25, rank, (v) => v > 0, seed, true).map(String);
}

/**
 * Figures near the answer in its unit and style: small counts one apart, larger ones a round step apart on the
 * answer's own grid ("350" -> 300, 400, 250, 450), rates a small step apart ("5.25%" -> 5.50%, 5.00%).
 * @example nearbyNumbers("350") // ["300", "400", "250", "450"]
 */
export function nearbyNumbers(answer: string, bound: Bound = {}, rank = 1, seed = ""): string[] {
  const near = nearbyUnbounded(answer, bound, rank, seed);
  const value = (x: string) => figureValue(x) ?? Number.NaN;
  return near.filter(
    (x) =>
      (bound.above === undefined || value(x) > bound.above) &&
      (bound.below === undefined || value(x) < bound.below),
  );
}

/** What the stem says of the figure: more than the figure it rose from, less than the one it fell from. */
export interface Bound {
  above?: number;
  below?: number;
  /**
   * "more than _____ Grandmasters": every option on one side of the answer, at the usual spacing. "More than 50"
   * is as true as "more than 85" when 85 is the key, so no option may lie below it.
   */
  beyond?: "above" | "below";
}

/** "more than _____", "More than how many ...": a figure the stem gives as a floor; "less than _____" as a ceiling. */
const FLOOR =
  /\b(?:more than|over|above|at least|in excess of|exceeding|crossed|crossing|surpassed|topped|exceeded)\s+(?:_____|how (?:many|much)\b)/i;
const CEILING = /\b(?:less than|fewer than|under|below|at most)\s+(?:_____|how (?:many|much)\b)/i;

/**
 * The bound a stem sets on its blank: "increased ... to _____ from existing 61" rules out anything up to 61, and
 * "cut ... to _____ from 6.5%" anything from 6.5 up.
 * @example boundOf('... has increased its tally to _____ from existing 61"?') // { above: 61 }
 */
export function boundOf(prompt: string): Bound {
  if (FLOOR.test(prompt)) return { beyond: "above" };
  if (CEILING.test(prompt)) return { beyond: "below" };
  const m = prompt.match(
    /\b(increased|raised|rose|risen|grew|grown|hiked|expanded|jumped|went up|reduced|cut|lowered|fell|fallen|dropped|decreased|slashed)\b[^?"]*?\bto _____ from (?:the\s+|its\s+)?(?:existing|present|earlier|previous|current)?\s*[^\d\s]*([\d,]+(?:\.\d+)?)/i,
  );
  // "served from _____ to 2027": a span starts before it ends, and ends after it starts.
  const start = prompt.match(/\bfrom _____ (?:to|till|until) ((?:19|20)\d\d)\b/)?.[1];
  if (start) return { below: Number(start) };
  const end = prompt.match(/\bfrom ((?:19|20)\d\d) (?:to|till|until) _____/)?.[1];
  if (end) return { above: Number(end) };
  if (!m) {
    // "with five medals so far, including _____ bronze": a part is less than the whole it is part of.
    const whole = prompt.match(
      /\b(\d[\d,]*|[a-z]+)\s+[a-z-]+s\b(?:\s+so\s+far)?,?\s+including\s+_____/i,
    )?.[1];
    const total = whole ? figureValue(whole) : null;
    return total !== null && total > 1 ? { below: total } : {};
  }
  const from = Number((m[2] ?? "").replace(/,/g, ""));
  const down = /^(?:reduced|cut|lowered|fell|fallen|dropped|decreased|slashed)$/i.test(m[1] ?? "");
  return down ? { below: from } : { above: from };
}

function nearbyUnbounded(answer: string, bound: Bound, rank: number, seed: string): string[] {
  // "six" or "six years": a number word, with its unit kept ("1 hours" never: one takes the singular).
  const [first = "", ...unit] = answer.split(" ");
  const word = NUMBER_WORDS.indexOf(first.toLowerCase());
  if (word >= 0 && unit.length <= 1) {
    // A count of a handful is offered its nearest neighbours: two or three steps out is a glance's giveaway.
    const side = (n: number) =>
      bound.beyond === undefined || (bound.beyond === "above" ? n > word : n < word);
    const ns = ladder(word, 1, rank, (n) => n > 1 && n < NUMBER_WORDS.length && side(n), seed, word <= 5);
    return ns.map((n) => [NUMBER_WORDS[n] as string, ...unit].join(" "));
  }
  const m = answer.match(/^(?<pre>[^\d]*)(?<num>\d[\d,]*(?:\.\d+)?)(?<post>.*)$/);
  if (!m?.groups) return [];
  const pre = m.groups.pre ?? "";
  const post = m.groups.post ?? "";
  const raw = m.groups.num ?? "";
  const n = Number(raw.replace(/,/g, ""));
  const decimals = raw.split(".")[1]?.length ?? 0;
  // "1 hours": a plural unit reads wrong after one.
  const plural = /^\s*[a-z]+s\b/i.test(post);
  // Grouped as the answer is: "1,40,000" in lakhs, "140,000" in thousands; an option grouped otherwise is the
  // odd one out.
  const grouping = /\d,\d\d,\d{3}\b/.test(raw) || /^\d{1,2},\d\d,/.test(raw) ? "en-IN" : "en-US";
  const write = (v: number) => {
    // "Rs 102,000 crore": a hundred thousand crore is written a lakh crore, as Indian papers write it ("Rs 1.02
    // lakh crore"), or grouped in lakhs where it has more digits than two decimals of a lakh show.
    if (/^\s*crore\b/.test(post) && v >= 100_000 && decimals === 0) {
      const lakhs = v / 100_000;
      return Number.isInteger(v / 1000)
        ? `${pre}${Number(lakhs.toFixed(2))} lakh${post}`
        : `${pre}${v.toLocaleString("en-IN")}${post}`;
    }
    const text = v.toFixed(decimals);
    // "$870 million" among "$1,070 million": a figure the answer's ladder takes past a thousand is grouped as
    // print groups it, not "$1070 million".
    const grouped =
      (raw.includes(",") || n < 1000) && v >= 1000
        ? Number(text).toLocaleString(grouping, { minimumFractionDigits: decimals })
        : text;
    return `${pre}${grouped}${post}`;
  };
  // No option a glance rules out: nothing under two fifths of the answer or over two and a half times it.
  // A share under a hundred per cent is offered shares under a hundred: "104 per cent" of a supply or a
  // completion rate is ruled out at a glance (held-out readings 9 and 12).
  const share = /^\s*(?:%|per\s*cent|percent)/i.test(post) && n < 100;
  const keep = (v: number) =>
    v > 0 &&
    !(plural && v === 1) &&
    (n <= 12 || (v >= n * 0.4 && v <= n * 2.5)) &&
    !(share && v >= 100) &&
    (bound.beyond === undefined || (bound.beyond === "above" ? v > n : v < n));
  if (decimals > 0) {
    // A "nice" step on the answer's own decimal grid, near 5% of a rate or 2% of a larger figure, however large:
    // "7,348.2 million tonnes" among 7,337.9 and 7,358.5 split hairs (blind reading 11).
    const grid = 10 ** -decimals;
    const nice = [
      0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000,
    ].filter((x) => x >= grid && Math.abs(x / grid - Math.round(x / grid)) < 1e-9);
    const size = n * (n < 20 ? 0.05 : 0.012);
    const step = nice.reduce(
      (best, x) => (Math.abs(x - size) < Math.abs(best - size) ? x : best),
      nice[0] ?? grid,
    );
    // A rate set in quarter points ("6.25%", "6.5%") is offered its neighbours a quarter or a half point away:
    // a central bank moves its rate by 25 or 50 basis points.
    const rate = /^\s*(?:%|per\s*cent|percent)/i.test(post);
    if (rate && Math.abs(n * 4 - Math.round(n * 4)) < 1e-9)
      return ladder(n, decimals >= 2 ? 0.25 : 0.5, rank, keep, seed).map(write);
    const rungs = ladder(n, step, rank, keep, seed);
    // Any other figure's options differ in their last digits as well, each by less than half a step: "78.12 m" among 80.12, 84.12 and
    // 88.12, or "$6.37 billion" among 6.12, 6.62 and 7.12, is the odd one out (blind reading 28).
    const random = seededRandom(`${seed}|digits`);
    const half = Math.floor((step * 0.45) / grid);
    return rungs
      .map((v) => v + (Math.floor(random() * (2 * half + 1)) - half) * grid)
      .filter((v) => keep(v) && Math.abs(v - n) >= grid / 2)
      .map(write);
  }
  // A bounded figure is offered its close neighbours on the allowed side: "to _____ from 82" is 83 to 88.
  const bounded = (v: number) =>
    keep(v) &&
    (bound.above === undefined || v > bound.above) &&
    (bound.below === undefined || v < bound.below);
  if (n <= 12) return ladder(n, 1, rank, bounded, seed, n <= 5).map(write);
  if (bound.above !== undefined || bound.below !== undefined) {
    // A third of the way from the bound: "to _____ from 82" with 85 is 83, 84, 86; "$9,640 from $9,047" is offered
    // 9,240, 9,440 and 9,840, not 9,639 and 9,642, which split hairs (blind reading 14).
    const gap = bound.above !== undefined ? n - bound.above : (bound.below ?? n) - n;
    const step = gap > 3 ? niceStep(gap / 3) : 1;
    return ladder(n, step, rank, bounded, seed, n <= 5).map((v) => write(Math.round(v)));
  }
  // Larger counts: a round step near 10% of the value, never finer than the answer's own grid. Under a hundred
  // the step is nearer 8%: a retirement age of 65 is offered 55, 60, 70 rather than 45 and 85, which a glance
  // rules out (blind readings 23 and 24); 288 votes are offered 308 and 348, not 438 and 488 (dev reading 1).
  // A step halfway between two round ones takes the coarser: "350" is offered 300 and 400 (a step of 50), not 370.
  const grid = 10 ** (raw.replace(/,/g, "").match(/0*$/)?.[0].length ?? 0);
  const step = Math.max(niceStep(n * (n < 100 ? 0.08 : 0.1), true), Math.min(grid, niceStep(n * 0.3)));
  return ladder(n, step, rank, keep, seed).map((v) => write(Math.round(v)));
}

/**
 * Dates near the answer at its precision, the answer at `rank` among them: other years for a year, other months
 * of the year around it for a month, other days of its month for a day (with the year where the answer has one).
 * Every option shares what the answer shares with each, so none is the odd one out.
 * @example nearbyDates("2017", "date:year", 1) // ["2016", "2018", "2019", "2020", "2015"]
 */
export function nearbyDates(
  answer: string,
  category: string,
  rank = 1,
  seed = "",
  /** The last year an option may be: a past event's options stop at its article's year. */
  latest?: number,
  /** The first year an option may be: "from 2024 to _____" ends after 2024. */
  earliest?: number,
): string[] {
  const year = Number(answer.match(/\d{4}/)?.[0] ?? Number.NaN);
  if (category === "date:year")
    return Number.isNaN(year)
      ? []
      : ladder(
          year,
          1,
          rank,
          (y) => (latest === undefined || y <= latest) && (earliest === undefined || y >= earliest),
          seed,
        ).map(String);
  const month = MONTHS.findIndex((m) => answer.includes(m));
  if (month < 0) return [];
  const day = Number(answer.match(/^(\d{1,2})\s/)?.[1] ?? Number.NaN);
  if (Number.isNaN(day)) {
    if (Number.isNaN(year)) return [];
    // Months one or two apart, across the year's end where the ladder runs past it.
    return ladder(year * 12 + month, 1, rank, () => true, seed).map(
      (m) => `${MONTHS[((m % 12) + 12) % 12]} ${Math.floor(m / 12)}`,
    );
  }
  // Days two to four apart within the month; "23 April" with no year stays without one.
  const step = 2 + (Number.parseInt(shortHash(answer), 36) % 3);
  const tail = Number.isNaN(year) ? "" : ` ${year}`;
  return ladder(day, step, rank, (d) => d >= 1 && d <= 28, seed).map((d) => `${d} ${MONTHS[month]}${tail}`);
}
