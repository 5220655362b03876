/**
 * Reported clauses without quotation marks: speech verb + que, the content object of a speech verb,
 * "comme le rappelle X", selon / d'après X, "Pour X, …" and incises ("…, a indiqué la police.").
 */

import { isSourceNp, isSpeakerLike, npEnd, speakerAfter, speakerBefore, verbGroup } from './cues.js';
import { AUX, DET, NOT_QUE, NP_STOP, OBJECT_VERB, SKIP, VERB } from './lexicon.js';
import type { SpeakerRef } from './speaker.js';
import {
  CONJ,
  clauseLimit,
  clauseProposal,
  contentEnd,
  hasPairAt,
  type Proposal,
  QUE,
  SENT_END,
  sourceAt,
  sourceLemma,
  type Text,
  UPPER,
  wordCount,
} from './text.js';

export function indirectProposals(x: Text, out: Proposal[]): void {
  const { doc } = x;
  for (const s of doc.sentences) {
    const ts = s.tokenStart;
    const te = s.tokenEnd;
    if (te - ts < 3) continue;
    const limit = clauseLimit(x, ts);
    for (let i = ts; i < te; i++) {
      if (x.inPair[i] >= 0) continue;
      const w = x.low[i];
      // speech verb + que
      if (VERB.has(w) || AUX.has(w) || w === "s'" || w === 'se') {
        const g = verbGroup(x, i, te);
        if (g && !(g.bare && g.cue > 0 && DET.has(x.low[g.cue - 1]))) {
          let q = g.next;
          let steps = 0;
          // "comme le souligne Paris Match dans un portrait que…": a noun phrase right after the verb makes
          // "que" a relative pronoun
          const nx = x.low[g.next] ?? '';
          const objectNext =
            g.next < te &&
            (DET.has(nx) || UPPER.test(x.tok(g.next).text)) &&
            !QUE.has(nx) &&
            !NP_STOP.has(nx);
          if (objectNext) q = te;
          while (
            q < te &&
            steps < 9 &&
            !QUE.has(x.low[q]) &&
            !SENT_END.has(x.low[q]) &&
            x.low[q] !== ':' &&
            !x.isMark(q) &&
            !VERB.has(x.low[q])
          ) {
            q++;
            steps++;
          }
          if (
            q < te - 1 &&
            QUE.has(x.low[q]) &&
            !NOT_QUE.has(x.low[q - 1]) &&
            !(g.cue > 1 && x.low[g.cue - 1] === 'à' && x.low[g.cue - 2] === "c'est")
          ) {
            const a = q + 1;
            const b = contentEnd(x, a, limit);
            if (b > a + 1) {
              // passive ("il a été annoncé que …", "X a été informé que …"): the subject is not the source
              const passive = g.cue > 0 && x.low[g.cue - 1] === 'été';
              const who: SpeakerRef = passive
                ? null
                : x.low[g.cue].endsWith('ant')
                  ? { kind: 'context', tok: g.cue }
                  : speakerBefore(x, Math.min(i, g.head), ts);
              out.push(clauseProposal(x, a, b, g.cue, g.lemma, who, 0.8, 'indirect-que'));
              i = b - 1;
              continue;
            }
          }
          // incise without marks: "…, a indiqué la police." / "…, estime-t-il."
          if (
            i > ts + 2 &&
            x.low[i - 1] === ',' &&
            !x.isMark(i - 2) &&
            !g.bare &&
            !relativeSubject(x, ts, i - 1) &&
            (g.clitic >= 0 || AUX.has(w) || w === "s'" || g.next < te)
          ) {
            const who = speakerAfter(x, g, te);
            const after = who?.kind === 'np' ? (who.appos ? who.appos[1] : who.b) : g.next;
            const rest = contentEnd(x, after, te);
            const ends = rest <= after || x.low[after] === ',';
            if (ends && (who !== null || g.clitic >= 0) && !QUE.has(x.low[g.next])) {
              let a = ts;
              while (a < i - 1 && (x.isMark(a) || x.low[a] === '—' || x.low[a] === '-')) a++;
              const b = x.low[after] === ',' ? contentEnd(x, after + 1, te) : i - 1;
              const b2 = b > after ? b : i - 1;
              if (b2 > a + 2 && !hasPairAt(x, a)) {
                out.push(clauseProposal(x, a, b2, g.cue, g.lemma, who, 0.75, 'indirect-incise'));
                break;
              }
            }
          }
        }
      }
      // speech verb + its content as object: "a annoncé sa démission", "promet de fournir …", "accuse X d'avoir …"
      if (VERB.has(w) || AUX.has(w)) {
        const og = verbGroup(x, i, te);
        const incise = i > ts && (x.low[i - 1] === ',' || x.isMark(i - 1));
        if (
          og &&
          !incise &&
          !og.bare &&
          !x.low[og.cue].endsWith('ant') &&
          (OBJECT_VERB.has(og.lemma.replace(/^(?:s'|se )/, '')) || infinitiveClause(x, og.next, te))
        ) {
          const span2 = objectContent(x, og.next, te);
          if (span2) {
            const [a, b] = span2;
            out.push(
              clauseProposal(
                x,
                a,
                b,
                og.cue,
                og.lemma,
                speakerBefore(x, Math.min(i, og.head), ts),
                0.55,
                'indirect-object',
              ),
            );
            i = b - 1;
            continue;
          }
        }
      }
      // "Comme le rappelle France Bleu, …" / "…, comme l'indique le ministère."
      if (w === 'comme' && i + 2 < te) {
        let v = i + 1;
        if (x.low[v] === 'le' || x.low[v] === "l'") v++;
        const cg = VERB.has(x.low[v]) ? verbGroup(x, v, te) : null;
        if (cg && !cg.bare && cg.clitic < 0) {
          const nb = npEnd(x, cg.next, te);
          if (nb > cg.next && isSourceNp(x, cg.next, nb)) {
            const lead = i === ts || (i === ts + 1 && CONJ.has(x.low[ts]));
            const a0 = lead ? (x.low[nb] === ',' ? nb + 1 : -1) : ts;
            const b0 = lead ? contentEnd(x, nb + 1, limit) : x.low[i - 1] === ',' ? i - 1 : i;
            if (a0 >= 0 && wordCount(x, a0, b0) >= 3 && !hasPairAt(x, a0)) {
              out.push(
                clauseProposal(x, a0, b0, cg.cue, cg.lemma, { kind: 'np', a: cg.next, b: nb }, 0.7, 'comme'),
              );
              i = Math.max(i, lead ? b0 - 1 : nb - 1);
              continue;
            }
          }
        }
      }
      // selon X / d'après X
      const after = sourceAt(x, i, te);
      if (after > 0) {
        const b = npEnd(x, after, te);
        if (isSourceNp(x, after, b)) {
          const lemma = sourceLemma(x, i, after - 1);
          const who: SpeakerRef = { kind: 'np', a: after, b };
          let a0: number;
          let b0: number;
          let lead = ts;
          while (lead < i && (x.isMark(lead) || CONJ.has(x.low[lead]) || x.low[lead] === ',')) lead++;
          if (i <= lead) {
            // "D'après une étude de l'Insee publiée jeudi, …": the source phrase runs to the comma
            let c = b;
            while (c < te && c - b < 10 && x.low[c] !== ',' && !SENT_END.has(x.low[c]) && !x.isMark(c)) c++;
            if (c < te && x.low[c] === ',') {
              a0 = c + 1;
              b0 = contentEnd(x, a0, limit);
            } else continue;
          } else {
            a0 = ts;
            b0 = x.low[i - 1] === ',' && b < te && x.low[b] === ',' ? contentEnd(x, b + 1, limit) : i;
            while (b0 > a0 && (x.low[b0 - 1] === ',' || SENT_END.has(x.low[b0 - 1]))) b0--;
          }
          while (a0 < b0 && x.isMark(a0) && x.inPair[a0] < 0) a0++;
          if (wordCount(x, a0, b0) >= (i <= lead ? 2 : 4) && !hasPairAt(x, a0)) {
            out.push(clauseProposal(x, a0, b0, i, lemma, who, 0.75, 'source'));
            i = Math.max(i, b - 1);
          }
        }
      }
    }
    // "Pour X, …" (X's opinion) at the start of a sentence
    if (x.low[ts] === 'pour' && x.inPair[ts] < 0) {
      const b = npEnd(x, ts + 1, te);
      if (b < te && x.low[b] === ',' && b - ts <= 8 && isSpeakerLike(x, ts + 1, b)) {
        let a0 = b + 1;
        // a name in apposition ("Pour le président du parti, Nicolas Dupont, …") is the speaker, not the content
        let who: SpeakerRef = { kind: 'np', a: ts + 1, b };
        const e = a0 < te ? x.entAt[a0] : -1;
        if (e >= 0 && x.entities[e].type === 'PER') {
          let c = a0;
          while (c < te && x.entAt[c] === e) c++;
          if (c < te && x.low[c] === ',') {
            who = { kind: 'np', a: ts + 1, b, appos: [a0, c] };
            a0 = c + 1;
          }
        }
        const b0 = contentEnd(x, a0, limit);
        // the opinion may be quoted ("Pour X, « … »"): a mixed quotation with X as its source
        if (b0 - a0 >= 4 && (!hasPairAt(x, a0) || x.inPair[a0] >= 0)) {
          out.push(clauseProposal(x, a0, b0, ts, 'pour', who, 0.6, 'pour'));
        }
      }
    }
  }
}

/**
 * The sentence opens with a noun phrase and a relative clause up to the comma before the verb ("L'avocat, qui
 * met en cause la juridiction, a demandé …"): that noun phrase is the verb's subject, so the verb is no incise.
 */
function relativeSubject(x: Text, ts: number, comma: number): boolean {
  for (let k = ts + 1; k < comma && k - ts <= 8; k++) {
    if (x.low[k] !== ',') continue;
    return x.low[k + 1] === 'qui' || x.low[k + 1] === 'dont';
  }
  return false;
}

const INFINITIVE = /(?:er|ir|re|oir)$/;
const DE = new Set(['de', "d'"]);

/** "avoir agi", "ne pas être", "être …": an infinitive clause right after the verb ("a expliqué avoir agi par peur"). */
function infinitiveClause(x: Text, k: number, te: number): boolean {
  while (k < te && (x.low[k] === 'ne' || x.low[k] === "n'" || x.low[k] === 'pas' || x.low[k] === 'jamais'))
    k++;
  return k < te && (x.low[k] === 'avoir' || x.low[k] === 'être');
}

/**
 * The content object of a speech verb at `k`: "de" + infinitive clause, a person then "de" + infinitive
 * ("accuse M. Ramadan de l'avoir violée"), or a noun phrase opened by a determiner; up to the next comma or the
 * sentence end. Null when the verb has no such object (a person, "que", a preposition).
 */
function objectContent(x: Text, k: number, te: number): [number, number] | null {
  const k0 = k;
  if (infinitiveClause(x, k, te)) {
    let b = k;
    while (b < te && x.low[b] !== ',' && x.low[b] !== ';' && x.low[b] !== ':' && !SENT_END.has(x.low[b])) b++;
    return b - k0 >= 2 ? [k0, b] : null;
  }
  for (
    let s = 0;
    s < 2 && k < te && (SKIP.has(x.low[k]) || x.low[k].endsWith('ment')) && !DE.has(x.low[k]);
    s++
  )
    k++;
  if (k >= te) return null;
  const end = (a: number) => {
    let b = a;
    while (b < te && x.low[b] !== ',' && x.low[b] !== ';' && x.low[b] !== ':' && !SENT_END.has(x.low[b])) b++;
    // a quotation mark pair ends where it closes
    if (b > a && x.inPair[b - 1] >= 0) while (b < x.n && x.inPair[b] === x.inPair[b - 1]) b++;
    return b;
  };
  const w = x.low[k];
  const infAt = (j: number) =>
    j + 1 < te &&
    (DE.has(x.low[j]) || x.low[j] === 'à') &&
    x.isWord(j + 1) &&
    (INFINITIVE.test(x.low[j + 1]) ||
      SKIP.has(x.low[j + 1]) ||
      x.low[j + 1] === 'ne' ||
      x.low[j + 1] === "n'");
  if (infAt(k) || w === 'avoir' || w === 'être') {
    const b = end(k + 1);
    return b - k >= 3 ? [k, b] : null;
  }
  // a person or pronoun object, then de + infinitive
  for (let j = k; j < Math.min(te, k + 5); j++) {
    if (infAt(j) && j > k) {
      const b = end(j + 1);
      return b - j >= 3 ? [j, b] : null;
    }
    if (x.low[j] === ',' || SENT_END.has(x.low[j])) break;
  }
  if (DET.has(w) && !DE.has(w) && w !== 'ce' && w !== 'cet') {
    const b = end(k);
    return b - k >= 2 && b - k <= 40 ? [k, b] : null;
  }
  return null;
}
