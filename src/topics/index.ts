export { stemFr } from '../lang/fr/stemmer.js';
export type { Topic, TopicEvidence, TopicInput, TopicOptions } from './tag.js';
export { tagTopics } from './tag.js';
export type { TopicInfo } from './taxonomy.js';
export { topics } from './taxonomy.js';
