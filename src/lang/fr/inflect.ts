/**
 * Generates the inflected forms of the speech verbs listed in data/quotes/speech-verbs.txt, for
 * scripts/data/build-data.ts: third-person present, imperfect, simple past, future and conditional, past
 * participles (four agreements), present participle and infinitive, with the spelling changes of regular
 * verbs (-cer → ç, -ger → ge before a/o, é/e + consonant + er → è in the present, -eler/-eter doubling).
 * Irregular verbs follow the pattern of a model verb named in the list (`dire`, `mettre`, `tenir`, `faire`,
 * `querir` for requérir…).
 */

/** Ending of the model's infinitive, then the endings that replace it. */
const MODELS: Record<string, [string, string[]]> = {
  finir: [
    'ir',
    [
      'it',
      'issent',
      'issait',
      'issaient',
      'irent',
      'ira',
      'iront',
      'irait',
      'iraient',
      'i',
      'ie',
      'is',
      'ies',
      'issant',
      'ir',
    ],
  ],
  dire: [
    'ire',
    [
      'it',
      'is',
      'isent',
      'isait',
      'isaient',
      'irent',
      'ira',
      'iront',
      'irait',
      'iraient',
      'ite',
      'its',
      'ites',
      'isant',
      'ire',
    ],
  ],
  ecrire: [
    'ire',
    [
      'it',
      'ivent',
      'ivait',
      'ivaient',
      'ivit',
      'ivirent',
      'ira',
      'iront',
      'irait',
      'iraient',
      'ite',
      'its',
      'ites',
      'ivant',
      'ire',
    ],
  ],
  mettre: [
    'ettre',
    [
      'et',
      'ettent',
      'ettait',
      'ettaient',
      'it',
      'irent',
      'ettra',
      'ettront',
      'ettrait',
      'ettraient',
      'is',
      'ise',
      'ises',
      'ettant',
      'ettre',
    ],
  ],
  faire: [
    'aire',
    [
      'ait',
      'ont',
      'aisait',
      'aisaient',
      'it',
      'irent',
      'era',
      'eront',
      'erait',
      'eraient',
      'aite',
      'aits',
      'aites',
      'aisant',
      'aire',
    ],
  ],
  querir: [
    'érir',
    [
      'iert',
      'ièrent',
      'érait',
      'éraient',
      'it',
      'irent',
      'erra',
      'erront',
      'errait',
      'erraient',
      'ise',
      'ises',
      'is',
      'érant',
      'érir',
    ],
  ],
  tenir: [
    'enir',
    [
      'ient',
      'iennent',
      'enait',
      'enaient',
      'int',
      'inrent',
      'iendra',
      'iendront',
      'iendrait',
      'iendraient',
      'enu',
      'enue',
      'enus',
      'enues',
      'enant',
      'enir',
    ],
  ],
  croire: [
    'oire',
    [
      'oit',
      'oient',
      'oyait',
      'oyaient',
      'ut',
      'urent',
      'oira',
      'oiront',
      'oirait',
      'oiraient',
      'u',
      'ue',
      'us',
      'ues',
      'oyant',
      'oire',
    ],
  ],
  craindre: [
    'aindre',
    [
      'aint',
      'aignent',
      'aignait',
      'aignaient',
      'aignit',
      'aignirent',
      'aindra',
      'aindront',
      'aindrait',
      'aindraient',
      'ainte',
      'aints',
      'aintes',
      'aignant',
      'aindre',
    ],
  ],
  connaitre: [
    'aître',
    [
      'aît',
      'ait',
      'aissent',
      'aissait',
      'aissaient',
      'ut',
      'urent',
      'aîtra',
      'aîtront',
      'aîtrait',
      'aîtraient',
      'u',
      'ue',
      'us',
      'ues',
      'aissant',
      'aître',
      'aitre',
    ],
  ],
  rendre: [
    're',
    [
      '',
      'e',
      'ent',
      'ait',
      'aient',
      'it',
      'irent',
      'ra',
      'ront',
      'rait',
      'raient',
      'u',
      'ue',
      'us',
      'ues',
      'ant',
      're',
    ],
  ],
  rire: [
    'ire',
    ['it', 'ient', 'iait', 'iaient', 'irent', 'ira', 'iront', 'irait', 'iraient', 'i', 'iant', 'ire'],
  ],
  conclure: [
    'ure',
    [
      'ut',
      'uent',
      'uait',
      'uaient',
      'urent',
      'ura',
      'uront',
      'urait',
      'uraient',
      'u',
      'ue',
      'us',
      'ues',
      'uant',
      'ure',
    ],
  ],
  suivre: [
    'vre',
    [
      't',
      'vent',
      'vait',
      'vaient',
      'vit',
      'virent',
      'vra',
      'vront',
      'vrait',
      'vraient',
      'vi',
      'vie',
      'vis',
      'vies',
      'vant',
      'vre',
    ],
  ],
  mentir: [
    'ir',
    [
      '',
      'ent',
      'ait',
      'aient',
      'it',
      'irent',
      'ira',
      'iront',
      'irait',
      'iraient',
      'i',
      'ie',
      'is',
      'ies',
      'ant',
      'ir',
    ],
  ],
};

/** The forms of a regular -er verb (stem = infinitive without "er"). */
function firstGroup(stem: string, grave: boolean): string[] {
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  // Present stem: é/e + consonant(s) + er → è (répéter → répète, lever → lève); -eler/-eter double the consonant.
  let pres = stem;
  // (after a vowel too: inquiéter → inquiète, and before a consonant + l/r: célébrer → célèbre)
  const m = /^(|.*[^aeoéèêë])([ée])([^aeiouyéèêë]|[bcdfgptv][lr])$/.exec(stem);
  if (m) {
    if (m[2] === 'e' && (m[3] === 'l' || m[3] === 't') && !grave) pres = `${stem}${m[3]}`;
    else if (m[2] === 'é' || m[2] === 'e') pres = `${m[1]}è${m[3]}`;
  }
  const fut = pres === stem || m?.[2] === 'é' ? `${stem}er` : `${pres}er`;
  return [
    `${pres}e`,
    `${pres}es`,
    `${pres}ent`,
    `${soft}ait`,
    `${soft}aient`,
    `${soft}a`,
    `${stem}èrent`,
    `${fut}a`,
    `${fut}ont`,
    `${fut}ait`,
    `${fut}aient`,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ant`,
    `${stem}er`,
  ];
}

/**
 * Every form of one list entry (`lemma [model]`) as `[form, lemma]` pairs; the reflexive pronoun of a
 * pronominal verb ("s'indigner") is not part of the forms (the tokeniser splits it off).
 */
/** Endings of the past participle per model ("é" for -er verbs): a bare participle is as often an adjective. */
const PARTICIPLE: Record<string, string[]> = {
  er: ['é', 'ée', 'és', 'ées'],
  finir: ['i', 'ie', 'is', 'ies'],
  dire: ['it', 'ite', 'its', 'ites'],
  ecrire: ['it', 'ite', 'its', 'ites'],
  mettre: ['is', 'ise', 'ises'],
  faire: ['ait', 'aite', 'aits', 'aites'],
  querir: ['is', 'ise', 'is', 'ises'],
  tenir: ['enu', 'enue', 'enus', 'enues'],
  croire: ['u', 'ue', 'us', 'ues'],
  craindre: ['aint', 'ainte', 'aints', 'aintes'],
  connaitre: ['u', 'ue', 'us', 'ues'],
  rendre: ['u', 'ue', 'us', 'ues'],
  conclure: ['u', 'ue', 'us', 'ues'],
  rire: ['i'],
  suivre: ['vi', 'vie', 'vis', 'vies'],
  mentir: ['i', 'ie', 'is', 'ies'],
};

/** The past participles of one list entry (see {@link inflect}). */
export function participles(entry: string): string[] {
  const reflexive = /^(?:s'|se )/.exec(entry)?.[0] ?? '';
  const [verb, model] = entry.slice(reflexive.length).split(/\s+/);
  if (model === undefined || model === 'è') return PARTICIPLE.er.map((e) => verb.slice(0, -2) + e);
  const stem = verb.slice(0, -MODELS[model][0].length);
  return PARTICIPLE[model].map((e) => stem + e);
}

export function inflect(entry: string): [string, string][] {
  const reflexive = /^(?:s'|se )/.exec(entry)?.[0] ?? '';
  const parts = entry.slice(reflexive.length).split(/\s+/);
  const verb = parts[0];
  const lemma = reflexive + verb;
  const model = parts[1];
  let forms: string[];
  if (model === undefined || model === 'è') {
    if (!verb.endsWith('er')) throw new Error(`speech verb "${entry}": not an -er verb, name its model`);
    forms = firstGroup(verb.slice(0, -2), model === 'è');
  } else {
    const m = MODELS[model];
    if (!m) throw new Error(`speech verb "${entry}": unknown model "${model}"`);
    const [ending, endings] = m;
    if (!verb.endsWith(ending))
      throw new Error(`speech verb "${entry}": does not end like its model (${ending})`);
    const stem = verb.slice(0, -ending.length);
    forms = endings.map((e) => stem + e);
  }
  return [...new Set(forms)].map((f) => [f, lemma]);
}

/**
 * All forms of a list, `form\tlemma` strings sorted by form (`form\tlemma\tp` for a past participle); the
 * first lemma wins when two verbs share a form.
 */
export function inflectAll(entries: readonly string[]): string[] {
  const byForm = new Map<string, string>();
  const part = new Set<string>();
  for (const e of entries) {
    for (const [f, l] of inflect(e)) if (!byForm.has(f)) byForm.set(f, l);
    for (const p of participles(e)) part.add(p);
  }
  return [...byForm.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([f, l]) => `${f}\t${l}${part.has(f) ? '\tp' : ''}`);
}
