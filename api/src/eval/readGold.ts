import { z } from 'zod';
import type { GoldRecord } from './types';

const named = { name: z.string(), aliases: z.array(z.string()).default([]) };
const goldSchema = z.object({
  id: z.string().min(1),
  persons: z.array(z.object({ ...named, roles: z.array(z.object({ title: z.string(), of: z.string().nullable().default(null) })).default([]) })).default([]),
  countries: z.array(z.string()).default([]),
  organizations: z.array(z.object(named)).default([]),
  treaties: z
    .array(
      z.object({
        ...named,
        parties: z.array(z.string()).default([]),
        status: z.string().nullable().default(null),
        date: z.string().nullable().default(null),
      }),
    )
    .default([]),
  statements: z
    .array(
      z.object({
        speaker: z.string(),
        quote: z.string().nullable().default(null),
        summary: z.string().default(''),
        verb: z.string().default(''),
        about: z.array(z.string()).default([]),
        date: z.string().nullable().default(null),
        verb_alternatives: z.array(z.string()).optional(),
        co_speakers: z.array(z.string()).optional(),
        borderline: z.boolean().optional(),
      }),
    )
    .default([]),
});

/** Parses a gold JSONL file (format in ../shared/corpus/README.md); unreadable lines become messages naming the line, the rest are kept. */
export function readGold(text: string): { records: GoldRecord[]; problems: string[] } {
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push(`gold line ${index + 1} is not valid JSON (${error instanceof Error ? error.message : String(error)}); skipped`);
      return;
    }
    const parsed = goldSchema.safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      problems.push(`gold line ${index + 1} does not fit the gold format (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}); skipped`);
      return;
    }
    records.push(parsed.data);
  });
  return { records, problems };
}
