/** Hyper-parameters of the shipped NER model (chosen by 5-fold cross-validation, see docs/ner.md). */
export const NER_CONFIG = { epochs: 15, bits: 20, seed: 20161231, lexicon: true } as const;
