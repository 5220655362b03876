import { readFileSync } from 'node:fs';
import { createDoc } from '../index.js';

const [cmd, file] = process.argv.slice(2);
if (cmd === 'analyze' && file) {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const doc = createDoc(text);
  console.log(JSON.stringify({ tokens: doc.tokens.length, sentences: doc.sentences.length }));
} else {
  console.log('usage: depeche analyze <file | ->');
}
