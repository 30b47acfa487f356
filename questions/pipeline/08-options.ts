/** Stage 8: three distractors of the answer's kind, first from the corpus, then from curated data. */
import { type Country, lexicon } from "../lexicon";
import { MONTHS, NUMBER_WORDS, normKey, seededRandom, similarName } from "../text";
import type { Candidate } from "./06-facts";
import { nearbyDays } from "./dates";
import { citiesOf, nearbyOrdinals } from "./facts/spans";

export interface Pools {
  /** Answers of the whole batch, by category ("person:Defence Minister", "city", "thing:weapon"). */
  byCategory: Map<string, string[]>;
  /** Quotations with the story they come from: a quote's distractors are what was said in other stories. */
  quotes: { story: string; speaker: string; text: string }[];
}

/** Collects every candidate answer of the batch by category, so distractors come from the corpus first. */
export function buildPools(candidates: Candidate[]): Pools {
  const byCategory = new Map<string, string[]>();
  // Keys already in each list: a set, so building the pools stays linear in the number of candidates.
  const seen = new Map<string, Set<string>>();
  const push = (k: string, v: string) => {
    const list = byCategory.get(k) ?? [];
    const keys = seen.get(k) ?? new Set<string>();
    const key = normKey(v);
    if (!keys.has(key)) {
      keys.add(key);
      list.push(v);
    }
    byCategory.set(k, list);
    seen.set(k, keys);
  };
  const quotes: { story: string; speaker: string; text: string }[] = [];
  for (const c of candidates) {
    if (c.kind === "what") {
      quotes.push({ story: c.storyKey ?? "", speaker: c.speaker ?? "", text: c.answer });
      continue;
    }
    push(c.category, c.answer);
    const broad = c.category.split(":")[0] ?? c.category;
    push(broad, c.answer);
  }
  return { byCategory, quotes };
}

/**
 * The answer and three distractors, shuffled deterministically. Distractors never equal the answer or an alias.
 * @example optionsFor(candidate, pools) // ["Oslo", "Bergen", "Stavanger", "Trondheim"]
 */
export function optionsFor(c: Candidate, aliases: string[], pools: Pools): string[] {
  const taken = new Set([c.answer, ...aliases].map(normKey));
  const broadCategory = c.category.split(":")[0] ?? c.category;
  const named = !["date", "number", "money", "percent"].includes(broadCategory);
  const sentenceKey = ` ${normKey(c.sentence)} `;
  const picked: string[] = [];
  const offer = (values: Iterable<string>) => {
    for (const v of values) {
      if (picked.length >= 3) return;
      const key = normKey(v);
      if (!key || taken.has(key) || (named && overlapsAnswer(key, taken))) continue;
      // "Ola Bergh" beside "Ola Berg", "FM Berg" beside "Ola Berg": one person named twice.
      if (named && [...taken].some((t) => similarName(t, key) || sameSurname(t, key, broad === "person")))
        continue;
      // A name the source sentence also lists ("X, Y and Z missiles") would be a second right answer.
      if (named && sentenceKey.includes(` ${key} `)) continue;
      taken.add(key);
      picked.push(v);
    }
  };
  const broad = c.category.split(":")[0] ?? c.category;
  if (c.kind === "what") {
    offer(c.peers ?? []);
    offer(pools.quotes.filter((q) => q.story !== c.storyKey || q.speaker !== c.speaker).map((q) => q.text));
  } else if (broad === "date") offer([...nearbyDates(c.answer, c.category), ...nearbyDays(c.answer)]);
  else if (broad === "ordinal") offer(nearbyOrdinals(c.answer));
  else if (broad === "number" || broad === "money" || broad === "percent") offer(nearbyNumbers(c.answer));
  else {
    // A city's options come in places()' order (its own country's cities first); other kinds take the batch's
    // answers of the same category first.
    if (broad !== "city") offer(pools.byCategory.get(c.category) ?? []);
    if (broad === "city" || broad === "country" || broad === "place") offer(places(c, pools));
    else if (broad === "person") {
      // People of the same story named elsewhere in it (same field, not in the question's sentence) first, then
      // holders of the same role (curated), then other people in the news.
      offer(c.peers ?? []);
      offer(lexicon().distractors[c.category] ?? []);
      // Other people in the news, in an order fixed by the question, so one handful does not fill every list.
      offer(sample(pools.byCategory.get("person") ?? [], 24, `${c.prompt}|people`));
      for (const [key, people] of Object.entries(lexicon().distractors))
        if (key.startsWith("person:")) offer(people);
    } else if (broad === "region") {
      offer(lexicon().regions[c.category.split(":")[1] ?? ""] ?? []);
    } else if (broad === "thing") {
      // Only things of the same class: a court is never offered against a prize or an operation.
      const category = c.category.split(":")[1] ?? "";
      offer(lexicon().distractors[category] ?? []);
      if (category === "organisation" || category === "body")
        offer(lexicon().organisations.map((o) => o.name));
    }
  }
  if (picked.length < 3) return [];
  const options = [c.answer, ...picked];
  const random = seededRandom(`${c.prompt}|${c.answer}`);
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [options[i], options[j]] = [options[j] as string, options[i] as string];
  }
  return options;
}

/** Up to n items of a list in an order fixed by the seed, without shuffling the whole list. */
function sample<T>(list: T[], n: number, seed: string): T[] {
  if (list.length <= n) return list;
  const random = seededRandom(seed);
  const out = new Set<T>();
  for (let i = 0; i < n * 2 && out.size < n; i++) out.add(list[Math.floor(random() * list.length)] as T);
  return [...out];
}

/** Two people's names with the same last word are likely one person ("FM Berg", "Ola Berg"). */
function sameSurname(a: string, b: string, people: boolean): boolean {
  if (!people) return false;
  const last = (x: string) => x.split(" ").at(-1) ?? x;
  return last(a).length > 2 && last(a) === last(b);
}

/** "Delhi" is no distractor for "New Delhi": options must not contain one another. */
function overlapsAnswer(key: string, taken: Set<string>): boolean {
  for (const t of taken)
    if (t.length > 3 && key.length > 3 && (` ${t} `.includes(` ${key} `) || ` ${key} `.includes(` ${t} `)))
      return true;
  return false;
}

function places(c: Candidate, pools: Pools): string[] {
  const lex = lexicon();
  const out: string[] = [];
  if (c.category === "country") {
    const home = c.country ?? lex.country(c.answer);
    out.push(...(pools.byCategory.get("country") ?? []));
    out.push(...lex.countries.filter((x) => home && x.subregion === home.subregion).map((x) => x.name));
    return out;
  }
  if (c.category.startsWith("place:")) return [];
  // Cities of the answer's own country first (curated), then the batch's cities, then neighbours' capitals.
  if (c.country) out.push(...citiesOf(c.country.code));
  out.push(...(pools.byCategory.get("city") ?? []), ...(pools.byCategory.get("place") ?? []));
  const near: Country[] = c.country ? lex.countries.filter((x) => x.subregion === c.country?.subregion) : [];
  out.push(...near.map((x) => x.capital).filter((x): x is string => Boolean(x)));
  // No country known: capitals from anywhere, in an order fixed by the question.
  const random = seededRandom(c.answer);
  const capitals = lex.countries.map((x) => x.capital).filter((x): x is string => Boolean(x));
  out.push(
    ...capitals
      .map((x) => ({ x, k: random() }))
      .sort((a, b) => a.k - b.k)
      .map((e) => e.x),
  );
  return out;
}

function nearbyDates(answer: string, category: string): string[] {
  const year = Number(answer.match(/\d{4}/)?.[0] ?? Number.NaN);
  if (Number.isNaN(year)) return [];
  if (category === "date:year") return [year - 1, year + 1, year - 2, year + 2].map(String);
  const month = MONTHS.findIndex((m) => answer.includes(m));
  if (category === "date:month") {
    return [
      `${MONTHS[(month + 2) % 12]} ${year}`,
      `${MONTHS[(month + 10) % 12]} ${year}`,
      `${MONTHS[month]} ${year - 1}`,
      `${MONTHS[(month + 5) % 12]} ${year + 1}`,
    ];
  }
  const day = Number(answer.match(/^(\d{1,2})\s/)?.[1] ?? 1);
  const shift = (d: number) => Math.min(28, Math.max(1, d));
  return [
    `${shift(day + 3)} ${MONTHS[month]} ${year}`,
    `${shift(day - 5)} ${MONTHS[month]} ${year}`,
    `${day} ${MONTHS[(month + 1) % 12]} ${year}`,
    `${shift(day + 9)} ${MONTHS[month]} ${year}`,
  ];
}

function nearbyNumbers(answer: string): string[] {
  const word = NUMBER_WORDS.indexOf(answer.toLowerCase());
  if (word >= 0) {
    const ns = [word + 1, word - 1, word + 2, word + 3, word - 2].filter(
      (n) => n > 0 && n < NUMBER_WORDS.length,
    );
    return ns.map((n) => NUMBER_WORDS[n] as string);
  }
  const m = answer.match(/^(?<pre>[^\d]*)(?<num>\d[\d,]*(?:\.\d+)?)(?<post>.*)$/);
  if (!m?.groups) return [];
  const n = Number((m.groups.num ?? "").replace(/,/g, ""));
  const decimals = (m.groups.num ?? "").split(".")[1]?.length ?? 0;
  if (decimals > 0 && n < 100) {
    // Rates and percentages: neighbours on the same grid ("5.25" -> 5.00, 5.50, 4.75).
    const grid = 10 ** -decimals;
    // A "nice" step near 5% of the value that sits on the answer's own decimal grid.
    const nice = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5].filter(
      (x) => Math.abs(x / grid - Math.round(x / grid)) < 1e-9,
    );
    const step = nice.reduce(
      (best, x) => (Math.abs(x - n * 0.05) < Math.abs(best - n * 0.05) ? x : best),
      nice[0] ?? grid,
    );
    return [n + step, n - step, n + 2 * step, n - 2 * step]
      .filter((v) => v > 0)
      .map((v) => `${m.groups?.pre ?? ""}${v.toFixed(decimals)}${m.groups?.post ?? ""}`);
  }
  const factors = n <= 12 && decimals === 0 ? [] : [0.75, 1.3, 0.55, 1.6, 2];
  const values =
    factors.length > 0 ? factors.map((f) => n * f) : [n + 1, n - 1, n + 2, n + 4].filter((x) => x > 0);
  return values.map((v) => {
    const text = decimals > 0 ? v.toFixed(decimals) : String(Math.round(v));
    return `${m.groups?.pre ?? ""}${Number(text) >= 1000 && (m.groups?.num ?? "").includes(",") ? Number(text).toLocaleString("en-IN") : text}${m.groups?.post ?? ""}`;
  });
}
