export { checkOptions, checkText, isDoc } from './contract.js';
export { createDoc } from './create.js';
export * from './types.js';
