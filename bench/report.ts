/** Writes the full benchmark's figures: bench/results.json, and docs/performance.md with a table and docs/performance.svg. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTable, type StartResult } from './start';

export interface SystemResult {
  readonly system: string;
  readonly mix?: 'repeated' | 'cold';
  readonly clients?: number;
  readonly rps?: number;
  readonly p99ms?: number;
  readonly readySeconds?: number;
  readonly rssBytes?: number;
  /** Mean seconds per request of the answers' check, one request at a time. */
  readonly secondsPerRequest?: number;
  /** Why this mix and number of clients was not measured. */
  readonly skipped?: string;
}

export interface SizeResult {
  readonly triples: number;
  readonly bytesPerTripleBare: number;
  readonly systems: readonly SystemResult[];
}

const ROOT = path.join(__dirname, '..');

function machine() {
  const pkg = (name: string) => (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  return { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, oxigraph: pkg('oxigraph'), loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) };
}

const fig = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function find(size: SizeResult, system: string, mix?: string, clients?: number) {
  // "CDKG" is the embedded server, not "CDKG on Virtuoso" (named in full where meant).
  return size.systems.find((s) => s.system.startsWith(system) && (system !== 'CDKG' || !s.system.startsWith('CDKG on')) && s.mix === mix && s.clients === clients);
}

function table(results: readonly SizeResult[]): string {
  const rows = ['| triples | mix | CDKG c=1 | CDKG c=32 (p99) | wrapper c=32 | oxigraph in-process | Virtuoso c=32 | CDKG on Virtuoso c=32 | Comunica c=32 | CDKG / wrapper | CDKG / in-process | CDKG / Virtuoso | CDKG on Virtuoso / Virtuoso | CDKG / Comunica (target 15x) |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  const skipped: string[] = [];
  for (const r of results) {
    for (const mix of ['repeated', 'cold']) {
      const c1 = find(r, 'CDKG', mix, 1)?.rps;
      const c32 = find(r, 'CDKG', mix, 32);
      const wrapper = find(r, 'thin', mix, 32)?.rps;
      const inproc = find(r, 'oxigraph in-process', mix)?.rps;
      const virtuoso = find(r, 'Virtuoso', mix, 32)?.rps;
      const onVirtuoso = find(r, 'CDKG on Virtuoso', mix, 32)?.rps;
      const comunica = find(r, 'Comunica', mix, 32);
      if (comunica?.skipped) skipped.push(`- Comunica, ${fig(r.triples)} triples, ${mix} mix: not measured: ${comunica.skipped}.`);
      const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}x` : '–');
      rows.push(`| ${fig(r.triples)} | ${mix} | ${fig(c1)} | ${fig(c32?.rps)} (${fig(c32?.p99ms, 1)} ms) | ${fig(wrapper)} | ${fig(inproc)} | ${fig(virtuoso)} | ${fig(onVirtuoso)} | ${comunica?.skipped ? 'not measured' : fig(comunica?.rps, 1)} | ${ratio(c32?.rps, wrapper)} | ${ratio(c32?.rps, inproc)} | ${ratio(c32?.rps, virtuoso)} | ${ratio(onVirtuoso, virtuoso)} | ${ratio(c32?.rps, comunica?.rps)} |`);
    }
  }
  const load = ['| triples | bare node + Store.load | CDKG ready | CDKG / bare | wrapper ready | Comunica ready | Virtuoso start + bulk load | bare RSS | CDKG RSS (3 stores) | CDKG RSS target 3 × bare + 150 MB | Comunica RSS | bytes per triple (bare) |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of results) {
    const bare = find(r, 'bare');
    const cdkg = find(r, 'CDKG');
    const mb = (b?: number) => (b === undefined ? '–' : `${fig(b / 1e6)} MB`);
    load.push(`| ${fig(r.triples)} | ${fig(bare?.readySeconds, 2)} s | ${fig(cdkg?.readySeconds, 2)} s | ${bare?.readySeconds && cdkg?.readySeconds ? `${(cdkg.readySeconds / bare.readySeconds).toFixed(2)}x` : '–'} | ${fig(find(r, 'thin')?.readySeconds, 2)} s | ${fig(find(r, 'Comunica')?.readySeconds, 2)} s | ${fig(find(r, 'Virtuoso')?.readySeconds, 2)} s | ${mb(bare?.rssBytes)} | ${mb(cdkg?.rssBytes)} | ${bare?.rssBytes ? mb(3 * bare.rssBytes + 150e6) : '–'} | ${mb(find(r, 'Comunica')?.rssBytes)} | ${fig(r.bytesPerTripleBare)} |`);
  }
  return `### Throughput (requests per second, the six-query mix)\n\n${rows.join('\n')}\n${skipped.length ? `\n${skipped.join('\n')}\n` : ''}\n### Loading and memory\n\n${load.join('\n')}\n`;
}

/** A log-log plot of requests per second (cold mix, 32 clients) and load time against size. */
function svg(results: readonly SizeResult[]): string {
  const W = 640;
  const H = 300;
  const pad = 50;
  const sizes = results.map((r) => r.triples);
  const series: { name: string; color: string; values: (number | undefined)[]; dash?: string }[] = [
    { name: 'CDKG req/s', color: '#c0392b', values: results.map((r) => find(r, 'CDKG', 'cold', 32)?.rps) },
    { name: 'wrapper req/s', color: '#2980b9', values: results.map((r) => find(r, 'thin', 'cold', 32)?.rps) },
    { name: 'in-process q/s', color: '#27ae60', values: results.map((r) => find(r, 'oxigraph in-process', 'cold')?.rps) },
    { name: 'Virtuoso req/s', color: '#8e44ad', values: results.map((r) => find(r, 'Virtuoso', 'cold', 32)?.rps) },
    { name: 'Comunica req/s', color: '#e67e22', values: results.map((r) => find(r, 'Comunica', 'cold', 32)?.rps) },
    { name: 'CDKG ready (s)', color: '#c0392b', dash: '4 3', values: results.map((r) => find(r, 'CDKG')?.readySeconds) },
    { name: 'bare load (s)', color: '#7f8c8d', dash: '4 3', values: results.map((r) => find(r, 'bare')?.readySeconds) },
  ];
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && v > 0));
  const [ymin, ymax] = [Math.log10(Math.min(...all)) - 0.2, Math.log10(Math.max(...all)) + 0.2];
  const [xmin, xmax] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes)) || 1];
  const x = (v: number) => pad + ((Math.log10(v) - xmin) / (xmax - xmin || 1)) * (W - 2 * pad - 120);
  const y = (v: number) => H - pad - ((Math.log10(v) - ymin) / (ymax - ymin)) * (H - 2 * pad);
  const lines = series.map((s, i) => {
    const pts = s.values.flatMap((v, j) => (v ? [`${x(sizes[j]).toFixed(1)},${y(v).toFixed(1)}`] : []));
    return `<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} points="${pts.join(' ')}"/><text x="${W - pad - 110}" y="${pad + i * 16}" fill="${s.color}" font-size="11">${s.name}</text>`;
  });
  const ticks = sizes.map((v) => `<text x="${x(v).toFixed(1)}" y="${H - pad + 16}" font-size="11" text-anchor="middle">${v.toLocaleString('en')}</text>`);
  const yt = [];
  for (let e = Math.ceil(ymin); e <= Math.floor(ymax); e++) yt.push(`<text x="${pad - 6}" y="${y(10 ** e) + 4}" font-size="11" text-anchor="end">${10 ** e}</text><line x1="${pad}" x2="${W - pad - 120}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#ddd"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><title>Requests per second (cold mix, 32 clients) and load time against triples, log scales</title>${yt.join('')}${ticks.join('')}<text x="${(W - 120) / 2}" y="${H - 10}" font-size="12" text-anchor="middle">triples</text>${lines.join('')}</svg>\n`;
}

export function writeReport(results: readonly SizeResult[], start: readonly StartResult[], run: { seconds: number; argv: readonly string[] }): void {
  const m = machine();
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: m, command: `npm run bench -- ${run.argv.join(' ')}`.trim(), secondsPerRun: run.seconds, results, start }, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, 'docs', 'performance.svg'), svg(results));
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'performance.md'), 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const generated = `${begin}\nMeasured ${new Date().toISOString().slice(0, 16)} UTC on ${m.cpus} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, oxigraph ${m.oxigraph}; load average at the end ${m.loadAverageAtEnd.join(' ')} (the machine is shared: figures are noisy, ratios within one run are what counts). ${run.seconds} s per wrk run. Command: \`npm run bench -- ${run.argv.join(' ')}\`.\n\n${table(results)}\n${startTable(start)}\n![Requests per second and load time against size](performance.svg)\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  fs.writeFileSync(path.join(ROOT, 'docs', 'performance.md'), i >= 0 && j > i ? doc.slice(0, i) + generated + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${generated}\n`);
}
