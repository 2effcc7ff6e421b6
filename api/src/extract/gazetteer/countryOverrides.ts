/** Hand-kept additions to the `world-countries` data: aliases, demonyms and capitals the package lacks, plus a few corrections. */
export interface CountryOverride {
  iso3: string;
  /** Common English short name used as `CountryFact.name`; defaults to the package's common name. */
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
}

/** States that `world-countries` lacks or codes differently (Kosovo is "UNK" there; XKX is in common use). */
export const EXTRA_COUNTRIES: Array<Required<Pick<CountryOverride, 'iso3' | 'name'>> & CountryOverride> = [
  { iso3: 'XKX', name: 'Kosovo', aliases: ['Kosovo', 'Republic of Kosovo'], demonyms: ['Kosovar', 'Kosovars'], capitals: ['Pristina', 'Prishtina'] },
  { iso3: 'SUN', name: 'Soviet Union', aliases: ['Soviet Union', 'USSR', 'U.S.S.R.'], demonyms: ['Soviet', 'Soviets'], capitals: [] },
];

/** Country codes of `world-countries` replaced by another code. */
export const CODE_REPLACEMENTS: Record<string, string> = { UNK: 'XKX' };

export const COUNTRY_OVERRIDES: CountryOverride[] = [
  { iso3: 'USA', aliases: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'], demonyms: ['American', 'Americans'], capitals: ['Washington', 'Washington D.C.', 'Washington, D.C.'] },
  { iso3: 'GBR', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'the UK'], demonyms: ['British', 'Briton', 'Britons'] },
  { iso3: 'ARE', aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati', 'Emiratis'] },
  { iso3: 'TUR', name: 'Turkey', aliases: ['Turkey', 'Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turk', 'Turks'] },
  { iso3: 'KOR', aliases: ['South Korea', 'Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans', 'Korean'] },
  { iso3: 'PRK', aliases: ['North Korea', 'DPRK'], demonyms: ['North Korean', 'North Koreans'] },
  { iso3: 'RUS', aliases: ['Russian Federation'], demonyms: ['Russians'] },
  { iso3: 'CHN', aliases: ['PRC', "People's Republic of China"] },
  { iso3: 'TWN', demonyms: ['Taiwanese'], capitals: ['Taipei'] },
  { iso3: 'PSE', aliases: ['Palestine', 'State of Palestine', 'Palestinian territories'], demonyms: ['Palestinian', 'Palestinians'] },
  { iso3: 'AZE', demonyms: ['Azeri', 'Azeris', 'Azerbaijani', 'Azerbaijanis'] },
  { iso3: 'SAU', aliases: ['Saudi Arabia', 'KSA'], demonyms: ['Saudi', 'Saudis', 'Saudi Arabian'] },
  { iso3: 'PHL', demonyms: ['Philippine', 'Filipino', 'Filipinos'] },
  { iso3: 'NLD', aliases: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  { iso3: 'CHE', demonyms: ['Swiss'] },
  { iso3: 'FRA', demonyms: ['French', 'Frenchman'] },
  { iso3: 'DEU', demonyms: ['German', 'Germans'] },
  { iso3: 'ESP', demonyms: ['Spanish', 'Spaniard', 'Spaniards'] },
  { iso3: 'SWE', demonyms: ['Swedish', 'Swede', 'Swedes'] },
  { iso3: 'FIN', demonyms: ['Finnish', 'Finn', 'Finns'] },
  { iso3: 'DNK', demonyms: ['Danish', 'Dane', 'Danes'] },
  { iso3: 'POL', demonyms: ['Polish', 'Pole', 'Poles'] },
  { iso3: 'IRL', demonyms: ['Irish'] },
  { iso3: 'CZE', aliases: ['Czech Republic'], demonyms: ['Czech', 'Czechs'] },
  { iso3: 'UKR', capitals: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian', 'Ukrainians'] },
  { iso3: 'IRN', demonyms: ['Iranian', 'Iranians'] },
  { iso3: 'ISR', demonyms: ['Israeli', 'Israelis'] },
  { iso3: 'VNM', aliases: ['Viet Nam', 'Việt Nam'], demonyms: ['Vietnamese'] },
  { iso3: 'COD', aliases: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'] },
  { iso3: 'CIV', aliases: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'] },
  { iso3: 'MMR', aliases: ['Burma'], capitals: ['Naypyidaw', 'Nay Pyi Taw'] },
  { iso3: 'VCT', aliases: ['Saint Vincent & the Grenadines', 'St Vincent and the Grenadines', 'St. Vincent and the Grenadines'] },
  { iso3: 'COL', capitals: ['Bogota', 'Bogotá'] },
  { iso3: 'IND', capitals: ['New Delhi', 'Delhi'] },
  { iso3: 'ETH', capitals: ['Addis Ababa'] },
  { iso3: 'AFG', demonyms: ['Afghan', 'Afghans'] },
  { iso3: 'PAK', demonyms: ['Pakistani', 'Pakistanis'] },
  { iso3: 'IRQ', demonyms: ['Iraqi', 'Iraqis'] },
  { iso3: 'YEM', demonyms: ['Yemeni', 'Yemenis'] },
  { iso3: 'QAT', demonyms: ['Qatari', 'Qataris'] },
  { iso3: 'OMN', demonyms: ['Omani'] },
  { iso3: 'KWT', demonyms: ['Kuwaiti'] },
  { iso3: 'BHR', demonyms: ['Bahraini', 'Bahrainis'] },
  { iso3: 'NZL', demonyms: ['Kiwi'] },
  { iso3: 'SRB', demonyms: ['Serb', 'Serbs', 'Serbian'] },
  { iso3: 'BIH', aliases: ['Bosnia'], demonyms: ['Bosnian'] },
  // Adjective forms where the package gives only the noun ("Icelander").
  { iso3: 'ISL', demonyms: ['Icelandic', 'Icelanders'] },
  { iso3: 'LUX', demonyms: ['Luxembourgish'] },
  { iso3: 'SVN', demonyms: ['Slovenian', 'Slovenians'] },
  { iso3: 'SVK', demonyms: ['Slovakian', 'Slovaks'] },
  { iso3: 'KGZ', demonyms: ['Kyrgyz'] },
  { iso3: 'TJK', demonyms: ['Tajik'] },
  // Short adjective demonyms the package lacks (it has only "Kazakhstani", "Uzbekistani").
  { iso3: 'KAZ', demonyms: ['Kazakh', 'Kazakhs'] },
  { iso3: 'UZB', demonyms: ['Uzbek', 'Uzbeks'] },
  { iso3: 'ARG', demonyms: ['Argentinian', 'Argentinians'] },
  { iso3: 'GRC', demonyms: ['Greeks'] },
  { iso3: 'THA', demonyms: ['Thais'] },
];

/** Capitals too ambiguous to read as a country (common words or first names). */
export const AMBIGUOUS_CAPITALS = new Set(['Male', 'Victoria', 'Sucre', 'Kingston', 'Georgetown', 'Saint John', 'Praia', 'Santiago', 'Bern', 'Luxembourg', 'Singapore', 'Monaco', 'San Marino', 'Vatican City', 'Kuwait City', 'Panama City', 'Guatemala City', 'Mexico City', 'Djibouti']);

/** Names that are also common first names or words; they count only when not followed by another capitalised name token. */
export const AMBIGUOUS_NAMES = new Set(['Jordan', 'Chad', 'Georgia']);

/** Phrases containing a country word that are regions, not the country; they block the country match. */
export const BLOCKED_PHRASES = [
  'South China Sea', 'East China Sea', 'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'North America',
  'North American', 'Central America', 'Central American', 'Korean Peninsula', 'New Mexico', 'New England', 'New Guinea', 'Sea of Japan',
  'Persian Gulf', 'Northern Ireland', 'Indo-Pacific', 'West Bank', 'Gaza Strip', 'Middle East', 'Turkish Cypriot', 'Washington Post',
  'Washington state', 'island of Ireland', 'Indian Ocean', 'Gulf of Mexico', 'Arabian Sea', 'Arabian Peninsula', 'Korean War', 'French Polynesia',
  'English Channel', 'American Samoa', 'Sea of Azov', 'Gulf of Oman', 'Gulf of Aden', 'Gulf of Guinea', 'Sea of Okhotsk', 'Philippine Sea', 'Russian Far East',
  'New Caledonia', 'Dutch Caribbean', 'British Virgin Islands', 'British Columbia', 'Irish Republican Army',
  // Cities, territories and disputed regions that are not countries (and never persons).
  'Hong Kong', 'Macau', 'Macao', 'Tel Aviv', 'New York', 'Los Angeles', 'San Francisco', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg',
  'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Camp David', 'Capitol Hill', 'Wall Street', 'Golan Heights', 'Nagorno-Karabakh', 'Gaza City',
  'Sharm el-Sheikh', 'Sharm El-Sheikh', 'Abu Ghraib', 'Mar-a-Lago', 'Ras Tanura', 'Kuala Lumpur', 'Las Vegas', 'New Orleans', 'Hormuz', 'Strait of Hormuz', 'Arab League', 'Jordan River', 'Black Sea', 'Irish Sea', 'French Guiana', 'Anglo-American',
];
