/**
 * Surnames (or usual short names) of world figures that news stories often use alone ("Putin said", "talks with Xi").
 * A bare mention of one of these counts as a person without a title or a speech verb; the name stays as written.
 */
export const WELL_KNOWN_SURNAMES = new Set([
  'Putin', 'Xi', 'Biden', 'Trump', 'Obama', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Erdogan', 'Erdoğan', 'Netanyahu', 'Macron', 'Modi',
  'Scholz', 'Merkel', 'Sunak', 'Starmer', 'Lula', 'Maduro', 'Khamenei', 'Raisi', 'Pezeshkian', 'Assad', 'Sisi', 'Kishida', 'Ishiba',
  'Albanese', 'Trudeau', 'Orban', 'Orbán', 'Lukashenko', 'Guterres', 'Stoltenberg', 'Rutte', 'Blinken', 'Rubio', 'Lavrov', 'Peskov',
  'Zakharova', 'Abbas', 'Haniyeh', 'Sinwar', 'Nasrallah', 'Meloni', 'Milei', 'Sheinbaum', 'Petro', 'Ramaphosa', 'Tinubu', 'Ruto',
  'Shehbaz', 'Jaishankar', 'Borrell', 'Kallas', 'Kim Jong Un', 'Medvedev', 'Shoigu', 'Gorbachev', 'Yeltsin', 'Kissinger',
]);

/** Companies and state firms that act in diplomatic stories ("Gazprom said"), so a bare mention is an organisation, not a person. */
export const WELL_KNOWN_COMPANIES = new Set([
  'Gazprom', 'Rosneft', 'Rosatom', 'Lukoil', 'Naftogaz', 'Aramco', 'Huawei', 'ZTE', 'Airbus', 'Boeing', 'Raytheon', 'Lockheed', 'TikTok',
  'ByteDance', 'SpaceX', 'Starlink', 'TotalEnergies', 'Chevron', 'ExxonMobil', 'Equinor', 'Sinopec', 'PetroChina', 'CNPC', 'Petrobras',
  'PDVSA', 'Pemex', 'Samsung', 'TSMC', 'Nvidia', 'Glencore', 'Maersk', 'Wagner', 'Meta', 'Google', 'Microsoft', 'Pfizer', 'Moderna',
]);
