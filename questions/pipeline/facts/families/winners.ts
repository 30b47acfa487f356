/** Who won: prizes, titles and finals. */
import { lexicon } from "../../../lexicon";
import { escapeRegex } from "../../../text";
import { monthYear } from "../../dates";
import { ANOTHER_TIME } from "../context";
import { isKnownCity, isPersonNoun, NUMBER_WORD_VALUES } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";
import { cleanPersonName } from "./holders";
import type { Patterns } from "./patterns";

/** Who won: a prize ("X was awarded the Y Prize"), a title ("X won the women's singles title"), a final ("X beat Y in the final at Z"). */
export function winnerQuestions(articles: StoryArticle[], p: Patterns): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  const person = (raw: string | undefined, sentence = "") => {
    const cleaned = cleanPersonName(raw ?? "", p);
    // "Maharashtra won 58 gold": a state, a region or a body won it, and "Who won ...?" would be offered people.
    if (
      !cleaned ||
      lex.country(cleaned.name) ||
      lex.regionKindOf(cleaned.name) ||
      lex.organisation(cleaned.name) ||
      isKnownCity(cleaned.name)
    )
      return null;
    // "Archer Sonali Kumari Munda won gold": a calling before the name is no part of it.
    const calling = cleaned.name.match(/^([A-Z][a-z]+)\s+(?=\S+\s+\S)/)?.[1];
    if (calling && isPersonNoun(calling)) return cleaned.name.slice(calling.length + 1);
    // "Nordland clinched their maiden title": one word that the sentence calls "their" is a team, and a "Who"
    // question would be offered people.
    const one = cleaned.name.split(/\s+/).length === 1;
    if (one && new RegExp(`\\b${escapeRegex(cleaned.name)}\\b[^.;]{0,40}?\\btheir\\b`).test(sentence))
      return null;
    return cleaned.name;
  };
  for (const a of articles) {
    const month = a.dated ? ` in ${monthYear(a.reference)}` : "";
    for (const s of a.sentences) {
      // "won two gold medals ... earlier this year", "won the title in 2029": not the article's month.
      const years = (s.text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
      const when =
        ANOTHER_TIME.test(s.text) || years.some((y) => y !== a.reference.getUTCFullYear()) ? "" : month;
      if (
        !/\b(?:awarded|conferred|honoured|presented|won|wins|clinched|claimed|lifted|bagged|secured|retained|defended|defeated|defeating|beat|beats|beating|edged|thrashed|outclassed|stunned|overcame)\b/.test(
          s.text,
        )
      )
        continue;
      const base = { kind: "who" as const, articleId: a.id, sentence: s.text };
      for (const m of s.text.matchAll(p.awarded)) {
        const name = person(m.groups?.name);
        const prize = (m.groups?.prize ?? "").trim();
        if (
          !name ||
          !/\b(?:Prize|Award|Medal|Ratna|Vibhushan|Bhushan|Shri|Trophy|Honour|Fellowship)\b/.test(prize)
        )
          continue;
        // "was awarded the Harbour Medal in 2009": the year the sentence gives is the award's.
        const year = s.text.slice((m.index ?? 0) + m[0].length).match(/^\s+in\s+((?:19|20)\d\d)\b/)?.[1];
        const dated = /\b(?:19|20)\d\d\b/.test(prize) ? "" : year ? ` in ${year}` : when;
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:laureate",
          prompt: `Who was awarded the ${prize}${dated}?`,
          surface: name,
          score: 9.5,
        });
      }
      for (const m of p.wonTrigger.test(s.text) ? s.text.matchAll(p.won) : []) {
        if (PLACE_BEFORE.test(s.text.slice(0, m.index))) continue;
        const name = person(m.groups?.name, s.text);
        // "won the silver medal in the men's javelin throw at the Paris Olympics": the field and venue belong to it.
        const rest = s.text.slice((m.index ?? 0) + m[0].length);
        const more = rest.match(
          /^(?<noun>\s+(?:medals?|titles?|troph(?:y|ies)|cups?|crowns?))?(?<field>\s+in\s+the\s+[^,.;]+?)?(?<venue>\s+at\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}(?:\s+in\s+[A-Z][\w'-]*)?)?(?=\s+(?:(?:on|with|after|by|for|earlier|last|this)\b|in\s+(?:\d|[A-Z]))|[,.;]|$)/,
        );
        // "won his first Grand Slam title": the winner's own count of titles, which "the first Grand Slam title"
        // would misstate.
        if (
          /\b(?:his|her|their)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|maiden)\b/i.test(
            m[0],
          )
        )
          continue;
        const what = `${(m.groups?.what ?? "").trim()}${more?.groups?.noun ?? ""}${more?.groups?.field ?? ""}`;
        // "at the World Para Athletics Championships." ends the sentence: its full stop is no part of the name.
        // "at the Nordic Open Super 750 badminton tournament": a grade's number is part of the event's name.
        const grade = m.groups?.tail ? (rest.match(/^\s+\d{2,4}(?=\s|[,.;]|$)/)?.[0] ?? "") : "";
        const tail = `${m.groups?.tail ?? more?.groups?.venue ?? ""}${grade}`.replace(/\.$/, "");
        if (!name || (what.split(" ").length < 2 && !tail)) continue;
        // "won two gold medals": a count says how many, and takes no "the".
        const counted = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i.test(what);
        // "Ola Berg and Mara Lind won the title": a pair won it, and "Who won the title?" has two right answers;
        // the other of the pair is named ("... along with Ola Berg?").
        const pair = s.text
          .slice(0, m.index)
          .match(/((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:and|&)\s+$/);
        const partner = pair?.[1];
        // "A, B and C won": one of three, the others unnamed in the question.
        if (pair?.index !== undefined && /,\s*$/.test(s.text.slice(0, pair.index))) continue;
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:winner",
          prompt: `Who won ${counted ? "" : "the "}${what}${tail}${when}${partner ? ` along with ${partner}` : ""}?`,
          surface: name,
          score: 9,
        });
      }
      // "X became the youngest champion after defeating Grandmaster Y 7.5-5.5 in the Z match": whom X beat.
      for (const m of s.text.matchAll(AFTER_DEFEATING)) {
        const subject = s.text
          .slice(0, m.index)
          .match(/([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})\s+$/)?.[1]
          ?.replace(/^(?:[A-Z][a-z]+\s+)?(?:Grandmaster|GM|International Master)\s+/, "");
        const name = person(subject, s.text);
        const loser = person(m.groups?.loser, s.text);
        const match = m.groups?.match;
        if (!name || !loser || !match || name === loser) continue;
        out.push({
          ...base,
          answer: loser,
          aliases: [loser.split(" ").at(-1) ?? loser],
          category: "person:winner",
          prompt: `Whom did ${name} defeat in the ${match}${when}?`,
          surface: loser,
          score: 7.5,
        });
      }
      // '"The Salt Road," a novel by writer X about ..., won the Y Prize ...': which novel, and who wrote it.
      const work = s.text.match(WORK_WON);
      const author = work?.groups ? person(work.groups.author, s.text) : null;
      if (work?.groups?.title && work.groups.noun && work.groups.prize && author) {
        const { title, noun, prize } = work.groups;
        const tail = (work.groups.tail ?? "").trim();
        // "by an Indian writer": what the maker is, which the other options' makers may be too.
        const calling = work.groups.maker ?? "";
        const maker = calling ? ` by ${/^[AEIOU]/i.test(calling) ? "an" : "a"} ${calling}` : "";
        const what = `the ${prize}${tail ? ` ${tail}` : ""}`;
        out.push({
          ...base,
          kind: "which",
          answer: title,
          aliases: [],
          category: "thing:work",
          noun,
          // Not "by X": the other options are known to be other writers' books.
          prompt: `Which ${noun}${maker} won ${what}${when}?`,
          surface: title,
          score: 9.5,
        });
        out.push({
          ...base,
          answer: author,
          aliases: [author.split(" ").at(-1) ?? author],
          category: "person:writer",
          prompt: `Who wrote "${title}", the ${noun} that won ${what}${when}?`,
          surface: author,
          score: 8.5,
        });
      }
      const margin = marginQuestion(s.text);
      if (margin) out.push({ ...base, ...margin, kind: "how_many" });
      for (const m of p.beatTrigger.test(s.text) ? s.text.matchAll(p.beat) : []) {
        if (PLACE_BEFORE.test(s.text.slice(0, m.index))) continue;
        const name = person(m.groups?.name, s.text);
        const loser = person(m.groups?.loser, s.text);
        if (!name || !loser) continue;
        const final = (m.groups?.final ?? "").trim();
        const venue = m.groups?.venue ?? "";
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:winner",
          prompt: `Who won the ${final}${venue}${when}?`,
          surface: name,
          score: 9.5,
        });
        out.push({
          ...base,
          answer: loser,
          aliases: [loser.split(" ").at(-1) ?? loser],
          category: "person:winner",
          prompt: `Whom did ${name} defeat in the ${final}${venue}${when}?`,
          surface: loser,
          score: 7.5,
        });
      }
    }
  }
  return out;
}

/** "The 23-year-old from Sonipat beat ...": a name after "from" or "in" is where the winner is from, not who. */
const PLACE_BEFORE = /\b(?:from|in|of|at|near)\s+$/;

/**
 * '"The Salt Road," a novel by writer X about ..., won the Y Prize for fiction ...', after a dateline or not: the
 * work, its maker, the prize.
 */
const WORK_WON =
  /(?:^|[—–-]\s+|:\s+)["“](?<title>[A-Z][^"“”]{1,60}?)[,.]?["”],?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?<noun>novel|film|documentary|memoir)\s+by\s+(?:(?<maker>(?:[A-Z][a-z]+\s+)?(?:writer|author|novelist|poet|director|filmmaker))\s+)?(?<author>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\b[^;"]*?,\s+(?:won|has\s+won|bagged|clinched|was\s+awarded)\s+the\s+(?<prize>(?:[A-Z][\w'-]*\s+){1,5}(?:Prize|Award|Medal))(?<tail>\s+for\s+[a-z][a-z ]{2,40}?)?(?=\s+(?:on|at)\b|[.,])/;

/** "became the youngest champion after defeating Grandmaster Y 7.5-5.5 in the Z match": the loser and the match. */
const AFTER_DEFEATING =
  /\b(?:became|won|clinched|retained|claimed|lifted|reached|sealed)\b[^.;]{3,140}?\s+(?:after|by)\s+(?:defeating|beating|edging past|overcoming|outclassing|stunning)\s+(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Grandmaster|GM|International Master|top seed|defending champion|compatriot)\s+)?(?<loser>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})(?:\s+\d+(?:\.\d)?-\d+(?:\.\d)?)?\s+in\s+the\s+(?<match>(?:[\w'-]+\s+){0,5}?(?:final|match))\b/g;
const SIDE = "(?:[A-Z][\\w'.-]*\\s+){0,3}[A-Z][\\w'.-]*";
/** "X beat Y ... by seven runs", "X defeated Y ... with a seven-run win": the winner, the loser and the margin. */
const MARGIN = new RegExp(
  `(?<winner>${SIDE})\\s+(?:beat|defeated|edged(?:\\s+past|\\s+out)?|thrashed|outclassed|stunned|overcame)\\s+(?<loser>${SIDE})\\b(?<between>[^.;]*?)\\s+(?:by\\s+(?:a\\s+margin\\s+of\\s+)?(?<n>\\d+|${Object.keys(NUMBER_WORD_VALUES).join("|")})\\s+(?<unit>runs?|wickets?|goals?|points?)|with\\s+an?\\s+(?<n2>\\d+|${Object.keys(NUMBER_WORD_VALUES).join("|")})-(?<unit2>run|wicket|goal|point)\\s+(?:win|victory))\\b`,
);
/** "the 2031 Harbour Cup", "the Harbour Cup 2031": the contest a final belongs to. */
const CONTEST =
  /\b(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Cup|Trophy|Championships?|League|Games|Olympics|Open)(?:\s+(?:19|20)\d\d)?\b/;

/**
 * "By how many runs did Valdoria beat Ruritania in the final of the 2031 Harbour Cup?" from a result that states
 * its margin; null when the sentence states none, or names no final or contest to ask it of.
 */
export function marginQuestion(
  text: string,
): Pick<Candidate, "answer" | "aliases" | "category" | "prompt" | "surface" | "score"> | null {
  const m = text.match(MARGIN);
  const g = m?.groups;
  if (!g) return null;
  const raw = (g.n ?? g.n2 ?? "").toLowerCase();
  const n = NUMBER_WORD_VALUES[raw] ?? Number(raw);
  const unit = (g.unit ?? g.unit2 ?? "").replace(/s$/, "");
  if (!n || !unit || /^(?:He|She|They|It|The|This)$/.test(g.winner ?? "")) return null;
  const contest = text.match(CONTEST)?.[0]?.trim();
  const final = /\bfinal\b/i.test(text);
  if (!contest && !final) return null;
  const where = final
    ? contest
      ? ` in the final of the ${contest.replace(/\s+(?:title|trophy)$/i, "")}`
      : " in the final"
    : ` in the ${contest}`;
  const plural = n === 1 ? unit : `${unit}s`;
  const written = `${raw} ${plural}`;
  return {
    answer: `${n} ${plural}`,
    aliases: [...new Set([written, String(n), raw])].filter((a) => a !== `${n} ${plural}`),
    category: "number",
    prompt: `By how many ${unit}s did ${g.winner} beat ${g.loser}${where}?`,
    surface: m?.[0] ?? "",
    score: 9,
  };
}
