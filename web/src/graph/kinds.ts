import type { EdgeType, EntityKind } from '../api/generated';

/** How one kind of entity looks everywhere (canvas, legend, search, article highlights): a colour and a shape, never colour alone. */
export interface KindLook {
  label: string;
  plural: string;
  color: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  /** A text glyph of the same shape, for lists. */
  glyph: string;
}

/** The look of each kind (Okabe-Ito colours, distinguishable with the common colour-vision deficiencies). */
export const KIND_LOOKS: Readonly<Record<EntityKind, KindLook>> = {
  PERSON: { label: 'Person', plural: 'People', color: '#0072b2', shape: 'ellipse', glyph: '●' },
  COUNTRY: { label: 'Country', plural: 'Countries', color: '#e69f00', shape: 'round-rectangle', glyph: '■' },
  ORGANIZATION: { label: 'Organisation', plural: 'Organisations', color: '#8e5fb0', shape: 'diamond', glyph: '◆' },
  TREATY: { label: 'Treaty', plural: 'Treaties', color: '#b5487a', shape: 'hexagon', glyph: '⬢' },
};

/** How each relationship type is drawn: a line style as well as a colour, and a legend label. */
export const EDGE_LOOKS: Readonly<Record<EdgeType, { label: string; lineStyle: 'solid' | 'dashed' | 'dotted'; color: string }>> = {
  HOLDS_ROLE: { label: 'holds a role', lineStyle: 'solid', color: '#55606e' },
  PARTY_TO: { label: 'party to', lineStyle: 'dashed', color: '#8a6d5a' },
  PART_OF: { label: 'part of', lineStyle: 'dotted', color: '#55606e' },
  SPOKE_ABOUT: { label: 'spoke about (tone)', lineStyle: 'solid', color: '#9a9a9a' },
};

/** Tone colours: hostile, neutral, cooperative (Goldstein −10 … 0 … +10). */
export const TONE_COLORS = { hostile: '#c62828', neutral: '#9a9a9a', cooperative: '#2e7d32' } as const;

/** A short word for a tone value, so tone is never shown by colour alone. */
export function toneWord(tone: number | null): string {
  if (tone === null) return 'no tone';
  if (tone <= -3) return 'hostile';
  if (tone < -0.5) return 'cool';
  if (tone <= 0.5) return 'neutral';
  if (tone < 3) return 'warm';
  return 'cooperative';
}

/** Formats a tone with its sign, e.g. "−4.2". */
export function formatTone(tone: number): string {
  const fixed = Math.abs(tone).toFixed(1);
  return tone < 0 ? `−${fixed}` : tone > 0 ? `+${fixed}` : fixed;
}
