/**
 * Fingerprint of the unsupervised lexicon the NER model was trained with: a hash of every export of the
 * generated cluster and gazetteer modules, plus the lexicon values of the flagship fixture's words. The
 * training script stores it in the model module and test/ner/ner.test.ts recomputes it (src/ner, not scripts/, so that tests import no script), so a lexicon
 * regenerated without retraining the NER model fails a test instead of silently degrading the model.
 */
import * as clusters from '../lang/fr/generated/clusters.js';
import * as gazetteers from '../lang/fr/generated/gazetteers.js';
import { strHash } from './hash.js';

/** The fingerprint (unsigned 32-bit). */
export function lexiconTablesFingerprint(): number {
  let h = 0;
  for (const mod of [clusters, gazetteers] as Record<string, unknown>[]) {
    for (const name of Object.keys(mod).sort()) {
      h = (Math.imul(h ^ strHash(name), 0x01000193) ^ strHash(JSON.stringify(mod[name]))) >>> 0;
    }
  }
  return h >>> 0;
}
