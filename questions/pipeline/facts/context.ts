/**
 * The setting a question names when its own words do not: the named thing the story is about ("Operation Tide",
 * "the Harbour Cup 2031") and, when the article is dated, its month. An exam setter opens such a question with
 * "With reference to ...", so that a candidate who follows the news can answer it without the article.
 */
import { lexicon } from "../../lexicon";
import { escapeRegex, MONTHS, normKey } from "../../text";
import type { Sentence } from "../04-sentences";
import { POINTING_SUBJECT } from "../gate";
import { isSimplePast } from "../reword";
import type { StoryArticle } from "./candidate";
import { type AnswerSpan, BARE_CONTEXT, classOfName, findSpans, type SpanContext } from "./spans";

export interface StoryTag {
  /** The name as a question writes it: "the Harbour Cup", "Operation Tide". */
  phrase: string;
  /** The words of the name that say which one it is ("harbour", "tide"), normalised. */
  distinctive: string[];
  /**
   * The year the story says the thing began, when that is before its news ("the Harbour Convention, signed in
   * 1967"): such a setting takes no date of its own.
   */
  since?: number;
  /**
   * Whether a question names the setting only by all of its words: an office ("Chief Justice of Valdoria") is
   * not named by a question that says "Justice X".
   */
  whole?: boolean;
  /** Other names of the thing the phrase names by its acronym: a question asking for one is about the setting. */
  names?: string[];
  /** The phrase says its own period ("the retail inflation data for March 2032"): no month goes in brackets. */
  dated?: boolean;
  /**
   * Words one of which a sentence must hold to be set in it: a data release frames only sentences about its
   * figure ("the forex reserves data for the week ended 13 March" sets no sentence about wholesale inflation).
   */
  about?: string[];
}

/** Kinds of thing a story is about: an event, a deal, a law, a mission, a prize; not a body, a role or a day. */
const SETTING_CATEGORIES = new Set([
  "operation",
  "mission",
  "spacecraft",
  "agreement",
  "law",
  "tournament",
  "award",
  "meeting",
  "initiative",
  "project",
  "programme",
  "exercise",
  "ship",
  "report",
  "budget",
  "protected area",
  "disaster",
  // "the Hornbill Festival" ("... Day" is no setting: see isSetting).
  "event",
]);

/** A rocket, which carries what a launch story is about. */
const LAUNCH_VEHICLE = /\b(?:rocket|launch vehicle)s?$/i;
const isLaunchVehicle = (span: { answer: string; cls: string }) =>
  LAUNCH_VEHICLE.test(span.cls) || LAUNCH_VEHICLE.test(span.answer);

/** Sentences of each article read for what the story is about: its title line and lead. */
const LEAD = 3;

/**
 * The named thing the story's leads name that the story mentions most, in two sentences or more; null when
 * there is none. People and bodies are actors, not settings: only things with a class noun count.
 * @example storyTag(articles)?.phrase // "Operation Tide"
 */
export function storyTag(articles: StoryArticle[], people?: Map<string, string>): StoryTag | null {
  // Read with the story's people where known, so the read of each sentence's names is shared with the passes
  // that need them (a setting is a thing, and no person changes what it is).
  const ctx = people ? { reference: null, people } : BARE_CONTEXT;
  // A headline names what the story is about, and counts as a mention of it.
  const texts = articles.flatMap((a) => [
    ...(a.title ? [` ${normKey(a.title)} `] : []),
    ...a.sentences.map((s) => ` ${normKey(s.text)} `),
  ]);
  const leads = articles.map((a) =>
    a.sentences
      .slice(0, LEAD)
      .map((s) => ` ${normKey(s.text)} `)
      .join(" "),
  );
  // Words the story writes in lower case somewhere: common words, whatever a name makes of them.
  const lowerWords = new Set(
    articles.flatMap((a) => a.sentences.flatMap((x) => x.text.match(/(?<![A-Za-z-])[a-z][a-z-]+/g) ?? [])),
  );
  // Each article's headline, and its first sentence.
  const titles = articles.flatMap((a) => (a.title ? [` ${normKey(a.title)} `] : []));
  const firsts = articles.flatMap((a) => (a.sentences[0] ? [` ${normKey(a.sentences[0].text)} `] : []));
  let best: {
    name: string;
    mentions: number;
    vehicle: boolean;
    measure: boolean;
    top: number;
    at: number;
    meeting: boolean;
    long?: string;
    cls: string;
  } | null = null;
  // Each sentence's spans, read once for the passes below.
  const read = articles.map((a) =>
    a.sentences.map((s, index) => ({ s, index, spans: findSpans(s, ctx, true) })),
  );
  // "lost to him in the quarterfinals of the World Championships in August last year": a thing named at another
  // time is background, in the lead unless its first sentence names it, and later unless a lead names it by name
  // (a lead about the "All England Open" holds the words "world" and "championships" apart).
  // "India and France signed an agreement ... for the purchase of 26 Rafale Marine fighter jets": a deal the lead
  // reports for a named thing is what the story is about, more than the carrier the jets will fly from.
  const deal = dealOf(read);
  if (deal) return deal;
  // "co-chaired the third Leaders' Meeting of the India-Valdoria Strategic Partnership Council": a numbered
  // meeting the lead reports is the news, more than a treaty its leaders agreed to conclude.
  const meeting = numberedMeetingOf(articles);
  if (meeting) return meeting;
  const leadKeys = leads.join(" ");
  const background = new Set<string>();
  for (const sentences of read)
    for (const { s, index, spans } of sentences.slice(1))
      for (const span of spans)
        if (
          ANOTHER_TIME.test(s.text.slice(span.end)) &&
          (index < LEAD || !leadKeys.includes(` ${normKey(span.answer)} `))
        )
          background.add(normKey(span.answer));
  for (const sentences of read)
    for (const { spans } of sentences.slice(0, 1))
      for (const span of spans) background.delete(normKey(span.answer));
  // "at the venue of the 2023 G20 Summit", in a story of 2026: a thing named with an earlier year is background,
  // wherever it is named.
  const newsYear = Math.max(
    0,
    ...articles.map((a) => (a.dated ? a.reference.getUTCFullYear() : (a.year ?? 0))),
  );
  for (const sentences of read)
    for (const { s, spans } of sentences)
      for (const span of spans)
        if (earlierEdition(s.text, span.start, span.end, newsYear)) background.add(normKey(span.answer));
  const bodies = new Set(
    read.flatMap((sentences) =>
      sentences.flatMap(({ s, spans }) =>
        spans
          .filter((x) =>
            /^\s+(?:convenor|chairman|chairperson|president|spokesperson|secretary|chief|head|director)\b/i.test(
              s.text.slice(x.end),
            ),
          )
          .map((x) => normKey(x.answer)),
      ),
    ),
  );
  for (const sentences of read)
    for (const { index, spans } of sentences)
      for (const found of spans) {
        // "the naval exercise Varuna": a one-word exercise or operation is named as exams name it, "Exercise Varuna".
        // "the Credit Guarantee Scheme for Green and Technology Upgradation of MSMEs (CGS-GTU)": a name too long
        // to set a question is named by its acronym and class noun, "the CGS-GTU scheme".
        const acronym = found.aliases.find((x) => /^[A-Z][A-Z0-9-]{2,}$/.test(x));
        const span =
          /^[A-Z][a-z]+$/.test(found.answer) && /^(?:exercise|operation)$/.test(found.cls)
            ? {
                ...found,
                answer: `${found.cls.charAt(0).toUpperCase()}${found.cls.slice(1)} ${found.answer}`,
              }
            : found.answer.split(/\s+/).length > 6 && acronym && found.type === "thing" && found.cls
              ? { ...found, answer: `${acronym} ${found.cls}`, aliases: [found.answer] }
              : found;
        if (!isSetting(span.answer, span.type, span.cls, span.detail)) continue;
        // "Prisoners' Rights Forum convenor X": a name that titles its official is a body, no setting.
        // ("the NGO Prisoners' Rights Forum" is the body its convenor was named by, too.)
        const key = ` ${normKey(found.answer)} `;
        if ([...bodies].some((b) => key.includes(` ${b} `))) continue;
        // "the regular CGTMSE schemes", "the IMD report": the acronym of a body the story spells out is the body.
        if (bodyAcronym(articles, span.answer)) continue;
        const words = distinctiveWords(span.answer);
        if (words.length === 0) continue;
        // "the Harbour Docking Trial (HADOT)": a mention by its acronym counts too.
        const short = span.aliases.map((x) => ` ${normKey(x)} `).filter((x) => x.length > 4);
        // Named with its class noun ("Project Elephant" is not named by "elephant population", nor the "Coast Guard
        // Act" by "Director General of Coast Guard"), or without its bracket and year ("Broadcasting Services Bill"
        // for the "Broadcasting Services (Regulation) Bill, 2032").
        const whole = ` ${normKey(span.answer)} `;
        const core = ` ${normKey(coreName(span.answer))} `;
        const classWords = normKey(classOfName(span.answer)?.noun ?? "")
          .split(" ")
          .filter(Boolean);
        const names = (t: string) =>
          t.includes(whole) ||
          t.includes(core) ||
          short.some((x) => t.includes(x)) ||
          (classWords.length > 0 && [...words, ...classWords].every((w) => t.includes(` ${w} `)));
        // Named in the lead, or named later by its full name when the lead names what it is of ("the
        // Harbour Convention" for a lead about "Harbour sites").
        if (index >= LEAD && !leads.some((l) => words.every((w) => l.includes(` ${w} `)))) continue;
        // What the story is about is named by its headline, or else its first sentence, and outranks what is not:
        // the "Broadcasting Services Bill" of the headline, not the "Cable TV Networks Act" it replaces.
        const top = titles.some(names) ? 2 : firsts.some(names) ? 1 : 0;
        // "SCO summit adopts Dushanbe Declaration; India stays out of para endorsing China's BRI": of two things a
        // headline names, the one it names first is its news.
        const at = Math.min(
          ...titles.map((t) => {
            const found = [whole, core, ...short].map((x) => t.indexOf(x)).filter((i) => i >= 0);
            return found.length > 0 ? Math.min(...found) : Number.POSITIVE_INFINITY;
          }),
        );
        // "avenging her loss ... at the World Championships in Copenhagen last August": a thing the lead names at
        // another time than the news is its background, not its setting, wherever else the story names it.
        if (background.has(normKey(span.answer))) continue;
        // "the All England title" names the "All England Open Badminton Championships" by the name's first words.
        // A name with a year ("Digital India Bill, 2032") is named by all of it.
        const full = normKey(span.answer).split(" ");
        // So is the "Major Ola Berg Harbour Award" by its last distinctive words ("the Harbour Award").
        const long = full.length >= 4 && !/\b(?:19|20)\d\d\b/.test(span.answer);
        const head = long ? ` ${full.slice(0, 2).join(" ")} ` : null;
        const tail = long && words.length >= 3 ? ` ${words.slice(-2).join(" ")} ` : null;
        // Its distinctive words alone name it only when they are a name's: "elephant" and "semiconductor" are
        // written in lower case too, and "Coast Guard" is the force, not the "Coast Guard Act".
        const bare = coreName(span.answer)
          .replace(
            new RegExp(`\\s*\\b${escapeRegex(classOfName(span.answer)?.noun ?? "@")}\\b\\s*`, "i"),
            " ",
          )
          .replace(/^the\s+/i, "")
          .trim();
        const loose =
          classWords.length === 0 ||
          (!words.some((w) => lowerWords.has(w)) && !(bare.includes(" ") && lexicon().organisation(bare)));
        const mentions = texts.filter(
          (t) =>
            (loose ? words.every((w) => t.includes(` ${w} `)) : names(t)) ||
            (core !== whole && core.trim().split(" ").length >= 2 && t.includes(core)) ||
            short.some((x) => t.includes(x)) ||
            (head !== null && t.includes(head)) ||
            (tail !== null && t.includes(tail)),
        ).length;
        // A fuller name of the same thing ("T20 World Cup" beside "World Cup") says more.
        const fuller =
          best !== null &&
          words.length > distinctiveWords(best.name).length &&
          distinctiveWords(best.name).every((w) => words.includes(w));
        // "PSLV-C74 placed the Orca-1 satellite in orbit": the rocket carries the news, the satellite is it.
        const vehicle = isLaunchVehicle(span);
        // "the Harbour Levy Bill" and "the Harbour Levy (Amendment) Bill, 2031" are one bill: the shorter is asked.
        const same = best !== null && normKey(coreName(best.name)) === normKey(coreName(span.answer));
        // "agreed to co-produce the X mast system, at the fourth India-Japan 2+2 Dialogue": what was agreed was
        // agreed at the meeting the lead names, which is the news's setting.
        const meeting = span.detail === "meeting" && index < LEAD;
        // A rocket never outranks the spacecraft it carried.
        const outranks =
          !best ||
          (!(vehicle && !best.vehicle) &&
            ((same ? span.answer.length < best.name.length : false) ||
              (!same && top > best.top) ||
              (!same &&
                top === best.top &&
                (top === 2 && at !== best.at
                  ? at < best.at
                  : meeting !== best.meeting
                    ? meeting
                    : (best.vehicle && !vehicle) ||
                      (best.vehicle === vehicle && (mentions > best.mentions || fuller))))));
        // "the Consumer Price Index": an index with no edition's year is a measure, not a report of its own.
        const measure = span.cls === "index" && !/\b(?:19|20)\d\d\b/.test(span.answer);
        if (mentions >= 2 && outranks)
          best = {
            name: span.answer,
            mentions,
            vehicle,
            measure,
            top,
            at,
            meeting,
            ...(span !== found && span.aliases[0] ? { long: span.aliases[0] } : {}),
            cls: span.cls,
          };
      }
  // A rocket is the setting only of a story whose lead names no spacecraft it carried.
  const payload =
    best?.vehicle === true &&
    read.some((sentences) =>
      sentences
        .slice(0, LEAD)
        .some(({ spans }) => spans.some((x) => x.detail === "spacecraft" && !isLaunchVehicle(x))),
    );
  if (!best || payload) return eventTag(articles) ?? ledeThing(articles, ctx) ?? verdictTag(articles);
  // A thing neither the headline nor the first sentence names is no match for a meeting the lead reports, nor is
  // one the headline names after the meeting ("Fourth X 2+2 Meeting held in Tokyo; both sides agree to negotiate
  // a Y Agreement").
  const leadMeeting = articles
    .flatMap((a) => a.sentences.slice(0, LEAD).map((x) => meetingTag(x.text, a)))
    .find(Boolean);
  if (leadMeeting) {
    // Its first words find it, as the headline may write it in full ("2+2 Foreign and Defence Ministerial").
    const name = ` ${normKey(leadMeeting.phrase.replace(/^the\s+\S+\s+/, ""))
      .split(" ")
      .slice(0, 3)
      .join(" ")} `;
    const at = Math.min(
      ...titles.map((t) => (t.includes(name) ? t.indexOf(name) : Number.POSITIVE_INFINITY)),
    );
    if (best.top === 0 || at < best.at) return leadMeeting;
  }
  // "Retail inflation, measured by the Consumer Price Index, eased to 3.6 per cent in March": the release of the
  // month's figure is the news, and the index only measures it.
  if (best.measure) {
    const release = articles.map((a) => dataReleaseOf(a, articles)).find(Boolean);
    if (release) return release;
  }
  // "The government appointed X as the 28th Governor of the Bank ...": an appointment the lead reports is what the
  // story is about, more than a thing it names only later ("under Section 8 of the Bank Act").
  const opening = articles.flatMap((a) => a.sentences.slice(0, 2).map((x) => ` ${normKey(x.text)} `));
  const named = ` ${normKey(best.name)} `;
  if (!opening.some((t) => t.includes(named))) {
    const event = eventTag(articles);
    if (event && /^the (?:appointment|election) of\b/.test(event.phrase)) return event;
  }
  const distinctive = distinctiveWords(best.name);
  // "NVS-01 was launched in 2023" is another satellite than NVS-03: a coded name is matched whole.
  const since = foundedBefore(articles, /\d/.test(best.name) ? normKey(best.name).split(" ") : distinctive);
  // "the Doha 2030 Asian Games", "the Harbour Cup 2031": the edition the story names says which one, and its time;
  // the article's month in brackets would date Games held months before (blind reading 33).
  const edition = editionOf(articles, best.name);
  if (edition && !since)
    return { phrase: `the ${edition} ${best.name.replace(/^the\s+/i, "")}`, distinctive, dated: true };
  // "the Subansiri Lower project": a name its class noun follows in lower case takes the noun (a coded name,
  // "NVS-03", is written bare, as exams write it).
  const bare =
    !classOfName(best.name) &&
    /^[a-z]+$/.test(best.cls) &&
    !/[\d-]/.test(best.name) &&
    best.name.split(/\s+/).length <= 2;
  return {
    phrase: bare ? `the ${best.name.replace(/^the\s+/i, "")} ${best.cls}` : phraseOf(best.name),
    distinctive,
    ...(since ? { since } : {}),
    ...(best.long ? { names: [best.long] } : {}),
  };
}

/**
 * The year a story writes right before a named event ("the Doha 2030 Asian Games", "the 2031 Harbour Cup"), when
 * the name has none of its own and the story names only one such year; undefined otherwise.
 */
function editionOf(articles: StoryArticle[], name: string): string | undefined {
  const bare = name.replace(/^the\s+/i, "");
  if (
    /\b(?:19|20)\d\d\b/.test(bare) ||
    !/\b(?:Games|Cup|Championships?|Olympics|Paralympics|Summit|Open)\b/.test(bare)
  )
    return undefined;
  const before = new RegExp(`\\b((?:19|20)\\d\\d)\\s+${escapeRegex(bare)}\\b`);
  const years = new Set(
    articles
      .flatMap((a) => [a.title ?? "", ...a.sentences.map((x) => x.text)])
      .flatMap((t) => t.match(before)?.[1] ?? []),
  );
  const year = years.size === 1 ? [...years][0] : undefined;
  // "the 2027 World Cup in X" in a report of 2031's final names an earlier edition, not the story's.
  const news = Math.max(0, ...articles.map((a) => (a.dated ? a.reference.getUTCFullYear() : (a.year ?? 0))));
  // An undated story cannot tell its own edition from an earlier one.
  return year && news && Number(year) >= news - 1 ? year : undefined;
}

/** "signed in Tromso in 1968", "which was launched in 1977 by ...": when a thing began. */
const FOUNDED =
  /\b(?:launched|signed|founded|established|set up|formed|adopted|created|started|instituted|came into (?:force|effect))\b[^.;"]{0,60}?\b((?:18|19|20)\d\d)\b/;

/**
 * The year a sentence naming the thing says it began, when that is at least two years before the story's latest
 * year; undefined otherwise.
 */
function foundedBefore(articles: StoryArticle[], distinctive: string[]): number | undefined {
  const years = articles.flatMap((a) => [
    a.dated ? a.reference.getUTCFullYear() : (a.year ?? 0),
    Number(a.month?.match(/\d{4}/)?.[0] ?? 0),
  ]);
  const news = Math.max(0, ...years);
  if (!news) return undefined;
  for (const a of articles)
    for (const s of a.sentences) {
      const text = ` ${normKey(s.text)} `;
      if (!distinctive.every((w) => text.includes(` ${w} `))) continue;
      // "CGS-GTU builds on ... the Emergency Credit Line Guarantee Scheme launched in May 2020": the year is the
      // thing's own only when nothing else is named between it and the verb.
      const at = s.text.toLowerCase().search(new RegExp(`\\b${escapeRegex(distinctive[0] as string)}`));
      const rest = at >= 0 ? s.text.slice(at) : s.text;
      const m = rest.match(FOUNDED);
      if (!m || /\b(?:the|a|an)\s+[A-Z]/.test(rest.slice(0, m.index))) continue;
      const year = Number(m[1] ?? 0);
      if (year && year <= news - 2) return year;
    }
  return undefined;
}

/** "appointed Revenue Secretary X as the 27th Governor of Y": the office is the one after "as". */
const APPOINTED_AS =
  /\b(?<verb>appointed|named|elected|nominated|appointment\s+of)\s+(?:(?:former|retired|veteran)\s+)?(?:[A-Z][\w.'-]*\s+){0,5}[A-Z][\w.'-]*(?:,\s+(?:a|an|the)\s+[^,;]{3,80},)?\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?(?<ordinal>\d+(?:st|nd|rd|th)\s+)?(?<role>(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}(?:Vice-)?(?:Justice|Commissioner|Governor|Chief|President|Minister|Secretary|Chairman|Chairperson|Director|Judge|Speaker|Auditor General))(?:\s+\([A-Z]{2,6}\))?(?<of>\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+(?:session|edition)\s+of\s+(?:the\s+)?)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})?/;
/**
 * "took oath as the 41st Chief Justice of Valdoria", "has been appointed 19th Chief Harbour Commissioner of X",
 * "was appointed Governor of the Central Bank of Valdoria" (the office's whole name).
 */
const APPOINTED =
  /\b(?<verb>appointed|named|sworn in|took oath|takes oath|took over|takes over|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?(?<ordinal>\d+(?:st|nd|rd|th)\s+)?(?<role>(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}(?:Vice-)?(?:Justice|Commissioner|Governor|Chief|President|Minister|Secretary|Chairman|Chairperson|Director|Judge|Speaker|Auditor General))(?:\s+\([A-Z]{2,6}\))?(?<of>\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+(?:session|edition)\s+of\s+(?:the\s+)?)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})?/;
/** "the Council's 47th meeting", "the 47th meeting of the Harbour Council". */
const NUMBERED_MEETING =
  /\b(?:the\s+)?(?:(?<body>(?:[A-Z][\w&-]*\s+){0,4}(?:Council|Committee|Commission|Board|Assembly|Conference))['’]s\s+(?<ordinal>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:meeting|session)|(?<ordinal2>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:Leaders['’]\s+)?(?:[Mm]eeting|[Ss]ession)\s+of\s+the\s+(?<body2>(?:[A-Z][\w&-]*\s+){0,4}(?:Council|Committee|Commission|Board|Assembly|Conference)))\b/;
/** "at the fourth India-Japan 2+2 Ministerial Dialogue": a meeting named with its ordinal, where the news was made. */
const NAMED_MEETING =
  /\b(?:at|during|on the sidelines of|held|hosted|attended|chaired|co-chaired|convened)\s+the\s+(?<ordinal>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?<name>(?:[A-Z][\w&'’-]*|\d\+\d)(?:\s+(?:[A-Z][\w&'’-]*|\d\+\d|and)){0,8}\s+(?:Dialogue|Summit|Meeting|Conference|Conclave))\b(?!\s+of\b)/;
/**
 * "X launches HarbourPay, SeaCard card services in Ruritania": a launch of named services, a scheme or a mission, with the
 * place it was launched in. The thing is named, with its class noun; who launched it is not.
 */
const LAUNCH =
  /\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|roll(?:ed|s)? out|inaugurat(?:ed|es))\s+(?:India's\s+|the\s+|its\s+)?(?<thing>(?:[A-Z][\w-]*(?:\s+\([A-Z]{2,8}\))?,?\s+(?:and\s+)?){1,6}(?:[a-z]+\s+)?(?:services|service|scheme|mission|portal|programme|program|initiative|campaign|app|platform|network|corridor|facility))(?:\s+in\s+(?<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?))?/;
/**
 * "inaugurated the 13.1-km Orca tunnel", "dedicated to the nation the Tide bridge": a work of infrastructure opened,
 * named with its class noun.
 */
const INAUGURATED =
  /\b(?:inaugurat(?:ed|es)|dedicated\s+to\s+the\s+nation|opened)\s+(?:India's\s+|the\s+|a\s+)?(?:[\d.,]+-(?:km|kilometre|metre|m|lane|MW|bed)\s+)?(?<thing>(?:[A-Z][\w-]*\s+){1,4}(?:tunnel|bridge|expressway|highway|airport|terminal|port|dam|rail\s+line|railway\s+line|metro|stadium|canal))\b/;
/** "the new criminal justice laws that came into effect on Monday": rules that took effect, named by what they are. */
const IN_EFFECT =
  /\b(?<rules>the\s+new\s+(?:[a-z-]+\s+){0,3}(?:laws|rules|codes|regulations|regime|system|policy|act|code|scheme))\s+(?:that|which)?\s*(?:came|come|comes|have come|has come)\s+into\s+(?:effect|force)\b/;
/**
 * "Nordland Election Results: ...", "the Nordland Assembly elections", "won 118 of the 224 Assembly seats in
 * Nordland", "returned to power in Nordland": an election in a state or country.
 */
const ELECTION =
  /\b(?<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:(?:Assembly|Legislative Assembly|Vidhan Sabha|general|presidential|parliamentary)\s+)?(?:[Ee]lections?|[Pp]olls?)(?:\s+[Rr]esults?)?\b|\bAssembly\s+(?:elections?|polls|seats)\s+in\s+(?<place2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b|\b(?:returned|swept|voted|came|stormed)\s+(?:back\s+)?to\s+power\s+in\s+(?<place3>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/;

/**
 * "India and Valdoria on Wednesday signed a free trade agreement", "X and the six-nation Gulf Cooperation Council
 * (GCC) signed a pact": a deal between two sides that the lead does not name.
 */
const SIGNED_BETWEEN =
  /\b(?<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+(?:the\s+)?(?:[a-z0-9-]+\s+)?(?<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+\((?<acr>[A-Z]{2,6})\))?\s+(?:on\s+[A-Z][a-z]+\s+)?(?:signed|inked|concluded|sealed)\s+(?:a|an|the|their)\s+(?:long-awaited\s+|landmark\s+|comprehensive\s+|first\s+)?(?<what>(?:[a-z-]+\s+){0,3}(?:agreement|pact|treaty|accord|deal|memorandum of understanding))\b/;
/**
 * "India and Valdoria on Thursday held their first 2+2 ministerial dialogue": a meeting of two sides that the lead
 * does not name.
 */
const HELD_BETWEEN =
  /\b(?<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+(?<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:held|hold|began|concluded)\s+(?:their|the|a)\s+(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?(?<what>(?:[\w+-]+\s+){0,3}(?:dialogue|talks|summit|meeting|consultations))\b/;
/**
 * "Foreign ministers of the BRICS group ... wrapped up a two-day meeting": a body's ministers or leaders meeting,
 * "the BRICS foreign ministers' meeting".
 */
const BODY_MEETING =
  /\b(?<role>(?:[A-Z][a-z]+\s+)?[Mm]inisters|[Ll]eaders|[Hh]eads of [Ss]tate)\s+of\s+(?:the\s+)?(?<body>[A-Z][A-Z0-9]{1,6})\b(?=[^.]*?\b(?<what>meeting|summit|conclave|conference)\b)/;

/** "a meeting of BRICS Ministers of Foreign Affairs", "the meeting of SCO Ministers of Defence". */
const MEETING_OF_MINISTERS =
  /\bmeeting\s+of\s+(?:the\s+)?(?<body>[A-Z][A-Z0-9]{1,6})\s+Ministers(?:\s+of\s+(?<portfolio>Foreign Affairs|Finance|Defence|Trade|Agriculture|Health|Energy|Environment|Education))?\b/;
/** The ministers of a portfolio as a setting names them: "Ministers of Foreign Affairs" are foreign ministers. */
const PORTFOLIO_MINISTERS: Record<string, string> = { "Foreign Affairs": "foreign" };

/** "bypolls to one Lok Sabha and eight Assembly seats", "by-elections": polls for a few seats, not an election. */
const BYPOLL = /\bby-?(?:polls?|elections?)\b/i;

/** "A Constitution Bench of the Supreme Court ruled ...", "the Tromso High Court on Monday struck down ...". */
const VERDICT =
  /\b(?:(?<bench>Constitution\s+Bench)\s+of\s+)?(?<court>[Tt]he\s+(?:Supreme Court|[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+High Court))\b[^.;]{0,60}?\b(?:ruled|held|upheld|struck down|quashed|read down|set aside|declared|directed)\b/;

/** "granted Geographical Indication (GI) tags to five products from Nordland": GI tags for a region's products. */
const GI_TAGS =
  /\b(?:Geographical Indications?|GI)(?:\s+\(GI\))?\s+tags?\b[^.;]{0,60}?\b(?:to|for|on)\s+(?:[\w-]+\s+){0,3}(?:products?|items?|crafts?|varieties|goods)\s+(?:from|of)\s+(?<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/;

/** "appointed new Governors for five states", "named Ambassadors to three countries". */
const APPOINTED_MANY =
  /\b(?:appointed|named|nominated|reshuffled)\s+(?:new\s+|the\s+)?(?<roles>Governors|Lieutenant Governors|Chief Justices|Judges|Ambassadors|High Commissioners|Election Commissioners|Information Commissioners)\b/;

/** "the first-ever visit to Tromso by a Valdorian PM", "PM X visited Y": a visit to a place. */
const VISIT = /\b(?:visit(?:ed|s)?|trip|tour)\s+(?:to\s+)?(?<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/;

/**
 * The news a story's lead reports when it names no thing to set questions in: an appointment to an office ("the
 * appointment of the 41st Chief Justice of Valdoria") or a visit to a place ("the visit to Tromso"). Null for any
 * other lead. Only the office or place is named, never the person, so a question about who it was stays open.
 */
function eventTag(articles: StoryArticle[]): StoryTag | null {
  // "The President appointed new Governors for five states": a reshuffle of many offices is the news, and any
  // one office the lead names first (a standfirst's "X has been named Governor of Y") is only part of it.
  for (const a of articles)
    for (const s of a.sentences.slice(0, LEAD)) {
      const many = s.text.match(APPOINTED_MANY)?.groups?.roles;
      if (many)
        return {
          phrase: `the appointment of new ${many}`,
          distinctive: ["appointment", ...normKey(many).split(" ")],
          whole: true,
        };
    }
  for (const a of articles)
    for (const s of a.sentences.slice(0, LEAD)) {
      const appointed = (s.text.match(APPOINTED_AS) ?? s.text.match(APPOINTED))?.groups;
      if (appointed?.role) {
        // "President of the 86th session of the X Assembly" is set in "the election of the President of the X
        // Assembly": the session's ordinal is a question of its own, and the setting stays short.
        const office = `${appointed.ordinal ?? ""}${appointed.role}${appointed.of ?? ""}`
          .replace(/\s+/g, " ")
          .replace(/\bof (?:the )?\d+(?:st|nd|rd|th) (?:session|edition) of\b/, "of")
          .trim();
        return {
          // "was elected President of the Assembly": an election, not an appointment.
          phrase: `the ${appointed.verb === "elected" ? "election" : "appointment"} of the ${office}`,
          distinctive: distinctiveOf(office),
          whole: true,
        };
      }
      const meeting = meetingTag(s.text, a);
      if (meeting) return meeting;
      const rules = s.text.match(IN_EFFECT)?.groups?.rules;
      if (rules) return { phrase: rules, distinctive: distinctiveOf(rules.replace(/^the\s+new\s+/, "")) };
      const opened = s.text.match(INAUGURATED)?.groups?.thing?.replace(/\s+/g, " ");
      if (opened)
        return {
          phrase: `the inauguration of the ${opened}`,
          distinctive: distinctiveOf(opened).filter(
            (w) => !/^(?:tunnel|bridge|expressway|highway|airport|port|dam|line|metro)$/.test(w),
          ),
        };
      const launch = s.text.match(LAUNCH)?.groups;
      if (launch?.thing) {
        // "HarbourPay, SeaCard card services" reads "HarbourPay and SeaCard card services": a setting keeps no comma.
        const thing = launch.thing
          .replace(/\s*\([A-Z]{2,8}\)/g, "")
          .replace(/,\s+(?:and\s+)?/g, " and ")
          .replace(/\s+/g, " ");
        return {
          phrase: `the launch of ${thing}${launch.place ? ` in ${launch.place}` : ""}`,
          distinctive: distinctiveOf(thing).filter((w) => !/^(?:services?|scheme|mission|card)$/.test(w)),
        };
      }
      // "bypolls to eight Assembly seats in X and five other states" are no election of X.
      const election = BYPOLL.test(s.text) ? undefined : s.text.match(ELECTION)?.groups;
      const polled = election?.place ?? election?.place2 ?? election?.place3;
      if (polled) {
        const lex = lexicon();
        const state = lex.regionKindOf(polled) !== undefined;
        const country = lex.country(polled);
        if (state || country)
          return {
            phrase: state ? `the ${polled} Assembly election` : `the ${country?.name ?? polled} election`,
            distinctive: distinctiveOf(polled),
          };
      }
      const between = s.text.match(SIGNED_BETWEEN)?.groups ?? s.text.match(HELD_BETWEEN)?.groups;
      const sides = between ? [between.a ?? "", between.acr ?? between.b ?? ""] : [];
      if (between?.what && sides.every((side) => lexicon().country(side) || /^[A-Z]{2,6}$/.test(side)))
        return {
          phrase: `the ${sides.join("–")} ${between.what.replace(/\s+/g, " ")}`,
          distinctive: sides.flatMap(distinctiveOf),
        };
      const body = s.text.match(BODY_MEETING)?.groups;
      if (body?.body && body.role && body.what && !lexicon().country(body.body))
        return {
          phrase: `the ${body.body} ${body.role.toLowerCase()}' ${body.what}`,
          distinctive: distinctiveOf(body.body),
        };
      // "a two-day meeting of BRICS Ministers of Foreign Affairs and International Relations": the grouping's
      // foreign ministers' meeting.
      const of = s.text.match(MEETING_OF_MINISTERS)?.groups;
      if (of?.body && !lexicon().country(of.body))
        return {
          phrase: `the ${of.body} ${(of.portfolio ? `${PORTFOLIO_MINISTERS[of.portfolio] ?? of.portfolio} ministers` : "ministers").toLowerCase()}' meeting`,
          distinctive: distinctiveOf(of.body),
        };
      const gi = s.text.match(GI_TAGS)?.groups?.place;
      if (gi && lexicon().regionKindOf(gi))
        return { phrase: `the GI tags for products of ${gi}`, distinctive: ["tags", ...distinctiveOf(gi)] };
      const visit = s.text.match(VISIT);
      const place = visit?.groups?.place;
      if (visit && place && !/^(?:The|This|His|Her|PM|Prime)$/.test(place)) {
        // "the first-ever visit to Tromso by a Valdorian PM": whose visit, by the visitor's country and office (the
        // office says who without naming the person).
        const by = s.text
          .slice((visit.index ?? 0) + visit[0].length)
          .match(
            /^\s+by\s+(?:an?|the)\s+(?<who>[A-Z][a-z]+\s+(?:PM|Prime Minister|President|Foreign Minister|Defence Minister))\b/,
          )
          ?.groups?.who?.replace(/\bPM$/, "Prime Minister");
        return {
          phrase:
            by && lexicon().country(by.split(/\s+/)[0] ?? "")
              ? `the ${by}'s visit to ${place}`
              : `the visit to ${place}`,
          distinctive: distinctiveOf(place),
        };
      }
    }
  return null;
}

/**
 * "A five-judge Constitution Bench of the Supreme Court on Thursday ruled by a 3:2 majority that ...": the court's
 * verdict, when the lead names no thing or event to set questions in. Null for any other lead.
 */
function verdictTag(articles: StoryArticle[]): StoryTag | null {
  for (const a of articles)
    for (const s of a.sentences.slice(0, LEAD)) {
      const verdict = s.text.match(VERDICT)?.groups;
      if (!verdict?.court) continue;
      const court = verdict.court.replace(/^the\s+/i, "");
      return {
        phrase: `the ${court}${verdict.bench ? " Constitution Bench" : ""}'s verdict`,
        distinctive: [...distinctiveOf(court), "verdict"],
      };
    }
  return null;
}

/**
 * The named thing the story's first sentence of news names ("The Rajya Sabha on Wednesday passed the Harbour Bill,
 * 2031"), when no thing is named twice and the lead reports no event: the body refers back to it as "the Bill" or
 * "the Cup", which no count of its name finds. Null when that sentence names no such thing.
 */
function ledeThing(articles: StoryArticle[], ctx: SpanContext): StoryTag | null {
  for (const a of articles) {
    // The first sentence that reads as news: a dateline, byline or headline line is too short.
    const lede = a.sentences.slice(0, LEAD).find((s) => s.text.split(/\s+/).length >= 10);
    if (!lede) continue;
    // The story goes on about it: another sentence names it again, or calls it "the Bill", "the Cup". A lede's
    // thing that nothing else mentions is no setting for a page of other news.
    const again = referredBack(articles, lede);
    // "The Reserve Bank of India on Friday cut the repo rate": the central bank's policy review, reported by any
    // sentence of the lead (a standfirst may come first), before the growth data the review cites.
    if (a.sentences.slice(0, LEAD).some((s) => POLICY_RATE.test(s.text)) && again(["repo", "policy"], []))
      return { phrase: "the RBI's monetary policy review", distinctive: ["rbi"] };
    // A standfirst above the lede ("Manufacturing and construction power the fastest expansion in five quarters")
    // may read as news too: a data release is looked for in each sentence of the lead.
    for (const s of a.sentences.slice(0, LEAD)) {
      const data = dataRelease(s.text, a, s === lede ? again : referredBack(articles, s));
      if (data) return data;
    }
    for (const span of findSpans(lede, ctx, true)) {
      if (!isSetting(span.answer, span.type, span.cls, span.detail)) continue;
      // The rocket that carried a satellite is not what the launch is about.
      if (isLaunchVehicle(span)) continue;
      // "at the venue of the 2023 G20 Summit": a thing of an earlier year is the news's background.
      if (
        earlierEdition(
          lede.text,
          span.start,
          span.end,
          a.dated ? a.reference.getUTCFullYear() : (a.year ?? 0),
        )
      )
        continue;
      const noun = (classOfName(span.answer)?.noun ?? span.cls).toLowerCase();
      if (!again(distinctiveWords(span.answer), [noun, ...(CALLED_BACK[span.detail ?? ""] ?? [])])) continue;
      // "the Harbour Bill, 2031" is set as "the Harbour Bill": the month in brackets dates it, and a law of an
      // earlier year ("struck down the Harbour Act, 2029") is one the news is about, of no month of its own.
      const year = span.answer.match(/,\s+((?:19|20)\d\d)$/)?.[1];
      const name = year ? span.answer.slice(0, -`, ${year}`.length) : span.answer;
      const distinctive = distinctiveWords(name);
      const news = a.dated ? a.reference.getUTCFullYear() : (a.year ?? 0);
      const since = year && news && Number(year) < news ? { since: Number(year) } : {};
      // An event opening with a body's acronym is still "the FIDE World Championship".
      const phrase =
        /^[A-Z]{2,}\s/.test(name) && /tournament|meeting|award/.test(span.detail ?? "")
          ? `the ${name}`
          : phraseOf(name);
      if (distinctive.length)
        return {
          phrase: /^the\s/i.test(phrase) || !/\b(?:Bill|Act)$/.test(name) ? phrase : `the ${phrase}`,
          distinctive,
          ...since,
        };
    }
    // "the joint military exercise 'Orca Shield 2032'": a name in quotation marks after its class noun.
    const quoted = lede.text.match(QUOTED_NAME)?.groups;
    if (quoted?.name && quoted.noun) {
      const noun = quoted.noun.toLowerCase();
      const distinctive = distinctiveOf(quoted.name);
      if (distinctive.length && again(distinctive, [noun]))
        return {
          phrase: /^(?:exercise|operation|mission)$/.test(noun)
            ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${quoted.name}`
            : // "the report 'Status of Lynx in Valdoria 2032'" is named by its title, in quotation marks.
              /^(?:report|survey|study|index)$/.test(noun) && /\s(?:of|in|on|for)\s/.test(quoted.name)
              ? `the report '${quoted.name}'`
              : `the ${quoted.name} ${noun}`,
          distinctive,
        };
    }
  }
  return null;
}

/** The data release an article's lede reports, when the story comes back to its figure. */
function dataReleaseOf(a: StoryArticle, articles: StoryArticle[]): StoryTag | null {
  for (const lede of a.sentences.slice(0, LEAD)) {
    const found = dataRelease(lede.text, a, referredBack(articles, lede));
    if (found) return found;
  }
  return null;
}

/**
 * Whether the story's other sentences come back to what a lede names: by one of its words, or as "the <noun>"
 * ("the Bill", "the 720-kg satellite": the thing's class noun after "the", one word between at most).
 */
function referredBack(
  articles: StoryArticle[],
  lede: Sentence,
): (words: string[], nouns: string[]) => boolean {
  const others = articles.flatMap((x) => x.sentences.filter((s) => s !== lede).map((s) => s.text));
  const keyed = others.map((t) => ` ${normKey(t)} `);
  return (words, nouns) => {
    const called = nouns.filter(Boolean).map(escapeRegex).join("|");
    const back = called ? new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?(?:${called})\\b`, "i") : null;
    return (
      keyed.some((t) => words.some((w) => t.includes(` ${w} `))) || others.some((t) => back?.test(t) === true)
    );
  };
}

/**
 * "India's GDP grew 7.8 per cent in the April-June quarter", "foreign exchange reserves rose ... in the week ended
 * 6 February", "retail inflation eased to 3.6 per cent in March": a data release, set in the figure and the
 * period it is for. A month with no year is the last such month up to the article's own: March's data come out
 * in April. Null when the lede gives no such figure, or the story does not come back to it.
 */
function dataRelease(
  lede: string,
  article: StoryArticle,
  again: (words: string[], nouns: string[]) => boolean,
): StoryTag | null {
  const data = lede.match(DATA_RELEASE)?.groups;
  const what = data?.what;
  if (!what || !again([normKey(what).split(" ").at(-1) ?? ""], ["quarter", "week", "month", "data"]))
    return null;
  const name = DATA_NAMES[what.toLowerCase()] ?? (what === "GDP" ? what : what.toLowerCase());
  // "reserves", "inflation", "gdp" (and the economy's growth): what the release is a figure of.
  const about = [
    ...normKey(name)
      .split(" ")
      .filter((w) => w.length >= 3 && !/^(?:the|foreign|exchange|retail|consumer|price|wholesale)$/.test(w)),
    ...(name === "GDP" ? ["growth", "economy", "grew", "gva", "quarter"] : []),
    ...(/reserves/.test(name)
      ? ["forex", "reserve", "currency", "gold", "drawing", "sdr", "sdrs", "imf"]
      : []),
    ...(/inflation/.test(name) ? ["prices", "cpi", "wpi"] : []),
    ...(/GST/.test(name) ? ["revenue", "collected", "cess", "igst", "refunds", "mop"] : []),
  ];
  if (data.period)
    return {
      phrase: `the ${name} data for the ${data.period}`,
      distinctive: distinctiveOf(data.period),
      about,
    };
  const month = MONTHS.indexOf(data.month ?? "");
  const news = article.dated ? article.reference : null;
  const year = data.year
    ? Number(data.year)
    : news
      ? news.getUTCFullYear() - (month > news.getUTCMonth() ? 1 : 0)
      : (article.year ?? null);
  if (month < 0 || !year) return null;
  return {
    phrase: `the ${name} data for ${MONTHS[month]} ${year}`,
    distinctive: [normKey(MONTHS[month] ?? "")],
    dated: true,
    about,
  };
}

/** What a story calls its setting when it refers back to it: "the tournament" for a cup. */
const CALLED_BACK: Record<string, string[]> = {
  tournament: ["tournament", "title", "final", "championship"],
  law: ["bill", "act", "law", "legislation"],
  award: ["award", "prize", "honour"],
  exercise: ["exercise", "drill"],
  spacecraft: ["satellite", "mission", "spacecraft"],
};

/**
 * "exercise 'Orca Shield 2032'", "the mission 'Harbour Light'", "the report 'Status of Lynx in Valdoria 2032'": a
 * quoted name after its class noun.
 */
const QUOTED_NAME =
  /\b(?<noun>exercise|operation|mission|scheme|campaign|initiative|programme|project|satellite|summit|report|survey|study|index)\s+['‘"“](?<name>[A-Z][\w -]{2,40}?)['’"”]/i;
/** The figures a data release gives, as an exam names them. */
const DATA_NAMES: Record<string, string> = {
  "gross goods and services tax (gst) collections": "GST collections",
  "gross goods and services tax collections": "GST collections",
  "goods and services tax (gst) collections": "GST collections",
  "goods and services tax collections": "GST collections",
  "gross gst collections": "GST collections",
  "gst collections": "GST collections",
  "gross domestic product": "GDP",
  economy: "GDP",
  "forex reserves": "foreign exchange reserves",
  "consumer price inflation": "retail inflation",
};
const DATA_RELEASE =
  /\b(?<what>(?:[Gg]ross\s+)?(?:goods and services tax|GST)(?:\s+\(GST\))?\s+collections|GDP|[Gg]ross domestic product|[Ee]conomy|[Ff]oreign exchange reserves|[Ff]orex reserves|[Rr]etail inflation|[Cc]onsumer price inflation|[Ww]holesale inflation)\b(?:\s+\([A-Z]+\))?(?:,\s+(?:measured|as measured|tracked)\s+by\s+[^,;.]{3,60},)?\s+(?:grew|grows|rose|rises|fell|falls|climbed|climbs|jumped|jumps|declined|declines|dropped|drops|eased|eases|slowed|slows|accelerated|accelerates|stood|stands|increased|increases|decreased|decreases|expanded|expands)\b(?:[^.;]|\.\d){0,100}?(?:\b(?:in|for|during)\s+the\s+(?<period>(?:[A-Z][a-z]+-[A-Z][a-z]+|first|second|third|fourth|final)\s+quarter(?:\s+of\s+(?:FY)?\d{4}(?:-\d{2})?)?|week\s+ended\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|month\s+of\s+[A-Z][a-z]+(?:\s+\d{4})?)|\b(?:in|for)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?(?![\w-]|\s+\d))/;
/** "The Reserve Bank of India on Friday cut the repo rate", "RBI keeps repo rate unchanged". */
const POLICY_RATE =
  /\b(?:Reserve Bank of India|RBI)(?:'s\s+Monetary Policy Committee)?\b[^.;]{0,40}?\b(?:cut|cuts|raised|raises|hiked|hikes|kept|keeps|held|holds|left|leaves|reduced|reduces)\s+(?:the\s+|its\s+)?(?:key\s+|benchmark\s+)?(?:policy\s+)?(?:repo|interest)\s+rates?\b/;

/**
 * A body's name as the lead gives it in full: "Council" is the "GST Council" of "the Goods and Services Tax
 * (GST) Council"; "" when the lead names no such body.
 */
function fullBody(body: string, lead: string[]): string {
  const last = body.split(/\s+/).at(-1) ?? "";
  if (body.split(/\s+/).length > 1) return body.trim();
  const word = escapeRegex(last);
  for (const text of lead) {
    const m = text.match(
      new RegExp(`((?:[A-Z][\\w&-]*\\s+(?:and\\s+)?){1,5})\\((?<acr>[A-Z]{2,6})\\)\\s+${word}\\b`),
    );
    if (m?.groups?.acr) return `${m.groups.acr} ${last}`;
    const named = text.match(new RegExp(`((?:[A-Z][\\w&-]*\\s+){1,4})${word}\\b`))?.[1];
    if (named && !/^The\s+$/.test(named)) return `${named.trim()} ${last}`;
  }
  return "";
}

/** The words of a phrase a question may not repeat if it is to take the phrase as its setting. */
function distinctiveOf(phrase: string): string[] {
  return normKey(phrase)
    .split(" ")
    .filter((w) => w.length >= 3 && !/^(?:the|of|and|for|\d+(?:st|nd|rd|th))$/.test(w));
}

/** "May 2031" when the article states its date; "" otherwise (a year borrowed from its story is no fact of its own). */
export function whenOf(article: StoryArticle): string {
  return article.dated
    ? `${MONTHS[article.reference.getUTCMonth()]} ${article.reference.getUTCFullYear()}`
    : "";
}

/**
 * "The Act freezes ...", "The port, built at ...": a sentence whose subject is only a class noun is about the
 * setting that noun names ("the X Act", "the X Seaport"), though it repeats none of its words.
 */
function pointsAtSetting(sentence: string, tag: StoryTag): boolean {
  const noun = sentence.match(POINTING_SUBJECT)?.[1];
  if (!noun) return false;
  const last = (
    tag.phrase
      .replace(/\s*\([^)]*\)/g, "")
      .split(/\s+/)
      .at(-1) ?? ""
  ).toLowerCase();
  // "The scheme" is the "X Yojana" or the "X Mission" too.
  if (noun === "scheme" && /^(?:yojana|yojna|abhiyaa?n|mission|programme|scheme)$/.test(last)) return true;
  return last.endsWith(noun.toLowerCase().replace(/s$/, ""));
}

/**
 * The question with the story's setting in front of it, when the question does not name it, is not about it
 * and stays within thirty words; the question as it was otherwise. The caller gates what it returns.
 * @example withSetting("Which city fills the blank in \"... in _____\"?", "Oslo", [], tag, "May 2031") // "With reference to Operation Tide (May 2031), which city fills ..."
 */
export function withSetting(
  prompt: string,
  answer: string,
  aliases: string[],
  tag: StoryTag | null,
  when = "",
  /** The sentence asked, and its article: a sentence about an earlier year takes no setting. */
  source?: { sentence: string; article: StoryArticle },
): string {
  if (!tag) return prompt;
  // "On which date was X born?", "In which year did Nordland become independent?": a life's or a country's date
  // is no part of the news, and the story's setting in front of it is a fake hook (dev readings 6 and 7).
  if (LIFE_EVENT.test(prompt) && DATE_ANSWER.test(answer.trim())) return prompt;
  // "At the Oslo 2028 Olympics, X won bronze in ...": a sentence of a year before the news is background, and the
  // story's setting in front of a question that lost that year would put its fact in the news.
  if (source && earlierThanNews(source.sentence, source.article, prompt, answer)) return prompt;
  // "With reference to the NISAR programme, which lunar mission was launched in 2019 ...?": a question that keeps
  // an earlier year is about that year, and the story's setting in front frames it wrongly (blind reading 14).
  if (source && onlyEarlier(source.sentence, source.article)) return prompt;
  if (
    source &&
    tag.about &&
    !tag.about.some((w) => ` ${normKey(source.sentence)} `.includes(` ${w} `)) &&
    !pointsAtSetting(source.sentence, tag)
  )
    return prompt;
  // "Which minister chaired the Council's 47th meeting?" names the setting "the 47th meeting of the Harbour
  // Council" in other words: the setting's own words take their place.
  const own = prompt.match(
    /\bthe\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(\d+(?:st|nd|rd|th))\s+([a-z]+)\b/,
  );
  if (own && tag.phrase.includes(` ${own[1]} ${own[2]} `) && !/fills? the blank/.test(prompt))
    return withMonth(prompt.replace(own[0], tag.phrase), when);
  const said = ` ${normKey(prompt)} `;
  // A count's aliases carry what it counts ("19 Harbour Medals"): that names the setting, the answer does not.
  const asked = [answer, ...aliases.filter((a) => !/^\d/.test(a) || !/^\d/.test(answer))].map(
    (x) => ` ${normKey(x)} `,
  );
  const named = (w: string) => said.includes(` ${w} `);
  if (tag.distinctive.some((w) => asked.some((a) => a.includes(` ${w} `)))) return prompt;
  if (tag.names?.some((n) => asked.includes(` ${normKey(n)} `))) return prompt;
  // The month is left out where it is part of the answer ("12 January 2031" in "January 2031").
  // "the Harbour Convention (2031)" would date a convention signed long before: a setting older than the news
  // takes no date in brackets; a past question takes the month at its end instead.
  // An article dated only by the rest of its story prints no year its own text does not state.
  const whenYear = when.match(/\b(?:19|20)\d\d\b/)?.[0];
  const ownYear =
    !source ||
    source.article.dated ||
    !whenYear ||
    Boolean(source.article.title?.includes(whenYear)) ||
    source.article.sentences.some((x) => x.text.includes(whenYear));
  const date =
    when &&
    ownYear &&
    !tag.since &&
    !tag.dated &&
    !/\b(?:19|20)\d\d\b/.test(prompt) &&
    !asked.some((a) => a.includes(` ${normKey(when)} `))
      ? ` (${when})`
      : "";
  // A blank that names its setting needs it in front only for the date: "The list comprises 5 Harbour Medals,
  // _____ ..." says which honours, not which year's (blind reading 24). A wh-question takes its month at the end
  // instead (withMonth), and a date asked for needs none.
  // "How many Harbour Medal awards does the list comprise?": a question that points back at "the list" or "the
  // decision" names the setting's words but not which list; it takes the setting, with its date, in front.
  const vague =
    !/fills? the blank/.test(prompt) && /\bthe (?:list|decision|announcement)\b(?!\s+of\b)/.test(prompt);
  if (
    tag.distinctive.every(named) &&
    !(vague && date) &&
    (!date || !/fills? the blank/.test(prompt) || /^Which (?:date|year|month)\b/.test(prompt))
  )
    return prompt;
  // "Who was India's Foreign Secretary?" takes its setting as the time it asks about, "... at the time of
  // Operation Tide?": in front, "With reference to X, who was ...?" reads as a fragment (blind readings 34, 35).
  // Only an event has a time: "at the time of the new criminal laws" would not say when.
  const holder =
    /^Who was (?:the\s|[A-Z][\w.' -]*?['’]s\s)[^\d?]+\?$/.test(prompt) &&
    /\b(?:[Aa]ppointment|[Ll]aunch|[Vv]isit|Summit|[Mm]eeting|Operation|Budget|[Ff]inal|[Ee]lection|[Cc]eremony|Conference|[Ss]ession|Games|Olympics|Cup|[Mm]ission)\b/.test(
      tag.phrase,
    );
  const setWith = (when: string, question = prompt) =>
    holder && question === prompt
      ? `${prompt.slice(0, -1)} at the time of ${tag.phrase}${when}?`
      : `With reference to ${tag.phrase}${when}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
  // Thirty words at most: the date goes before the setting does, which says what the question is about (unless
  // the question names the setting already, when the date was all it would add).
  const fits = (set: string) => set.split(/\s+/).length <= 30;
  if (date && fits(setWith(date))) return setWith(date);
  if (tag.distinctive.every(named) || !fits(setWith(""))) return prompt;
  const set = setWith("", tag.since ? withMonth(prompt, when, source?.sentence) : prompt);
  return fits(set) ? set : setWith("");
}

/** A birth, a death or a country's independence ("independent", "independence"): its date is a question of its own. */
const LIFE_EVENT = /\b(?:born|birth|death|died|independen(?:t|ce))\b/;
/** A year or a day's date: "1991", "23 December 1902", "June 28, 1921". */
const DATE_ANSWER = /^(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(?:1[6-9]|20)\d\d$/;

/** Whether every year a sentence names is two or more before the news's: the sentence is background. */
function onlyEarlier(sentence: string, article: StoryArticle): boolean {
  const news = article.dated ? article.reference.getUTCFullYear() : article.year;
  // "had been pending since 2020": a state that lasts to the news is of the news.
  const years = (
    sentence.replace(/\bsince\s+(?:19|20)\d\d\b/g, " ").match(/\b(?:19|20)\d\d\b(?!-\d)/g) ?? []
  ).map(Number);
  return Boolean(news) && years.length > 0 && years.every((y) => y < (news as number) - 1);
}

/** "April 2031" and nothing else: the month an article's news is in. */
const MONTH_YEAR_ONLY = new RegExp(`^(${MONTHS.join("|")}) ((?:19|20)\\d\\d)$`);
/** Every "July 2030" or "July, 2030" of a sentence. */
const MONTH_YEAR_ANYWHERE = new RegExp(`\\b(${MONTHS.join("|")}),?\\s+((?:19|20)\\d\\d)\\b`, "g");

/**
 * Whether a sentence names a year before the news's (by more than one) that the question neither keeps nor asks.
 * @example earlierThanNews("At the 2028 Games, X won bronze.", article2031, "Who won bronze?", "X") // true
 */
function earlierThanNews(sentence: string, article: StoryArticle, prompt: string, answer: string): boolean {
  // An undated article's lead may still say when its news happened ("won ... on April 19, 2031").
  const news = article.dated
    ? article.reference.getUTCFullYear()
    : (article.year ?? (Number(article.month?.match(/\b(?:19|20)\d\d\b/)?.[0] ?? 0) || null));
  if (!news) return false;
  if (
    (sentence.match(/\b(?:19|20)\d\d\b/g) ?? []).some(
      (y) => Number(y) < news - 1 && !prompt.includes(y) && !answer.includes(y),
    )
  )
    return true;
  // "- July 2030: X won the Harbour Cup", in a story of April 2031: a month more than a season before the news's
  // is its background too.
  const at = (month: string, year: string) => Number(year) * 12 + MONTHS.indexOf(month);
  const now = monthOf(article).match(MONTH_YEAR_ONLY);
  if (!now?.[1] || !now[2]) return false;
  const newsAt = at(now[1], now[2]);
  return [...sentence.matchAll(MONTH_YEAR_ANYWHERE)].some(
    (m) =>
      newsAt - at(m[1] as string, m[2] as string) > 3 &&
      !prompt.includes(m[2] as string) &&
      !answer.includes(m[2] as string),
  );
}

/** The month a lead's news happened in: the article's own month, else the month of its stated date. */
export function monthOf(article: StoryArticle): string {
  return article.month ?? whenOf(article);
}

/**
 * Whether the name at `start` is written after a year at least two before the news's ("the 2023 G20 Summit" in
 * 2026); last year's edition ("the Tromso 2030 Games" revised in 2031) may still be the news.
 */
function earlierEdition(text: string, start: number, end: number, newsYear: number): boolean {
  // "the 2023 G20 Summit"; "the X Agreement concerning Y signed in 2015": a year before the name, or the year it
  // was made in after it.
  const year = Number(
    text.slice(0, start).match(/\b((?:19|20)\d\d)\s+$/)?.[1] ??
      // "the All India Tiger Estimation (AITE) of 2022": the edition's year right after its name.
      text.slice(end).match(/^\s*(?:\([A-Z][\w-]{1,10}\)\s*)?of\s+((?:19|20)\d\d)\b(?!-)/)?.[1] ??
      text
        .slice(end)
        .match(
          /^[^,;.]{0,90}?(?<!\b(?:was|were|is|are|been|be|had|has|have)\s+)\b(?:signed|adopted|launched|set up|established|founded|enacted|concluded|inked|created|formed|instituted)\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?((?:19|20)\d\d)\b/,
        )?.[1] ??
      0,
  );
  return year > 0 && newsYear > 0 && year <= newsYear - 2;
}

/**
 * Words that put what a sentence tells at another time than the news: "earlier this year", "last month", "in the
 * past". Such a sentence's question takes no month of the article's.
 */
export const ANOTHER_TIME =
  /\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:year|month|season)|(?:last|previous)\s+(?:year|month|season|edition|January|February|March|April|May|June|July|August|September|October|November|December)|in\s+the\s+past|previously|years?\s+ago|months\s+ago)\b/i;

/**
 * A wh-question about a past event with the month it happened in, when the article states its date and the
 * question names no year: "Which bill did Parliament pass?" becomes "Which bill did Parliament pass in April
 * 2031?". A blank quotes its sentence, and a question in another tense may not be about that month: both stay.
 * @example withMonth("Which bill did Parliament pass?", "April 2031") // "Which bill did Parliament pass in April 2031?"
 */
export function withMonth(prompt: string, when: string, sentence = ""): string {
  // "Which bill got 141 votes ...?": a wh-subject's simple past is as past as "did".
  // "How many MPs supported the bill?": a count's subject's simple past too.
  const verb =
    prompt.match(
      /^(?:Who|Which(?:\s+[\w'-]+){1,4}?|How (?:many|much)(?:\s+[\w'-]+){1,3}?)\s+([a-z]+)\b/,
    )?.[1] ?? "";
  if (
    !when ||
    // "won two gold medals at the X Championship earlier this year": the sentence says its own time.
    ANOTHER_TIME.test(sentence) ||
    // "he showed that the floods in Chennai after Cyclone Michaung in December 2023 cut output": a sentence that
    // dates what it tells in another year is not of the article's month (blind reading 33).
    // A law's or a fiscal year's ("the X Act, 2029", "2032-33") is a name, no time of the sentence's.
    [
      ...sentence.matchAll(
        /\b(?:in|on|since|during)\s+(?:(?:early|mid|late)\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b(?!-)/g,
      ),
    ].some((m) => !when.includes(m[1] ?? "")) ||
    // "Growth in the first quarter of FY27 ...; mining slipped to 1.8%": a figure of a quarter, a half or a fiscal
    // year is of that period, not of the month it was released in.
    /\b(?:quarter|Q[1-4]|half|fiscal|financial year|FY\s?\d{2,4}|(?:19|20)\d\d-\d\d)\b/.test(sentence) ||
    // "He has published 27 poetry collections": a career's sum grew over years, in no one month.
    /\b(?:has|have)\s+(?:also\s+)?(?:published|authored|written|penned|served|taught|directed|acted\s+in|produced|trained|coached|played|scored|taken|won)\b/.test(
      sentence,
    ) ||
    // "Which President was due to be the chief guest ...?": what was still to come happened in no month yet.
    // A "would" in what was announced ("announced that incomes would pay no tax") is no such future.
    /\b(?:was|were) due to\b/.test(prompt) ||
    /^(?:[\w'-]+\s+){1,5}?(?:will|would)\b/.test(prompt.replace(/\bthat\b.*$/, "")) ||
    /fills? the blank|\b(?:19|20)\d\d\b/.test(prompt) ||
    !(/\b(?:did|was|were)\b/.test(prompt) || isSimplePast(verb))
  )
    return prompt;
  // A question that asks for the date is answered by it.
  if (
    /^(?:On which (?:date|day)|(?:In|Since|Until|By) which (?:year|month)|When|What was the date)\b/.test(
      prompt,
    )
  )
    return prompt;
  if (MONTHS.some((m) => prompt.includes(m))) return prompt;
  const dated = `${prompt.replace(/\?$/, "")} in ${when}?`;
  return dated.split(/\s+/).length <= 30 ? dated : prompt;
}

/** The numbered meeting an article's lead reports and its headline names, as a setting; null when none. */
function numberedMeetingOf(articles: StoryArticle[]): StoryTag | null {
  for (const a of articles)
    for (const s of a.sentences.slice(0, LEAD)) {
      const meeting = meetingTag(s.text, a);
      const ordinal = meeting?.distinctive.at(-1) ?? "";
      // Only a meeting its headline names ("... at third Strategic Partnership Council meeting"): a summit's
      // formal "26th meeting of the Council of Heads of State" is no better setting than its declaration.
      if (meeting && new RegExp(`\\b${ordinal}\\b[^.]*\\b(?:meeting|session)\\b`, "i").test(a.title ?? ""))
        return meeting;
    }
  return null;
}

/** "the 47th meeting of the Harbour Council", "the Council's 47th meeting": the meeting a sentence names, as a setting. */
function meetingTag(text: string, a: StoryArticle): StoryTag | null {
  const meeting = text.match(NUMBERED_MEETING)?.groups;
  // "agreed ... at the fourth India-Japan 2+2 Foreign and Defence Ministerial Dialogue held in Tokyo".
  const named = meeting ? undefined : text.match(NAMED_MEETING)?.groups;
  if (named?.ordinal && named.name) {
    // "2+2 Foreign and Defence Ministerial Dialogue": the format already says which ministers, and the setting is
    // written short, as exams write it ("the fourth India-Japan 2+2 Ministerial Dialogue").
    const name = named.name.replace(
      /(?<=\b\d\+\d\s+)[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?=Ministerial\b)/,
      "",
    );
    return {
      phrase: `the ${named.ordinal.toLowerCase()} ${name}`,
      distinctive: distinctiveOf(name),
      whole: true,
    };
  }
  if (!meeting) return null;
  const ordinal = (meeting.ordinal ?? meeting.ordinal2 ?? "").toLowerCase();
  const body = fullBody(
    meeting.body ?? meeting.body2 ?? "",
    a.sentences.slice(0, LEAD).map((x) => x.text),
  );
  return body
    ? {
        phrase: `the ${ordinal} meeting of the ${body}`,
        distinctive: [...distinctiveOf(body), ordinal],
        whole: true,
      }
    : null;
}

/**
 * The deal an article's lead reports for a named thing: "signed a deal worth $2 billion for 26
 * Orca fighter jets" is "the Orca deal". Null when no lead reports one.
 */
function dealOf(read: { s: Sentence; index: number; spans: AnswerSpan[] }[][]): StoryTag | null {
  for (const sentences of read)
    for (const { s, spans } of sentences.slice(0, LEAD)) {
      const m = s.text.match(
        /\b(?:signed|inked|sealed|finali[sz]ed|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:deal|agreement|contract|pact)\b(?:[^.;]|\.(?=\d)){0,100}?\bfor\s+(?:the\s+(?:purchase|procurement|supply|acquisition|delivery)\s+of\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve)?\s*/,
      );
      if (!m || m.index === undefined) continue;
      const at = m.index + m[0].length;
      const thing = spans.find(
        (x) => x.start === at && x.type === "thing" && x.cls && x.answer.split(/\s+/).length <= 4,
      );
      if (!thing) continue;
      // "the Light Utility Helicopters deal" reads "the Light Utility Helicopter deal".
      const name = thing.answer.replace(/^the\s+/i, "").replace(/(?<=\s[A-Z][a-z]+[^s])s$/, "");
      return { phrase: `the ${name} deal`, distinctive: distinctiveWords(name) };
    }
  return null;
}

/**
 * A thing a story can be about: named with its class ("Harbour Cup", "Operation Tide") or written as a code name
 * ("Orca-7", "ORCASAT"); not a holiday, a class of ships or a lone common word ("Space").
 */
function isSetting(name: string, type: string, cls: string, category: string | undefined): boolean {
  // A law's full title runs longer ("the Promotion and Regulation of Online Gaming Bill, 2025").
  if (type !== "thing" || !cls || name.split(/\s+/).length > (category === "law" ? 9 : 6)) return false;
  // "18th", "18th BRICS" (of "the 18th BRICS summit"): an ordinal alone, or with an acronym, names nothing.
  if (/^\d+(?:st|nd|rd|th)(?:\s+[A-Z]{2,})?$/.test(name)) return false;
  // "the Aghion-Howitt framework": a scholar's model, named after two people, is what a story explains, not it.
  if (category === "initiative" && /^[A-Z][a-z]+-[A-Z][a-z]+$/.test(name)) return false;
  // "the United Nations Environment Programme": a body named like a programme is an actor, no setting.
  if (lexicon().organisation(name) || /^(?:United Nations|UN)\s/.test(name)) return false;
  // "the Strategic Dialogue", "the Joint Exercise": a kind of thing every pair of countries holds is no name.
  if (
    /^(?:(?:Strategic|Annual|Joint|Bilateral|Ministerial|High-Level|First|Second|Third|National|International)\s+)+[A-Z][a-z]+$/.test(
      name,
    )
  )
    return false;
  if (!SETTING_CATEGORIES.has(category ?? "") || /\b(?:class|day)$/i.test(name)) return false;
  // "Month Awards" of "ICC Player of the Month Awards": a name torn after its "of the" opens on a unit of time.
  if (/^(?:Month|Year|Week|Day|Decade|Season|Match|Series)\s/.test(name)) return false;
  // "First Information Report": a kind of document any case has, not one thing the news is about.
  if (/^(?:First|Second|Third)\s/.test(name) && !/\d/.test(name)) return false;
  // "Defence Ministers' meeting" cut short: a role is no setting.
  if (/\b(?:Ministers?|Presidents?|Chiefs?|Secretar(?:y|ies)|Governors?|Leaders?)$/.test(name)) return false;
  return name.split(/\s+/).length >= 2 || /[-\d]|[A-Z].*[A-Z]/.test(name);
}

/** A body's class noun at the head of a name: "... Department", "... Trust for ...", "... Party". */
const BODY_HEAD =
  /\b(?:Department|Trust|Organi[sz]ation|Commission|Bank|Board|Ministry|Agency|Institute|Council|Authority|Corporation|Limited|Party|Alliance|Company|Fund|Society|Federation|Association|Union|Front|Congress|Bureau|Office|Directorate)\b/;

/**
 * Whether the story spells the acronym out as a body's name: "India Meteorological Department (IMD)", "Credit
 * Guarantee Fund Trust for Micro and Small Enterprises (CGTMSE)".
 */
function bodyAcronym(articles: StoryArticle[], name: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(name)) return false;
  const spelled = new RegExp(
    `((?:[A-Z][\\w-]*|of|for|and|the|on|in)(?:\\s+(?:[A-Z][\\w-]*|of|for|and|the|on|in)){1,12})\\s+\\(${name}\\)`,
  );
  return articles.some((a) =>
    a.sentences.some((x) => {
      const m = x.text.match(spelled)?.[1];
      return m !== undefined && BODY_HEAD.test(m);
    }),
  );
}

/** A name without its bracket and its year: "Harbour Services (Regulation) Bill, 2032" -> "Harbour Services Bill". */
function coreName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/,?\s+(?:19|20)\d\d$/, "")
    .trim();
}

/** "Harbour Cup 2031" -> ["harbour", "2031"]: the words that are not its class noun. */
function distinctiveWords(name: string): string[] {
  const cls = classOfName(name)?.noun ?? "";
  const classWords = new Set(cls.split(" "));
  return normKey(name)
    .split(" ")
    .filter((w) => w.length >= 3 && !classWords.has(w) && !/^(?:the|of|and|for)$/.test(w));
}

/** "Harbour Cup" -> "the Harbour Cup"; "Operation Tide" and "Orca-7" keep no article. */
function phraseOf(name: string): string {
  // "the Harbour Services Bill, 2032": a setting's phrase ends before a comma, and the question says its month.
  const bare = name.replace(/^the\s+/i, "").replace(/,\s+(?:19|20)\d\d$/, "");
  const cls = classOfName(bare);
  if (!cls) return bare;
  const first = bare.split(/\s+/)[0]?.toLowerCase() ?? "";
  // "the FIDE World Cup", "the BRICS Summit": an acronym that opens a name with a class noun takes the article too,
  // except a ship's prefix ("INS Orca").
  return first === cls.noun.split(" ")[0] || /^(?:INS|INSV|ICGS|HMS|USS|MV|RV)\s/.test(bare)
    ? bare
    : `the ${bare}`;
}

/**
 * "In which year had India last won the Cup?" counts back from the article's day: "In which year before 2031 had
 * India last won the Cup?" says from when, where the article's year is known (blind reading 24). A blank quotes its
 * sentence as written, and a question that names a year already has its point.
 * @example withReferencePoint("In which year had Norway last won the Cup?", 2031) // "In which year before 2031 had Norway last won the Cup?"
 */
export function withReferencePoint(prompt: string, year: number | null | undefined): string {
  if (
    !year ||
    !/\b(?:had|has|have)\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}last\s/.test(prompt) ||
    /fills? the blank|\b(?:19|20)\d\d\b/.test(prompt)
  )
    return prompt;
  // The wh-phrase takes the point ("In which year before 2031 had ...?"), so the question still opens with it.
  return prompt.replace(/^(In which (?:year|month)|When)\b/, `$1 before ${year}`);
}

/**
 * The one Indian state a story is about: the only state its headlines and leads name, named twice or more in the
 * story (a headline counting once). Undefined where they name none or several.
 */
export function storyState(articles: StoryArticle[]): string | undefined {
  const states = lexicon().regions.state ?? [];
  // A state's pattern is built only for a text that holds its name at all.
  const namedIn = (text: string) =>
    states.filter((st) => text.includes(st) && new RegExp(`\\b${escapeRegex(st)}\\b`).test(text));
  const lead = new Set(
    articles.flatMap((a) => [
      ...(a.title ? namedIn(a.title) : []),
      ...a.sentences.slice(0, LEAD).flatMap((x) => namedIn(x.text)),
    ]),
  );
  if (lead.size !== 1) return undefined;
  const [state] = [...lead] as [string];
  // A headline that names the state counts as a mention of it.
  const mentions =
    articles.filter((a) => a.title?.includes(state)).length +
    articles.flatMap((a) => a.sentences).filter((x) => x.text.includes(state)).length;
  return mentions >= 2 ? state : undefined;
}
