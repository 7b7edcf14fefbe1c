import type { FieldName } from './compare';
import type { Level } from './similarity';

/** Probabilities of each level among true matches (m) and among random pairs (u). */
export interface LevelProbabilities {
  m: Record<Level, number>;
  u: Record<Level, number>;
}

/**
 * Hand-set m and u probabilities per level, in the order exact, close, partial, differs.
 * The u values estimate how often two different people agree by chance. They are about 1 in
 * 200 for a given name, 1 in 1,000 for a surname and 1 in 2,000 for a postcode, and close to
 * zero for an email, phone or reference id. The m values allow for typing errors and for
 * fields that people change, such as an email or phone that differs in about a third of true
 * matches. All are estimates, not fitted to a data set; the index replaces the exact-level u
 * of names, postcode and city by the observed share of the value.
 */
export const LEVEL_PROBABILITIES: Record<FieldName, LevelProbabilities> = {
  given: probabilities([0.85, 0.06, 0.04, 0.05], [0.005, 0.003, 0.02, 0.972]),
  surname: probabilities([0.85, 0.06, 0.04, 0.05], [0.001, 0.002, 0.01, 0.987]),
  company: probabilities([0.85, 0.08, 0.04, 0.03], [0.0005, 0.001, 0.005, 0.9935]),
  email: probabilities([0.6, 0.01, 0.05, 0.34], [0.000001, 0.000001, 0.0001, 0.999898]),
  phone: probabilities([0.6, 0.01, 0.05, 0.34], [0.000001, 0.000001, 0.0001, 0.999898]),
  unit: probabilities([0.9, 0.01, 0.02, 0.07], [0.1, 0.01, 0.05, 0.84]),
  number: probabilities([0.9, 0.01, 0.04, 0.05], [0.02, 0.01, 0.05, 0.92]),
  street: probabilities([0.85, 0.07, 0.03, 0.05], [0.0005, 0.0005, 0.005, 0.994]),
  extra: probabilities([0.8, 0.08, 0.04, 0.08], [0.0005, 0.0005, 0.005, 0.994]),
  postcode: probabilities([0.9, 0.01, 0.04, 0.05], [0.0005, 0.0005, 0.01, 0.989]),
  city: probabilities([0.85, 0.07, 0.03, 0.05], [0.0005, 0.0005, 0.005, 0.994]),
  dateOfBirth: probabilities([0.85, 0.01, 0.09, 0.05], [0.00003, 0.00003, 0.002, 0.99794]),
  id: probabilities([0.85, 0.01, 0.09, 0.05], [0.000001, 0.000001, 0.0001, 0.999898]),
};

function probabilities(m: number[], u: number[]): LevelProbabilities {
  const byLevel = (values: number[]): Record<Level, number> => ({
    exact: values[0] ?? 0,
    close: values[1] ?? 0,
    partial: values[2] ?? 0,
    differs: values[3] ?? 0,
  });
  return { m: byLevel(m), u: byLevel(u) };
}

/** Fellegi-Sunter weight log2(m/u) of every field and level, computed once. */
export type WeightTable = Record<FieldName, Record<Level, number>>;

/** Computes log2(m/u) for each field and level. */
export function weightTable(table: Record<FieldName, LevelProbabilities>): WeightTable {
  const entries = Object.entries(table).map(([field, { m, u }]) => {
    const levels = Object.fromEntries(
      Object.keys(m).map((level) => {
        const key = level as Level;
        return [key, Math.log2(m[key] / u[key])];
      }),
    );
    return [field, levels];
  });
  return Object.fromEntries(entries) as WeightTable;
}

export const DEFAULT_WEIGHTS = weightTable(LEVEL_PROBABILITIES);
