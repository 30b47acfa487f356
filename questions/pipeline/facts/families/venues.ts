/** Where: the venues of meetings and events. */
import { type Country, lexicon } from "../../../lexicon";
import { escapeRegex, normKey } from "../../../text";
import type { Sentence } from "../../04-sentences";
import type { Span } from "../../ask";
import { formatDate, monthYear, resolveDate } from "../../dates";
import { ANOTHER_TIME } from "../context";
import { citiesOf } from "../spans";
import type { Candidate, Holder, StoryArticle } from "./candidate";
import { cleanEvent, type Event, eventKey } from "./events";
import { NOT_NAMES, type Patterns } from "./patterns";

/** The last word of a venue's name: a park, a hall, a stadium is a venue, never a city. */
const VENUE_WORD =
  /\b(?:Park|Stadium|Centre|Center|Hall|Palace|Bhawan|Bhavan|Mandapam|Ground|Grounds|Arena|Complex|Campus|Auditorium|Gardens?|Maidan|Club|Hotel|Resort)$/;

/** A sentence about an event still to come: "ahead of the X later this year", "the upcoming X", "will be held". */
const UPCOMING =
  /\b(?:later\s+(?:this|in\s+the)\s+(?:year|month)|next\s+(?:year|month)|upcoming|ahead\s+of\s+the|will\s+(?:be\s+)?(?:held|host(?:ed)?)|(?:is|are)\s+(?:scheduled|due|set)\s+to\s+be\s+held)\b/i;

export function venues(
  s: Sentence,
  article: StoryArticle,
  event: Event | null,
  protagonist: Holder | null,
  p: Patterns,
  claimed: Span[],
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(p.event)) {
    const raw = cleanEvent(m.groups?.event ?? "");
    if (!raw) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = s.text.slice(end).match(p.afterEvent);
    const before = s.text.slice(0, start).match(p.beforeEvent);
    const g = after?.groups ?? before?.groups;
    if (!g) continue;
    const key = eventKey(raw);
    const isMain =
      event &&
      (key === event.key || event.key.includes(key) || key.split(" ").every((w) => event.key.includes(w)));
    const display = isMain && event ? event.display : raw;
    let answer: string;
    let country: Country | undefined;
    let category = "city";
    let surface: string;
    if (g.nat) {
      const home = protagonist?.country;
      if (!home?.capital) continue;
      answer = home.capital;
      country = home;
      surface = "national capital";
    } else {
      const place = g.p ?? "";
      if (NOT_NAMES.has(place.split(" ")[0] ?? "") || lex.role(place) || lex.organisation(place)) continue;
      // "held at Bletchley Park, UK": a park, a hall or a stadium is a venue, and no city (blind reading 15 asked
      // "Which British city hosted ...?").
      if (VENUE_WORD.test(place)) continue;
      const asCountry = lex.country(place);
      // "held in Wilmington, Delaware": a foreign state or province after the city says whose city it is.
      const region = s.text
        .slice(end + (after?.[0].length ?? 0))
        .match(/^\s*,\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/)?.[1];
      const regionCountry = region ? lex.foreignRegion(region) : undefined;
      country =
        asCountry ??
        lex.country(g.pc ?? g.pc2 ?? "") ??
        (regionCountry ? lex.country(regionCountry) : undefined) ??
        undefined;
      if (asCountry) category = "country";
      answer = asCountry ? asCountry.name : place;
      surface = place;
    }
    // "securing a quota place for the 2032 Olympics": a year before another event's name is that event's edition,
    // not when this one was held.
    const dateInSentence = s.entities.find(
      (e) =>
        e.type === "DATE" &&
        /\b(?:19|20)\d\d\b|last year|next year/.test(sentenceDate(s, e)) &&
        !(
          /^(?:19|20)\d\d$/.test(sentenceDate(s, e)) &&
          /^\s+[A-Z]/.test(s.text.slice(e.start + sentenceDate(s, e).length)) &&
          !s.text
            .slice(e.start + sentenceDate(s, e).length)
            .trimStart()
            .startsWith(display)
        ),
    );
    // "on September 21, 2024" names its year: an undated article still dates the event by it.
    const phrase = dateInSentence ? sentenceDate(s, dateInSentence) : "";
    const resolved =
      dateInSentence && (article.dated || /\b(?:19|20)\d\d\b/.test(phrase))
        ? resolveDate(phrase, article.reference)
        : null;
    // "the 2027 World Cup in South Africa": the edition's year written before the event is when it was held.
    // A sentence with no year before a space has no edition: most are told so without compiling the pattern.
    const edition = YEAR_BEFORE_SPACE.test(s.text)
      ? s.text.match(new RegExp(`\\b((?:19|20)\\d\\d)\\s+${escapeRegex(display)}\\b`))?.[1]
      : undefined;
    // "ahead of the Asian Games in Japan later this year": an event still to come was held in no month yet; it
    // "will host", later in the article's year where the sentence says so.
    // Only the event's own clause says so: "agreed to hold an exercise next year, at the fourth X Dialogue held in
    // Tokyo" hosted the dialogue.
    const tail = end + (after?.[0].length ?? 0);
    const clauseStart = s.text.slice(0, start).search(/[,;][^,;]*$/) + 1;
    const clauseEnd = s.text.slice(tail).search(/[,;]/);
    const ahead = UPCOMING.test(s.text.slice(clauseStart, clauseEnd < 0 ? undefined : tail + clauseEnd));
    const laterThisYear = /\blater\s+(?:this|in\s+the)\s+year\b/i.test(s.text) && article.dated;
    const when = edition
      ? ` in ${edition}`
      : ahead
        ? laterThisYear
          ? ` later in ${article.reference.getUTCFullYear()}`
          : ""
        : resolved
          ? ` in ${formatDate(resolved.granularity === "day" ? { ...resolved, granularity: "month" } : resolved)}`
          : article.dated && !ANOTHER_TIME.test(s.text)
            ? ` in ${monthYear(article.reference)}`
            : "";
    // "Which Kazakhstani city" among Tashkent and Bishkek gives its key away: the country is named only where its
    // other cities can be offered.
    const ownCities = country
      ? citiesOf(country.code).filter((c) => normKey(c) !== normKey(answer)).length
      : 0;
    const which =
      category === "country"
        ? "Which country"
        : country && !g.nat && ownCities >= 3
          ? `Which ${country.demonyms[0] ?? ""} city`
          : "Which city";
    const prompt = `${which.replace(/\s+/g, " ")} ${ahead ? "will host" : "hosted"} the ${display}${when}?`;
    if (normKey(prompt).includes(normKey(answer))) continue;
    claimed.push({ start, end: end + (after?.[0].length ?? 0) });
    out.push({
      kind: "where",
      answer,
      aliases: [
        g.nat ? "national capital" : "",
        country && category === "city" ? `${answer}, ${country.name}` : "",
      ].filter(Boolean),
      category,
      prompt,
      articleId: article.id,
      sentence: s.text,
      surface,
      score: isMain ? 10 : 8,
      country,
    });
  }
  return out;
}

/** The text of a DATE entity with a following "last year" joined on ("October" + "last year"). */
export function sentenceDate(s: Sentence, e: { start: number; end: number; text: string }): string {
  const rest = s.text.slice(e.end);
  const tail = rest.match(/^\s+(?:last|this|next)\s+year\b/);
  return tail ? s.text.slice(e.start, e.end + tail[0].length) : e.text;
}

/** What any "<year> <event>" needs: a year at a word boundary with a space after it. */
const YEAR_BEFORE_SPACE = /\b(?:19|20)\d\d\s/;
