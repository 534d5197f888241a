// YAML parsing with the yaml package loaded at the first parse: a start that
// reads no YAML (a cold `polderbot ask` over an up-to-date index) does not load it.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/** yaml's `parse`. */
export function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml.parse(text);
}
