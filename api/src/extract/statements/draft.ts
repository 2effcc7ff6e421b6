import type { Span } from '../types';
import type { QuoteSpan } from './quotes';
import type { VerbHit } from './rules/types';
import type { ResolvedSpeaker } from './speaker/types';

/** A statement before its date, about-list and category are filled in. */
export interface Draft {
  speaker: ResolvedSpeaker;
  hit: VerbHit;
  quotes: QuoteSpan[];
  /** Reported words when there is no quotation. */
  content: Span | null;
  /** Units the statement's text covers (indexes into the unit list). */
  firstUnit: number;
  lastUnit: number;
  /** An earlier unit merged in (the article's lead paraphrasing this quotation), or null. */
  leadUnit: number | null;
  rule: string;
  /** Set when the statement continues an earlier speaker's remarks without a verb of its own. */
  continuation: boolean;
}
