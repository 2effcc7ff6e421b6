/**
 * Capitalised words that name a ministerial portfolio after "Minister of" / "Secretary for" ("Minister of Industry, Trade and
 * Supply", "Minister of Energy and Mines"), so the title ends where the person's name begins.
 */
export const PORTFOLIO_WORDS = new Set([
  'foreign', 'affairs', 'external', 'home', 'interior', 'defence', 'defense', 'finance', 'economy', 'economic', 'trade', 'industry',
  'industries', 'commerce', 'supply', 'supplies', 'energy', 'mines', 'mining', 'petroleum', 'oil', 'gas', 'health', 'education',
  'higher', 'justice', 'labour', 'labor', 'employment', 'agriculture', 'fisheries', 'food', 'water', 'environment', 'climate',
  'culture', 'tourism', 'transport', 'infrastructure', 'housing', 'planning', 'development', 'investment', 'information',
  'communications', 'communication', 'digital', 'technology', 'science', 'innovation', 'youth', 'sports', 'sport', 'women', 'family',
  'social', 'welfare', 'security', 'public', 'works', 'local', 'government', 'rural', 'urban', 'religious', 'islamic', 'endowments',
  'national', 'treasury', 'budget', 'cooperation', 'international', 'european', 'integration', 'regional', 'veterans', 'immigration',
  'citizenship', 'natural', 'resources', 'heritage', 'media', 'solidarity', 'reconstruction', 'state', 'entrepreneurship', 'small',
  'business', 'enterprise', 'enterprises', 'consumer', 'telecommunications', 'aviation', 'maritime', 'ports', 'railways', 'roads',
  'power', 'electricity', 'renewable', 'hydrocarbons', 'overseas', 'diaspora', 'expatriates', 'relations', 'human', 'rights',
  'gender', 'equality', 'children', 'arts', 'statistics', 'civil', 'service', 'administration', 'reform', 'legal', 'parliamentary',
  'planning', 'unification', 'strategic', 'affairs', 'emergency', 'emergencies', 'disaster', 'management', 'land', 'lands', 'forestry',
  'territorial', 'territory', 'decentralization', 'decentralisation', 'cults', 'worship', 'handicrafts', 'livestock', 'sanitation',
]);

/** Whether a capitalised word can be part of a portfolio ("Commerce", "Foreign", "Affairs"). */
export function isPortfolioWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PORTFOLIO_WORDS.has(word.toLowerCase());
}
