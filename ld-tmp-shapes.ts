import fs from 'node:fs';
import { Parser } from 'n3';
import { serialiser } from './src/export';
(async () => {
  const quads = new Parser().parse(fs.readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(await serialiser(process.argv[3]).serialise(quads));
})();
