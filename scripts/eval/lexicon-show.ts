/**
 * Prints, for a few probe words (or the words given on the command line), their cluster path, the most
 * frequent members of their 1,024- and 64-level clusters and their gazetteer flags. For review.
 *
 *   tsx scripts/eval/lexicon-show.ts [word…]
 */
import { CLUSTER_WORDS } from '../../src/lang/fr/generated/clusters.js';
import { clusterOf, clusterPath, gazetteerFlags } from '../../src/lexicon/index.js';

const FLAG_NAMES = ['FIRST_NAME', 'SURNAME', 'PLACE', 'ORG', 'ORG_CUE', 'PER_CUE', 'LOC_CUE'];
const probes = process.argv.slice(2);
const words = CLUSTER_WORDS.split(' ');
for (const w of probes.length > 0
  ? probes
  : [
      'Macron',
      'Biden',
      'Emmanuel',
      'Paris',
      'Marseille',
      'Allemagne',
      'SNCF',
      'ONU',
      'Renault',
      'Google',
      'mangé',
    ]) {
  const path = clusterPath(w);
  const flags = gazetteerFlags(w);
  const names = FLAG_NAMES.filter((_, i) => flags & (1 << i)).join('|') || '-';
  console.log(`${w}: clusters ${path ? path.join('/') : 'unknown'}; flags ${names}`);
  if (!path) continue;
  for (const level of [1024, 64]) {
    const c = clusterOf(w, level);
    const members: string[] = [];
    for (const x of words) {
      if (members.length >= 14) break;
      if (clusterOf(x, level) === c) members.push(x);
    }
    console.log(`  ${String(level).padStart(4)}: ${members.join(' ')}`);
  }
}
