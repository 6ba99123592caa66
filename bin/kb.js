#!/usr/bin/env node
// `npx kb …`: the CLI, compiled when the build is current (see ./launch.js).
require('./launch').load('cli').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
