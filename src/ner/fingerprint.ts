/**
 * Fingerprint of what the NER model's features read besides the text, i.e. what the model was trained
 * with: the unsupervised lexicon (word clusters, mined gazetteers: data/mined/gazetteers/) and the cue
 * lists of the features (data/ner/cues/). The training script stores it in the model module and
 * test/ner/ner.test.ts recomputes it (src/ner, not scripts/, so that tests import no script), so a list
 * changed without retraining the NER model fails a test instead of silently degrading the model. The
 * lists of the refine stage (the rest of data/ner/, data/mined/ner/) act after the model: they are left
 * out, so editing them needs no retraining.
 */
import * as clusters from '../lang/fr/generated/clusters.js';
import * as minedGazetteers from '../lang/fr/generated/mined-gazetteers.js';
import * as cues from '../lang/fr/generated/ner-cues.js';
import { strHash } from './hash.js';

/** The fingerprint (unsigned 32-bit). @internal */
export function lexiconTablesFingerprint(): number {
  let h = 0;
  for (const mod of [clusters, minedGazetteers, cues] as Record<string, unknown>[]) {
    for (const name of Object.keys(mod).sort()) {
      h = (Math.imul(h ^ strHash(name), 0x01000193) ^ strHash(JSON.stringify(mod[name]))) >>> 0;
    }
  }
  return h >>> 0;
}
