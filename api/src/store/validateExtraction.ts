import type { EntityKind, EntityRef, ExtractionResult, Mention, Span } from '../extract/types';
import type { Article } from '../source/types';
import { ID_PREFIX, isEntityLabel } from './labels';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_SOURCES: ReadonlySet<string> = new Set(['stated', 'relative', 'publication']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_REASONS = 5;

/**
 * Checks that an extraction can be stored as it is: ids carry their label's prefix, spans lie inside the body,
 * every statement has a speaker, dates are ISO. Returns the reasons it cannot (capped at five), empty when it can.
 */
export function validateExtraction(article: Article, extraction: ExtractionResult): string[] {
  const reasons: string[] = [];
  const fail = (reason: string) => {
    if (reasons.length < MAX_REASONS) reasons.push(reason);
  };
  const bodyLength = article.body.length;
  if (!article.id) fail('the article has no id');
  if (extraction.article.id !== article.id) fail(`extraction is for article ${extraction.article.id}, not ${article.id}`);
  if (article.publishedAt !== null && !DAY.test(article.publishedAt)) fail(`publishedAt "${article.publishedAt}" is not YYYY-MM-DD`);

  const checkId = (kind: EntityKind, id: unknown, where: string) => {
    if (typeof id !== 'string' || !id.startsWith(ID_PREFIX[kind]) || id.length <= ID_PREFIX[kind].length) {
      fail(`${where}: id ${JSON.stringify(id)} is not a ${kind} id (${ID_PREFIX[kind]}…)`);
    }
  };
  const checkRef = (ref: EntityRef | null | undefined, where: string) => {
    if (!ref || !isEntityLabel(ref.kind)) return fail(`${where}: missing or unknown entity reference`);
    checkId(ref.kind, ref.id, where);
  };
  const checkSpan = (span: Span | null | undefined, where: string) => {
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > bodyLength) {
      fail(`${where}: span ${JSON.stringify(span)} lies outside the body (0–${bodyLength})`);
    }
  };
  const checkMentions = (mentions: Mention[], where: string) => {
    for (const m of mentions) checkSpan(m, `${where} mention`);
  };

  for (const p of extraction.persons) {
    checkId('Person', p.id, `person ${p.name}`);
    checkMentions(p.mentions, `person ${p.id}`);
    for (const r of p.roles) {
      if (typeof r.title !== 'string' || !r.title.trim()) fail(`person ${p.id}: a role has no title`);
      if (r.of) checkRef(r.of, `role of ${p.id}`);
      if (r.span) checkSpan(r.span, `role of ${p.id}`);
    }
  }
  for (const c of extraction.countries) {
    checkId('Country', c.id, `country ${c.name}`);
    checkMentions(c.mentions, `country ${c.id}`);
  }
  for (const o of extraction.organizations) {
    checkId('Organization', o.id, `organization ${o.name}`);
    if (o.country) checkId('Country', o.country, `country of ${o.id}`);
    checkMentions(o.mentions, `organization ${o.id}`);
  }
  for (const t of extraction.treaties) {
    checkId('Treaty', t.id, `treaty ${t.name}`);
    for (const party of t.parties) checkId('Country', party, `party to ${t.id}`);
    if (t.signedAt !== null && !DATE.test(t.signedAt)) fail(`treaty ${t.id}: signedAt "${t.signedAt}" is not an ISO date`);
    checkMentions(t.mentions, `treaty ${t.id}`);
  }
  const statementIds = new Set<string>();
  for (const s of extraction.statements) {
    if (!s.id || statementIds.has(s.id)) fail(`statement ${JSON.stringify(s.id)}: missing or duplicate id`);
    statementIds.add(s.id);
    checkRef(s.speaker, `statement ${s.id} speaker`);
    checkSpan(s.span, `statement ${s.id}`);
    for (const ref of s.about) checkRef(ref, `statement ${s.id} about`);
    if (typeof s.text !== 'string') fail(`statement ${s.id}: text is not a string`);
    if (!Number.isFinite(s.tone)) fail(`statement ${s.id}: tone ${String(s.tone)} is not a number`);
    if (s.saidAt !== null && !DATE.test(s.saidAt)) fail(`statement ${s.id}: saidAt "${s.saidAt}" is not an ISO date`);
    if (s.dateSource != null && !DATE_SOURCES.has(s.dateSource)) fail(`statement ${s.id}: dateSource "${String(s.dateSource)}" is not stated, relative or publication`);
  }
  return reasons;
}
