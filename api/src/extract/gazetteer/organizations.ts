import { PhraseIndex } from './phraseIndex';

/** A known organisation: stable key (acronym or slug), canonical name, surface forms, home country code. */
export interface KnownOrganization {
  key: string;
  name: string;
  aliases: string[];
  country?: string;
  type: 'international' | 'government' | 'ministry' | 'military' | 'parliament' | 'party' | 'agency' | 'other';
  /** Counts only when it acts in the story (news agencies, buildings standing for a government). */
  onlyWhenActing?: boolean;
}

/** International organisations, well-known government bodies, armed groups and news agencies. */
export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  { key: 'un', name: 'United Nations', aliases: ['UN', 'U.N.', 'United Nations Organization'], type: 'international' },
  { key: 'unsc', name: 'UN Security Council', aliases: ['United Nations Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'], type: 'international' },
  { key: 'unga', name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'U.N. General Assembly', 'UNGA', 'General Assembly'], type: 'international' },
  { key: 'unhrc', name: 'UN Human Rights Council', aliases: ['United Nations Human Rights Council', 'Human Rights Council'], type: 'international' },
  { key: 'unhcr', name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'], type: 'international' },
  { key: 'unicef', name: 'UNICEF', aliases: ["United Nations Children's Fund"], type: 'international' },
  { key: 'unesco', name: 'UNESCO', aliases: [], type: 'international' },
  { key: 'who', name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], type: 'international' },
  { key: 'wfp', name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], type: 'international' },
  { key: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], type: 'international' },
  { key: 'eu', name: 'European Union', aliases: ['EU', 'E.U.'], type: 'international' },
  { key: 'european-commission', name: 'European Commission', aliases: [], type: 'international' },
  { key: 'european-parliament', name: 'European Parliament', aliases: ['European parliament'], type: 'international' },
  { key: 'european-council', name: 'European Council', aliases: [], type: 'international' },
  { key: 'council-of-europe', name: 'Council of Europe', aliases: [], type: 'international' },
  { key: 'osce', name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], type: 'international' },
  { key: 'opec', name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries', 'OPEC+'], type: 'international' },
  { key: 'brics', name: 'BRICS', aliases: [], type: 'international' },
  { key: 'asean', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], type: 'international' },
  { key: 'au', name: 'African Union', aliases: ['AU'], type: 'international' },
  { key: 'ecowas', name: 'ECOWAS', aliases: ['Economic Community of West African States'], type: 'international' },
  { key: 'sadc', name: 'SADC', aliases: ['Southern African Development Community'], type: 'international' },
  { key: 'igad', name: 'IGAD', aliases: ['Intergovernmental Authority on Development', 'Intergovernmental Authority on Development in Eastern Africa'], type: 'international' },
  { key: 'iaea', name: 'IAEA', aliases: ['International Atomic Energy Agency'], type: 'international' },
  { key: 'imf', name: 'IMF', aliases: ['International Monetary Fund'], type: 'international' },
  { key: 'world-bank', name: 'World Bank', aliases: [], type: 'international' },
  { key: 'wto', name: 'WTO', aliases: ['World Trade Organization', 'World Trade Organisation'], type: 'international' },
  { key: 'sco', name: 'SCO', aliases: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'], type: 'international' },
  { key: 'oas', name: 'OAS', aliases: ['Organization of American States'], type: 'international' },
  { key: 'g7', name: 'G7', aliases: ['G-7', 'Group of Seven'], type: 'international' },
  { key: 'g20', name: 'G20', aliases: ['G-20', 'Group of 20', 'Group of Twenty'], type: 'international' },
  { key: 'arab-league', name: 'Arab League', aliases: ['League of Arab States'], type: 'international' },
  { key: 'gcc', name: 'Gulf Cooperation Council', aliases: ['GCC'], type: 'international' },
  { key: 'oic', name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'], type: 'international' },
  { key: 'celac', name: 'CELAC', aliases: ['Community of Latin American and Caribbean States'], type: 'international' },
  { key: 'caricom', name: 'Caribbean Community', aliases: ['CARICOM', 'Caricom'], type: 'international' },
  { key: 'mercosur', name: 'Mercosur', aliases: ['MERCOSUR'], type: 'international' },
  { key: 'apec', name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'], type: 'international' },
  { key: 'csto', name: 'CSTO', aliases: ['Collective Security Treaty Organization'], type: 'international' },
  { key: 'eaeu', name: 'Eurasian Economic Union', aliases: ['EAEU'], type: 'international' },
  { key: 'icc', name: 'International Criminal Court', aliases: ['ICC'], type: 'international' },
  { key: 'icj', name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], type: 'international' },
  { key: 'icrc', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], type: 'international' },
  { key: 'interpol', name: 'Interpol', aliases: ['INTERPOL'], type: 'international' },
  { key: 'commonwealth', name: 'Commonwealth', aliases: ['Commonwealth of Nations'], type: 'international' },
  { key: 'swift', name: 'SWIFT', aliases: [], type: 'other' },
  { key: 'hrw', name: 'Human Rights Watch', aliases: ['HRW'], type: 'other' },
  { key: 'amnesty-international', name: 'Amnesty International', aliases: [], type: 'other' },
  { key: 'msf', name: 'Médecins Sans Frontières', aliases: ['MSF', 'Doctors Without Borders', 'Medecins Sans Frontieres'], type: 'other' },
  { key: 'aukus', name: 'AUKUS', aliases: [], type: 'international' },
  { key: 'quad', name: 'Quad', aliases: ['Quadrilateral Security Dialogue'], type: 'international' },
  { key: 'hamas', name: 'Hamas', aliases: [], type: 'party', country: 'PSE' },
  { key: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbollah'], type: 'party', country: 'LBN' },
  { key: 'taliban', name: 'Taliban', aliases: [], type: 'party', country: 'AFG' },
  { key: 'houthis', name: 'Houthis', aliases: ['Houthi movement', 'Ansar Allah'], type: 'party', country: 'YEM' },
  { key: 'pkk', name: "Kurdistan Workers' Party", aliases: ['PKK'], type: 'party' },
  { key: 'farc', name: 'Revolutionary Armed Forces of Colombia', aliases: ['FARC'], type: 'party', country: 'COL' },
  { key: 'isis', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'], type: 'party' },
  { key: 'cpc', name: 'Communist Party of China', aliases: ['Chinese Communist Party', 'CPC', 'CCP'], country: 'CHN', type: 'party' },
  { key: 'us-republican-party', name: 'Republican Party', aliases: ['Republicans', 'GOP'], country: 'USA', type: 'party' },
  { key: 'us-democratic-party', name: 'Democratic Party', aliases: ['Democrats'], country: 'USA', type: 'party' },
  { key: 'uk-conservative-party', name: 'Conservative Party', aliases: ['Conservatives', 'Tories', 'Tory party'], country: 'GBR', type: 'party' },
  { key: 'uk-labour-party', name: 'Labour Party', aliases: ['Labour'], country: 'GBR', type: 'party' },
  { key: 'bjp', name: 'Bharatiya Janata Party', aliases: ['BJP'], country: 'IND', type: 'party' },
  { key: 'anc', name: 'African National Congress', aliases: ['ANC'], country: 'ZAF', type: 'party' },
  { key: 'likud', name: 'Likud', aliases: [], country: 'ISR', type: 'party' },
  { key: 'kremlin', name: 'Kremlin', aliases: [], country: 'RUS', type: 'government' },
  { key: 'us-state-department', name: 'State Department', aliases: ['Department of State'], country: 'USA', type: 'ministry' },
  { key: 'us-treasury', name: 'Treasury Department', aliases: ['Department of the Treasury', 'U.S. Treasury', 'US Treasury', 'Treasury'], country: 'USA', type: 'ministry' },
  { key: 'pentagon', name: 'Pentagon', aliases: ['Defense Department', 'Department of Defense'], country: 'USA', type: 'ministry' },
  { key: 'white-house', name: 'White House', aliases: [], country: 'USA', type: 'government', onlyWhenActing: true },
  { key: 'downing-street', name: 'Downing Street', aliases: [], country: 'GBR', type: 'government', onlyWhenActing: true },
  { key: 'elysee', name: 'Élysée', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'], country: 'FRA', type: 'government', onlyWhenActing: true },
  { key: 'uk-foreign-office', name: 'Foreign Office', aliases: ['Foreign, Commonwealth and Development Office'], country: 'GBR', type: 'ministry' },
  { key: 'knesset', name: 'Knesset', aliases: [], country: 'ISR', type: 'parliament' },
  { key: 'state-duma', name: 'State Duma', aliases: ['Duma'], country: 'RUS', type: 'parliament' },
  { key: 'bundestag', name: 'Bundestag', aliases: [], country: 'DEU', type: 'parliament' },
  // Chambers named "House of …": several countries have a House of Representatives, so it carries none.
  { key: 'house-of-representatives', name: 'House of Representatives', aliases: [], type: 'parliament' },
  { key: 'house-of-commons', name: 'House of Commons', aliases: [], country: 'GBR', type: 'parliament' },
  { key: 'house-of-lords', name: 'House of Lords', aliases: [], country: 'GBR', type: 'parliament' },
  { key: 'nhs', name: 'NHS', aliases: ['National Health Service'], country: 'GBR', type: 'other' },
  { key: 'afp', name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], type: 'agency', onlyWhenActing: true },
  { key: 'reuters', name: 'Reuters', aliases: [], type: 'agency', onlyWhenActing: true },
  { key: 'ap', name: 'Associated Press', aliases: ['AP'], type: 'agency', onlyWhenActing: true },
  { key: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency'], country: 'CHN', type: 'agency', onlyWhenActing: true },
  { key: 'tass', name: 'TASS', aliases: ['Tass'], country: 'RUS', type: 'agency', onlyWhenActing: true },
  { key: 'ria-novosti', name: 'RIA Novosti', aliases: ['RIA'], country: 'RUS', type: 'agency', onlyWhenActing: true },
  { key: 'interfax', name: 'Interfax', aliases: [], country: 'RUS', type: 'agency', onlyWhenActing: true },
  { key: 'anadolu-agency', name: 'Anadolu Agency', aliases: ['Anadolu'], country: 'TUR', type: 'agency', onlyWhenActing: true },
  { key: 'yonhap', name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KOR', type: 'agency', onlyWhenActing: true },
  { key: 'kyodo', name: 'Kyodo', aliases: ['Kyodo News'], country: 'JPN', type: 'agency', onlyWhenActing: true },
  { key: 'kcna', name: 'KCNA', aliases: ['Korean Central News Agency'], country: 'PRK', type: 'agency', onlyWhenActing: true },
  { key: 'irna', name: 'IRNA', aliases: [], country: 'IRN', type: 'agency', onlyWhenActing: true },
  { key: 'spa', name: 'Saudi Press Agency', aliases: ['SPA'], country: 'SAU', type: 'agency', onlyWhenActing: true },
  { key: 'wam', name: 'WAM', aliases: ['Emirates News Agency'], country: 'ARE', type: 'agency', onlyWhenActing: true },
  // Broadcasters and newspapers often cited as sources; like agencies they count only when they report something.
  { key: 'bbc', name: 'BBC', aliases: ['British Broadcasting Corporation'], country: 'GBR', type: 'agency', onlyWhenActing: true },
  { key: 'cnn', name: 'CNN', aliases: [], country: 'USA', type: 'agency', onlyWhenActing: true },
  { key: 'al-jazeera', name: 'Al Jazeera', aliases: ['Al-Jazeera'], country: 'QAT', type: 'agency', onlyWhenActing: true },
  { key: 'al-arabiya', name: 'Al Arabiya', aliases: ['Al-Arabiya'], country: 'SAU', type: 'agency', onlyWhenActing: true },
  { key: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg News'], type: 'agency', onlyWhenActing: true },
  { key: 'nyt', name: 'The New York Times', aliases: ['New York Times'], country: 'USA', type: 'agency', onlyWhenActing: true },
  { key: 'washington-post', name: 'The Washington Post', aliases: ['Washington Post'], country: 'USA', type: 'agency', onlyWhenActing: true },
  { key: 'wsj', name: 'The Wall Street Journal', aliases: ['Wall Street Journal'], country: 'USA', type: 'agency', onlyWhenActing: true },
  { key: 'financial-times', name: 'Financial Times', aliases: ['FT'], country: 'GBR', type: 'agency', onlyWhenActing: true },
  { key: 'the-guardian', name: 'The Guardian', aliases: [], country: 'GBR', type: 'agency', onlyWhenActing: true },
  { key: 'le-monde', name: 'Le Monde', aliases: [], country: 'FRA', type: 'agency', onlyWhenActing: true },
  { key: 'nhk', name: 'NHK', aliases: [], country: 'JPN', type: 'agency', onlyWhenActing: true },
  { key: 'scmp', name: 'South China Morning Post', aliases: [], type: 'agency', onlyWhenActing: true },
  { key: 'global-times', name: 'Global Times', aliases: [], country: 'CHN', type: 'agency', onlyWhenActing: true },
  { key: 'cctv', name: 'CCTV', aliases: ['China Central Television'], country: 'CHN', type: 'agency', onlyWhenActing: true },
  { key: 'sputnik', name: 'Sputnik', aliases: [], country: 'RUS', type: 'agency', onlyWhenActing: true },
  { key: 'pti', name: 'Press Trust of India', aliases: ['PTI'], country: 'IND', type: 'agency', onlyWhenActing: true },
  { key: 'bernama', name: 'Bernama', aliases: [], country: 'MYS', type: 'agency', onlyWhenActing: true },
  { key: 'antara', name: 'Antara', aliases: ['Antara News Agency'], country: 'IDN', type: 'agency', onlyWhenActing: true },
  { key: 'ukrinform', name: 'Ukrinform', aliases: [], country: 'UKR', type: 'agency', onlyWhenActing: true },
  { key: 'tasnim', name: 'Tasnim', aliases: ['Tasnim News Agency'], country: 'IRN', type: 'agency', onlyWhenActing: true },
];

/** Party adjectives that name the party only before a word for its members ("Conservative MPs", "Republican lawmakers"). */
export const PARTY_ADJECTIVES: Record<string, string> = { Conservative: 'uk-conservative-party', Tory: 'uk-conservative-party', Republican: 'us-republican-party', Democratic: 'us-democratic-party' };

/** Phrase index over every name and alias of the known organisations. */
export const KNOWN_ORGANIZATION_INDEX: PhraseIndex<KnownOrganization> = (() => {
  const index = new PhraseIndex<KnownOrganization>();
  for (const org of KNOWN_ORGANIZATIONS) for (const phrase of [org.name, ...org.aliases]) index.add(phrase, org);
  return index;
})();

/** Head words of organisation names ("Rapid Support Forces", "Anadolu Agency"). */
export const ORG_HEADS = new Set([
  'Agency', 'Forces', 'Party', 'Council', 'Commission', 'Bank', 'Ministry', 'Corporation', 'Corporate', 'Organization', 'Organisation',
  'Union', 'Assembly', 'Authority', 'Committee', 'Bureau', 'Department', 'Office', 'Airlines', 'Airways', 'Centre', 'Center', 'Institute',
  'Court', 'Parliament', 'Congress', 'Senate', 'Front', 'Movement', 'Army', 'Navy', 'Guard', 'Fund', 'Association', 'Alliance', 'League',
  'Group', 'Company', 'Press', 'Community', 'Police', 'Service', 'Foundation', 'University', 'Tribunal', 'Secretariat', 'Cabinet',
  'Command', 'Coalition', 'Brigade', 'Brigades', 'Guards', 'Network', 'Inc', 'Ltd', 'Corp', 'Airline', 'Broadcasting', 'Board',
  // Companies, clubs and rights groups: "Denver FC", "Acme Energy Solution", "Fortify Rights".
  'FC', 'Club', 'Solution', 'Solutions', 'Rights', 'Watch', 'Holdings', 'Industries', 'Technologies', 'Motors', 'Mission',
]);

/** Words that make a capitalised phrase a document or event rather than an organisation. */
export const NON_ORG_WORDS = new Set([
  'Treaty', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Declaration', 'Summit', 'Initiative', 'Dialogue', 'Conference', 'Protocol',
  'Convention', 'Pact', 'Consensus', 'Deal', 'Plan', 'Act', 'Charter', 'Memorandum', 'Statement', 'Resolution', 'Day', 'War', 'Games',
]);
