/** Street and locality pools. Each locality has its postcode or ZIP code and area code. */

export interface Locality {
  city: string;
  postcode: string;
  /** Telephone area code in national format, for example '02'. */
  areaCode: string;
}

export const AU_LOCALITIES: readonly Locality[] = [
  { city: 'Surry Hills', postcode: '2010', areaCode: '02' },
  { city: 'Newtown', postcode: '2042', areaCode: '02' },
  { city: 'Parramatta', postcode: '2150', areaCode: '02' },
  { city: 'Bondi', postcode: '2026', areaCode: '02' },
  { city: 'Manly', postcode: '2095', areaCode: '02' },
  { city: 'Chatswood', postcode: '2067', areaCode: '02' },
  { city: 'Braddon', postcode: '2612', areaCode: '02' },
  { city: 'Fitzroy', postcode: '3065', areaCode: '03' },
  { city: 'Carlton', postcode: '3053', areaCode: '03' },
  { city: 'St Kilda', postcode: '3182', areaCode: '03' },
  { city: 'Richmond', postcode: '3121', areaCode: '03' },
  { city: 'Brunswick', postcode: '3056', areaCode: '03' },
  { city: 'Sandy Bay', postcode: '7005', areaCode: '03' },
  { city: 'Paddington', postcode: '4064', areaCode: '07' },
  { city: 'Fortitude Valley', postcode: '4006', areaCode: '07' },
  { city: 'New Farm', postcode: '4005', areaCode: '07' },
  { city: 'Fremantle', postcode: '6160', areaCode: '08' },
  { city: 'Subiaco', postcode: '6008', areaCode: '08' },
  { city: 'Norwood', postcode: '5067', areaCode: '08' },
  { city: 'Glenelg', postcode: '5045', areaCode: '08' },
];

export const US_LOCALITIES: readonly Locality[] = [
  { city: 'Austin', postcode: '78701', areaCode: '512' },
  { city: 'Portland', postcode: '97205', areaCode: '503' },
  { city: 'Denver', postcode: '80202', areaCode: '303' },
  { city: 'Boston', postcode: '02108', areaCode: '617' },
  { city: 'Seattle', postcode: '98101', areaCode: '206' },
  { city: 'New Orleans', postcode: '70112', areaCode: '504' },
];

export const STREET_NAMES: readonly string[] = [
  'George',
  'King',
  'Victoria',
  'Church',
  'High',
  'Park',
  'Queen',
  'Station',
  'Railway',
  'Elizabeth',
  'William',
  'Albert',
  'Bridge',
  'Hill',
  'Ocean',
  'Beach',
  'Pine',
  'Maple',
  'Wattle',
  'Banksia',
  'Jacaranda',
  'Lake',
  'Mill',
  'Market',
];

/** Street types, each with its usual abbreviation. */
export const STREET_TYPES: Readonly<Record<string, string>> = {
  Street: 'St',
  Road: 'Rd',
  Avenue: 'Ave',
  Parade: 'Pde',
  Crescent: 'Cres',
  Drive: 'Dr',
  Lane: 'Ln',
  Place: 'Pl',
};
