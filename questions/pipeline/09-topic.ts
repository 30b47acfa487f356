/** Stage 9: a topic for topic-wise sets, by keyword counts from data. */
import { lexicon } from "../lexicon";
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
  const { topics } = lexicon();
  let best: Topic = "other";
  let bestScore = 0;
  // The headline and first sentence say what the story is about: they count twice.
  const lowered = [...sentences.slice(0, 2), ...sentences].map((s) => ` ${s.toLowerCase()} `);
  for (const topic of priority()) {
    const words = topics[topic];
    if (!words) continue;
    let score = 0;
    for (const lower of lowered) for (const w of words) if (lower.includes(` ${w}`)) score++;
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best;
}
