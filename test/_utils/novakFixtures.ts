import { addCountry, addPerson, fixture, type StoreFixture } from './storeFixtures';

/**
 * Two invented people called Novak and articles that name them, for cross-article resolution: Greta Novak, Polish foreign minister;
 * Ivo Novak, Chilean defence minister; and articles that say only "Novak", in a Polish or a Chilean context.
 */
export function novakFixtures(): Record<'greta' | 'ivo' | 'warsawNovak' | 'santiagoNovak' | 'chileanMinisterNovak', StoreFixture> {
  const greta = fixture('art:nv-greta', 'Polish Foreign Minister Greta Novak said on Monday that Poland would press on with the talks.', '2024-03-04');
  const poland = addCountry(greta, 'POL', 'Poland', ['Polish', 'Poland']);
  addPerson(greta, 'person:greta-novak', 'Greta Novak', ['Greta Novak'], [['Foreign Minister', poland, 'Polish Foreign Minister Greta Novak said']]);

  const ivo = fixture('art:nv-ivo', 'Chilean Defence Minister Ivo Novak visited a naval base near Valparaiso, the ministry in Chile said.', '2024-03-20');
  const chile = addCountry(ivo, 'CHL', 'Chile', ['Chilean', 'Chile']);
  addPerson(ivo, 'person:ivo-novak', 'Ivo Novak', ['Ivo Novak'], [['Defence Minister', chile, 'Chilean Defence Minister Ivo Novak visited']]);

  const warsawNovak = fixture('art:nv-warsaw', 'Novak told reporters that Poland had not changed its position.', '2024-04-02');
  addCountry(warsawNovak, 'POL', 'Poland', ['Poland']);
  addPerson(warsawNovak, 'person:novak', 'Novak', ['Novak']);

  const santiagoNovak = fixture('art:nv-santiago', 'Novak said Chile would send two frigates to the joint exercise.', '2024-04-09');
  addCountry(santiagoNovak, 'CHL', 'Chile', ['Chile']);
  addPerson(santiagoNovak, 'person:novak', 'Novak', ['Novak']);

  const chileanMinisterNovak = fixture('art:nv-minister', 'Chile’s defence minister, Novak, inspected the fleet.', '2024-04-15');
  const chile2 = addCountry(chileanMinisterNovak, 'CHL', 'Chile', ['Chile']);
  addPerson(chileanMinisterNovak, 'person:novak', 'Novak', ['Novak'], [['defence minister', chile2, 'Chile’s defence minister, Novak, inspected']]);

  return { greta, ivo, warsawNovak, santiagoNovak, chileanMinisterNovak };
}
