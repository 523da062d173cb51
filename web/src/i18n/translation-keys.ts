// Flattening of the translation files, shared by the i18n tests.
export type Translations = { [key: string]: string | Translations };

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]` */
export function flatten(tree: Translations, prefix = ''): [key: string, value: string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key);
  });
}
