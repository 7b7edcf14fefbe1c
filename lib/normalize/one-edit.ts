/**
 * Reports whether `b` can be made from `a` with at most one edit: inserting, deleting or
 * substituting one character, or swapping two adjacent characters. Runs in linear time
 * without allocating.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }

  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  const restA = a.slice(start + 1);
  const restB = b.slice(start + 1);

  if (a.length === b.length) {
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start];
    return restA === restB || (swapped && a.slice(start + 2) === b.slice(start + 2));
  }
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === restB;
}
