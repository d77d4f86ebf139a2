const reported = new Set<string>();

/**
 * What a switch over every body block (or inline) type renders for a type it does not know: nothing,
 * and a warning, once per type. Its `never` parameter makes a type added to the model a type error at
 * the switch until it is drawn; at run time it meets data from a newer API.
 */
export function skipUnknown(kind: 'block' | 'inline', value: never): null {
  const type = String((value as { type?: unknown } | null)?.type);
  const key = `${kind}:${type}`;
  if (!reported.has(key)) {
    reported.add(key);
    console.warn(`[dateline] skipped a body ${kind} of unknown type "${type}"`);
  }
  return null;
}
