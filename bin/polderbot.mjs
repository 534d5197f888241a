#!/usr/bin/env node
// Runs dist/ (src/ compiled by `npm run build`, which `npm ci` runs) when it
// is the build of src/ as it is now, and the TypeScript sources through tsx
// otherwise (an edited source, no build yet): `npx polderbot` always runs the
// code in src/, and starts without loading TypeScript when it can.
import { isFresh } from '../scripts/build-state.mjs';

let main;
if (isFresh()) {
  ({ main } = await import('../dist/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
