import { describe, expect, it } from 'vitest';
import { nonEnglish } from '../../../../api/src/extract/guards/nonEnglish';
import { makeArticle } from '../../../_utils/article';

const context = { today: '2025-01-01' };
const FRENCH =
  "Le ministre des Affaires étrangères a déclaré mardi que son pays n'avait reçu aucune demande d'aide militaire. " +
  'Il a ajouté que les négociations avec ses voisins se poursuivraient dans les prochaines semaines, malgré les tensions.';
const SPANISH =
  'El ministro de Asuntos Exteriores negó este martes que su país hubiera recibido una solicitud de ayuda militar. ' +
  'Añadió que las conversaciones con los países vecinos continuarán durante las próximas semanas pese a las tensiones.';

describe('nonEnglish', () => {
  it.each([
    ['French', FRENCH, 'fra'],
    ['Spanish', SPANISH, 'spa'],
  ])('skips a %s article and names the language', (_, body, code) => {
    expect(nonEnglish(makeArticle(body), context)).toEqual({
      issues: [{ kind: 'non-english', message: `extract: the article looks like language "${code}", not English; extraction skipped`, span: null }],
      skip: true,
    });
  });
  it('passes English news text, even when dense with foreign names', () => {
    const body = 'Foreign Minister Sergio Álvarez Núñez met José Ramírez de la Fuente in Caracas on Tuesday, and the two said they would sign the accord soon.';
    expect(nonEnglish(makeArticle(body), context)).toEqual({ issues: [], skip: false });
  });
  it('does not judge a text too short to tell', () => {
    expect(nonEnglish(makeArticle('Merci beaucoup.'), context)).toEqual({ issues: [], skip: false });
  });
});
