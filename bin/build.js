#!/usr/bin/env node
/*
 * `npm run build` (and `prepare`, run by `npm install` and `npm ci`):
 * compiles src/ and ontology/ into dist/ with tsc, then stamps the build
 * with the time it started, which bin/launch.js compares with the sources.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
// A whole second back: file systems with coarse timestamps would otherwise let an edit made as the build starts look older.
const started = Date.now() - 1000;
fs.rmSync(DIST, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
fs.writeFileSync(path.join(DIST, '.built'), String(started));
