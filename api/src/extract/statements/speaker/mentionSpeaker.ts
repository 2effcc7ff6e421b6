import type { EntityMention } from '../../entities/types';
import type { ResolvedSpeaker } from './types';

// "and" plus any title words between two parties of a joint statement.
const JOINT_GAP = /^\s+and\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+)*$/u;

/** A resolved speaker taken from a mention. */
export function fromMention(m: EntityMention): ResolvedSpeaker {
  return { ref: m.ref, start: m.start, end: m.end, via: 'mention' };
}

/** For a joint subject ("X and Y said") the first-named party of the same kind with the other as co-speaker, else the mention itself. */
export function jointSpeaker(inRange: EntityMention[], index: number, body: string): ResolvedSpeaker {
  const m = inRange[index] as EntityMention;
  for (let j = index - 1; j >= 0; j--) {
    const p = inRange[j] as EntityMention;
    if (p.ref.kind !== m.ref.kind) continue;
    // One shared mention of two bodies ("the Armenian and Azeri foreign ministries") is a joint subject too.
    const shared = p.start === m.start && p.end === m.end;
    if ((!shared && !JOINT_GAP.test(body.slice(p.end, m.start))) || p.ref.id === m.ref.id) break;
    return { ...fromMention(p), end: m.end, co: [m.ref] };
  }
  return fromMention(m);
}

/** "They" refers to a joint subject of its own sentence ("The Armenian and Azeri ministries …, in which they said"); else it stays unresolved. */
export function jointBefore(inRange: EntityMention[], at: number, body: string): ResolvedSpeaker | null {
  const before = inRange.filter((m) => m.end <= at);
  for (let i = 1; i < before.length; i++) {
    const joint = jointSpeaker(before, i, body);
    if (joint.co) return joint;
  }
  return null;
}
