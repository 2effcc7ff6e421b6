import { describe, expect, it } from 'vitest';
import { formatReport, readGold } from '../../../api/src/eval/index';
import { scoreCorpus, toScore } from '../../../api/src/eval/index';
import { goldStatement, makeGold, makePrediction, person, predStatement } from '../../_utils/evalFixtures';

describe('toScore', () => {
  it('computes precision, recall and F1, with 0 for empty denominators', () => {
    expect(toScore({ tp: 3, fp: 1, fn: 2 })).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(toScore({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoreCorpus', () => {
  const golds = [
    makeGold({ id: 'a1', countries: ['France'], persons: [{ name: 'Claire Duval', aliases: [], roles: [] }] }),
    makeGold({
      id: 'a2',
      countries: ['Japan'],
      statements: [goldStatement({ speaker: 'Kenji Sato', quote: 'we are ready to talk', date: '2024-01-05' })],
      persons: [{ name: 'Kenji Sato', aliases: [], roles: [] }],
    }),
  ];

  it('micro-averages over articles, joins on id, and scores a missing article as all missed', () => {
    const predictions = [
      makePrediction(
        {
          countries: [{ id: 'country:FRA', name: 'France', iso3: 'FRA', mentions: [] }, { id: 'country:DEU', name: 'Germany', iso3: 'DEU', mentions: [] }],
          persons: [{ id: 'person:claire-duval', name: 'Claire Duval', aliases: [], roles: [], mentions: [] }],
        },
        'a1',
      ),
      makePrediction({}, 'zz'),
    ];
    const report = scoreCorpus(golds, predictions);
    expect(report.totals.countries).toEqual(toScore({ tp: 1, fp: 1, fn: 1 }));
    expect(report.totals.persons).toEqual(toScore({ tp: 1, fp: 0, fn: 1 }));
    expect(report.totals.statements).toEqual(toScore({ tp: 0, fp: 0, fn: 1 }));
    expect(report.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(report.warnings).toEqual([
      'no extraction for gold article "a2": everything in it counts as missed',
      'article "zz" has no gold record; not scored',
    ]);
  });

  it('gives 1.0 everywhere when the prediction equals the gold', () => {
    const prediction = makePrediction(
      {
        countries: [{ id: 'country:JPN', name: 'Japan', iso3: 'JPN', mentions: [] }],
        persons: [{ id: 'person:kenji-sato', name: 'Kenji Sato', aliases: [], roles: [], mentions: [] }],
        statements: [predStatement(person('person:kenji-sato', 'Kenji Sato'), { quote: 'we are ready to talk', saidAt: '2024-01-05' })],
      },
      'a2',
    );
    const report = scoreCorpus([golds[1]!], [prediction]);
    expect(report.totals.statements.f1).toBe(1);
    expect(report.totals.countries.f1).toBe(1);
    expect(report.dates).toEqual({ correct: 1, total: 1, extra: 0, accuracy: 1 });
    const text = formatReport(report, true);
    expect(text.split('\n').slice(0, 9)).toEqual([
      'type                               tp     fp     fn       P       R      F1',
      'persons                             1      0      0   1.000   1.000   1.000',
      'countries                           1      0      0   1.000   1.000   1.000',
      'organisations                       0      0      0   0.000   0.000   0.000',
      'treaties                            0      0      0   0.000   0.000   0.000',
      'roles                               0      0      0   0.000   0.000   0.000',
      'statements (speaker+content)        1      0      0   1.000   1.000   1.000',
      'statements (content only)           1      0      0   1.000   1.000   1.000',
      'statement dates: 1/1 correct (1.000) on matched statements with a gold date; 0 matched statements dated where the gold has no date',
    ]);
  });

  it('lists misses and false positives per article under --verbose', () => {
    const report = scoreCorpus(golds.slice(0, 1), [makePrediction({ countries: [{ id: 'country:DEU', name: 'Germany', iso3: 'DEU', mentions: [] }] }, 'a1')]);
    expect(formatReport(report, true).split('\n').slice(10)).toEqual([
      '',
      'a1',
      '  miss  persons: Claire Duval',
      '  miss  countries: France (FRA)',
      '  extra countries: Germany (DEU)',
    ]);
  });
});

describe('readGold', () => {
  it('reads records with defaults and reports unreadable lines by number', () => {
    const text = ['{"id":"a1","countries":["France"]}', '{oops', '{"persons":[]}', ''].join('\n');
    const { records, problems } = readGold(text);
    expect(records).toEqual([makeGold({ id: 'a1', countries: ['France'] })]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^gold line 2 is not valid JSON/);
    expect(problems[1]).toMatch(/^gold line 3 does not fit the gold format \(id: /);
  });
});
