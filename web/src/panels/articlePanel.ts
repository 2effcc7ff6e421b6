import { request } from '../api/client';
import { ArticleViewDocument, type ArticleViewQuery } from '../api/generated';
import { KIND_LOOKS, formatTone, toneWord } from '../graph/kinds';
import { h } from '../ui/dom';
import { formatDate, isSafeHttpUrl } from '../ui/format';
import { highlightText, type Highlight } from '../ui/highlight';
import { emptyLine, loadInto } from '../ui/resource';

type Article = NonNullable<ArticleViewQuery['article']>;

/** What the article view lets the user do. */
export interface ArticleActions {
  /** Selects a mentioned entity in the graph, keeping the article open. */
  pickEntity(id: string): void;
  back(): void;
}

/**
 * Renders an article with every mention highlighted in its kind's colour and glyph (a button that selects the entity) and
 * every statement underlined in its tone; `focus` scrolls to and outlines one sentence.
 */
export function showArticlePanel(region: HTMLElement, id: string, focus: { start: number; end: number } | null, actions: ArticleActions): void {
  loadInto(
    region,
    'the article',
    (signal) => request(ArticleViewDocument, { id }, signal),
    (data) => {
      if (!data.article) return emptyLine('This article is no longer in the database.');
      const view = renderArticle(data.article, focus, actions);
      requestAnimationFrame(() => view.querySelector('.focus')?.scrollIntoView({ block: 'center' }));
      return view;
    },
  );
}

/** Cuts the text at statement and focus boundaries; statement runs are highlighted by tone, mentions are buttons inside. */
function articleBody(article: Article, focus: { start: number; end: number } | null, actions: ArticleActions): Node[] {
  const text = article.text;
  const mentions: Highlight[] = article.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    className: `mention hl hl-${m.entity.kind}`,
    label: `${m.entity.name}, ${KIND_LOOKS[m.entity.kind].label}`,
    data: { 'data-entity-id': m.entity.id, 'data-glyph': KIND_LOOKS[m.entity.kind].glyph },
    onclick: () => actions.pickEntity(m.entity.id),
  }));
  const statements = [...article.statements].sort((a, b) => a.span.start - b.span.start);
  const cuts = new Set([0, text.length]);
  for (const s of statements) cuts.add(s.span.start).add(s.span.end);
  const hasFocus = focus !== null && focus.end > focus.start;
  if (hasFocus) cuts.add(focus.start).add(focus.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const out: Node[] = [];
  let group = null as { id: string; el: HTMLElement } | null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const statement = statements.find((s) => s.span.start <= a && b <= s.span.end) ?? null;
    const nodes = highlightText(text.slice(a, b), a, mentions.filter((m) => m.end > a && m.start < b));
    const inFocus = hasFocus && focus.start <= a && b <= focus.end;
    const piece = inFocus ? h('span', { class: 'focus' }, ...nodes) : h('span', {}, ...nodes);
    if (!statement) {
      group = null;
      out.push(piece);
      continue;
    }
    if (group?.id !== statement.id) {
      const word = toneWord(statement.tone);
      const label = `Statement by ${statement.speaker.name}${statement.category ? `, ${statement.category.label.toLowerCase()}` : ''}, tone ${statement.tone === null ? 'unknown' : `${formatTone(statement.tone)} (${word})`}`;
      const el: HTMLElement = h('span', { class: `statement-span tone-${word.replace(' ', '-')}`, 'data-statement-id': statement.id, title: label }, h('span', { class: 'statement-marker', role: 'img', 'aria-label': label }, '❝'));
      group = { id: statement.id, el };
      out.push(el);
    }
    group.el.appendChild(piece);
  }
  return out;
}

function renderArticle(article: Article, focus: { start: number; end: number } | null, actions: ArticleActions): HTMLElement {
  const kinds = Object.entries(KIND_LOOKS).map(([kind, look]) => h('span', { class: `legend-chip hl hl-${kind}` }, `${look.glyph} ${look.label}`));
  return h(
    'article',
    { class: 'article-view', 'data-article-id': article.id },
    h('button', { type: 'button', class: 'link-button back', onclick: actions.back }, '← Back'),
    h('h2', { class: 'panel-title' }, article.title),
    h(
      'p',
      { class: 'panel-kind' },
      formatDate(article.publishedAt),
      article.source ? ` · ${article.source}` : '',
      isSafeHttpUrl(article.url) ? h('span', {}, ' · ', h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')) : null,
    ),
    article.summary ? h('p', { class: 'summary' }, article.summary) : null,
    h('p', { class: 'article-legend muted small' }, ...kinds, h('span', { class: 'legend-chip statement-span tone-neutral' }, '❝ statement (underline: tone)')),
    h('div', { class: 'article-text' }, ...articleBody(article, focus, actions)),
    h('p', { class: 'muted small' }, `${article.mentions.length} mentions · ${article.statements.length} statements. Click a highlighted name to select it in the graph.`),
  );
}
