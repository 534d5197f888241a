// The file a worker thread (piscina) starts: TypeScript sources need tsx,
// whose loader a worker does not inherit from `bin/polderbot.mjs`; then the
// task module named in workerData.module is loaded and its default export
// becomes the worker's task function.
import { register } from 'tsx/esm/api';
import { workerData } from 'piscina';

register();
const task = await import(workerData.module);
export default task.default;
