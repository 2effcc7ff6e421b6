/** A matched pair: indexes into the predicted and gold lists, and the strength that ranked it. */
export interface MatchPair {
  pred: number;
  gold: number;
  score: number;
}

/** Matches predictions to gold items one-to-one, strongest pairs first (ties by text order); `score` returns 0 for "no match". */
export function greedyMatch<P, G>(preds: readonly P[], golds: readonly G[], score: (pred: P, gold: G) => number): MatchPair[] {
  const candidates: MatchPair[] = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      const s = score(p, g);
      if (s > 0) candidates.push({ pred: pi, gold: gi, score: s });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.pred - b.pred);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    pairs.push(c);
  }
  return pairs;
}
