/**
 * "What" facts an article states in so many words: the aim of a named thing ("X aims to ..."), what a name
 * means ("X, meaning 'Y'"), and what something was called ("called the deal 'Y'"). Each answer is a short phrase;
 * its options are phrases of the same kind from other stories.
 */

import { lexicon } from "../../lexicon";
import type { Sentence } from "../04-sentences";
import { passesGate } from "../gate";
import type { Candidate, StoryArticle } from "./candidate";
import { classOfName } from "./spans";

const NAME =
  "(?<name>(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+(?:of|for|and|on|the|[A-Z][\\w'-]*|\\([A-Z][\\w-]*\\)))*?)(?<cls>(?:\\s+[a-z]+){0,2}?)";
/** `cue`: words the pattern needs, tested first, since its name is tried at every capital before it fails. */
const PATTERNS: { kind: "aim" | "meaning"; cue: RegExp; re: RegExp; ask: (name: string) => string }[] = [
  {
    kind: "aim",
    cue: /(?:aims|seeks|is\s+aimed|is\s+meant|is\s+designed|will\s+aim)\s+(?:to|at)\s/,
    re: new RegExp(
      `${NAME},?\\s+(?:which\\s+|that\\s+)?(?:aims|seeks|is\\s+aimed|is\\s+meant|is\\s+designed|will\\s+aim)\\s+(?:to|at)\\s+(?<what>[a-z][^,.;"]{8,70})`,
      "g",
    ),
    ask: (name) => `What is the aim of ${name}?`,
  },
  {
    kind: "meaning",
    cue: /(?:meaning|means)\s/,
    re: new RegExp(
      `${NAME}\\s+(?:are\\s+|is\\s+)?(?:named\\s+after\\s+a\\s+\\w+\\s+word\\s+)?(?:meaning|which\\s+means|means)\\s+(?:the\\s+)?["'“‘]?(?<what>[A-Za-z][^,.;"'“”‘’]{3,50})`,
      "g",
    ),
    ask: (name) =>
      `What is the meaning of the name ${name.replace(/^the\s+/i, "").replace(/\s+[a-z]+(?:\s+[a-z]+)?$/, "")}?`,
  },
];

/** A "what" candidate of one sentence: the fields every kind of what-fact shares. */
function whatFact(
  article: StoryArticle,
  s: Sentence,
  index: number,
  fact: {
    answer: string;
    aliases?: string[];
    kind: string;
    prompt: string;
    surface: string;
    peers: string[];
  },
): Candidate {
  return {
    kind: "what",
    answer: fact.answer,
    aliases: fact.aliases ?? [],
    category: `what:${fact.kind}`,
    prompt: fact.prompt,
    articleId: article.id,
    sentence: s.text,
    surface: fact.surface,
    score: 3 + (index < 3 ? 1 : 0),
    storyKey: article.id,
    speaker: fact.kind === "body" ? "studies" : fact.kind,
    peers: fact.peers,
  };
}

/** The bodies of the solar system a mission may be sent to study. */
const BODIES = ["the Sun", "the Moon", "Mars", "Venus", "Jupiter", "Mercury", "Saturn"];
/** "the Orca-7 spacecraft -- the first observatory to study the Sun --": a craft and the body it studies. */
const STUDIES = new RegExp(
  `(?<name>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})\\s+(?<cls>spacecraft|mission|observatory|satellite|probe|rover|orbiter|lander|telescope)\\b[^.;]{0,80}?\\bto\\s+(?:study|observe|explore)\\s+(?<what>${BODIES.map((b) => b.replace("the ", "(?:the\\s+)?")).join("|")})\\b`,
  "g",
);

/**
 * "Which celestial body is the Orca-7 spacecraft meant to study?" from a craft the text says is to study one;
 * the other bodies are its options.
 */
function studyFacts(article: StoryArticle, s: Sentence, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(STUDIES)) {
    const name = m.groups?.name ?? "";
    const found = (m.groups?.what ?? "").replace(/^the\s+/i, "");
    const answer = BODIES.find((b) => b.replace("the ", "") === found);
    if (!answer || /^(?:The|A|An|India|Its)$/.test(name)) continue;
    const prompt = `Which celestial body is the ${name} ${m.groups?.cls ?? ""} meant to study?`;
    if (!passesGate(prompt, answer, [])) continue;
    out.push(
      whatFact(article, s, index, {
        answer,
        aliases: [found],
        kind: "body",
        prompt,
        surface: found,
        peers: BODIES.filter((b) => b !== answer),
      }),
    );
  }
  return out;
}

/** "the Harbour Peace Prize ... for its efforts to ...": a prize and the efforts its citation names. */
const CITED =
  /\b(?<prize>(?:[A-Z][\w-]*\s+){0,3}(?:Prize|Award|Medal))\b[^.;"]{0,40}?\bfor\s+(?:its|his|her|their)\s+(?<what>efforts\s+to\s+[a-z][^,.;"]{8,70}?)(?=\s+and\s+for\b|[,.;"]|$)/;
/** Citations of past peace prizes, in the same shape: the options of a citation question. */
const CITATIONS = [
  "efforts to combat hunger",
  "efforts to safeguard freedom of expression",
  "efforts to end the use of sexual violence as a weapon of war",
  "efforts to build up and disseminate greater knowledge about climate change",
];

/**
 * "For what was the Harbour Peace Prize awarded?" from the efforts a prize's citation names; asked with the story's
 * setting (see generate), which gives the prize its year.
 */
function citationFacts(article: StoryArticle, s: Sentence, index: number): Candidate[] {
  const g = s.text.match(CITED)?.groups;
  if (!g?.prize || !g.what) return [];
  const prize = g.prize.trim();
  const what = g.what.trim();
  return [
    whatFact(article, s, index, {
      answer: what,
      kind: "citation",
      prompt: `For what was the ${prize.replace(/^the\s+/i, "")} awarded?`,
      surface: what,
      peers: CITATIONS.filter((c) => c !== what),
    }),
  ];
}

/** "The Harbour Star is awarded for exceptional service.": what an honour is given for, in general. */
const STANDING_CITATION =
  /^(?:The\s+)?(?<award>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+is\s+(?:awarded|given|conferred|presented)\s+(?:annually\s+)?for\s+(?<what>[a-z][a-z ,-]{8,60}?)\.$/;
/** What national honours are given for, in the same shape: the options of a standing-citation question. */
const SERVICE_CITATIONS = [
  "distinguished service of a high order",
  "distinguished service in any field",
  "exceptional and distinguished service",
  "exceptional service of the highest order",
  "the most conspicuous bravery",
];

/**
 * "What is the Harbour Star awarded for?" from a sentence that says what an honour is given for in general;
 * other honours' citations are the options.
 */
function standingCitationFacts(article: StoryArticle, s: Sentence, index: number): Candidate[] {
  const g = s.text.match(STANDING_CITATION)?.groups;
  if (!g?.award || !g.what) return [];
  const what = g.what.trim();
  return [
    whatFact(article, s, index, {
      answer: what,
      // Not a year's citation (kind "citation", asked with its month): what the honour is always given for.
      kind: "standing citation",
      prompt: `What is the ${g.award} awarded for?`,
      surface: what,
      // "of high order" is "of a high order": a citation written without its article is the same one.
      peers: SERVICE_CITATIONS.filter((c) => withoutArticles(c) !== withoutArticles(what)),
    }),
  ];
}

const withoutArticles = (text: string) => text.replace(/\b(?:a|an|the)\s+/gi, "");

/** The kinds of public body an exam tells apart, as reports write them. */
const BODY_KINDS = [
  "statutory body",
  "constitutional body",
  "non-statutory body",
  "quasi-judicial body",
  "autonomous body",
  "advisory body",
];
/** "The Harbour Board is a statutory body", quoted or not. */
const BODY_KIND =
  /^["']?(?:The\s+)?(?<name>[A-Z][\w-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]*){0,5})\s+is\s+an?\s+(?<kind>statutory|constitutional|non-statutory|quasi-judicial|autonomous|advisory)\s+body\b/;

/** "What kind of body is the Harbour Board?" from a sentence that says which kind it is; the other kinds are the options. */
function bodyKindFacts(article: StoryArticle, s: Sentence, index: number): Candidate[] {
  const g = s.text.match(BODY_KIND)?.groups;
  if (!g?.name || !g.kind) return [];
  const answer = `${g.kind} body`;
  return [
    whatFact(article, s, index, {
      answer,
      kind: "body kind",
      prompt: `What kind of body is the ${g.name.replace(/^The\s+/, "")}?`,
      surface: answer,
      peers: BODY_KINDS.filter((k) => k !== answer),
    }),
  ];
}

/** How a body decides, as reports write it: the answer's options are the other ways. */
const DECISION_MODES = ["consensus", "a majority vote", "a voice vote", "a two-thirds majority"];
/** "All decisions were taken through consensus", "The declaration was adopted by a voice vote". */
const DECIDED =
  /^(?<subject>(?:All\s+|The\s+)?(?:[a-z]+\s+)?(?:decisions?|resolutions?|declaration|motion|amendments?))\s+(?<aux>was|were)\s+(?<verb>taken|made|adopted|passed|reached|approved)\s+(?:through|by|with)\s+(?<what>consensus|a majority vote|a voice vote|a two-thirds majority)\b/i;

/**
 * "How were all decisions taken?" from a sentence that says a body decided by consensus or by a vote; the other
 * ways of deciding are the options. Asked with the story's setting (see generate), which names the body.
 */
function decisionFacts(article: StoryArticle, s: Sentence, index: number): Candidate[] {
  const g = s.text.match(DECIDED)?.groups;
  if (!g?.subject || !g.aux || !g.verb || !g.what) return [];
  const answer = g.what.toLowerCase();
  return [
    whatFact(article, s, index, {
      answer,
      kind: "decision",
      prompt: `How ${g.aux} ${g.subject.toLowerCase()} ${g.verb}?`,
      surface: g.what,
      peers: DECISION_MODES.filter((x) => x !== answer),
    }),
  ];
}

/** Other purposes the story states ("to promote investment", "to cut emissions"): options of the same shape. */
function aimsIn(articles: StoryArticle[], answer: string): string[] {
  const out = new Set<string>();
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of s.text.matchAll(
        /\b(?:to|at)\s+(?<vp>(?:promote|boost|improve|increase|reduce|cut|provide|ensure|protect|strengthen|help|support|create|build|expand|enhance|develop|fight|prevent|lower|raise|connect|insure|achieve|make|bring|deliver)\s+[a-z][a-z -]{6,50}?)(?=[,.;]|\s+(?:and|by|in|at|for|through|with)\b)/g,
      )) {
        const vp = (m.groups?.vp ?? "").trim();
        if (vp && !answer.includes(vp) && !vp.includes(answer)) out.add(vp);
      }
  return [...out];
}

/**
 * Aim and meaning questions from every sentence of a story.
 * @example purposeFacts([{ id: "a", sentences: annotate(["The Blue Shield scheme aims to insure every fisher."]), ... }])
 * // [{ kind: "what", prompt: "What is the aim of the Blue Shield scheme?", answer: "insure every fisher", ... }]
 */
export function purposeFacts(articles: StoryArticle[]): Candidate[] {
  const out: Candidate[] = [];
  for (const article of articles)
    article.sentences.forEach((s: Sentence, index) => {
      out.push(...studyFacts(article, s, index));
      out.push(...decisionFacts(article, s, index));
      out.push(...citationFacts(article, s, index));
      out.push(...standingCitationFacts(article, s, index));
      out.push(...bodyKindFacts(article, s, index));
      for (const p of PATTERNS)
        for (const m of p.cue.test(s.text) ? s.text.matchAll(p.re) : []) {
          const raw = `${m.groups?.name ?? ""}${m.groups?.cls ?? ""}`.trim();
          const what = (m.groups?.what ?? "").trim().replace(/\s+(?:and|or|by|in|at|with)$/i, "");
          // Only a named thing with a class ("the X scheme", "the X class") has an aim or a name to explain.
          const name = raw.replace(/^The\b/, "the");
          const bare = name.replace(/^the\s+/i, "");
          // An aim belongs to a named thing with a class ("the X scheme"); a meaning to any name.
          if (p.kind === "aim" && !classOfName(bare) && !classOfName(bare.replace(/\s+[a-z]+$/, "")))
            continue;
          if (what.split(/\s+/).length > 9 || (what.split(/\s+/).length < 2 && p.kind === "aim")) continue;
          const prompt = p.ask(name.startsWith("the ") || /^[A-Z]{2,}/.test(name) ? name : `the ${name}`);
          if (!passesGate(prompt, what, [])) continue;
          out.push({
            kind: "what",
            answer: what,
            aliases: [],
            category: `what:${p.kind}`,
            prompt,
            articleId: article.id,
            sentence: s.text,
            surface: what,
            score: 3 + (index < 3 ? 1 : 0),
            storyKey: article.id,
            speaker: p.kind,
            peers: p.kind === "aim" ? aimsIn(articles, what) : (lexicon().distractors["what:meaning"] ?? []),
          });
        }
    });
  return out;
}
