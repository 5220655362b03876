/**
 * Hyper-parameters of the shipped NER model (chosen by 5-fold cross-validation, see docs/ner.md).
 * `seeds`: one perceptron is trained per seed (different shuffles of the training sentences) and
 * their averaged weights make the model. `typeBias`: added (in units of the score temperature) to
 * every transition into a tag of each type (PER, ORG, LOC, MISC): a per-type prior, set by
 * cross-validation (PER -0.15: precision was 5 points under recall).
 */
export const NER_CONFIG = {
  epochs: 15,
  bits: 20,
  seeds: [20161231, 7, 11, 13, 17],
  lexicon: true,
  typeBias: [-0.15, 0, 0, 0],
  /**
   * How many times the sentences of a newsgold-dev article (projected partial labels, see
   * scripts/lib/ner-project.ts) are seen per epoch beside WiNER-fr train's; chosen by 5-fold CV by
   * article on the 240 development articles.
   */
  newsgoldRepeat: 2,
} as const;
