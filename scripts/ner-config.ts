/**
 * Hyper-parameters of the shipped NER model (chosen by 5-fold cross-validation, see docs/ner.md).
 * `seeds`: one perceptron is trained per seed (different shuffles of the training sentences) and
 * their averaged weights make the model.
 */
export const NER_CONFIG = {
  epochs: 15,
  bits: 20,
  seeds: [20161231, 7, 11, 13, 17],
  lexicon: true,
} as const;
