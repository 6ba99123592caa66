/** Unit tests of src/paths.ts: compiled code reads the files beside its sources from the source tree. */
import path from 'node:path';
import { ROOT, sourcePath } from '../../src/paths';

describe('sourcePath', () => {
  it('finds the repository root from the sources', () => {
    expect(ROOT).toBe(path.resolve(__dirname, '..', '..'));
  });

  it('maps a folder of the compiled build onto the same folder of the sources', () => {
    expect(sourcePath(path.join(ROOT, 'dist', 'src', 'store'), 'queries')).toBe(path.join(ROOT, 'src', 'store', 'queries'));
  });

  it('leaves a source folder, and any folder outside the build, as it is', () => {
    expect(sourcePath(path.join(ROOT, 'src', 'store'), 'queries')).toBe(path.join(ROOT, 'src', 'store', 'queries'));
    expect(sourcePath(path.join(ROOT, 'distant'), 'x')).toBe(path.join(ROOT, 'distant', 'x'));
    expect(sourcePath(path.join(ROOT, 'dist'), 'x')).toBe(path.join(ROOT, 'dist', 'x'));
  });
});
