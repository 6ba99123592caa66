/**
 * Generates the committed ontology files from the TypeScript model:
 * the OWL 2 ontology (cdkg.ttl) and the SHACL shapes (shapes.ttl).
 * `npm run build:ontology` (`kb build`) writes them; a test fails when the
 * committed files differ from a fresh generation.
 */
import { ontologyTurtle } from './owl';
import { shapesTurtle } from './shacl';

export interface GeneratedOntology {
  readonly ontology: string;
  readonly shapes: string;
}

const HEADER = '# Generated from ontology/model.ts by `npm run build:ontology`; edit the model, not this file.\n';

export async function generateOntology(): Promise<GeneratedOntology> {
  const [ontology, shapes] = await Promise.all([ontologyTurtle(), shapesTurtle()]);
  return { ontology: HEADER + ontology, shapes: HEADER + shapes };
}
