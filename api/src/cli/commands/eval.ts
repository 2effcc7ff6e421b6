import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { BadUserInputError } from '../../errors/index';
import { runAction, say } from '../runAction';

/** The matching rules, printed by `diplograph eval --help`; they follow the suggestions of ../shared/corpus/README.md. */
export const MATCHING_RULES = `
Matching rules (per article, then micro-averaged over all articles):
  names       normalised: Unicode NFKD without diacritics, lowercase, possessive 's dropped, other
              punctuation to spaces, spaces collapsed, a leading "the" dropped.
  persons,    a prediction matches a gold entity when its name equals the gold name or an alias, a gold
  orgs        name/alias equals one of its aliases, or both names have the same content-token set
              (stopwords like "of", "the" ignored). One-to-one, strongest matches first (greedy).
  countries   compared as ISO 3166-1 alpha-3 codes (names, short forms, alternative spellings and
              demonyms resolved; Kosovo = XKX, Soviet Union = SUN).
  treaties    name/alias match as above, or the names share at least half of each one's content
              tokens (country names and demonyms ignored) and the party sets overlap (or one is empty).
  roles       of matched persons: title token overlap >= 0.5 (over the longer title) and "of" naming the
              same country (ISO code) or organisation (name/alias); both null also match.
  statements  speaker matches (person/organisation by name or alias; a country also matches its own
              government or ministries; co-speakers accepted) AND content matches: for a gold quote,
              one fragment (split on " [...] ") reaches token F1 >= 0.5 with the predicted quote, or the
              predicted quote contains a fragment of 3+ tokens; for indirect speech, the predicted verb
              (or text) contains the gold verb or one of its alternatives.
              "content only" drops the speaker condition (quote detection apart from attribution).
  borderline  gold statements marked borderline are optional: matched = true positive, missed = ignored.
  dates       on speaker+content matches with a gold date: correct when the predicted date starts with it.
`;

/** Adds `diplograph eval <articles> <gold>`: runs extraction on the articles and scores it against gold annotations. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('run extraction on an articles file and score it against gold annotations (P/R/F1 per type)')
    .argument('<articles>', 'articles file, e.g. JSONL records with "id" and "text" (any format extract reads)')
    .argument('<gold>', 'gold JSONL file, one record per article, joined on "id"')
    .option('--json', 'print the full report as JSON')
    .option('--verbose', 'list misses and false positives per article')
    .addHelpText('after', MATCHING_RULES)
    .action(
      runAction(async (articlesFile: string, goldFile: string, options: { json?: boolean; verbose?: boolean }) => {
        let goldText: string;
        try {
          goldText = await readFile(goldFile, 'utf8');
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          throw new BadUserInputError(`eval: cannot read gold file "${goldFile}": ${code === 'ENOENT' ? 'no such file' : String(code ?? err)}`);
        }
        const { formatReport, readGold, scoreCorpus } = await import('../../eval/index');
        const { extractSafely, readArticleFile } = await import('../articleInput');
        const gold = readGold(goldText);
        for (const problem of gold.problems) say(`warning: ${goldFile}: ${problem}`);
        if (!gold.records.length) throw new BadUserInputError(`eval: no gold record could be read from "${goldFile}"`);
        const articles = await readArticleFile('eval', articlesFile);
        const results = articles.map(extractSafely).filter((r) => r !== null);
        const report = scoreCorpus(gold.records, results);
        process.stdout.write(`${options.json ? JSON.stringify(report, null, 2) : formatReport(report, options.verbose)}\n`);
        return 0;
      }),
    );
}
