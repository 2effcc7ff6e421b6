// Sentence templates for the extraction benchmark, written for this project. Slots: {P1}/{P2} full names, {S1}/{S2} surnames,
// {C1}/{C2} countries, {D1}/{D2} demonyms, {K1}/{K2} capitals, {ORG} an international organisation, {DAY} a weekday, {MONTH} a month.

/** Paragraph templates in the style of wire diplomatic news; each is one to three sentences. */
export const PARAGRAPHS: readonly string[] = [
  '{D1} Foreign Minister {P1} on {DAY} rejected claims that {C1} had asked {C2} for financial help, calling the reports "a fabrication from start to finish."',
  '"We have received no such request, and we do not expect one," {S1} told reporters after talks in {K1}.',
  'Speaking at a news conference, {S1} said the two governments would keep talking about trade, energy and security.',
  '{P2}, a spokeswoman for the {D2} Foreign Ministry, said on {DAY} that {K2} was "studying the proposal carefully" and would answer within weeks.',
  'According to {S2}, the delegations met twice in {MONTH} and agreed to set up a joint working group.',
  'The two countries signed a framework agreement on economic cooperation last {MONTH}, and the text is now awaiting ratification by parliament.',
  '{S1} warned that any attempt to impose sanctions on {C2} would "backfire on those who design them."',
  'Deputy Foreign Minister {P2} later added that {C1} remained open to dialogue, but only "on the basis of mutual respect."',
  '{K2} has accused {K1} of interfering in its internal affairs, a charge the {D1} side denies.',
  'The {ORG} said in a statement that it was following the situation closely and urged both sides to show restraint.',
  '"Nobody gains from escalation," {S2} said. "Our door remains open, and we hope our partners will walk through it."',
  'Analysts in {K1} said the dispute could delay the summit planned for {MONTH}, although officials insisted the date had not changed.',
  'President {P1} spoke by phone with his {D2} counterpart a week ago, according to a readout published by his office.',
  '{S1} also praised the role of the {ORG} in bringing the parties together and said its mediation "made the difference."',
  'The head of {D1} diplomacy stressed that the treaty would not be directed against any third country.',
  'In a separate interview, {P2} predicted that relations between {C1} and {C2} would improve "sooner than many people think."',
  '{C2} and {C1} restored diplomatic relations in {MONTH} after a break of several years, reopening embassies in {K2} and {K1}.',
  'Officials said the foreign ministers would meet again on {DAY} to review progress on the prisoner exchange and the border talks.',
  '"This is a historic step for our region," the {D2} leader said, adding that the agreement would "open a new chapter."',
  'The {D1} Defence Ministry denied that troops had crossed the border, saying the reports were "simply untrue."',
  '{S2} called on the {ORG} to send observers and said {K2} would guarantee their safety.',
  'Earlier this {DAY}, the {D2} government announced new measures to support exporters hit by the dispute.',
  'A senior official, speaking on condition of anonymity, said the negotiations had been "difficult but constructive."',
  '{S1} assured his counterpart that {C1} would honour every commitment made under the accord.',
  'Trade between {C1} and {C2} reached a record last year, driven by energy, grain and fertiliser sales.',
  'The ministry in {K1} said the ambassador had been summoned to receive a formal protest over the remarks.',
  '"We will not accept ultimatums," {P1} said on {DAY}, "but we are ready to talk about everything."',
  'Both leaders are expected to attend the {ORG} summit, where the agreement could be signed formally.',
  'Opposition lawmakers in {C2} criticised the deal, saying it had been negotiated without public debate.',
  'The treaty, signed in {MONTH}, still needs the approval of both parliaments before it can enter into force.',
];

/** Full names for the person slots (first name, surname). */
export const PEOPLE: ReadonlyArray<readonly [string, string]> = [
  ['Elena', 'Markovic'], ['Tomas', 'Oyelaran'], ['Amira', 'Haddad'], ['Kenji', 'Watanabe'], ['Lucia', 'Ferreira'],
  ['Pavel', 'Dorofeev'], ['Ingrid', 'Solberg'], ['Rashid', 'Karimov'], ['Nadia', 'Benali'], ['Diego', 'Alvarado'],
  ['Mei', 'Lin'], ['Olusegun', 'Adeyemi'], ['Hannah', 'Kowalczyk'], ['Arjun', 'Mehta'], ['Sofia', 'Lindqvist'],
  ['Yusuf', 'Demir'], ['Claire', 'Duval'], ['Mateo', 'Quispe'], ['Leila', 'Nazari'], ['Viktor', 'Hrabal'],
];

/** Organisations for the {ORG} slot. */
export const ORGANIZATIONS: readonly string[] = [
  'United Nations', 'European Union', 'African Union', 'Organization of American States', 'ASEAN', 'NATO', 'OPEC',
  'International Atomic Energy Agency', 'World Trade Organization', 'Shanghai Cooperation Organisation',
];

/** Weekdays and months for date slots. */
export const DAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Name parts of the invented persons of the ingestion and resolution corpus (no real officeholders). Several persons share
 * each surname, in different countries, so that a surname alone is often ambiguous across articles.
 */
export const INVENTED_FIRST_NAMES: readonly string[] = [
  'Alder', 'Boris', 'Calla', 'Darin', 'Elsa', 'Fedor', 'Greta', 'Halvard', 'Ilse', 'Jarek', 'Kira', 'Lucan', 'Mira', 'Nestor', 'Orla',
  'Pavel', 'Quilla', 'Radek', 'Selma', 'Tomas', 'Ulla', 'Viktor', 'Wanda', 'Yaro', 'Zora', 'Anselm', 'Bettina', 'Casimir', 'Dagny', 'Emil',
  'Frida', 'Gustav', 'Hedda', 'Ivo', 'Jorun', 'Konrad', 'Lidia', 'Milos', 'Nadia', 'Oskar',
];
export const INVENTED_SURNAMES: readonly string[] = [
  'Arvelin', 'Brodsky', 'Castellan', 'Dravic', 'Eskander', 'Falkner', 'Grevin', 'Holmgard', 'Istrova', 'Jarnik', 'Kovalin', 'Lindqvar',
  'Morvath', 'Nordahl', 'Ostrander', 'Petrakis', 'Quarles', 'Rostavin', 'Serrano', 'Talvik', 'Ulmanis', 'Varga', 'Wexley', 'Yelchin', 'Zaremba',
  'Albescu', 'Bergman', 'Cordova', 'Delacroix', 'Emberly', 'Fontaine', 'Galloway', 'Hartmann', 'Ivarsson', 'Jovanic', 'Kessler', 'Lazaridis',
  'Marchetti', 'Novak', 'Okonjo', 'Paredes', 'Quintero', 'Ravensworth', 'Sandoval', 'Thorsen', 'Urquhart', 'Valdivia', 'Whitcombe', 'Ximenes',
  'Yardley', 'Zelenko', 'Abernethy', 'Bellamy', 'Cavanagh', 'Dunmore', 'Ellwood', 'Fairbanks', 'Grantham', 'Hollis', 'Inglewood',
];
