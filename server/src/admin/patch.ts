// PATCH bodies: a field left out (undefined) keeps its value; null is a value (it clears).

/** The fields a patch names, without the undefined ones. */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
