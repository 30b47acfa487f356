/**
 * A study session in which no question gives away the answer of one still to come. Questions cut from one
 * story often name each other's answers ("Who launched X?" beside "Which mission did Y launch?"): the generator
 * keeps both, because each is a fact worth learning and each needs the other's words to be answerable, and the
 * session decides the order. A question whose answer another one prints goes first; of two that print each
 * other's answers only the more urgent is asked now, and the other waits for a later session.
 */
import { normKey } from "./text";

export interface Cueable {
  id: string;
  prompt: string;
  answer: string;
  aliases: readonly string[];
}

/**
 * Up to `limit` of the items, in an order in which none shows the answer of a later one. Items are taken in the
 * order given (most urgent first); an item that would show a chosen item's answer while that item shows its own
 * waits. The order of the chosen items otherwise stays as given.
 * @example apartFromCues([who, which], 20) // [which, who] when who's prompt prints which's answer
 */
export function apartFromCues<T extends Cueable>(items: readonly T[], limit: number): T[] {
  const chosen: T[] = [];
  // shows[i][j]: chosen item i's prompt prints chosen item j's answer, so j must come before i.
  const shows: boolean[][] = [];
  const keys = new Map<T, { prompt: string; answers: string[] }>();
  const keyOf = (item: T) => {
    let key = keys.get(item);
    if (!key) {
      key = {
        prompt: ` ${normKey(item.prompt)} `,
        answers: [item.answer, ...item.aliases].map(normKey).filter((a) => a.length > 2 && !/^\d$/.test(a)),
      };
      keys.set(item, key);
    }
    return key;
  };
  const prints = (a: T, b: T) => keyOf(b).answers.some((answer) => keyOf(a).prompt.includes(` ${answer} `));
  for (const item of items) {
    if (chosen.length >= limit) break;
    const out = chosen.map((other) => prints(item, other));
    const into = chosen.map((other) => prints(other, item));
    if (wouldCycle(shows, out, into)) continue;
    for (const [i, row] of shows.entries()) row.push(into[i] as boolean);
    shows.push([...out, false]);
    chosen.push(item);
  }
  return order(chosen, shows);
}

/**
 * Whether adding a node with edges to `out` (it must follow them) and from `into` (they must follow it) closes a
 * cycle: some node it must follow already has to follow, through others, a node that must follow it.
 */
function wouldCycle(shows: boolean[][], out: boolean[], into: boolean[]): boolean {
  const n = shows.length;
  // after[j]: every node that must come after j, through the chosen edges (shows[i][j] means i after j).
  for (let start = 0; start < n; start++) {
    if (!out[start]) continue;
    // The new node comes after `start`; is there a node that must come after the new one and before `start`?
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length) {
      const j = stack.pop() as number;
      if (into[j]) return true;
      if (seen.has(j)) continue;
      seen.add(j);
      // Nodes that j must come after.
      for (let k = 0; k < n; k++) if (shows[j]?.[k] && !seen.has(k)) stack.push(k);
    }
  }
  return false;
}

/** The chosen items in the given order, moved only as far as the "comes before" edges require. */
function order<T>(items: T[], shows: boolean[][]): T[] {
  const placed = new Set<number>();
  const out: T[] = [];
  const place = (i: number) => {
    if (placed.has(i)) return;
    placed.add(i);
    // Whatever this item's prompt gives away is asked before it.
    for (let j = 0; j < items.length; j++) if (shows[i]?.[j]) place(j);
    out.push(items[i] as T);
  };
  for (let i = 0; i < items.length; i++) place(i);
  return out;
}
