/** Jest runs the TypeScript sources directly through ts-jest (TypeScript 5.9; see README), file by file: tsconfig.json sets isolatedModules, and `npm run typecheck` checks types. */

/**
 * ESM-only packages (rdf-validate-shacl and its dependencies). Node runs them
 * through require(esm), but Jest's own module loader cannot, so ts-jest
 * compiles them to CommonJS for the tests.
 */
const ESM_PACKAGES = ['rdf-validate-shacl', 'rdf-validate-datatype', 'clownface', '@rdfjs', '@vocabulary', '@tpluscode', '@zazuko/prefixes'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    '^.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The compiled build (npm run build) mirrors src/; the tests run the sources.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 60000,
};
