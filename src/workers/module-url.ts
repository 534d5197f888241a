/**
 * The URL of a module beside `base` (an import.meta.url) as this code runs:
 * `name.ts` from the TypeScript sources (tsx, the tests), `name.js` from
 * their build in dist/. For worker threads, which load their module by URL.
 */
export function siblingModule(name: string, base: string): string {
  return new URL(`${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base).href;
}
