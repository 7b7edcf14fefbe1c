/**
 * Fields that take part in matching. Every field is optional because each app holds a
 * different subset; names follow the Febrl column names where one exists.
 */
export interface MatchFields {
  name?: string;
  given_name?: string;
  surname?: string;
  company?: string;
  email?: string;
  phone?: string;
  country?: string;
  address?: string;
  postcode?: string;
  city?: string;
  date_of_birth?: string;
  id?: string;
}

/** One record as the candidate index stores it. */
export interface IndexedRecord {
  /** Unique across systems, for example `crm:contact:1042`. */
  key: string;
  /** The system the record belongs to; also picks the default phone region. */
  system: string;
  fields: MatchFields;
}

export type MatchDecision = 'match' | 'possible' | 'no-match';

/** One scored candidate for a query. */
export interface Candidate {
  key: string;
  system: string;
  /** Calibrated to 0..1; higher means more likely the same real-world entity. */
  score: number;
  decision: MatchDecision;
  /** Readable evidence, for example `same email` or `name 0.93`. */
  reasons: string[];
}
