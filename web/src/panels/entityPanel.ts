import { request } from '../api/client';
import { EntityDetailsDocument, type EntityDetailsQuery, type StatementPageFragment } from '../api/generated';
import { KIND_LOOKS } from '../graph/kinds';
import { h } from '../ui/dom';
import { entityChip, kindIcon } from '../ui/entityChip';
import { formatDate, plural } from '../ui/format';
import { emptyLine, loadInto } from '../ui/resource';
import { statementList, type StatementActions } from './statementList';

type Details = NonNullable<EntityDetailsQuery['entity']>;

/** Renders the details of one entity into `region`: name, aliases, kind, dates, then what its kind has (roles, parties…). */
export function showEntityPanel(region: HTMLElement, id: string, actions: StatementActions): void {
  loadInto(
    region,
    'the details',
    (signal) => request(EntityDetailsDocument, { id }, signal),
    (data) => (data.entity ? renderDetails(data.entity, actions) : emptyLine('This entity is no longer in the database.')),
  );
}

function section(title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...body);
}

function chips(list: readonly { id: string; kind: Details['kind']; name: string }[], pick: (id: string) => void, empty: string): HTMLElement {
  return list.length === 0 ? h('p', { class: 'muted' }, empty) : h('div', { class: 'chip-list' }, ...list.map((e) => entityChip(e, pick)));
}

function statements(title: string, page: StatementPageFragment, actions: StatementActions, empty: string): HTMLElement {
  const shown = page.edges.map((e) => e.node);
  const more = page.totalCount > shown.length ? ` (newest ${shown.length} of ${page.totalCount})` : ` (${page.totalCount})`;
  return section(`${title}${more}`, statementList(shown, actions, empty));
}

function renderDetails(entity: Details, actions: StatementActions): HTMLElement {
  const look = KIND_LOOKS[entity.kind];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const header = h(
    'header',
    { class: 'panel-header' },
    h('h2', { class: 'panel-title' }, kindIcon(entity.kind), ' ', entity.name),
    h('p', { class: 'panel-kind' }, look.label, ' · ', plural(entity.mentionCount, 'mention'), ' in ', plural(entity.articleCount, 'article')),
    h('dl', { class: 'facts' }, h('dt', {}, 'First seen'), h('dd', {}, formatDate(entity.firstSeen)), h('dt', {}, 'Last seen'), h('dd', {}, formatDate(entity.lastSeen))),
    aliases.length > 0 ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), aliases.join(' · ')) : null,
  );
  const body: HTMLElement[] = [];
  switch (entity.__typename) {
    case 'Person':
      body.push(
        section(
          'Roles',
          entity.roles.length === 0
            ? h('p', { class: 'muted' }, 'No role found in the articles.')
            : h(
                'ul',
                { class: 'role-list' },
                ...entity.roles.map((role) =>
                  h(
                    'li',
                    { class: 'role' },
                    h('div', { class: 'role-title' }, h('strong', {}, role.title), ' of ', entityChip(role.of, actions.pickEntity)),
                    h('div', { class: 'muted small' }, `${formatDate(role.firstSeen)} – ${formatDate(role.lastSeen)} · ${plural(role.articleCount, 'article')}`),
                    h(
                      'ul',
                      { class: 'role-evidence' },
                      ...role.evidence.slice(0, 2).map((ev) =>
                        h('li', {}, h('span', { class: 'evidence-text' }, ev.text), ' ', h('button', { type: 'button', class: 'link-button', onclick: () => actions.openArticle(ev.article.id, { start: ev.start, end: ev.end }) }, `${ev.article.title} (${formatDate(ev.article.publishedAt)})`)),
                      ),
                    ),
                  ),
                ),
              ),
        ),
        statements('Statements made', entity.made, actions, 'No statement by this person.'),
        statements('Statements about', entity.statementsAbout, actions, 'No statement about this person.'),
      );
      break;
    case 'Country':
      body.push(
        section('People', chips(entity.people, actions.pickEntity, 'No official found.')),
        section('Bodies', chips(entity.organizations, actions.pickEntity, 'No body found.')),
        section('Treaties', chips(entity.treaties, actions.pickEntity, 'No treaty found.')),
        statements('Statements by', entity.made, actions, 'No statement by this country as an institution.'),
        statements('Statements about', entity.statementsAbout, actions, 'No statement about this country.'),
      );
      break;
    case 'Organization':
      body.push(
        section('Part of', entity.country ? chips([entity.country], actions.pickEntity, '') : h('p', { class: 'muted' }, 'Not a body of one country.')),
        section('People', chips(entity.people, actions.pickEntity, 'No one found.')),
        statements('Statements by', entity.made, actions, 'No statement by this organisation.'),
        statements('Statements about', entity.statementsAbout, actions, 'No statement about this organisation.'),
      );
      break;
    case 'Treaty':
      body.push(
        h('dl', { class: 'facts' }, h('dt', {}, 'Signed'), h('dd', {}, formatDate(entity.signedAt)), h('dt', {}, 'Status'), h('dd', {}, entity.status ?? '—')),
        section('Parties', chips(entity.parties, actions.pickEntity, 'No party found.')),
        statements('Statements about', entity.statementsAbout, actions, 'No statement about this treaty.'),
      );
      break;
  }
  return h('article', { class: 'entity-details', 'data-entity-id': entity.id }, header, ...body);
}
