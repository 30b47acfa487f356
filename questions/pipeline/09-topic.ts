/** Stage 9: a topic for topic-wise sets, by keyword counts from data. */
import { lexicon } from "../lexicon";
import { TOPICS, type Topic } from "../types";

/**
 * The topic whose keywords the sentences mention most; "other" when none does.
 * @example topicOf(["The repo rate was cut to 6%.", "Inflation eased."]) // "economy"
 */
export function topicOf(sentences: string[]): Topic {
  const { topics } = lexicon();
  let best: Topic = "other";
  let bestScore = 0;
  const lowered = sentences.map((s) => ` ${s.toLowerCase()} `);
  for (const topic of TOPICS) {
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
