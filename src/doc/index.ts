export {
  checkBooleanOption,
  checkDoc,
  checkMaxLength,
  checkNumberOption,
  checkOptions,
  checkText,
  describeValue,
  isDoc,
} from './contract.js';
export { createDoc } from './create.js';
export * from './types.js';
