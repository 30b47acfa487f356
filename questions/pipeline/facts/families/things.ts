/** Which: named things with their class noun ("the X Convention", "INS Y"), and classes learnt from the text. */
import { lexicon } from "../../../lexicon";
import { capitalise, escapeRegex, normKey } from "../../../text";
import type { Sentence } from "../../04-sentences";
import { ask, type Span } from "../../ask";
import { monthYear } from "../../dates";
import { appositiveMember } from "../spans";
import type { Candidate, Holder, StoryArticle } from "./candidate";
import { NOT_NAMES, type Patterns } from "./patterns";

// ---------- which: named things ----------

/** Classes learnt from the text itself ("groupings like X" makes X a grouping), shared across stories. */
const learntClasses = new Map<string, { cls: string; category: string }>();

/** Surnames of a story's holders, built once per holder list: "is this name a person?" in constant time. */
const surnameSets = new WeakMap<Holder[], Set<string>>();
function personIndex(holders: Holder[]): Set<string> {
  let set = surnameSets.get(holders);
  if (!set) {
    set = new Set(
      holders.flatMap((h) =>
        normKey(h.name)
          .split(" ")
          .filter((w) => w.length > 3),
      ),
    );
    surnameSets.set(holders, set);
  }
  return set;
}

/**
 * The matches of `suffixThing` in a sentence ("the X missile system"), read once: classes are learnt from every
 * sentence of the story before its things are read from the same sentences.
 */
function suffixThings(s: Sentence, p: Patterns): readonly RegExpMatchArray[] {
  let found = suffixMatches.get(s);
  if (!found) {
    found = [...s.text.matchAll(p.suffixThing)];
    suffixMatches.set(s, found);
  }
  return found;
}
const suffixMatches = new WeakMap<Sentence, RegExpMatchArray[]>();

/** Learns classes the text states ("groupings like X", "the X missile system") before any question is asked. */
export function learnClasses(articles: StoryArticle[], p: Patterns): void {
  const lex = lexicon();
  let storyText: string | undefined;
  // "the Akademi award" beside "the Akademi announced": the award is the body's, and the name is the body.
  const isBody = (name: string) => {
    storyText ??= articles.flatMap((a) => a.sentences.map((x) => x.text)).join(" ");
    return new RegExp(
      `\\b[Tt]he\\s+${escapeRegex(name)}(?:'s\\b|\\s+(?:also\\s+)?(?:said|says|announced|gives|gave|is|was|has|had|will|awards|selected|chose)\\b)`,
    ).test(storyText);
  };
  for (const a of articles)
    for (const s of a.sentences) {
      for (const m of s.text.matchAll(p.introducedClass)) {
        const cls = m.groups?.cls ?? "";
        if (lex.suffixClass(cls) || lex.suffixClass(`${cls}s`))
          learntClasses.set(normKey(m.groups?.name ?? ""), { cls, category: "organisation" });
      }
      // "Sun mission Orca L2", "the spacecraft Orca-2": a class noun written before the name.
      for (const m of s.text.matchAll(CLASS_BEFORE_NAME)) {
        const noun = m.groups?.cls ?? "";
        const cls = lex.suffixClass(noun);
        const name = m.groups?.name ?? "";
        if (cls && name && !lex.country(name) && !learntClasses.has(normKey(name)))
          learntClasses.set(normKey(name), { cls: cls.class, category: cls.category });
      }
      for (const m of suffixThings(s, p)) {
        const noun = m.groups?.cls ?? "";
        const cls = lex.suffixClass(noun);
        const name = thingName(m.groups?.name ?? "");
        // "the X Act": a capitalised class noun is part of the name, so "X" alone is not an act.
        if (
          cls &&
          name &&
          /[A-Z]/.test(name) &&
          !/^[A-Z]/.test(noun) &&
          !(cls.category === "award" && isBody(name) && givers.add(normKey(name))) &&
          // "the IMD report" beside "The IMD had earlier said": the report is the body's, and the name is the body.
          !(cls.category === "report" && isBody(name))
        )
          learntClasses.set(normKey(name.replace(/'/g, "")), { cls: cls.class, category: cls.category });
      }
    }
}

function thingName(raw: string): string {
  const lex = lexicon();
  const words = raw.split(/\s+/);
  while (
    words.length &&
    (NOT_NAMES.has(words[0] ?? "") || lex.country(words[0] ?? "") || /^(?:and|or)$/i.test(words[0] ?? ""))
  )
    words.shift();
  return words.join(" ");
}

/**
 * A sentence listing several items ("X systems, Y aircraft, and Z tanks") keeps only the item asked about,
 * so the question reads "... including which tanks?" rather than repeating the list.
 */
function collapseList(text: string, span: Span): { text: string; span: Span } {
  const parts: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/,\s+/g)) {
    parts.push({ start: from, end: m.index ?? 0 });
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: from, end: text.length });
  const at = parts.findIndex((x) => span.start >= x.start && span.end <= x.end);
  if (parts.length < 3 || at < 0) return { text, span };
  const words = (x: Span) => text.slice(x.start, x.end).split(/\s+/).length;
  let last = at;
  while (last + 1 < parts.length && words(parts[last + 1] as Span) <= 9) last++;
  let first = at;
  while (first > 0 && words(parts[first] as Span) <= 9) first--;
  const lastText = text.slice((parts[last] as Span).start, (parts[last] as Span).end);
  if (last - first < 2 && !(last - first === 1 && /^(?:and|or)\s/.test(lastText))) return { text, span };
  const head = parts[first] as Span;
  const headText = text.slice(head.start, head.end);
  const intro = [
    ...headText.matchAll(
      /\b(?:including|such as|like|spans|spanning|discussed|covering|comprising|includes|included)\s+/g,
    ),
  ].at(-1);
  if (!intro) return { text, span };
  const listStart = head.start + (intro.index ?? 0) + intro[0].length;
  if (span.start < listStart) return { text, span };
  const item = at === first ? { start: listStart, end: head.end } : (parts[at] as Span);
  const itemText = text.slice(item.start, item.end);
  const lead = itemText.match(/^(?:and|or)\s+/)?.[0].length ?? 0;
  const prefix = text.slice(0, listStart);
  const tail = text.slice((parts[last] as Span).end).replace(/^(?!\s*[.!?]?$)/, "");
  const rewritten = `${prefix}${itemText.slice(lead)}${tail}`;
  const shift = prefix.length - (item.start + lead);
  return { text: rewritten, span: { start: span.start + shift, end: span.end + shift } };
}

export function things(
  s: Sentence,
  article: StoryArticle,
  p: Patterns,
  claimed: Span[],
  holders: Holder[],
  resolveTheir: (q: string) => string,
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  const isPerson = (name: string) => personIndex(holders).has(normKey(name).split(" ").at(-1) ?? "");
  const add = (name: string, cls: string, category: string, span: Span, score: number, aliases: string[]) => {
    const bare = name.replace(/^'|'$/g, "");
    if (!bare || lex.country(bare) || isPerson(bare) || /^(?:The|This|That|Its|Their)$/.test(bare)) return;
    if (overlaps(span.start, span.end)) return;
    const base = {
      kind: "which" as const,
      answer: bare,
      aliases,
      category: `thing:${category}`,
      // "Which submarine ...?" is offered submarines (class-distractors.json), not the kind's other ships.
      ...(lex.classDistractors[cls] ? { noun: cls } : {}),
      articleId: article.id,
      sentence: s.text,
      surface: bare,
    };
    const appositive = s.text.slice(span.end).match(p.appositiveThing);
    if (appositive?.groups?.desc) {
      const desc = appositive.groups.desc.trim();
      const tense = /\b(?:launched|held|signed|conducted|carried out)\b/.test(desc) ? "was" : "is";
      out.push({ ...base, prompt: `Which ${cls} ${tense} ${desc}?`, score: score + 2 });
    }
    // A name used as a modifier ("the X rifle production") is asked as "production of which rifle".
    const after = s.text
      .slice(span.end)
      .match(
        /^\s+(?<noun>(?:production|upgrades?|supply|deliver(?:y|ies)|procurement|purchase|deal|programme|project))\b/,
      );
    let { text, span: at } = collapseList(s.text, span);
    let wh = `which ${cls}`;
    if (after?.groups?.noun) {
      const extra = after[0].length;
      const shift = text.length - s.text.length;
      void shift;
      const nounEnd = at.end + extra;
      text = `${text.slice(0, at.start)}${after.groups.noun} of ${wh}${text.slice(nounEnd)}`;
      wh = "";
      at = { start: at.start, end: at.start };
    }
    const prompt = wh ? ask(text, at, wh) : finishInPlace(text);
    if (prompt && !normKey(prompt).includes(normKey(bare)))
      out.push({ ...base, prompt: resolveTheir(prompt), score });
    claimed.push(span);
  };
  const sup = s.text.match(p.superlative);
  const supKind = sup?.groups ? lex.regionKindOf(sup.groups.name ?? "") : undefined;
  if (sup?.groups && supKind) {
    const when = article.dated ? ` in ${monthYear(article.reference)}` : "";
    out.push({
      kind: "which",
      answer: sup.groups.name ?? "",
      aliases: [],
      category: `region:${supKind}`,
      prompt: `Which ${supKind} had the ${sup.groups.sup} ${sup.groups.what}, as reported${when}?`,
      articleId: article.id,
      sentence: s.text,
      surface: sup.groups.name ?? "",
      score: 8.5,
    });
    claimed.push({ start: 0, end: (sup.groups.name ?? "").length });
  }
  for (const m of s.text.matchAll(p.legislation)) {
    const name = thingName(m.groups?.name ?? "").replace(/^The\s+/, "");
    if (!name || name.split(" ").length < 2) continue;
    const start = (m.index ?? 0) + (m.groups?.name ?? "").length - name.length;
    const kind = (m.groups?.kind ?? "").toLowerCase();
    add(
      name,
      kind === "sanhita" || kind === "code" ? "law" : kind,
      "law",
      { start, end: (m.index ?? 0) + m[0].length },
      8,
      [name.replace(/,\s+\d{4}$/, "")],
    );
  }
  for (const m of s.text.matchAll(p.prefixThing)) {
    const pre = lex.prefixClass(m.groups?.pre ?? "");
    if (!pre || pre.category === "ministry") continue;
    // "Mission Director M. Rao", "Operation Commander X": an office the class noun qualifies, then a person.
    if (OFFICE_WORD.test(m.groups?.rest ?? "")) continue;
    const name = `${m.groups?.pre} ${m.groups?.rest}`.trim();
    const start = m.index ?? 0;
    // "INS X aircraft carrier": the noun after the name is the more exact class.
    const noun = s.text.slice(start + m[0].length).match(p.followingClass);
    const suffix = noun ? lex.suffixClass(noun[1] ?? "") : undefined;
    const end = start + m[0].length + (suffix && noun ? noun[0].length : 0);
    // "INS X, the last of the Orca-class frigates": a finer class of the same kind from the appositive.
    const member = suffix ? null : appositiveMember(s.text.slice(start + m[0].length));
    const finer = member && lex.suffixClass(member)?.category === pre.category ? member : null;
    add(
      name,
      suffix ? (noun?.[1] ?? "").toLowerCase() : (finer ?? pre.class),
      suffix?.category ?? pre.category,
      { start, end },
      7.5,
      [m.groups?.rest ?? ""],
    );
  }
  for (const m of s.text.matchAll(p.classFirst)) {
    const cls = m.groups?.cls ?? "";
    const name = m.groups?.name ?? "";
    const start = (m.index ?? 0) + m[0].length - name.length;
    add(
      name,
      cls,
      lex.suffixClass(cls)?.category ?? cls,
      { start: m.index ?? 0, end: start + name.length },
      6.5,
      [],
    );
  }
  for (const m of suffixThings(s, p)) {
    const raw = m.groups?.name ?? "";
    const name = thingName(raw);
    const noun = m.groups?.cls ?? "";
    const cls = lex.suffixClass(noun);
    if (!name || !cls || !/[A-Z]/.test(name)) continue;
    const start = (m.index ?? 0) + raw.length - name.length;
    const end = (m.index ?? 0) + m[0].length;
    if (/^[A-Z]/.test(noun)) {
      // "the X Trophy": a capitalised class noun is part of the name; "X Policy Committee" is another name.
      if (!lex.capitalisedClasses.includes(noun.toLowerCase()) || /^\s+[A-Z]/.test(s.text.slice(end)))
        continue;
      const full = `${name} ${noun}`;
      add(full, cls.class, cls.category, { start, end }, 7, [name]);
      continue;
    }
    // "The Akademi award comprises ...": the name is the body's that gives the award, not an award's.
    if (givers.has(normKey(name))) continue;
    const acronym = m.groups?.acr?.trim().replace(/[()]/g, "");
    add(name, noun.toLowerCase(), cls.category, { start, end }, 7, [
      `${name.replace(/'/g, "")} ${noun}`,
      name.replace(/-/g, ""),
      ...(acronym ? [acronym] : []),
    ]);
  }
  // Names whose class is known from elsewhere in the story or from data ("the Bloc" is a grouping).
  // "The Agni-X is ...": a sentence's capitalised "The" is no part of the name.
  for (const m of s.text.matchAll(/(?<![\w-])(?:The\s)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?![\w-])/g)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
    const end = start + (m[1] ?? "").length;
    if (overlaps(start, end)) continue;
    const key = normKey(m[1] ?? "");
    const org = lex.organisation(m[1] ?? "");
    const learnt = learntClasses.get(key);
    const membership =
      /\b(?:part of|member of|joined|comprising|comprises|includes)\b/.test(s.text) &&
      /^\s*(?:[,.;]|$|\s+which\b|\s+and\b)/.test(s.text.slice(end));
    if (/\b(?:like|such as)\s+$/.test(s.text.slice(0, start))) continue;
    if (learnt) add(m[1] ?? "", learnt.cls, learnt.category, { start, end }, 6, []);
    else if (org && org.short === m[1] && org.class !== "ministry" && org.class !== "border" && membership)
      add(m[1] ?? "", org.class, "organisation", { start, end }, 6.5, [org.name]);
  }
  return out;
}

/** Words that open an office's title, not a thing's name. */
const OFFICE_WORD =
  /^(?:Director|Directors|Chief|Head|Secretary|Controller|Commander|Manager|Officer|Leader|Minister|Coordinator|Spokesperson|Chairman|Chairperson|President|Commissioner|Deputy|Associate|Assistant|Vice)\b/;

function finishInPlace(text: string): string | null {
  if (/^["']/.test(text.trim())) return null;
  const q = text.replace(/[\s,;:.]+$/, "").trim();
  if (q.split(/\s+/).length > 40) return null;
  return `${capitalise(q)}?`;
}

/** Bodies the story names before an award's class noun ("the Akademi award"), which are no awards. */
const givers = new Set<string>();

/** Whether the story names this body before an award's class noun ("the Akademi award"): it gives the award. */
export function awardGiver(name: string): boolean {
  return givers.has(normKey(name));
}

/** The class the story gave a name elsewhere ("Orca-L2 spacecraft" makes "Orca-L2" a spacecraft), if any. */
export function learntClassOf(name: string): { cls: string; category: string } | undefined {
  // Asked of every name read, and again whenever a read is reused: most stories learn no class.
  return learntClasses.size === 0 ? undefined : learntClasses.get(normKey(name));
}

const CLASS_BEFORE_NAME =
  /\b(?<cls>mission|spacecraft|satellite|observatory|rover|lander|operation|exercise|submarine|frigate|destroyer|missile|rocket|telescope)\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})(?![\w-]|\s+[A-Z])/g;

export function resetLearntClasses(): void {
  learntClasses.clear();
  givers.clear();
}
