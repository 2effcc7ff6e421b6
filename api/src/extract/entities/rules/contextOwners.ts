import { LEADER_COUNTRIES } from '../../gazetteer/leaders';
import { countryRef } from '../context';
import type { EntityContext, EntityRule, PersonEntry } from '../context';
import type { EntityMention } from '../types';
import type { RoleFact } from '../../types';

// Offices a country has one holder of, whose owner a story may leave implied ("President X" in a Jakarta-datelined story).
const NATIONAL_OFFICE = /\b(president|vice[- ]president|prime minister|premier|chancellor|minister|secretary of state|foreign secretary|home secretary|national security advis[eo]r|foreign advis[eo]r|king|queen|emir|crown prince)\b/i;
// A legislator's bare title ("Senator X", "Representative Y"): a member of the dateline country's parliament, like an office.
const LEGISLATOR = /^(senator|sen\.|representative|rep\.|congressman|congresswoman|lawmaker)$/i;
// Offices whose title alone does not say whose they are: an international body's, a party's, a company's.
const NOT_NATIONAL = /\b(secretary[- ]general|director[- ]general|commissioner|general secretary|party|opposition|shadow|chief executive)\b/i;

/** The country an opening dateline names ("JAKARTA —", "SEOUL, South Korea (AP) —", "Astana, 18 September 2025 —"), or null. */
export function datelineCountry(ctx: EntityContext): { id: string; end: number } | null {
  const t0 = ctx.tokens[0];
  if (!t0) return null;
  const head = /^\s*[^\n.:—–(]{1,45}?\s*(\([^)\n]{1,30}\))?\s*(:|—|–|--?\s)/.exec(ctx.body.slice(0, 80));
  if (!head) return null;
  const end = head[0].length;
  const countries = ctx.mentions.filter((m) => m.ref.kind === 'Country' && m.end <= end).sort((a, b) => a.start - b.start);
  const first = countries[0];
  // The place opens the body ("LIMA —"), or an all-caps city does and its country follows ("QUITO, Ecuador —").
  if (!first || (first.start !== t0.start && !(t0.text.length > 2 && t0.text === t0.text.toUpperCase() && ctx.body[t0.end] === ','))) return null;
  return { id: first.ref.id, end };
}

/** Without a dateline, the country a story is plainly about: named at least three times and twice as often as any other. */
function storyCountry(ctx: EntityContext): { id: string; end: number } | null {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) if (m.ref.kind === 'Country') counts.set(m.ref.id, (counts.get(m.ref.id) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  return top && top[1] >= 3 && top[1] >= 2 * (next?.[1] ?? 0) ? { id: top[0], end: 0 } : null;
}

/** Normalised office, so "Foreign Minister" and "minister of foreign affairs" compare equal. */
function office(title: string): string {
  const t = title.toLowerCase().replace(/\b(acting|new|incoming|interim)\s+/g, '').trim();
  return /minister of foreign affairs|foreign minister|external affairs minister/.test(t) ? 'foreign minister' : t;
}

function isFormer(title: string): boolean {
  return /\b(former|then|ex|late)\b/i.test(title);
}

/** Whether some other person already holds the same current office for the country. */
function officeTaken(ctx: EntityContext, person: PersonEntry, title: string, countryId: string): boolean {
  const key = office(title);
  for (const p of ctx.persons.values()) {
    if (p !== person && p.roles.some((r) => r.of?.id === countryId && office(r.title) === key && !isFormer(r.title))) return true;
  }
  return false;
}

function countryMentionsIn(ctx: EntityContext, span: { start: number; end: number }): EntityMention[] {
  return ctx.mentions.filter((m) => m.ref.kind === 'Country' && m.start >= span.start && m.end <= span.end);
}

// Titles of people who work for a principal rather than hold an office of their own.
const STAFF_TITLE = /\b(spokes(man|woman|person)|press secretary|aide|chief of staff)\b/i;

/** The owner of the person named just before "his"/"her" in "his National Security Adviser X", in the same or the previous sentence. */
function possessiveOwner(ctx: EntityContext, person: PersonEntry, role: RoleFact): RoleFact['of'] {
  if (!role.span) return null;
  const escaped = role.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hit = new RegExp(`\\b(his|her)\\s+${escaped}\\s+$`, 'i');
  const mention = ctx.mentions.find((m) => m.ref.id === person.id && m.start >= (role.span?.start ?? 0) && m.start < (role.span?.end ?? 0) && hit.test(ctx.body.slice(Math.max(0, m.start - 80), m.start)));
  if (!mention) return null;
  const sentence = ctx.sentences.findIndex((s) => s.start <= mention.start && mention.start < s.end);
  const from = ctx.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  let best: { at: number; of: RoleFact['of'] } | null = null;
  for (const m of ctx.mentions) {
    if (m.ref.kind !== 'Person' || m.ref.id === person.id || m.start < from || m.start >= mention.start) continue;
    const roles = ctx.persons.get(m.ref.id)?.roles ?? [];
    // "UN Secretary-General X ..., his spokesman Y": staff speak for the body their principal holds office in when no country is stated.
    const owned = roles.find((r) => r.of?.kind === 'Country') ?? (STAFF_TITLE.test(role.title) ? roles.find((r) => r.of?.kind === 'Organization') : undefined);
    if (owned && (!best || m.start > best.at)) best = { at: m.start, of: owned.of };
  }
  return best?.of ?? null;
}

/** Fills the owner of a national office the text leaves implied: "his National Security Adviser X" takes the owner of the person before; a well-known leader's title takes their country; in a datelined story, an office of the dateline country when the sentence names no other country and no one else holds that office. */
export const contextOwners: EntityRule = {
  name: 'contextOwners',
  apply(ctx) {
    const opening = datelineCountry(ctx);
    const datelineCited = opening !== null && ctx.mentions.some((m) => m.ref.id === opening.id && m.start >= opening.end);
    const dateline = datelineCited ? opening : storyCountry(ctx);
    const persons = [...ctx.persons.values()].sort((a, b) => a.firstToken - b.firstToken);
    for (const person of persons) {
      for (let k = 0; k < person.roles.length; k++) {
        const role = person.roles[k];
        const staff = role !== undefined && STAFF_TITLE.test(role.title);
        if (!role || role.of || !role.span || (!staff && !LEGISLATOR.test(role.title) && (!NATIONAL_OFFICE.test(role.title) || NOT_NATIONAL.test(role.title)))) continue;
        const byPronoun = possessiveOwner(ctx, person, role);
        // A spokesman is someone's: only "his/her spokesman" says whose, never the dateline.
        if (staff) {
          if (byPronoun) person.roles[k] = { ...role, of: byPronoun };
          continue;
        }
        const leader = [person.name, ...person.aliases].map((n) => LEADER_COUNTRIES.get(n) ?? LEADER_COUNTRIES.get(n.split(/\s+/).pop() ?? '')).find(Boolean);
        let of = byPronoun ?? (leader ? countryRef(ctx, leader) : null);
        if (!of && dateline && !officeTaken(ctx, person, role.title, dateline.id)) {
          // Countries that own other people's roles in the sentence ("his Australian counterpart X") do not compete.
          const taken = new Set<string>();
          for (const p of ctx.persons.values()) if (p !== person) for (const r of p.roles) if (r.of && r.span?.start === role.span.start) taken.add(r.of.id);
          const others = countryMentionsIn(ctx, role.span).filter((m) => m.ref.id !== dateline.id && !taken.has(m.ref.id));
          if (others.length === 0) of = countryRef(ctx, dateline.id.slice('country:'.length));
        }
        if (of) person.roles[k] = { ...role, of };
      }
    }
  },
};
