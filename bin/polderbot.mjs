#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx polderbot` always runs
// the code in src/ with no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
