#!/usr/bin/env node
// `npx kb …`: runs the TypeScript CLI through ts-node so no build step is needed.
require('ts-node').register({ transpileOnly: true, project: require('path').join(__dirname, '..', 'tsconfig.json') });
require('../src/cli').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
