import { EVAL_TYPES } from './types';
import type { EvalReport, EvalType } from './types';

const LABELS: Record<EvalType, string> = {
  persons: 'persons',
  countries: 'countries',
  organizations: 'organisations',
  treaties: 'treaties',
  roles: 'roles',
  statements: 'statements (speaker+content)',
  statementsContent: 'statements (content only)',
};

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

/** Renders an evaluation as a plain-text table (P/R/F1 per type, date accuracy, warnings), with per-article misses and false positives when `verbose`. */
export function formatReport(report: EvalReport, verbose = false): string {
  const widths = [30, 5, 5, 5, 6, 6, 6];
  const lines = [row(['type', 'tp', 'fp', 'fn', 'P', 'R', 'F1'], widths)];
  for (const type of EVAL_TYPES) {
    const s = report.totals[type];
    lines.push(row([LABELS[type], String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3)], widths));
  }
  const d = report.dates;
  lines.push(`statement dates: ${d.correct}/${d.total} correct (${d.accuracy.toFixed(3)}) on matched statements with a gold date; ${d.extra} matched statements dated where the gold has no date`);
  lines.push(`articles scored: ${report.articles.length}`);
  if (verbose) {
    for (const article of report.articles) {
      const parts: string[] = [];
      for (const type of EVAL_TYPES) {
        if (type === 'statementsContent') continue;
        for (const miss of article.misses[type]) parts.push(`  miss  ${LABELS[type]}: ${miss}`);
        for (const fp of article.falsePositives[type]) parts.push(`  extra ${LABELS[type]}: ${fp}`);
      }
      for (const wrong of article.wrongDates) parts.push(`  date  ${wrong}`);
      if (parts.length) lines.push('', `${article.id}`, ...parts);
    }
  }
  if (report.warnings.length) lines.push('', ...report.warnings.map((w) => `warning: ${w}`));
  return lines.join('\n');
}
