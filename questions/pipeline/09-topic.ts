/** Stage 9: a topic for topic-wise sets, by keyword counts from data. */
import { lexicon } from "../lexicon";
import { alternation } from "../text";
import { TOPICS, type Topic } from "../types";

/** Topics in tie-breaking order, from data. */
function priority(): Topic[] {
  const order = lexicon().topicPriority.filter((t): t is Topic => (TOPICS as readonly string[]).includes(t));
  return [...order, ...TOPICS.filter((t) => !order.includes(t))];
}

/**
 * The topic whose keywords the sentences mention most; "other" when none does.
 * @example topicOf(["The repo rate was cut to 6%.", "Inflation eased."]) // "economy"
 */
export function topicOf(sentences: string[]): Topic {
  // The headline and first sentence say what the story is about: they count twice.
  const lowered = [...sentences.slice(0, 2), ...sentences].map((s) => s.toLowerCase());
  let best: Topic = "other";
  let bestScore = 0;
  for (const topic of priority()) {
    const pattern = topicPattern(topic);
    if (!pattern) continue;
    let score = 0;
    // Each keyword counts once per sentence; a keyword matches at a word start ("terror" in "terrorism").
    for (const sentence of lowered)
      score += new Set(Array.from(sentence.matchAll(pattern), (m) => m[1])).size;
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best;
}

const patterns = new Map<string, RegExp | null>();
function topicPattern(topic: string): RegExp | null {
  if (!patterns.has(topic)) {
    const words = lexicon().topics[topic];
    patterns.set(topic, words?.length ? new RegExp(`(?<![a-z0-9])(${alternation(words)})`, "g") : null);
  }
  return patterns.get(topic) ?? null;
}
