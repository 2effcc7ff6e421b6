/** Well-known treaties usually written by an acronym or a name without a treaty word, with their canonical names. */
export const KNOWN_TREATIES: Array<{ name: string; aliases: string[] }> = [
  { name: 'New START', aliases: ['New Strategic Arms Reduction Treaty'] },
  { name: 'Joint Comprehensive Plan of Action', aliases: ['JCPOA', 'Iran nuclear deal'] },
  { name: 'Treaty on the Non-Proliferation of Nuclear Weapons', aliases: ['NPT', 'Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty'] },
  { name: 'Comprehensive Nuclear-Test-Ban Treaty', aliases: ['CTBT'] },
  { name: 'Intermediate-Range Nuclear Forces Treaty', aliases: ['INF Treaty', 'INF treaty', 'INF'] },
  { name: 'Open Skies Treaty', aliases: ['Treaty on Open Skies'] },
  { name: 'Paris Agreement', aliases: ['Paris climate agreement', 'Paris climate accord'] },
  { name: 'Minsk agreements', aliases: ['Minsk accords', 'Minsk II'] },
  { name: 'Good Friday Agreement', aliases: ['Belfast Agreement'] },
  { name: 'United States–Mexico–Canada Agreement', aliases: ['USMCA'] },
  { name: 'North American Free Trade Agreement', aliases: ['NAFTA'] },
  { name: 'Regional Comprehensive Economic Partnership', aliases: ['RCEP'] },
  { name: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership', aliases: ['CPTPP'] },
  { name: 'Black Sea Grain Initiative', aliases: ['Black Sea grain deal'] },
];
