/** How many: counts, money and percentages with their unit, asked where the sentence says what they count. */
import { lexicon } from "../../../lexicon";
import { NUMBER_WORDS } from "../../../text";
import type { Sentence } from "../../04-sentences";
import { ask, type Span, shareOf, shareTrails } from "../../ask";
import { coreClause } from "../clause";
import type { Candidate, StoryArticle } from "./candidate";
import type { Patterns } from "./patterns";

// ---------- how many ----------

export function numberAliases(n: string, unit: string): string[] {
  const lower = n.toLowerCase();
  const asWord = NUMBER_WORDS.indexOf(lower);
  const digits = asWord >= 0 ? String(asWord) : n.replace(/,/g, "");
  const word = asWord >= 0 ? lower : (NUMBER_WORDS[Number(digits)] ?? "");
  return [...new Set([digits, word, `${digits} ${unit}`, word ? `${word} ${unit}` : ""])].filter(
    (a) => a && a !== n,
  );
}

export function numbers(s: Sentence, article: StoryArticle, claimed: Span[], p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  // "X passed the Bill with 141 members voting in favour" (or "after a division in which 141 members voted in
  // favour"): how many voted for it.
  const vote = s.text.match(p.votes);
  if (vote?.groups) {
    const clause = (vote.groups.clause ?? "")
      .replace(/\s+on\s+[A-Z][a-z]+day\b/, "")
      // "passed the X Bill, which seeks to replace the Y Act, with 301 members ...": the bill's aim is no part of
      // when the vote was.
      .replace(/,\s+(?:which|who)\s+[^,]+$/, "");
    const when = `${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
    const at = s.text.indexOf(vote.groups.n ?? "");
    claimed.push({ start: at, end: at + vote[0].length - (vote.groups.clause ?? "").length });
    const tally = (n: string, side: string): Candidate => ({
      kind: "how_many",
      answer: n,
      aliases: [`${n} ${vote.groups?.unit}`],
      category: "number",
      prompt: `How many ${vote.groups?.unit} voted ${side} when ${when}?`,
      articleId: article.id,
      sentence: s.text,
      surface: n,
      score: 8,
    });
    out.push(tally(vote.groups.n ?? "", "in favour"));
    // "... and 142 against": the votes against are the tally's other half.
    if (vote.groups.against) out.push(tally(vote.groups.against, "against"));
  }
  for (const entity of s.entities) {
    const e = entity.type === "MONEY" ? withScale(s.text, entity) : entity;
    if (overlaps(e.start, e.end)) continue;
    if (e.type === "MONEY") {
      // "₹1,200-crore" is keyed "₹1,200 crore".
      const sum = unhedged(e.text).replace(/-(?=[a-z]+$)/i, " ");
      const rest = s.text.slice(e.end);
      const noun = rest.match(
        /^\s+(?<noun>deal|contract|agreement|order|package|investment|loan|project|fund|budget|grant|aid|scheme|plan)\b(?<tail>[^;"]*)/,
      );
      const before = s.text.slice(0, e.start);
      const subj = before.match(
        /(?<subj>(?:[A-Z][\w'-]*\s+(?:and\s+)?){0,4}[A-Z][\w'-]*)\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?<verb>signed|approved|announced|sanctioned|secured|inked|awarded|cleared|won|launched|unveiled)\s+(?:a|an|the)\s+$/,
      );
      // "Valdoria on Wednesday signed a deal": the day is no subject ("the deal that Wednesday signed").
      if (subj?.groups && /\b(?:on|in|at|by|last|this|since)\s+$/i.test(before.slice(0, subj.index)))
        subj.groups.subj = "";
      let prompt: string | null = null;
      if (noun?.groups && subj?.groups?.subj) {
        const tail = (noun.groups.tail ?? "")
          .replace(
            /,\s+(?:the\s+)?(?:[A-Za-z.'-]+\s+){1,6}(?:said|noted|added|stated|announced|told reporters)(?:\s+(?:on|in)\s+\w+)?\s*[.]?\s*$/,
            "",
          )
          .replace(/[.,]\s*$/, "")
          // "..., a state-of-the-art air defence system": an aside after the deal's terms says nothing of its value.
          .replace(/,\s+(?:a|an|the)\s+[^,]*$/, "");
        prompt = `What was the value of the ${noun.groups.noun} that ${subj.groups.subj} ${subj.groups.verb}${tail}?`;
      } else {
        const core = coreClause(s.text, e.start, e.end);
        prompt = ask(core.text, { start: core.start, end: core.end }, "how much");
      }
      if (!prompt) continue;
      out.push({
        kind: "how_many",
        answer: sum,
        aliases: moneyAliases(sum),
        category: "money",
        prompt,
        articleId: article.id,
        sentence: s.text,
        surface: e.text,
        score: 8,
      });
      continue;
    }
    if (e.type === "PERCENT") {
      // "stayed below the 4 per cent target": a figure that names a target or a cap modifies its noun; fronted,
      // "What percentage did X stay below target?" asks for a margin the sentence does not give.
      // "enacted a similar 75% quota law": so does any figure between a determiner and its noun ("What percentage
      // did X enact quota law?").
      if (
        /\b(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+)?$/.test(s.text.slice(0, e.start)) &&
        /^\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|as|than|over|under|per|each|a|an|the|is|was|were|are|has|have|had|will|would|higher|lower|more|less|increase|rise|growth|jump|decline|fall|drop)\b)[a-z]{3,}\b/.test(
          s.text.slice(e.end),
        )
      )
        continue;
      // Asked of the clause that holds it: "X said the rate stays at 6.25 per cent and the other at 6.75 per cent"
      // is asked of "The rate stays at 6.25 per cent", not fronted past "said" and the second rate.
      const core = coreClause(s.text, e.start, e.end);
      if (shareTrails(core.text, core.end)) continue;
      const share = shareOf(core.text, core.end);
      const prompt = ask(
        core.text,
        { start: core.start, end: core.end + share.length },
        `what percentage${share}`,
      );
      if (prompt)
        out.push({
          kind: "how_many",
          // "about 0.65 per cent": the hedge is asked ("At what percentage ...?") but is no part of the key.
          answer: unhedged(e.text),
          aliases: [unhedged(e.text).replace(/\s*per\s*cent/, "%")],
          category: "percent",
          prompt,
          articleId: article.id,
          sentence: s.text,
          surface: e.text,
          score: 7,
        });
      continue;
    }
    if (e.type !== "CARDINAL") continue;
    const before = s.text.slice(0, e.start);
    if (
      /\b(?:the|these|those|all|both|of|top|over|nearly|about)\s+$/i.test(before) &&
      !/\bof\s+$/.test(before)
    )
      continue;
    if (/[-\w]$/.test(before) || /^\d{4}$/.test(e.text)) continue;
    // "will get up to 300 units": a ceiling, which "How many units will X get up to ...?" garbles.
    if (/\bup\s+to\s+$/i.test(before)) continue;
    const unit = s.text
      .slice(e.end)
      .match(
        /^\s+(?<unit>(?:[A-Z][\w-]*\s+)?[a-z]{3,}(?:\s+(?!(?:across|towards|besides|afterwards|always|perhaps|whereas|unless|thus|plus|less|this|does|versus)\b)[a-z]{3,}s\b)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[a-z]+(?:\s+(?!(?:to|in|on|at|for|from|by|with|and|or|as|into|under|over|during|since|the|a|an|was|were|is|are)\b)[a-z]+)?)?)/,
      );
    const unitText = unit?.groups?.unit ?? "";
    // "90 soldiers of its 3rd Mountain Brigade": an "of" phrase the unit cannot take whole would be left behind
    // ("By how many soldiers of its is X represented ...?"); the generic path asks such a figure.
    if (
      /\sof\s+(?:its|their|his|her|our)$/.test(unitText) ||
      (!/\sof\s/.test(unitText) && /^\s+of\s/.test(s.text.slice(e.end + (unit?.[0].length ?? 0))))
    )
      continue;
    const head = unitText.split(" of ")[0]?.split(" ").at(-1) ?? "";
    if (/-$/.test(s.text.slice(0, e.start).trim())) continue;
    if (!unit || !/s$/.test(head) || lexicon().genericUnits.includes(head)) continue;
    const span = { start: e.start, end: e.end + (unit[0].length ?? 0) };
    const prompt = ask(s.text, span, `how many ${unitText}`);
    if (!prompt) continue;
    out.push({
      kind: "how_many",
      answer: e.text.toLowerCase(),
      aliases: numberAliases(e.text, head),
      category: "number",
      prompt,
      articleId: article.id,
      sentence: s.text,
      surface: e.text,
      score: 6.5,
    });
  }
  return out;
}

/**
 * A sum with its scale: wink reads "₹75 lakh" and "₹1,200-crore" as "₹75" and "₹1,200", which, fronted, leave the
 * scale behind ("How much did X announce lakh ...?").
 */
function withScale<T extends { start: number; end: number; text: string }>(text: string, e: T): T {
  const scale = text.slice(e.end).match(/^[\s-](?:lakh|crore|million|billion|trillion)\b/i)?.[0];
  if (!scale || /\b(?:lakh|crore|million|billion|trillion)\b/i.test(e.text)) return e;
  const end = e.end + scale.length;
  return { ...e, end, text: text.slice(e.start, end) };
}

function moneyAliases(money: string): string[] {
  const bare = money.replace(/^(?:US)?\$\s*|^Rs\.?\s*|^₹\s*|^INR\s*/i, "");
  const short = bare.replace(/\bbillion\b/, "bn").replace(/\bmillion\b/, "mn");
  return [...new Set([bare, short, money.startsWith("$") ? `US${money}` : ""])].filter(
    (a) => a && a !== money,
  );
}

/** A figure without the hedge before it: "about 0.65 per cent" -> "0.65 per cent". */
function unhedged(figure: string): string {
  return figure.replace(
    /^(?:about|around|nearly|almost|over|more than|less than|some|roughly|approximately)\s+/i,
    "",
  );
}

// ---------- how long ----------

/**
 * "The 29.6-km bridge across the Gulf of X has been built ...": a length written before what it measures, which the
 * generic path could only blank ("The _____ bridge ..."), asked as "How long is the bridge across the Gulf of X?".
 */
const LENGTH_BEFORE =
  /\b[Tt]he\s+(?<n>\d[\d,]*(?:\.\d+)?)-(?<unit>km|kilometre|kilometer|metre|meter|mile)(?:-long)?\s+(?<noun>(?:[a-z-]+\s+){0,2}(?:bridge|tunnel|road|highway|expressway|corridor|railway line|rail line|line|canal|pipeline|wall|track|route|link|stretch|sea link|runway))(?<where>\s+(?:across|over|under|between|from|on|in|along|connecting|linking)\s+(?:the\s+)?[A-Z][^,;]{2,60}?)?(?=\s+(?:has|have|had|is|was|were|will|would|which|that)\b|,)/;

export function lengths(s: Sentence, article: StoryArticle, claimed: Span[]): Candidate[] {
  const m = s.text.match(LENGTH_BEFORE);
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.n || !g.unit || !g.noun) return [];
  const at = m.index + m[0].indexOf(g.n);
  const end = at + g.n.length + 1 + g.unit.length;
  if (claimed.some((c) => at < c.end && end > c.start)) return [];
  claimed.push({ start: at, end });
  const unit = /^k/.test(g.unit) ? "km" : g.unit === "mile" ? "miles" : "metres";
  return [
    {
      kind: "how_many",
      answer: `${g.n} ${unit}`,
      aliases: [g.n, `${g.n}-${g.unit}`, `${g.n} ${g.unit}`],
      category: "number",
      prompt: `How long is the ${g.noun.trim()}${g.where ?? ""}?`,
      articleId: article.id,
      sentence: s.text,
      surface: `${g.n}-${g.unit}`,
      score: 7.5,
    },
  ];
}
