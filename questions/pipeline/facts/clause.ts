/**
 * The clause of a sentence that holds an answer, without what a question does not need: a heading before a colon,
 * an opening phrase ("According to the minister,", "Led by X and Y,"), a bracketed note, and what trails after a
 * comma once the answer is behind ("..., undertaking a journey of ten hours"). A short opening phrase that says
 * where or when ("In Lima 2019,") stays: it is the question's setting.
 */

export interface Clause {
  text: string;
  start: number;
  end: number;
  /** The cuts made, in order, each on the text as it stood: what `shiftTokens` replays on a sentence's tokens. */
  edits: Edit[];
}

/**
 * Whether a bracket from `at` to `stop` is a word of a name: "the X Council (Abolition) Act", never an acronym
 * ("(ISRO)") or a note ("(retd)").
 */
export function insideName(text: string, at: number, stop: number): boolean {
  return (
    /^\s*\((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\)$/.test(text.slice(at, stop)) &&
    /[A-Z][\w-]*$/.test(text.slice(0, at)) &&
    /^\s+[A-Z]/.test(text.slice(stop))
  );
}

/** Text from `from` to `to` replaced by `insert`. */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** Openings that only frame the fact: a source, a purpose, a circumstance. */
const FRAMING =
  /^(?:according to|as per|based on|led by|in a bid to|noting that|in a landmark move|in a (?:major|big|significant) (?:move|step|development)|amid|following|ahead of|after|before|meanwhile|however|earlier|notably|additionally|moreover|further|also|besides|in addition|speaking|addressing|in his address|in her address|in a statement|in a post on|with this|with that|on the occasion of|as part of|while)\b/i;
/** An opening participle phrase: "Constructed by ...,", "Built in 2019,", "Led by ...,"; "During 2019 to 2029," says when. */
const PARTICIPLE =
  /^(?!During\b)(?:[A-Z][a-z]+(?:ed|ing)|Built|Born|Led|Held|Made|Taken|Given|Known|Seen|Run|Won|Set up)\b/;
/** What follows the "and" of a gapped clause: a subject, its aside between commas, and the verb. */
const GAPPED =
  /^(?:the\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?,\s+[^,]{3,80},\s+(?:was|were|is|are|has|have|had|will|would)\s/;
/** "40 were killed and 60 people were injured": "and" that opens a clause of its own, with its subject and verb. */
const AND_CLAUSE =
  /,\s+and\s+(?=(?:the\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?,\s+[^,]{3,80},\s+(?:was|were|is|are|has|have|had|will|would)\s)|,?\s+and\s+(?=that\s+(?:the\s+|its\s+|their\s+)?[\w'-]+\s)|,?\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|[A-Z][\w'-]*)(?:\s+(?!(?:who|whose|which|that)\b)[\w'-]+){0,3}?\s+(?:was|were|is|are|has|have|had|will|would)\s)|,\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?!(?:the|a|an|its|their|then|also|other|more|most|was|were|is|are|has|have|had|will|would)\s)[a-z][\w'-]*(?:\s+(?!(?:and|or|but|of|in|on|for|to|with|by|at|from|under)\s)[a-z][\w'-]*){0,2}\s+(?:was|were|is|are|has|have|had|will|would|[a-z]{3,}ed)[\s,.;])|\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?!(?:the|a|an|its|their|then|also|other|more|most|was|were|is|are|has|have|had|will|would)\s)[a-z][\w'-]*(?:\s+(?!(?:and|or|but|of|in|on|for|to|with|by|at|from|under)\s)[a-z][\w'-]*){1,2}\s+(?:was|were|is|are|has|have|had|will|would|[a-z]{3,}ed)[\s,.;])/g;
// The first form: ", and the third, in Oslo in October 2015, was ...": a gapped clause whose subject's aside
// holds its own place and time.
// The second form: ", and vegetable prices contracted 4.3 per cent", ", and rural inflation was 3.8 per cent": a
// comma before "and" and a subject in lower case with its own verb. The third: the same with no comma and a
// subject of two or three words ("... for the sixth month and global crude prices eased"), after a clause with
// a verb of its own.
/** "On 8 January, the agency ...", "In 1958, local groups ...": a short opening that says when or where (1), before its clause. */
const OPENING_WHEN = /^((?:On|In|At|During|Since)\s+[^,;:"]{1,40}?),\s+(?=[A-Za-z])/;
/** "Harbour Medals - one of the highest honours are ...": the name (1), the dashed aside (2) and the verb (3). */
const DASHED_ASIDE =
  /^((?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(\s+[-–—]\s+(?:one of|a|an|the)\s[^,;:"–—]{3,80}?\s+)(is|are|was|were)\b/;
/** "Among the dead were ...": the place (1) and the verb (2) of an inverted copula, with the space after it. */
const AMONG_INVERTED =
  /^((?:Also\s+)?[Aa]mong\s+(?:the\s+|those\s+)?[a-z][^,;:"]{1,40}?)\s+(were|was|are|is)\s+(?=\S)/;
/**
 * "INS X shares the hump of INS Y and has four launch tubes": a named subject (1), its first verb phrase (2),
 * and the "and" (3) before a second verb phrase with no subject of its own.
 */
const SHARED_SUBJECT =
  /^((?:The\s+)?[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,4})(\s+(?:has|have|had|is|are|was|were|will|[a-z]{3,}(?:s|ed))\s[^,;:"“()]*?)(\s+and\s+)(?=(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|became|won|took|made|[a-z]{3,}ed)\s)/;
/**
 * "X won silver in the final at Paris 2031 as Valdoria's Ola Berg won gold": a clause after "as" or "while" (1)
 * with a subject of its own (2), up to five capitalised words, and a past verb. ("X took the wicket of Y when Z
 * took a catch" is not one: the main clause says which catch.)
 */
const SUBORDINATE =
  /\s+(as|while)\s+((?:[A-Z][\w'’.-]*\s+){1,5}(?:won|took|made|became|got|scored|hit|threw|set|broke|led|beat|bagged|[a-z]{3,}ed)\s[^;"“]*)$/;
/** A main clause's closing phrase that says where or at which event (1): "in the final at Paris 2031". */
const CLOSING_SETTING = /\s((?:in|at|during)\s+(?!which\b)[^,;]*)$/;
/**
 * "The previous record was 81.44m that was achieved in Tromso 1998 by Ola Berg": a subject (1), its copula (2), a
 * figure (3), and a relative clause on the figure with its auxiliary (4), its participle (5) and the rest (6).
 */
const FIGURE_THAT =
  /^((?:The|A|An|Its|His|Her|Their)\s[^,;:"]{3,80}?)\s+(is|was)\s+([^\s,]*\d[\d,.]*[^\s,]*(?:\s+(?!that\b|which\b)[a-z]+(?:\s+cent)?)?),?\s+(?:that|which)\s+(was|were|is|had been|has been)\s+([a-z]{3,}(?:ed|en))\s+([^;"]+?)([.!?]?)$/;

/** What may follow the answer's clause after a comma and is not part of it. */
// "..., the Harbour Federation (HF) announced at its congress in Oslo on Friday": a source after the clause, with
// where and when it spoke, is no part of the fact.
const TRAILING =
  /,\s+(?=(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+|\([A-Z]{2,8}\)\s+|(?:of|for|and|on)\s+){1,10}(?:said|says|announced|stated|added|reported|confirmed)\s+(?:at|in|during|after|while)\b)|,\s+(?:which|who|while|whereas|but|however|thereby|saying|adding|stating|noting|according to|(?!during\s|regarding\s|concerning\s)[a-z]+ing\s)|\s+(?:--|[-–—])\s+|;\s+|,?\s+and\s+(?:also\s+)?(?:said|says|added|noted|stated|told|urged|called|described|termed|asserted|expressed)\b|,?\s+as\s+(?:he|she|they|it)\s|,\s+and\s+(?:is|are|was|were|has|have|had|will|would|can)\s+(?:also\s+)?[a-z]+(?:ed|en)\b|\s+and\s+\d[\d,]*\s+(?:against|opposed)\b|\s+and\s+the\s+(?:[\w-]+\s+){1,6}?(?:at|to)\s+(?=[\d$₹]|Rs\b)/g;

/** A name of up to five capitalised words ("Make in India" too) in quotation marks, at word boundaries. */
const QUOTED_NAME =
  /(?<=^|\s)(['‘"“])([A-Z][\w.-]*(?:\s+(?:(?:of|in|and|for|the|on)\s+)?[A-Z0-9][\w.-]*){0,4})(['’"”])(?=[\s,.;:!?)]|$)/g;
const QUOTE_PAIRS: Record<string, string> = { "'": "'", "‘": "’", '"': '"', "“": "”" };

/** A word that gives a clause its verb: an auxiliary or a past tense. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|[a-z]{3,}ed)\b/;

/**
 * The clause around [start, end) with the span's new offsets; the text itself when nothing can go.
 * @example coreClause("Led by Ana Ruiz, Chile won the cup in Lima.", 17, 22).text // "Chile won the cup in Lima."
 */
export function coreClause(text: string, start: number, end: number): Clause {
  let t = text;
  let s = start;
  let e = end;
  const edits: Edit[] = [];
  const cut = (from: number, to: number, insert = "") => {
    edits.push({ from, to, insert });
    t = t.slice(0, from) + insert + t.slice(to);
    const shift = insert.length - (to - from);
    if (s >= to) {
      s += shift;
      e += shift;
    }
  };
  // "Budget 2031 live updates: The minister said ...": a heading before the sentence.
  const heading = t.match(/^[^:"]{3,60}:\s+(?=[A-Z])/);
  if (heading && heading[0].length <= s && !/\d[:.]\d/.test(heading[0])) cut(0, heading[0].length);
  // "He met A of X; B of Y; and C of Z": an item after the first semicolon has no verb of its own, so it is
  // asked with the clause that heads the list ("He met B of Y").
  const items = [...t.matchAll(/;\s+(?:and\s+)?/g)];
  const head = t.match(/^[^;]*?\b(?:with|met|meeting|including|to)\s+(?:the\s+)?(?=[A-Z][^;]*;)/);
  if (items.length >= 1 && head) {
    const mine = items.filter((m) => (m.index ?? 0) + m[0].length <= s).at(-1);
    const next = items.find((m) => (m.index ?? 0) >= e);
    if (mine) {
      if (next) cut(next.index ?? 0, t.length, ".");
      cut(head[0].length, (mine.index ?? 0) + mine[0].length);
    }
  }
  // Quotation marks around a name ("the submarine 'INS Orca'", 'a "Sea Star" train') only mark it as a name: a
  // question reads it plain, and a blank inside them is no quotation of anyone's words.
  for (const m of [...t.matchAll(QUOTED_NAME)].reverse()) {
    const open = m.index ?? 0;
    const close = open + m[0].length - 1;
    if (QUOTE_PAIRS[m[1] as string] !== m[3] || (open >= s && open < e) || (close >= s && close < e))
      continue;
    cut(close, close + 1);
    cut(open, open + 1);
  }
  // Brackets that do not hold the answer: "(48 off 31 balls)", "(FIR)", "(retd)". A bracket written onto a word
  // is part of its name: "JD(S)".
  for (;;) {
    const bracket = [...t.matchAll(/\s*\([^()]{1,80}\)/g)].find((m) => {
      const at = m.index ?? 0;
      if (m[0].startsWith("(") && /\w$/.test(t.slice(0, at))) return false;
      return (at + m[0].length <= s || at >= e) && !insideName(t, at, at + m[0].length);
    });
    if (!bracket) break;
    const at = bracket.index ?? 0;
    cut(at, at + bracket[0].length);
  }
  // A dashed aside that does not hold the answer: "X spacecraft -- the first of its kind -- into orbit".
  // Hyphens inside its words ("space-based") do not end it; only a spaced dash does.
  for (const m of [
    ...t.matchAll(/\s+(?:--|[–—]|-)\s+(?:(?!\s(?:--|[–—]|-)\s).){3,100}?\s+(?:--|[–—]|-)\s+/g),
  ]) {
    const at = m.index ?? 0;
    if (at + m[0].length <= s || at >= e) {
      cut(at, at + m[0].length, " ");
      break;
    }
  }
  // "Retail inflation, measured by the X Index, eased to ...": a participle's aside after the subject, when the answer
  // is after it.
  const aside = t.match(
    /^[^,"]{3,80}?(,\s+(?:measured|calculated|compiled|headed|backed|supported|known|based|funded|owned|run)\s+[^,"]{3,80}?,)\s+(?=[a-z])/,
  );
  if (aside?.[1] && aside.index !== undefined && aside[0].length <= s) {
    const at = aside[0].length - aside[1].length - 1;
    cut(at, at + aside[1].length);
  }
  // An opening phrase up to its comma, when the answer is after it.
  const opening = t.match(/^([^,"]{3,120}?),\s+(?=[A-Za-z])/);
  // What follows must open a clause of its own ("Chile won", "the council approved"), not continue one.
  if (
    opening?.[1] &&
    opening[0].length <= s &&
    !/^(?:which|who|whom|whose|that|and|but|or|while|as|including|with|[a-z]+(?:ing|ed))\b/i.test(
      t.slice(opening[0].length),
    )
  ) {
    const phrase = opening[1];
    // "Constructed by the Harbour Yard, Tromso, INS X can ...": the place after the opening's comma still
    // belongs to it; an answer there is the opening's, which then stays.
    const more = t.slice(opening[0].length).match(/^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+(?=[A-Za-z])/);
    const answerInMore = more !== null && s < opening[0].length + more[0].length;
    if ((FRAMING.test(phrase) || PARTICIPLE.test(phrase)) && !answerInMore) {
      cut(0, opening[0].length);
      if (more) cut(0, more[0].length);
    }
  }
  // "Project Orca, which was launched in 1973 by the X government, completed its jubilee on 1 April": a relative
  // clause between a named subject and its verb describes the subject; an answer after it is asked without it.
  const relative = t.match(
    /^((?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,5})(,\s+(?:which|who)\s+[^,;:"]{3,100}?,)\s+(?=[a-z])/,
  );
  // And an answer in the subject that a title already identifies is asked of the subject and its verb, without the
  // clause ("Former Prime Minister X, who led the country from 1994 to 2004, died on Sunday" asks which former
  // Prime Minister died); a bare name keeps the clause that says who it is.
  const titled =
    /\b(?:Former|Minister|President|Chief|Justice|Governor|Secretary|Chairman|Chairperson|General|Admiral|Marshal|Commissioner|Director|Judge|Captain|Ambassador|Speaker)\b/.test(
      relative?.[1] ?? "",
    );
  if (relative?.[1] && relative[2] && (relative[0].length <= s || (e <= relative[1].length && titled)))
    cut(relative[1].length, relative[1].length + relative[2].length);
  // "X said (that) the harbour would open in May": a question about what was said is asked of the clause said.
  // "Experts pointed out that X has remained at 0.65%": so is what was pointed out, warned of or stressed.
  const said = t.match(
    /^[^"“]{3,120}?\b(?:(?:said|says|stated|noted|added|asserted|claimed|told reporters)\s+(?:that\s+)?|(?:announced|informed|confirmed|revealed|pointed\s+out|observed|warned|argued|maintained|explained|highlighted|stressed|emphasi[sz]ed|underlined|reiterated|acknowledged)\s+that\s+)(?=(?:the|a|an|[A-Z][\w'-]*|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|all|some|most|several|many)\s)/,
  );
  // What follows must be a clause with its own verb, not an object ("announced the Harbour Medal for ...").
  const saidClause = said ? t.slice(said[0].length).split(/\s+/).slice(0, 12).join(" ") : "";
  if (
    said &&
    said[0].length <= s &&
    !/[,;:]\s*$/.test(said[0]) &&
    /\b(?:is|are|was|were|will|would|shall|has|have|had|can|could|should|must|may|might|stays|remains|stands|rises|falls|grows|continues)\b/.test(
      saidClause,
    )
  )
    cut(0, said[0].length);
  // "X said, noting that investment has grown by 13% ...": what was noted is the fact; the speaker and the
  // participle only frame it.
  const noted = [
    ...t.matchAll(
      /(?:^|,\s+)(?:[Nn]oting|[Aa]dding|[Ss]aying|[Ss]tating|[Oo]bserving|[Ss]tressing)\s+that\s+(?=\S)/g,
    ),
  ]
    .filter((m) => (m.index ?? 0) + m[0].length <= s)
    .at(-1);
  if (noted) cut(0, (noted.index ?? 0) + noted[0].length);
  // "X recommended Y on 17 May following which, the Centre notified Y's appointment on 24 May": a connector that
  // opens a second main clause. An answer in either is asked of its own clause.
  const connector = t.match(/,?\s+(?:following which|after which|upon which|whereupon),?\s+(?=[a-zA-Z])/);
  if (connector?.index !== undefined) {
    const at = connector.index;
    if (at + connector[0].length <= s) cut(0, at + connector[0].length);
    else if (at >= e) cut(at, t.length, ".");
  }
  // "40 were killed and 60 people were injured": an answer in the second of two joined clauses is asked of that
  // clause alone, unless the first holds a quotation.
  const joins = joinedClauses(t);
  const joined = joins.filter((m) => m.index + m[0].length <= s).at(-1);
  // "..., which the government said would save X": a relative clause with a subject of its own has lost its
  // object (or its verb's subject) to "which", and cannot stand without the clause before it.
  const objectRelative =
    joined !== undefined &&
    /^,\s+(?:which|who|whom)\s+$/.test(joined[0]) &&
    /^(?:the|a|an|its|their|his|her|this|these)\s/i.test(t.slice(joined.index + joined[0].length));
  const cutFirst = joined !== undefined && !objectRelative && !t.slice(0, joined.index).includes('"');
  if (cutFirst) cut(0, joined.index + joined[0].length);
  // ... and an answer in the first is asked without the second. The joins are read again only when the first
  // clause went: the text is otherwise the one just read.
  const second = (cutFirst ? joinedClauses(t) : joins).find((m) => m.index >= e);
  if (second) cut(second.index, t.length, ".");
  // "INS X shares the hump of INS Y and has four launch tubes": two verb phrases of one named subject. An answer
  // in either is asked of the subject and its own phrase.
  const shared = t.match(SHARED_SUBJECT);
  if (shared?.[1] && shared[2] && shared[3]) {
    const subjectEnd = shared[1].length;
    const andStart = subjectEnd + shared[2].length;
    const andEnd = andStart + shared[3].length;
    if (andEnd <= s && s > subjectEnd) cut(subjectEnd, andEnd, " ");
    else if (e <= andStart && s >= subjectEnd) cut(andStart, t.length, ".");
  }
  // "Harbour Medals - one of the highest civilian honours in the country is conferred in four classes": a dashed
  // aside between a name and its verb goes, and the verb agrees with the name ("are").
  const dashed = t.match(DASHED_ASIDE);
  if (dashed?.[1] && dashed[2] && dashed[3] && s >= dashed[0].length) {
    const asideStart = dashed[1].length;
    const verbStart = asideStart + dashed[2].length;
    const plural = /[a-z]s$/.test(dashed[1]) && dashed[3] === "is";
    cut(verbStart, verbStart + dashed[3].length, plural ? "are" : dashed[3]);
    cut(asideStart, verbStart, " ");
  }
  // "The movement of survivors, also known as Hibakusha, is receiving ...": another name, when it is not the answer.
  const aka = [...t.matchAll(/,\s+(?:also\s+)?(?:known|called|referred to)\s+as\s+[^,;]{1,60},(?=\s)/g)].find(
    (m) => (m.index ?? 0) >= e || (m.index ?? 0) + m[0].length <= s,
  );
  if (aka) cut(aka.index ?? 0, (aka.index ?? 0) + aka[0].length);
  // "7 camps, including those of A and B, were destroyed": a parenthetical list that does not hold the answer.
  // "honours, including the X Prize in 2011, the Y Prize in 2017 and ...": what follows the comma is the list's
  // next item, not the clause going on, and the list is not cut.
  const including = [
    // Not a list's first item: "including A, B and C." runs on to the sentence's end with no verb of its own.
    ...t.matchAll(
      /,\s+including\s+[^,]{3,120},(?=\s+(?!(?:the|a|an|its|their|his|her)\s)[a-z])(?!\s+(?:(?!(?:is|are|was|were|has|have|had|will|would)\b)[^,.;])*\band\s+[^,.;]*[.;]?\s*$)/g,
    ),
  ].find((m) => (m.index ?? 0) >= e || (m.index ?? 0) + m[0].length <= s);
  if (including) cut(including.index ?? 0, (including.index ?? 0) + including[0].length);
  // What trails after the answer's clause; a participle phrase ("7 camps, including ...") only once the clause
  // before it has its verb, since before that it belongs to the subject.
  for (const m of t.matchAll(TRAILING)) {
    const at = m.index ?? 0;
    const participle = /^,\s+[a-z]+ing\s/.test(m[0]);
    if (at >= e && (!participle || CLAUSE_VERB.test(t.slice(0, at)))) {
      const keep = t.slice(0, at).replace(/[\s,]+$/, "").length;
      cut(keep, t.length, ".");
      break;
    }
  }
  // "X won silver in the final at Paris 2031 as Valdoria's Ola Berg won gold": an answer in the clause after
  // "as" is asked of that clause, with the main clause's closing setting ("Ola Berg won gold in the final at Paris
  // 2031"), when that names an event, a place or a year.
  const stop = t.match(/[.!?]?\s*$/)?.index ?? t.length;
  const sub = t.slice(0, stop).match(SUBORDINATE);
  const subStart = sub?.[2] && sub.index !== undefined ? sub.index + sub[0].length - sub[2].length : -1;
  // The subject's possessor is no answer to ask of the clause alone ("Which country's athlete won gold?").
  const ofSubject = /^['’]s\s/.test(t.slice(e, e + 3));
  const setting = sub ? (t.slice(0, sub.index).match(CLOSING_SETTING)?.[1] ?? "") : "";
  // Without a setting that names the event, the main clause is what says which gold.
  if (sub && subStart >= 0 && s >= subStart && !ofSubject && /[A-Z]|\d{4}/.test(setting)) {
    if (!t.slice(subStart, stop).includes(setting)) cut(stop, stop, ` ${setting}`);
    cut(0, subStart);
  }
  // "Valdoria's Ola Berg won gold": a possessor before an answer that opens its clause goes with it ("Who won
  // gold ...?"; a country left in front of the wh-word would be no question).
  const possessor = t.match(/^(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+/);
  if (possessor && possessor[0].length === s) cut(0, possessor[0].length);
  // "The previous record was 81.44m that was achieved in Tromso 1998 by Ola Berg": the relative clause on the
  // figure joins the subject, so the figure is the copula's ("How many metres was the previous record achieved in
  // Tromso 1998 by Ola Berg?"), and an answer in the relative clause is asked with the figure in the subject ("Who
  // achieved the previous record of 81.44m in Tromso 1998?").
  const figure = t.match(FIGURE_THAT);
  if (figure?.[1] && figure[2] && figure[3] && figure[4] && figure[5] && figure[6]) {
    const [, subject, copula, value, auxiliary, participle, rest, stop = "."] = figure;
    const valueStart = subject.length + 1 + copula.length + 1;
    const restStart = t.length - stop.length - rest.length;
    const answer = t.slice(s, e);
    const rewritten =
      s >= valueStart && e <= valueStart + value.length
        ? `${subject} ${participle} ${rest} ${copula} ${value}${stop || "."}`
        : s >= restStart
          ? `${subject} of ${value} ${auxiliary} ${participle} ${rest}${stop || "."}`
          : "";
    const at = rewritten ? rewritten.indexOf(answer, s >= restStart ? subject.length : 0) : -1;
    if (at >= 0) {
      cut(0, t.length, rewritten);
      s = at;
      e = at + answer.length;
    }
  }
  // "Among the dead were four followers of X": the subject after an inverted "were" goes back before it, so the
  // question fronts it ("How many followers of X were among the dead?").
  const among = t.match(AMONG_INVERTED);
  if (among?.[1] && among[2] && s >= among[0].length) {
    const stop = t.match(/[.!?]?\s*$/)?.index ?? t.length;
    const where = `${among[1].charAt(0).toLowerCase()}${among[1].slice(1)}`;
    cut(stop, stop, ` ${among[2]} ${where}`);
    cut(0, among[0].length);
  }
  // "X was awarded the prize for 'luminous prose that ...'": a quoted citation that does not hold the answer is the
  // prize's words, not the clause's; it goes.
  const citation = [...t.matchAll(/\s+for\s+["“'‘][^"”]{5,160}?["”'’](?=[\s,.;]|$)/g)].find(
    (m) => (m.index ?? 0) >= e || (m.index ?? 0) + m[0].length <= s,
  );
  if (citation?.index !== undefined) cut(citation.index, citation.index + citation[0].length);
  // "X was awarded the Harbour Medal, Valdoria's highest civilian honour, in 2010": an aside right after the
  // answer that says what it is goes, so the clause's own phrase after it can stay ("Which medal was X awarded
  // in 2010?").
  const describes = t
    .slice(e)
    .match(
      /^,\s+(?:(?:the|a|an)\s+|[A-Z][\w-]*['’]s\s+)[^,;:"()]{3,60},(?=\s+(?:in|on|at|for|by|from|during|last|this)\b)/,
    );
  if (describes) cut(e, e + describes[0].length);
  // "X was on 9 October 2031 awarded the prize": a date between the auxiliary and its participle goes after the
  // clause ("X was awarded the prize on 9 October 2031"), where fronting the subject or the object leaves the verb
  // whole.
  const auxDate = t.match(
    /\b(?:was|were|is|are|has been|have been|had been)(\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\s+(?=[a-z]{3,}(?:ed|en)\b)/,
  );
  if (auxDate?.[1] && auxDate.index !== undefined) {
    const from = auxDate.index + auxDate[0].indexOf(auxDate[1]);
    const to = from + auxDate[1].length;
    const inside = s >= from && e <= to;
    if (e <= from || s >= to || inside) {
      const phrase = auxDate[1];
      // "..., the Academy said.": the date goes before whoever reported it, not onto their saying it.
      const stop =
        t.match(/,\s+(?:the\s+)?[A-Z][^,]{0,60}?\s+(?:said|says|announced|added|reported|stated)[.!?]?\s*$/)
          ?.index ??
        t.match(/[.!?]?\s*$/)?.index ??
        t.length;
      const [was, length] = [s, e - s];
      cut(stop, stop, phrase);
      cut(from, to);
      // The date asked itself moves with its phrase ("On which date was X elected President?").
      if (inside) {
        s = stop - (to - from) + (was - from);
        e = s + length;
      }
    }
  }
  // "On 8 January, the agency performed the manoeuvre": an answer in the opening phrase that says when or where goes
  // after its clause, where a question fronts it with the verb ("On which date did the agency perform ...?").
  const when = t.match(OPENING_WHEN);
  if (when?.[1] && s >= when[1].indexOf(" ") + 1 && e <= when[1].length) {
    const phrase = when[1];
    // "In January 2025, a Bench had held that X was unconstitutional": the time is the holding's, and goes before
    // "that"; at the end it would date what was held.
    const complement = (
      /^(?:In|On|By|During)\s+(?:(?:early|mid|late)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d)?$/.test(
        phrase,
      )
        ? t.slice(when[0].length)
        : ""
    ).match(
      /\b(?:held|ruled|said|stated|observed|declared|found|noted|decided|directed|clarified|announced|observed)(?=\s+that\s)/,
    );
    const stop =
      complement?.index !== undefined
        ? when[0].length + complement.index + complement[0].length
        : (t.match(/[.!?]?\s*$/)?.index ?? t.length);
    const [from, to] = [s, e];
    cut(stop, stop, ` ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`);
    cut(0, when[0].length);
    s = stop - when[0].length + 1 + from;
    e = s + (to - from);
  }
  if (/^[a-z]/.test(t)) cut(0, 1, t.charAt(0).toUpperCase());
  return { text: t, start: s, end: e, edits };
}

/**
 * Where "and" opens a second clause: the first has a verb of its own before it ("70 were killed and ..."), so
 * "Ola and Mara were elected" and "between the Army and Navy" join no clauses.
 * @example joinedClauses("40 were killed and 60 people were injured.").length // 1
 */
function joinedClauses(text: string): (RegExpExecArray & { index: number })[] {
  return [...text.matchAll(AND_CLAUSE)].filter((m) => {
    const before = text.slice(0, m.index);
    // ", and ..." after a clause of three words or more joins clauses whatever the first one's verb ("fell").
    // A gapped clause (", and the third, in Oslo, was ...") follows a clause with a verb of its own: "Rowing, with
    // three medals, and sailing, with two, were ..." is one subject of two items.
    const gapped = GAPPED.test(text.slice(m.index + m[0].length));
    const verb =
      CLAUSE_VERB.test(before) || (!gapped && m[0].startsWith(",") && before.trim().split(/\s+/).length >= 3);
    return verb && !/\bbetween\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?$/.test(before);
  }) as (RegExpExecArray & { index: number })[];
}

/**
 * The tokens of a sentence after the clause's cuts, shifted to the new text: what reading the new text again
 * would give, without reading it again. Tokens inside a cut go; a replaced letter keeps its token, re-cased.
 * Undefined when a token no longer lines up with the text.
 */
export function shiftTokens<T extends { text: string; start: number; end: number }>(
  tokens: T[],
  edits: Edit[],
  text: string,
): T[] | undefined {
  let out = tokens;
  for (const { from, to, insert } of edits) {
    const shift = insert.length - (to - from);
    // A one-letter re-casing keeps the token it belongs to.
    if (to - from === insert.length && insert.length === 1) continue;
    out = out
      .filter((x) => x.end <= from || x.start >= to)
      .map((x) => (x.start >= to ? { ...x, start: x.start + shift, end: x.end + shift } : x));
  }
  const lined = out.map((x) => ({ ...x, text: text.slice(x.start, x.end) }));
  return lined.every((x, i) => x.text.toLowerCase() === (out[i] as T).text.toLowerCase()) ? lined : undefined;
}
