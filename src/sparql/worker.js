/*
 * Entry of a query worker thread. Worker threads do not inherit the parent's
 * require hooks (ts-node under `npm start`, ts-jest under jest), so the
 * thread registers ts-node itself before loading the TypeScript worker.
 */
const path = require('node:path');

require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', '..', 'tsconfig.json') });
require('./worker.ts');
