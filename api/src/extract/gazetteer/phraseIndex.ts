import { tokenize } from '../entities/tokens';

/** A longest-match index of multi-word phrases over tokens, keyed by exact token text. */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Array<{ keys: string[]; value: V }>>();

  /** Adds a phrase (tokenised like the body); later additions of the same phrase are ignored. */
  add(phrase: string, value: V): void {
    const keys = tokenize(phrase).map((t) => t.text);
    const first = keys[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((e) => e.keys.join(' ') === keys.join(' '))) return;
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at token `i`, as its token count and value, or null. */
  match(tokens: ReadonlyArray<{ text: string }>, i: number): { length: number; value: V } | null {
    const list = this.byFirst.get(tokens[i]?.text ?? '');
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 1; k < entry.keys.length; k++) {
        if (tokens[i + k]?.text !== entry.keys[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { length: entry.keys.length, value: entry.value };
    }
    return null;
  }
}
