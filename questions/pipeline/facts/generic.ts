/**
 * The generic path: any typed span of a salient sentence becomes a question, by wh-fronting where the grammar
 * allows and as a fill-in-the-blank of the trimmed clause otherwise. Each question must pass the gate.
 */
import { type ClassNoun, lexicon } from "../../lexicon";
import { capitalise, escapeRegex, MONTHS, normKey, ORDINAL_WORDS, remembered, wordCount } from "../../text";
import { annotateSentence, type Sentence, type Token } from "../04-sentences";
import { factKeyOf, keptOf, quality, sameSlot } from "../07-select";
import { ask, COMPLEX_PREPOSITION, quantityOf, shareOf, shareTrails } from "../ask";
import { formatDate, monthYear, resolveDate, weekdayAhead } from "../dates";
import { passesGate } from "../gate";
import { serviceOfRank } from "../options/people";
import { asExamQuestion, withoutEditorial } from "../reword";
import type { Candidate, StoryArticle } from "./candidate";
import { coreClause, insideName, shiftTokens } from "./clause";
import {
  monthOf,
  type StoryTag,
  storyState,
  storyTag,
  withMonth,
  withReferencePoint,
  withSetting,
} from "./context";
import { datedEvent } from "./dated-event";
import { asideOfSubject, becameIn, namedInApposition } from "./described";
import { originQuestion } from "./families/origins";
import { figureListMember, inFigureList, listMember, namedForAward } from "./lists";
import { locatedIn } from "./located";
import { countOfAction } from "./nominals";
import { praisedFor } from "./praised";
import {
  type AnswerSpan,
  BARE_CONTEXT,
  capitalCountry,
  classOfName,
  countryOfCity,
  dateOfAnother,
  findSpans,
  isKnownCity,
  isLanguage,
  isPersonNoun,
  type SpanContext,
  YEARLY,
} from "./spans";

const WEEKDAY = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const WEEKDAY_BRACKET_DATE = new RegExp(`\\b${WEEKDAY}\\s*\\(([A-Z][a-z]+\\.?\\s+\\d{1,2})\\)`, "g");
const WEEKDAY_COMMA_DATE = new RegExp(
  `\\b${WEEKDAY},\\s+(\\d{1,2}\\s+[A-Z][a-z]+|[A-Z][a-z]+\\s+\\d{1,2})\\b`,
  "g",
);
const RELATIVE_DAY = new RegExp(
  `\\b(?:(?:early|late)\\s+)?(?:in the early hours of|on|this|last|late)\\s+(${WEEKDAY})(?:\\s+(?:morning|evening|night|afternoon))?\\b|\\b(yesterday|today|tonight)\\b`,
  "g",
);
const MONTH_DAY = new RegExp(
  `\\b((?:${MONTHS.join("|")})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS.join("|")}))\\b(?!,?\\s*\\d{4})`,
  "g",
);
/** "November 5, 12 and 19", "April 6 to 8": a month (1), its first day (2) and the others (3), with no year. */
const DAY_LIST = new RegExp(
  `\\b(${MONTHS.join("|")})\\s+(\\d{1,2})((?:,\\s*\\d{1,2})*,?\\s+and\\s+\\d{1,2}|\\s*(?:to|-|–)\\s*\\d{1,2})\\b(?!,?\\s*\\d{4})`,
  "g",
);
/** "June 15-16, 2025", "November 5, 12 and 19, 2031": the days of one month, with its year written once. */
const DAY_LIST_YEAR = new RegExp(
  `\\b(${MONTHS.join("|")})\\s+(\\d{1,2})((?:,\\s*\\d{1,2})*,?\\s+and\\s+\\d{1,2}|\\s*(?:to|-|–)\\s*\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`,
  "g",
);
const DAY_OF_MONTH = `(?:(?:${MONTHS.join("|")})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS.join("|")}))`;
/** "July 24 to August 9, 2036": a range of days (1), what joins it and the second day (2), the one year (3). */
const DAY_RANGE_YEAR = new RegExp(
  `\\b(${DAY_OF_MONTH})(\\s*(?:to|and|-|–)\\s*${DAY_OF_MONTH}),?\\s*((?:19|20)\\d\\d)\\b`,
  "g",
);
const RELATIVE_PERIOD = new RegExp(
  `\\b(?:in\\s+(?:the\\s+)?)?(?:(${MONTHS.join("|")})\\s+)?(last|next|this)\\s+(year|month)\\b(?!\\s+of\\b)`,
  "g",
);
/** A relative period a sentence's meaning rests on: its subject, or a count of years to or from it. */
const RELATIVE_PERIOD_SUBJECT =
  /\b(?:next|last|this) year (?:will|would|is|was|marks|marked)\b|\b(?:years|months) (?:since|from|ago)\b/i;
const DATELINE_PREFIX =
  /^(?:\(?[A-Z][A-Za-z]+-?\s?[A-Za-z ]{0,20}\)\s*)?(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}(?:\s*\[[A-Za-z ]+\])?(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z]+\))?\s*:\s+)(?=[A-Z"'])/;

/**
 * Questions for every article of a story from the generic path. A span whose answer is already asked better,
 * by `given` or by another span, is not worded: it comes back as a mention, listing its sentence as a source.
 * @example genericFacts([{ id: "a", sentences: annotate(["Ola Berg was appointed Norway's central bank governor."]), reference: null, dated: false }], new Map())
 */
export function genericFacts(
  articles: StoryArticle[],
  people: Map<string, string>,
  tag: StoryTag | null = storyTag(articles, people),
  /** The story's questions from the fact families: a span whose answer they already ask well is not worded. */
  given: Candidate[] = [],
): Candidate[] {
  const pending: Pending[] = [];
  /** The bodies already asked where they are based ("In which city is X based?"), once each per story. */
  const seats = new Set<string>();
  const home = homeCountries(articles);
  const wordIndex = sentencesPerWord(articles);
  const homeCode = [...home].map((name) => lexicon().country(name)?.code).find(Boolean);
  const topHome = [...home][0];
  const fullNames = unambiguousSurnames(people);
  const firstNames = unambiguousFirstNames(people, fullNames);
  const allReferents = storyReferents(articles, people);
  const referents = allReferents;
  // "the country has added 41 wetlands": the one country the story is about.
  const homeName = home.size === 1 ? lexicon().country([...home][0] as string)?.name : undefined;
  if (homeName) referents.set("country", homeName);
  // "the 140-member Assembly of the state": the one state the story is about (blind reading 30: "Kerala is never
  // named").
  const state = storyState(articles);
  if (state) referents.set("state", state);
  const heads = homeHeads(articles, people);
  const sides = storySides(articles, people);
  // The first words of the story's parks, reserves and venues named in full ("Kuno" of "Kuno National Park").
  let longer: Set<string> | undefined;
  const longerPlaces = () => {
    longer ??= new Set(
      articles.flatMap((a) =>
        a.sentences.flatMap((x) =>
          findSpans(x, BARE_CONTEXT, true)
            .filter(
              (y) =>
                /\s/.test(y.answer) &&
                ((y.type === "place" && y.cls === "venue") ||
                  (y.type === "thing" && /protected area|water body/.test(y.detail ?? ""))),
            )
            .map((y) => y.answer.split(/\s+/)[0] as string),
        ),
      ),
    );
    return longer;
  };
  const storyCountries = [
    ...new Set(
      articles.flatMap((a) =>
        a.sentences.flatMap((x) =>
          lexicon()
            .countriesIn(x.text)
            .map((c) => c.name),
        ),
      ),
    ),
  ];
  const offices = storyOffices(articles, people);
  const holders = soleHolders(offices);
  // Whether the story names a person only in its past, worked out once per person and year, on the story's
  // sentences read once.
  const past = new Map<string, boolean>();
  let keyed: { key: string; text: string }[] | undefined;
  const pastOnly = (person: string, year: number) => {
    const id = `${person}|${year}`;
    let known = past.get(id);
    if (known === undefined) {
      keyed ??= articles.flatMap((a) =>
        a.sentences.map((x) => ({ key: ` ${normKey(x.text)} `, text: x.text })),
      );
      known = onlyBefore(keyed, person, year);
      past.set(id, known);
    }
    return known;
  };
  // "The mission was flown with six strap-on motors" is the story's launch, not a mission the page names only
  // further down as background: a referent stands for a name the story has given by then (or in a headline).
  const firstNamed = firstMentions(articles, referents);
  let ordinal = 0;
  for (const article of articles) {
    const reference = article.dated ? article.reference : null;
    // An undated article's lead may still state its news's year ("on the eve of Independence Day 2031"): the year
    // that dates what it says "at present".
    const leadYear = Number(article.month?.match(/^(?:19|20)\d\d$/)?.[0] ?? 0) || null;
    const ctx: SpanContext = { reference, people, year: article.year ?? leadYear };
    const topics = pronounReferents(article, ctx);
    article.sentences.forEach((sentence, index) => {
      const at = ordinal++;
      const referents = namedBy(allReferents, firstNamed, at);
      const dated = prepareSentence(sentence.text, ctx.reference, ctx.year);
      const current = topics[index] ?? { person: null, thing: null };
      if (!dated) return;
      // "With the silver, he became ...": a pronoun after an opening phrase stands for the person too.
      // "Seated at the Peace Palace in The Hague, it is the only ...": "it" after an opening phrase stands for the
      // thing before.
      const personOpening = dated.match(/^[^,"]{3,60},\s+(?=(?:he|she)\b)/)?.[0] ?? "";
      const thingOpening = personOpening ? "" : (dated.match(IT_AFTER_OPENING)?.[0] ?? "");
      const opening = personOpening || thingOpening;
      const subject =
        /^(?:He|She|His|Her)\b/.test(dated) || AGED_SUBJECT.test(dated) || personOpening
          ? current.person
          : /^Its?\b/.test(dated) || thingOpening
            ? current.thing
            : null;
      const withIt =
        thingOpening && subject
          ? `${thingOpening}${theThing(subject)}${dated.slice(thingOpening.length + "it".length)}`
          : withObject(dated, referents);
      // The bill put in for "passed it" is context too, not a fact the sentence states.
      const putIn = withIt !== dated && !thingOpening ? instrumentOf(referents) : undefined;
      const prepared = withOfficeHolders(
        withShortTitle(
          withCounterparts(
            withReferents(withFullNames(withSubject(withIt, subject), fullNames, firstNames), referents),
            offices,
            current.person,
          ),
        ),
        holders,
      );
      const main = prepared === sentence.text ? sentence : annotateSentence(prepared);
      if (!main) return;
      const salience =
        index === 0 ? 2 : index === 1 ? 1.4 : index === 2 ? 1 : Math.max(0, 0.8 - index * 0.05);
      // A relative clause is a fact about its head: "X, which was launched in 1974 by Y, ..." also reads as
      // "X was launched in 1974 by Y." Its spans are asked from that sentence, where they have a subject.
      // "X, which was launched in 1974, ..." and "X approved A, while scrapping B": a clause with a subject of
      // its own is asked as a sentence of its own.
      const relative =
        relativeClause(prepared) ??
        participleClause(main) ??
        meansClause(main) ??
        subordinateClause(prepared) ??
        openingParticiple(prepared) ??
        complementClause(prepared) ??
        prepositionalRelative(prepared) ??
        participleAside(prepared) ??
        agentClause(prepared) ??
        recordAppositive(prepared) ??
        votesAgainst(prepared);
      const derived = relative
        ? relative.capitalised
          ? annotatedAsWritten(relative.text)
          : annotateSentence(relative.text)
        : null;
      const spansOf = (x: Sentence, inside?: { start: number; end: number }) =>
        findSpans(x, ctx)
          .filter((span) => !inside || (span.start >= inside.start && span.end <= inside.end))
          .map((span) => ({ s: x, span }));
      const inMain = spansOf(main).filter(
        ({ span }) =>
          !relative || relative.alsoWhole || span.end <= relative.from || span.start >= relative.to,
      );
      const pairs = pairsOf(
        main,
        inMain.map(({ span }) => span),
      );
      const derivedSpans = derived && relative ? spansOf(derived, relative.clause) : [];
      const derivedPairs = derived
        ? pairsOf(
            derived,
            derivedSpans.map(({ span }) => span),
          )
        : [];
      // "from _____ and Lakeside", "rates of 4 percent and _____": each is given away by its partner, so two
      // places or rates named together are asked together.
      const paired = (span: AnswerSpan, within = pairs) =>
        (span.type === "place" || span.type === "percent") &&
        within.some((p) => p.type === span.type && p !== span && p.start <= span.start && span.end <= p.end);
      const fromMain = [
        ...inMain.filter(({ span }) => !paired(span)),
        ...pairs.map((span) => ({ s: main, span })),
      ];
      const fromDerived = [
        ...derivedSpans.filter(({ span }) => !paired(span, derivedPairs)),
        ...derivedPairs.map((span) => ({ s: derived as Sentence, span })),
      ];
      // A reported clause asked both ways: its own wording comes first, and wins a tie ("X will be conferred
      // with the Y" reads better than "Z announced that X will be conferred").
      const asked = relative?.alsoWhole ? [...fromDerived, ...fromMain] : [...fromMain, ...fromDerived];
      const namesAny = (found: { span: AnswerSpan }[]) =>
        found.some(({ span }) => ["person", "place", "org", "thing"].includes(span.type));
      const named = { main: namesAny(inMain), derived: namesAny(derivedSpans) };
      // "in Gujarat, _____, Punjab and Uttar Pradesh": a list's members are blanks that show each other; the
      // first LIST_BLANKS of a sentence's list are asked, not every one.
      const listed = new Map<string, number>();
      for (const { s, span } of asked) {
        if ((span.type === "place" || span.type === "thing") && isListMember(s.text, span)) {
          const key = `${s.text}|${span.type}`;
          const seen = listed.get(key) ?? 0;
          listed.set(key, seen + 1);
          if (seen >= LIST_BLANKS) continue;
        }
        // The name put in for "He" or "It" gives the question its subject; it is not itself a fact the sentence
        // states, and a wrong guess would make a wrong key.
        if (subject && s === main && span.start === opening.length) continue;
        if (putIn && s === main && normKey(span.answer) === normKey(putIn)) continue;
        // The country the story is about is no answer: "_____'s payback to Pakistan" asks nothing.
        // But a country that wins or loses a contest is the fact itself: "X beat Y in the final".
        // And a country the news took place in ("services were also launched in X", "a visit to X") is where.
        if (
          span.type === "place" &&
          span.cls === "country" &&
          home.has(normKey(span.answer)) &&
          !contestSide(s.text, span) &&
          !(
            (normKey(span.answer) !== topHome || VISITED_IN.test(s.text.slice(0, span.start))) &&
            EVENT_IN.test(s.text.slice(0, span.start)) &&
            !/^['’]s\b/.test(s.text.slice(span.end))
          )
        )
          continue;
        // "Prime Minister ___ launched ...": who heads the government is known to every candidate; the news is
        // what was done. A head of another country ("Ruritanian President ___") is still asked.
        // An exam does ask who launched, inaugurated or released something, even when it is the head.
        // The same person named without the role ("Berg paid tributes ...") is the same head.
        if (
          span.type === "person" &&
          heads.has(span.answer) &&
          !INAUGURATES.test(s.text.slice(span.end)) &&
          !INAUGURATED_BY.test(s.text.slice(0, span.roleStart ?? span.start))
        )
          continue;
        // "held at Harbour Oval, Portston, _____": the city right before names its country.
        if (span.type === "place" && span.cls === "country") {
          const city = s.text.slice(0, span.start).match(/([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s*$/)?.[1];
          if (city && countryOfCity(city) === span.detail) continue;
        }
        // "amid New Delhi's attempts": a capital standing for its government is no place to ask about.
        if (span.type === "place" && span.cls === "city" && /^['’]s\b/.test(s.text.slice(span.end))) continue;
        // "the partnership between New Delhi and Moscow": two capitals of two countries stand for their
        // governments, no pair of places to ask about (samples: offered "Shimla and Bengaluru").
        if (span.type === "place" && span.cls === "city pair") {
          const [first, second] = span.answer.split(/\s+and\s+/).map((city) => capitalCountry(city)?.code);
          if (first && second && first !== second) continue;
        }
        // "kept the spirits soaring at ISRO in Bengaluru": a city after an organisation is where the body sits,
        // not where the news happened ("In which city did X's patronage keep the spirits soaring?" asks nothing):
        // it is asked as the body's seat, once.
        const body =
          span.type === "place" && span.cls === "city" ? seatOfBody(s.text.slice(0, span.start)) : null;
        if (body) {
          const prompt = `In which city is ${body} based?`;
          if (!seats.has(prompt) && passesGate(prompt, span.answer, span.aliases)) {
            seats.add(prompt);
            const code = span.detail ?? countryInSentence(s.text) ?? homeCode;
            pending.push(
              worded(
                {
                  kind: "where",
                  answer: span.answer,
                  aliases: span.aliases,
                  category: categoryOf(span),
                  prompt,
                  articleId: article.id,
                  sentence: sentence.text,
                  surface: span.answer,
                  score: 2 + salience + (TYPE_WEIGHT.place ?? 1),
                  country: code ? lexicon().countryByCode(code) : undefined,
                },
                pending.length,
              ),
            );
          }
          continue;
        }
        // "As of October 2031, ..." stands for the article's "Currently, ...": the article's date, not a fact.
        if (
          span.type === "date" &&
          /^As of\s+$/.test(s.text.slice(0, span.start)) &&
          !sentence.text.startsWith(s.text.slice(0, span.end))
        )
          continue;
        // A figure given to three decimals ("2468013.579 ha") is trivia, not a fact to learn.
        if (/\d\.\d{3,}/.test(span.answer)) continue;
        if (trivia(s.text, span)) continue;
        // "Into which navy was the Orca commissioned?": the home country's own armed force is the default answer.
        // What the force itself did is news: "Valdorian Navy has recovered the crew module" asks who recovered it.
        if (
          (span.type === "org" || span.type === "thing") &&
          homeName !== undefined &&
          ownForce(span.answer, homeName) &&
          !/^(?:The\s+)?$/.test(
            s.text
              .slice(0, span.start)
              .trim()
              .replace(/^.*[,:]\s*/, ""),
          ) &&
          !/^\s+(?:has|have|had)?\s*[a-z]+ed\b/.test(s.text.slice(span.end))
        )
          continue;
        // The year of the news itself ("For the year 2031, ...", "the 2031 Harbour Cup") is what the candidate
        // already knows: no exam asks it.
        if (span.type === "date" && span.cls === "year" && Number(span.answer) === article.year) continue;
        // "the second Orca-class submarine": a class is asked as a class, against other classes.
        if (span.type === "thing" && /[- ]class$/i.test(span.answer)) {
          span.cls = "class";
          span.detail = "vessel class";
        }
        // What the story keeps coming back to is what it is about; a figure deep in the text is detail.
        const mentions = mentionCount(wordIndex, span.answer);
        const weight =
          salience + Math.min(1.5, 0.5 * (mentions - 1)) - (index > 8 && span.type !== "person" ? 0.8 : 0);
        // "the animals were tranquillised at Kuno" of a story about "Kuno National Park": a word guessed a city is
        // the first word of a park, reserve or venue the story names in full, and no city.
        if (span.type === "place" && span.cls === "city" && !span.detail && longerPlaces().has(span.answer))
          continue;
        // A city whose country the sentence names ("Portston, Valdoria") takes that country's neighbours as
        // options; otherwise the story's own country's cities.
        if (span.type === "place" && (span.cls === "city" || span.cls === "city pair") && !span.detail)
          span.detail = countryInSentence(s.text) ?? homeCode;
        // The setting is named for a sentence about the story's subject: near the top, or naming it. A death
        // date deep in a profile is not "with reference to" the prize the story is about.
        // A short report is about its setting throughout.
        const onTopic =
          index <= 3 ||
          article.sentences.length <= 12 ||
          // "The decision was taken ...", "The three new sites included ...": a sentence that opens on a thing it
          // does not name is about the story's subject.
          /^(?:The|These|This)\s+(?:[a-z0-9-]+\s+){0,2}[a-z]+\b(?!\s+of\b)/.test(sentence.text) ||
          // "40 raiders were killed and 60 people were injured": a sentence that names nothing at all; and
          // what one reported ("X announced that nine camps were destroyed"), read as a sentence of its own.
          !(s === main ? named.main : named.derived) ||
          tag?.distinctive.some((w) => ` ${normKey(sentence.text)} `.includes(` ${w} `)) === true;
        // A lead's news happened when the article is dated: "Which bill did Parliament pass in April 2031?". A
        // clause read out of the sentence ("X, which was built in 1990, ...") is background, of no such month.
        const lead = index <= 9 && s === main;
        const kind = kindOf(span.type);
        pending.push({
          order: pending.length,
          bound: 2 + weight + (BEST_TYPE_WEIGHT[span.type] ?? 1) + WH_BONUS,
          mention: {
            kind,
            answer: span.answer,
            aliases: [...span.aliases, ...classNounAfter(s.text, span)],
            category: "",
            prompt: "",
            articleId: article.id,
            sentence: sentence.text,
            surface: span.answer,
            score: 0,
            mention: true,
          },
          word: () => {
            const setting = (q: string, answer: string, aliases: string[]) => {
              // Off the story's topic, the setting only frames a question that stands on its own ("Which number
              // fills the blank in 'X announced removing of _____ tariff rates'?" reads "With reference to the
              // Harbour Budget (2031), ..."); it does not rescue one that names nothing.
              // "Separately, data released by X showed ...": another item of news is not set in the story's.
              const set =
                !SEPARATE_NEWS.test(sentence.text) && (onTopic || passesGate(q, answer, aliases))
                  ? withSetting(q, answer, aliases, tag, monthOf(article), {
                      sentence: sentence.text,
                      article,
                    })
                  : q;
              const anchored = withReferencePoint(
                set,
                article.dated ? article.reference.getUTCFullYear() : article.year,
              );
              const dated = anchored === q && lead ? withMonth(q, monthOf(article), s.text) : anchored;
              return asOfNow(
                dated,
                article.dated ? monthYear(article.reference) : article.year ? String(article.year) : null,
              );
            };
            const asWritten = questionFor(s, span, article.id, sentence.text, weight, setting);
            // One of a list of people that could only be a blank, or a "Who" that left the others out (and so has
            // more than one right answer), is asked on its own, with the others "along with" it. One figure of a
            // list of figures is asked with what it counts alone.
            const alone =
              (!asWritten ||
                asWritten.prompt.includes("_____") ||
                /(?:^|,\s)who\b/i.test(asWritten.prompt)) &&
              askedAlone(
                s,
                span,
                asked.filter((x) => x.s === s).map((x) => x.span),
                ctx,
              );
            const aloneSentence = alone ? annotateSentence(alone) : undefined;
            const found =
              aloneSentence &&
              findSpans(aloneSentence, ctx).find(
                (x) => x.type === span.type && normKey(x.answer) === normKey(span.answer),
              );
            // A place read again out of its sentence keeps what the sentence said it is ("Kotli, PoK": a place
            // of that region, not a city of the story's country).
            const aloneSpan =
              found && span.type === "place" ? { ...found, cls: span.cls, detail: span.detail } : found;
            const c =
              (aloneSentence &&
                aloneSpan &&
                questionFor(aloneSentence, aloneSpan, article.id, sentence.text, weight, setting, "wh")) ||
              asWritten;
            if (!c) return null;
            // "In which year did X fly to the station?" of "X flew to the station in June 2031, becoming the
            // second after Y in 1984": a time asked with the words of another part of its sentence is that part's.
            if (
              span.type === "date" &&
              !c.prompt.includes("_____") &&
              c === asWritten &&
              timeOfOtherPart(s.text, span, c.prompt)
            )
              return null;
            if (span.type === "person") {
              // The sitting head is no alternative for anyone else's deed: every candidate knows who holds the
              // office.
              // Nor is someone the story names only in its past ("last won in 2011 under X"), for a question
              // about its present.
              const year = article.dated ? article.reference.getUTCFullYear() : (article.year ?? null);
              const ofThePast = (p: string) =>
                year !== null && !yearBefore(c.prompt, year) && pastOnly(p, year);
              c.peers = peersOf(people, s.text, span.answer).filter((p) => !heads.has(p) && !ofThePast(p));
              // A match's other side is no alternative: "Valdoria ... posted 183" rules out Nordland's players.
              const side = sides.get(span.answer);
              const rivals = side ? [...sides].filter(([, code]) => code !== side).map(([name]) => name) : [];
              // Nor, from the rest of the batch, is a person the story names only in its past ("last won in 2007
              // under X" of another report): X did not bat in this year's final (dev reading 5).
              const gone = [...people.values()].filter((p) => p !== span.answer && ofThePast(p));
              if (rivals.length || gone.length) c.rivals = [...rivals, ...gone];
              if (side && side !== HOME_CODE) c.abroad = side;
            }
            // "Valdoria and Nordland would swap host years": the other countries of the story (the grouping's members)
            // make the pairs to offer, not the answer's neighbours.
            if (span.type === "place" && span.cls === "country pair") c.peers = storyCountries;
            return c;
          },
        });
      }
      const origin = originQuestion(prepared);
      if (origin) {
        const prompt = withSetting(origin.prompt, origin.answer, [], tag, monthOf(article), {
          sentence: prepared,
          article,
        });
        if (passesGate(prompt, origin.answer, []))
          pending.push(
            worded(
              {
                kind: "where",
                answer: origin.answer,
                aliases: [],
                category: "country",
                prompt,
                articleId: article.id,
                sentence: sentence.text,
                surface: origin.answer,
                score: 2 + salience + 1.3,
                country: lexicon().countryByCode(origin.code),
              },
              pending.length,
            ),
          );
      }
    });
  }
  return wordLazily(pending, given);
}

/**
 * Whether a time question is worded from an earlier part of its sentence than the aside holding its time: the question shares at least two words with some earlier part, and fewer than half as many with the time's.
 * @example timeOfOtherPart("X closed at 22 on Monday, below its high hit on 2 May 2030", span, "On which date did X close at 22?") // true
 */
export function timeOfOtherPart(text: string, span: { start: number; end: number }, prompt: string): boolean {
  const parts: { from: number; aside: boolean; words: Set<string> }[] = [];
  let from = 0;
  for (const piece of text.split(/(?<=,)\s+/)) {
    parts.push({ from, aside: from > 0 && ASIDE_START.test(piece), words: contentWords(piece) });
    from += piece.length + 1;
  }
  const own = parts.findLastIndex((part) => part.from <= span.start);
  if (!parts[own]?.aside) return false;
  const asked = contentWords(prompt.replace(/^With reference to [^,]+,\s+/, ""));
  const shared = (words: Set<string>) => [...asked].filter((w) => words.has(w)).length;
  const mine = shared(parts[own]?.words ?? new Set());
  const best = Math.max(0, ...parts.slice(0, own).map((part) => shared(part.words)));
  return best >= 2 && mine * 2 < best;
}

/** The words that open an aside: "becoming ...", "its earliest since ...", "about 14% below ...", "the second in ...". */
const ASIDE_START =
  /^(?:[a-z]+ing|its|their|his|her|about|around|nearly|almost|while|whereas|the\s+(?:first|second|third|fourth|fifth|last|previous|next))\b/;

/** The words of four letters or more, lower-cased and cut: what a question shares with a part of its sentence. */
function contentWords(text: string): Set<string> {
  // Cut to five letters, so that "closed" of the sentence is "close" of the question after do-support.
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [])
      .filter((w) => !CONTENT_STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}
const CONTENT_STOP = new Set([
  "which",
  "what",
  "when",
  "with",
  "that",
  "this",
  "from",
  "have",
  "been",
  "were",
  "year",
  "month",
  "date",
]);

/** A span found, to be worded only if its question could be among those kept. */
interface Pending {
  /** Its place in the story, so that the questions keep the story's order (it breaks ties). */
  order: number;
  /** The most its question could score: a wh-question of the best type, with nothing deducted. */
  bound: number;
  /** What it is without its question: its answer, kind and sentence. */
  mention: Candidate & { mention: true };
  word: () => Candidate | null;
}

/**
 * A sentence of its own for a span that the sentence as written asks only as a blank, or by a "Who" that leaves
 * others out: one member of a list, one figure of a list, a count inside a noun of action, where a named place
 * is, the people an award was announced for. Null when none fits.
 */
function askedAlone(s: Sentence, span: AnswerSpan, siblings: AnswerSpan[], ctx: SpanContext): string | null {
  // "The X Prize, instituted in 1987, is given ...": "The X Prize was instituted in 1987".
  const aside = asideOfSubject(s.text, span);
  if (aside) return aside;
  if (span.type === "count") return figureListMember(s.text, span.start) ?? countOfAction(s.text, span);
  if (span.type === "place") return locatedIn(s.text, span, siblings);
  if (span.type === "date") return datedEvent(s.text, span);
  // "launched its first satellite, Condor-1, from Kourou": "launched the Condor-1 satellite from Kourou".
  const apposed = namedInApposition(s.text, span);
  if (apposed) return apposed;
  // "X, who was named player of the final, said ...": "X was named player of the final".
  const became = becameIn(s.text, span);
  if (became) return became;
  // "X congratulated ISRO for successfully completing the Y": "ISRO successfully completed the Y".
  const praised = praisedFor(s, span);
  if (praised) return praised;
  // "The Centre announced the award for A and B": "A and B were named for the award", then one of them; a
  // person after "for" cannot be fronted.
  const named = namedForAward(s.text, span);
  const sentence = named ? annotateSentence(named) : undefined;
  if (!named || !sentence) return listMember(s, span, siblings);
  const spans = findSpans(sentence, ctx);
  const again = spans.find((x) => x.type === "person" && normKey(x.answer) === normKey(span.answer));
  return (again && listMember(sentence, again, spans)) ?? named;
}

/** A question already worded, waiting with the spans. */
function worded(c: Candidate, order: number): Pending {
  return { order, bound: c.score, mention: { ...c, prompt: "", mention: true }, word: () => c };
}

/**
 * Words the spans best first, skipping one whose answer already has the questions that would be kept, each
 * scoring more than the span's could: most spans repeat an answer already asked from a better sentence, and
 * wording them (a parse, several rewrites, the gate) was most of the generator's time.
 */
function wordLazily(pending: Pending[], given: Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const key = factKeyOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  };
  for (const c of given) if (c.answer && c.prompt.endsWith("?")) add(c);
  // "For how many consecutive years ...?" (eight) asks what "the _____ consecutive year" (eighth) would: a
  // family's ordinal alias keys its fact too.
  for (const c of given)
    for (const alias of c.aliases)
      if (c.prompt.endsWith("?") && (ORDINAL_WORDS.includes(alias) || /^\d+(?:st|nd|rd|th)$/.test(alias)))
        add({ ...c, answer: alias, kind: "how_many", aliases: [] });
  const worded: { order: number; c: Candidate }[] = [];
  const mentions: typeof worded = [];
  for (const p of [...pending].sort((a, b) => b.bound - a.bound)) {
    const [first, second] = keptOf(groups.get(factKeyOf(p.mention)) ?? []);
    const settled =
      first !== undefined &&
      quality(first) > p.bound &&
      (sameSlot(first, p.mention) || (second !== undefined && quality(second) > p.bound));
    if (settled) {
      mentions.push({ order: p.order, c: p.mention });
      continue;
    }
    const c = p.word();
    if (!c) continue;
    worded.push({ order: p.order, c });
    if (c.answer && c.prompt.endsWith("?")) add(c);
  }
  return [...worded, ...mentions].sort((a, b) => a.order - b.order).map((w) => w.c);
}

const SPEECH =
  /^(?:\s*\([^)]*\))?(?:,[^,]{0,80},)?\s+(?:(?:has|had|have|also|further|then|later|on\s+\w+(?:\s+\d{1,2})?(?:\s+\w+)?(?:\s+\d{4})?)\s+){0,3}(?:said|says|announced|announces|tweeted|posted|wrote|told|added|stated|noted|asserted|congratulated|praised|lauded|hailed|thanked|expressed|exuded|highlighted|described|urged|emphasi[sz]ed|stressed|remarked|welcomed|claimed|alleged|termed|called|appealed|underlined|informed|shared|recalled|tweets|says|first broke|broke the news|took to (?:X|Twitter|social media)|watched|attended|greeted|wished|lauded|applauded)\b/;

/** True when the verb after the name is "announced": a result made public, not a remark. */
function announces(text: string, end: number): boolean {
  return /^(?:\s*\([^)]*\))?(?:,[^,]{0,80},)?\s+(?:\w+\s+){0,3}?announced\b/.test(text.slice(end));
}

/** True when the name at `end` is followed by its verb of saying: "X said", "X, the minister, tweeted". */
export function speaks(text: string, end: number, start = end): boolean {
  // '"...," said external affairs minister X': the verb of saying comes first.
  // "According to X, the structure ...": the source of a statement is no more the news than its speaker.
  const saidBefore =
    /\b(?:said|says|added|noted|stated|told|asserted|wrote|tweeted)\s+(?:the\s+)?(?:[A-Za-z.'-]+\s+){0,6}$|\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[A-Za-z.'-]+\s+){0,4}$/.test(
      text.slice(0, start),
    );
  return saidBefore || SPEECH.test(text.slice(end));
}

/**
 * For each sentence of an article, who or what a leading "He"/"She" or "It" stands for: the person the previous
 * sentence opened with (kept through sentences that go on about them or name nobody else, '"...," X said.'),
 * and the named thing the previous sentence was about. Null where the text does not say.
 */
export function pronounReferents(
  article: StoryArticle,
  ctx: SpanContext,
): { person: string | null; thing: string | null }[] {
  // The fact families and the generic path both ask: read each article once per context.
  const key = `${ctx.reference?.getTime() ?? "-"}|${ctx.year ?? "-"}|${ctx.people.size}`;
  const known = referentCache.get(article.sentences)?.get(ctx.people);
  if (known?.key === key) return known.out;
  const out: { person: string | null; thing: string | null }[] = [];
  let topic: { person: string | null; thing: string | null } = { person: null, thing: null };
  let subject: string | null | undefined;
  let leadSubject: string | undefined;
  for (const sentence of article.sentences) {
    // "Born in Nagpur in 1971, she enrolled as an advocate ...": a profile's opening is about the article's
    // subject, whoever the sentence before it named last (blind reading 17 keyed the acting judge).
    // "He has published 27 poetry collections", "He was also conferred the X Award": a life's work is the
    // subject's, not that of the official quoted just before (blind reading 9 gave the laureate's books to the
    // jury's chairman).
    if (PROFILE_OPENING.test(sentence.text)) {
      subject ??= mostNamedPerson(article, ctx);
      if (subject) topic = { ...topic, person: subject };
    } else if (PROFILE_DEED.test(sentence.text)) {
      leadSubject ??= leadPerson(article, ctx) ?? "";
      if (leadSubject) topic = { ...topic, person: leadSubject };
    }
    const current = topic;
    out.push(current);
    const found = findSpans(sentence, ctx, true);
    topic = {
      person:
        openingPerson(sentence, found) ?? quotedSpeaker(sentence, found) ?? openingSurname(sentence, ctx),
      thing: openingThing(sentence, found),
    };
    // "the X government" names whose government it was, not someone the sentence goes on about.
    const others = found.some(
      (x) =>
        x.type === "person" &&
        (!current.person || !sameSurname(x.answer, current.person)) &&
        !/^\s+(?:government|administration|regime)\b/.test(sentence.text.slice(x.end)),
    );
    if (/^(?:He|She)\b/.test(sentence.text) || (!topic.person && !others)) topic.person = current.person;
    if (/^It\s+(?!is\b|was\b|'s\b)/.test(sentence.text)) topic.thing = current.thing;
  }
  const byPeople = referentCache.get(article.sentences) ?? new WeakMap();
  byPeople.set(ctx.people, { key, out });
  referentCache.set(article.sentences, byPeople);
  return out;
}

/** "Born in X in 1971, she ...", "A 1994-batch officer, he ...": a profile's opening phrase, then its pronoun. */
const PROFILE_OPENING =
  /^(?:Born|Educated|Raised|Brought up|A native of|An alumn(?:us|a|i) of|A graduate of|A (?:19|20)\d\d-batch)\b[^,;"]{0,100},\s+(?:he|she)\b/;

/** A sentence on a life's work, opening on its pronoun: "He has published ...", "She was also conferred ...". */
const PROFILE_DEED =
  /^(?:He|She)\s+(?:(?:has|had|was|also|later|earlier)\s+){0,3}(?:published|authored|written|wrote|penned|conferred|awarded|honoured|honored|began\s+(?:his|her)\s+career|studied|graduated|taught)\b/;

/** The first person the article's lead names in full: whom a profile of the news is about; null if none. */
function leadPerson(article: StoryArticle, ctx: SpanContext): string | null {
  const lead = article.sentences
    .slice(0, 2)
    .map((x) => x.text)
    .join(" ");
  let best: { name: string; at: number } | null = null;
  for (const name of new Set(ctx.people.values())) {
    const at = /\s/.test(name) ? lead.indexOf(name) : -1;
    if (at >= 0 && (!best || at < best.at)) best = { name, at };
  }
  return best?.name ?? null;
}

/** The person an article names most often (by full name or surname), the first named of those tied; null if none. */
function mostNamedPerson(article: StoryArticle, ctx: SpanContext): string | null {
  const counts = new Map<string, number>();
  for (const s of article.sentences)
    for (const x of findSpans(s, ctx, true))
      if (x.type === "person") {
        const known = [...counts.keys()].find((k) => sameSurname(k, x.answer)) ?? x.answer;
        const full = known.split(/\s+/).length >= x.answer.split(/\s+/).length ? known : x.answer;
        const n = (counts.get(known) ?? 0) + 1;
        counts.delete(known);
        counts.set(full, n);
      }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

const referentCache = new WeakMap<
  Sentence[],
  WeakMap<Map<string, string>, { key: string; out: { person: string | null; thing: string | null }[] }>
>();

/**
 * Details an exam does not ask, from blind readings 6-8: how long a journey, a delay or a stay took ("about
 * seven hours", "six weeks"); a count of "one" or "0" ("in last one month", "0 fees"); the year in a bill's own title ("the X
 * Bill, 2031"); and who attended.
 */
function trivia(text: string, span: AnswerSpan): boolean {
  if (
    (span.type === "measure" || span.type === "count") &&
    /^(?:minutes?|hours?|days?|weeks?)$/i.test(span.cls)
  )
    return true;
  if (
    (span.type === "count" || span.type === "measure") &&
    /^(?:one|1|0|zero)\b(?![.,]\d)(?!\s*(?:million|billion|trillion|lakh|crore|thousand|hundred))/i.test(
      span.answer,
    )
  )
    return true;
  if (span.type === "date" && /\b(?:Bill|Act|Code|Sanhita|Adhiniyam),?\s*$/.test(text.slice(0, span.start)))
    return true;
  // "the 2031 Harbour Prize": the year that says which edition is the name's, and no fact of its own.
  if (
    span.type === "date" &&
    /^\d{4}$/.test(span.answer) &&
    /\bthe\s+$/i.test(text.slice(0, span.start)) &&
    /^\s+(?:[A-Z][\w-]*\s+){0,4}(?:Prize|Award|Awards|Cup|Games|Olympics|Championships?|Summit|Budget|Census|Elections?|Trophy|Open|Series|World Cup)\b/.test(
      text.slice(span.end),
    )
  )
    return true;
  // "persons aged 15 years and above": an age that bounds whom a figure counts is no fact of its own.
  if (
    (span.type === "count" || span.type === "measure") &&
    /\baged\s+(?:between\s+)?$/i.test(text.slice(0, span.start))
  )
    return true;
  // "the two countries", "the two leaders": a pair the text already named, pointed back at, is no figure to learn.
  if (
    span.type === "count" &&
    /^(?:two|2|both)$/i.test(span.answer) &&
    /\bthe\s+$/i.test(text.slice(0, span.start))
  )
    return true;
  // "31 knots (57 km/h)": a figure converted into other units in brackets is the same fact again.
  if (
    (span.type === "measure" || span.type === "count") &&
    /\d[\d.,]*\s*[A-Za-z/]*\s*\(\s*$/.test(text.slice(0, span.start)) &&
    /^[^()]*\)/.test(text.slice(span.end))
  )
    return true;
  // "its 71st Republic Day on Sunday (January 26)": a named day's date is the same every year.
  if (
    span.type === "date" &&
    /\b[A-Z][a-z]+\s+Day(?:\s+on)?(?:\s+[A-Z][a-z]+day)?\s*[(,]?\s*$/.test(text.slice(0, span.start))
  )
    return true;
  // "Nordland fell short of 6 runs": a shortfall beside the result's own margin invites the wrong one.
  if (/\b(?:fell|falling|fall|falls)\s+short\s+(?:of|by)\s+$/i.test(text.slice(0, span.start))) return true;
  if (span.type !== "person") return false;
  const before = text.slice(0, span.start);
  // Guests at a ceremony are trivia; the one dignitary it was held "in the presence of" presided over it.
  if (/\b(?:attended by|(?:were|was) (?:also )?present)\b/i.test(before)) return true;
  // "X, Y and Z were also present": a list of guests, the name before its verb.
  if (/^[^.;]{0,120}?\b(?:were|was)\s+(?:also\s+)?present\b/i.test(text.slice(span.end))) return true;
  const presence = before.match(/\bin the presence of\b(.*)$/i);
  return (
    presence !== null && (/,|\band\b/.test(presence[1] ?? "") || /^\s*(?:,|and)\b/.test(text.slice(span.end)))
  );
}

/** "Valdorian Navy", "the Army of Valdoria": an armed force of the given country. */
function ownForce(name: string, country: string): boolean {
  const force = /^(?:the\s+)?(?:(\w+)\s+)?(?:Navy|Army|Air Force|Coast Guard)(?:\s+of\s+(.+))?$/i.exec(name);
  if (!force) return false;
  const of = lexicon().country(force[2] ?? force[1] ?? "");
  return of?.name === country;
}

/** The people a story writes as the home country's Prime Minister or President ("PM X", "President Y"). */
function homeHeads(articles: StoryArticle[], people: Map<string, string>): Set<string> {
  const ctx: SpanContext = { reference: null, people };
  const home = new Set<string>();
  const foreign = new Set<string>();
  for (const a of articles)
    for (const s of a.sentences)
      for (const span of findSpans(s, ctx, true)) {
        if (span.type !== "person" || !/(?:^|\s)(?:Prime Minister|PM|President)$/i.test(span.cls.trim()))
          continue;
        // "Valdorian President X" once makes every "President X" of the story Valdoria's.
        (headOfHomeGovernment(s.text, span) ? home : foreign).add(span.answer);
      }
  return new Set([...home].filter((name) => !foreign.has(name)));
}

/**
 * Acts an exam asks "who" of, even of a head of state or government: launching, inaugurating, releasing,
 * administering an oath, appointing, conferring, signing, chairing.
 */
const INAUGURATES =
  /^\s+(?:(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s+)?)?(?:also\s+)?(?:launched|inaugurated|released|unveiled|dedicated|flagged off|laid the foundation|commissioned|administered|appointed|conferred|presented|awarded|approved|signed|chaired|headed)\b/;

/** The same deeds in the passive, with the doer after "by": "The operation was named Tide by PM X". */
const INAUGURATED_BY =
  /\b(?:named|launched|inaugurated|released|unveiled|dedicated|flagged off|commissioned|conferred|presented|chaired|headed|approved)\b[^.;]{0,60}\bby\s+(?:the\s+)?$/;

/**
 * True when the span is the home country's Prime Minister or President as the sentence writes them: the role
 * right before the name with no country, demonym or "former" in front ("PM X", "Prime Minister X").
 */
function headOfHomeGovernment(text: string, span: AnswerSpan): boolean {
  if (!/(?:^|\s)(?:Prime Minister|PM|President)$/i.test(span.cls.trim())) return false;
  const before = text.slice(0, span.roleStart ?? span.start);
  const lex = lexicon();
  // The role as written may carry the country ("US President"): read it with the words before it.
  // Only the words right before the role count: "Before his arrival in Valdoria, PM X" is still the home PM.
  const adjacent = before.match(/(?:^|\s)((?:[A-Z][\w'’]*\s+){1,2})$/)?.[1] ?? "";
  const lastWords = `${adjacent} ${text.slice(span.roleStart ?? span.start, span.start)}`;
  // "Indian Prime Minister X", "India's PM X": the exam's own country is still home.
  const named = lex.countriesIn(lastWords).map((c) => c.code);
  // A demonym the country list does not know ("Valdorian President") still marks another country's head.
  const demonym = lastWords
    .split(/\s+/)
    .some((w) => /^[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)$/.test(w) && w !== "Indian" && !lex.country(w));
  // "Former Prime Minister X": the tagger may read "Former" as part of the role.
  const role = text.slice(span.roleStart ?? span.start, span.start);
  return (
    !/\b(?:former|then|late|ex-)\s*$/i.test(before) &&
    !/^(?:former|then|late|ex-)\b/i.test(role) &&
    !demonym &&
    named.every((code) => code === HOME_CODE)
  );
}

/** The exam's own country: its head is known to every candidate. */
const HOME_CODE = "IN";

/** The full name of the person a sentence opens with (after a role: "Finance Minister X said ..."), or null. */
function openingPerson(sentence: Sentence, spans: AnswerSpan[]): string | null {
  // "After X, Y is the senior-most ...": a person inside an opening phrase is not its subject.
  const first = spans.find(
    (x) =>
      x.type === "person" &&
      !/\b(?:after|before|like|unlike|besides|with|for|from|to|by|than|of|under)\s+$/i.test(
        sentence.text.slice(0, x.roleStart ?? x.start),
      ),
  );
  if (!first || first.answer.split(/\s+/).length < 2) return null;
  // "President X and Prime Minister Y paid tributes to Z": two people open the sentence, and a "He" after it
  // stands for neither of them alone (it was Z's obituary).
  if (/^\s*(?:,\s*)?(?:and|&)\s/.test(sentence.text.slice(first.end))) return null;
  const lead = sentence.text.slice(0, first.roleStart ?? first.start);
  // "In a bid to mark the jubilee, Prime Minister X released ...": an opening phrase, then the subject.
  return /^(?:[^,"]{0,120},\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$/.test(lead) ? first.answer : null;
}

/**
 * "Berg, 61, is a second-term member ...": a sentence that opens on the surname of one person the story names in
 * full is about that person, and a "he" in the next is them.
 */
function openingSurname(sentence: Sentence, ctx: SpanContext): string | null {
  const surname = sentence.text.match(/^([A-Z][a-z]+)(?=,|\s+(?:is|was|has|had|will|said)\b)/)?.[1];
  if (!surname) return null;
  const matches = [...new Set(ctx.people.values())].filter(
    (name) => name.split(/\s+/).length >= 2 && name.split(/\s+/).at(-1) === surname,
  );
  return matches.length === 1 ? (matches[0] as string) : null;
}

/** The person named after a quotation, as its speaker: '"...," said Colonel Ola Berg.' */
function quotedSpeaker(sentence: Sentence, spans: AnswerSpan[]): string | null {
  const last = spans.filter((x) => x.type === "person").at(-1);
  if (!last || last.answer.split(/\s+/).length < 2) return null;
  const before = sentence.text.slice(0, last.roleStart ?? last.start);
  const after = sentence.text.slice(last.end);
  return /["”’]\s*,?\s*(?:said|added|stated|noted)\s+(?:the\s+)?$/.test(before) && /^\s*[.!]?\s*$/.test(after)
    ? last.answer
    : null;
}

/** "Berg" and "Ola Berg": one person. */
function sameSurname(a: string, b: string): boolean {
  return (a.split(/\s+/).at(-1) ?? a) === (b.split(/\s+/).at(-1) ?? b);
}

/** "The 17-year-old finished on 9.5 points": the person the sentence before was about, by their age. */
const AGED_SUBJECT = /^The\s+\d{1,3}-year-old\b(?=\s+[a-z])/;
/** "The 21-year-old wildcard", before the clause's next word: an age, then what the person is. */
const AGED_CALLING_SUBJECT = /^The\s+\d{1,3}-year-old\s+([a-z-]+)(?=\s+[a-z])/;
/** What a report calls a player after their age, besides the callings of the lexicon. */
const AGED_CALLINGS =
  /^(?:wildcard|qualifier|teenager|youngster|left-hander|right-hander|veteran|debutant|prodigy)$/;

/**
 * A sentence that opens with "He" or "She" goes on about the person the previous sentence opened with; it is
 * read with that name, so a question cut from it stands on its own.
 * @example withSubject("She also cut duties on medicines.", "Ola Berg") // "Ola Berg also cut duties on medicines."
 */
export function withSubject(text: string, subject: string | null): string {
  // "It is ...", "It was ...": most often an empty subject ("It was a proud day"), not the thing before.
  if (!subject || /^It\s+(?:is|was|'s)\b/.test(text)) return text;
  // "His tenure as ... will end": the possessive takes the name too.
  return (
    text
      .replace(/^(?:His|Her|Its)\b/, `${subject}'s`)
      .replace(/^(?:He|She|It)\b/, subject)
      // "The 21-year-old wildcard saved ...": the calling after the age goes with it, not left after the name.
      .replace(AGED_CALLING_SUBJECT, (all, calling: string) =>
        isPersonNoun(calling) || AGED_CALLINGS.test(calling) ? subject : all,
      )
      .replace(AGED_SUBJECT, subject)
      .replace(/^([^,"]{3,60},\s+)(?:he|she)\b/, `$1${subject}`)
  );
}

/** An opening phrase, perhaps with its place's region, before "it" and its verb (not "it is expected"). */
const IT_AFTER_OPENING =
  /^[^,"]{3,60}(?:,\s+[A-Z][^,"]{2,30})?,\s+(?=it\s+(?!(?:is|was)\s+(?:not\s+)?(?:expected|believed|learnt|understood|said|reported|likely|clear|important|necessary|time|decided|hoped|feared|estimated)\b)(?:[a-z]+s|[a-z]+ed|has|had|will|would|can|could|is|was)\b)/;
/** A verb whose object "it" is a bill or a treaty: "The Lok Sabha had passed it". */
const IT_OBJECT =
  /\b(passed|ratified|signed|approved|adopted|cleared|notified|tabled|introduced|enacted)\s+it\b(?!\s+(?:to|that|as|is|was)\b)/;
/** What a house passes or a country ratifies. */
const INSTRUMENTS = [
  "bill",
  "act",
  "law",
  "agreement",
  "treaty",
  "pact",
  "accord",
  "convention",
  "declaration",
];

/**
 * The sentence with the story's one bill or treaty in place of "it" after a verb that passes or ratifies one:
 * "The Lok Sabha had passed it with 491 votes" reads "The Lok Sabha had passed the X Bill with 491 votes". A story
 * that names no such thing, or more than one, keeps "it".
 */
function withObject(text: string, referents: Map<string, string>): string {
  const named = IT_OBJECT.test(text) ? instrumentOf(referents) : undefined;
  return named ? text.replace(IT_OBJECT, `$1 ${theThing(named)}`) : text;
}

/** The story's one bill or treaty, if it names exactly one. */
function instrumentOf(referents: Map<string, string>): string | undefined {
  const named = [...new Set(INSTRUMENTS.map((noun) => referents.get(noun)).filter((x) => x !== undefined))];
  return named.length === 1 ? named[0] : undefined;
}

/** A thing's name as it reads inside a sentence: "the X Bill", but "ISRO" and "The Hindu" as they are. */
function theThing(thing: string): string {
  return /^(?:[A-Z]{2,}\b|The\s)/.test(thing) ? thing : `the ${thing}`;
}

/**
 * The named thing or body a sentence is about: its subject, after any opening phrase ("Built in 2019 by X, the
 * Y can ..."), when it is followed by its verb; null otherwise.
 */
function openingThing(sentence: Sentence, spans: AnswerSpan[]): string | null {
  for (const span of spans) {
    if (span.type !== "thing" && span.type !== "org") continue;
    if (!/^(?:[^,"]*,\s+){0,3}(?:the\s+)?$/i.test(sentence.text.slice(0, span.start))) continue;
    const next = sentence.tokens.find((t) => t.start >= (span.acronymEnd ?? span.end));
    return next && (next.pos === "AUX" || next.pos === "VERB") ? span.answer : null;
  }
  return null;
}

/**
 * A clause read out of a sentence as a sentence of its own: its text, where the clause's words sit in that text,
 * and where they sat in the sentence (spans there are asked from the new text instead).
 */
export interface DerivedClause {
  text: string;
  clause: { start: number; end: number };
  from: number;
  to: number;
  /** The clause's spans are asked from the whole sentence too, where the clause alone may say too little. */
  alsoWhole?: true;
  /** The clause began in lower case mid-sentence ("that incomes of ..."), and its capital is the derivation's. */
  capitalised?: true;
}

/**
 * "X, which was launched in 1974 by Y, completed ..." -> "X was launched in 1974 by Y.", with where the clause
 * sits in the new text and where it sat in the old one; null when the sentence has no such clause after a name.
 * @example relativeClause("Project Alpha, which began in 1990, ended.")?.text // "Project Alpha began in 1990."
 */
export function relativeClause(text: string): DerivedClause | null {
  const m = text.match(
    /^((?:The\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'-]*){0,5}),\s+(?:which|who)\s+((?:(?:was|were|is|are|has|had|have)\s+|(?!(?:said|added|noted|stated)\b)(?:[a-z]{3,}ed|became|won|took|led|held|made|gave|began|beat|met|set|built|kept|hosted)\s+)[^,;"]{8,140}?),\s+[a-z]/,
  );
  // "X, born on 14 March 1908, was ...", "Y, founded in 1990, is ...": a participle's aside reads as "X was born
  // on 14 March 1908."
  const participle = m
    ? null
    : text.match(
        /^((?:The\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'-]*){0,5}),\s+((?:born|founded|established|formed|constituted|set up)\s+(?:on|in)\s+(?:[^,;"]|,(?=\s\d{4}\b)){4,60}?),\s+[a-z]/,
      );
  const found = m ?? participle;
  if (!found?.[1] || !found[2]) return null;
  const head = found[1];
  const body = found[2];
  const from = head.length;
  const to = text.indexOf(body, from) + body.length;
  const verb = participle ? " was" : "";
  // "X, who chaired the summit, said ...": what X did is asked of X too ("Which minister chaired the summit?"),
  // where the sentence's own verb is what X said.
  const deed = !participle && !/^(?:was|were|is|are|has|had|have)\b/.test(body);
  return {
    text: `${head}${verb} ${body}.`,
    clause: {
      start: deed ? 0 : head.length + verb.length + 1,
      end: head.length + verb.length + 1 + body.length,
    },
    from,
    to,
  };
}

/** Past tenses of verbs a participle clause may open with that do not take "-ed". */
const IRREGULAR_PAST: Record<string, string> = {
  make: "made",
  take: "took",
  give: "gave",
  leave: "left",
  bring: "brought",
  keep: "kept",
  hold: "held",
  set: "set",
  put: "put",
  cut: "cut",
  send: "sent",
  spend: "spent",
  build: "built",
  sell: "sold",
  pay: "paid",
  tell: "told",
  lose: "lost",
  win: "won",
  beat: "beat",
  meet: "met",
  lead: "led",
  see: "saw",
  get: "got",
  choose: "chose",
  draw: "drew",
  become: "became",
  run: "ran",
  write: "wrote",
  strike: "struck",
  hit: "hit",
  throw: "threw",
  find: "found",
  seek: "sought",
  buy: "bought",
  shut: "shut",
  let: "let",
  withdraw: "withdrew",
};

/**
 * "Valdoria ... beating Nordland in the final" read as "Valdoria beat Nordland in the final.": the subject, the
 * gerund's past and what followed it, with where that sat in the sentence (from the gerund's phrase to the rest's
 * end). What `participleClause` and `meansClause` both derive.
 */
function gerundDeed(
  subject: string,
  past: string,
  rest: string,
  from: number,
  restFrom: number,
): DerivedClause {
  const head = `${capitalise(subject)} ${past} `;
  return {
    text: `${head}${rest}.`,
    clause: { start: 0, end: head.length + rest.length },
    from,
    to: restFrom + rest.length,
  };
}

/**
 * The verb of a gerund the tagger did not read as one: the word less "-ing" where that is an irregular verb
 * ("beating" -> "beat", "taking" -> "take"); any such stem where `anyVerb` ("defeating" -> "defeat"); else null.
 */
function gerundLemma(gerund: string, anyVerb: boolean): string | null {
  const stem = gerund.slice(0, -3);
  return [stem, `${stem}e`].find((x) => IRREGULAR_PAST[x]) ?? (anyVerb ? stem : null);
}

/** "scrapping" (lemma "scrap") -> "scrapped", "removing" -> "removed", "carrying" -> "carried". */
function pastOf(gerund: string, lemma: string): string {
  if (IRREGULAR_PAST[lemma]) return IRREGULAR_PAST[lemma] as string;
  if (/([b-df-hj-np-tv-z])\1ing$/.test(gerund) && !/(?:ll|ss)ing$/.test(gerund))
    return `${gerund.slice(0, -3)}ed`;
  if (/e$/.test(lemma)) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

/**
 * "The Council approved A, while scrapping B" -> "The Council scrapped B.": a participle clause after the main
 * clause shares its subject, and is asked as a sentence of its own. Shaped like `relativeClause`; null when the
 * sentence has no such clause, or its main clause has no plain subject and past-tense verb.
 * @example participleClause(annotateSentence("The Council approved two rates, while scrapping the old ones.")!)?.text
 * // "The Council scrapped the old ones."
 */
export function participleClause(sentence: Sentence): DerivedClause | null {
  const text = sentence.text;
  const m =
    /,\s+(?:while\s+|thereby\s+)?([a-z]{3,}ing)\s+(?=(?:the|a|an|its|their|his|her|all|\d[\d,.]*)\b|[A-Z]|(?:over|up|out|off|down)\s+(?:from|as|the|[A-Z])|(?:world|top|defending|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|former|compatriot|local|home|favourite|number|seed|seeded|no\.?|one|two|three)\s+(?:[a-z.]+\s+){0,3}[A-Z])/.exec(
      text,
    );
  // "including", "following", "according": prepositions in form, with no clause of their own.
  if (
    !m?.[1] ||
    /^(?:includ|follow|accord|regard|concern|exclud|involv|consider|pend|bar|dur|notwithstand|compar|rang|start|beginn|amount|total)ing$/.test(
      m[1],
    )
  )
    return null;
  const gerundAt = text.indexOf(m[1], m.index);
  const gerund = sentence.tokens.find((t) => t.start === gerundAt);
  const next = sentence.tokens.find((t) => t.start > gerundAt);
  // "beating Erik Holm": the tagger may read a gerund before a name as a noun; its object says it is a verb.
  // "beating world number one X": a described name is an object too.
  const describedName = /^\s*(?:world|top|defending|former|compatriot|number|seed|seeded|no\.?)\b/.test(
    text.slice(gerundAt + m[1].length),
  );
  const lemma =
    gerund?.pos === "VERB" && gerund.lemma !== gerund.text
      ? gerund.lemma
      : gerund?.pos === "NOUN" && (next?.pos === "PROPN" || describedName)
        ? gerundLemma(m[1], true)
        : null;
  if (!gerund || !lemma) return null;
  const before = text.slice(0, m.index);
  const clauseStart = before.includes(", ") ? before.lastIndexOf(", ") + 2 : 0;
  // The main verb must be a past tense, which the clause's own verb then takes: "approved ..., scrapping" ->
  // "scrapped"; a present ("approves ..., scrapping") would need another form.
  const pasts = new Set(Object.values(IRREGULAR_PAST));
  const verb = sentence.tokens.find(
    (t) =>
      t.start >= clauseStart &&
      t.end <= m.index &&
      t.pos === "VERB" &&
      ((t.text !== t.lemma && /ed$/.test(t.text)) || pasts.has(t.text.toLowerCase())),
  );
  if (!verb) return null;
  // "The President appointed X as Governor, succeeding Y": after an active verb of appointing, the one who
  // succeeds is the one appointed, not the subject ("Whom did the President succeed?" keyed Y).
  if (
    /^(?:appoint|name|nominate|elect|select|choose|designate|promote|pick|induct)$/.test(verb.lemma) &&
    !/\b(?:was|were|been|is|are|be)\s+(?:[a-z]+ly\s+)?$/.test(text.slice(0, verb.start))
  )
    return null;
  // "X congratulated the agency for completing the trial, utilising Y": with another verb between, the clause may hang
  // off that one, whose subject is someone else's.
  // A verb after "to" ("returned to power", as the tagger may read it, or "decided to sign") shares the subject.
  if (
    sentence.tokens.some(
      (t, i) =>
        t.start > verb.end &&
        t.end <= m.index &&
        t.pos === "VERB" &&
        sentence.tokens[i - 1]?.text.toLowerCase() !== "to",
    )
  )
    return null;
  // "X, a 1990-batch officer, has been appointed ...": the subject is before the aside, not the auxiliary after it.
  const written = text.slice(clauseStart, verb.start).trim();
  const aside = /^(?:has|have|had|was|were|is|are)(?:\s+been)?$/.test(written)
    ? text.slice(0, clauseStart).match(/^([^,]{3,80}),\s+(?:a|an|the)\s+[^,]{3,120},\s+$/)
    : null;
  // "X has been appointed Governor, replacing Y": the auxiliaries are the main verb's ("X has been replaced Y"
  // says the opposite); the clause takes only the past tense.
  const subject = (aside?.[1] ?? written).replace(
    /\s+(?:has|have|had|was|were|is|are|will)(?:\s+(?:been|be))?$/,
    "",
  );
  const subjectWords = subject.split(/\s+/).length;
  if (subjectWords < 1 || subjectWords > 12 || !/^(?:[A-Z]|the\b)/.test(subject)) return null;
  if (sentence.tokens.some((t) => t.start >= clauseStart && t.end <= verb.start && t.pos === "VERB"))
    return null;
  const restFrom = m.index + m[0].length;
  // "beating X 6-4, 3-6, 6-3 in the final": a match's set scores are no clause boundary, and no part of the fact;
  // nor is the comma of a figure ("leaving a revenue deficit of Rs 41,260 crore").
  const rest = text
    .slice(restFrom)
    .match(/^(?:[^,;:"]|,\s+(?=\d+-\d+\b)|(?<=\d),(?=\d{2,3}\b)){5,160}/)?.[0]
    ?.replace(/\s+\d+-\d+(?:,\s+\d+-\d+)*(?=\s|$)/g, "")
    .replace(/[.\s]+$/, "");
  if (!rest) return null;
  return gerundDeed(subject, pastOf(m[1], lemma), rest, m.index, restFrom);
}

/**
 * "Valdoria has increased its tally to 64 by designating three more wetlands as reserves." -> "Valdoria designated
 * three more wetlands as reserves.": "by" and a gerund say how the subject did what the main verb says, and are a
 * deed of the same subject, asked as a sentence of its own. The subject is the name right before the main verb
 * (a past tense, or a participle after "has", "have" or "had"). Shaped like `relativeClause`; null otherwise.
 * @example meansClause(annotateSentence("Valdoria won the cup by beating Nordland in the final.")!)?.text
 * // "Valdoria beat Nordland in the final."
 */
export function meansClause(sentence: Sentence): DerivedClause | null {
  const text = sentence.text;
  const m = /\s+by\s+([a-z]{3,}ing)\s+(?=(?:the|a|an|its|their|his|her|\d|[a-z]+\s|[A-Z]))/.exec(text);
  if (!m?.[1]) return null;
  const gerundAt = text.indexOf(m[1], m.index);
  const gerund = sentence.tokens.find((t) => t.start === gerundAt);
  // "by beating X": the tagger may read a gerund as a noun; one whose verb is an irregular one is still a verb.
  const lemma =
    gerund?.pos === "VERB" && gerund.lemma !== gerund.text ? gerund.lemma : gerundLemma(m[1], false);
  if (!lemma) return null;
  const before = sentence.tokens.filter((t) => t.end <= m.index);
  // The main verb: the last finite verb before "by", a past tense or a participle after an auxiliary of the
  // perfect ("from existing 61" is no finite verb).
  const pasts = new Set(Object.values(IRREGULAR_PAST));
  const at = before.findLastIndex((t) => t.pos === "VERB" && !/ing$/.test(t.text));
  const verb = before[at];
  if (!verb || !((verb.text !== verb.lemma && /ed$/.test(verb.text)) || pasts.has(verb.text))) return null;
  let first = at;
  if (/^(?:has|have|had)$/.test(before[first - 1]?.text ?? "")) first--;
  // The subject: the run of names right before it ("India", "Ola Berg"), after which the clause starts.
  let start = first;
  while (start > 0 && (before[start - 1] as Token).pos === "PROPN") start--;
  if (start === first || first - start > 5) return null;
  const subject = text.slice((before[start] as Token).start, (before[first - 1] as Token).end);
  // The subject must open the sentence, or follow a comma, a year or a speaker's verb of saying: not a noun
  // phrase's end ("the Harbour Council's ... Board"), nor an object.
  const prior = before[start - 1];
  if (prior && !/^(?:,|said|says|announced|\d{4})$/.test(prior.text)) return null;
  const restFrom = m.index + m[0].length;
  const rest = text
    .slice(restFrom)
    .match(/^(?:[^,;:"]|(?<=\d),(?=\d{2,3}\b)){5,140}?(?=\s+and\s+[a-z]+ing\b|[,;:"]|\.?$)/)?.[0]
    ?.replace(/[.\s]+$/, "");
  if (!rest) return null;
  return gerundDeed(subject, pastOf(m[1], lemma), rest, m.index, restFrom);
}

/**
 * "... to Valdoria since it became independent in 1962" -> "Valdoria became independent in 1962.": a subordinate
 * clause with a subject of its own (a name, or "it" for the one country named before it in the sentence) and a
 * past-tense verb is asked as a sentence of its own. Shaped like `relativeClause`; null otherwise.
 * @example subordinateClause("He visited Chile, the first visit since it became independent in 1818.")?.text
 * // "Chile became independent in 1818."
 */
export function subordinateClause(text: string): DerivedClause | null {
  const m = text.match(
    /\b(?:since|after|when|before|until)\s+(?<subject>it|(?:former\s+|then\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?<rest>(?:became|won|gained|joined|signed|launched|adopted|held|hosted|got|was|were|left|resigned|retired|stepped down|took (?:over|charge|oath))\b(?:[^,;:"]|,(?=\s*(?:19|20)\d\d\b)){3,100})/,
  );
  const groups = m?.groups;
  if (!m || !groups?.subject || !groups.rest || m.index === undefined) return null;
  let subject = groups.subject;
  if (subject === "it") {
    // "India's seventh term on the council since it was set up in 2006": what was set up is a body, and no country.
    if (
      /^(?:was|were)\s+(?:set up|founded|established|created|formed|constituted|instituted)\b/.test(
        groups.rest,
      )
    )
      return null;
    // The country named last before the clause, by its name ("Indian" names no antecedent for "it").
    const before = text.slice(0, m.index);
    const named = lexicon()
      .countriesIn(before)
      .map((c) => ({ c, at: before.lastIndexOf(c.name) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    if (!named || /\b(?:he|she|they)\b/i.test(before.slice(named.at))) return null;
    subject = named.c.name;
  }
  const rest = groups.rest.replace(/[.\s]+$/, "");
  // "independent" is written with a capital by some reports: a clause asks it plain.
  const clauseText = capitalise(`${subject} ${rest.replace(/\bIndependent\b/, "independent")}`);
  const from = m.index + m[0].length - groups.rest.length - groups.subject.length - 1;
  // The subject is what the clause is about, not its fact: "Which country became independent in 1905?" has
  // many answers. Only what follows it is asked, unless the clause says a person left an office ("after former
  // judge X retired on ..."): who left is the fact.
  const leaving = /^(?:left|resigned|retired|stepped down)\b/.test(rest) && groups.subject !== "it";
  return {
    text: `${clauseText}.`,
    clause: { start: leaving ? 0 : subject.length + 1, end: clauseText.length },
    from,
    to: m.index + m[0].length,
  };
}

/**
 * "Constructed by the Harbour Yard (HY), Tromso, INS Orca can travel ..." -> "INS Orca was constructed by the
 * Harbour Yard.": an opening participle phrase says a fact of the main clause's subject, which is named right
 * after it. Shaped like `relativeClause`; null when the subject is no name followed by its verb.
 * @example openingParticiple("Built by the Harbour Yard, INS Orca can dive to 300 metres.")?.text
 * // "INS Orca was built by the Harbour Yard."
 */
export function openingParticiple(text: string): DerivedClause | null {
  const m = text.match(
    /^(?<verb>[A-Z][a-z]+(?:ed|en|lt)|Built|Made|Held|Led)\s+(?<phrase>(?:by|at|in|from|with)\s+[^,;"]{3,80}?)(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+)?(?<subject>(?:INS\s+|the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?=(?:can|could|is|was|are|were|has|have|had|will|would|[a-z]+ed)\b)/,
  );
  const g = m?.groups;
  if (!m || !g?.verb || !g.phrase || !g.subject) return null;
  const head = `${capitalise(g.subject)} was ${g.verb.toLowerCase()} `;
  return {
    text: `${head}${g.phrase}.`,
    clause: { start: head.length, end: head.length + g.phrase.length },
    from: 0,
    to: text.indexOf(g.phrase) + g.phrase.length,
  };
}

/**
 * "Valdoria is a party to the Tromso Convention, signed in Tromso, Norway, in 1967.": a participle's clause that ends the
 * sentence after a name, or stands between the name and its verb ("The Tromso Accord, adopted in Oslo in 1990, aims
 * ..."), is a fact about the name, "Tromso Convention was signed in Tromso, Norway, in 1967."
 * @example participleAside("Valdoria joined the Tromso Accord, signed in Oslo in 1990.")?.text // "The Tromso Accord was signed in Oslo in 1990."
 */
export function participleAside(text: string): DerivedClause | null {
  const m = text.match(
    /(?<head>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+|on\s+)?[A-Z][\w'-]*){0,5}),\s+(?<clause>(?:signed|adopted|founded|established|launched|built|set up|formed|constituted|opened|inaugurated|created|enacted|ratified)\s+(?:in|on|at|by)\s+(?:[^;"(),]|,(?=\s+(?:[A-Z]|\d|in\b|on\b|at\b)))*?)(?:\.?$|,\s+(?=(?:also\s+)?[a-z]{3,}s\b))/,
  );
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.head || !g.clause) return null;
  // "the agreement with the United Kingdom, signed in July 2031": a country is party to what was signed, not it;
  // "the Sela tunnel in Kerala, inaugurated in March 2031": nor is a state the tunnel before it.
  const bare = g.head.replace(/^the\s+/i, "");
  if (lexicon().country(bare) || lexicon().regionKindOf(bare)) return null;
  const head = capitalise(g.head);
  const from = m.index + g.head.length;
  const text2 = `${head} was ${g.clause}.`;
  return {
    text: text2,
    clause: { start: head.length + 5, end: head.length + 5 + g.clause.length },
    from,
    to: from + 2 + g.clause.length,
    alsoWhole: true,
  };
}

/**
 * "... the March 14 attack in which 31 people died": a clause on "in which" is a fact about its noun, "31 people
 * died in the March 14 attack." Asked alongside the whole sentence, whose other facts it does not hold.
 * @example prepositionalRelative("They recalled the 2031 flood in which 40 houses were destroyed.")?.text // "40 houses were destroyed in the 2031 flood."
 */
export function prepositionalRelative(text: string): DerivedClause | null {
  const m = text.match(
    /\b(?<noun>the\s+[^,;"()]{3,60}?)\s+(?<prep>in|at|during)\s+which\s+(?<clause>(?!(?:he|she|it|they|we|i|you)\b)[^,;"()]{8,100}?\b(?:died|killed|injured|destroyed|damaged|held|won|took place|participated|took part|[a-z]+ed))(?=[,.;]|$)/,
  );
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.noun || !g.prep || !g.clause) return null;
  const written = capitalise(g.clause);
  const from = m.index + m[0].length - g.clause.length;
  return {
    text: `${written} ${g.prep} ${g.noun}.`,
    clause: { start: 0, end: written.length },
    from,
    to: from + g.clause.length,
    alsoWhole: true,
  };
}

/**
 * "India's first solar observatory Orca-1 has reached ...", "the second Tide-class submarine INS Orca was
 * commissioned ...": a record written before a name is a fact about the name, "Orca-1 is India's first solar
 * observatory.", asked "Which spacecraft is India's first solar observatory?". Asked alongside the whole sentence.
 * @example recordAppositive("Norway's first solar observatory Orca-1 has reached its orbit.")?.text // "Orca-1 is Norway's first solar observatory."
 */
export function recordAppositive(text: string): DerivedClause | null {
  const m = text.match(
    /(?<![\w'’-])(?<record>(?:[A-Z][a-z]+['’]s|[Tt]he)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}[a-z]+)\s+(?<name>(?:INS\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?=\s+(?:has|have|had|was|were|is|will|[a-z]+ed)\b)/,
  );
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.record || !g.name) return recordAfter(text);
  // A record of a place or person ("the first Valdorian Union Minister X") is asked by the person's own sentence.
  if (lexicon().country(g.name) || /\b(?:minister|president|chief|leader|player|officer)\b/i.test(g.record))
    return null;
  const record = g.record.replace(/^The\b/, "the");
  const from = m.index + m[0].length - g.name.length;
  return {
    text: `${g.name} is ${record}.`,
    clause: { start: 0, end: g.name.length },
    from,
    to: from + g.name.length,
    alsoWhole: true,
  };
}

/** Words that make an appositive a record: "India's longest railway tunnel", "the world's largest solar park". */
const RECORD_AFTER =
  /(?<![\w'’-])(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?<noun>(?:\s+[a-z]+){0,2}),\s+(?<record>(?:[A-Z][a-z]+['’]s|the\s+(?:world|country|nation|state)['’]s)\s+(?:first|longest|largest|biggest|highest|tallest|oldest|deepest|fastest|busiest|smallest|widest|heaviest)\s+(?:[a-z-]+\s+){0,2}[a-z]+),/;

/** "the Orca Setu, a 29.6-km six-lane bridge ... that is now Valdoria's longest sea bridge": the same, said in a clause. */
const RECORD_THAT =
  /(?<![\w'’-])(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?<noun>(?:\s+[a-z]+){0,2}),\s+(?:a|an)\s+[^,;]{3,100}?\s+(?:that|which)\s+is\s+(?:now\s+)?(?<record>(?:[A-Z][a-z]+['’]s|the\s+(?:world|country|nation|state)['’]s)\s+(?:first|longest|largest|biggest|highest|tallest|oldest|deepest|fastest|busiest|smallest|widest|heaviest)\s+(?:[a-z-]+\s+){0,2}[a-z]+)\b/;

/**
 * "inaugurated the Orca rail tunnel, Valdoria's longest railway tunnel, on ...": a record in an appositive after
 * a name is a fact about the name, "Orca rail tunnel is Valdoria's longest railway tunnel.", asked "Which rail
 * tunnel is Valdoria's longest railway tunnel?". Asked alongside the whole sentence.
 * @example recordAfter("Ola Berg opened the Orca rail tunnel, Valdoria's longest railway tunnel, on Friday.")?.text // "Orca rail tunnel is Valdoria's longest railway tunnel."
 */
function recordAfter(text: string): DerivedClause | null {
  const m = text.match(RECORD_AFTER) ?? text.match(RECORD_THAT);
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.name || !g.record) return null;
  // A person's or a country's record is asked by its own sentence; a name that opens the sentence is its subject.
  if (lexicon().country(g.name) || m.index === 0 || /^(?:The|A|An|This|It|He|She)$/.test(g.name)) return null;
  // "was awarded the X Medal, Valdoria's highest civilian honour, in 2010": an honour's standing is no news; who
  // received it is, and stays asked of the whole sentence.
  if (/\b(?:honou?r|award|prize|medal|decoration)s?$/.test(g.record)) return null;
  const from = m.index;
  const name = `${g.name}${g.noun ?? ""}`;
  return {
    text: `${name} is ${g.record}.`,
    clause: { start: 0, end: g.name.length },
    from,
    to: from + g.name.length,
    alsoWhole: true,
  };
}

/**
 * "In the Senate, the Orca Bill got 61 votes in its favour and 39 against" -> "39 votes were cast against the Orca
 * Bill in the Senate."; "the bill was supported by 301 MPs while 214 voted against it" -> "214 MPs voted against
 * the bill.": a tally's second figure is a fact of its own, asked "How many votes were cast against ...?" rather
 * than as a blank of the whole sentence.
 * @example votesAgainst("In the Senate, the Orca Bill got 61 votes in its favour and 39 against.")?.text // "39 votes were cast against the Orca Bill in the Senate."
 */
export function votesAgainst(text: string): DerivedClause | null {
  const where = text.match(/^In\s+(?<house>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+/)?.groups
    ?.house;
  const house = where ? ` in ${where}` : "";
  const got = text.match(
    /\b(?<bill>the\s+(?:[A-Z][\w()-]*\s+){1,5}(?:Bill|Act|Resolution|Motion|Amendment)(?:,\s+\d{4})?)\s+(?:got|received|secured|won)\s+\d[\d,]*\s+votes\s+in\s+(?:its\s+)?favou?r\s+and\s+(?<against>\d[\d,]*)\s+against\b/,
  );
  const supported = text.match(
    /\b(?<bill>the\s+(?:[A-Z][\w()-]*\s+){1,5}(?:Bill|Act|Resolution|Motion|Amendment)(?:,\s+\d{4})?)\s+was\s+(?:supported|backed)\s+by\s+\d[\d,]*\s+(?<who>MPs|members|senators|lawmakers|legislators|MLAs)\s+(?:while|and|but)\s+(?<against>\d[\d,]*)\s+voted\s+against\s+it\b/,
  );
  const m = got ?? supported;
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.bill || !g.against) return null;
  const figure = `${g.against} ${g.who ?? "votes"}`;
  const counted = g.who ? `${figure} voted against` : `${figure} were cast against`;
  const from = m.index + m[0].lastIndexOf(g.against);
  return {
    text: `${counted} ${g.bill}${house}.`,
    clause: { start: 0, end: figure.length },
    from,
    to: from + g.against.length,
  };
}

/** Gatherings and bodies a person chairs, heads or hosts. */
const GATHERING =
  "meeting|summit|session|committee|panel|council|conference|ceremony|event|delegation|team|board|commission|cabinet|group|talks|dialogue|forum|mission|bench|jury|tribunal"
    .split("|")
    // "the Monetary Policy Committee", "the Bench": a name's capital counts too.
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join("|");

/**
 * A gathering's participle and its agent: "the panel, headed by Prime Minister X". The gathering is the noun phrase
 * the participle follows, not one that holds it ("the end of the two-day summit hosted by X" is the summit's).
 */
const AGENT_CLAUSE = new RegExp(
  String.raw`\b(?<gathering>[Tt]he\s+(?:(?!(?:of|the|to|in|at)\s)[\w'’-]+\s+){0,4}?(?:${GATHERING}))\s*,?\s+(?<verb>chaired|headed|led|hosted|convened|presided over|inaugurated|addressed)\s+by\s+(?<agent>(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]*)(?=[\s,.;]|$)`,
);

/**
 * "... at the Council's 47th meeting chaired by Finance Minister X" -> "Finance Minister X chaired the Council's
 * 47th meeting.": a gathering's participle and its agent are a fact about who led it, asked as a sentence of its
 * own ("Which Finance Minister chaired ...?"). Asked alongside the whole sentence.
 * @example agentClause("The panel, headed by Prime Minister Ola Berg, met in Tromso.")?.text // "Prime Minister Ola Berg headed the panel."
 */
export function agentClause(text: string): DerivedClause | null {
  const m = text.match(AGENT_CLAUSE);
  const g = m?.groups;
  if (!m || m.index === undefined || !g?.gathering || !g.verb || !g.agent) return null;
  const from = m.index + m[0].length - g.agent.length;
  // "The Bench, headed by X, held that ...": what the gathering did says which gathering it was, when it opens the
  // sentence ("X headed the Bench that held that ...").
  const did =
    m.index === 0
      ? (text
          .slice(m.index + m[0].length)
          .match(
            /^,?\s+((?:[a-z]+ed|held|upheld|voted|met|gave|took|made|ruled|struck|set|cut|kept)\b[^;:"]{5,120}?)\.?$/,
          )?.[1] ?? "")
      : "";
  return {
    text: `${g.agent} ${g.verb} ${g.gathering.replace(/^The\b/, "the")}${did ? ` that ${did}` : ""}.`,
    clause: { start: 0, end: g.agent.length },
    from,
    to: from + g.agent.length,
    alsoWhole: true,
  };
}

/**
 * "The colonel announced that nine terror camps were destroyed." -> "Nine terror camps were destroyed.": what a
 * speaker reports after "that" is a fact with a subject and verb of its own, asked as a sentence of its own
 * (the story's setting says what it is about). Shaped like `relativeClause`; null when the clause opens on a
 * pronoun, has no finite verb or is a quotation.
 * @example complementClause("The colonel announced that nine camps were destroyed.")?.text // "Nine camps were destroyed."
 */
export function complementClause(text: string): DerivedClause | null {
  const m = text.match(
    /\b(?:said|says|announced|announces|stated|informed|noted|added|confirmed|declared|revealed|asserted|told\s+(?:[A-Za-z]+\s+){1,3}?)\s+that\s+(?<clause>(?!(?:he|she|it|they|this|these|those|there|we|i|you)\b)(?:[A-Z0-9]|the\s)[^;:"]{12,200}?)\.?$/i,
  );
  const clause = m?.groups?.clause;
  if (!m || m.index === undefined || !clause) return null;
  if (!/\b(?:was|were|is|are|has|have|had|will|would|can|could|[a-z]{3,}ed)\b/.test(clause)) return null;
  const from = m.index + m[0].length - clause.length - (m[0].endsWith(".") ? 1 : 0);
  const written = capitalise(clause);
  // Without its speaker the clause may name nothing that says what it is about: the whole sentence is asked too.
  return {
    text: `${written}.`,
    clause: { start: 0, end: written.length },
    from,
    to: from + clause.length,
    alsoWhole: true,
    ...(written !== clause ? { capitalised: true as const } : {}),
  };
}

/**
 * A derived clause read as it was written in its sentence: "Incomes of up to ..." began "that incomes of up to
 * ...", and read with its new capital the tagger takes "Incomes" for a name, which a question then keeps
 * capitalised after its auxiliary ("In which city will Incomes ... pay ...?").
 */
function annotatedAsWritten(text: string): Sentence | null {
  const read = annotateSentence(`${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  if (!read) return null;
  const [first, ...rest] = read.tokens;
  if (!first) return read;
  return { ...read, text, tokens: [{ ...first, text: capitalise(first.text) }, ...rest] };
}

/** Surnames that stand for exactly one person the story names in full ("Berg" -> "Ola Berg"). */
function unambiguousSurnames(people: Map<string, string>): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const full of people.values()) {
    const words = full.split(/\s+/);
    const surname = words.at(-1) as string;
    if (words.length < 2 || !expandable(surname)) continue;
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(full));
  }
  const out = new Map<string, string>();
  for (const [surname, names] of bySurname) if (names.size === 1) out.set(surname, [...names][0] as string);
  return out;
}

/**
 * "Opposition Leader Mara is learnt to have asked ...": a first name alone, where one person of the story has it
 * and no one has it as a surname, is that person.
 */
function unambiguousFirstNames(
  people: Map<string, string>,
  surnames: Map<string, string>,
): Map<string, string> {
  const byFirstName = new Map<string, Set<string>>();
  for (const full of people.values()) {
    const words = full.split(/\s+/);
    const first = words[0] as string;
    if (words.length === 2 && expandable(first) && first.length >= 4 && !lexicon().country(first))
      byFirstName.set(first, (byFirstName.get(first) ?? new Set()).add(full));
  }
  const out = new Map<string, string>();
  for (const [first, names] of byFirstName)
    if (names.size === 1 && !surnames.has(first)) out.set(first, [...names][0] as string);
  return out;
}

/** "Jan" is also a month, "Li Wan." carries a full stop: neither is safe to expand. */
function expandable(word: string): boolean {
  return /^[A-Z][a-z'-]{2,}$/.test(word) && !/^[A-Z]/.test(monthOrDay(word));
}
function monthOrDay(word: string): string {
  const w = word.toLowerCase();
  return (
    [...MONTHS, "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].find((m) =>
      m.toLowerCase().startsWith(w),
    ) ?? ""
  );
}

/**
 * A sentence that names a person by surname alone ("Berg threw 89 metres.") reads as the story's full name, so a
 * question cut from it stands on its own: "Ola Berg threw ..." The first mention in the sentence is expanded,
 * and only where the surname is not already part of a longer name.
 * @example withFullNames("Berg threw 89 metres.", new Map([["Berg", "Ola Berg"]])) // "Ola Berg threw 89 metres."
 */
export function withFullNames(
  text: string,
  fullNames: Map<string, string>,
  /** First names, expanded only where a verb follows ("Mara has asked"), never a name or a comma ("in Tromso, Norway"). */
  firstNames: Map<string, string> = new Map(),
): string {
  let out = text;
  // Only the capitalised words of the sentence can be short names: look those up, not every name of the story.
  const words = [...new Set((text.match(/[A-Z][a-z'’-]{2,}/g) ?? []).map((w) => w.replace(/['’]s$/, "")))];
  for (const surname of words) {
    const full = fullNames.get(surname);
    if (!full || out.includes(full)) continue;
    // "Mr Negi said ...", "General Negi took over ...": an honorific goes, a rank stays before the full name.
    out = out
      .replace(
        nameRegExp(
          `h|${surname}`,
          () => `\\b(?:Mr|Mrs|Ms|Shri|Smt)\\.?\\s+${surname}\\b(?![\\w-]|\\s+[A-Z])`,
        ),
        full,
      )
      .replace(
        nameRegExp(
          `r|${surname}`,
          () =>
            `\\b(General|Gen\\.|Admiral|Marshal|Justice|Dr\\.?|Professor|Prof\\.)\\s+${surname}\\b(?![\\w-]|\\s+[A-Z])`,
        ),
        `$1 ${full}`,
      );
    if (out.includes(full)) continue;
    out = out.replace(
      nameRegExp(`s|${surname}`, () => `(?<![A-Z][\\w.'-]*\\s|[\\w-])${surname}(?![\\w-]|\\s+[A-Z])`),
      full,
    );
  }
  for (const first of words) {
    const full = firstNames.get(first);
    if (!full || !out.includes(first) || out.includes(full)) continue;
    // "Tromso sites": the rest of the name written in lower case is a noun phrase, not the person.
    const rest = full.slice(first.length).trim().toLowerCase();
    out = out.replace(
      nameRegExp(
        `f|${first}|${rest}`,
        () =>
          `(?<![\\w-])${first}(?=\\s+(?!(?:in|on|at|of|for|to|and|or|the|a|an|with|from|by|as|${rest})\\b)[a-z]{2,}\\b)`,
      ),
      full,
    );
  }
  return out;
}

/** The patterns that find a short name in a sentence, compiled once for every sentence of the run. */
function nameRegExp(key: string, source: () => string): RegExp {
  let found = nameRegExps.get(key);
  if (!found) {
    if (nameRegExps.size > 5_000) nameRegExps.clear();
    found = new RegExp(source());
    nameRegExps.set(key, found);
  }
  return found;
}
const nameRegExps = new Map<string, RegExp>();

const CONTEST_VERB =
  /^(?:beat|beats|defeated|defeats|thrashed|edged(?: past)?|stunned|outplayed|overcame|won|wins|clinched|lifted|retained|claimed|lost\s+to|lost)\b/;

/**
 * True when a country is a side of a contest in the sentence: the subject of "beat", "won", "clinched" or the
 * object of "beat" / "lost to" ("India beat South Africa ..."), as sports and election reports write it.
 */
function contestSide(text: string, span: AnswerSpan): boolean {
  const after = text
    .slice(span.end)
    .replace(/^'s?\s+(?:team|side|squad)\b/, "")
    .trimStart();
  const before = text.slice(0, span.start).trimEnd();
  return (
    CONTEST_VERB.test(after) ||
    /\b(?:beat|defeated|defeating|beating|thrashed|stunned|lost to|against)$/.test(before)
  );
}

/** The field words of an agency's name that a report writes before "agency": "the space agency". */
const AGENCY_FIELDS = new Set([
  "space",
  "investigation",
  "investigating",
  "intelligence",
  "enforcement",
  "news",
]);

/**
 * Things the story names twice: "the Orca-2 lander, named Skua," makes "Skua" another name of "Orca-2" and the
 * other way round, by the normalised name.
 * @example namedTwice(oneArticle(["The Orca-2 lander, named Skua, carries a rover."])).get("orca 2") // ["Skua"]
 */
export function namedTwice(articles: StoryArticle[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (a: string, b: string) => out.set(normKey(a), [...(out.get(normKey(a)) ?? []), b]);
  let referents: Map<string, string> | undefined;
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of s.text.matchAll(
        /\b([A-Z][\w'’-]*(?:[\s-][A-Z0-9][\w'’-]*){0,3})\s+([a-z]+),\s+(?:named|called|christened|dubbed|also known as)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})/g,
      )) {
        if (!m[1] || !m[2] || !m[3]) continue;
        // "The lander, named Skua": the story's one lander is the first name.
        referents ??= storyReferents(articles);
        const first = /^the$/i.test(m[1]) ? referents.get(m[2]) : m[1].replace(/^The\s+/, "");
        if (!first) continue;
        // "Orca-2 lander" is "Orca-2" too.
        const bare = first.endsWith(` ${m[2]}`) ? first.slice(0, -m[2].length - 1) : first;
        add(first, m[3]);
        if (bare !== first) add(bare, m[3]);
        add(m[3], bare);
      }
  return out;
}

/** A central bank's name: "Reserve Bank of X", "Central Bank of X", "X Central Bank", "Bank of <country>", "Federal Reserve". */
function isCentralBank(name: string): boolean {
  if (lexicon().organisation(name)?.field === "central bank") return true;
  if (
    /^(?:the\s+)?(?:Reserve Bank of [A-Z][\w ]+|Central Bank of [A-Z][\w ]+|[A-Z][\w]+ Central Bank|Federal Reserve|State Bank of Pakistan|Bangladesh Bank|Nepal Rastra Bank)$/.test(
      name,
    )
  )
    return true;
  const of = name.match(/^(?:the\s+)?Bank of ([A-Z][\w ]+)$/)?.[1];
  return of !== undefined && lexicon().country(of) !== undefined;
}

/** Whether two names are one organisation: its acronym and its name in full ("ISRO", "Indian Space Research Organisation"). */
function sameOrg(a: string, b: string): boolean {
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w.charAt(0))
      .join("");
  return a === b || initials(a) === b || initials(b) === a;
}

/** Sentences of an article that name its own news: the title line and the lead. */
const LEAD_SENTENCES = 3;

/** Class nouns a story may write as "the bill", "the council" once it has named the one it means. */
const REFERENT_NOUNS = new Set(
  "bill act law agreement treaty pact accord declaration convention partnership initiative scheme programme mission campaign policy summit conference committee council commission board alliance grouping operation exercise festival report survey census satellite spacecraft rover lander module submarine frigate destroyer missile corridor expressway bridge tunnel prize award games cup championship bank index".split(
    " ",
  ),
);

/**
 * Where the story first names each referent, counting its sentences across its articles in order: -1 for a name a
 * headline gives or that is never written out (a country, a state, "India and Norway"), so it stands from the
 * start.
 */
function firstMentions(articles: StoryArticle[], referents: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  const titles = articles.map((a) => ` ${normKey(a.title ?? "")} `).join(" ");
  const sentences = articles.flatMap((a) => a.sentences.map((x) => ` ${normKey(x.text)} `));
  // Named by all its words in any order: "the Harbour Bill" by "the Harbour (Amendment) Bill, 2031".
  const names = (t: string, words: string[]) => words.every((w) => t.includes(` ${w} `));
  for (const [noun, name] of referents) {
    if (!REFERENT_NOUNS.has(noun)) continue;
    const words = normKey(name).split(" ").filter(Boolean);
    const at = names(titles, words) ? -1 : sentences.findIndex((t) => names(t, words));
    out.set(name, at);
  }
  return out;
}

/** The referents a sentence at `at` may stand for: those the story has named by then. */
function namedBy(
  referents: Map<string, string>,
  first: Map<string, number>,
  at: number,
): Map<string, string> {
  let out: Map<string, string> | null = null;
  for (const [noun, name] of referents)
    if ((first.get(name) ?? -1) > at) {
      out ??= new Map(referents);
      out.delete(noun);
    }
  return out ?? referents;
}

/**
 * For each class noun ("bill", "council", "operation"), the one name of that class the story gives ("the Harbour
 * Bill", "Operation Tide"), when it gives exactly one.
 */
export function storyReferents(articles: StoryArticle[], people?: Map<string, string>): Map<string, string> {
  const names = new Map<string, Set<string>>();
  const unsure = new Set<string>();
  const ctx = people ? { reference: null, people } : BARE_CONTEXT;
  /** The names of each class a lead gives: the story's own bridge, where others are named later beside it. */
  const inLead = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, noun: string, name: string, lead: boolean) => {
    map.set(noun, (map.get(noun) ?? new Set()).add(name));
    if (lead) inLead.set(noun, (inLead.get(noun) ?? new Set()).add(name));
  };
  for (const a of articles)
    for (const [index, s] of a.sentences.entries())
      for (const span of findSpans(s, ctx, true)) {
        const lead = index < LEAD_SENTENCES;
        if (span.type !== "thing" && span.type !== "org") continue;
        // "The 2011 Census was the 15th Census": an edition named by its ordinal is one of several, and "the
        // Census" of a story about another edition is not it (blind reading 21).
        if (/^\d+(?:st|nd|rd|th)\s/.test(span.answer)) continue;
        // "the space agency" is the story's one organisation with "Space" in its name (ISRO, "Indian Space
        // Research Organisation"), named as the story names it first.
        if (span.type === "org")
          for (const word of new Set(
            [span.answer, ...span.aliases]
              .flatMap((n) => n.toLowerCase().split(/\s+/))
              .filter((w) => AGENCY_FIELDS.has(w)),
          ))
            names.set(`${word} agency`, (names.get(`${word} agency`) ?? new Set()).add(span.answer));
        // "the central bank" is the story's one central bank ("Reserve Bank of X", "Central Bank of X", "Bank of
        // <country>").
        if (span.type === "org" && isCentralBank(span.answer))
          names.set("central bank", (names.get("central bank") ?? new Set()).add(span.answer));
        const words = span.answer.split(/\s+/);
        // "the Harbour Bonds scheme": a class noun written in lower case after the name names it with the name.
        // "the Orca rail tunnel": one describing word may come between ("Orca rail tunnel" names a tunnel too, so
        // "the tunnel" of a story naming two is neither).
        const next = s.text.slice(span.end);
        const written = [/^\s+()([a-z]+)\b/, /^\s+([a-z]+\s+)([a-z]+)\b/]
          .map((pattern) => next.match(pattern))
          .find((m) => m?.[2] === span.cls);
        const after = written?.[2] ?? "";
        if (span.type === "thing" && written && REFERENT_NOUNS.has(after)) {
          add(names, after, `${span.answer} ${written[1] ?? ""}${after}`, lead);
          continue;
        }
        const noun = (classOfName(span.answer)?.noun ?? "").split(" ").at(-1) ?? "";
        // "the naval exercise Varuna" beside "Exercise MILAN": a one-word name of the class leaves "the exercise"
        // unsure, though it is never put in for it.
        if (
          words.length < 2 &&
          REFERENT_NOUNS.has(span.cls) &&
          new RegExp(`\\b${span.cls}\\s+$`).test(s.text.slice(0, span.start))
        )
          unsure.add(span.cls);
        if (words.length < 2 || !REFERENT_NOUNS.has(noun)) continue;
        add(names, noun, span.answer, lead);
      }
  const out = new Map<string, string>();
  for (const [noun, set] of names) {
    if (unsure.has(noun)) continue;
    // One organisation named two ways ("ISRO", "Indian Space Research Organisation") is one referent.
    if (noun.endsWith(" agency") || noun === "central bank") {
      const orgs = [...set];
      if (orgs.length === 1 || orgs.every((o) => sameOrg(o, orgs[0] as string)))
        out.set(noun, orgs[0] as string);
      continue;
    }
    // "the bank" of a story that names a central bank besides may be either.
    if (noun === "bank" && names.has("central bank")) continue;
    // "Harbour Bill" and "Harbour (Amendment) Bill" are one bill written twice: the longer names it.
    const one = (names: string[]) => {
      const list = [...names].sort((a, b) => b.length - a.length);
      const longest = list[0] as string;
      return list.every((n) => normKey(longest).includes(normKey(n).split(" ")[0] ?? "")) ? longest : null;
    };
    // "The bridge surpasses the X Setu": of several bridges, the one the leads name is the story's.
    const named = one([...set]) ?? one([...(inLead.get(noun) ?? [])]);
    if (named) out.set(noun, named);
  }
  // "the two countries" of a story whose first sentence to name two countries joins them ("India and Norway").
  for (const a of articles.slice(0, 1))
    for (const sentence of a.sentences.slice(0, 3)) {
      const pair = sentence.text.match(
        /\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?) and ([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/,
      );
      const first = pair?.[1] ? lexicon().country(pair[1]) : undefined;
      const second = pair?.[2] ? lexicon().country(pair[2]) : undefined;
      if (pair && first && second && first !== second && !first.demonyms.includes(pair[1] as string)) {
        out.set("two countries", `${pair[1]} and ${pair[2]}`);
        break;
      }
    }
  // "the tournament" (and "the title") of a story that names one cup, championship or trophy is that one.
  const contests = ["cup", "championship", "trophy", "games"].flatMap((n) =>
    out.has(n) ? [out.get(n) as string] : [],
  );
  if (!out.has("tournament") && contests.length === 1) out.set("tournament", contests[0] as string);
  // "had last won the title in 2023" of a story about one cup is that cup.
  if (!out.has("title") && contests.length === 1) out.set("title", contests[0] as string);
  return out;
}

/**
 * "The bill was passed ..." reads as "The Harbour Bill was passed ..." when the story names one bill, so a
 * question cut from the sentence says what it is about. Only the first mention in a sentence is named.
 * @example withReferents("The bill was passed.", new Map([["bill", "Harbour Bill"]])) // "The Harbour Bill was passed."
 */
export function withReferents(written: string, referents: Map<string, string>): string {
  if (referents.size === 0) return written;
  const named = new Set<string>();
  // "the space agency" when the story names one space organisation: "the space agency ISRO".
  const agency = written.replace(/\b[Tt]he\s+([a-z]+)\s+agency\b(?!\s+[A-Z])/, (whole, field: string) => {
    const name = referents.get(`${field} agency`);
    if (!name || written.includes(name)) return whole;
    // "the Orca Space Agency" for a name that says "Agency" itself.
    return /\bAgency$/.test(name) ? `${whole.split(/\s+/)[0]} ${name}` : `${whole} ${name}`;
  });
  // "The central bank lowered its forecast" when the story names one: "The Reserve Bank of Valdoria lowered ...".
  const bank = referents.get("central bank");
  const banked =
    bank && !agency.includes(bank)
      ? agency.replace(/\b([Tt]he)\s+central\s+bank\b(?!\s+[A-Z])/, (_whole, the: string) => `${the} ${bank}`)
      : agency;
  // "between the two countries" when the story's lead names them: "between India and Norway".
  const two = referents.get("two countries");
  const paired =
    two && !banked.includes(two)
      ? banked.replace(/\b(?:[Tt]he\s+two\s+(?:countries|nations|sides)|both\s+(?:countries|nations))\b/, two)
      : banked;
  // "in the 140-member Assembly" of a story about one state: "in the 140-member Kerala Assembly".
  const state = referents.get("state");
  const assembly =
    state && !paired.includes(state)
      ? paired.replace(
          /\b([Tt]he)\s+((?:\d+-member\s+)?)(?:(Legislative)\s+)?Assembly\b(?!\s+(?:of|for)\s+[A-Z])/,
          (_whole, the: string, size: string, legislative?: string) =>
            `${the} ${size}${state} ${legislative ? "Legislative " : ""}Assembly`,
        )
      : paired;
  const text = withLowerCaseNames(assembly, referents, named);
  // "the bill", and "the Bill" or "the Council's" as reports capitalise them; "the Pacific" is no class noun.
  return text.replace(
    /(?<![A-Z][\w'-]*\s)\b([Tt]he)\s+([A-Za-z]+)\b(?!\s+(?:of|for)\s+[A-Z])(?!\s+[A-Z])/g,
    (whole, the: string, word: string, offset: number) => {
      const noun = word.toLowerCase();
      const name = referents.get(noun);
      if (!name || named.has(noun) || text.includes(name)) return whole;
      if (word !== noun && word !== `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`) return whole;
      named.add(noun);
      // A country or a state takes no article: "the country" becomes "India", "the state's" "Kerala's".
      if (noun === "country" || noun === "state") {
        // "under the State quota", "at the state level": a kind of thing every state has is no one state's
        // (blind reading 8 read a ruling's "State quota" as the story's "Goa quota").
        const after = text.slice(offset + whole.length);
        if (
          /^\s+(?:quotas?|level|list|subjects?|share|cadre|average|pool|highways?|boards?|secretariat|capital|polls?|elections?)\b/i.test(
            after,
          )
        )
          return whole;
        return name;
      }
      const bare = name.replace(/^the\s+/i, "");
      // "Operation Tide", "Mission Orca": a name that opens with its class takes no article.
      if (bare.split(/\s+/)[0]?.toLowerCase() === noun) return bare;
      return `${the} ${bare}`;
    },
  );
}

/**
 * "signed a harbour and fisheries partnership agreement with X": the story's name of three words or more, written in
 * lower case, is that name still, and reads as it ("the Harbour and Fisheries Partnership Agreement"), so a question
 * can ask it by its class. The nouns so named are added to `named`.
 */
function withLowerCaseNames(text: string, referents: Map<string, string>, named: Set<string>): string {
  let t = text;
  for (const [noun, name] of referents) {
    const bare = name.replace(/^the\s+/i, "");
    if (bare.split(/\s+/).length < 3 || t.includes(bare)) continue;
    const lower = new RegExp(`\\b(?:a|an|the)\\s+${escapeRegex(bare.toLowerCase())}\\b`);
    if (!lower.test(t)) continue;
    t = t.replace(lower, `the ${bare}`);
    named.add(noun);
  }
  return t;
}

/** The office the story gives each person it names with one ("Defence Minister X"), keyed by full name and surname. */
function storyOffices(articles: StoryArticle[], people: Map<string, string>): Map<string, string> {
  const ctx: SpanContext = { reference: null, people };
  const out = new Map<string, string>();
  for (const a of articles)
    for (const s of a.sentences) {
      if (!OFFICE.test(s.text)) continue;
      for (const span of findSpans(s, ctx, true)) {
        if (span.type !== "person" || span.roleStart === undefined || !OFFICE.test(span.cls)) continue;
        // "Outgoing Chief Minister X", "former Prime Minister Y": no longer "the Chief Minister" of the story's day.
        const past =
          /^(?:Former|former|then|Outgoing|outgoing)\s/.test(span.cls) ||
          /\b(?:former|outgoing|then|ex-|previous|erstwhile)\s*$/i.test(s.text.slice(0, span.roleStart));
        const held = span.cls.replace(/^(?:Union|Former|former|then|Outgoing|outgoing)\s+/, "").trim();
        const office = past ? `former ${held}` : held;
        if (!out.has(span.answer)) out.set(span.answer, office);
        const surname = span.answer.split(/\s+/).at(-1) ?? "";
        if (surname && !out.has(surname)) out.set(surname, office);
      }
    }
  return out;
}

/** The offices of the story that one person holds, each with that person's full name ("Prime Minister" -> X). */
function soleHolders(offices: Map<string, string>): Map<string, string> {
  const byOffice = new Map<string, Set<string>>();
  for (const [name, office] of offices) {
    if (!/\s/.test(name)) continue;
    const names = byOffice.get(office) ?? new Set<string>();
    names.add(name);
    byOffice.set(office, names);
  }
  const out = new Map<string, string>();
  for (const [office, names] of byOffice) if (names.size === 1) out.set(office, [...names][0] as string);
  return out;
}

/**
 * "Earlier in the day, the prime minister visited X" reads "... Prime Minister Ola Berg visited X" where the story
 * names one holder of that office: a stem cut from the sentence then says who, and when its context is lost the
 * question still does. An office of someone else ("the prime minister of Valdoria") or one the sentence already
 * names the holder of stays as written.
 * @example withOfficeHolders("Later, the prime minister visited Tromso.", new Map([["Prime Minister", "Ola Berg"]])) // "Later, Prime Minister Ola Berg visited Tromso."
 */
export function withOfficeHolders(text: string, holders: Map<string, string>): string {
  if (holders.size === 0 || !/\bthe\s/i.test(text)) return text;
  let out = text;
  for (const [office, name] of holders) {
    if (out.includes(name)) continue;
    const at = out.search(officeReference(office));
    // "under W.C. Plowden, the Census Commissioner": an office written after another name is that person's
    // (blind reading 21 keyed the current holder into an 1881 census).
    if (at < 0 || /\b[a-z]+\s+(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]+,\s+$/.test(out.slice(0, at))) continue;
    out = out.replace(officeReference(office), `${office} ${name}`);
  }
  return out;
}

/**
 * "the prime minister" or "the Prime Minister", not "the Prime Minister Ola Berg" nor "the prime minister's":
 * compiled once per office, since every sentence of a story is read against it.
 */
function officeReference(office: string): RegExp {
  let pattern = officeReferences.get(office);
  if (!pattern) {
    // "Minister of State (Independent Charge)": an office's words are text, never pattern syntax.
    // "the general officer", "the chief guest": an office that is also an adjective is one only with its capital.
    const adjective = /^(?:General|Chief|Major|Principal|Private)$/.test(office);
    const words = office
      .split(/\s+/)
      .map((w) =>
        adjective
          ? escapeRegex(w)
          : /^[A-Za-z]/.test(w)
            ? `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${escapeRegex(w.slice(1).toLowerCase())}`
            : escapeRegex(w),
      );
    pattern = new RegExp(`\\b[Tt]he\\s+${words.join("\\s+")}\\b(?!['’]|\\s+of\\b|\\s+[A-Z])`);
    officeReferences.set(office, pattern);
  }
  return pattern;
}
const officeReferences = new Map<string, RegExp>();

/**
 * "Defence Minister X met his Ruritanian counterpart Y" reads "X met Ruritanian Defence Minister Y": the office
 * a counterpart holds is the one the story gives the person whose counterpart he is, the last person named
 * before ("X"), else the one the sentence is about.
 * @example withCounterparts("Berg met his Ruritanian counterpart, Ola Lind.", new Map([["Berg", "Defence Minister"]]), null) // "Berg met Ruritanian Defence Minister Ola Lind."
 */
export function withCounterparts(text: string, offices: Map<string, string>, topic: string | null): string {
  if (offices.size === 0 || !text.includes("counterpart")) return text;
  return text.replace(
    // The counterpart's rank goes too: "Ruritanian Defence Minister Admiral Y" would ask for an admiral.
    new RegExp(
      `\\b(?:his|her)\\s+(${lexicon().demonymPattern})\\s+counterpart,?\\s+(?:(?:${lexicon().rankPattern})\\.?\\s+)?(?=[A-Z])`,
    ),
    (whole, demonym: string, at: number) => {
      const before = text.slice(0, at);
      const owner = [...offices.keys()]
        .map((name) => ({ name, at: before.lastIndexOf(name) }))
        .filter((x) => x.at >= 0)
        .sort((x, y) => y.at - x.at)[0]?.name;
      const office =
        offices.get(owner ?? topic ?? "") ??
        (topic ? offices.get(topic.split(/\s+/).at(-1) ?? "") : undefined);
      return office ? `${demonym} ${office} ` : whole;
    },
  );
}

/**
 * A minister's title that lists a whole portfolio ("Union Minister of State (Independent Charge) for Harbours and
 * Fisheries; Coasts and Minister of State for Ports, Department of Lighthouses, ... Dr. X") is cut to "Union
 * Minister": a stem cut from it would start in the middle of the list.
 * @example withShortTitle("Union Minister of State for Ports; Fisheries and Minister for Roads, Rail, Posts and Pensions Dr. Ola Berg said ...") // "Union Minister Dr. Ola Berg said ..."
 */
export function withShortTitle(text: string): string {
  return text.replace(
    /\b((?:Union\s+)?Minister)\s+(?:of\s+State\s+)?(?:\([^)]{3,40}\)\s+)?(?:for|of)\s+[^.]{30,260}?\s+(?=(?:Dr\.?\s+|Shri\s+|Smt\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:[a-z]+ed|said|says|announced|congratulated|praised|hailed|thanked|lauded)\b)/,
    (whole, minister: string) =>
      (whole.match(/[,;]/g) ?? []).length >= 2 &&
      // A portfolio is a list of capitalised names: "of Kerala on Wednesday, ending a decade of Left rule in the
      // state, as Governor X administered" is a sentence going on (blind reading 15 read "Chief Union Minister").
      (whole.match(/\b(?!(?:and|of|for|the|state|charge|minister)\b)[a-z]{2,}\b/g) ?? []).length <= 3
        ? `${minister.startsWith("Union") ? minister : `Union ${minister}`} `
        : whole,
  );
}

/**
 * The full name of a person the story names by one word ("Opposition Leader Mara ..."), where only one of its
 * people has that first name or surname; undefined otherwise.
 * @example fullNameIn("Berg", new Map([["ola berg", "Ola Berg"]])) // "Ola Berg"
 */
export function fullNameIn(name: string, people: Map<string, string>): string | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const matches = new Set(
    [...people.values()].filter((full) => {
      const words = full.split(/\s+/);
      return words.length >= 2 && (words[0] === name || words.at(-1) === name);
    }),
  );
  return matches.size === 1 ? [...matches][0] : undefined;
}

/** Collects the people a story names in full, keyed by surname and by full name, for coreference. */
export function storyPeople(articles: StoryArticle[]): Map<string, string> {
  const people = new Map<string, string>();
  // The map grows as the story is read: a surname already known makes "Tomas Lind" a person too.
  const ctx: SpanContext = { reference: null, people };
  for (const a of articles)
    for (const s of a.sentences)
      for (const span of findSpans(s, ctx, true)) {
        if (span.type !== "person") continue;
        const words = span.answer.split(/\s+/);
        if (words.length < 2) continue;
        const surname = (words.at(-1) ?? "").toLowerCase();
        if (!people.has(surname)) people.set(surname, span.answer);
        people.set(span.answer.toLowerCase(), span.answer);
      }
  return people;
}

/** The code of the first country a sentence names, if any. */
function countryInSentence(text: string): string | undefined {
  return lexicon().countriesIn(text)[0]?.code;
}

/** In how many sentences of the story a name (or its surname) appears; figures and dates count once. */
function mentionCount(index: Map<string, number>, answer: string): number {
  if (!/[A-Za-z]{3}/.test(answer) || /^\d/.test(answer)) return 1;
  const key = normKey(answer.split(/\s+/).length > 1 ? (answer.split(/\s+/).at(-1) ?? answer) : answer);
  if (key.length < 3 || key.includes(" ")) return 1;
  return Math.max(1, index.get(key) ?? 0);
}

/** For each word of a story, the number of its sentences that contain it: built once, so ranking stays linear. */
function sentencesPerWord(articles: StoryArticle[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const a of articles)
    for (const s of a.sentences)
      for (const w of new Set(normKey(s.text).split(" "))) index.set(w, (index.get(w) ?? 0) + 1);
  return index;
}

/** "launched in", "a visit to", "was held in": a place after it is where the news happened. */
const EVENT_IN =
  /\b(?:launched|introduced|rolled out|unveiled|held|hosted|inaugurated|visits?|visited|trip|tour|travell?ed|arrived|signed)\b[^.;]{0,30}?\b(?:in|to)\s+$/;
/** A name in a list: a few capitalised words. */
const LIST_NAME = String.raw`(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}`;
/** After the first of three or more names: ", Chennai and Kolkata", ", B, C and D". */
const LIST_AFTER = new RegExp(String.raw`^(?:,\s+${LIST_NAME})+,?\s+and\s+${LIST_NAME}`);
/** After a middle name of such a list: " and Kolkata", ", C and D". */
const LIST_REST = new RegExp(String.raw`^(?:,\s+${LIST_NAME})*,?\s+and\s+${LIST_NAME}`);
/** Before the last name of such a list: "Mumbai, Chennai and ". */
const LIST_BEFORE_LAST = new RegExp(String.raw`${LIST_NAME}(?:,\s+${LIST_NAME})+,?\s+and\s+$`);

/** The name before a middle member of such a list: "Mumbai, ". */
const LIST_BEFORE_MIDDLE = new RegExp(String.raw`${LIST_NAME},\s+$`);

/**
 * Whether a span is one of a list of three or more names ("in Mumbai, Chennai and Kolkata"). The patterns that
 * read back from the span are tried only on the last words before it, and only where a cheap test says a list
 * could end there: most spans are in no list, and an unanchored search over the whole sentence for each was a
 * tenth of the generator's time.
 */
function isListMember(text: string, span: AnswerSpan): boolean {
  const after = text.slice(span.acronymEnd ?? span.end);
  if (LIST_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - 160), span.start);
  if (/\sand\s+(?:the\s+)?$/.test(before) && LIST_BEFORE_LAST.test(before)) return true;
  return /,\s+$/.test(before) && LIST_BEFORE_MIDDLE.test(before) && LIST_REST.test(after);
}

/** How many members of one list in a sentence are asked (each as a blank that shows the others). */
const LIST_BLANKS = 1;

/**
 * Whether a date question keeps the word its date was said of, when the date is in a participle's clause after the
 * main one: the last word of three letters or more before the date ("before departing for Colombo on Thursday" ->
 * "Colombo"), which a question about that deed must still name.
 */
function keepsDatedWord(text: string, span: AnswerSpan, prompt: string): boolean {
  // Only a date in a clause of its own after the main one ("before departing for Colombo on Thursday").
  if (!/\b(?:before|after|while|when|until|till)\s+[a-z]+ing\b[^,;.]{0,60}$/.test(text.slice(0, span.start)))
    return true;
  const before = text
    .slice(0, span.start)
    .replace(/\s*(?:on|in|by|from|since|until|till|before|after|during|of|,)\s*$/i, "")
    .match(/([A-Za-z][\w'’-]{2,})[^A-Za-z]*$/)?.[1];
  if (!before || /^(?:the|and|was|were|has|have|had|will|would|which|that)$/i.test(before)) return true;
  return new RegExp(`\\b${escapeRegex(before)}\\b`, "i").test(prompt);
}

/** ", the first by an Indian Prime Minister in 41 years?": a record aside that ends a question. */
const RECORD_ASIDE = /,\s+the\s+(?:first|only)\b[^,]*\bin\s+(?:over\s+)?\d+\s+(?:years|decades)\?$/;
/** "arrived in X", "a visit to X": a country a leader went to is the news even when the story is all about it. */
const VISITED_IN = /\b(?:visits?|visited|trip|tour|travell?ed|arrived)\b[^.;]{0,30}?\b(?:in|to)\s+$/;

/**
 * Countries a story names in three or more sentences, the most named first: what it is about, never a
 * question's answer.
 */
function homeCountries(articles: StoryArticle[]): Set<string> {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const s of a.sentences) {
      const seen = new Set(
        lexicon()
          .countriesIn(s.text)
          .map((c) => normKey(c.name)),
      );
      for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  return new Set(
    [...counts]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k),
  );
}

/** Where a sentence's clauses part: a comma, or a word that opens a clause of its own. */
const SIDE_CLAUSE = /,\s+|\s+(?:when|while|but|whereas)\s+/;

/**
 * The side each person of a two-sided story plays for: the country its sentences name with the person more often
 * than any other ("Nordland were ... with X and Y", "Valdorian bowlers defended 184 after Z's 68"). A story that
 * names fewer than two countries has no sides; a person named as often with each has none.
 */
export function storySides(articles: StoryArticle[], people: Map<string, string>): Map<string, string> {
  const names = [...new Set(people.values())].filter((p) => p.split(/\s+/).length >= 2);
  const votes = new Map<string, Map<string, number>>();
  const countries = new Set<string>();
  // Read clause by clause: "With Valdoria needing 12, Berg removed Lind when Holm took a catch" puts
  // neither Berg nor Holm on Valdoria's side.
  const clauses = articles.flatMap((a) => a.sentences.flatMap((s) => s.text.split(SIDE_CLAUSE)));
  for (const text of clauses) {
    const here = [
      ...new Set(
        lexicon()
          .countriesIn(text)
          .map((c) => c.code),
      ),
    ];
    for (const code of here) countries.add(code);
    if (here.length !== 1) continue;
    const code = here[0] as string;
    for (const name of names) {
      const surname = name.split(/\s+/).at(-1) ?? name;
      if (!text.includes(surname)) continue;
      const tally = votes.get(name) ?? new Map<string, number>();
      tally.set(code, (tally.get(code) ?? 0) + 1);
      votes.set(name, tally);
    }
  }
  const sides = new Map<string, string>();
  if (countries.size < 2) return sides;
  for (const [name, tally] of votes) {
    const [first, second] = [...tally].sort((x, y) => y[1] - x[1]);
    if (first && (!second || first[1] > second[1])) sides.set(name, first[0]);
  }
  return sides;
}

/** Whether a text names a year before `year`. */
function yearBefore(text: string, year: number): boolean {
  return (text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []).some((y) => Number(y) < year);
}

/**
 * Whether every sentence of the story that names the person (by surname) is about a year before `year`; the
 * sentences come with their normalised keys (` ${normKey(text)} `).
 */
function onlyBefore(sentences: { key: string; text: string }[], person: string, year: number): boolean {
  const surname = ` ${normKey(person.split(/\s+/).at(-1) ?? person)} `;
  // One pass, stopping at the first sentence that names the person outside the past.
  let said = false;
  for (const x of sentences) {
    if (!x.key.includes(surname)) continue;
    if (!yearBefore(x.text, year)) return false;
    said = true;
  }
  return said;
}

/** The story's people not named in the sentence, in a fixed order. */
function peersOf(people: Map<string, string>, sentence: string, answer: string): string[] {
  const named = normKey(sentence);
  const full = [...new Set(people.values())].filter((p) => p.split(/\s+/).length >= 2);
  const peers: string[] = [];
  for (const p of full) {
    if (peers.length >= 12) break;
    if (p !== answer && !named.includes(normKey(p.split(/\s+/).at(-1) ?? p))) peers.push(p);
  }
  return peers;
}

/** The bodies whose names hold a comma, read once. */
let commaBodies: { name: string; short: string }[] | undefined;

/** Drops the dateline and rewrites relative dates: absolute against the article's date, else left out. */
export function prepareSentence(
  text: string,
  reference: Date | null,
  year: number | null = null,
): string | null {
  return remembered(preparedTexts, `${reference?.getTime() ?? ""}|${year ?? ""}|${text}`, () =>
    uncachedPrepareSentence(text, reference, year),
  );
}
/** Sentences as prepared for questions, by the article's date and year and the sentence. */
const preparedTexts = new Map<string, string | null>();

function uncachedPrepareSentence(text: string, reference: Date | null, year: number | null): string | null {
  // "(MENAFN- Harbour Times) The summit ...": a syndication tag, then a dateline.
  let t = text
    .replace(/^\([^)]{2,40}\)\s*/, "")
    .replace(DATELINE_PREFIX, "")
    .trim();
  // "the United Nations Educational, Scientific and Cultural Organization's World Network": a body's name with a
  // comma in it reads as two names (a blank asked "United Nations Educational" as a place); exams write its acronym.
  commaBodies ??= lexicon().organisations.flatMap((o) =>
    o.name.includes(",") && o.short ? [{ name: o.name, short: o.short }] : [],
  );
  for (const o of commaBodies)
    if (t.includes(o.name))
      t = t
        .replace(new RegExp(`\\b[Tt]he\\s+${escapeRegex(o.name)}(?=['’]s\\b)`, "g"), o.short)
        .replaceAll(o.name, o.short);
  // "..., the first by an Indian Prime Minister to the Nordic nation in 41 years": "the Nordic nation" is the
  // country the sentence named, said again; the record reads as well without it.
  t = t.replace(
    /(,\s+the\s+(?:first|only)\s+(?:visit\s+)?by\s+[^,]{3,60}?)\s+to\s+the\s+(?:[A-Za-z-]+\s+){0,2}(?:nation|country|state)\b/,
    "$1",
  );
  // "But X brought ...", "And so Y ...": a connective to the sentence before says nothing to a question.
  t = t.replace(/^(?:But|And|So|Yet|And so|But then)\s+(?=[A-Z0-9])/, "");
  // "The announcement comes after the Centre announced X": "the announcement" is the sentence before's, and
  // what follows "after" is a whole statement of its own.
  t = t.replace(
    /^(?:The|This|That) (?:announcement|decision|move|development|step|news) (?:comes|came) (?:(?:days|weeks|months) )?(?:after|following) (?=(?:the |a |an )?[A-Z][^,]*?\b[a-z]{3,}ed\b)(.)/,
    (_all, first: string) => first.toUpperCase(),
  );
  // "recovered in Bay of Bengal sea": a bay or gulf takes its article, and is no sea besides.
  t = t
    .replace(/\b(in|into|off|across|from)\s+(Bay|Gulf)\s+of\b/g, "$1 the $2 of")
    .replace(/\b((?:Bay|Gulf)\s+of\s+[A-Z][a-z]+)\s+sea\b/g, "$1");
  // "Indian Navy has recovered the module", "the module that Indian Navy recovered": a country's armed service
  // takes its article, as an exam writes it.
  t = t.replace(
    // Not inside a longer name: "the Royal Norwegian Navy".
    // Nor after a count: "aboard two Indian Air Force aircraft".
    /(^|[^\w'’-]\s*)(?<!\b(?:the|The|its|their|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)(?<![A-Z][\w'’-]*\s+)\b([A-Z][a-z]+) (Navy|Army|Air Force|Coast Guard)\b/g,
    (whole, before: string, demonym: string, service: string) =>
      lexicon().country(demonym) ? `${before}${before === "" ? "The" : "the"} ${demonym} ${service}` : whole,
  );
  // "Harbour Convention was signed in 1968", "signatory to Kyoto Protocol": a named convention, treaty or
  // declaration takes its article too.
  t = t.replace(
    /(^|[^\w'’-]\s*)(?<!\b(?:the|The|its|their|a|an|this|This|that|That|[A-Z][\w'’-]*)\s+)\b((?:(?!(?:The|A|An|This|That|These|Its)\s)[A-Z][\w-]*\s+){1,3})(Convention|Treaty|Protocol|Declaration|Accord|Charter)\b(?!\s+(?:of|on)\s+[A-Z])/g,
    (_all, before: string, name: string, noun: string) =>
      `${before}${before === "" ? "The" : "the"} ${name}${noun}`,
  );
  // "Kari Nord, 34, is the youngest ...": a person's age between commas says nothing a question needs.
  // "Kari Nord, 58, a four-time MLA, took oath ...": before a second aside the comma that opens it stays.
  t = t.replace(/\b([A-Z][\w'’-]*),\s+(?:aged\s+)?\d{2},\s+(?=(?:a|an|the)\s+[^,;"]{3,120},)/g, "$1, ");
  t = t.replace(/\b([A-Z][\w'’-]*),\s+(?:aged\s+)?\d{2},\s+(?=[a-z])/g, "$1 ");
  // "got 141 votes in Rajya Sabha": a house of a legislature takes its article, as an exam writes it.
  t = t.replace(
    /\b(in|into|by|from|to|of|at|before)\s+((?:Lok|Rajya|Vidhan)\s+Sabha|Senate|House of (?:Commons|Lords|Representatives)|National Assembly)\b/gi,
    "$1 the $2",
  );
  // "won two bronze in Paris": the medals a count of metals stands for are named, as an exam writes them.
  t = t.replace(
    /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(bronze|silver|gold)(?!\s+(?:medal\w*|and|or)\b)(?=[\s,.;]|$)/gi,
    "$1 $2 medals",
  );
  // "Monday (February 24)", "Sunday, November 17": the date says it; the weekday adds nothing.
  t = t.replace(WEEKDAY_BRACKET_DATE, "$1");
  t = t.replace(WEEKDAY_COMMA_DATE, "$1");
  // "340 000 residents": a space between thousands is one number.
  t = t.replace(/(?<![\d.,])(\d{1,3}) (\d{3})(?=\s+[a-z])/g, "$1,$2");
  // "Next year will mark 90 years since ...": without the article's date the sentence cannot be read right.
  if (!reference && RELATIVE_PERIOD_SUBJECT.test(t)) return null;
  // "Currently, Valdoria is 58th with four medals so far": a running tally that changes by the day, in an article
  // that does not say which day: the key would be wrong by the time it is read (blind reading 24 marked both
  // keys wrong against the final tally).
  // A year is not enough: the tally moves within it.
  if (
    !reference &&
    /^(?:Currently|At present|As of now|Presently),/.test(t) &&
    /\b(?:so far|till now|until now|as yet|tally|standings|table)\b/.test(t)
  )
    return null;
  t = absoluteDates(t, reference, year);
  // A quotation mark left over from a quote that began in an earlier sentence: 'the L1 point".'
  if ((t.match(/["“”]/g) ?? []).length % 2 === 1)
    t = t.replace(/["“”]([.!?]?)$/, "$1").replace(/([.!?])["“”]$/, "$1");
  t = t
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
  if (t.length < 20 || /^["'“•*]/.test(t)) return null;
  // "The declaration introduced six new initiatives:": a sentence of prose that opens a list says its own fact.
  if (/:$/.test(t) && !/\|/.test(t) && wordCount(t) >= 5 && /\b[a-z]{3,}\s+[a-z]{3,}\b/.test(t))
    t = `${t.slice(0, -1)}.`;
  // A standfirst is a sentence of prose printed without its full stop: long, mostly lower-case, no heading marks.
  // A headline is short or title-cased.
  const words = t.split(/\s+/);
  if (
    !/[.!?:]["')]?$/.test(t) &&
    /^[A-Z]/.test(t) &&
    words.length >= 14 &&
    words.filter((w) => /^[a-z]/.test(w)).length >= words.length * 0.6 &&
    !/[|:]/.test(t)
  )
    t = `${t}.`;
  // Headlines, subheads and time stamps are not sentences a question can be cut from.
  // A time inside a sentence of prose ("the first attack was ... at 2.15 am") is part of its news.
  const stamp =
    /\b\d{1,2}[:.]\d{2}\s*(?:AM|PM|IST|GMT)\b/i.test(t) &&
    (wordCount(t) <= 12 || /^(?:updated|published|posted|last updated|first published)\b/i.test(t));
  if (!/[.!?]["')]?$/.test(t) || stamp) return null;
  return t;
}

/**
 * "now" or "currently" in a wh-question, before a verb of how things stand: "Which state now has", "does the force
 * currently operate". Not "has now become" (an event) nor "now known as".
 */
const NOW_INSIDE =
  /(?<=^(?:With reference to [^,]+,\s+)?(?:How many|How much|What|Which|Who)\b[^,"?]{0,60}?)\s+(?:now|currently|presently)(?=\s+(?:has|have|is|are|stands|stand|operates|operate|holds|hold|employs|employ|accounts|account|ranks|rank|covers|cover|houses|house|counts|count)\b)/;

/**
 * The word NOW_INSIDE asks for, spaced on both sides: most questions have none, and the look-behind that anchors
 * NOW_INSIDE at the question's start is read again at every position, so a question without it is not matched.
 */
const NOW_WORD = /\s(?:now|currently|presently)\s/;

/**
 * A wh-question's "now" or "currently" as the date the article was written, at its end: "Which state now has two
 * Ramsar sites?" reads "Which state has two Ramsar sites as of January 2033?" (blind readings 18 and 19: "now"
 * says no when). A blank's quotation stays as written, and so does a question with no date to give.
 * @example asOfNow("How many squadrons does the force currently operate?", "May 2032") // "How many squadrons does the force operate as of May 2032?"
 */
export function asOfNow(question: string, asOf: string | null): string {
  const inside =
    asOf && question.endsWith("?") && !question.includes('"') && NOW_WORD.test(question)
      ? question.match(NOW_INSIDE)
      : null;
  if (inside?.index === undefined) return question;
  const rest = question.slice(0, inside.index) + question.slice(inside.index + inside[0].length);
  return rest.replace(/\?$/, ` as of ${asOf}?`);
}

/**
 * Rewrites relative dates ("on Monday", "yesterday") as dates when the article has one, and leaves them out
 * when it has none; a day and month without a year takes the article's year.
 * @example absoluteDates("The bill passed on Monday.", null) // "The bill passed."
 */
export function absoluteDates(text: string, reference: Date | null, year: number | null = null): string {
  return remembered(datedTexts, `${reference?.getTime() ?? ""}|${year ?? ""}|${text}`, () =>
    uncachedAbsoluteDates(text, reference, year),
  );
}
/** Texts with their dates made absolute, by the article's date and year and the text. */
const datedTexts = new Map<string, string>();

function uncachedAbsoluteDates(text: string, reference: Date | null, year: number | null): string {
  // "Currently, Valdoria is 58th": true on the day it was written, which a dated article says; an article known
  // only by its year says at least that much ("As of 2031, ...").
  const asOf = reference ? monthYear(reference) : year ? String(year) : null;
  let t = asOf ? text.replace(/^(?:Currently|At present|As of now|Presently),\s+/, `As of ${asOf}, `) : text;
  t = asOfNow(t, asOf);
  const relative = RELATIVE_DAY;
  // "will be announced on Wednesday": the Wednesday after the article's day, not the one before.
  t = t.replace(
    relative,
    (whole, day: string | undefined, rel: string | undefined, at: number, all: string) => {
      const phrase = day ?? rel ?? "";
      if (!reference) return "";
      const r = resolveDate(phrase, reference, day !== undefined && weekdayAhead(all, at));
      return r ? `on ${formatDate(r)}` : whole;
    },
  );
  // "from July 24 to August 9, 2036": the year written once is both days'.
  t = t.replace(
    DAY_RANGE_YEAR,
    (_whole, first: string, rest: string, y: string) => `${first}, ${y}${rest}, ${y}`,
  );
  // "on June 15-16, 2025": "on 15-16 June 2025", not a first day with a year and a second left over.
  t = t.replace(
    DAY_LIST_YEAR,
    (_whole, month: string, first: string, rest: string, y: string) => `${first}${rest} ${month} ${y}`,
  );
  const anchor = reference ?? (year ? new Date(Date.UTC(year, 6, 1)) : null);
  // "will retire on November 23": a sentence about the future reads a bare day forward from the article's date,
  // and, when only the article's year is known, leaves it without a year.
  const future = FUTURE.test(t);
  // "observed every year on March 20": a day that comes round each year has no year of its own.
  const yearly = YEARLY.test(t);
  if (anchor && !(future && !reference) && !yearly) {
    // "began operations on April 1, while others will begin in May": only the date's own clause says whether it
    // is still to come.
    const ahead = (at: number, all: string) => {
      const clause =
        all
          .slice(0, at)
          .split(/;|,\s+(?:while|but|and|whereas)\s+/)
          .at(-1) ?? "";
      return future && FUTURE.test(`${clause}${all.slice(at).split(/[;,.]/)[0] ?? ""}`);
    };
    // "in three phases on November 5, 12 and 19": the days of a list share the month, and its year.
    // "The meeting on June 4 and 5 was ..., ahead of the summit India will host": the list's own clause says.
    t = t.replace(DAY_LIST, (whole, month: string, first: string, rest: string, at: number, all: string) => {
      const r = reference
        ? resolveDate(`${month} ${first}`, reference, ahead(at, all))
        : yearOf(`${month} ${first}`, year as number);
      return r ? `${first}${rest} ${month} ${r.year}` : whole;
    });
    // A day and month without a year takes the article's year.
    t = t.replace(MONTH_DAY, (phrase: string, _day: string, at: number, all: string) => {
      const r = reference ? resolveDate(phrase, reference, ahead(at, all)) : yearOf(phrase, year as number);
      return r ? formatDate(r) : phrase;
    });
  }
  // "in June last year", "last month": resolved against the article's date, else left out. A year ("October
  // last year") needs only the year of the article's story, which its dated articles give.
  // "announced in the last one month": a span back from a day the reader does not know; what was done stays true
  // without it. ("Five within a span of one month" is a span the count rests on, and stays.)
  t = t.replace(
    /\s+(?:in|over|during)\s+(?:the\s+)?(?:last|past)\s+(?:one\s+)?(?:week|fortnight|month)\b/g,
    "",
  );
  t = t.replace(
    RELATIVE_PERIOD,
    (whole, month: string | undefined, which: string, unit: string, offset: number) => {
      if (!reference && (unit === "month" || !year)) return "";
      const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
      // "among this year's awardees": a possessive period names its year with no preposition ("2033's").
      const possessive = /^['’]s\b/.test(t.slice(offset + whole.length)) && !/^in\s/i.test(whole);
      // "since January last year", "by December this year", "from last year": a preposition before the period
      // already says how it stands, and takes no "in".
      const governed =
        !/^in\s/i.test(whole) &&
        /\b(?:since|by|from|until|till|before|after|during|of|for|to|through|between|and)\s*$/i.test(
          t.slice(0, offset),
        );
      const at = possessive || governed ? "" : "in ";
      if (unit === "month") {
        if (month || !reference) return whole;
        const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + shift, 1));
        return `${at}${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
      }
      const shifted = (reference?.getUTCFullYear() ?? (year as number)) + shift;
      if (month) return `${at}${month} ${shifted}`;
      if (possessive) return `${shifted}`;
      // "Next year will mark ...": the period is the subject, and takes no preposition.
      return governed || /^\s+(?:will|would|is|was|marks|marked)\b/.test(t.slice(offset + whole.length))
        ? `${shifted}`
        : `in ${shifted}`;
    },
  );
  // "crossed $600 billion in June 2021 and touched $642 billion in September that year": the year is the last one
  // written before it.
  t = t.replace(SAME_YEAR, (whole, month: string, offset: number) => {
    const year = t.slice(0, offset).match(/\b(?:19|20)\d\d\b(?!.*\b(?:19|20)\d\d\b)/)?.[0];
    return year ? `${month} ${year}` : whole;
  });
  return t.replace(/\s+([,.?;])/g, "$1").replace(/\s{2,}/g, " ");
}

/** "September that year", "June of the same year": a month of the year last written before it. */
const SAME_YEAR = new RegExp(`\\b(${MONTHS.join("|")})\\s+(?:of\\s+)?(?:that|the same)\\s+year\\b`, "g");

const FUTURE = /\b(?:will|would|shall|(?:is|are) (?:set|expected|scheduled|due|slated) (?:to|for|on)|next)\b/;

/** "October 19" in a year the article is known to be from. */
function yearOf(phrase: string, year: number) {
  const r = resolveDate(phrase, new Date(Date.UTC(year, 11, 31)));
  return r ? { ...r, year } : null;
}

/** Titles reports write short, as a question writes them in full. */
const SHORT_TITLES: Record<string, string> = {
  FM: "Finance Minister",
  EAM: "External Affairs Minister",
  HM: "Home Minister",
  CJI: "Chief Justice",
  CEC: "Chief Election Commissioner",
};

/** Plain nouns for a group of people or places, which a name before them does not say the kind of. */
const GROUP_NOUNS =
  /^(?:partners?|leaders?|members?|countries|nations|states|officials|teams?|sides?|governments?|authorities|forces|people|citizens|players|fans|delegations?|ministers|nationals|residents|workers|troops|soldiers|staff|areas|regions|cities|villages)$/;

/** Offices a question may name as its wh-phrase. */
const OFFICE =
  /\b(?:Minister|CM|President|Justice|Chief|Secretary|Commissioner|Governor|Chairman|Chairperson|Chair|Speaker|Director|Ambassador|Commander|Colonel|General|Admiral|Marshal|Captain|CEO|Mayor|Chancellor)\b/;

/** Class words in Hindi that names carry, in the English an exam asks them by. */
const ENGLISH_CLASS: Record<string, string> = {
  yojana: "scheme",
  yojna: "scheme",
  abhiyan: "campaign",
  abhiyaan: "campaign",
  // "X Nigam Limited" is a company: its legal form is no class a question asks by.
  limited: "company",
  ltd: "company",
  inc: "company",
  plc: "company",
  llp: "company",
};

/** Class words that are part of a name ("Harbour Ratna", "X Sanhita"): a question asks by their category. */
const NAME_PART_CLASSES = new Set([
  "ratna",
  "vibhushan",
  "bhushan",
  "shri",
  "sanhita",
  "adhiniyam",
  "point",
  // "the T20 World Cup" is a tournament, and asked as one: "which cup" reads as a trophy.
  "cup",
]);

/**
 * Two countries, two cities or two rates the sentence joins with "and" ("launched in Chile and Peru",
 * "slabs of 4 percent and 16 percent"): together they are one answer. Places are asked "In which two countries
 * ...?"; rates by a blank for the pair.
 */
function pairsOf(s: Sentence, spans: AnswerSpan[]): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  // "Orca and Skua submarines were used": two names before one plural class noun are one answer, "Which
  // submarines were used?" (the first name is read as a name only through the noun after the second).
  for (const b of spans) {
    const noun = b.type === "thing" && /^[a-z]+$/.test(b.cls) ? (/s$/.test(b.cls) ? b.cls : `${b.cls}s`) : "";
    if (!noun || !s.text.slice(b.end).startsWith(` ${noun}`)) continue;
    const first = s.text
      .slice(0, b.start)
      .match(/(?<![,]\s)(?<![A-Z][\w-]*\s)\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+and\s+$/);
    const at = first?.index;
    if (!first?.[1] || at === undefined || /,\s*$/.test(s.text.slice(0, at))) continue;
    if (spans.some((x) => x !== b && x.start < b.start && x.end > at)) continue;
    out.push({
      start: at,
      end: b.end,
      answer: `${first[1]} and ${b.answer}`,
      aliases: [`${b.answer} and ${first[1]}`],
      type: "thing",
      cls: b.cls,
      ...(b.detail ? { detail: b.detail } : {}),
      pair: true,
    });
  }
  spans.forEach((a, i) => {
    const b = spans[i + 1];
    if (!b || a.type !== b.type || a.cls !== b.cls) return;
    // "a dual-slab structure of 4 percent and 16 percent": two rates set together are one answer too, and so are
    // two venues of one kind ("A Bird Sanctuary and B Bird Sanctuary").
    const venues =
      a.type === "place" &&
      a.cls === "venue" &&
      a.detail === b.detail &&
      venueNoun(a.answer) === venueNoun(b.answer);
    const places =
      a.type === "place" && (a.cls === "country" || a.cls === "city" || a.cls === "state" || venues);
    if (!places && a.type !== "percent") return;
    if (!/^\s+and\s+$/.test(s.text.slice(a.acronymEnd ?? a.end, b.start))) return;
    // "A, B and C": a list longer than two is not a pair.
    if (/,\s*$/.test(s.text.slice(0, a.start)) || /^\s*,?\s*and\b/.test(s.text.slice(b.acronymEnd ?? b.end)))
      return;
    // "Tide Hills in Kota and Harbour in Bundi": the second is a list's next item, with a place of its own.
    if (
      /^\s+in\s+[A-Z]/.test(s.text.slice(b.acronymEnd ?? b.end)) &&
      /\bin\s+$/.test(s.text.slice(0, a.start))
    )
      return;
    out.push({
      start: a.start,
      end: b.end,
      answer: `${a.answer} and ${b.answer}`,
      aliases: places ? [`${b.answer} and ${a.answer}`] : [],
      type: a.type,
      cls: places ? `${a.cls} pair` : "pair",
      detail: a.detail,
    });
  });
  return out;
}

/** "sanctuary" -> "sanctuaries", "reservoir" -> "reservoirs". */
function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(?:s|sh|ch|x)$/.test(noun)
      ? `${noun}es`
      : `${noun}s`;
}

/**
 * What a venue is, by its own class noun ("Orca Reservoir" is a reservoir, "Tromso Tiger Reserve" a reserve);
 * "venue" for a noun that is part of the name more than a kind ("Bhawan", "Oval").
 */
function venueNoun(name: string): string {
  const noun = classOfName(name)?.noun.toLowerCase() ?? "";
  return VENUE_NOUNS[noun] ?? "venue";
}
const VENUE_NOUNS: Record<string, string> = {
  reservoir: "reservoir",
  lake: "lake",
  dam: "dam",
  sanctuary: "sanctuary",
  "tiger reserve": "tiger reserve",
  reserve: "reserve",
  "national park": "national park",
  wetland: "wetland",
  stadium: "stadium",
};

/** "the Bay of Bengal", "the Arabian Sea": a place that is water is asked as a water body, not a city. */
const WATER_BODY = /\b(?:Bay|Gulf|Sea|Ocean|Strait)\b/;
/** "state", or "union territory" for Delhi or Puducherry, whose options are the other territories. */
function regionNoun(name: string): string {
  return lexicon().regionKindOf(name) === "union territory" ? "union territory" : "state";
}

const WH: Record<string, (span: AnswerSpan) => string> = {
  person: () => "who",
  place: (s) =>
    s.cls === "country pair"
      ? "which two countries"
      : s.cls === "city pair"
        ? "which two cities"
        : s.cls === "state pair"
          ? "which two states"
          : s.cls === "venue pair"
            ? `which two ${plural(venueNoun(s.answer.split(" and ")[0] ?? s.answer))}`
            : WATER_BODY.test(s.answer)
              ? "which water body"
              : `which ${s.cls === "venue" ? venueNoun(s.answer) : s.cls === "state" ? regionNoun(s.answer) : s.cls === "country" ? "country" : "city"}`,
  // "Which navy recovered ...?" leaves one navy among the options: an armed force is asked as a service.
  org: (s) =>
    /^(?:navy|army|air force|coast guard)$/i.test(s.cls)
      ? "which armed service"
      : `which ${s.cls && s.cls.length < 25 ? (ENGLISH_CLASS[s.cls.toLowerCase()] ?? s.cls) : "organisation"}`,
  // "PM Harbour Yojana" is asked "Which scheme ...?": a class word in Hindi is asked in English.
  thing: (s) =>
    s.cls
      ? `which ${ENGLISH_CLASS[s.cls] ?? (NAME_PART_CLASSES.has(s.cls) ? (s.detail ?? s.cls) : s.cls)}`
      : "",
  count: (s) => (s.cls ? `how many ${s.cls}` : ""),
  // A cricket total is asked as a blank: "What score did India post?" reads as commentary.
  // "89.9m" is asked in "how many metres"; a unit written short that is not known here is asked as a blank.
  measure: (s) =>
    s.cls === "score" || s.cls === "Mach"
      ? ""
      : UNIT_WORDS[s.cls.toLowerCase()]
        ? `how many ${UNIT_WORDS[s.cls.toLowerCase()]}`
        : s.cls.length > 3
          ? `how many ${s.cls}`
          : "",
  money: () => "how much",
  percent: (s) => (s.cls === "pair" ? "" : "what percentage"),
  date: (s) => (s.cls === "year" ? "which year" : s.cls === "month" ? "which month" : "which date"),
  ordinal: () => "",
};

/**
 * What a sum is the value of, written before it: "a cost of", "an initial outlay of", "a cash award of". The
 * describing words (group 1) and the noun (group 2) make the question's wh-phrase ("what initial outlay").
 */
const VALUE_NOUN =
  /\b(?:a|an)\s+((?:(?:total|estimated|approximate|initial|overall|annual|additional|cash|financial|one-time)\s+)*)(cost|outlay|budget|allocation|corpus|award|reward|prize|ex gratia|compensation|subsidy|grant|fine|penalty)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$/i;

/** Units written short, in full. */
const UNIT_WORDS: Record<string, string> = {
  m: "metres",
  km: "kilometres",
  cm: "centimetres",
  mm: "millimetres",
  kg: "kilograms",
  ha: "hectares",
  mw: "megawatts",
  gw: "gigawatts",
  kw: "kilowatts",
  sqkm: "square kilometres",
  "sq km": "square kilometres",
};

const BLANK_NOUN: Record<string, string> = {
  person: "name",
  place: "place",
  org: "name",
  thing: "name",
  count: "number",
  measure: "figure",
  money: "amount",
  percent: "figure",
  date: "date",
  ordinal: "ordinal",
};

function questionFor(
  whole: Sentence,
  wholeSpan: AnswerSpan,
  articleId: string,
  original: string,
  salience: number,
  setting: (prompt: string, answer: string, aliases: string[]) => string = (p) => p,
  /** "wh": a wh-question or nothing, for a sentence derived to be asked that way. */
  forms: "any" | "wh" = "any",
): Candidate | null {
  const { sentence: s, span } = inCoreClause(whole, wholeSpan);
  // The clause alone may say too little ("_____ camps were destroyed"): then the whole sentence is asked.
  return (
    questionIn(s, span, articleId, original, salience, setting, forms === "wh" ? "wh" : "any") ??
    (s === whole || forms === "wh"
      ? null
      : questionIn(whole, wholeSpan, articleId, original, salience, setting, "cloze"))
  );
}

/**
 * The organisation a text ends on before "in", when the lexicon knows it: the body whose seat the next place is.
 * @example seatOfBody("scientists at the Harbour Institute in ") // "the Harbour Institute", when the lexicon knows it
 */
export function seatOfBody(before: string): string | null {
  const m = before.match(
    /\b(?:at|of|from)\s+(the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,6})\s+in\s+$/,
  );
  if (!m?.[2] || !lexicon().organisation(m[2])) return null;
  return `${m[1] ?? ""}${m[2]}`;
}

/** A comma that joins clauses or asides: not a figure's ("12,000") nor a date's ("September 14, 2031"). */
// Nor a match's games: "21-17, 19-21, 21-15".
const CLAUSE_COMMA =
  /,(?=\s)(?!\s+(?:whom|who)\b)(?<!\d,)|(?<=\d),(?=\s)(?!\s+(?:19|20)\d\d\b)(?!\s+\d{1,2}-\d{1,2}\b)/g;

/** Where the first comma joining clauses or asides stands, not a place's ("in Harbourtown, Nordland"); -1 if none. */
function clauseComma(text: string): number {
  const places = new Set([...text.matchAll(PLACE_COMMA)].map((m) => (m.index ?? 0) + (m[1] ?? "").length));
  return [...text.matchAll(CLAUSE_COMMA)].map((m) => m.index ?? 0).find((at) => !places.has(at)) ?? -1;
}
/** "in Harbourtown, Nordland amid ...": a town and its region after a preposition, one place. */
const PLACE_COMMA =
  /(\b(?:in|at|from|to|near)\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*),(\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?=\s+[a-z]|\?))/g;

const FIGURES = ["count", "measure", "money", "percent", "ordinal"];

function kindOf(type: AnswerSpan["type"]): Candidate["kind"] {
  if (type === "person") return "who";
  if (type === "place") return "where";
  if (type === "date") return "when";
  return FIGURES.includes(type) ? "how_many" : "which";
}

/** What a question on each type of span is worth: a thing with no class noun is worth 0.7. */
const TYPE_WEIGHT: Record<string, number> = {
  person: 1.6,
  place: 1.3,
  org: 1.1,
  thing: 1.4,
  count: 1.1,
  measure: 1.2,
  money: 1.2,
  percent: 1.1,
  date: 1.0,
  ordinal: 1.2,
};
/** The most a span's question can be worth by its type, whatever its clause makes of the span. */
const BEST_TYPE_WEIGHT: Record<string, number> = {
  ...TYPE_WEIGHT,
  ...Object.fromEntries(FIGURES.map((f) => [f, Math.max(...FIGURES.map((g) => TYPE_WEIGHT[g] ?? 1))])),
};
/** Whether a figure is one of a list of figures in the sentence as written (the clause asked may hold only it). */
function listedFigure(surface: string, original: string): boolean {
  for (let at = original.indexOf(surface); at >= 0; at = original.indexOf(surface, at + 1))
    if (inFigureList(original, { start: at, end: at + surface.length })) return true;
  return false;
}

/** A wh-question reads better than a blank. */
const WH_BONUS = 0.6;

/**
 * The question for a span of a sentence as it stands, wh-fronted where safe, else a blank; null when neither
 * passes.
 */
function questionIn(
  s: Sentence,
  measured: AnswerSpan,
  articleId: string,
  original: string,
  salience: number,
  setting: (prompt: string, answer: string, aliases: string[]) => string,
  /**
   * "cloze": only a blank, where the sentence is the fallback for a clause that said too little and fronting
   * failed. "wh": only a wh-question.
   */
  forms: "any" | "wh" | "cloze" = "any",
): Candidate | null {
  // "in Mumbai, Chennai and Kolkata": one of three places or things asked "In which city ...?" has three right
  // answers; only its blank, which shows the others, asks one.
  // "prizes of Rs 2 lakh, Rs 1.5 lakh and Rs 1 lakh were given to the first, second and third": one figure of a
  // list asked alone is keyed to the wrong member as often as not; only its blank keeps the list's order.
  const inList =
    ((measured.type === "place" || measured.type === "thing") && isListMember(s.text, measured)) ||
    (FIGURES.includes(measured.type) && listedFigure(s.text.slice(measured.start, measured.end), original));
  const blankOnly = forms === "cloze" || inList;
  // "owned by communities, and not by the State Forest Department": what the sentence denies is no fact to key
  // (blind reading 8 asked "By which department are the forests owned?").
  if (
    /\b(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:by|in|at|from|to|of|for|with|the|a|an)\s+){0,2}$/i.test(
      s.text.slice(0, measured.roleStart ?? measured.start),
    )
  )
    return null;
  let span = measured;
  // A question is judged as it will read, with the story's setting in front when it takes one. The same wording
  // is judged, then printed: each is set once (for the span asked; `settled` is cleared if that changes).
  const settled = new Map<string, string>();
  const set = (q: string) => {
    let out = settled.get(q);
    if (out === undefined) {
      out = setting(q, span.answer, span.aliases);
      settled.set(q, out);
    }
    return out;
  };
  // The bracketed acronym after a name gives the name away: it goes with the span.
  const unabbreviated = span.acronymEnd ? s.text.slice(0, span.end) + s.text.slice(span.acronymEnd) : s.text;
  // "in _____, Nordland", "in which city in Nordland": the region after a city leaves one option that fits,
  // so it goes and the city is asked on its own.
  // "_____ in Nordland" for a reservoir: the state leaves one option that fits, so it goes too.
  // "by _____ of Norway": a person's country after the name leaves the one option from it; it goes too.
  const region =
    span.type === "place" && span.cls === "city"
      ? regionAfter(unabbreviated, span.end)
      : span.type === "place" && span.cls === "venue"
        ? stateAfter(unabbreviated, span.end)
        : span.type === "person"
          ? countryAfter(unabbreviated, span.end)
          : "";
  // "ISRO chairman X said ...": an organisation that titles a person is part of the title, not a fact of its own.
  if (
    (span.type === "org" || span.type === "thing") &&
    /^\s+(?:chairman|chairperson|chief|head|spokesperson|spokesman|director|secretary|CEO)\s+[A-Z]/i.test(
      s.text.slice(span.acronymEnd ?? span.end),
    )
  )
    return null;
  // "General Officer Commanding": a capitalised participle inside a title is a word of the title, not a name.
  if (/^[A-Z][a-z]+ing$/.test(span.answer) && /[A-Z][a-z]+\s+$/.test(s.text.slice(0, span.start)))
    return null;
  // "in _____ district": a district is offered no districts (the data has none), and cities would not do.
  if (span.type === "place" && /^\s+district\b/i.test(unabbreviated.slice(span.end))) return null;
  const stemText = unabbreviated.slice(0, span.end) + unabbreviated.slice(span.end + region.length);
  let prompt: string | null = null;
  let form: "wh" | "cloze" = "wh";
  // A person written with a role is asked by the role: "Which Prime Minister announced ...?"
  // An office asks by itself ("Which Prime Minister ...?"); a calling ("wrestler") would point at the one
  // wrestler among the options, so it asks "Who".
  // "FM X" asks "Which Finance Minister ...?": a title written short is an office written in full, unless it
  // was a former one ("Former FM X" is asked "Who ...?").
  // An outgoing holder still holds the office ("Which Chief Minister submitted her resignation ...?").
  const wasFormer =
    span.roleStart !== undefined &&
    /\b(?:former|then)\s+/i.test(stemText.slice(Math.max(0, span.roleStart - 12), span.start));
  const office = (!wasFormer && SHORT_TITLES[span.cls]) || span.cls;
  const roleWh = span.type === "person" && span.roleStart !== undefined && OFFICE.test(office);
  // The home country's head is asked "Who administered the oath ...?": "Which President" would leave one
  // president among the options (the story's other office holders), giving the key away.
  const head = roleWh && headOfHomeGovernment(s.text, span);
  // "FM X announced", "Former CJI X recommended": a title that is no office still goes with the name, and so
  // does a "former" before the role; the person is asked "Who ...".
  const titled = span.type === "person" && span.roleStart !== undefined;
  const roleFrom = titled ? (span.roleStart as number) : span.start;
  const former = titled
    ? (stemText.slice(0, roleFrom).match(/\b(?:former|outgoing|then)\s+$/i)?.[0] ?? "")
    : "";
  // "Ruritanian Defence Minister X" is asked "Which Ruritanian Defence Minister ...?": the office alone has many
  // holders.
  const demonym = roleWh ? stemText.slice(0, roleFrom - former.length).match(/\b([A-Z][a-z]+)\s+$/) : null;
  const written = roleWh ? stemText.slice(roleFrom, span.start).match(/^([A-Z][a-z]+)\s+/) : null;
  const nationality =
    demonym && lexicon().country(demonym[1] ?? "")
      ? (demonym[0] ?? "")
      : written && lexicon().country(written[1] ?? "") && !span.cls.startsWith(written[1] ?? "")
        ? (written[0] ?? "")
        : "";
  const askStart =
    roleFrom - former.length - (demonym && nationality === demonym[0] ? nationality.length : 0);
  // "World champion X won ...", "In the final, shooter X won ...": a calling before a subject goes with it, and
  // the person is asked by it, "Which badminton player won ...?" (the options are of the calling too).
  const calling =
    span.type === "person" && span.roleStart === undefined
      ? stemText
          .slice(0, askStart)
          // "Eminent Hindi poet and novelist X": two callings joined by "and" are one.
          .match(
            /^((?:[^,"]{0,60},\s+)?(?:[Tt]he\s+)?)((?:[A-Za-z-]+\s+){0,2}(?:[a-z-]+\s+and\s+)?([A-Za-z-]+)\s+)$/,
          )
      : null;
  // "Wrestler X has won ..." opens the sentence with the calling capitalised, read as a title: it is still a
  // calling, and the person is asked by it ("Which wrestler won ...?").
  const titleCalling =
    titled && !roleWh && !former && /^[A-Z][a-z]+\s+$/.test(stemText.slice(roleFrom, span.start))
      ? stemText.slice(roleFrom, span.start)
      : "";
  const called =
    calling?.[3] && isPersonNoun(calling[3])
      ? (calling[2] as string)
      : titleCalling && isPersonNoun(titleCalling.trim())
        ? titleCalling
        : "";
  // "began the fifth edition of the bilateral maritime exercise X": the edition and its class noun go with the
  // name, and the thing is asked by its class ("Which exercise did ... begin?").
  const edition =
    span.type === "thing" && span.cls
      ? (stemText
          .slice(0, askStart)
          .match(
            new RegExp(
              `\\bthe\\s+(?:[\\w-]+\\s+)?edition\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}${span.cls}\\s+$`,
            ),
          )?.[0] ?? "")
      : "";
  // "a total of 31 sites were added": a quantifier that only stresses an exact figure goes with it ("How many
  // sites were added ...?"). "About", "over" and "up to" say something of the figure and stay.
  // "has won the 2031 Harbour Prize for her novel": the edition's year goes with the name it dates ("Which prize
  // did X win for her novel?"); left behind, it strands "the 2031" before the fronted phrase.
  const editionOfName =
    span.type === "thing" && !edition
      ? (stemText.slice(0, askStart).match(/(?<=\b(?:the|its|their)\s)(?:19|20)\d\d\s+$/)?.[0] ?? "")
      : "";
  const quantifier = ["count", "measure", "money", "percent"].includes(span.type)
    ? (stemText
        .slice(0, askStart)
        .match(/(?:^|(?<=\s))(?:[Aa] total of|[Aa]s many as|[Jj]ust|[Oo]nly)\s+$/)?.[0] ?? "")
    : "";
  // "signed in Tromso, Valdoria, in 1968": a country after its city is asked with the city's place taken too,
  // "In which country was X signed in 1968?" (the city left in the question would be an in-place aside).
  const cityBefore =
    span.type === "place" && span.cls === "country"
      ? (stemText
          .slice(0, askStart)
          .match(/(?<=\b(?:in|at|from|to|near)\s)(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,\s+$/)?.[0] ?? "")
      : "";
  // "The second Orca class submarine INS Skua was commissioned ...", "India's workhorse rocket PSLV placed ...": a
  // description that opens the clause and ends in a class noun goes with the name it describes, and the thing is asked by that noun ("Which submarine was
  // commissioned ...?").
  const description =
    span.type === "thing" && !edition
      ? stemText
          .slice(0, askStart)
          .match(
            /^(?:[Tt]he|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w-]*(?:[\s-][Cc]lass)?\s+)?([a-z]{4,})\s+$/,
          )
      : null;
  const describedAs =
    description?.[1] && lexicon().suffixClass(description[1]) && !isPersonNoun(description[1])
      ? description
      : null;
  // "India's Orca-2 lander touched down ...": a country's possessive before a thing that opens its clause (cut from
  // the stem by coreClause) says what the question is about: the thing is asked by the country's demonym ("Which
  // Indian lander touched down ...?").
  const owner =
    ["thing", "org"].includes(span.type) && askStart === 0
      ? original.match(
          new RegExp(
            `(?:^|[.;:]\\s+)((?:[A-Z][\\w-]*\\s+)?[A-Z][\\w-]*)['’]s\\s+${escapeRegex(span.answer)}\\b`,
          ),
        )
      : null;
  const ownerDemonym = owner?.[1] ? (lexicon().country(owner[1])?.demonyms[0] ?? "") : "";
  const callingStart =
    askStart -
    // A title's calling already lies after askStart.
    (called === titleCalling ? 0 : called.length) -
    edition.length -
    quantifier.length -
    editionOfName.length -
    cityBefore.length -
    (describedAs?.[0].length ?? 0);
  // "X, a 1994-batch cadre officer, has been appointed ...": the subject's aside says what X is, and the question
  // asks by it, "Which 1994-batch cadre officer has been appointed ...?" (ask leaves the aside out).
  const aside =
    span.type === "person" && span.roleStart === undefined && !called && callingStart === 0
      ? stemText.slice(span.end).match(/^,\s+(?:a|an)\s+([^,;"()]{3,70}?),\s+(?=[a-z])/)?.[1]
      : undefined;
  const described =
    aside && isPersonNoun(aside.split(/\s+/).at(-1) ?? "") && !/\b(?:who|which|that|whose)\b/.test(aside)
      ? aside
      : "";
  // The stem's own tokens: a cut acronym ("X (UPI) services") moved the words after it.
  const stem = stemText === s.text ? s : (annotateSentence(stemText) ?? s);
  const next = stem.tokens.find((t) => t.start >= (span.blankEnd ?? span.end));
  const afterNext = next && stem.tokens.find((t) => t.start >= next.end);
  // "entered the Lantern orbit", "on a Harbour Express train": the name's own class noun goes with it, and the
  // question asks "Which orbit ...?".
  const isOwnNoun = (t: typeof next) =>
    t !== undefined &&
    /^[a-z]+$/.test(t.text) &&
    t.text.replace(/s$/, "") === span.cls.toLowerCase().replace(/s$/, "");
  // "its Orca-3 weather satellite": one word that describes the class noun goes with it ("Which weather
  // satellite ...?").
  // "the Orca-5 earth observation satellite": two such words ("Which earth observation satellite ...?").
  const third = afterNext && stem.tokens.find((t) => t.start >= afterNext.end);
  const describedNoun =
    next !== undefined && /^[a-z]+$/.test(next.text) && !isOwnNoun(next) && isOwnNoun(afterNext)
      ? afterNext
      : next !== undefined &&
          afterNext !== undefined &&
          /^[a-z]+$/.test(next.text) &&
          /^[a-z]+$/.test(afterNext.text) &&
          ["NOUN", "ADJ"].includes(next.pos) &&
          ["NOUN", "ADJ"].includes(afterNext.pos) &&
          isOwnNoun(third)
        ? third
        : undefined;
  // "launched UPI services in X": a name that says which services the plain noun after it are is asked by that
  // noun, "Which services did ... launch in X?"; never a group of people ("Quad partners", "Valdoria's leaders").
  const attributive =
    next !== undefined &&
    describedNoun === undefined &&
    span.type === "thing" &&
    // "services in X" may be tagged a verb: a plural before a preposition is the noun.
    (next.pos === "NOUN" || (/s$/.test(next.text) && afterNext?.pos === "ADP")) &&
    /^[a-z]{4,}$/.test(next.text) &&
    !isPersonNoun(next.text) &&
    !GROUP_NOUNS.test(next.text) &&
    !/^['’]/.test(stemText.slice(next.end));
  // "the HIPO report noted ...": an acronym before what a body publishes or says is the body's, and "Which report
  // noted ...?" would be keyed to the body.
  const publisher =
    /^[A-Z]{2,}$/.test(span.answer) &&
    /^(?:report|reports|statement|statements|data|study|survey|website|release|estimates?)$/.test(
      next?.text ?? "",
    );
  const ownNoun =
    span.type === "thing" &&
    span.blankEnd === undefined &&
    !publisher &&
    (isOwnNoun(next) || describedNoun !== undefined || attributive) &&
    next !== undefined &&
    /^\s+$/.test(stemText.slice(span.end, next.start)) &&
    // "took an X train and two ferries": one of two things taken is no phrase to front alone. A comma before a
    // participle ("struck down the X scheme, holding that ...") ends the clause, not a list.
    !/^\s*(?:,(?!\s+[a-z]+ing\b)|and\b|or\b|as well as\b)/.test(stemText.slice((describedNoun ?? next).end))
      ? (describedNoun ?? next)
      : undefined;
  const whBase = head
    ? "who"
    : roleWh
      ? `which ${wasFormer ? "former " : ""}${nationality}${serviceOfRank(office) ?? office}`
      : called
        ? `which ${calledAs(called)}`
        : described
          ? `which ${described}`
          : edition
            ? `which ${span.cls}`
            : describedAs
              ? `which ${describedAs[1]}`
              : ownNoun
                ? `which ${stemText.slice(next?.start ?? ownNoun.start, ownNoun.end)}`
                : (WH[span.type]?.(span) ?? "");
  // "Which akademi ...?": a name's own spelling of its class noun is asked in English ("Which academy ...?").
  const whText = (
    ownerDemonym && /^which /.test(whBase) ? whBase.replace(/^which /, `which ${ownerDemonym} `) : whBase
  )
    .replace(/\bakademi\b/, "academy")
    .replace(
      /^which (yojana|yojna|abhiyaa?n)\b/,
      (_all, noun: string) => `which ${ENGLISH_CLASS[noun] ?? noun}`,
    );
  // Wh-fronting only where it is safe: the span is its clause's subject, or the object of a preposition.
  // "launched India's UPI services": the possessor goes with the name its noun is asked by ("Which services
  // did ... launch?").
  const possessed = ownNoun
    ? (stemText.slice(0, callingStart).match(/(?<=\s)(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$/)?.[0] ?? "")
    : "";
  const askFrom = callingStart - possessed.length;
  const before = stemText.slice(0, askFrom);
  // "income of up to Rs 9 lakh": "up to" belongs to the figure; fronting it gives "To how much ...".
  // "in Ruritania district": the name is part of a longer place, which the question would have to ask whole.
  // "on the sidelines of X Defence Ministers' Meeting": X names whose meeting it was, inside the meeting's name.
  const insideName =
    /^\s+(?:district|state|region|sea|ocean|city|area|village|town|province|county|division|zone|valley|basin)\b|^\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:[Mm]eeting|[Mm]eet|[Ss]ummit|[Cc]onference|[Ff]orum|[Dd]ialogue|[Ss]ession)\b/.test(
      stemText.slice(span.end),
    );
  // "X's name", "the grouping's efforts": a possessor is no phrase to front either.
  const possessor = /^['’]s\b/.test(stemText.slice(span.blankEnd ?? span.end));
  // "a ceremony held at X", "the meeting chaired by X": the phrase belongs to a participle inside a noun
  // phrase; fronting it leaves "... in a ceremony held?".
  const reducedRelative =
    /\b(?!(?:was|were|is|are|been|be|being|has|have|had|will|would|also|already|just|recently|later|then|successfully|formally|officially|last|first|earlier|again|finally|jointly|newly|once|eventually|subsequently|previously|originally|reportedly|duly)\s)[a-z]{3,}\s+(?:[a-z]+(?:ed|en)|held|built|made|set|led|run|won|kept|found|laid|hit|put)\s+(?:at|in|on|by|from)\s+(?:the\s+)?$/.test(
      before,
    ) ||
    // "the Constitution Bench headed by then CJI X opined ...": a capitalised noun's agent, too.
    /\b[A-Z][a-z]{2,}\s+(?:headed|led|chaired|presided\s+over|founded|backed|funded|sponsored|organi[sz]ed|moderated)\s+by\s+(?:the\s+)?$/.test(
      before,
    );
  // "ISRO scientists": a name that modifies the noun after it is no phrase of its own to front.
  // "a $5 billion deal": a figure before the thing it is the value of, whichever way the tagger read the noun.
  const dealValue =
    span.type === "money" &&
    /^(?:deal|contract|agreement|order|package|investment|loan|project|fund|plan|scheme|commitment|pact)$/i.test(
      next?.text ?? "",
    );
  // "the 22 April Tromso terror attack": a date before the event it names is no phrase of the verb's.
  // "the 14.6-km X tunnel": a figure joined to its unit by a hyphen describes the noun after it, and is no
  // phrase of the verb's ("How many kilometres did X inaugurate the tunnel?").
  const hyphenated = /\d-[a-z]+$/i.test(span.answer) && /^\s+[A-Za-z]/.test(stemText.slice(span.end));
  // "the 2032 Harbour Cup": a year before an event's name says which edition.
  // "struck down a 2030 law" too: a year between a determiner and its noun says which law.
  const editionYear =
    span.type === "date" &&
    /^\d{4}$/.test(span.answer) &&
    /\b(?:the|a|an|its|their|this|next|last)\s+$/i.test(stemText.slice(0, span.start)) &&
    /^\s+(?:[A-Z]|(?!(?:and|or|to|in|on|at|by|for|with|from|as|was|were|is|are|has|had|have|will)\b)[a-z]{3,})/.test(
      stemText.slice(span.end),
    );
  const modifier =
    dealValue ||
    hyphenated ||
    editionYear ||
    datedEvent(stemText, span) !== null ||
    (!ownNoun &&
      // "a similar 75% quota law": a percentage's blank ends where the span does, and the noun after it is
      // described by it.
      (span.blankEnd === undefined || span.type === "percent") &&
      next?.pos === "NOUN" &&
      /^[a-z]/.test(next.text) &&
      span.type !== "date" &&
      // "X shares the ...": a verb the tagger took for a plural noun.
      !(/s$/.test(next.text) && afterNext?.pos === "DET"));
  // "grew from 87 million tonnes in 2020 to 165 million tonnes in 2030": each year is its figure's, not the
  // verb's. Fronted, either asks something else ("In which year did traffic grow from 87 to 165 million tonnes in
  // 2030?").
  const figureYear =
    (span.type === "date" && /\d[\d,.]*(?:\s+[a-z%]+){0,2}\s+(?:in|as of)\s+$/.test(before)) ||
    (FIGURES.includes(span.type) &&
      /^\s+(?:in|as of)\s+(?:19|20)\d\d\b/.test(stemText.slice(span.end)) &&
      /\b(?:from|to)\s+(?:[^\s]+\s+){0,2}$/.test(before));
  // "served as chief from 2024 to 2027": either end of a span of years asks half of it ("From which year did X
  // serve as chief to 2027?").
  const spanEnd =
    span.type === "date" &&
    ((/\bfrom\s+$/.test(before) && /^\s+(?:to|till|until)\s+\S/.test(stemText.slice(span.end))) ||
      /\bfrom\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:to|till|until)\s+$/.test(before));
  // "built at a cost of Rs 3,100 crore": the figure is asked "At what cost was it built?"; "approved X with an
  // outlay of Rs 900 crore" "With what outlay did ... approve X?"; "announced a cash award of Rs 3 lakh for each
  // player" "What cash award did ... announce for each player?". What the money is says what to ask.
  const valued = span.type === "money" ? before.match(VALUE_NOUN) : null;
  const beforeValue = valued ? before.slice(0, before.length - valued[0].length) : "";
  const cost =
    valued &&
    (/\b(?:at|with|for)\s+$/i.test(beforeValue) ||
      /^(?:[^,]{0,60},\s+)?$/.test(beforeValue) ||
      /\b(?:[a-z]{3,}ed|gave|paid|set\s+aside|won|got|sought|made)\s+$/.test(beforeValue))
      ? valued
      : null;
  const costWh = cost ? `what ${(cost[1] ?? "").toLowerCase()}${(cost[2] ?? "").toLowerCase()}` : "";
  // "as part of the X": a preposition of several words, whatever article the name takes after it.
  const beforeArticle = before.replace(/\b(?:the|a|an)\s+$/i, "");
  const safe =
    !figureYear &&
    !spanEnd &&
    // "published every two years": a frequency, which "How many years is it published?" misreads.
    !/\bevery\s+$/i.test(before) &&
    !(span.type === "percent" && shareTrails(stemText, span.end)) &&
    !insideName &&
    !modifier &&
    !possessor &&
    !reducedRelative &&
    // "shared footage that demonstrated strikes on camps in X": X sits inside a relative clause, not on the verb.
    !/\b(?:that|which|who)\s+[a-z]+(?:ed|s)\b/.test(before) &&
    !/\bup\s+(?:to\s+)?$/i.test(before) &&
    !(span.type === "date" && dateOfAnother(before, stemText.slice(span.end))) &&
    // "holds the largest reserves, estimated at 2.1 million tonnes": the figure is the reserves', not the verb's.
    !/,\s+[a-z]+(?:ed|en)\s+(?:at|to)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$/.test(before) &&
    // "filed with facilitation from X", "the release by X": a phrase after an abstract noun belongs to the noun;
    // fronted, it leaves "... filed with facilitation?".
    // "in the presence of X" is one preposition.
    (COMPLEX_PREPOSITION.test(beforeArticle) ||
      !/\b[a-z]{3,}(?:tion|ment|ance|ence)\s+(?:from|by|of|with)\s+(?:the\s+)?$/.test(before)) &&
    // "necessitated by the resignation of X on 21 July": the date is the resignation's, not the verb's.
    !(
      span.type === "date" &&
      /\b[a-z]{3,}(?:tion|ment|ance|ence|ure|al|ath)\s+of\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:on|in)\s+$/.test(
        before,
      )
    ) &&
    // "topped the index, followed by X": X is no agent; "By which country did ... top the index?" says the opposite.
    !/\bfollowed\s+by\s+(?:the\s+)?$/i.test(before) &&
    // "served in the Finance Ministry and at the X Fund in Y": one of two joined phrases is no phrase to front.
    !/\band\s+(?:at|in|on|with|from|to|for)\s+(?:the\s+)?$/i.test(before) &&
    !/^\s+and\s+(?:at|in|on|with|from|to|for)\s/.test(stemText.slice(span.end)) &&
    (/^(?:[^,]{0,60},\s+)?(?:the\s+)?$/i.test(before) ||
      /\b(?:in|at|on|from|by|with|during|since|against|under|into|to|among|across|within)\s+(?:the\s+)?$/i.test(
        before,
      ) ||
      // "on a Harbour Express train": a name with its own class noun after an indefinite article.
      (ownNoun !== undefined &&
        /(?:^|\b(?:in|at|on|from|by|with|aboard|into)\s+)(?:a|an)\s+$/i.test(before)) ||
      COMPLEX_PREPOSITION.test(beforeArticle) ||
      cost !== null ||
      // "launched its X weather satellite": a name asked with its class noun takes the possessive's place too.
      isDirectObject(stem, askFrom, ownNoun !== undefined) ||
      // "X's best throw was (also) a 89.9m": the figure a copula gives its subject.
      (["measure", "money", "percent", "count"].includes(span.type) &&
        /\b(?:is|are|was|were)\s+(?:(?:also|only|just)\s+)?(?:(?:a|an)\s+)?(?:[a-z]+\s+)?$/.test(before)));
  // Who said, tweeted, hailed or congratulated is not what the news is, however it is asked (blind readings 5-7
  // rejected every one): the exam asks what was said or done.
  // An office holder who announced a result ("Which ISRO Chief announced the success of ...?") is still asked,
  // as a wh-question only.
  const speaker = span.type === "person" && speaks(s.text, span.end, span.roleStart ?? span.start);
  if (speaker && !announces(s.text, span.end)) return null;
  if (whText && safe && !blankOnly) {
    // The stem is the sentence already read, unless an acronym was cut from it: no second reading by wink-nlp.
    // "met on February 24 evening": the part of the day goes with the date it qualifies.
    const partOfDay =
      span.type === "date"
        ? (stemText.slice(span.end).match(/^\s+(?:morning|evening|night|afternoon)\b/)?.[0] ?? "")
        : "";
    // "won with 54.3 per cent of the vote": what the share is of goes with it ("With what percentage of the vote
    // did X win ...?"), not left behind the verb.
    // "exported 5 million tonnes of rice": what a quantity is of goes with it too ("How many tonnes of rice
    // did X export?").
    const share =
      span.type === "percent"
        ? shareOf(stemText, span.end)
        : ["count", "measure", "money"].includes(span.type)
          ? quantityOf(stemText, span.end)
          : "";
    const q = ask(
      stemText,
      {
        start: askFrom - (cost?.[0].length ?? 0),
        // "Rs 4 lakh each for the families": "each" is the sum's, and goes with it.
        end: ownNoun
          ? ownNoun.end
          : span.end +
            partOfDay.length +
            share.length +
            (cost ? (stemText.slice(span.end).match(/^\s+each\b/)?.[0].length ?? 0) : 0),
      },
      cost ? costWh : `${whText}${share}`,
      "",
      stem.text === stemText ? stem : undefined,
    );
    // "..., the first by an Indian Prime Minister in 41 years?": a record is what makes the answer the only one,
    // and takes a few words more.
    const record = q !== null && RECORD_ASIDE.test(q);
    prompt = q ? withoutTrailingPhrases(polish(q, span), record ? 28 : 24) : null;
    if (prompt && q && !keepsItsVerb(q, prompt, stem)) prompt = null;
    // A fronted question that keeps commas (not a figure's: "12,000", nor a date's: "September 14, 2031", nor a
    // place's: "held in Harbourtown, Nordland amid ...") or runs long has kept more than one clause. What follows
    // the first such comma is an aside ("... into its orbit, some 2.5 million km from the Earth?") and goes, when
    // the question before it is whole; otherwise a blank reads better.
    const comma = prompt ? clauseComma(prompt) : -1;
    // "Which alliance did X launch, at an event called Y?": a comma before the one phrase that says where or
    // when is a writer's pause, not a second clause; it goes and the phrase stays. One about something of
    // someone's (", in the agency's second successful launch in 2032") is an aside.
    const pause =
      prompt && comma >= 0
        ? prompt.slice(comma).match(/^,\s+(?=(?:at|in|on|during)\s(?![^,]*['’]s\b)[^,]*\?$)/)
        : null;
    if (prompt && pause) prompt = `${prompt.slice(0, comma)} ${prompt.slice(comma + pause[0].length)}`;
    else if (prompt && comma >= 0 && !(record && RECORD_ASIDE.test(prompt.slice(comma)))) {
      const cut = `${prompt.slice(0, comma)}?`;
      // "How many sites were added to the list, however, during 2001 to 2012?": an aside that says when is no
      // aside; without it the figure would be of no period (and take the article's month).
      const when = /\b(?:1[89]|20)\d\d\b/.test(prompt.slice(comma)) && !/\b(?:1[89]|20)\d\d\b/.test(cut);
      // "Who became X, beating Y in the tie-break on 10 May 2031?": a date the aside ends with is the clause's,
      // put there only because it goes last; it stays with the clause.
      const dated = when
        ? prompt.slice(comma).match(/\s+((?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4})\?$/)?.[1]
        : undefined;
      const kept = dated ? `${cut.slice(0, -1)} ${dated}?` : cut;
      prompt =
        wordCount(kept) >= 7 && (!when || dated) && !/\b(?:and|or|of|to|the|a|an)\?$/.test(cut) ? kept : null;
    }
    if (prompt && prompt.split(/\s+/).length > (record ? 28 : 24)) prompt = null;
    // A setting in front takes words of its own: the question may lose trailing phrases to make room for it.
    for (const room of [21, 18, 15]) {
      if (!prompt || !q || passesGate(set(prompt), span.answer, span.aliases)) break;
      const shorter = withoutTrailingPhrases(polish(q, span), room);
      if (
        shorter &&
        shorter !== prompt &&
        keepsItsVerb(q, shorter, stem) &&
        passesGate(set(shorter), span.answer, span.aliases)
      )
        prompt = shorter;
    }
    if (prompt && !passesGate(set(prompt), span.answer, span.aliases)) prompt = null;
    // "... call on Y on Wednesday and visit Z before departing for Colombo on Thursday": a date asked of a clause
    // the question has cut away would be keyed to the wrong deed.
    if (prompt && span.type === "date" && !keepsDatedWord(stemText, span, prompt)) prompt = null;
  }
  if (prompt && namesCountry(prompt, span)) prompt = null;
  // "BAS-3 and BAS-4 are to be launched in 2033 and 2034 respectively": a question that drops "respectively"
  // asks one year of both (blind reading 19); only the blank, which keeps the whole pairing, asks it.
  if (prompt && /\brespectively\b/i.test(original) && !/\brespectively\b/i.test(prompt)) prompt = null;
  // The blanks are worded only when no wh-question passed: most spans need one of the two, never both.
  const clozeFor = (maxWords: number) => {
    const q = cloze(stemText, span, maxWords, original);
    return q !== null && passesGate(set(q), span.answer, span.aliases) && !namesCountry(q, span) ? q : null;
  };
  if (speaker && !prompt) return null;
  // "Prime Minister _____ headed the committee": the home head of government's blank leaves one sitting head
  // among the options (blind reading 36); only a wh-question ("Who headed ...?") asks it.
  if (head && !prompt) return null;
  // Two things asked as one are asked by a question or not at all: each has its own blank.
  if ((span.pair || forms === "wh") && !prompt) return null;
  // "X has been appointed Y, the ministry said on _____": the day a source spoke is no date of the news, and its
  // blank (asked in place "..., the ministry said on which date?") reads as trivia about the report.
  if (
    !prompt &&
    span.type === "date" &&
    /,\s+(?:the\s+)?(?:[A-Za-z.'’-]+\s+){1,6}(?:said|announced|stated|told\s+\w+|added|confirmed|informed)\s+(?:on|in)\s+$/.test(
      stemText.slice(0, span.start),
    )
  )
    return null;
  if (!prompt) {
    // "for _____ years", "got _____ votes": a figure's unit stays in the stem, and the blank holds the number.
    const number = numberOfMeasure(stemText, span);
    const numberCloze = number && cloze(stemText, number, 23);
    if (numberCloze && passesGate(set(numberCloze), number.answer, number.aliases)) {
      span = number;
      settled.clear();
      prompt = numberCloze;
    } else prompt = clozeFor(22) ?? clozeFor(12);
    form = "cloze";
  }
  if (!prompt) return null;
  prompt = set(prompt);
  const kind = kindOf(span.type);
  return {
    kind,
    answer: span.answer,
    aliases: [...span.aliases, ...classNounAfter(s.text, span)].filter(
      (a) => normKey(a) !== normKey(span.answer) && normKey(a).length > 0,
    ),
    // The home head's options are senior ministers: past Prime Ministers would leave only the incumbent.
    // A blank keeps the office in its stem ("headed by Prime Minister _____"): its options hold that office.
    category: head && form === "wh" ? "person:head of government" : categoryOf(span),
    ...(span.cls === "venue pair"
      ? { noun: venueNoun(span.answer.split(" and ")[0] ?? span.answer) }
      : fineNoun(s.text, span)
        ? { noun: fineNoun(s.text, span) }
        : {}),
    prompt,
    articleId,
    sentence: original,
    surface: s.text.slice(span.start, span.end),
    score:
      2 +
      salience +
      (span.type === "thing" && !span.cls ? 0.7 : (TYPE_WEIGHT[span.type] ?? 1)) +
      (form === "wh" ? WH_BONUS : 0),
    country: span.detail ? lexicon().countryByCode(span.detail) : undefined,
  };
}

/**
 * A calling as a wh-phrase asks it: in lower case, and without a nationality or a language ("Norwegian novelist",
 * "Santali poet" -> "novelist", "poet"), which would rule out every option from elsewhere (the options are not
 * chosen by country or language).
 * @example calledAs("Norwegian novelist ") // "novelist"
 */
const PRAISE =
  /^(?:eminent|renowned|noted|veteran|legendary|celebrated|famous|well-known|acclaimed|prominent|distinguished)$/;

function calledAs(calling: string): string {
  const words = calling.trim().split(/\s+/);
  // "BJP stalwart": an acronym keeps its capitals.
  // "Valdorian novelist": a demonym the data does not know keeps its capital; a word capitalised only because it
  // opens the sentence ("Badminton player", "Wrestler") does not, and only the first word's capital can be the
  // sentence's ("Eminent Hindi poet" keeps the language's).
  // "Maharashtra finance minister": a state's name keeps its capital too.
  const cased = words.map((w, i) =>
    /^[A-Z]{2,}$/.test(w) ||
    /^[A-Z][a-z]+(?:ian|an|ese|ish)$/.test(w) ||
    (i > 0 && /^[A-Z]/.test(w)) ||
    // "Rajya Sabha member": a name of two capitalised words keeps both.
    (i === 0 &&
      /^[A-Z]/.test(w) &&
      /^[A-Z]/.test(words[1] ?? "") &&
      !PRAISE.test(w.toLowerCase()) &&
      !isLanguage(words[1] ?? "")) ||
    (/^[A-Z]/.test(w) && lexicon().regionKindOf(w) !== undefined)
      ? w
      : w.toLowerCase(),
  );
  // "eminent", "veteran": praise says nothing a question can ask by.
  const plain = cased.filter((w) => !PRAISE.test(w.toLowerCase()));
  // "Santali poet" goes the same way: the one Santali writer among the options would be the key.
  // "Hockey India president": a country inside a body's name ("Hockey India") is part of the name.
  return plain
    .filter(
      (w, i) =>
        i === plain.length - 1 ||
        (i > 0 && /^[A-Z]/.test(plain[i - 1] ?? "") && /^[A-Z]/.test(w)) ||
        !(lexicon().country(w) || isLanguage(`${w.charAt(0).toUpperCase()}${w.slice(1)}`)),
    )
    .join(" ");
}

/** "the Lantern orbit": a name's class noun written after it in lower case joins it as an alias ("Lantern orbit"). */
function classNounAfter(text: string, span: AnswerSpan): string[] {
  if (span.type !== "thing" || !span.cls) return [];
  const next = text.slice(span.blankEnd ?? span.end).match(/^\s+([a-z]+)\b/)?.[1];
  return next && next === span.cls ? [`${span.answer} ${next}`] : [];
}

/**
 * The class noun that says what a named thing is, when it is finer than its category: the noun written right
 * before the name ("the Orca-class submarine INS Tide" is a submarine, not just an "INS" ship), else the class
 * the name was read with. Undefined for people, places, figures and a class no finer than the category.
 */
function fineNoun(text: string, span: AnswerSpan): string | undefined {
  // "Orca Reservoir", "Tromso Tiger Reserve": a venue's own class noun.
  if (span.type === "place" && span.cls === "venue") return classOfName(span.answer)?.noun.toLowerCase();
  if (span.type !== "thing" && span.type !== "org") return undefined;
  const written = classNounBefore(text.slice(0, span.start), span.detail);
  const noun = (written?.class ?? span.cls).toLowerCase();
  return noun && noun !== span.detail ? noun : undefined;
}

/**
 * The class noun of a category written right before a name, two words or one: "the indigenous aircraft carrier |
 * INS X" gives "aircraft carrier" for a ship.
 */
function classNounBefore(before: string, category: string | undefined): ClassNoun | undefined {
  const words = before.match(/([a-z]+(?:\s+[a-z]+)?)\s+$/)?.[1] ?? "";
  return [words, words.split(/\s+/).at(-1) ?? ""]
    .map((w) => lexicon().suffixClass(w))
    .find((c) => c !== undefined && c.category === category);
}

/**
 * A named thing asked with no class noun of its own sentence takes one the story writes before its name
 * elsewhere: "the indigenous aircraft carrier INS X" makes INS X a carrier, offered carriers, not submarines.
 */
export function withStoryClassNoun(c: Candidate, articles: StoryArticle[]): Candidate {
  const category = c.category.match(/^thing:(.+)$/)?.[1];
  if (c.noun || !category || c.mention) return c;
  // Built once per candidate, and tried only on a sentence that holds the answer at all.
  let named: RegExp | undefined;
  for (const a of articles)
    for (const s of a.sentences) {
      if (!s.text.includes(c.answer)) continue;
      named ??= new RegExp(`\\b${escapeRegex(c.answer)}\\b`);
      const at = s.text.search(named);
      const written = at > 0 ? classNounBefore(s.text.slice(0, at), category) : undefined;
      if (written) return { ...c, noun: written.class.toLowerCase() };
    }
  return c;
}

/** The ", Nordland" or " in Nordland" right after a city in a text; "" when none (a country stays). */
function regionAfter(text: string, end: number): string {
  // "Nordland", "South Nordland", "Valdoria-administered Nordland": a region may carry a hyphened qualifier.
  const m = text
    .slice(end)
    .match(/^(?:,\s+|\s+in\s+)([A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+)?)(?=[\s,.;]|$)/);
  if (!m?.[1] || lexicon().country(m[1]) || monthOrDay(m[1].split(/\s+/)[0] ?? "")) return "";
  // "Built by the Harbour Yard, Tromso, Skua follows her sister ships": a name followed by its verb is the
  // sentence's subject, not the city's region.
  // Nor is the next item of a list of places in places ("Ranthambhore in X, Sariska in Alwar, ...").
  if (
    m[0].startsWith(",") &&
    new RegExp(`^\\s+in\\s+(?!(?:${MONTHS.join("|")})\\b)[A-Z]`).test(text.slice(end + m[0].length))
  )
    return "";
  // Nor is the start of a longer name ("Jabalpur, Alok Ranjan Sinha has served").
  if (
    m[0].startsWith(",") &&
    !lexicon().regionKindOf(m[1]) &&
    /^\s+(?:(?!(?:on|in|at|and|or|to|for|from|during|after|before|since|by|with|near|where|which|who|the|a|an)\b)[a-z]|[A-Z])/.test(
      text.slice(end + m[0].length),
    )
  )
    return "";
  // "in Moscow, Kathmandu and Tehran": a list of places goes on after the name; none of them is the first's region.
  if (
    m[0].startsWith(",") &&
    /^(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*,?\s+and\s+[A-Z]/.test(text.slice(end + m[0].length))
  )
    return "";
  // "in X, Nordland, at dawn": the comma that closed the region goes with it before a phrase of time or place;
  // before an aside ("X, Nordland, the hometown of ...") it stays.
  return m[0].startsWith(",") &&
    /^,\s+(?:at|on|in|during|after|before|from|since|by)\s/.test(text.slice(end + m[0].length))
    ? `${m[0]},`
    : m[0];
}

/** " of Norway" right after a person's name, when it names a country; "" otherwise. */
function countryAfter(text: string, end: number): string {
  const m = text.slice(end).match(/^\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[\s,.;]|$)/);
  return m?.[1] && lexicon().country(m[1]) ? m[0] : "";
}

/** " in Nordland" right after a name, when it names a state or region the data knows; "" otherwise. */
function stateAfter(text: string, end: number): string {
  const m = text
    .slice(end)
    .match(/^\s+in\s+(?:neighbou?ring\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[\s,.;]|$)/);
  return m?.[1] && lexicon().regionKindOf(m[1]) ? m[0] : "";
}

/**
 * True when the span is the object of the verb just before it ("India beat | South Africa", "bought | four
 * boats"): the question fronts it with do-support, "Which country did India beat ...?"
 */
function isDirectObject(s: Sentence, start: number, possessive = false): boolean {
  const before = s.tokens.filter((t) => t.end <= start);
  // "passed | the contentious | X": the determiner and adjectives of the object's own noun phrase.
  let k = before.length - 1;
  while (
    k > 0 &&
    (before[k]?.pos === "ADJ" ||
      before[k]?.pos === "DET" ||
      (possessive && /^(?:its|their)$/i.test(before[k]?.text ?? "")))
  )
    k--;
  // "struck down | the X scheme", "called off | the Y": a phrasal verb's particle stands between it and its object.
  if (/^(?:down|up|off|out|over|away|back)$/i.test(before[k]?.text ?? "") && before[k - 1]?.pos === "VERB")
    k--;
  const prev = before[k];
  // "X has four launch tubes": "has" is the verb itself here, not an auxiliary.
  if (prev?.pos === "AUX" && /^(?:has|have|had)$/i.test(prev.text)) return true;
  // "is receiving the X": a progressive verb takes its object; a bare gerund ("after receiving the X") does not.
  const progressive = /^(?:is|are|was|were|am)$/i.test(before[k - 1]?.text ?? "");
  return prev?.pos === "VERB" && (!/ing$/.test(prev.text) || progressive);
}

/** The sentence cut to the clause that holds the span (see clause.ts), with the span's offsets moved to match. */
function inCoreClause(sentence: Sentence, span: AnswerSpan): { sentence: Sentence; span: AnswerSpan } {
  const lo = span.roleStart ?? span.start;
  const hi = Math.max(span.end, span.blankEnd ?? 0, span.acronymEnd ?? 0);
  const core = coreClause(sentence.text, lo, hi);
  if (core.text === sentence.text) return { sentence, span };
  // The cut sentence's tokens are the whole one's, shifted: reading it again with wink costs a parse per span.
  // Words put in ("... were among the dead", "are" for "is") have no tokens to shift: those sentences are read
  // again.
  const reread = core.edits.some((e) => /\w\w/.test(e.insert));
  const tokens = reread ? undefined : shiftTokens(sentence.tokens, core.edits, core.text);
  const entities = reread ? undefined : shiftTokens(sentence.entities, core.edits, core.text);
  const annotated =
    tokens && entities
      ? { index: sentence.index, text: core.text, tokens, entities }
      : annotateSentence(core.text);
  if (!annotated || annotated.text !== core.text) return { sentence, span };
  const d = core.start - lo;
  const move = (x: number | undefined) => (x === undefined ? undefined : x + d);
  const moved: AnswerSpan = {
    ...span,
    start: span.start + d,
    end: span.end + d,
    roleStart: move(span.roleStart),
    blankEnd: move(span.blankEnd),
    acronymEnd: move(span.acronymEnd),
  };
  // The answer may now open the sentence, re-cased ("nine camps" -> "Nine camps"): the same words.
  if (
    core.text.slice(moved.start, moved.end).toLowerCase() !==
    sentence.text.slice(span.start, span.end).toLowerCase()
  )
    return { sentence, span };
  return { sentence: annotated, span: moved };
}

/** A country answer whose demonym the prompt writes ("Ghanaian counterpart" for "Ghana") is given away. */
function namesCountry(prompt: string, span: AnswerSpan): boolean {
  if (span.type !== "place" || span.cls !== "country") return false;
  const country = lexicon().country(span.answer);
  return (country?.demonyms ?? []).some((d) => new RegExp(`\\b${d}\\b`, "i").test(prompt));
}

export { storyState };

/** The category the options stage draws distractors from. */
function categoryOf(span: AnswerSpan): string {
  switch (span.type) {
    case "person":
      return span.cls ? `person:${span.cls}` : "person";
    case "place":
      // A venue's options are venues of the same kind (a hall for a hall, a reserve for a reserve); a state's are
      // the other states or territories the data knows.
      if (span.cls === "state") return `region:${lexicon().regionKindOf(span.answer) ?? "state"}`;
      return span.cls === "venue" ? `place:${span.detail ?? "venue"}` : span.cls;
    case "org":
      return `thing:${span.detail ?? "organisation"}`;
    case "thing":
      return `${span.pair ? "thing pair" : "thing"}${span.detail ? `:${span.detail}` : ""}`;
    case "date":
      return `date:${span.cls}`;
    case "money":
      return "money";
    case "measure":
      return span.cls === "score" ? "score" : "number";
    case "percent":
      return span.cls === "pair" ? "percent pair" : "percent";
    case "ordinal":
      return "ordinal";
    default:
      return "number";
  }
}

/**
 * A fronted question over the word limit loses its last phrases ("... with a nine-run win in the final?" ->
 * "...?") until it fits, keeping at least ten words; null when it cannot be made to fit.
 * @example withoutTrailingPhrases("Which country beat Peru to win the cup in the final?", 9) // "Which country beat Peru to win the cup?"
 */
export function withoutTrailingPhrases(question: string, maxWords: number): string | null {
  let body = question.replace(/\?$/, "");
  // "in a thriller", "with a seven-run win": a phrase with an indefinite article describes how, and goes before
  // the phrases at the end, which name what and where ("in the final").
  for (let m = body.match(DESCRIPTIVE); m && wordCount(body) > maxWords; m = body.match(DESCRIPTIVE))
    body = body.slice(0, m.index) + body.slice((m.index ?? 0) + m[0].length);
  while (wordCount(body) > maxWords) {
    const cut = lastPhraseStart(body);
    if (cut <= 0 || wordCount(body.slice(0, cut)) < Math.min(10, maxWords)) return null;
    // "did the Bench hold that reservation in admissions | under the State quota was unconstitutional": a cut
    // inside a "that" clause before its verb leaves the clause without one.
    if (/\bthat\s/.test(body.slice(0, cut)) && THAT_CLAUSE_VERB.test(body.slice(cut))) return null;
    // "did the Bench hold | that X was unconstitutional": what was held, said or found is the verb's object.
    if (
      /^\s*that\s/.test(body.slice(cut)) &&
      /\b(?:hold|held|rule|ruled|say|said|state|stated|observe|observed|declare|declared|find|found|note|noted|decide|decided|direct|directed|clarify|clarified|announce|announced|claim|claimed|argue|argued)(?:\s+in\s+[^,]{3,30})?$/.test(
        body.slice(0, cut),
      )
    )
      return null;
    // "the first visit by a Valdorian leader | in 25 years": the span of time is what "first" is first in; without
    // it the question says something else.
    if (
      /\b(?:first|only|last|biggest|largest|highest|lowest|longest|best|worst)\b/.test(body.slice(0, cut)) &&
      /^\s*(?:in|since|for)\s+(?:(?:over|nearly|almost|more than|about)\s+)?(?:\d+|[a-z]+|a)\s+(?:years?|decades?|months?|weeks?)\b|^\s*since\s+\d{4}\b/.test(
        body.slice(cut),
      )
    )
      return null;
    // "... 640 km or up | to six missiles": the cut takes the coordinator and particle left before it too.
    body = body
      .slice(0, cut)
      .replace(/\s+(?:(?:and|or|but)(?:\s+(?:up|down|also))?|up|down)$/, "")
      // "... and self-help groups involved | in conservation": a participle whose phrase was cut goes with it.
      .replace(
        /(?<=[a-z]s)\s+(?:involved|based|located|related|engaged|situated|aimed|known|used|designed|meant|concerned)$/,
        "",
      )
      // "... at the 72nd Film Awards ceremony to be held | in New Delhi": a participle whose phrase was cut goes
      // with it.
      .replace(/\s+(?:to\s+be\s+)?(?:held|organised|organized|conducted|scheduled)$/, "")
      // "... in the 14th | and final game": a phrase cut down to its ordinal names nothing; it goes whole.
      .replace(
        /\s+(?:in|at|on|of|for|during|after|before)\s+(?:the|a|an|its|their)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|final)$/,
        "",
      );
  }
  return `${body.replace(/[\s,;:]+$/, "")}?`;
}

/**
 * Whether a question cut short keeps the verb its do-support was for: "did a senior official in the X Ministry
 * say the gap ...", cut to "did a senior official in the X Ministry?", has lost it. The subject is what the
 * question after its auxiliary shares with the sentence's opening words; the verb is the word after it. A question
 * whose subject is not the sentence's opening (or that was reworded around a noun) is not judged.
 * @example keepsItsVerb("Which day did the X Ministry say the gap was lowest?", "Which day did the X Ministry?", stem) // false
 */
export function keepsItsVerb(full: string, cut: string, stem: Sentence): boolean {
  const after = (q: string) =>
    (q.match(/\b(?:did|does|do)\s+([^?]*)/)?.[1] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const asked = after(full);
  const kept = after(cut);
  if (cut === full || asked.length === 0 || kept.length === 0) return true;
  const said = stem.text.toLowerCase().split(/\s+/);
  let subject = 0;
  while (subject < asked.length && asked[subject] === said[subject]) subject++;
  // "did X also announce" cut to "did X announce": the verb is kept wherever it went.
  return subject === 0 || subject >= asked.length || kept.includes(asked[subject] as string);
}

/** A sentence that opens another item of news: "Separately, ...", "In a separate development, ...". */
const SEPARATE_NEWS =
  /^(?:Separately|In (?:a|another) separate (?:development|announcement|statement|move)),\s/;

const DESCRIPTIVE =
  /(?<=\S)\s+(?:in|with)\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:to|in|on|at|for|with|by|from|after|before|during|as)\b|\?|,\s|$)/;

/** Titles a name keeps in capitals wherever it stands ("Captain X", "Justice Y"), unlike a calling ("Boxer X"). */
const TITLE_BEFORE_NAME =
  /^(?:Justice|Judge|Captain|Colonel|Major|General|Admiral|Commander|Marshal|Brigadier|Lieutenant|Sergeant|Chief|Doctor|Dr|Professor|President|Governor|Minister|Senator|Ambassador|Mayor|Speaker|Chairman|Chairperson|Director|Secretary|Commissioner|King|Queen|Prince|Princess|Sheikh|Pope|Cardinal|Bishop|Coach|Grandmaster)$/;

/** "by who" -> "by whom"; a leftover "the which" or doubled spaces. */
function polish(q: string, span: AnswerSpan): string {
  let out = asExamQuestion(q)
    // "Under the captaincy of who ...?" reads "Under whose captaincy ...?".
    .replace(/^(In|Under|At|On) the ([a-z]+) of who\b/, "$1 whose $2")
    .replace(/\b(by|to|with|from|for|of|against|under|beat|defeated|met) who\b/gi, "$1 whom")
    // "With which President did X meet in Y?": "met with" is "met"; the question asks "Which President did X meet
    // in Y?".
    .replace(/^With (which [^?,]+? did [^?,]+? meet)\b/, (_all, rest: string) => `W${rest.slice(1)}`)
    // "At which city was X commissioned?": a city, state or country is asked "In which ...", as exam papers write it.
    .replace(
      /(^|, )([Aa])t which (city|state|country)\b/,
      (_all, lead: string, a: string, noun: string) => `${lead}${a === "A" ? "I" : "i"}n which ${noun}`,
    )
    // "On which month did the meeting take place?": a month or a year is asked "In which ...".
    .replace(
      /(^|, )([Oo])n which (month|year)\b/,
      (_all, lead: string, o: string, unit: string) => `${lead}${o === "O" ? "I" : "i"}n which ${unit}`,
    )
    // "Who did X join?": a fronted object takes "whom", as exam papers write it.
    .replace(/(^|, )([Ww])ho (did|does|do) /, "$1$2hom $3 ")
    // "Who will X take over from?": a modal before the subject makes "who" its object too ("who will face X" does not).
    .replace(/(^|, )([Ww])ho (will|would|has|had|have) (?=(?:the |a |an )?[A-Z])/, "$1$2hom $3 ")
    // "... announced at a ceremony in Oslo, for the group?": what a cut left of the next phrase goes.
    .replace(/,\s+(?:for|to|with|of|by)\s+(?:the\s+|a\s+|an\s+)?[a-z]+\?$/, "?")
    // "... will be announced, followed by chemistry?": what comes after the asked one is no part of it (a list
    // of names after it, "followed by X and Y", says what the answer outranks, and stays).
    .replace(/,\s+(?:followed|preceded)\s+by\s+[a-z][^,?]*\?$/, "?")
    // "did Boxer X receive": a calling capitalised only because it opened the sentence is lower case inside one.
    .replace(
      /\b(did|does|do|was|were|is|are|has|have|had|will)\s+([A-Z][a-z]+)(?=\s+([A-Z][a-z]+))/g,
      (whole, verb: string, word: string, next: string) =>
        isPersonNoun(word) &&
        !TITLE_BEFORE_NAME.test(word) &&
        // "did Advocate General X defend": the first word of a role of two words is the role's.
        lexicon().role(`${word} ${next}`) === undefined
          ? `${verb} ${word.toLowerCase()}`
          : whole,
    )
    .replace(/\s{2,}/g, " ")
    .replace(/\s+\?/, "?");
  if (span.type === "person")
    out = out
      .replace(/^Who\s+(?:former|then)\s+/i, "Who ")
      .replace(/^Who's\b/, "Whose")
      // "Who was a notable political leader who served as ...?" asks "Who served as ...?"; a description that
      // names a country ("a notable Norwegian leader") may be what the rest needs, and stays.
      .replace(/^Who (?:was|is) (?:a|an) [a-z][a-z -]{2,60}? who\s+(?=[a-z])/, "Who ")
      // "Who was a notable Valdorian leader who served as the country's fifth Prime Minister ...?" asks "Who
      // served as Valdoria's fifth Prime Minister ...?": the country the description named takes its place.
      .replace(
        /^Who (?:was|is) (?:a|an) (?:[a-z-]+ )*?([A-Z][a-z]+) [a-z][a-z -]{2,40}? who\s+([a-z][^?]*?)\bthe country's\b/,
        (whole, demonym: string, rest: string) => {
          const country = lexicon().country(demonym);
          return country ? `Who ${rest}${country.name}'s` : whole;
        },
      );
  // "On which date did X pass away?" asks for the date of X's death, as exam papers word it.
  out = out.replace(
    /^(?:On which date|When) did ((?:former\s+)?(?:[A-Z][\w.'-]*\s+){0,6}[A-Z][\w.'-]*) (?:pass away|die)\?$/,
    (_all, who: string) => `What was the date of ${who}'s death?`,
  );
  return capitalise(out);
}

/**
 * A measure written with its unit as a word of its own ("17 years", "141 votes", "2.5 million kilometres") as the
 * count of that unit: the blank holds the number, the unit stays in the stem, and the whole figure is an alias.
 * Null for any other span, and for a unit joined to its figure ("81.44m").
 */
function numberOfMeasure(text: string, span: AnswerSpan): AnswerSpan | null {
  if (span.type !== "measure" || span.cls === "score" || span.cls === "Mach") return null;
  const surface = text.slice(span.start, span.end);
  const m = surface.match(/^(.+?)\s+([A-Za-z]+)$/);
  const figure = m?.[1] ?? "";
  if (!m || !/\d|^[a-z]+$/i.test(figure) || /^(?:per|percent)$/i.test(m[2] ?? "")) return null;
  const value = m[2] === span.cls || !span.answer.endsWith(` ${m[2]}`) ? span.answer : span.answer;
  const number = value.slice(0, value.length - (m[2]?.length ?? 0)).trim() || figure;
  return {
    ...span,
    type: "count",
    end: span.start + figure.length,
    blankEnd: span.start + figure.length,
    answer: number,
    aliases: [...new Set([figure, span.answer, surface, ...span.aliases])].filter((a) => a !== number),
  };
}

/**
 * "Which name fills the blank in "_____ took oath as ..."?" from the clause that holds the span; `sentence` is the
 * whole sentence the clause was cut from.
 */
function cloze(text: string, span: AnswerSpan, maxWords: number, sentence = text): string | null {
  const cut = trimAround(text, span.start, span.blankEnd ?? span.end, maxWords);
  if (!cut) return null;
  const trimmed = appositiveAsClause(sentence, cut, text.slice(span.start, span.blankEnd ?? span.end)) ?? cut;
  // "shooting down an _____ aircraft": the article before the blank would tell a vowel from a consonant. A year
  // and the years offered beside it share their article ("a 1994-batch officer", never "an"), so it is written.
  const year = /^(?:19|20)\d\d$/.test(span.answer) ? "" : /^18\d\d$/.test(span.answer) ? "n" : null;
  const stem = capitalise(withoutOwnerCountry(withoutEditorial(trimmed), span)).replace(
    /\b([Aa])n?\s+_____/g,
    (_all, a: string) => `${a}${year ?? "(n)"} _____`,
  );
  // "from _____ is receiving": a pair of places fills one blank, asked in the plural.
  const pair = span.type === "place" && span.cls.endsWith(" pair");
  const places =
    span.cls === "city pair"
      ? "cities"
      : span.cls === "state pair"
        ? "states"
        : span.cls === "venue pair"
          ? plural(venueNoun(span.answer.split(" and ")[0] ?? span.answer))
          : "countries";
  return pair
    ? `Which ${places} fill the blank in "${stem}"?`
    : `Which ${blankNoun(span, stem)} fills the blank in "${stem}"?`;
}

/**
 * "commissioned INS Tarang, the sixth and last of the _____ frigates built under Project 17, at Karwar": a stem cut
 * at a name's appositive is no clause, and what follows the appositive is the main clause's. The appositive is
 * said of its name instead: "INS Tarang is the sixth and last of the _____ frigates built under Project 17" (blind
 * reading G2). Null when the stem does not start an appositive after a name.
 * @example appositiveAsClause("Navy commissioned INS Tarang, the last of the Orca frigates, at Karwar.", "the last of the _____ frigates, at Karwar", "Orca") // "INS Tarang is the last of the _____ frigates"
 */
export function appositiveAsClause(text: string, stem: string, surface: string): string | null {
  const [opening = "", after = ""] = stem.split("_____");
  if (!/^(?:the|a|an)\s/i.test(opening)) return null;
  const before = `${opening.charAt(0).toLowerCase()}${opening.slice(1)}`;
  // The appositive ends at its comma; without one it runs to the sentence's end, and the stem is left as it is.
  const close = after.indexOf(", ");
  if (close < 0) return null;
  const appositive = `${before}${surface}${after.slice(0, close)}`;
  const at = text.indexOf(`, ${appositive}, `);
  // "the fourth summit was held in X": a clause after a comma is no appositive.
  if (at < 0 || /\b(?:is|are|was|were|has|have|had|will|would)\b/.test(appositive)) return null;
  const name = text.slice(0, at).match(/(?:^|[a-z,]\s)((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)$/)?.[1];
  return name ? `${name} is ${before}_____${after.slice(0, close)}` : null;
}

/**
 * "as Valdoria's _____ won the gold": the country before a person's or a thing's blank rules out every option from
 * elsewhere, and the options are not chosen by country; it goes.
 * @example withoutOwnerCountry("as Norway's _____ won the gold", person) // "as _____ won the gold"
 */
function withoutOwnerCountry(stem: string, span: AnswerSpan): string {
  if (span.type !== "person" && span.type !== "thing") return stem;
  return stem.replace(
    /(?<![\w-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)['’]s\s+(?=_____)/,
    (whole, owner: string) => (lexicon().country(owner) ? "" : whole),
  );
}

/**
 * What the blank holds, as exactly as the span's class allows: "city", "state", "declaration", "organisation";
 * "place" and "name" when the class is unknown or more than one word.
 */
function blankNoun(span: AnswerSpan, stem: string): string {
  if (span.cls === "pair") return "pair";
  if (span.cls === "score") return "score";
  if (span.type === "date") return span.cls !== "day" ? span.cls : "date";
  if (span.type === "place" && span.cls === "state") return regionNoun(span.answer);
  if (span.type === "place" && span.cls === "country") return span.cls;
  if (span.type === "place" && span.cls === "city" && isKnownCity(span.answer)) return "city";
  // "under _____, the Vice-President is elected ...": an Article of the Constitution is asked as one (blind reading 8).
  if (span.type === "thing" && /^(?:Article|Section|Schedule)\s/.test(span.answer))
    return span.answer.split(/\s+/)[0] as string;
  // "the Orca Station" where the stem is about space: a space station.
  if (/\bStation$/.test(span.answer) && /\b(?:[Ss]pace|ISRO|orbit)\b/.test(stem)) return "space station";
  if (span.type === "place" && span.cls === "venue" && venueNoun(span.answer) !== "venue")
    return venueNoun(span.answer);
  if ((span.type === "org" || span.type === "thing") && /^[a-z]{3,}$/.test(span.cls)) {
    const noun = NAME_PART_CLASSES.has(span.cls) ? (span.detail ?? "") : span.cls;
    // "_____ missiles": the class noun stays in the stem, so the blank is a name.
    if (/^[a-z]{3,}$/.test(noun) && !/[^s]s$/.test(noun) && !stem.toLowerCase().includes(`_____ ${span.cls}`))
      return noun;
  }
  return BLANK_NOUN[span.type] ?? "word";
}

/** The last phrase of a clause, after its verb: " of Valdoria", " in the final". */
const TAIL_PHRASE = /\s(?:of|in|at|on|for|from|to|with|by|as)\s[^,]*$/;

/** An auxiliary or modal: a clause that has one has its verb. */
const AUXILIARY =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|did|does)\b/;

/** A subordinate clause after the blank, with no comma before it: " as India ended ...", " while X ...". */
const TRAILING_CLAUSE =
  /\s+(?:as|while|after|before|when|since|because|even as|even though)\s+(?:[A-Z]|the\s|they\s|he\s|she\s|it\s)|\s+and\s+(?:is|are|was|were|has|have|had|will|would)\s+(?!been\b)/;

/** Past tenses that need no object: a stem may end on one. */
const INTRANSITIVE_PAST =
  /^(?:concurred|collapsed|died|arrived|retired|resigned|landed|ended|happened|occurred|agreed|failed|succeeded|returned|survived|participated|competed|qualified|emerged|expired|lapsed|erupted|crashed|existed|stayed|remained|rallied|declined|jumped|slipped|dipped|surged|soared|plunged|improved|worsened|eased|started|opened|closed|voted|abstained|walked|stood|triggered)$/;

/** Where a stem may start or end. Not at "which the government said would save ...", which has lost its subject. */
const BREAKS =
  /,\s+(?:(?:which|who)(?!\s+(?:the|a|an|its|their|his|her|this|these)\s)|while|whereas|but|as|so|since|after|before|when|where|following|thereby|adding|saying|according to|with)\s|;\s+|\s+[-–—]\s+|:\s+|,\s+(?=(?:the\s+)?[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|of|for|and)\s+){0,9}(?:said|announced|stated|added|reported)(?:\s+on\s+[^,.]{3,30})?\s*\.?$)/g;

/** Commas that end a phrase, not those inside a date ("June 14, 1927") or a number. */
function clauseCommas(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/,\s/g)) {
    const at = m.index ?? 0;
    if (/\d$/.test(text.slice(0, at)) && /^,\s\d{4}/.test(text.slice(at))) continue;
    // "the Harbour Bill, 2031": a law's year is part of its name.
    if (
      /\b(?:Bill|Act|Ordinance|Code|Rules)$/.test(text.slice(0, at)) &&
      /^,\s(?:19|20)\d\d\b/.test(text.slice(at))
    )
      continue;
    out.push(at);
  }
  return out;
}
const lastClauseComma = (text: string) => clauseCommas(text).at(-1) ?? -1;
const firstClauseComma = (text: string) => clauseCommas(text)[0] ?? -1;

const PHRASE_START =
  /\s(?:as|while|after|before|amid|following|when|where|which|who|that|with|in|at|on|for|from|during|since|under|over|by|to|including|and)\s/g;

/** Where the text before a blank may be cut: after a leading phrase that ends at a verb's subject. */
function firstPhraseEnd(text: string): number {
  const m = text.match(/^.*?\b(?:that|after|as|while|when|said|says)\s+/);
  return m && wordCount(text.slice(m[0].length)) >= 2 ? m[0].length : -1;
}

/**
 * The text without its last phrase, and without a subordinate clause that the cut left with no verb of its own:
 * "... and 87 against after all the changes moved" loses "after all the changes moved" too.
 */
function withoutLastPhrase(text: string): string {
  // "... bordering X district and interact": a verb the cut left without its object goes with its "and".
  const kept = text.slice(0, lastPhraseStart(text)).replace(/\s+and\s+[a-z]+$/, "");
  const dangling = kept.match(
    /\s+(?:after|before|while|when|because|since|until|once)\s+[^,;\s]+(?:\s+[^,;\s]+)+$/,
  );
  return dangling?.index !== undefined &&
    !/\b(?:is|are|was|were|has|have|had|will|would|did|does|do)\b/.test(dangling[0])
    ? kept.slice(0, dangling.index)
    : kept;
}

/** A finite verb, as a "that" clause has after its subject. */
const THAT_CLAUSE_VERB = /\b(?:was|were|is|are|has|have|had|will|would|can|could|shall|should|must)\b/;

const TIME_BEFORE_AND = new RegExp(`\\b(?:${MONTHS.join("|")}|\\d{4})$`);

/** Where the last phrase of a text starts, leaving at least three words before it; -1 when none does. */
function lastPhraseStart(text: string): number {
  let last = -1;
  for (const m of text.matchAll(PHRASE_START)) {
    const at = m.index ?? 0;
    // "held that reservation in admissions | under the State quota was unconstitutional": a cut inside a "that"
    // clause before its verb leaves the clause without one.
    if (/\bthat\s/.test(text.slice(0, at)) && THAT_CLAUSE_VERB.test(text.slice(at))) continue;
    // "in January | and April 2031": an "and" between two times joins them, and a cut there keeps half the time.
    if (/^\sand\s/.test(m[0]) && TIME_BEFORE_AND.test(text.slice(0, at))) continue;
    if (wordCount(text.slice(0, at)) >= 3) last = at;
  }
  return last;
}

/** A source after a comma: "the Harbour Academy announced on Saturday", "officials said". */
const SOURCE_AFTER =
  /^\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|for|and)\s+){0,10}(?:[a-z]+\s+)?(?:said|announced|stated|added|told|reported)\b/;

/**
 * The sentence without its first aside that does not hold the blank: an appositive between commas that opens
 * with "the", "a", "an", "known as", "also", "born on" or "aged" and is followed by the rest of the clause, or a
 * bracketed note; null when it has none.
 */
function withoutAsides(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | null {
  const asides = [
    ...text.matchAll(
      // Not one a list hangs off: "X, a step towards several missions, including Y" keeps its aside.
      /,\s+(?:the|a|an|known as|also|popularly known as|formerly|born (?:on|in)|aged)\s+[^;()"]{3,80}?,(?=\s+[a-z])(?!\s+(?:including|such as|like|namely|especially)\b)/g,
    ),
    ...text.matchAll(/\s*\([^()]{3,60}\)/g),
  ];
  for (const m of asides) {
    // An aside describes; one with a verb of its own is a clause the sentence needs.
    // ", also directed the Commission to frame," is the sentence's own verb after its subject's list.
    if (
      /\b(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had|do|does|did)\b/.test(
        m[0],
      ) ||
      /^,\s+also\s+(?!known\b)[a-z]{3,}(?:ed|s)\b/.test(m[0])
    )
      continue;
    const at = m.index ?? 0;
    // "..., the country's highest honour, the Harbour Academy announced": the comma before a source stays, so the
    // source is still cut off as one.
    const source = /^,/.test(m[0]) && SOURCE_AFTER.test(text.slice(at + m[0].length));
    const stop = at + m[0].length - (source ? 1 : 0);
    // "the A in X, the B in Y, the C in Z": what follows another noun phrase, other than a source, is a list's
    // item, not an aside.
    if (/^,/.test(m[0]) && !source && /^\s+(?:the|a|an)\s/.test(text.slice(at + m[0].length))) continue;
    // "the X Council (Abolition) Act": a bracketed word between capitalised words is part of a name.
    if (insideName(text, at, stop)) continue;
    if (stop <= start || at >= end) {
      const cut = stop - at;
      const shift = (x: number) => (x >= stop ? x - cut : x);
      return { text: text.slice(0, at) + text.slice(stop), start: shift(start), end: shift(end) };
    }
  }
  return null;
}

/**
 * "To facilitate _____ jobs in India, the government said in a statement", cut from "The Bloc has committed to
 * promote X, and to facilitate ...": the second of two infinitives takes back the subject and verb they share,
 * and the attribution goes. Other stems are returned as they are.
 */
function withPledge(stem: string, before: string): string {
  if (!/^To [a-z]+\b/.test(stem)) return stem;
  const head = before.match(
    /\b((?:[A-Z][\w-]*\s+){1,4}(?:has|have|had)\s+(?:committed|agreed|pledged|promised|decided))\s+to\s+[a-z]/,
  )?.[1];
  if (!head) return stem;
  const bare = stem.replace(/,\s+(?:the\s+)?[A-Za-z ]{2,40}\s+(?:said|stated|noted|added)\b.*$/, "");
  return `${head} ${bare.charAt(0).toLowerCase()}${bare.slice(1)}`;
}

/** The opening of the relative clause `withRelativeHead` looks for its head before. */
const RELATIVE_OPENING = /,\s+(?:which|who)\s/;

/**
 * "commits member states to cut emissions by _____" cut from "... adopting the Tromso Declaration, which commits
 * ...": a stem that opens on a relative clause's verb takes the name the clause is about as its subject.
 * @example withRelativeHead("commits states to cut emissions by _____", "Leaders adopted the Tromso Pact, which commits states to cut emissions by ") // "the Tromso Pact commits states to cut emissions by _____"
 */
function withRelativeHead(stem: string, before: string): string | null {
  // "the Harbour Summit, which Valdoria will host in _____": a relative clause with a subject of its own has its
  // head as the object; cut from it, the stem lacks the object ("Valdoria will host in _____").
  const prefix = stem.slice(0, Math.max(0, stem.indexOf("_____")));
  const ahead = before.endsWith(prefix) ? before.slice(0, before.length - prefix.length) : "";
  if (
    /,\s+(?:which|whom|that)\s+$/.test(ahead) &&
    /^(?:[A-Z][\w'’-]*\s+){1,3}(?:will|would|has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\b/.test(stem)
  )
    return null;
  const first = stem.match(/^([A-Za-z][a-z]+)\b/)?.[1]?.toLowerCase();
  // Most text before a blank has no relative clause at all: no pattern is built for it.
  if (!first || !RELATIVE_OPENING.test(before)) return stem;
  const found = before.match(
    new RegExp(
      `((?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,4}[A-Z][\\w'’-]*),\\s+(which|who)\\s+${first}\\b(?![^]*,\\s+(?:which|who)\\s)`,
    ),
  );
  const [, head, pronoun] = found ?? [];
  if (!head) return stem;
  // "The X Declaration, which ran to _____ paragraphs, did not mention Y": the sentence's own verb follows the
  // clause, which stays a clause of the subject.
  const mainVerbAfter =
    /_____[^,]*,\s+(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|may|must|should|[a-z]{3,}ed)\s/.test(
      stem,
    );
  // "took over from X, who retires on June 30, and will be the 32nd chief": after the clause's comma, "and will
  // be" is the sentence subject's, not X's. A blank before it keeps the clause alone; one after it is not X's.
  const resumed = stem.match(/,\s+and\s+(?:will|would|is|was|are|were|has|have|had|shall|can|could)\b/);
  if (resumed?.index !== undefined && !mainVerbAfter) {
    if (resumed.index < stem.indexOf("_____")) return null;
    const clause = stem.slice(0, resumed.index);
    return `${head} ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
  }
  const lowered = `${stem.charAt(0).toLowerCase()}${stem.slice(1)}`;
  return mainVerbAfter ? `${head}, ${pronoun} ${lowered}` : `${head} ${lowered}`;
}

/** A list before the blank: its head up to "including" and the items before the blank's own. */
// The blank must be the list's item: "including A, B and C, to finish _____" has left the list, and so has
// "including A and B, have been granted ... in _____", where the sentence's verb follows.
const LIST_BEFORE =
  /^(.*?\b(?:including|such as|namely)\s+)[^;]*,\s+(?:and\s+)?(?!(?:to|in|on|at|for|with|by|from|which|who|that|as|while|when|after|before|has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall|should)\s)(?=[^,]*$)/;

/**
 * Whether a stem cut out of its sentence opens on the verb of a clause whose subject the cut took ("Core
 * inflation, which | excludes food, was steady", "crude prices, now | hovering near $92, could"): what is left
 * reads as a fragment. The cut's first word is looked up among the sentence's tokens.
 * @example opensOnVerb("Output, measured by the index, grew 4.6 per cent.", 31, "grew 4.6 per cent") // true
 */
function opensOnVerb(text: string, start: number, before: string): boolean {
  const first = before.match(/^[a-z][a-z'-]*/)?.[0];
  if (!first || CLAUSE_OPENERS.has(first) || !text.slice(0, start).endsWith(before)) return false;
  const at = start - before.length;
  // "the Tromso Pact, which | commits states to ...": the name the clause is about is put back as its subject.
  if (/[A-Z][\w'’-]*,\s+(?:which|who)\s+$/.test(text.slice(0, at))) return false;
  const tokens = annotateSentence(text)?.tokens ?? [];
  const i = tokens.findIndex((t) => t.start === at);
  const verb = (t: Token | undefined) => t?.pos === "VERB" || t?.pos === "AUX";
  return i >= 0 && (verb(tokens[i]) || (tokens[i]?.pos === "ADV" && verb(tokens[i + 1])));
}
/**
 * Whether what a stem keeps of its sentence holds a verb: "a tolerance band of _____ percentage points on either
 * side", cut from its clause, states nothing to be filled in.
 * @example hasVerb("Rates rose, with a band of 2 points.", 11, 36, "with a band of ") // false
 */
function hasVerb(text: string, from: number, to: number, before: string): boolean {
  if (!text.slice(0, from + before.length).endsWith(before)) return true;
  // "... projects including A, | deliveries of B and _____ helicopters": a list's items are read as its items.
  if (/\b(?:including|such as|namely)\s/.test(text.slice(0, from)) && /,|\band\b/.test(text.slice(from, to)))
    return true;
  const tokens = annotateSentence(text)?.tokens ?? [];
  return tokens.some(
    (t, i) =>
      t.start >= from &&
      t.end <= to &&
      // "the Institute for Advanced Study": a capitalised word inside the sentence is a name's, not a verb.
      !(t.start > 0 && /^[A-Z]/.test(t.text)) &&
      (t.pos === "VERB" ||
        t.pos === "AUX" ||
        // "on 6 May 2032 cut the rate", "767 cast their votes": the tagger reads a verb between a name or
        // figure and its object as a noun.
        (t.pos === "NOUN" &&
          /^(?:NUM|PROPN)$/.test(tokens[i - 1]?.pos ?? "") &&
          /^(?:DET|PRON)$/.test(tokens[i + 1]?.pos ?? ""))),
  );
}

/** Words a clause or a noun phrase opens on, which need no tagger to say the cut left a whole stem. */
const CLAUSE_OPENERS = new Set(
  "the a an in on at of for with by from to into under over after before during its his her their this these those each every all some most both another other such".split(
    " ",
  ),
);

/** The clause around a span with the span blanked, trimmed to about twenty words. */
export function trimAround(text: string, start: number, end: number, maxWords = 22): string | null {
  // A bracketed note that does not hold the blank ("at Mach _____ ( Mach 1 - the sound barrier)") is no part of it.
  // A bracket written onto a word is part of its name: "JD(S)".
  const note = [...text.matchAll(/\s+\([^()]{1,80}\)/g)].find(
    (m) => (m.index ?? 0) >= end || (m.index ?? 0) + m[0].length <= start,
  );
  if (note && note.index !== undefined) {
    const cut = note[0].length;
    const shift = (x: number) => (x >= (note.index as number) + cut ? x - cut : x);
    return trimAround(
      text.slice(0, note.index) + text.slice(note.index + cut),
      shift(start),
      shift(end),
      maxWords,
    );
  }
  // "won a bronze and silver in 2004 and 2016 respectively": any cut pairs the wrong items ("a bronze and silver
  // in 2004"), and the whole has two answers.
  if (/\brespectively\b/i.test(text)) {
    const whole = trimWithin(text, start, end, maxWords, true);
    return whole && /\brespectively\b/i.test(whole) ? whole : null;
  }
  const found = trimWithin(text, start, end, maxWords, true);
  const stem = found && withRelativeHead(withPledge(found, text.slice(0, start)), text.slice(0, start));
  // "... during the first visit | to the country in 25 years": a record's span of time cut off changes what the
  // stem says.
  if (stem && /\b(?:first|only|last|biggest|largest|highest|lowest|longest)\b/.test(stem)) {
    const suffix = stem.slice(stem.indexOf("_____") + 5).trim();
    const at = suffix ? text.indexOf(suffix, end) : end;
    const dropped = (at >= 0 ? text.slice(at + suffix.length) : "").split(/[,.;]/)[0] ?? "";
    if (
      /\b(?:in|since|for)\s+(?:(?:over|nearly|almost|more than|about)\s+)?(?:\d+|[a-z]+)\s+(?:years?|decades?)\b|\bsince\s+\d{4}\b/.test(
        dropped,
      )
    ) {
      // The record's whole phrase goes instead, when the blank is before it: "... in Tromso during the first
      // visit" reads "... in Tromso".
      const record = stem.match(
        /\s+(?:during|in|on|at|as)\s+(?:the|its|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:first|only|last|biggest|largest|highest|lowest|longest)\b[^_]*$/,
      );
      return record && wordCount(stem.slice(0, record.index)) >= 6 ? stem.slice(0, record.index) : null;
    }
  }
  // "Data was last released in 2017, when Chile had _____ condors": a clause too short to say what it is about
  // is read with the rest of a short sentence.
  if (stem === null && wordCount(text) <= maxWords) return trimWithin(text, start, end, maxWords, false);
  return stem;
}

function trimWithin(
  text: string,
  start: number,
  end: number,
  maxWords: number,
  atBreaks: boolean,
): string | null {
  // A long sentence first loses what only describes a name ("X, the birthplace of Y, ...", "(48 off 31 balls)"),
  // so the stem keeps its subject and verb.
  if (wordCount(text) > maxWords) {
    const shorter = withoutAsides(text, start, end);
    if (shorter) return trimAround(shorter.text, shorter.start, shorter.end, maxWords);
  }
  let from = 0;
  let to = text.length;
  for (const m of atBreaks ? text.matchAll(BREAKS) : []) {
    const at = m.index ?? 0;
    // ", the Harbour Bank said on Friday": a source is no sentence of its own to blank.
    if (/^,\s+$/.test(m[0]) && at + m[0].length <= start) return null;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = Math.min(to, at);
      break;
    }
  }
  let before = text.slice(from, start);
  let after = text.slice(end, to).replace(/[.!]+\s*$/, "");
  const whole = before;
  // "Deliveries of A, _____ and C": a list's items, its head cut, are read as the list they are.
  let listed = false;
  // Cut the longer side at a comma, then at a word, until the stem is short enough.
  // Cut the longer side at a comma until the stem is short enough; a stem that cannot be cut cleanly is dropped.
  while (wordCount(before) + wordCount(after) > maxWords) {
    const commaAfter = lastClauseComma(after);
    const commaBefore = firstClauseComma(before);
    // "of _____ years, X released the data in Y on Sunday": a cut at the first comma would take the main clause;
    // its trailing phrase goes instead.
    const phraseAfter = lastPhraseStart(after);
    if (wordCount(after.slice(0, commaAfter)) < 2 && phraseAfter > commaAfter && commaAfter > 0)
      after = after.slice(0, phraseAfter);
    // "X, a seasoned _____-batch officer from Y, has been appointed Z": the cut at the comma would take the
    // clause's only verb with it; the trailing phrase goes instead.
    else if (
      wordCount(after) >= wordCount(before) &&
      commaAfter > 0 &&
      AUXILIARY.test(after.slice(commaAfter)) &&
      !AUXILIARY.test(before + after.slice(0, commaAfter)) &&
      after.slice(commaAfter).search(TAIL_PHRASE) > 0
    )
      after = after.slice(0, commaAfter + after.slice(commaAfter).search(TAIL_PHRASE));
    else if (wordCount(after) >= wordCount(before) && commaAfter > 0) after = after.slice(0, commaAfter);
    // A short opening phrase ("In the Senate, ...") says where or when: a long tail goes before it does.
    else if (
      commaBefore >= 0 &&
      wordCount(before.slice(0, commaBefore)) <= 4 &&
      wordCount(after) >= 5 &&
      lastPhraseStart(after) > 0
    )
      // "... in _____ and is a specialist in X": a second predicate goes whole, not its last phrase alone.
      after =
        after.search(TRAILING_CLAUSE) >= 0
          ? after.slice(0, after.search(TRAILING_CLAUSE))
          : withoutLastPhrase(after);
    // "X spans projects including A, B, deliveries of C and _____": the list's other items go, not its head.
    // A head that leans on a pronoun ("Their collaboration ...") is no better than the items alone.
    else if (LIST_BEFORE.test(before) && !/^\s*(?:Their|His|Her|Its|It|They|This|These)\b/.test(before)) {
      before = before.replace(LIST_BEFORE, "$1");
      listed = true;
    }
    // "X, a 1994-batch officer from the _____ cadre, has been appointed Y": the blank is in the subject's aside,
    // and a cut at the comma would leave the aside with no subject; a few words over is the lesser harm.
    else if (
      commaBefore >= 0 &&
      wordCount(before.slice(0, commaBefore)) <= 5 &&
      /^,\s+(?:a|an|the)\s/.test(before.slice(commaBefore)) &&
      /^[^,]*,\s+(?:has|have|had|is|are|was|were|will)\b/.test(after) &&
      wordCount(before) + wordCount(after) <= maxWords + 3
    )
      break;
    else if (commaBefore >= 0) before = before.slice(commaBefore + 2);
    else if (commaAfter > 0) after = after.slice(0, commaAfter);
    // "... to _____ as India finally ended their wait": a clause of its own after the blank goes whole.
    else if (after.search(TRAILING_CLAUSE) >= 0) after = after.slice(0, after.search(TRAILING_CLAUSE));
    // The opening of the clause holds its subject: a trailing phrase after the blank goes first.
    else if (lastPhraseStart(after) > 0) after = withoutLastPhrase(after);
    else if (wordCount(before) > wordCount(after) && firstPhraseEnd(before) > 0)
      before = before.slice(firstPhraseEnd(before));
    // "... in _____ at 10 am": a short phrase right after the blank goes whole.
    else if (/^\s*(?:at|in|on|from|by|with|for|during|after|before)\b/.test(after) && wordCount(after) <= 4)
      after = "";
    else {
      // No comma left: drop the last trailing phrase after the blank ("... as X won gold", "... in the early hours").
      const cut = lastPhraseStart(after);
      if (cut <= 0) return null;
      after = after.slice(0, cut);
    }
  }
  // "As X gave the details to the world, _____ officers took centre stage": a subordinate clause before the
  // blank's own goes whole; without its "As" it would leave two clauses joined by a comma.
  before = before.replace(
    /^\s*(?:As|While|When|After|Since|Though|Although|Because|Once|If)\s+(?=[^,"]*\b(?:[a-z]{3,}ed|gave|took|made|won|met|said|was|were|is|are|has|had)\b)[^,"]{3,100},\s+/,
    "",
  );
  before = before.replace(
    /^\s*(?:and|but|or|while|as(?!\s+(?:of|per|a\s+result|well)\b)|so(?!\s+far\b)|that|,)\s+|^\s*(?:however|meanwhile|moreover|further|also|as a result|consequently|therefore|thus),\s+/i,
    "",
  );
  // "..., attended by Prime Minister X, his Ruritanian counterpart _____": the cut leaves "his", which reads as
  // the name just before it: "X's Ruritanian counterpart _____".
  if (/^\s*(?:his|her)\s/i.test(before)) {
    const cutAt = start - before.length;
    const owner = text
      .slice(0, cutAt)
      .match(/(?:^|[\s(])((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+),?\s*$/)?.[1]
      ?.replace(
        /^(?:(?:Prime|Foreign|Defence|Finance|Chief|Vice|Union|President|Minister|Secretary|Governor)\s+)+/,
        "",
      );
    if (owner && owner.split(/\s+/).length >= 1 && !/^(?:He|She|It|They|The)$/.test(owner))
      before = before.replace(/^\s*(?:his|her)\s/i, `${owner}'s `);
  }
  // A stem cut after its subject ("was a notable leader who ...") has lost what it is about.
  const first = before.trimStart().split(/\s+/)[0] ?? "";
  if (
    (from > 0 || before !== whole) &&
    (/^(?:was|were|is|are|has|have|had|will|would|can|could|did|does|been|being|[a-z]+ed)$/.test(first) ||
      opensOnVerb(text, start, before.trimStart()))
  )
    return null;
  if (
    (from > 0 || before !== whole) &&
    !listed &&
    !hasVerb(text, start - before.trimStart().length, end + after.trimEnd().length, before.trimStart())
  )
    return null;
  const stem = `${capitalise(before.trimStart())}_____${after.trimEnd()}`
    .replace(/\s+/g, " ")
    .replace(/"/g, "'");
  // "Some _____ from the Earth": too little of the sentence is left to say what is asked.
  if (wordCount(stem) < 7) return null;
  // "X and Y on 12 June dedicated | the park to the nation": a cut that leaves a verb without its object reads
  // as a fragment (blind reading 8). A passive ("was adopted") or a verb that takes none ("concurred") ends well.
  const rest = text.slice(end + after.trimEnd().length);
  const lastTwo = after.trimEnd().match(/(?:^|\s)(\S+)\s+([a-z]+)$/);
  if (
    /\w/.test(rest.replace(/\([^)]*\)/g, "")) &&
    lastTwo &&
    /^(?:[a-z]{3,}ed|led|held|made|won|took|set|gave|built|sent|brought|bought|laid|put|found)$/.test(
      lastTwo[2] ?? "",
    ) &&
    !/^(?:was|were|is|are|be|been|being|get|got|gets|become|became|becomes|remains?|remained)$/i.test(
      lastTwo[1] ?? "",
    ) &&
    !INTRANSITIVE_PAST.test(lastTwo[2] ?? "")
  )
    return null;
  // "... cited the data to argue | that youth unemployment was the highest": what was argued is cut away.
  if (
    /^\s*that\s/.test(rest) &&
    /\b(?:argue[sd]?|says?|said|show(?:s|ed)?|claim(?:s|ed)?|note[sd]?|observe[sd]?|holds?|held|rule[sd]?|state[sd]?|finds?|found|conclude[sd]?|believe[sd]?|warn(?:s|ed)?|add(?:s|ed)?|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?)$/.test(
      after.trimEnd(),
    )
  )
    return null;
  // "... on 17 October following which": a relative word the cut left with nothing to relate.
  return stem.replace(/[,;:\s]+$/, "").replace(/\s+(?:[a-z]+\s+)?(?:which|whom|whose|who|that|where)$/, "");
}
