import type { StatementPartsFragment } from '../api/generated';
import { formatTone, toneWord } from '../graph/kinds';
import { h } from '../ui/dom';
import { entityChip } from '../ui/entityChip';
import { formatDate } from '../ui/format';

/** What a statement list lets the user do: select an entity, open the article at the statement. */
export interface StatementActions {
  pickEntity(id: string): void;
  openArticle(id: string, focus: { start: number; end: number }): void;
}

/** A tone badge: a signed number and a word, tinted, so tone never rests on colour alone. */
export function toneBadge(tone: number | null): HTMLElement {
  const word = toneWord(tone);
  return h('span', { class: `tone-badge tone-${word.replace(' ', '-')}`, title: 'Goldstein tone, −10 hostile to +10 cooperative' }, tone === null ? 'no tone' : `${formatTone(tone)} ${word}`);
}

/** A list of statements: quote (or sentence), speaker → subjects, date, category, tone, and a link into the article. */
export function statementList(statements: readonly StatementPartsFragment[], actions: StatementActions, emptyText: string): HTMLElement {
  if (statements.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h(
    'ol',
    { class: 'statement-list' },
    ...statements.map((s) =>
      h(
        'li',
        { class: 'statement', 'data-statement-id': s.id },
        h('blockquote', { class: 'statement-quote' }, s.quote ? `“${s.quote}”` : s.text),
        h(
          'div',
          { class: 'statement-meta' },
          entityChip(s.speaker, actions.pickEntity),
          s.about.length > 0 ? h('span', { class: 'arrow', 'aria-label': 'about' }, ' → ') : null,
          ...s.about.slice(0, 4).map((a) => entityChip(a, actions.pickEntity)),
        ),
        h(
          'div',
          { class: 'statement-meta' },
          h('span', { class: 'date' }, formatDate(s.saidAt ?? s.article.publishedAt)),
          s.category ? h('span', { class: 'category' }, s.category.label) : null,
          toneBadge(s.tone),
          h('button', { type: 'button', class: 'link-button', onclick: () => actions.openArticle(s.article.id, s.span) }, 'Read in article'),
        ),
      ),
    ),
  );
}
