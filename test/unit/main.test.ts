/** Unit tests of src/main.ts (`npm start`): its command-line options and how they combine with the environment. */
import path from 'node:path';
import { configFromEnv } from '../../src/config';
import { parseArgs } from '../../src/main';

describe('npm start options', () => {
  it('reads --data in both spellings, resolved to an absolute folder', () => {
    expect(parseArgs(['--data', 'test/fixtures'])).toEqual({ dataDir: path.resolve('test/fixtures') });
    expect(parseArgs(['--data=test'])).toEqual({ dataDir: path.resolve('test') });
  });

  it('refuses a --data that is not a folder, naming it', () => {
    expect(() => parseArgs(['--data', 'no/such/dir'])).toThrow('--data no/such/dir is not a folder');
  });

  it('refuses an unknown argument with the usage', () => {
    expect(() => parseArgs(['--port', '1'])).toThrow(/Unknown argument "--port"; usage: npm start -- \[--data DIR\]/);
  });

  it('lets --data win over KB_DATA_DIR and reads the server settings from the environment', () => {
    const config = configFromEnv({ KB_DATA_DIR: '/a', PORT: '0', HOST: '0.0.0.0', KB_QUERY_TIMEOUT_MS: '500' }, parseArgs(['--data', 'test']));
    expect(config).toMatchObject({ dataDir: path.resolve('test'), port: 0, host: '0.0.0.0', queryTimeoutMs: 500 });
  });

  it('names graphs of foreign data files from KB_GRAPHS', () => {
    expect(configFromEnv({ KB_GRAPHS: 'data1.nt=http://example.org/g1  data2.nt=http://example.org/g2' }).graphNames).toEqual({
      'data1.nt': 'http://example.org/g1',
      'data2.nt': 'http://example.org/g2',
    });
    expect(() => configFromEnv({ KB_GRAPHS: 'data1.nt' })).toThrow(/KB_GRAPHS entry "data1.nt" is not file=IRI/);
  });
});
