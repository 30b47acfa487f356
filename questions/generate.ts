/** The pipeline end to end: raw articles in, articles and questions out. */
import { basename } from "node:path";
import { lexicon } from "./lexicon";
import { cleanText } from "./pipeline/01-clean";
import { splitPage } from "./pipeline/02-split";
import { extractMetadata, type Metadata } from "./pipeline/03-metadata";
import { annotate, resetSentenceCache, type Sentence } from "./pipeline/04-sentences";
import { assignStories } from "./pipeline/05-stories";
import {
  type Candidate,
  extractStoryFacts,
  resetLearntClasses,
  type StoryArticle,
} from "./pipeline/06-facts";
import { type SelectedFact, selectFacts } from "./pipeline/07-select";
import { buildPools, optionsFor, printable, storySport } from "./pipeline/08-options";
import { topicOf } from "./pipeline/09-topic";
import { leadDayMonth, newsTime, postedDates } from "./pipeline/dates";
import { monthOf, type StoryTag, storyTag, withMonth, withSetting } from "./pipeline/facts/context";
import {
  absoluteDates,
  fullNameIn,
  genericFacts,
  namedTwice,
  storyPeople,
  storyReferents,
  withReferents,
  withStoryClassNoun,
} from "./pipeline/facts/generic";
import { purposeFacts } from "./pipeline/facts/purposes";
import { gateFailure, inPlaceFailure, passesGate } from "./pipeline/gate";
import { askedInPlace, lowerStart } from "./pipeline/in-place";
import { curatedSpelling, keyAsWritten, withCuratedSpellings } from "./pipeline/options/people";
import {
  asExamQuestion,
  asOneQuestion,
  pastFuture,
  withCommonNouns,
  withDateLast,
  withFullNames,
  withoutCutScores,
  withoutRepeatedSetting,
} from "./pipeline/reword";
import { withoutShownKeys } from "./pipeline/unshown";
import { jaccard, monthName, normKey, shortHash, wordSet } from "./text";
import type {
  ArticleInput,
  GeneratedArticle,
  GeneratedQuestion,
  GenerateOptions,
  GenerationResult,
  Warning,
} from "./types";

/** A body its head chairs by office, whose chair is no fact of the news. */
const EX_OFFICIO_CHAIR =
  /\b(?:who|which [A-Za-z ]+?) chaired (?:the )?(?:Union |federal )?Cabinet\b(?!\s+(?:committee|sub-committee))/i;

/** Words that name India or what only India has: a story without any, that names another country, is about it. */
const INDIA =
  /\b(?:India|Indian|Indians|India's|Bharat|Bharatiya|Centre|Union|Lok Sabha|Rajya Sabha|crores?|lakhs?|Rs)\b|₹/;

/** A fact family's question beats the generic path's on the same answer: it knows what the fact is. */
const SPECIFIC_BONUS = 4;
/** Sentences of an article that hold its news: the title line and the lead. */
const LEAD = 3;

/** Stands in for the date of an undated article in code that needs a Date; never read when `dated` is false. */
const UNDATED = new Date(Date.UTC(1970, 0, 1));

interface Prepared {
  id: string;
  file: string;
  metadata: Metadata;
  sentences: Sentence[];
  warning: Warning | null;
}

/**
 * Turns raw news articles into exam questions: one per fact, with sources, options, a flashcard and a cloze.
 * @example
 * const { articles, questions } = generate([{ file: "a.txt", text: "date 2024-05-02\nOslo, May 2: ..." }]);
 */
export function generate(inputs: ArticleInput[], options: GenerateOptions = {}): GenerationResult {
  resetLearntClasses();
  resetSentenceCache();
  const prepared = inputs.map((input, i) => prepare(input, i));
  const stories = assignStories(
    prepared.map((p, i) => ({
      id: p.id,
      text: p.sentences.map((s) => s.text).join(" "),
      names: salientNames(p.sentences),
      date: p.metadata.date,
      posted: postedDates(inputs[i]?.text ?? ""),
    })),
  );

  const storyMembers = new Map<string, number[]>();
  stories.forEach((s, i) => {
    storyMembers.set(s.storyId, [...(storyMembers.get(s.storyId) ?? []), i]);
  });

  const perStory: {
    storyId: string;
    candidates: Candidate[];
    articles: StoryArticle[];
    people: Map<string, string>;
    tag: StoryTag | null;
  }[] = [];
  for (const [storyId, members] of storyMembers) {
    const articles: StoryArticle[] = members
      .filter((i) => !prepared[i]?.warning || prepared[i]?.warning?.code === "teasers_dropped")
      .map((i) => ({
        id: prepared[i]?.id ?? "",
        sentences: prepared[i]?.sentences ?? [],
        ...(prepared[i]?.metadata.hasHeadline ? { title: prepared[i]?.metadata.title } : {}),
        reference: stories[i]?.referenceDate ?? UNDATED,
        dated: Boolean(stories[i]?.referenceDate),
        year: stories[i]?.year ?? null,
        // An undated article's news happened when its lead says: "held ... on September 14, 2031".
        month:
          leadDay(prepared[i]?.sentences ?? [], stories[i]?.referenceDate ?? null) ||
          monthOfIso(stories[i]?.date ?? null) ||
          newsTime(
            (prepared[i]?.sentences ?? []).slice(0, LEAD).map((s) => s.text),
            prepared[i]?.metadata.date ?? null,
          ) ||
          null,
      }));
    const people = storyPeople(articles);
    const tag = storyTag(articles, people);
    // "How were all decisions taken?" says whose decisions only with the story's setting.
    const settled = (found: Candidate[]) =>
      found.flatMap((c) => {
        // A prize's citation changes every year: "For what was the X Prize awarded in October 2031?"
        if (c.category === "what:citation") {
          const article = articles.find((a) => a.id === c.articleId);
          const when = article ? monthOf(article) : "";
          const prompt = when ? withMonth(c.prompt, when) : "";
          return prompt && prompt !== c.prompt && passesGate(prompt, c.answer, c.aliases)
            ? [{ ...c, prompt }]
            : [];
        }
        if (passesGate(c.prompt, c.answer, c.aliases)) return [c];
        // A decision is the meeting's: "How were all decisions taken at the 47th meeting of the X Council?"
        if (c.category === "what:decision") {
          const at = tag && /\b(?:meeting|summit|session|conference)\b/i.test(tag.phrase) ? tag.phrase : "";
          const prompt = at ? c.prompt.replace(/\?$/, ` at ${at}?`) : "";
          return prompt && passesGate(prompt, c.answer, c.aliases) ? [{ ...c, prompt }] : [];
        }
        const article = articles.find((a) => a.id === c.articleId);
        const prompt = article
          ? withSetting(c.prompt, c.answer, c.aliases, tag, monthOf(article), {
              sentence: c.sentence,
              article,
            })
          : c.prompt;
        return prompt !== c.prompt && passesGate(prompt, c.answer, c.aliases) ? [{ ...c, prompt }] : [];
      });
    /** The family questions that took the story's setting. */
    const framed = new WeakSet<Candidate>();
    // "the Bill" of a family's question is the story's one bill, as the generic path names it.
    const referents = storyReferents(articles, people);
    const families = extractStoryFacts(articles, people)
      .map((c) => (c.prompt.includes('"') ? c : { ...c, prompt: withReferents(c.prompt, referents) }))
      .map((c) => ({
        ...c,
        // "did X on Saturday appoint ...": the weekday is a date only now, and goes after the verb then.
        prompt: withDateLast(
          absoluteDates(
            asExamQuestion(c.prompt),
            referenceOf(articles, c.articleId),
            articles.find((a) => a.id === c.articleId)?.year ?? null,
          ),
        ),
      }))
      // A lead's news happened in the article's month: "Which bill did Parliament pass in April 2031?"
      .map((c) =>
        inLead(articles, c)
          ? { ...c, prompt: withMonth(c.prompt, monthOfArticle(articles, c), c.sentence) }
          : c,
      )
      // "Who was India's Commerce Minister?" has had many answers: a role holder outside the lead is asked
      // with the story's setting ("Who was India's Commerce Minister at the time of the X Agreement?").
      .map((c) => {
        if (c.kind !== "who" || passesGate(c.prompt, c.answer, c.aliases)) return c;
        const article = articles.find((a) => a.id === c.articleId);
        if (!article) return c;
        // Set only by the story, the question is no surer than a wh-question from the holder's own sentence.
        const prompt = withSetting(c.prompt, c.answer, c.aliases, tag, monthOf(article), {
          sentence: c.sentence,
          article,
        });
        if (prompt === c.prompt) return c;
        const set = { ...c, prompt, score: c.score - SPECIFIC_BONUS - 4 };
        framed.add(set);
        return set;
      })
      // A setting takes a few words of its own.
      .filter((c) => c.prompt.split(/\s+/).length <= (framed.has(c) ? 28 : 26))
      // A role holder "at the X" must be at the X by the source sentence, not by a guess at the story's event.
      .filter((c) => c.kind !== "who" || eventInSentence(c.prompt, c.sentence))
      .filter((c) => passesGate(c.prompt, c.answer, c.aliases))
      .map((c) => ({ ...c, score: c.score + SPECIFIC_BONUS }));
    const purposes = settled(purposeFacts(articles));
    // "The Orca-2 lander, named Skua, ...": one thing by two names is never the other's distractor.
    const others = namedTwice(articles);
    // A question that prints the other name gives its answer away: it goes.
    const withOtherNames = (c: Candidate): Candidate[] => {
      const more = others.get(normKey(c.answer));
      if (!more) return [c];
      const aliases = [...c.aliases, ...more.filter((m) => !c.aliases.includes(m))];
      return c.mention || passesGate(c.prompt, c.answer, aliases) ? [{ ...c, aliases }] : [];
    };
    // A story that names another country and nothing of India's (not India, the Centre, a Union minister, the Lok
    // Sabha, rupees or crores) is about that country: its people are not taken for Indians.
    const texts = articles.flatMap((a) => [a.title ?? "", ...a.sentences.map((x) => x.text)]);
    const foreign =
      !texts.some((t) => INDIA.test(t)) &&
      texts.some((t) =>
        lexicon()
          .countriesIn(t)
          .some((c) => c.code !== "IN"),
      );
    perStory.push({
      storyId,
      candidates: [
        ...families,
        ...purposes,
        ...genericFacts(articles, people, tag, [...families, ...purposes]),
      ]
        .flatMap(withOtherNames)
        .map((c) => withStoryClassNoun(c, articles))
        .map((c) => (foreign && c.category.startsWith("person") ? { ...c, foreignStory: true as const } : c)),
      articles,
      people,
      tag,
    });
  }

  // A mention is no question: it names no class to offer its answer among.
  const pools = buildPools(perStory.flatMap((s) => s.candidates.filter((c) => !c.mention)));
  const articlesOut: GeneratedArticle[] = prepared.map((p, i) => {
    const story = stories[i];
    const rootIndex = storyMembers.get(story?.storyId ?? "")?.[0] ?? i;
    return {
      id: p.id,
      file: p.file,
      title: p.metadata.title,
      date: story?.date ?? null,
      source: p.metadata.source,
      topic: "other",
      duplicateOf: story?.duplicateOf ?? null,
      storyId: story?.storyId ?? p.id,
      storyTitle: prepared[rootIndex]?.metadata.title ?? p.metadata.title,
      cleanText: p.metadata.paragraphs.join("\n\n"),
      warning: p.warning,
    };
  });
  for (const [, members] of storyMembers) {
    const topic = topicOf(members.flatMap((i) => prepared[i]?.sentences.map((s) => s.text) ?? []));
    for (const i of members) if (articlesOut[i]) (articlesOut[i] as GeneratedArticle).topic = topic;
  }

  const questions: GeneratedQuestion[] = [];
  const factCounts = new Map<string, number>();
  for (const story of perStory) {
    const distinct = story.articles.filter(
      (a) => !articlesOut.find((o) => o.id === a.id)?.duplicateOf,
    ).length;
    const limit = options.maxQuestionsPerStory ?? Math.min(90, 30 + 14 * distinct);
    const topic = articlesOut.find((a) => a.storyId === story.storyId)?.topic ?? "other";
    const sport = storySport(story.articles.flatMap((a) => a.sentences.map((s) => s.text)));
    // Words the story writes in lower case somewhere: "Income" opening a sentence is a common word, "Kerala" is not.
    let lowerWords: Set<string> | undefined;
    const isCommonWord = (word: string) => {
      lowerWords ??= new Set(
        story.articles.flatMap((a) => a.sentences.flatMap((s) => s.text.match(/\b[a-z][a-z-]+\b/g) ?? [])),
      );
      return lowerWords.has(word.toLowerCase());
    };
    // Each fact's question with its options, worked out once: selection asks whether a fact can be printed (a
    // fact with no options must not take a place among a sentence's few), and the loop below prints it.
    // The story's people: those its sentences name, and those its questions ask for ("Leader of the Opposition X").
    const storyNames = new Map(story.people);
    for (const c of story.candidates)
      if (c.category.startsWith("person") && /\s/.test(c.answer))
        storyNames.set(c.answer.toLowerCase(), c.answer);
    // Keyed by the candidate's wording, not the fact object: selection asks of a candidate before its fact is made.
    const worded = new Map<string, { c: Candidate; aliases: string[]; opts: string[] }>();
    /** The option sets the story's questions print, by their names' keys. */
    const printedSets = new Map<string, { answer: string; opts: string[] }>();
    /** `unlike`: distractors to leave out, so that two questions of the story do not print one set of options. */
    const word = (fact: SelectedFact, unlike: string[] = []) => {
      const id = [fact.best.articleId, fact.best.kind, fact.best.answer, fact.best.prompt, ...unlike].join(
        "\u0000",
      );
      const known = worded.get(id);
      if (known) return known;
      // "Opposition Leader Mara": a person named by one word is keyed by the full name the story gives them.
      // A name the article misspells is keyed as the curated spelling, the article's kept as an alias.
      const person = fact.best.category.startsWith("person");
      const full = person ? fullNameIn(fact.best.answer, storyNames) : undefined;
      const spelled = person ? (curatedSpelling(full ?? fact.best.answer) ?? full) : undefined;
      const named = spelled
        ? { ...fact.best, answer: spelled, aliases: [...fact.best.aliases, fact.best.answer] }
        : fact.best;
      // A person's options may need the story's sport, which their own sentence may not name.
      const noun =
        sport && named.category.startsWith("person") && !named.noun ? { ...named, noun: sport } : named;
      const c = unlike.length ? { ...noun, rivals: [...(noun.rivals ?? []), ...unlike] } : noun;
      const aliases = [...new Set(fact.variants.flatMap((v) => [v.answer, ...v.aliases]))].filter(
        (a) => a && normKey(a) !== normKey(c.answer),
      );
      const raw = optionsFor(
        c,
        aliases,
        pools,
        story.articles.find((a) => a.id === c.articleId)?.year ?? null,
      );
      // Options are spelt as curated too: "Ola Bergh" in one article is "Ola Berg".
      const respelled = c.category.startsWith("person") ? raw.map((o) => curatedSpelling(o) ?? o) : raw;
      const opts = new Set(respelled.map(normKey)).size === raw.length ? respelled : raw;
      // "Orca-Class" among "Akula class" and "Kilo class": the key is written as the classes offered beside it.
      const key = c.category.startsWith("person")
        ? keyAsWritten(c.answer, opts)
        : /^\S+-[Cc]lass$/.test(c.answer) && opts.some((o) => / class$/.test(o))
          ? c.answer.replace(/-[Cc]lass$/, " class")
          : c.answer;
      const out =
        key === c.answer
          ? { c, aliases, opts }
          : {
              c: { ...c, answer: key },
              aliases: [c.answer, ...aliases],
              opts: opts.map((o) => (o === c.answer ? key : o)),
            };
      worded.set(id, out);
      return out;
    };
    for (const fact of selectFacts(
      story.candidates,
      story.articles,
      limit,
      (f) => word(f).opts.length === 4,
    )) {
      const first = word(fact);
      if (first.opts.length !== 4) continue;
      // "Who was conferred the Padma Vibhushan for Art?" and "... for Medicine?" with the same four names: printed
      // together they are one matching exercise (dev reading 7). The later who-question of another answer leaves
      // out one of the earlier set's distractors, where it still has four options then.
      const setOf = (opts: string[]) => opts.map(normKey).sort().join("\u0001");
      const printed = first.c.kind === "who" ? printedSets.get(setOf(first.opts)) : undefined;
      const earlier =
        printed && normKey(printed.answer) !== normKey(first.c.answer) ? printed.opts : undefined;
      const unprinted = (earlier ?? [])
        .filter((o) => normKey(o) !== normKey(first.c.answer) && !first.aliases.includes(o))
        .map((o) => word(fact, [o]))
        .find((w) => w.opts.length === 4 && !printedSets.has(setOf(w.opts)));
      const { c, aliases, opts } = unprinted ?? first;
      printedSets.set(setOf(opts), { answer: c.answer, opts });
      // "the second Orca-Class submarine": a class of ships is written in lower case, as exam papers write it.
      const gapped = printable(c.prompt, c.answer, opts).replace(/\b([A-Z][a-z]+)-Class\b/g, "$1 class");
      // A gapped sentence is asked in place where that reads as a question the gate passes.
      // Asked in place, it is one question of one fact, as a question worded from the start is.
      const inPlace = askedInPlace(gapped, c.kind, c.answer, isCommonWord);
      const one = inPlace === gapped ? gapped : pastFuture(asOneQuestion(inPlace));
      // "President X administered the oath in a ceremony held at which place?": a blank too long to take the
      // story's setting in front may take it asked in place, shorter by its "Which X fills the blank in" (dev
      // reading 6: "whose oath?").
      const article = story.articles.find((a) => a.id === c.articleId);
      const set =
        one !== gapped && !one.startsWith("With reference to") && article
          ? withSetting(one, c.answer, aliases, story.tag, monthOf(article), {
              sentence: c.sentence,
              article,
            })
          : one;
      // The setting lowers the question's first letter; a name ("Hardik Pandya", "President X") keeps its capital.
      const framed =
        set !== one && set.toLowerCase().endsWith(one.toLowerCase())
          ? `${set.slice(0, set.length - one.length)}${lowerStart(one, isCommonWord)}`
          : set;
      const asked = framed !== one && !inPlaceFailure(framed, c.answer, aliases) ? framed : one;
      const failure = asked !== gapped ? inPlaceFailure(asked, c.answer, aliases) : null;
      // A sentence torn so that its verb or its subject is left behind ("The core of the _____, had been proposed
      // ...") reads no better with a gap in it: the fact is dropped.
      if (failure && TORN_SENTENCE.has(failure)) continue;
      // "Who chaired the Union Cabinet?": the Prime Minister, by the office; no candidate learns it from the news
      // (blind reading G1).
      if (c.kind === "who" && EX_OFFICIO_CHAIR.test(asked)) continue;
      // "President Droupodi Murmu ...": the story's people are printed as their keys and options spell them.
      const spelt = withCuratedSpellings(asked !== gapped && !failure ? asked : gapped, storyNames.values());
      // "Masood's headquarters": a person the question calls by one name is named in full, where that still passes.
      // Only a name none of whose words the story writes in lower case ("Ramsar Sites" read as a person is none).
      const named = withFullNames(
        spelt,
        [...storyNames.values()].filter((n) => !n.split(/\s+/).some(isCommonWord)),
      );
      const same = (check: (p: string, a: string, al: string[]) => string | null) =>
        check(named, c.answer, aliases) === check(spelt, c.answer, aliases);
      const fuller = named !== spelt && same(gateFailure) && same(inPlaceFailure) ? named : spelt;
      // "which Indian Captain ended the drought for an International trophy?": a capitalised common noun is
      // written in lower case, as exam papers write it.
      const lowered = withoutCutScores(
        withoutRepeatedSetting(withCommonNouns(fuller, isCommonWord, isNationality)),
        c.sentence,
      );
      const prompt =
        lowered !== fuller &&
        gateFailure(lowered, c.answer, aliases) === gateFailure(fuller, c.answer, aliases) &&
        inPlaceFailure(lowered, c.answer, aliases) === inPlaceFailure(fuller, c.answer, aliases)
          ? lowered
          : fuller;
      // "Harbour Levy (Amendment) Bill, 2031" among Acts of 2005 and 2019: the year alone gives the key away, so no
      // option shows one; the answer with its year stays an alias.
      const yearless = withoutLawYears(c.answer, opts);
      const answer = yearless?.answer ?? c.answer;
      const shown = yearless?.options ?? opts;
      const keyAliases = yearless
        ? [...new Set([c.answer, ...aliases])].filter((a) => normKey(a) !== normKey(answer))
        : aliases;
      // Same kind and answer within a story: the same fact, however the prompt is worded this time.
      const base = `${c.kind}:${normKey(c.answer)}`;
      const seen = factCounts.get(`${story.storyId}|${base}`) ?? 0;
      factCounts.set(`${story.storyId}|${base}`, seen + 1);
      const factKey = seen === 0 ? base : `${base}#${seen + 1}`;
      const explanation = fact.sources[0]?.sentence ?? c.sentence;
      questions.push({
        id: `q-${shortHash(`${story.storyId}|${factKey}`)}`,
        kind: c.kind,
        prompt,
        answer,
        aliases: keyAliases,
        options: shown,
        explanation,
        sources: fact.sources,
        factKey,
        storyId: story.storyId,
        topic,
        score: Number(c.score.toFixed(2)),
        flashcard: { front: prompt, back: answer },
        cloze: { text: cloze(c.sentence, c.surface), answer: c.answer },
      });
    }
  }

  dropNearDuplicates(questions);
  withoutShownKeys(questions);
  const warnings: Warning[] = prepared.flatMap((p) => (p.warning ? [p.warning] : []));
  for (const a of articlesOut) {
    if (a.warning && a.warning.code !== "teasers_dropped") continue;
    if (!questions.some((q) => q.sources.some((s) => s.articleId === a.id))) {
      const w: Warning = {
        articleId: a.id,
        code: "no_questions",
        message: `${a.file}: no question-worthy fact found`,
      };
      a.warning = a.warning ?? w;
      warnings.push(w);
    }
  }
  return { articles: articlesOut, questions, warnings };
}

function eventInSentence(prompt: string, sentence: string): boolean {
  const event = prompt.match(
    /\s(?:at|during)\s+(?:the\s+)?([A-Z][^?]*?)(?:\s+in\s+[A-Z][a-z]+\s+\d{4})?\?$/,
  )?.[1];
  if (!event) return true;
  // "on the sidelines of the summit" names the story's summit as surely as its full name does.
  const noun = normKey(event).split(" ").at(-1) ?? "";
  const said = ` ${normKey(sentence)} `;
  return said.includes(` ${normKey(event)} `) || said.includes(` ${noun} `);
}

function referenceOf(articles: StoryArticle[], id: string): Date | null {
  const a = articles.find((x) => x.id === id);
  return a?.dated ? a.reference : null;
}

function prepare(input: ArticleInput, index: number): Prepared {
  const file = input.file ?? input.id ?? `article-${index + 1}`;
  const id = input.id ?? `a-${shortHash(`${file}|${input.text.length}|${input.text.slice(0, 200)}`)}`;
  const cleaned = cleanText(input.text);
  const warn = (code: Warning["code"], message: string): Warning => ({
    articleId: id,
    code,
    message: `${basename(file)} ${message}`,
  });
  if (cleaned.warning) {
    const metadata = extractMetadata(cleaned.lines);
    return {
      id,
      file,
      metadata: { ...metadata, title: metadata.title || basename(file) },
      sentences: [],
      warning: warn(cleaned.warning.code, cleaned.warning.message),
    };
  }
  const page = splitPage(cleaned.lines);
  const metadata = extractMetadata(page.lines);
  const sentences = annotate(metadata.paragraphs);
  const warning =
    page.teasers > 0
      ? warn(
          "teasers_dropped",
          `had ${page.teasers} teaser(s) of other stories after the article; they were left out`,
        )
      : null;
  return { id, file, metadata, sentences, warning };
}

/** Capitalised multi-word names and acronyms, the most frequent first: what a story is about. */
function salientNames(sentences: Sentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const m of s.text.matchAll(
      /\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{2,}(?:-\d+)?|[A-Z][a-z]+-\d+)\b/g,
    ))
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([n]) => n);
}

/**
 * The same answer asked in nearly the same words in two stories ("India's Defence Minister at the X meeting in
 * 2023 / in 2025") is one question too many: keep the better-sourced one. Questions are bucketed by answer,
 * so the comparison stays linear in the number of questions.
 */
function dropNearDuplicates(questions: GeneratedQuestion[]): void {
  const byAnswer = new Map<string, GeneratedQuestion[]>();
  for (const q of questions) byAnswer.set(normKey(q.answer), [...(byAnswer.get(normKey(q.answer)) ?? []), q]);
  const drop = new Set<GeneratedQuestion>();
  for (const group of byAnswer.values()) {
    const ranked = [...group].sort((a, b) => b.sources.length - a.sources.length || b.score - a.score);
    ranked.forEach((q, i) => {
      if (drop.has(q)) return;
      for (const other of ranked.slice(i + 1))
        if (jaccard(wordSet(q.prompt), wordSet(other.prompt)) >= 0.55) drop.add(other);
    });
  }
  for (let i = questions.length - 1; i >= 0; i--)
    if (drop.has(questions[i] as GeneratedQuestion)) questions.splice(i, 1);
}

function cloze(sentence: string, surface: string): string {
  if (surface && sentence.includes(surface)) return sentence.replace(surface, "_____");
  return sentence;
}

/**
 * A law's answer and options without their years, when the answer carries one and another option a different
 * one; null otherwise.
 * @example withoutLawYears("Harbour Bill, 2031", ["Harbour Bill, 2031", "Data Bill, 2023", "Rights Bill", "Ports Bill, 2019"])?.answer // "Harbour Bill"
 */
function withoutLawYears(answer: string, options: string[]): { answer: string; options: string[] } | null {
  const year = /,\s*(?:19|20)\d\d$/;
  const own = answer.match(year)?.[0];
  if (!own || !/\b(?:Bill|Act|Code)\b/.test(answer)) return null;
  if (options.every((o) => o === answer || !year.test(o) || o.endsWith(own))) return null;
  const strip = (x: string) => x.replace(year, "");
  const stripped = options.map(strip);
  return new Set(stripped.map(normKey)).size === stripped.length
    ? { answer: strip(answer), options: stripped }
    : null;
}

/** A dated article's news month, from its lead's "on Thursday" where that falls in another month. */
function leadDay(sentences: Sentence[], reference: Date | null): string | null {
  return reference
    ? leadDayMonth(
        sentences.slice(0, 1).map((s) => s.text),
        reference,
      )
    : null;
}

/** "2031-04-03" -> "April 2031"; null for no date or a date without its month. */
function monthOfIso(iso: string | null): string | null {
  const m = iso?.match(/^(\d{4})-(\d{2})/);
  return m ? `${monthName(Number(m[2]))} ${m[1]}` : null;
}

/** What the gate says of a sentence torn so that a gap in it reads no better than a question asked in place. */
const TORN_SENTENCE = new Set([
  "comma before the verb",
  "verb phrase left behind",
  "gapped clause left behind",
]);

/** True when the candidate's sentence is one of its article's first three: the news the article leads with. */
function inLead(articles: StoryArticle[], c: Candidate): boolean {
  const article = articles.find((a) => a.id === c.articleId);
  return Boolean(article?.sentences.slice(0, 3).some((s) => s.text === c.sentence));
}

/** The month of the candidate's article, for `withMonth`. */
function monthOfArticle(articles: StoryArticle[], c: Candidate): string {
  const article = articles.find((a) => a.id === c.articleId);
  return article ? monthOf(article) : "";
}

/** "Indian", "Japanese": a nationality, which a common noun after it does not make a name. */
function isNationality(word: string): boolean {
  return lexicon().country(word)?.demonyms.includes(word) ?? false;
}
