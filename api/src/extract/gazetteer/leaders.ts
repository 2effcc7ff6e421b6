/**
 * Heads of state and government (and long-serving foreign ministers) that stories often title without a country
 * ("President Biden", "Prime Minister Albanese"): surname → ISO 3166-1 alpha-3 code. Only fills the owner of a national
 * title the text already states; it never creates a person or a role. Past leaders stay: "then-President Reagan".
 */
export const LEADER_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Trump', 'USA'], ['Biden', 'USA'], ['Obama', 'USA'], ['Bush', 'USA'], ['Clinton', 'USA'], ['Reagan', 'USA'], ['Harris', 'USA'],
  ['Blinken', 'USA'], ['Rubio', 'USA'], ['Vance', 'USA'], ['Putin', 'RUS'], ['Medvedev', 'RUS'], ['Mishustin', 'RUS'], ['Lavrov', 'RUS'],
  ['Xi', 'CHN'], ['Xi Jinping', 'CHN'], ['Li Qiang', 'CHN'], ['Wang Yi', 'CHN'], ['Macron', 'FRA'], ['Scholz', 'DEU'], ['Merz', 'DEU'],
  ['Merkel', 'DEU'], ['Starmer', 'GBR'], ['Sunak', 'GBR'], ['Johnson', 'GBR'], ['Zelensky', 'UKR'], ['Zelenskyy', 'UKR'],
  ['Zelenskiy', 'UKR'], ['Erdogan', 'TUR'], ['Erdoğan', 'TUR'], ['Netanyahu', 'ISR'], ['Modi', 'IND'], ['Albanese', 'AUS'],
  ['Kishida', 'JPN'], ['Ishiba', 'JPN'], ['Takaichi', 'JPN'], ['Lula', 'BRA'], ['Milei', 'ARG'], ['Sheinbaum', 'MEX'], ['Meloni', 'ITA'],
  ['Sánchez', 'ESP'], ['Trudeau', 'CAN'], ['Carney', 'CAN'], ['Ramaphosa', 'ZAF'], ['Tinubu', 'NGA'], ['Ruto', 'KEN'],
  ['Pezeshkian', 'IRN'], ['Raisi', 'IRN'], ['Khamenei', 'IRN'], ['Sisi', 'EGY'], ['el-Sisi', 'EGY'], ['al-Sisi', 'EGY'],
  ['Orban', 'HUN'], ['Orbán', 'HUN'], ['Lukashenko', 'BLR'], ['Maduro', 'VEN'], ['Petro', 'COL'], ['Prabowo', 'IDN'],
  ['Widodo', 'IDN'], ['Marcos', 'PHL'], ['Yoon', 'KOR'], ['Lee Jae-myung', 'KOR'], ['Kim Jong Un', 'PRK'], ['Shehbaz', 'PAK'],
  ['Sharif', 'PAK'], ['Abbas', 'PSE'], ['Assad', 'SYR'], ['Aoun', 'LBN'], ['Tusk', 'POL'], ['Duda', 'POL'], ['Fico', 'SVK'],
]);
