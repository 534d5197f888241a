// The file a worker thread (piscina) starts: TypeScript sources need tsx,
// whose loader a worker does not inherit from `bin/polderbot.mjs` (compiled
// modules in dist/ do not); then the task module named in workerData.module
// is loaded and its default export becomes the worker's task function.
import { workerData } from 'piscina';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const task = await import(workerData.module);
export default task.default;
