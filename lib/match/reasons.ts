import type { FieldComparison, FieldName } from './compare';
import type { PreparedRecord } from './prepare';

/** Readable label of each field; fields with the same label are reported together. */
const LABELS: Record<FieldName, string> = {
  given: 'name',
  surname: 'name',
  company: 'company',
  email: 'email',
  phone: 'phone',
  unit: 'address',
  number: 'address',
  street: 'address',
  extra: 'address',
  postcode: 'postcode',
  city: 'city',
  dateOfBirth: 'date of birth',
  id: 'id',
};

/**
 * Describes the evidence as short phrases: `same email` when every part of a label agrees
 * exactly, `postcode differs` when every part differs, and otherwise the label with the mean
 * similarity, as in `name 0.93`. Fields present but unreadable are listed as invalid.
 */
export function describeComparisons(
  comparisons: FieldComparison[],
  a: PreparedRecord,
  b: PreparedRecord,
): string[] {
  const byLabel = new Map<string, FieldComparison[]>();
  for (const comparison of comparisons) {
    const label = LABELS[comparison.field];
    byLabel.set(label, [...(byLabel.get(label) ?? []), comparison]);
  }

  const reasons = [...byLabel].map(([label, group]) => describeGroup(label, group));
  return [...reasons, ...describeProblems(a), ...describeProblems(b)];
}

function describeGroup(label: string, group: FieldComparison[]): string {
  if (group.every(({ level }) => level === 'exact')) {
    return `same ${label}`;
  }
  if (group.every(({ level }) => level === 'differs')) {
    return `${label} differs`;
  }

  const mean = group.reduce((sum, { similarity }) => sum + similarity, 0) / group.length;
  return `${label} ${mean.toFixed(2)}`;
}

function describeProblems(record: PreparedRecord): string[] {
  const problems: string[] = [];
  if (record.phoneProblem) {
    problems.push(`phone invalid: ${record.phoneProblem}`);
  }
  if (record.dateOfBirthProblem) {
    problems.push(`date of birth invalid: ${record.dateOfBirthProblem}`);
  }
  return problems;
}
