/** The gate every question passes before it is emitted: complete, answerable, and giving nothing away. */

import namesData from "../data/names.json" with { type: "json" };
import { lexicon } from "../lexicon";
import { capitalise, MONTHS, NUMBER_WORDS, normKey, uncachedNormKey } from "../text";

/** Words that say what a name is ("Convention", "Bill"), which a question may use without naming the answer. */
const CLASS_WORDS = new Set([
  ...Object.keys(namesData.classNouns),
  ..."india indian national international union new first second third world great trade economic free public central state federal global united security science technology development".split(
    " ",
  ),
]);

export type GateRule = (prompt: string, answer: string, aliases: string[]) => string | null;

const OPENINGS =
  /^(?:Who|Whom|Whose|What|Which|Where|When|How|(?:In|On|At|By|From|To|For|With|Under|During|Against|Of|Into|Through|Over|After|Before|Since|Between|Among|As|In the presence of|On the sidelines of|At the invitation of|Under the chairmanship of|In the wake of|As (?:a )?part of|On the occasion of)\s+(?:which|what|whom|how|when)|(?:In|Under|At|On) whose)\b/;
const FINITE =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must|fills|[a-z]{3,}(?:ed|es))\b|\b(?:won|met|beat|took|made|gave|held|led|said|got|became|came|went|saw|sent|set|put|ran|rose|fell|left|lost|paid|sold|told|won|wrote|threw|struck|hit|spent|brought|bought|built|chose|drew|grew|kept|knew|meant|read|shot|stood|swore|began|broke|flew|forgot|hung|lay|overcame|sought|spoke|spread|taught|thought|understood|withdrew|signed|launched|passed|announced|approved|died|dies|fled|freed|eyed|tied|lied|sat|found|felt|heard|fought|caught|dealt|swept|wore|rode|drove|froze|shook|sang|sank|swam|bore|tore|fed|laid|lit|quit|shed|shut|split|upheld|withheld|oversaw|undertook|overtook|cast|cost|cut|let|hurt|bid)\b/i;

/** "Which initiative seeks ...?", "Who further cements ...?": a verb in "-s" right after a subject's wh-phrase. */
const SUBJECT_VERB =
  /^(?:With reference to [^,]+,\s+)?(?:Which\s+[a-z-]+|Who|What)\s+(?:(?:further|also|now|still|only|already|jointly|formally)\s+)?(?!(?:of|is|has|was|does)\b)[a-z]{3,}s\b/i;
/**
 * "As of 2031, Valdoria harbours a maximum number of sites ...": a present tense in "-s" right after a name that opens
 * the question or a clause, before what it governs, is the verb of a question asked in place; the list of finite
 * forms holds no present. A name after a wh-word ("Which Valdoria ports on ...") is a noun phrase, not a subject.
 */
const NAMED_PRESENT =
  /(?:^|,\s+)(?!(?:Which|What|Who|Whom|Whose|How|With|In|On|At|By|For|From|To)\b)(?:[A-Z][\w.'’-]*\s+){1,4}(?!(?:its|his|this|was|has|is|as|us|does)\b)[a-z]{3,}[^s\W]s\s+(?:the|a|an|to|up|its|their|his|her|on|for|with|that|as|into)\b/;
/** A question's setting and its wh-phrase up to the phrase's noun: "With reference to X, how many kilometres". */
const WH_NOUN =
  /^(?:With reference to [^,]+,\s+)?(?:(?:In|On|At|From|To|By|For|With|Of|Under|During)\s+)?(?:How many|How much|Which|What)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|may|might|shall|should|must)\b)[a-z-]+(?=\s)/i;
/** A reporter's judgement of a party that makes a sentence comment rather than news ("showed its true colours"). */
const REPORTERS_VERDICT =
  /\b(?:true colou?rs|shrewd|nefarious|sinister|info(?:rmation)? war|befitting reply|misadventure|shameful|disgraceful|ill-conceived|cunning|stunned by)\b/i;
const BLANK = /^Which [\w-]+ fills? the blank in "(.*)"\?$/;
/** "the Institute for Advanced Study", "the United Nations": a capitalised word inside a sentence is a name's, no verb. */
const NAME_WORD = /(?<=\S\s+)[A-Z][a-z]+(?:ed|es)\b/g;
/**
 * "On 14 May 2031, brought the ___ spacecraft": a setting, then a verb with no subject. "On the 200th anniversary
 * of X, and was first awarded in ___": the second half of a clause whose subject and verb were cut away.
 */
const SUBJECTLESS =
  /^(?:On|In)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+[a-z]+ed\s+(?:the|a|an)\b|^(?:On|In|At|By|From|After|Before|During)\s[^,]{2,40},\s+[a-z]+(?:ed|ought|ew|ade|ook|ame|ent|ought)\b|^(?:On|In|At|By|From|After|Before|During|Under|With)\s[^,]{2,120},\s+and\s+(?:was|were|is|are|has|have|had|will|would)\s/;
/**
 * A clause cut away from its subject opens on its verb or a connective: "Was a notable leader who ...", "Born on
 * _____, ...", "Then, ...", "Like in _____, the debate ...", "Demonstrated successful strikes ...", "Noting that
 * investment grew ...", "Sources, did not mention ..." (the rest of "according to sources, ...").
 */
const FRAGMENT_OPENING =
  /^(?:(?:A|An|One|Two|Three|Four|Five|Six|Some|Days|Weeks|Months|Hours|Years)\s+(?:(?:day|days|week|weeks|month|months|year|years|hours?)\s+)?(?:after|before|since)\s|(?:Under|In|Of|For|By|With|From|At|On|To)\s+which\b|To\s+be\s+[a-z]+(?:\s+up)?\s+by\b|(?:19|20)\d\d\s+by\b|(?:Q|Ques|Question|Ans|Answer)\s*\d*\s*[.:]\s|(?:Was|Were|Is|Are|Had|Will|Would|Born|Known|Then|Like|Also|And|But|Or|That|Which|Who|Whose|Including|Besides|Noting|Adding|Saying|Stating|Citing|Calling|Terming|Describing|Highlighting|Focus|Part|Together|Enables|Allows|Means|Makes|Helps|Gives|Takes|Brings|Comes|Marks|Shows|Provides|Includes|Remains|Seems|Seeks|Aims|Plans|Wants|Hopes|Intends|Proposes|Promises|Vows|Pledges|Threatens|Agrees|Refuses|Continues)\b|(?:Came|Went|Took|Made|Gave|Said|Met|Held|Led|Won|Began|Left|Became)\s+[a-z]|(?:Brought|Bought|Built|Chose|Drew|Kept|Sent|Put|Set|Spent|Struck|Hit|Threw|Wrote|Sold|Paid|Lost|Told|Saw|Got|Found|Sought)\s+(?:the|a|an|his|her|its|their|them|two|three|four)\b|[A-Z][a-z]+ed\s+(?:on|in|at|by|to|for|with|from|that|the|a|an|successful)\b|[A-Z][a-z]+en\s+by\s|(?:Up|Down)\s+(?:from|by)\s|[A-Z][a-z]+,\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b|[A-Z][a-z]+,\s+(?:won|[a-z]{3,}ed)\s+(?:the|a|an)\b|[-–—.,'"])/;
/** A count inside a record's description: "the fourth Indian in independent India to win how many medals". */
const COUNT_IN_RECORD =
  /\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+[^?,;"]{0,60}?\bto\s+[a-z]+\s+(?:how many|_____)\s/;
/** The second of two alternatives asked after a figure: "at the age of 65 or can have a tenure for how many years". */
const SECOND_ALTERNATIVE = /\b\d[\d,.]*\s+or\s+(?:[a-z]+\s+){1,10}(?:how many|how much|_____)(?!\w)/;
/** Ball-by-ball and scorecard counts: sixes, fours, balls faced, overs bowled. */
const SCORECARD = /\b_____\s+(?:sixes|fours|balls|overs|deliveries)\b|\boff _____ balls\b|\bthe _____ ball\b/;

/**
 * A stem that opens on the tail of a subject or a list whose head the cut took: "Orca, retained its forecast",
 * "X's highest honour, and Valdoria adopted ...", "23 are missing after ..." (of "11 were killed and 23 are ...").
 * An aside closed by a second comma ("Tromso, located in the north, is ...") and a year as subject are whole.
 */
function tornHead(stem: string): boolean {
  // "18-21, 21-14 in the quarterfinals and then got the better of _____": the tail of a match's scores.
  if (/^\d{1,2}-\d{1,2}\b/.test(stem)) return true;
  if (/^(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:are|were|is|was|have|has|had)\b/.test(stem)) return true;
  // "Officials said was _____ complete": what was said lost its subject.
  if (/^[^,]{0,40}\b(?:said|says|added|stated)\s+(?:was|is|were|are|had|has|have|will)\b/.test(stem))
    return true;
  // A comma inside a figure ("3,000 MW") parts nothing.
  const head = stem.match(
    /^((?:[^,]|,(?=\d{3}))+),\s+(and\s|(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will)\b(?:[^,]|,(?=\d{3}))*$)/,
  );
  if (head?.[1] && head[1].length > 60) return false;
  // "A combined capacity": a participle after a determiner describes its noun.
  const verbs = head?.[1]
    ?.replace(NAME_WORD, " ")
    .replace(/\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[a-z]{3,}ed\b/g, " ");
  return verbs !== undefined && !FINITE.test(verbs);
}

/** Each rule names what is wrong, or returns null. Order: form, then content. */
const MONTH_WORDS = MONTHS.join("|");
const MONTH_NAME = new RegExp(`\\b(?:${MONTH_WORDS})\\b`, "g");
/** A time phrase of the question's own clause: "in June 2031", "on 9 April 2031", not one compared with. */
const OWN_TIME = new RegExp(
  `(?<!\\b(?:from|than|since|same\\s+month|same\\s+period|compared\\s+with|against)\\s+(?:[\\w$₹%.,-]+\\s+){0,4}?)\\b(?:in|on|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:\\d{1,2}\\s+)?(?:(?:${MONTH_WORDS})(?:-(?:${MONTH_WORDS}))?\\s+)?(?:\\d{1,2},?\\s+)?(?<year>(?:19|20)\\d\\d)\\b`,
  "g",
);

/**
 * A time in the question's own clause (before any comma) of another year than the answer's. A time compared with
 * ("from 4.1% in 2030", "than 74.1% in 2029", "the same month in 2030", "since 2009") is no time of its verb, and
 * "in 2031" narrows "On which date ...?" keyed 9 July 2031.
 */
function otherTime(prompt: string, answer: string): boolean {
  const clause = prompt.replace(SETTING, "").split(/,\s/)[0] ?? "";
  const year = answer.match(/(?:19|20)\d\d/)?.[0];
  return [...clause.replace(/\([^)]*\)/g, "").matchAll(OWN_TIME)].some((m) => m.groups?.year !== year);
}

/**
 * A subject that is only a class noun, "The Act", "The port", "The petitions challenging the Act", before its verb
 * or a comma: it points back to a name another sentence gave. Group 1 is the noun: a law's or a named place's or
 * object's. Not "The decision" or "The deal", which are the story's news itself.
 */
export const POINTING_SUBJECT =
  /^The (?:[a-z]+ (?:challenging|against|under|on|before) the )?(Act|Bill|Ordinance|scheme|port|temple|monument|site|vessel|ship|submarine|satellite|spacecraft|facility|plant|airport|station|bridge|tunnel|reserve|park|sanctuary|petition|petitions|plea|case)\b(?=,|\s+(?:was|were|is|are|has|have|had|will|would|can|could|did|does|do|may|might|must|shall|should|[a-z]{3,}(?:ed|es|s))\b)/;

/** "which country's Wang Lin", "_____'s Park Ji-yeon": a country asked as the owner of a name (group 1). */
const COUNTRY_OWNER =
  /(?:\bwhich country['’]s|_____['’]s)\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)(?=[,?"]|\s+[a-z])/;
/** The last word of a body's or an event's name, which a person's is not. */
const BODY_WORD =
  /\b(?:Group|Bank|Navy|Army|Air|Force|Forces|Guard|Ministry|Corporation|Company|Limited|Ltd|Agency|Council|Institute|University|Party|Government|Parliament|Foundation|Federation|Association|Committee|Commission|Board|Authority|Organisation|Organization|Airlines|Motors|Industries|Space|Cup|League|Open|Games|Championship|Team|Club|Court|Assembly|Congress)$/;

/** The auxiliary every do-support pattern opens on. */
const DO_SUPPORT = /\b(?:did|does|do)\s/;
/** A pronoun that may stand for what another sentence named. */
const PRONOUN = /\b(?:he|she|they|him|them|it|this|these|those)\b/i;

export const GATE_RULES: [name: string, rule: GateRule][] = [
  ["ends with a question mark", (p) => (p.trim().endsWith("?") ? null : "not a question")],
  ["starts with a capital", (p) => (/^[A-Z]/.test(p) ? null : "starts mid-sentence")],
  ["opens with a wh-phrase", (p) => (OPENINGS.test(p) ? null : "no wh-opening")],
  // "How many kilometres X line?": the setting and the wh-phrase's noun ("kilometres", "Games") are no verb.
  [
    "has a finite verb",
    (p) =>
      // "which jets of the newly commissioned squadron": a participle after an adverb and a determiner describes.
      // "How many amendments moved by X and Y?": a participle before "by" with no auxiliary is a reduced relative.
      FINITE.test(
        p
          .replace(WH_NOUN, "")
          .replace(
            /(?<!\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s+(?:[a-z]+ly\s+)?)\b[a-z]{3,}ed\s+by\b/g,
            " ",
          )
          .replace(/\b(?:the|a|an|its|their|his|her)\s+(?:[a-z]+ly\s+)[a-z]{3,}ed\b/gi, " ")
          .replace(NAME_WORD, " "),
      ) ||
      SUBJECT_VERB.test(p) ||
      NAMED_PRESENT.test(p)
        ? null
        : "no finite verb",
  ],
  // "Valdoria, stunned by the retaliation, showed its true colours by shelling villages, killing how many?": a
  // reporter's verdict on a party is no fact an exam asks, and no edit of a word or two takes it out.
  ["no reporter's verdict", (p) => (REPORTERS_VERDICT.test(p) ? "reporter's verdict" : null)],
  ["at most 30 words", (p) => (p.split(/\s+/).length <= 30 ? null : "over 30 words")],
  // "With whom was X appointed along the first appointments ...?": "along with" torn by fronting its "with".
  [
    "no torn 'along with'",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?With whom\b[^?]*\balong\b(?!\s+with)/.test(p)
        ? "torn 'along with'"
        : null,
  ],
  // "At which ship will the jets be based, the naval air station in Goa, and will operate from X?", "On which date
  // will China take over the chair, and will host the summit?": a second verb phrase of the sentence left behind.
  [
    "no second verb phrase left behind",
    (p) =>
      !/fills? the blank/.test(p) &&
      (/,\s+and\s+(?:will|would|shall|is|are|was|were|has|have|had|can|could)\s+(?:also\s+)?[a-z]{3,}\b[^?]*\?$/.test(
        p,
      ) ||
        // "..., and the first round of negotiations was?": a second clause cut after its verb.
        /,\s+and\s+[^?]*\b(?:was|were|is|are)\?$/.test(p) ||
        // "On which date will X have a tenure of six months and will retire?": the time was the second verb's,
        // which is left at the end with nothing after it.
        /^(?:With reference to [^,]+,\s+)?(?:On which date|In which (?:year|month)|When) (?:will|did|does|do|is|was|were|are|has|had|have)\b[^?]*\sand\s+(?:will|would|shall|can|could)\s+[a-z]+\?$/.test(
          p,
        ))
        ? "second verb phrase left behind"
        : null,
  ],
  // Blind reading 9: a wh-question whose clause was cut or gapped.
  [
    "no clause cut or gapped around the wh-phrase",
    (p) => {
      if (/fills? the blank/.test(p)) return null;
      // "Which exercise is a defence official in New Delhi said?": the verb of saying left at the end.
      if (
        /^(?:With reference to [^,]+,\s+)?Which\s+[a-z-]+\s+(?:is|are|was|were)\b[^?]*\b(?:said|added|noted|stated)\?$/.test(
          p,
        )
      )
        return "verb of saying left behind";
      // "Which aircraft does India operate variant and Australia the P-8A?": a gapped second clause.
      if (/\band\s+(?:the\s+)?[A-Z][\w-]*\s+the\s+[A-Z][\w-]*\?$/.test(p)) return "gapped clause left behind";
      // "With which ministry will the Minister informed the House ...?": a past form after a modal.
      if (
        /\b(?:will|would|can|could|shall|should)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}[a-z]{3,}ed\s+(?:the|that|a|an)\b/.test(
          p,
        )
      )
        return "past form after a modal";
      // "In which year had X contested from Y and 2020?": one year of a pair fronted, its partner left behind.
      if (
        /^(?:With reference to [^,]+,\s+)?(?:In|By|Since|From|Until|Till)\s+which\s+year\b/.test(p) &&
        /(?<!\b(?:19|20)\d\d|\bbetween)\s+(?:and|or)\s+(?:19|20)\d\d\b/.test(p)
      )
        return "list partner left behind";
      // "Which estimates that about 159 million ...?": a wh-word with a verb for its noun.
      if (
        /^(?:With reference to [^,]+,\s+)?Which\s+(?:estimates|says|shows|states|notes|finds|reports|adds)\s+that\b/.test(
          p,
        )
      )
        return "wh-phrase with no noun";
      return null;
    },
  ],
  // "How many MiG-29K did India buy /KUB jets ...?": a name written with a slash ("MiG-29K/KUB") torn apart.
  ["no torn slash", (p) => (/(?:^|\s)\/[A-Za-z]|[A-Za-z]\/(?=\s)/.test(p) ? "torn slash" : null)],
  // "Which union territory had the largest population?" of a census of snow leopards: a superlative of a count
  // that names nothing counted.
  [
    "a superlative names what it counts",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?(?:Which|What)\b[^,]*\bthe\s+(?:largest|highest|biggest|lowest|smallest|second-largest|second-highest)\s+(?:population|number|share|count|total)(?=\s*[,?]|\s+(?:as|in|with|among|across|at)\b)/i.test(
        p,
      ) && !/fills? the blank/.test(p)
        ? "superlative of nothing"
        : null,
  ],
  // "What percentage did gross value add rose ...?": a past form left behind do-support is a second verb.
  [
    "no verb left in the past after do-support",
    (p) =>
      // Every pattern below opens on the auxiliary: a question without one is spared the ten of them.
      DO_SUPPORT.test(p) &&
      (/\b(?:did|does|do)\s+(?:[^?,]*?\s)?(?:rose|fell|grew|stood|became|went|came)\b/.test(p) ||
        // "In which year does bilateral naval exercise between the two countries began?": no relative clause between.
        /\b(?:did|does|do)\s+(?:(?!\b(?:who|which|that|when|where|after|before|since)\b)[^?,"])*?\s(?:began|won|took|held|led|met|beat|signed|launched|announced|started|joined|elected|approved|passed|released)\?$/.test(
          p,
        ) ||
        // "How many individuals did an estimate worldwide would fall under its ambit?": a modal after do-support.
        /\b(?:did|does|do)\s+(?:(?!\b(?:that|which|who|say|said|expect|think|believe)\b)[^?,"])*?\s(?:would|will|could|should|can|might|must)\s/.test(
          p,
        ) ||
        // "In which city did a citizen bear in X does not become an outsider?": a second do-support.
        /\b(?:did|does|do)\s+[^?,"]*?\s(?:does|do|did)\s+not\b/.test(p) ||
        // "on which date did Admiral Ola Berg superannuated?": a named subject, then a past form.
        /\b(?:did|does|do)\s+(?:[A-Z][\w.'-]*\s+){1,5}[a-z]{4,}(?:ated|ised|ized)\b/.test(p) ||
        // "in which year did Valdorian firms showcased their products?": a past form before its object.
        /\bdid\s+(?:[\w'-]+\s+){1,6}?[a-z]{3,}ed\s+(?:their|its|his|her|the|a|an)\s/.test(p) ||
        // "How many stages did the director say of the vehicle performed as planned?": what was said has a verb of
        // its own, torn from its subject.
        /\b(?:did|does|do)\s+[^?,"]*?\ssay\s+(?:of|about|that)\s+[^?,"]*?\s[a-z]{3,}ed\b/.test(p) ||
        // "In which year did an initiative first propose by Valdoria?": a passive that lost its auxiliary.
        /\b(?:did|does|do)\s+(?:an?|the|this|that)\s+[a-z]+\s+(?:first\s+|jointly\s+|formally\s+)?[a-z]+\s+by\s+[A-Z]/.test(
          p,
        ) ||
        // "In which state did 22 three-car trainsets manufacture by Alstom?": a counted subject, then a passive.
        /\b(?:did|does|do)\s+\d[\d,]*\s+(?:[\w-]+\s+){1,3}[a-z]+\s+by\s+[A-Z]/.test(p) ||
        // "did the number of species know from India has risen ...": a perfect after the inverted verb.
        /\b(?:did|does|do)\s+(?:(?!\b(?:that|which|who|after|before|since|when|while|as)\b)[^?,"])*?\s(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|isen)\b/.test(
          p,
        ))
        ? "two verbs after do-support"
        : null,
  ],
  // "Which satellite (VICOS) was launched ...?" for the Valdoria-India Climate Observation Satellite: the brackets
  // spell the key's initials.
  [
    "no bracketed acronym spells the answer",
    (p, answer, aliases) => {
      // Most questions have no brackets: the answer's initials are worked out only for one that does.
      if (!p.includes("(")) return null;
      const initials = answer
        .split(/[\s-]+/)
        .filter((w) => /^[A-Z]/.test(w) && !/^(?:Of|And|The|For)$/.test(w))
        .map((w) => w.charAt(0))
        .join("");
      const short = new Set([initials, ...aliases.filter((a) => /^[A-Z][A-Z0-9-]{1,9}$/.test(a))]);
      return [...p.matchAll(/\(([A-Z][A-Z0-9-]{1,9})\)/g)].some((m) => short.has(m[1] ?? ""))
        ? "acronym names the answer"
        : null;
    },
  ],
  [
    "no bracket names the answer",
    // "Which jet (Rafale M) did ...?" for "Rafale Marine": a short form in brackets is the answer's.
    (p, answer, aliases) => {
      // Most questions have no brackets: the answer's keys are worked out only for one that does.
      if (!p.includes("(")) return null;
      const forms = [answer, ...aliases].map(normKey).filter((f) => f.length > 2);
      const first = normKey(answer).split(" ")[0] ?? "";
      return [...p.matchAll(/\(([^()]{2,40})\)/g)].some((m) => {
        const inside = normKey(m[1] ?? "");
        return (
          forms.includes(inside) || (first.length >= 4 && !/\d/.test(first) && inside.split(" ")[0] === first)
        );
      })
        ? "bracket names the answer"
        : null;
    },
  ],
  [
    "no rank in the stem names the service asked",
    // "Which armed service contingent was led by Rear Admiral X?" asks the Navy of its admiral.
    (p, answer) => {
      const service = /\bNavy\b|\bNaval\b/.test(answer)
        ? /\b(?:Admiral|Commodore|Lieutenant Commander|Lt Cdr|Sub Lieutenant|naval)\b/
        : /\bAir Force\b/.test(answer)
          ? /\b(?:Air (?:Chief |Vice )?Marshal|Air Commodore|Group Captain|Wing Commander|Squadron Leader|Flight Lieutenant)\b/
          : /\bArmy\b/.test(answer)
            ? /\b(?:General|Lt Gen|Maj Gen|Brigadier|Colonel|Lt Col|Major)\b/
            : null;
      return service?.test(p) ? "rank names the service" : null;
    },
  ],
  [
    "no speaker's words as a blank, no ambassador to nowhere",
    // 'Which number fills the blank in "We see a _____ basis point cut in February"?': an analyst's forecast.
    // "Who was India's Ambassador in July 2032?": to which country or body the question does not say.
    (p) =>
      /fills? the blank in "(?:We|Our|My)\b/.test(p) ||
      /^(?:With reference to [^,]+, )?[Ww]ho was [^?]*\b(?:Ambassador|High Commissioner|Permanent Representative)\b(?![^?]*\bto\s+(?:the\s+)?[A-Z])/.test(
        p,
      )
        ? "speaker's words or ambassador to nowhere"
        : null,
  ],
  [
    "no 'such' that points back",
    // "How many of such events ...?", "the value of such support": what "such" points back to is in another
    // sentence. A setting in front says what it is.
    (p) =>
      !SETTING.test(p) &&
      /\bsuch\s+(?:an?\s+)?(?!as\b)[a-z]+/i.test(p.replace(/\bsuch\s+(?:an?\s+)?[a-z]+\s+as\b/gi, ""))
        ? "'such' points back"
        : null,
  ],
  // "did X successfully flight -tested": a hyphenated verb torn in two.
  ["no word torn at its hyphen", (p) => (/\w\s-[a-z]/.test(p) ? "hyphenated word torn apart" : null)],
  [
    "a role question names its event or date",
    (whole) => {
      // "With reference to the Wildlife (Protection) Act, who was India's Environment Minister?": a standing law
      // gives no time, and every option may have held the office (blind reading 13). Nor does an undated
      // "the Supreme Court's verdict" (set G3).
      const p = capitalise(
        whole.replace(
          /^With reference to (?:the )?(?:[^,]*\b(?:Act|Code|Rules|Convention|Article|Schedule)(?:, \d{4})?|(?:[A-Z][\w ]*['’]s )?(?:verdict|judgment|ruling|order|decision|announcement|statement|report|data))(?=,),\s+/,
          "",
        ),
      );
      // "Who was named Player of the Match?": a title a match or a season gives is a role too.
      // "Who heads the X Bank?": an office held now is a role too.
      return (/^Who (?:was|is) (?:the |(?:[A-Z][\w.]*\s)*[A-Z][\w.]*'s |(?:named|declared|adjudged|chosen) (?:as )?(?:the )?[A-Z])[^?]*\?$/.test(
        p,
      ) ||
        /^Who (?:heads|chairs|leads|runs|governs|headed|chaired|led) (?:the )?[A-Z][^?]*\?$/.test(p)) &&
        !/\d|\b(?:at|in|during|on|when|after|before|whom)\b/.test(p)
        ? "role with no event or date"
        : null;
    },
  ],
  [
    "a count is not one of two",
    // "How many camps in X and five in Y were burnt down?": the other count of the pair reads as garbled.
    // "What percentage did the department assign to above-normal rainfall and 22 per cent ...?": a share too.
    // "How many tunnels did the BRO complete and nearly 600 bridges?", "How many countries did RSF rank and
    // territories?": the count's noun phrase was two, and half of it stayed behind the verb.
    (p) =>
      /^(?:[^?]*, )?(?:how many|how much|what percentage|what amount)\b[^?]*?\b(?:and|or)\s+(?:up\s+to\s+|nearly\s+|about\s+|over\s+|some\s+|around\s+|almost\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]/i.test(
        p,
      ) ||
      /^(?:[^?]*, )?how many\b[^?]*\b(?:did|does|do|will|would)\s[^?]*?\s[a-z]+(?<!s)\s+and\s+[a-z]+s(?=\s+(?:in|at|across|over|on|from)\b|\?)/i.test(
        p,
      ) ||
      // "How many AC 3-tier coaches does the train have, four AC 2-tier coaches?": the list's next figure left behind.
      /^(?:[^?]*, )?(?:how many|how much|what percentage|what amount)\b[^?]*,\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+[A-Za-z][^?,]*\?$/i.test(
        p,
      )
        ? "count paired with another"
        : null,
  ],
  [
    "no date or name torn apart",
    // "to how many Mar was the sea phase conducted from 13 2033?": a day and a year with the month cut out.
    // "Which exercise 33 had showcased ...?": the number of a name left behind its wh-phrase.
    (p) =>
      /\b(?:from|on|to|until|till|since|by)\s+\d{1,2}\s+(?:19|20)\d\d\b/.test(p) ||
      // "... scheduled from 3?", "... rejuvenated in 5?": a day or a figure left at the end without its month or
      // its thousands.
      /\b(?:from|on|to|until|till|since|by|in|between)\s+\d{1,2}\?$/.test(p) ||
      // "President Kassym-_____": the blank holds half a hyphenated name.
      /[A-Za-z]-_____/.test(p) ||
      // "_____ 33 had showcased ...": the edition's number of the blanked name stayed behind.
      /_____ \d{1,3} (?!per\b|percent\b)[a-z]/.test(p) ||
      /^(?:With reference to [^,]+, )?(?:[A-Z][a-z]+ )?[Ww]hich [a-z]+ \d{1,3} (?!per\b|percent\b|%)[a-z]/.test(
        p,
      )
        ? "torn date or name"
        : null,
  ],
  [
    "no blank in an event's name",
    // "won gold in the women's _____ pistol": the distance names the event, and 19m or 29m events do not exist.
    // A weapon's name before "rifle" ("ongoing _____ rifle production": AK-203) is a name, and is asked.
    (p, answer) =>
      /^\d/.test(answer) &&
      /_____\s*(?:m\s+|metres?\s+)?(?:air\s+)?(?:pistol|rifle|freestyle|butterfly|backstroke|breaststroke|medley|hurdles|steeplechase|relay|race walk)\b|\brifle\s+_____\s+positions\b/.test(
        p,
      )
        ? "blank in an event's name"
        : null,
  ],
  [
    "a preposition keeps its object",
    // "... trade agreements signed since 2032, including signed in _____": an aside cut out took the object.
    (p) =>
      /\b(?:including|such as|like|with|of|for|from)\s+(?:signed|adopted|launched|held|built|set up|founded|opened|passed)\s+(?:in|on|at|by)\b/.test(
        p,
      )
        ? "preposition without its object"
        : null,
  ],
  [
    "an ordinal names what it counts",
    // "How much were given to the first?": the first, second and third of a list cut down to its first.
    (p) =>
      /\b(?:to|for|of|by|with)\s+the\s+(?:first|second|third|fourth|fifth|last)(?=\?|\s+(?:in|on|at)\s+[A-Z0-9])/.test(
        p,
      )
        ? "ordinal of nothing"
        : null,
  ],
  [
    "a question keeps what its words belong to",
    (p) =>
      // "Which year edition in Tromso was won by Valdoria?": an edition's year fronted off its noun.
      /\b[Ww]hich year (?:edition|season|session|cycle|version)\b/.test(p) ||
      // "How many MoUs did India and Valdoria sign and agree to elevate ...?": the count is one verb's only.
      /\b(?:did|does|do)\b[^?]*\b[a-z]+\s+and\s+(?:agree|decide|resolve|vow|pledge)\b/.test(p) ||
      // "... after talks between Prime Minister Ola Berg?": talks between one side.
      /\bbetween\s+(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*\?$/.test(p) ||
      // "... followed by Sikkim at 20.8 per cent and Kerala?": a ranking's tail cut off.
      /\bfollowed by\b[^?]*\sand\s+[A-Z][\w ]*\?$/.test(p) ||
      // "In which month was Orca-1 launched, Orca-2 on PSLV-C16 and Orca-3 on PSLV-C36?": a list whose verb is
      // written once, gapped in the rest.
      (!BLANK.test(p) &&
        /,\s+[A-Z][\w-]*\s+(?:on|in|at|from|by|aboard)\s+[A-Z][\w-]*(?:\s+in\s+[A-Z][a-z]+\s+\d{4})?(?:\s+and\s|\?)/.test(
          p,
        )) ||
      // "In which city did Japan last host Malabar in 2032?": "last" with its year goes stale.
      /\b(?:did|does|do)\s+[^?]*\blast\s+[a-z]+\b[^?]*\bin\s+(?:19|20)\d\d\?$/.test(p)
        ? "torn from its words"
        : null,
  ],
  [
    "no shell of a question",
    (p) =>
      // "What is the meaning of the name What?": a heading's word read as a name.
      /\bthe name (?:What|Which|Who|How|Why)\?$/.test(p) ||
      // "In which year did Maharatna ( introduce )?": a bracket around a bare word.
      /\(\s+[a-z]+\s+\)/.test(p) ||
      // "How many tonnes did the US record per capita and the EU 7.1 tonnes?": a second subject's figure gapped.
      // "in January and April 2031?" is two months, not a gapped figure.
      /\band\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w]*\s+[\d.,]+\s*(?:tonnes|per cent|%|km|crore|lakh|million|billion)?\?$/.test(
        p,
      ) ||
      // "How many sq km Orca Reserve links ...?": a measure's wh-phrase with no verb after it.
      /^(?:With reference to [^,]+,\s+)?[Hh]ow many (?:sq km|square kilometres|km|kilometres|tonnes|crore|lakh)\s+[A-Z]/.test(
        p,
      )
        ? "a question's shell"
        : null,
  ],
  [
    "a deadline is no date of an announcement",
    // "By which year did X announce Mission Y in 2031?": "by 2035" was the mission's goal, not the announcement's.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Bb]y which (?:year|month|date)\s+(?:did|does|do|had|has|was|were)\b[^?]*\b(?:announce|launch|unveil|declare|say|propose|inaugurate|sign)\b/.test(
        p,
      ) ||
      // "By which year did X and Y agree to raise trade to $10 billion?": the year is the raise's, not the deal's.
      /^(?:With reference to [^,]+,\s+)?[Bb]y which (?:year|month|date)\s+(?:did|does|do)\b[^?]*\b(?:agree|decide|resolve|pledge|vow|plan|aim|promise|commit)\s+to\b/.test(
        p,
      )
        ? "deadline asked as an announcement's date"
        : null,
  ],
  [
    "an answer is a name, not a heading",
    // "Article 217: Appointment of High Court judges": a heading's words are no court.
    (_p, answer) =>
      /^(?:Appointment|Removal|Composition|Powers|Functions|Establishment|Jurisdiction|Qualifications|Tenure) of\b/.test(
        answer,
      )
        ? "heading as answer"
        : null,
  ],
  [
    "an appointment names its office",
    // "Whom did the President appoint in February 2031?": appointed as what is the question.
    (p) =>
      /^(?:With reference to [^,]+, )?Whom did\b.*\b(?:appoint|name|nominate|elect|choose|select)\b(?![^?]*\b(?:as|to|for|the)\b)/.test(
        p,
      )
        ? "appointment without its office"
        : null,
  ],
  [
    "no page furniture or torn figure",
    // "Which declaration do Business News > News > World > G20 leaders adopt?": a breadcrumb in the headline.
    // "Which scheme did the Centre launch 000 on attaining 60 years?": a figure cut at its thousands comma.
    // "did collections rise 9.6 per cent year-on-year crore ...?": the scale of a sum asked left behind.
    (p) =>
      /\s>\s|(?<![\d,.])000\b/.test(p) || /\b(?!lakh\b|a\b|one\b)[a-z-]{2,}\s+crore\b/.test(p)
        ? "furniture or torn figure"
        : null,
  ],
  [
    "no conjunction after an auxiliary, and no function word at the end",
    // "in which year were but the categories dropped?", "In which year does analysis by X of IMD data show that?"
    (p) =>
      /\b(?:was|were|is|are|did|does|do|has|have|had)\s+(?:but|yet)\s/.test(p) ||
      /\s(?:that|which|whose|the|a|an|and|or|but)\?$/.test(p) ||
      // "... does analysis of IMD data show that, 263 of the 718 districts?": what was shown was cut.
      /\b(?:show|shows|showed|said|says|found|finds|noted|notes)\s+that,\s/.test(p) ||
      // "Which state did the exercise begin off on 28 February?": "off Goa" lost its place.
      /\s(?:off|near)\s+(?:on|in)\s/.test(p)
        ? "garbled clause"
        : null,
  ],
  [
    "one country's office",
    // "Who was India's Bangladesh Prime Minister ...?", "Who won the India's first world medal?": a country's
    // possessive before another country, or after "the".
    (p) => {
      for (const m of p.matchAll(/\b(the\s+)?([A-Z][a-z]+)['’]s\b(?:\s+([A-Z][a-z]+)\b)?/g)) {
        const owner = lexicon().country(m[2] ?? "");
        if (!owner) continue;
        if (m[1]) return "garbled possessive";
        const next = lexicon().country(m[3] ?? "");
        if (next && next.name !== owner.name) return "garbled possessive";
      }
      return null;
    },
  ],
  [
    "no article before the wh-word",
    (p) => (/\b(?:the|a|an)\s+(?:a|an|the)\b/i.test(p) ? "doubled article" : null),
  ],
  [
    "the wh-phrase is not one of a list",
    (p) =>
      /^(?:Who|Which(?: [A-Za-z-]+){1,3}),/.test(p)
        ? "wh-phrase in a list"
        : // "In which year, local groups formed ...": a fronted phrase with no inversion after it.
          /^(?:In|On|At|During|By|From|Since|For|With|To)\s+(?:which|what)(?:\s+[A-Za-z-]+){1,3},/.test(p)
          ? "no inversion after the wh-phrase"
          : null,
  ],
  [
    "no auxiliary left without its subject",
    // Only the question's own wording: a quoted sentence of the article ("Valdoria is at the _____ position") is
    // as the article wrote it. "does India have as of 2031" is whole: "as of" is a time phrase.
    // A quoted sentence that lost a word ("The House had on approved ...", its day dropped) is refused too.
    (p) =>
      /\b(?:will|did|does|do|is|was|were|are|has|have|had)\s+(?:in|on|at|of|for|to|by|with|that|which|as(?!\s+of\b))\b/.test(
        p.replace(/"[^"]*"/g, '""'),
      ) || /\b(?:will|is|was|were|are|has|have|had)\s+(?:in|on|at|by)\s+[a-z]{3,}ed\b/.test(p)
        ? "garbled inversion"
        : null,
  ],
  [
    "no garbled possessive",
    // "Chile's Berg and Australian Prime Minister"; not a portfolio ("India's Science and Technology Minister").
    (p) =>
      /'s [A-Z][a-z]+ and [A-Z](?![a-z]+ (?:Minister|Affairs|Secretary)\b)/.test(p)
        ? "garbled possessive"
        : null,
  ],
  ["no empty brackets", (p) => (/\(\s*\)|\[\s*\]/.test(p) ? "empty brackets" : null)],
  [
    "no phrase left dangling after a comma",
    // "On which date was the winner announced at a ceremony in Oslo, for the group?": a cut left its tail.
    (p) => (/,\s+(?:for|to|with|of|by)\s+(?:the\s+|a\s+|an\s+)?[a-z]+\?$/.test(p) ? "dangling phrase" : null),
  ],
  [
    "no dangling dash",
    // "near the sun- the orbit": a word broken by a stray hyphen ("A- and H-bombs" is a pair, not a break).
    (p) =>
      /\s[-–—]\s|--|^\s*[-–—]|[-–—]\s*["']?\?$|[a-z]-\s+(?!and\b|or\b)/.test(p) ? "dangling dash" : null,
  ],
  ["balanced brackets and quotes", (p) => (balanced(p) ? null : "unbalanced brackets or quotes")],
  [
    "no blank inside a quotation",
    (p) => {
      // Someone's words are not a fact the article states: "He tweeted, 'From harbour walk to _____'".
      const stem = BLANK.exec(p)?.[1];
      if (!stem) return null;
      // A name in quotes ("the submarine '_____'") is no quotation; nor is a plural possessive ("leaders' summit").
      const plain = stem
        .replace(/''/g, "'")
        .replace(/'_____'/, "_____")
        .replace(/s'(?=\s+[a-z])/g, "s");
      const before = plain.slice(0, plain.indexOf("_____"));
      const opened = (before.match(/(?:^|[\s(])'(?=\w)/g) ?? []).length;
      const closed = (before.match(/(?<=[\w.,!?])'(?=[\s.,;]|$)/g) ?? []).length;
      if (opened > closed) return "blank inside a quotation";
      // '... the _____ system,' Ola Berg said': the quotation closes after the blank and opens nowhere.
      const after = plain.slice(plain.indexOf("_____"));
      // An official statement ("..., the ministry said") is the article's fact; a person's words are not.
      const closesAfter = /(?<=[\w.,!?])'\s+[A-Z]/.test(after) && !/(?:^|[\s(])'(?=\w)/.test(after);
      return closesAfter && opened === closed ? "blank inside a quotation" : null;
    },
  ],
  ["no repeated word", (p) => (/\b([a-z]+)\s+\1\b/i.test(p) ? "repeated word" : null)],
  [
    "one wh-phrase",
    (p) =>
      /\b(?:which|who|whom)\b.*\b(?:which|whom)\b/i.test(
        p.replace(/^Which \w+ fills? the blank in/, "").replace(/,\s+(?:whom|who|which)\b/g, ", that"),
      )
        ? "two wh-phrases"
        : null,
  ],
  [
    "no wh-word inside a noun phrase",
    (p) =>
      /\b(?:the|a|an|its|his|her|their)\s+(?:which|what|whom)\b/i.test(p)
        ? "wh-word after a determiner"
        : null,
  ],
  [
    "not a negative statement",
    // "During which operation was no installation targeted?": every option may be true of a negative. Only the
    // question's own clause counts: "... if the value is not realised" is a condition.
    (p) =>
      !/fills? the blank/.test(p) &&
      /\b(?:no|not|never|none|neither)\b/i.test(p.split(/\s+/).slice(0, 8).join(" "))
        ? "negative stem"
        : null,
  ],
  [
    "no praise to fill in",
    // "_____'s contributions to India's economic transformation ...": a tribute fits many people.
    (p) =>
      /fills? the blank in "_____['’]s\s+(?:contributions?|legacy|role|efforts?|work|vision|leadership|life|service)\b/.test(
        p,
      )
        ? "a tribute fits many"
        : null,
  ],
  [
    "no heading in the question",
    // "Which budget 2031 live updates: FM X announced ...?": a page heading before a colon.
    (p) => (/:\s/.test(p.replace(/"[^"]*"/g, "")) ? "heading in the question" : null),
  ],
  [
    "the wh-phrase is a whole noun phrase",
    // "Which mission Test Flight is accomplished?": the wh-word took the place of a name's first word.
    // "Which former Prime Minister was ...?" asks a past holder of an office.
    (p) =>
      /^(?:With reference to [^,]+, )?[Ww]hich (?!(?:former|then|outgoing) )[a-z]+ (?:[A-Z][\w-]*\s+)+(?:is|was|are|were|has|have|had)\b/.test(
        p,
      )
        ? "wh-phrase inside a name"
        : null,
  ],
  [
    "no copula after a participle",
    // "How many new sites included are A and B?": the subject's participle read as the clause.
    (p) =>
      /^(?:With reference to [^,]+, )?[Hh]ow many (?:[a-z-]+ ){1,3}[a-z]+ed (?:are|were|is|was)\b/.test(p)
        ? "garbled participle"
        : null,
  ],
  [
    "one finite verb after do-support",
    // "In which country did another reason for hold the summit was?": a gerund taken for the verb.
    // "On which date did the version pass was introduced in the Winter Session?": a participle's clause read as the
    // main verb's.
    (p) =>
      /\b(?:did|does|do)\b[^?,]*\s(?:was|were|is|are)\?$/.test(p) ||
      /\b(?:did|does|do)\s+(?:the|a|an)\s+[a-z]+\s+[a-z]+\s+(?:was|were|is|are)\s+[a-z]+(?:ed|en)\b/.test(p)
        ? "garbled inversion"
        : null,
  ],
  [
    "no verb coordinated with the subject",
    // "Which Justice did CJI and relegate to ...?": an inversion across "and" has lost a word.
    // "In which year was and conferred the X?": the subject before "and" was lost.
    (p) =>
      /\b(?:did|does|do)\s+[A-Za-z]+\s+and\s+[a-z]+\b|\b(?:was|were|is|are|did|does|do|has|have|had)\s+and\s/.test(
        p,
      )
        ? "garbled inversion"
        : null,
  ],
  [
    "no object lost before 'and'",
    // "Which organisation did X congratulate and the crew?": the answer was one of two objects, and the verb now
    // governs the other alone.
    (p) =>
      /^(?:With reference to [^,]+, )?Which [a-z]+ (?:did|does|do) [^?]*? [a-z]+ and (?:the|a|an|his|her|its|their) [a-z]/.test(
        p,
      ) && /\b(?:did|does|do) (?:[A-Z][\w.'-]*\s+)+[a-z]+ and (?:the|a|an|his|her|its|their)\b/.test(p)
        ? "garbled object"
        : null,
  ],
  [
    "no bracket that lost its figure",
    // "... given a weight of 40% (down from )?": the figure the bracket compared with was the answer's sibling.
    (p) =>
      /\((?:[a-z]+\s+)*(?:from|of|to|by|in|at|with|than)\s*\)/.test(p) ? "bracket lost its figure" : null,
  ],
  [
    "no subject of two with one lost",
    // "Who and his partner X won the title?": the answer was one of two subjects.
    // "Who and translator X with the trophy?": a caption's pair, with its verb lost.
    (p) =>
      /^(?:With reference to [^,]+, )?(?:Who|Which [a-z]+) and (?:his|her|their|its|(?:[a-z]+\s+)?[A-Z])/.test(
        p,
      )
        ? "garbled subject"
        : null,
  ],
  [
    "an amount asked is not one of two things given",
    // "How much did the Chief Minister announce and a Class-I government job?": the sum's and-partner stayed.
    (p) =>
      /^(?:With reference to [^,]+, )?how (?:much|many)\b[^?]*\b(?:did|does|do|will|would)\b[^?]*\s[a-z]+\s+and\s+(?:a|an)\s/i.test(
        p,
      )
        ? "amount paired with a thing"
        : null,
  ],
  [
    "no verb left without its own",
    // "Which organisation did X say would?": a clause cut after its modal ("have", "do" and "be" may be verbs
    // of their own: "How many members did the panel have?").
    (p) =>
      /\s(?:would|will|could|should|can|may|might|must|shall)\?$/.test(p) ? "ends on an auxiliary" : null,
  ],
  [
    "no preposition stranded after a fronted one",
    // "In which year did the summit approve the budget for?": the year was the object of "for", so the fronted
    // "In which year" leaves "for" with nothing.
    (p) =>
      /^(?:With reference to [^,]+, )?(?:In|On|At|From|By|With|Since|During|To|For|Under|Against|Among)\s+(?:which|what|whom)\b[^?]*\s(?:for|of|in|on|at|to|from|by|with|into|than)\?$/.test(
        p,
      )
        ? "stranded preposition"
        : null,
  ],
  [
    "do-support takes a verb, not a preposition",
    // "To what percentage did under the upgrade Agreement ...?": the subject and verb were cut.
    // "On which date did a notification issue by the Law Ministry said?": the verb of saying after do-support.
    (p) =>
      /\b(?:did|does|do)\s+(?:under|in|on|at|for|with|by|from|to|of|as|into|after|before)\s/.test(p) ||
      /\b(?:did|does|do)\s+(?:(?!\b(?:that|which|who)\b)[^?,"])*?\s(?:said|says|announced|stated|added|noted)\?$/.test(
        p,
      )
        ? "garbled do-support"
        : null,
  ],
  [
    "'how much' is asked of a verb, not of a name",
    // "How much Bharat Silicon Foundry plant will process ...?": a sum written onto a name ("the ₹91,000-crore X
    // plant") asked as if it were the name's amount.
    (p) =>
      /^(?:With reference to [^,]+, )?[Hh]ow much (?:[A-Z][\w-]*\s+){2,}[a-z]+\s+(?:will|would|did|does|do|is|are|was|were|has|have|had|can)\b/.test(
        p,
      )
        ? "garbled amount"
        : null,
  ],
  [
    "no 'and' left before a closing time phrase",
    // "Which grouping accounts for half the world's population and as of August 2031?": what followed "and" was cut.
    (p) =>
      /\band\s+(?:as of|in|on|by)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}\?$/.test(p) ? "dangling and" : null,
  ],
  [
    "no article before a verb",
    // "The will each receive _____ ranking points": the subject's noun was cut from after its article.
    (p) =>
      /(?:^|["\s])The\s+(?:will|would|has|have|had|is|are|was|were|did|does|can|could)\b/.test(p)
        ? "article with no noun"
        : null,
  ],
  [
    "a quoted blank keeps its sentence's subject",
    // '"_____ tigers, has retained the top spot"': "Madhya Pradesh, with 912 tigers, has ..." lost its subject.
    (p) =>
      /fills? the blank in "_____ [a-z]+(?: [a-z]+)?, (?:has|have|had|is|are|was|were|will)\b/.test(p)
        ? "subject cut"
        : null,
  ],
  [
    "no second preposition stranded after 'In which year'",
    // "In which month will the data be released by?", "In which year did India move up three places from?".
    (p) =>
      /^(?:With reference to [^,]+, )?In which (?:year|month|date)\b[^?]*\s(?:by|from|since|until)\?$/i.test(
        p,
      )
        ? "stranded preposition"
        : null,
  ],
  [
    "one item of a gapped list",
    // "In which year was X awarded the Harbour Medal in 2011 for gallantry, the Tide Medal?": the list "A in 2011, B
    // in 2025 and C in 2030" cut after the second item, which is the one asked.
    (p) =>
      /^(?:With reference to [^,]+, )?In which year\b[^?]*\bin (?:19|20)\d\d\b[^?]*, the [A-Z][^?,]*\?$/.test(
        p,
      )
        ? "gapped list"
        : null,
  ],
  [
    "no 'since then' from another sentence",
    // "Which Deputy Chairman had been performing the Chairman's duties since then?": since what, the stem never says.
    (p) => (/\b[Ss]ince then\b|\b[Ii]n the meantime\b/.test(p) ? "leans on another sentence" : null),
  ],
  [
    "no participle left at the end",
    // "On which date was X sworn in at a ceremony held?": where it was held was cut with the answer's phrase.
    (p) =>
      /\b(?:at|in|on|during)\s+(?:a|an|the)\s+(?:[a-z]+\s+){1,2}(?:held|organised|organized|conducted|hosted|located|situated)"?\?$/.test(
        p,
      )
        ? "garbled ending"
        : null,
  ],
  [
    "no quotation read as a subject",
    // "In which city did what we secure is not an interim clause ...?": a speaker's words taken for a clause.
    (p) =>
      /\b(?:did|does|do|was|were|is|are|will|has|have)\s+what\s+(?:we|i|you|they)\b/i.test(p)
        ? "garbled quotation"
        : null,
  ],
  [
    "no pronoun from another sentence",
    (p) =>
      // The rewrites below only take pronouns out: a question with none is not rewritten to look again.
      (PRONOUN.test(p) &&
        PRONOUN.test(
          p
            .replace(/"[^"]*"/g, (q) => q.replace(/\b(?:it|this)\b/gi, "x"))
            // "those women whose husbands ...", "those who ...": the clause after says who they are.
            .replace(/\b(?:those|these)\s+(?:[a-z]+\s+)?(?=(?:who|whose|which|that)\b)/gi, "x ")
            // "bring the two spacecraft ... and place them back": "them" after the plural it stands for.
            .replace(
              /(\b(?:the|both|two|three|four)\s+(?:two\s+|three\s+|four\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|spacecraft|aircraft)\b[^?]*?)\bthem\b/g,
              "$1x",
            ),
        )) ||
      // "In which city did both come?": "both" standing alone for what another sentence named.
      /\b(?:did|do|does|have|has|had|were|are|was|is|will|would)\s+both\s+(?:[a-z]+ly\s+)?(?:come|came|go|went|win|won|sign|signed|agree|agreed|meet|met|take|took|have|had|be|been|hold|held|play|played)\b/.test(
        p,
      )
        ? "leans on a pronoun"
        : null,
  ],
  [
    "no 'his' or 'her' of nobody named",
    // "On which date did the Government announce his appointment as Navy chief?": whose is not said. A question
    // about a person ("Which Chief Minister submitted her resignation?") or one naming a person first may.
    (p) => {
      if (BLANK.test(p)) return null;
      const lead = p.replace(/^With reference to [^,]+,\s+/, "");
      if (/^(?:Who|Whom|Whose)\b|^Which\s+(?:[a-z-]+\s+)?[A-Z]/.test(lead)) return null;
      const at = lead.search(/\b(?:his|her)\b/);
      if (at < 0) return null;
      return /\b[A-Z][a-z]+(?:\s+[A-Z]\.?)*\s+[A-Z][a-z]+/.test(lead.slice(1, at))
        ? null
        : "his or her of nobody named";
    },
  ],
  [
    "a who-question is not about the answer's own count",
    // "Who won his first Grand Slam title?": every champion won a first one.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Ww]ho\s+[a-z]+\s+(?:his|her|their)\s+(?:first|second|third|fourth|fifth|maiden|\d+(?:st|nd|rd|th))\b/.test(
        p,
      )
        ? "the answer's own count"
        : null,
  ],
  [
    "a name is asked whole",
    // "... to 39th position (GII) 2031, released by ...?": the name was cut out from between its words and its
    // acronym and year.
    // "... climb two places to 39th position 2031?": a year left after a common word, its name taken away.
    (p) =>
      !BLANK.test(p) &&
      (/\([A-Z]{2,8}\)\s+(?:19|20)\d\d\b/.test(p) ||
        /\b(?!(?:in|of|since|from|to|by|before|after|until|till|during|for|and|or|between|the|year|season|batch|edition|class)\b)[a-z]{3,}\s+(?:19|20)\d\d(?=[?,])/.test(
          p,
        ))
        ? "a name cut from its acronym and year"
        : null,
  ],
  [
    "a count's unit is not a noun's modifier",
    // "How many kilograms satellite was placed in orbit?": "the 2,275-kg satellite" fronted as a count.
    (p) =>
      /\bhow many [a-z]+s [a-z]+(?<!s) (?:was|is|did|does|has|will)\b/i.test(p) ? "garbled count" : null,
  ],
  [
    "a figure is asked where it ended, not where it started",
    // "From what percentage did inflation ease to 3.6 per cent in February in January?": the starting figure's
    // question carries the other figure and its time phrase, and reads garbled.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Ff]rom (?:what|how many|how much)\b/.test(p)
        ? "asks the starting figure"
        : null,
  ],
  [
    "a wh-question quotes no one's words",
    // 'Which declaration was "a turning point" for the region?': a speaker's verdict, not a fact.
    (p) => (!BLANK.test(p) && /["“][a-z][^"”]*["”]/.test(p) ? "quotes someone's words" : null),
  ],
  [
    "a blank's sentence stands alone",
    (p) =>
      /^Which \w+ fills? the blank in "(?:It|He|She|They|This|These|Those|His|Her|Its|Their)\b/.test(p) ||
      // "Built by the X Factory, _____, it features ...": the subject after an opening phrase is the pronoun.
      /^Which \w+ fills? the blank in "(?:[^",]{2,60},\s+){1,2}(?:it|he|she|they)\s+(?:is|was|are|were|has|had|have|will|would|[a-z]+s|[a-z]+ed)\b/.test(
        p.replace(/^With reference to [^,]+,\s+w/, "W"),
      )
        ? "blank leans on a pronoun"
        : null,
  ],
  [
    "a blank's sentence has a verb of its own",
    (p) => {
      // "A grouping of X, _____, Y and Z": a list or a noun phrase is no statement to complete.
      const stem = BLANK.exec(p)?.[1];
      if (!stem) return null;
      // The verb is the stem's own, not a relative clause's ("the big tests that the agency has planned"), nor a plural
      // noun's "-es" ("buses, trucks, ambulances"), nor a participle after an article ("a seasoned officer").
      const text = stem
        .replace("_____", " ")
        .replace(
          /\b(?:which|who|whom|whose)\s[^,]*|(?<!\b(?:[A-Za-z]+ing|[a-z]+ed|said|says|notes|adds|states))\s+that\s[^,]*/g,
          " ",
        )
        .replace(/(?<=(?:,|\band)\s+)[a-z]{3,}es\b|\b[a-z]{3,}es(?=,|\s+and\b)/g, " ")
        // "1,300 delegates", "along with representatives": a plural in "-es" after a figure or a preposition is a noun.
        .replace(
          /(?<=(?:\d|\b(?:of|with|from|for|by|among|between|many|several|other|all))\s+)[a-z]{3,}es\b/g,
          " ",
        )
        // "100 coastal cities", "member countries": a plural in "-ies" is a noun, but for a few verbs.
        .replace(
          /\b(?!(?:applies|relies|carries|supplies|denies|flies|tries|varies|worries|copies|occupies|accompanies|multiplies|complies|replies|implies|dies|lies|ties|[a-z]+fies)\b)[a-z]{2,}ies\b/g,
          " ",
        )
        // "X, launched at COP26 in Y": a participle after a comma, with a place or time after it, is an aside.
        .replace(
          /,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?=(?:at|in|on|from|under|during|through|across|near)\b)/g,
          ", ",
        )
        // "the Tromso-based lender", "a state-owned bank": a participle written onto a word describes a noun.
        .replace(/-[a-z]+ed\b/g, " ")
        // "a ceremony held at", "inflows largely routed through": a participle of placing or publishing, with no
        // auxiliary before it and a place or time after it, only describes the noun before it.
        .replace(
          /(?<!\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+)?)\b(?:held|located|situated|based|routed|headquartered|stationed|released|published|issued|organi[sz]ed|convened|scheduled|slated)\s+(?=(?:on|in|at|from|during|through|via|under|near|across)\b)/g,
          " ",
        )
        // "the last of the submarines built under Project 75": a participle of making right after a plural noun,
        // with a preposition after it, describes the noun; the appositive it stands in has no verb (blind reading G2).
        .replace(
          /(?<=\b[a-z]{3,}s\s+)(?:built|made|developed|designed|manufactured|produced|constructed|acquired|procured|deployed|operated|owned|commissioned|inducted)\s+(?=(?:under|by|in|at|for|from|with|since|during)\b)/g,
          " ",
        )
        // "on the sidelines of ...": a plural in "-es" right after a determiner is a noun.
        .replace(
          /(?<=\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose|[Aa]ll)\s+)[a-z]{3,}es\b/g,
          " ",
        )
        .replace(
          /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?[a-z-]{3,}ed\s+(?!(?:the|a|an|to|in|on|at|by|for|with|from|its|their|his|her|as|that|and|into|over|after)\b)[a-z0-9]/g,
          " ",
        );
      // "The X Report 2031 released by Y on 20 May": a participle before "by" with no auxiliary is a reduced
      // relative, no clause's verb.
      // "9 May 2031": a month is no modal verb.
      const finite = text
        .replace(
          /(?<!\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s+(?:[a-z]+ly\s+)?)\b[a-z]{3,}ed\s+by\b/g,
          " ",
        )
        .replace(/\b\d{1,2}\s+May\b|\bMay\s+\d/g, " ")
        .replace(NAME_WORD, " ")
        // "At a depth of _____, the X Survey said": who reported it is no clause of what was reported.
        .replace(
          /,\s+(?:the\s+)?[A-Za-z][^,]{0,60}?\s+(?:said|says|added|stated|reported|announced)\s*$/,
          " ",
        )
        // "The X Survey released on 17 May": a verb that needs an object, with none, describes the name before it.
        .replace(
          /^\s*(?:The\s+)?(?:[A-Z][\w-]*\s+|\d{4}\s+|\s+)*(?:released|published|issued|unveiled|prepared|compiled|conducted|organised|organized|presented|tabled|submitted)\s+(?=(?:on|in|at|from|during|last|earlier)\b)/,
          " ",
        );
      // A present tense ("cements the", "gears up to", "seeks to") the list of finite forms does not hold.
      const present =
        /\b[a-z]{3,}[^s\W]s\s+(?:the|a|an|to|up|its|their|his|her|on|for|with|that|as|into)\b/.test(text);
      return FINITE.test(finite) ||
        present ||
        /\b(?:shed|cut|hit|set|put|let|cost|spread|bid|sat|sank|stood|fought|found|heard|felt|caught|drove|rode|sang|slid|stole|swept|woke|wore|lent|lit|laid|hid|shut|showed|fled|dealt|sought|bore|wept)\b/.test(
          text,
        )
        ? null
        : "blank in a fragment with no verb";
    },
  ],
  [
    "a blank's sentence names what it is about",
    (p) => {
      const stem = p.match(/^Which \w+ fills? the blank in "(.*)"\?$/)?.[1];
      if (!stem) return null;
      // Besides the blank, the stem needs a name, a year or a date to be answerable without the article.
      // The first word is capitalised as any sentence's is; a coded name there ("Orca-7", "X2") still counts.
      const context = stem.replace(/^[A-Za-z'’]+\b(?![-\d])\s*/, "").replace("_____", "");
      return /\b[A-Z][a-zA-Z]+|\b[A-Z][a-zA-Z-]*\d|\b(?:19|20)\d\d\b/.test(context)
        ? null
        : "blank with no context";
    },
  ],
  [
    "one answer, not a pair",
    // "won a bronze and _____ in 2004 and 2016 respectively": a blank or wh-phrase inside the paired lists has
    // two answers. The subject of the pairing ("_____ won a bronze and a silver in 2004 and 2016 respectively")
    // has one.
    (p) => {
      if (!/\brespectively\b/i.test(p)) return null;
      const listed = /(?:,|\band)\s+(?:the\s+)?_____|_____(?:,|\s+and\b)/.test(p);
      const subject = /^(?:Which|Who)\b/.test(p) || /"_____\s/.test(p);
      return subject && !listed ? null : "two answers (respectively)";
    },
  ],
  [
    "a minister's office is named",
    (p) =>
      /^Who (?:was|is) [A-Z][\w']* (?:Union |Cabinet )?Minister\b/.test(p)
        ? "office too general (Minister)"
        : null,
  ],
  [
    "no who-said-what",
    // Which words a speaker used is the speaker's, not a fact to learn: blind readings rejected every one.
    (p) => (/^(?:What did .+ say|Who (?:also )?(?:said|says))\b/.test(p) ? "who-said-what trivia" : null),
  ],
  [
    "a blank's sentence keeps its subject",
    (p) => {
      const stem = BLANK.exec(p)?.[1];
      // "Scrapping the existing _____ rates", "Making Valdoria the _____ country to ...": a gerund phrase with no
      // clause after a comma is no sentence.
      const gerund =
        stem !== undefined &&
        /^[A-Z][a-z]{2,}ing\s+(?:(?:the|a|an|its|their|his|her)\b|[A-Z][a-z]+\s+(?:the|a|an)\b)/.test(stem) &&
        !stem.includes(",");
      // "To facilitate the generation of _____ jobs, the government said": a purpose with no clause of its own.
      const purpose =
        stem !== undefined &&
        /^To [a-z]+\b/.test(stem) &&
        /,\s+(?:the\s+)?[A-Za-z ]{2,40}\s+(?:said|stated|noted|added)\b[^,]*$/.test(stem);
      // "A seasoned officer from the _____ cadre, has been appointed ...": an appositive with its name cut off.
      const appositive =
        stem !== undefined && /^An?\s[^,]{3,120},\s+(?:has|have|had|was|were|is|are|will)\b/.test(stem);
      return stem &&
        (FRAGMENT_OPENING.test(stem) ||
          SUBJECTLESS.test(stem) ||
          gerund ||
          purpose ||
          appositive ||
          tornHead(stem))
        ? "fragment without its subject"
        : null;
    },
  ],
  [
    "a blank's sentence is not cut off",
    // "A total of _____ sites were added, however": a stem trimmed at a connective has lost what followed it.
    (p) => {
      const stem = BLANK.exec(p)?.[1];
      return stem &&
        (/(?:,\s*(?:however|but|and|while|as|which)|\s(?:and|or|but|the|a|an|of|to|however)|,\s+for\s+the\s+\w+)$/i.test(
          stem,
        ) ||
          // "... laid the foundation in _____ when, using an electron microscope": the clause after "when" lost its verb.
          /\b(?:when|while|because|although|if),\s+[a-z]+ing\b[^,]*$/.test(stem) ||
          // "X has served": the office or the time it was served in was cut away.
          /\b(?:has|have|had)\s+(?:served|been|become)$/.test(stem) ||
          // "exercises such as hosted by the _____": the names the list held were cut out.
          /\bsuch as\s+(?:[a-z]{3,}ed|by|in|at)\b/.test(stem) ||
          // "... in its _____ World Economic Outlook released": a participle that lost its place and time.
          /(?<!\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+)?)\b(?:released|published|issued|held|tabled|unveiled|organi[sz]ed|located|based)$/.test(
            stem,
          ))
        ? "stem cut off"
        : null;
    },
  ],
  [
    "a wh-phrase is followed by its verb",
    // "In which month and year, Aditya-L1 had observed ...?": a comma, then a statement, is no question.
    (p) =>
      /^(?:In|On|At|By|From|For|Since|Until)\s+(?:which|what)\b[^,"]{0,40},\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:had|has|have|was|were|is|are|will|would|[a-z]{3,}ed)\b/.test(
        p,
      )
        ? "no inversion after the wh-phrase"
        : null,
  ],
  [
    "no part of the sentence left behind the wh-phrase",
    (p) =>
      // "Which award did X receive, the country's highest sporting honour?": the answer's appositive, left behind.
      /\b(?:did|does|do|will)\s[^?"]*\b(?:receive|win|get|sign|launch|present|confer|award|announce|unveil|adopt|approve|pass|name|appoint|elect|choose|select)\w*,\s+(?:the|a|an)\s[^?]*\?$/.test(
        p,
      ) ||
      // "How many awardees did the ministry say, received ...?": a parenthetical "the ministry said" made the verb.
      /\bdid\s[^?"]*\bsay,\s+[a-z]+ed\b/.test(p) ||
      // "Which awards did President X present 2025 at ...?": the year of the answer's name, torn off.
      /\b(?:did|does|do)\s+(?:[A-Z][\w.'-]*\s+){1,5}[a-z]+\s+(?:19|20)\d\d\b/.test(p) ||
      // "... review progress towards the target of doubling trade, set?": a participle torn from its phrase.
      // ("..., the group of survivors, based?" asks where: an appositive closed before its participle.)
      /,\s+(?!(?:based|located|situated|headquartered|stationed)\?)(?:[a-z]{3,}ed|set|held|made|done|laid)\?$/.test(
        p,
      ) ||
      // "In which city is the Brahmaputra known?": what it is known as was cut away.
      /\b(?:known|called|named|termed|dubbed)\?$/.test(p) ||
      // "Which Minister of Development of inaugurated the festival ...?": a verb where a name should be.
      /\bof\s+[a-z]{3,}ed\s+(?:the|a|an)\s/.test(p) ||
      // "from which city did the 100th launch in March 2026?": a noun where the verb should be.
      /\bdid\s+the\s+\d+(?:st|nd|rd|th)\s+[a-z]+\s+(?:in|on|at|from)\b/.test(p) ||
      // "who such as Puducherry are appointed ...?", "... of Union Territories such?": "such as" torn apart.
      /\bsuch\?$|\b(?:who|which|what)\s+such\s+as\b/i.test(p) ||
      // "At which lake will the event be held itself?": a reflexive whose noun went to the wh-phrase.
      /\b(?:itself|themselves|himself|herself)\?$/.test(p) ||
      // "which boxer and para-badminton player Ola Berg received ...": one person or two?
      /^(?:With reference to [^,]+,\s+)?[Ww]hich\s+[a-z-]+\s+and\s+(?:[a-z-]+\s+){1,2}[A-Z][a-z]+\s+[A-Z]/.test(
        p,
      )
        ? "part of the sentence left behind"
        : null,
  ],
  [
    "a target is not asked in the past",
    // "By which year did India land an Indian on the Moon?" (it "aims to ... by 2040"): a deadline is a goal, and
    // "did" makes it done. One that asks when a goal was set ("did X set a target of ...") stays.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Bb]y which (?:year|month) did\b(?![^?]*\b(?:set|expect|aim|plan|pledge|commit|promise|seek|hope|envisage|project)\w*\b)/.test(
        p,
      )
        ? "target asked in the past"
        : null,
  ],
  [
    "one wh-word and one verb form",
    (p) =>
      // "in which year did Dr X lay the foundation when?": a second wh-word left at the end.
      (/^(?:With reference to [^,]+,\s+)?(?:In|On|At|By|From|Which|What|Who|How)\b/i.test(p) &&
        /\s(?:when|where|which|who)\?$/.test(p)) ||
      // "At how many sq km did Mangrove cover stands?": a present in "-s" after do-support.
      /\b(?:did|does|do)\s[^?]*\s(?:stands|remains|lies|reaches|ranks|rises|falls|grows|covers|accounts|holds)\?$/.test(
        p,
      ) ||
      // "which grouping did the expand now accounts for half ...?": the same inside the question.
      /\b(?:did|does|do)\s(?:[^?,]*\s)?(?:now|also|still|alone)\s+(?:stands|remains|accounts|holds|covers|ranks|has|is|comprises|includes)\b/.test(
        p,
      )
        ? "garbled verb or wh-word"
        : null,
  ],
  [
    "a year asked of an offer is the offer's",
    // "In which year did the Leaders welcome Australia's offer to host the next summit?" (2027, the summit's year):
    // the date belongs to what is offered, not to the welcome.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?In which (?:year|month)\s+did\b[^?]*\b(?:offer|proposal|decision|plan|bid|invitation|move)\s+to\s+[a-z]+/i.test(
        p,
      )
        ? "year of what was offered asked as the offer's"
        : null,
  ],
  [
    "a preposition keeps its object before the verb",
    // "by which former Chief Justice of did the Bench ...": the name after "of" was cut out.
    (p) =>
      /\w\s+(?:of|to|for|with|at|on|from)\s+(?:did|does|do)\b/.test(p)
        ? "preposition without its object"
        : null,
  ],
  [
    "no reported 'now' or 'there'",
    // "Which organisation was now working with ...?": a 'now' of reported speech says no when.
    // "over how many enterprises are there registered ...?": 'there' and a participle are no clause.
    (p) =>
      /\b(?:was|were)\s+now\b|\b(?:are|is|were|was)\s+there\s+[a-z]{3,}ed\b/.test(p)
        ? "reported 'now' or a stray 'there'"
        : null,
  ],
  [
    "a verb keeps its preposition",
    // "..., and the district alone accounts?": "accounts for" cut off before what it accounts for.
    (p) =>
      /\b(?:accounts?|accounted|consists?|consisted|depends?|depended|relies|rely|relied|belongs?|belonged|refers?|referred|amounts?|amounted)\?$/.test(
        p,
      )
        ? "verb cut from its preposition"
        : null,
  ],
  [
    "a blank's source says something",
    // "Data released by the statistics office on _____ showed": a source whose finding was cut off says nothing.
    (p) => {
      const stem = BLANK.exec(p)?.[1];
      return stem &&
        /^(?:Data|Figures|Statistics|Numbers)\b[^,]*\s(?:showed|shows|revealed|suggested)$/.test(stem)
        ? "stem cut off"
        : null;
    },
  ],
  [
    "a wh-question names what it is about",
    (p) => {
      if (BLANK.test(p)) return null;
      // Past the wh-phrase, a name, an acronym or a year: "How many initiatives did the declaration introduce?"
      // could be about any declaration.
      // Asked in place ("Ola Berg threw a season-best of how many metres?"), all but the wh-phrase itself.
      const rest = OPENINGS.test(p)
        ? p.replace(/^\S+(?:\s+(?:which|what|whom|how|many|much)\b)*\s+\S+/, "")
        : p
            .replace(/^(?:The|A|An|This|These|Its|Their|His|Her)\s/, "")
            .replace(/\b(?:which|what|whom|whose|how many|how much)(?:\s+[a-z]+)?/, "");
      // "Which Indian lander touched down near the lunar south pole?": a country's demonym in the wh-phrase says
      // whose, as a name would.
      const demonym = p.match(/^(?:[A-Z][a-z]+\s+)?[Ww]hich\s+([A-Z][a-z]+)\s+[a-z]/)?.[1];
      if (demonym && lexicon().country(demonym)) return null;
      // "How many teams took part in the tournament, held from 29 August to 7 September 2031?": a year does not
      // say which tournament, summit or exercise "the" one is.
      if (
        !/\b[A-Z][a-zA-Z]+/.test(rest.replace(MONTH_NAME, "")) &&
        /\bthe\s+(?:tournament|summit|exercise|meeting|conference|championships?|competition|games|event|festival|survey|scheme|mission|post|edition|series|treaty|pact|agreement|deal|bill|bloc|grouping|project|report|two\s+(?:sides|countries|nations|leaders))\b/.test(
          rest,
        )
      )
        return "no name for its event";
      return /\b[A-Z][a-zA-Z]+|\b(?:19|20)\d\d\b/.test(rest) ? null : "no name, event or year";
    },
  ],
  [
    "not who heads the exam's own country",
    // "Who was India's Prime Minister in January 2025?" is known to every candidate and asks nothing of the news.
    (p) => (/^Who (?:was|is) India's (?:Prime Minister|President)\b/.test(p) ? "who heads India" : null),
  ],
  [
    "the answer is not the exam's own country",
    // ...except as a side of a contest: "Which country beat South Africa to win the cup?" asks who won.
    (p, answer) =>
      /^(?:India|Indian|Bharat)$/i.test(answer.trim()) &&
      !/\b(?:beat|defeat(?:ed|ing)?|won|wins|clinch(?:ed)?|lifted|title|trophy|champions?|final)\b/i.test(p)
        ? "answer is India"
        : null,
  ],
  [
    "the answer is a name, not a class word",
    (p, answer) =>
      /^Which name\b/.test(p) &&
      /^[A-Za-z]+$/.test(answer) &&
      CLASS_WORDS.has(answer.toLowerCase().replace(/s$/, ""))
        ? "answer is a class word"
        : null,
  ],
  [
    "a place blank is not a possessive",
    // "amid _____'s increasing attempts": the place stands for its government; the question is about nothing.
    (p) => (/^Which place fills? the blank in ".*_____'s\b/.test(p) ? "place as a possessive" : null),
  ],
  [
    "a count is not of a list the stem gives",
    (p) => (/^(?:In )?[Hh]ow many\b.*\bnamely\b/.test(p) ? "counts a list it names" : null),
  ],
  [
    "a place blank does not open a cut sentence",
    // "_____, the Bloc countries will ...": the place belonged to a phrase that was cut away.
    (p) =>
      /^Which (?:place|city|country|state) fills? the blank in "_____,/.test(p)
        ? "place left from a cut phrase"
        : null,
  ],
  [
    "the clause keeps its subject",
    // "Which ship did the minister assert that will provide ...": the subject of "will" was the answer.
    (p) =>
      /^Since how many\b|\b(?:assert|say|claim|state|add|note)\s+that\s+(?:will|would|is|was|has|have)\b/.test(
        p,
      )
        ? "clause without its subject"
        : null,
  ],
  [
    "no count of who took part",
    // "The _____ leaders met ...": a count the story's own wording gives ("the two leaders") is no fact.
    (p, answer) =>
      /^(?:two|2)$/i.test(answer) && /fills? the blank in "The _____ [a-z]+/.test(p)
        ? "count of the sides"
        : null,
  ],
  [
    "no obvious ordinal",
    (p, answer) =>
      /^Which ordinal\b/.test(p) && /^(?:first|1st)$/i.test(answer) ? "first is the obvious ordinal" : null,
  ],
  ["no scorecard detail", (p) => (SCORECARD.test(p) ? "scorecard trivia" : null)],
  [
    "no count inside a record",
    // "became the fourth Indian to win how many medals?": the ordinal is the record, and the count only says what
    // it is a record of; asked, the count reads backwards (blind reading 10).
    (p) => (COUNT_IN_RECORD.test(p) ? "a count that describes a record" : null),
  ],
  [
    "no second of two alternatives",
    // "retires at the age of 65 or can have a tenure for how many years?": a figure asked as the other half of an
    // "either ... or" reads as a torn sentence (blind reading 10).
    (p) => (SECOND_ALTERNATIVE.test(p) ? "the second of two alternatives" : null),
  ],
  [
    "no feat many players share",
    // "Who scored a half-century?": in a match report, more than one player may have.
    (p) =>
      /\b(?:who|which \w+) (?:scored|took|hit|made|struck) an? (?:half-century|century|fifty|hundred|wicket|catch|six|four)\?$/i.test(
        p,
      )
        ? "a feat more than one player may share"
        : null,
  ],
  [
    "a blank's sentence does not point back",
    // "Earlier in _____ as well, X had said ...": what "as well" points back to is in another sentence.
    (p) => (BLANK.test(p) && /_____ as well\b/.test(p) ? "points back to an earlier sentence" : null),
  ],
  [
    "no count its own list gives away",
    // "conferred in _____ categories, namely, A, B and C": the stem counts them for the candidate.
    (p, answer) =>
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/i.test(answer) &&
      /_____\s+[a-z]+,?\s+(?:namely|viz\.?|i\.e\.)[,:]?\s/i.test(p)
        ? "the list after the blank counts it"
        : null,
  ],
  [
    "no count of days the stem lists",
    // "In how many phases was the election held on 5, 12 and 19 November?": the days count the phases.
    (p, answer) => {
      const n = NUMBER_WORDS.indexOf(answer.toLowerCase());
      const count = n > 0 ? n : Number(answer);
      const days = p.match(/\b(\d{1,2}(?:,\s*\d{1,2})*,?\s+and\s+\d{1,2})\s+[A-Z][a-z]+\b/)?.[1];
      return days && count > 1 && days.split(/,\s*|\s+and\s+/).length === count
        ? "the listed days count it"
        : null;
    },
  ],
  [
    "no claimed benefit",
    // "X will further strengthen the nuclear triad and boost industry": a minister's hope, not a fact.
    (p) =>
      /\b(?:will|would|could|can|may)\s+(?:further\s+|also\s+|greatly\s+)?(?:strengthen|boost|enhance|benefit|help|promote|improve|bolster|empower|transform|revolutioni[sz]e|(?:give|provide) a (?:major |big )?boost)\b/i.test(
        p,
      )
        ? "a claimed benefit"
        : null,
  ],
  [
    "no figure worked out from another",
    // "doubled from the present _____ to Rs 80,000": the blank is the other figure halved.
    (p, answer) =>
      /\d/.test(answer) && /\b(?:doubled|tripled|halved|quadrupled|twice|thrice)\b/i.test(p) && /\d/.test(p)
        ? "arithmetic gives the figure away"
        : null,
  ],
  [
    "a count is not of a list the stem prints",
    // "The _____ new sites included are A and B in X and C in Y": the list after the count is the answer, and the
    // same list cut to "A and B" is a wrong one.
    (p, answer) => {
      const n = /^\d+$/.test(answer) ? Number(answer) : NUMBER_WORDS.indexOf(answer.toLowerCase());
      if (n < 2 || n > 12) return null;
      const list = p
        .slice(p.indexOf("_____") + 5)
        .match(
          /\b(?:(?:include|includes|included)\s+(?:are|were)|are|were|include|includes|included|including|namely|comprise|comprises)\s+([^"?;]+)/,
        )?.[1];
      if (!list || !/\band\b/.test(list)) return null;
      const items = list
        .split(/,\s+(?:and\s+)?|\s+and\s+/)
        .filter((x) => /^(?:the\s+)?[A-Z0-9]/.test(x.trim()));
      if (items.length < 2) return null;
      // Fewer items than the count is the same list cut short, and reads as the whole of it.
      return items.length === n
        ? "the stem lists what it counts"
        : items.length < n
          ? "a counted list cut short"
          : null;
    },
  ],
  [
    "no first person of a quotation",
    // "How much did our trade with SCO members cross?", "in how many years do we expect exports ...?": a speaker's
    // words asked as the paper's own.
    (p) => (/\b(?:our|ours|we|us)\b/.test(p.replace(/"[^"]*"/g, "")) ? "first person" : null),
  ],
  [
    "does not give the answer away",
    (p, answer, aliases) => {
      const key = ` ${uncachedNormKey(p)} `;
      for (const form of [answer, ...aliases]) {
        const f = normKey(form);
        if (f.length > 2 && !/^\d+$/.test(f) && key.includes(` ${f} `)) return `names the answer (${form})`;
        if (/^\d+$/.test(f) && f.length > 1 && key.includes(` ${f} `) && form === answer)
          return `names the answer (${form})`;
      }
      // The last two words of a longer name ("Deve Gowda" of "HD Deve Gowda"), or a coded part of a
      // hyphened one ("L2" of "Orca-L2"), name the answer as surely as the whole.
      const words = answer.split(/\s+/);
      // "Which tiger reserve ...?" for "Tromso Tiger Reserve": a class noun of two words names no answer.
      const lastTwo = normKey(words.slice(-2).join(" "));
      // A figure's unit ("per cent" of "3.8 per cent") is no part of a name: "fell to what percentage from 6 per
      // cent?" gives nothing away.
      if (
        words.length >= 3 &&
        !/^\d/.test(answer) &&
        !CLASS_WORDS.has(lastTwo) &&
        key.includes(` ${lastTwo} `)
      )
        return `names part of the answer (${words.slice(-2).join(" ")})`;
      for (const part of answer.split(/[-\s]/))
        if (/^(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d]{2,}$/.test(part) && new RegExp(`\\b${part}\\b`).test(p))
          return `names part of the answer (${part})`;
      const isName =
        words.length >= 2 && words.length <= 5 && words.every((w) => /^(?:[A-Z]|of$|and$|the$|for$)/.test(w));
      const last = (words.at(-1) ?? "").toLowerCase();
      const word = CLASS_WORDS.has(last) ? (words[0] ?? "") : (words.at(-1) ?? "");
      if (
        isName &&
        /^[A-Z][a-z]{3,}$/.test(word) &&
        !CLASS_WORDS.has(word.toLowerCase()) &&
        p.includes(word) &&
        [...p.matchAll(new RegExp(`(?<!^)\\b${word}\\b`, "g"))].some(
          // "Ola Kumar" in a question whose answer is "Ravi Kumar" names someone else.
          (m) => CLASS_WORDS.has(last) || !otherFullName(p.slice(0, m.index), words),
        )
      )
        return `names part of the answer (${word})`;
      return null;
    },
  ],
  // "In which year did X fly to the station in June-July 2031?" (keyed to a year of the sentence's aside),
  // "In which month was the first meeting held in Tromso in November 2029?": a time question whose clause still
  // gives its own time asks about another verb's.
  [
    "a time question gives no other time for its verb",
    (p, answer) =>
      !/fills? the blank/.test(p) &&
      /^(?:With reference to [^,]+,\s+)?(?:In|On|By|Since|From|Until|Till|During)\s+which\s+(?:year|month|date|day)\b/.test(
        p,
      ) &&
      /^(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d$|^\d{1,2}\s+[A-Z][a-z]+$/.test(
        answer,
      ) &&
      otherTime(p, answer)
        ? "another time for the verb"
        : null,
  ],
  // "How much Rajgir Sports Complex had earlier hosted ...?" (of "the ₹740-crore Rajgir Sports Complex"): a
  // figure that modified a name fronted without do-support.
  [
    "no subject and verb uninverted after 'How much'",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?How much\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:had|has|have|was|is|were|are|[a-z]{3,}ed)\b/.test(
        p,
      )
        ? "no inversion after 'How much'"
        : null,
  ],
  // "In which month and year was the MPC held its first meeting?": an active verb after the inverted "was".
  [
    "no active verb after an inverted 'was'",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?(?:In|On|At|By|From|During|Since|Where|When)\b[^,?]*?\s(?:was|were)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:held|hosted|launched|conducted|signed|opened|organi[sz]ed|completed)\s+(?:its|their|his|her)\b/.test(
        p,
      )
        ? "active verb after inverted 'was'"
        : null,
  ],
  // "In which year did South Africa join?": joined what, the question does not say.
  ["a join names what was joined", (p) => (/\bjoin(?:ed)?\?$/.test(p) ? "joined nothing named" : null)],
  // "How many others did the railway divert?": a count with no noun for what it counts.
  [
    "a count names what it counts",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Hh]ow many (?:others|more|of them)\b/.test(p)
        ? "count of nothing named"
        : null,
  ],
  // 'Which date fills the blank in "X was (_____) named ..."': a blank in brackets is an aside, no fact.
  ["no blank in brackets", (p) => (/\(_____\)/.test(p) ? "blank in brackets" : null)],
  // "In which month and year did Brazil hold the chairship in 2025, ...?": the year asked is already given.
  [
    "a month-and-year question does not give its year",
    (p, answer) => {
      const year = answer.match(/^[A-Z][a-z]+\s+((?:19|20)\d\d)$/)?.[1];
      return year &&
        /^(?:With reference to [^,]+,\s+)?(?:In|By|From|Since|Until)\s+which\s+month\s+and\s+year\b/.test(
          p,
        ) &&
        new RegExp(`\\bin\\s+${year}\\b`).test(
          p
            .split(/,\s/)
            .slice(p.startsWith("With reference") ? 1 : 0, 2)
            .join(", "),
        )
        ? "year already given"
        : null;
    },
  ],
  // "In which year does Sarnath join Sanchi (inscribed )?": a bracket whose year was cut out.
  ["no torn bracket", (p) => (/\(\s[^()]*\)|\([^()]*\s\)/.test(p) ? "torn bracket" : null)],
  // "At how many percentage points did X say the gap between nominal?": "between" left without its "and".
  ["no torn 'between'", (p) => (/\bbetween\s+[a-z]+\?$/.test(p) ? "torn 'between'" : null)],
  // 'Which number fills the blank in "X, spread over about _____ hectares, is one"?': a quote cut after its verb.
  [
    "a blank's sentence is not cut after its verb",
    (p) =>
      /\b(?:is|was|are|were|be)\s+(?:likely|one|also|set|due|expected|among|not)"\?$/.test(p)
        ? "quote cut after its verb"
        : null,
  ],
  // "How much did the reserves touch in September that year?": a time told from another the question lost.
  [
    "no time told from a lost one",
    (p) =>
      /\b(?:that|the same|the previous|the following)\s+(?:year|month)\b(?!\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)/i.test(
        p,
      )
        ? "time relative to a lost one"
        : null,
  ],
  // "How much did India's touch in September 2021?": a possessive left without its noun (the tagger read
  // "reserves" as the verb).
  [
    "a possessive keeps its noun",
    (p) =>
      /\b(?:did|does|do)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+[a-z]+(?:\s+(?:in|on|at|during|since)\s+(?:[A-Z]|\d)|\?)/.test(
        p,
      )
        ? "possessive without its noun"
        : null,
  ],
  // "Who. Jaishankar held the meeting ...?": a subject cut at an initial's full stop.
  [
    "no wh-word cut at an initial",
    (p) =>
      /^(?:With reference to [^,]+,\s+)?(?:who|which\s+[a-z]+)\.\s/i.test(p) ? "cut at an initial" : null,
  ],
  // "Which Governor administered the oath at a ceremony in Dehradun attended?": a participle cut from its "by".
  [
    "a participle keeps its agent",
    (p) =>
      /\b(?:ceremony|meeting|event|function|session|programme|summit|conference|gathering)\s+(?:in\s+[A-Z][\w-]*\s+)?(?:attended|chaired|headed|witnessed|addressed|hosted|graced)\?$/.test(
        p,
      )
        ? "participle cut from its agent"
        : null,
  ],
  // 'Which place fills the blank in "... in _____ v Zachillhu"?': a party's name torn from its case.
  [
    "no case name torn",
    (p) =>
      /_____\s+(?:v|vs|versus)\.?\s+[A-Z]|[A-Z][\w.]*\s+(?:v|vs|versus)\.?\s+_____/.test(p)
        ? "case name torn"
        : null,
  ],
  // "During how many years were the books first published ...?": a span of time is asked "For how many years".
  [
    "a span is not asked as a time",
    (p) => (/^(?:With reference to [^,]+,\s+)?During how many\b/.test(p) ? "span asked as a time" : null),
  ],
  // 'Which name fills the blank in "X launched A, the _____ lander and, in its record mission in February 2017"?':
  // a stem cut inside an aside after "and".
  [
    "a blank's sentence is not cut inside an aside",
    (p) => (/\band,\s+[^,"]*"\?$/.test(p) ? "stem cut off" : null),
  ],
  // "The core of which tiger reserve, had been proposed in 1980 ...?", "Now headquartered in which city, is a
  // non-profit ...?": a comma between the wh-phrase and its verb, where the sentence had an aside or a subject
  // that the cut left out (blind reading 14).
  [
    "no comma between the wh-phrase and its verb",
    (p) =>
      /^[^,"]*\b(?:which|what|whom|how many|how much)\b[^,"]*,\s+(?:is|was|are|were|has|have|had|will|would|can|could)\b/i.test(
        p,
      )
        ? "comma before the verb"
        : null,
  ],
  // "In which month was the frigate launched at Kolkata, and began sea trials in 2031?", "..., and removed six
  // minerals": a second verb phrase of the sentence left behind the question's own (blind reading 14).
  [
    "no verb phrase left behind after a comma",
    (p) =>
      // A question asked in place keeps its subject, which both verbs share ("The panel was chaired by which
      // novelist, and included ..."); only a fronted one has left the second behind.
      !p.includes('"') &&
      /^(?:[A-Z][a-z]+\s+)?(?:which|what|how|who|whom|when|where)\b/i.test(p) &&
      /,\s+and\s+(?:began|won|took|became|made|held|led|gave|sent|[a-z]{3,}ed)\b[^?]*\?$/.test(p)
        ? "verb phrase left behind"
        : null,
  ],
  // "In which year did Ola Berg win the prize, and Kari Nord in 2031?", "With how many destinations is Valdoria
  // ranked 103rd, and Nordland 100th with 37?": a gapped second clause whose verb the question has taken.
  [
    "no gapped clause after the question",
    (p) =>
      !p.includes('"') &&
      (/,\s+and\s+(?:[A-Z][\w’'-]*\s+|[a-z]+\s+(?=[A-Z])){1,5}(?:in\s+(?:19|20)\d\d|\d+(?:st|nd|rd|th)\b)[^?]*\?$/.test(
        p,
      ) ||
        // "Which two countries joined as full members in 2017 and Iran in 2023?"
        /\bin\s+(?:19|20)\d\d,?\s+and\s+(?:[A-Z][\w’'-]*\s+){1,3}in\s+(?:19|20)\d\d\?$/.test(p))
        ? "gapped clause left behind"
        : null,
  ],
  // "Who was elected in 2002?": elected, appointed or sworn in as what is the question (blind reading 14).
  [
    "an election names its office",
    (p) =>
      /^(?:With reference to [^,]+, )?Who (?:was|were|has been|had been) (?:re-)?(?:appointed|elected|named|nominated|chosen|selected|sworn in)(?:\s+(?:in|on)\s+[^?]*)?\?$/.test(
        p,
      )
        ? "appointment without its office"
        : null,
  ],
  // "How many metres did X win rifle 3 positions gold?": "50m rifle" names an event, no distance won (blind
  // reading 14).
  [
    "an event's distance is no measure won",
    (p) =>
      /^(?:With reference to [^,]+, )?How many (?:metres|meters|kilometres|kilometers|km|m)\b[^?]*\b(?:win|won|claim|clinch|bag)\b/i.test(
        p,
      )
        ? "event name asked as a measure"
        : null,
  ],
  // "Nordland delivered two frigates, which aircraft carrier and four jets to Valdoria?": a "which" phrase tacked on
  // after a finished clause asks of nothing in it (dev blind reading 1). A relative "which" ("which grouping, which
  // comprising ...") is no wh-phrase, and a measure after a comma ("placed it in orbit, how many kilometres from
  // the Earth?") reads as the sentence's own appositive (A/B reading 1 preferred it to the blank). "On 9 May,
  // which ship ...?" opens on a time, and "After the bill was passed, which ...?" on a clause that leads to it.
  [
    "no wh-phrase after a finished clause",
    (p) => {
      if (OPENINGS.test(p)) return null;
      const head = p.match(
        /^([^?]*?),\s+(?:what|which|whose)\s+(?!(?:[a-z]+ing|[a-z]+ed|is|was|are|were|has|have|had|will|would|can|could|comprises|includes|contains|consists|means|remains)\b)[a-z]/i,
      )?.[1];
      if (!head || CLAUSE_LEADS.test(head)) return null;
      // "May" is a month here, no modal.
      return FINITE.test(head.replace(NAME_WORD, " ").replace(MONTH_NAME, " "))
        ? "wh-phrase after a finished clause"
        : null;
    },
  ],
  [
    "no subject that points back",
    // "The Act freezes ...?", "The port, built at a cost of what amount, ...?", "The petitions challenging the Act
    // ...?": a subject that is only a class noun points back to a name in another sentence (blind reading G2). A
    // setting in front says what it is.
    (p) =>
      !SETTING.test(p) && POINTING_SUBJECT.test(BLANK.exec(p)?.[1] ?? p) ? "subject points back" : null,
  ],
  [
    "no 'which' before a superlative",
    // "India's reserves are which largest in the world?": an ordinal asked in place before a superlative reads as
    // no English (blind reading G2); its blank ("the _____ largest") does.
    (p) => (/\bwhich\s+(?:[a-z]+est|most|least)\b/.test(p) ? "'which' before a superlative" : null),
  ],
  [
    "no country asked of its person",
    // "... ahead of which country's Wang Lin?", "... and _____'s Park Ji-yeon": a person's name says their country,
    // and a rival's country is trivia (blind reading G2). A body's country ("which country's Naval Group") stays.
    (p) => {
      const name = p.match(COUNTRY_OWNER)?.[1];
      return name?.includes(" ") && !BODY_WORD.test(name) ? "country asked of its person" : null;
    },
  ],
  [
    "no number torn from a name",
    // "at the Nordic Open Super _____ badminton tournament", "The ATP _____ title": a grade's number is part of the
    // event's name, and the numbers offered beside it ("Super 950", "ATP 170") do not exist (readings G1, G4).
    (p, answer) =>
      /^\d[\d,]*$/.test(answer.trim()) &&
      /\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+_____(?![-\w])|\b[A-Z]{2,}\s+_____\s+(?:title|event|tournament|level|category|series|class)\b/.test(
        BLANK.exec(p)?.[1] ?? "",
      )
        ? "number torn from a name"
        : null,
  ],
  [
    "no absolute 'with' clause torn",
    // "With how many external members did the panel vote 4-2, voting for a pause?": "with two members voting for
    // a pause" is one phrase, and fronting its count leaves its participle behind.
    (p) =>
      /^(?:With reference to [^,]+,\s+)?[Ww]ith how many\b(?:[^?]*,\s+[a-z]+ing\b|\s+(?:[\w-]+\s+){0,3}[a-z]+ing\s+(?:did|does|do|was|were|is|are|had|has|have)\b)/.test(
        p,
      )
        ? "absolute 'with' clause torn"
        : null,
  ],
  [
    "no 'since' with a simple past",
    // "Since which year did the court direct the EC to publish the names of all donors?" (donors since 2018), "since
    // which year did the party cross the mark for the first time?" (the first time since 1996): "since" goes with a
    // perfect, and fronted onto a simple past it was another phrase's.
    (p) =>
      /\b[Ss]ince which (?:year|date|month)\s+did\b/.test(p) ? "'since' fronted onto a simple past" : null,
  ],
];

/** Words that open a clause leading to the main one: "After the bill was passed, how many ...?". */
const CLAUSE_LEADS =
  /^(?:After|Before|Since|Once|While|Although|Though|If|As|Because|Until|Unless|Following|Despite|Besides|When|Whereas)\b/;

/** True when the text ends with a given name that is not one of the answer's ("... Ola "). */
function otherFullName(before: string, answerWords: string[]): boolean {
  const given = before.match(/\b([A-Z][a-z]+)\s$/)?.[1];
  return given !== undefined && !answerWords.includes(given) && !CLASS_WORDS.has(given.toLowerCase());
}

function balanced(p: string): boolean {
  // Counted by character code: every prompt is judged, and most hold no bracket or quotation mark at all.
  let depth = 0;
  let quotes = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACKET && --depth < 0) return false;
    else if (c === DOUBLE_QUOTE) quotes++;
  }
  if (depth !== 0 || quotes % 2 !== 0) return false;
  // A quotation inside a blank's sentence is written in single quotes: one opened and never closed ("given
  // 'for its efforts to ...") was cut off. A closing mark may also be a plural possessive ("leaders' summit"),
  // so only more openings than closings count.
  if (!p.includes("'")) return true;
  const opened = p.match(/(?:^|[\s(])'(?=[A-Za-z])/g)?.length ?? 0;
  const closed = p.match(/(?<=[A-Za-z0-9.,!?])'(?=[\s.,;:?)"]|$)/g)?.length ?? 0;
  return opened <= closed;
}

const OPEN_BRACKET = "(".charCodeAt(0);
const CLOSE_BRACKET = ")".charCodeAt(0);
const DOUBLE_QUOTE = '"'.charCodeAt(0);

/** The setting a question may open with: "With reference to the Harbour Cup 2031, ". */
export const SETTING = /^With reference to [^,?"]{2,80}, (?=[a-z])/;

/**
 * The first rule a question breaks, or null when it passes.
 * @example gateFailure("Who took oath as the 12th Chief Justice of Valdoria?", "Mara Lind", []) // null
 */
export function gateFailure(prompt: string, answer: string, aliases: string[] = []): string | null {
  return judged(prompt, answer, aliases, false);
}

/**
 * Rules that presuppose a fronted wh-phrase, which a question asked in place ("India designated how many more
 * wetlands ...?") has no need to meet.
 */
const FRONTING_RULES = new Set(["opens with a wh-phrase", "no auxiliary left without its subject"]);

/**
 * The first rule a question asked in place breaks, or null when it passes: every rule but those of fronting.
 * @example inPlaceFailure("Valdoria designated how many more wetlands as protected sites?", "three") // null
 */
export function inPlaceFailure(prompt: string, answer: string, aliases: string[] = []): string | null {
  return judged(prompt, answer, aliases, true);
}

function judged(prompt: string, answer: string, aliases: string[], inPlace: boolean): string | null {
  // The same wording is gated by the fact family, the generic path and selection: judge it once.
  const key = `${inPlace ? "in place\u0000" : ""}${prompt}\u0000${answer}\u0000${aliases.join("\u0001")}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  let why: string | null = null;
  // "With reference to Operation Tide (May 2031), which ...?": the question after the setting is judged as it
  // reads; the setting may not name the answer, and the whole stays within the word limit.
  const setting = prompt.match(SETTING)?.[0] ?? "";
  const body = setting ? capitalise(prompt.slice(setting.length)) : prompt;
  // An event's setting ("With reference to the appointment of the X, ...") frames the question but names no
  // thing it could be about: the question must say that itself, unless it asks who held a role at the event.
  // "With reference to the appointment of the 12th Chief Justice, who headed the selection committee?": who did
  // what at the event is asked of it, as who held a role there is.
  const event =
    /^With reference to the (?:appointment|visit|launch|\d+(?:st|nd|rd|th) meeting) /.test(setting) &&
    !/^Who\s+[a-z]+ed\b/.test(body);
  for (const { rule, fronting, reads } of judging()) {
    if (inPlace && fronting) continue;
    const whole = setting && (reads === "whole" || (reads === "whole unless an event" && !event));
    why = rule(whole ? prompt : body, answer, aliases);
    if (why) break;
  }
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, why);
  return why;
}

/**
 * The rules as `judged` runs them: whether each is one of fronting, and whether it reads a question with its
 * setting. Worked out once, not by comparing every rule's name for every question.
 */
function judging(): {
  rule: GateRule;
  fronting: boolean;
  reads: "body" | "whole" | "whole unless an event";
}[] {
  judgingRules ??= GATE_RULES.map(([name, rule]) => ({
    rule,
    fronting: FRONTING_RULES.has(name),
    reads: WHOLE_RULES.has(name)
      ? ("whole" as const)
      : WHOLE_UNLESS_EVENT_RULES.has(name)
        ? ("whole unless an event" as const)
        : ("body" as const),
  }));
  return judgingRules;
}
let judgingRules: ReturnType<typeof judging> | undefined;

/** The setting says what a blank is about ("With reference to Operation Tide, ...") and counts as its context. */
const WHOLE_RULES = new Set([
  "at most 30 words",
  "does not give the answer away",
  // "With reference to the visit to Tromso, who was Norway's Prime Minister?": an event is what a role question
  // needs.
  "a role question names its event or date",
  "no 'such' that points back",
  "no subject that points back",
]);
/** Rules that read the setting too, unless the setting is an event's, which names no thing. */
const WHOLE_UNLESS_EVENT_RULES = new Set([
  "a blank's sentence names what it is about",
  "a wh-question names what it is about",
]);

/** Verdicts by prompt, answer and aliases; the rules are pure, so a verdict never goes stale. */
const verdicts = new Map<string, string | null>();
const MAX_VERDICTS = 50_000;

/**
 * True when the question passes every rule of the gate.
 * @example passesGate("Where was the summit held?", "Oslo", []) // true
 */
export function passesGate(prompt: string, answer: string, aliases: string[] = []): boolean {
  return gateFailure(prompt, answer, aliases) === null;
}
