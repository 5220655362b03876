/**
 * Reported clauses without quotation marks: speech verb + que, the content object of a speech verb,
 * "comme le rappelle X", selon / d'après X, "Pour X, …" and incises ("…, a indiqué la police.").
 */

import { numberWord } from '../lang/fr/numbers.js';
import {
  isSourceNp,
  isSpeakerLike,
  npEnd,
  sentenceSubject,
  skipAdjuncts,
  speakerAfter,
  speakerBefore,
  type VerbGroup,
  verbGroup,
} from './cues.js';
import {
  ACT_PARTICIPLE,
  ACT_VERB,
  ADVERB_BEFORE,
  ADVERBIAL_PHRASE,
  ANY_DET,
  APPROXIMATOR,
  BEFORE_INF,
  CHARGE_DET,
  COLON_NOUN,
  COMPARATIVE,
  COUNT,
  ETRE,
  FRAME,
  FRAMED,
  FRONTED,
  INCISE_ONLY,
  INCISE_TAIL,
  isContentNoun,
  LINK,
  MONTH,
  NOT_COLON,
  NOT_INFINITIVE,
  NOUN_BEFORE,
  OBJECT_DET,
  OBJECT_PARTICLE,
  OBJECT_RELATIVE,
  OPINION_HOLDER,
  PARTICLES,
  PREPOSITION_START,
  QUANTITY,
  QUESTION,
  RE_INFINITIVE,
  RELATIVE,
  RELATIVE_SELON,
  SELON_DOCUMENT,
  SELON_NOUN,
  SOURCE_ADJECTIVE,
  TELL,
} from './indirect-lexicon.js';
import {
  AUX,
  DET,
  headOf,
  NOT_QUE,
  NP_STOP,
  ORG_NOUN,
  PERSON_NOUN,
  PRONOUN,
  roleOf,
  SOURCE_NOUN,
  TIME_NOUN,
  TITLE_CUE,
  VERB,
} from './lexicon.js';
import type { SpeakerRef } from './speaker.js';
import {
  CLITIC,
  CONJ,
  clauseLimit,
  clauseProposal,
  contentEnd,
  DE_DET,
  hasPairAt,
  isClauseStart,
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
      // speech verb + que; a form of "faire" may open a causative speech verb ("fait valoir que", "faisant
      // remarquer que": verbGroup reads the phrase, and gives nothing for "faire" alone)
      if (VERB.has(w) || AUX.has(w) || w === "s'" || w === 'se' || ACT_VERB.get(w) === 'faire') {
        const g = verbGroup(x, i, te);
        // "À noter que …", "À rappeler que …": an infinitive after "à" opening the sentence is the writer's aside
        const aside =
          g !== null &&
          g.cue > ts &&
          g.cue - 1 <= ts + 1 &&
          x.low[g.cue - 1] === 'à' &&
          g.lemma === x.low[g.cue];
        if (g && !aside && !(g.bare && g.cue > 0 && DET.has(x.low[g.cue - 1]))) {
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
          // … unless the verb tells a person ("a averti Cédric Villani qu'…", "prévient les habitants que …")
          if (objectNext) {
            const told = TELL.has(g.lemma) ? personTold(x, g.next, te) : -1;
            q = told > 0 && QUE.has(x.low[told]) ? told : te;
          }
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
            !cestADire(x, g.cue) &&
            !comparative(x, g.next, q)
          ) {
            // "ont exprimé que, pour eux, …": the comma after que is no content
            const a = x.low[q + 1] === ',' ? q + 2 : q + 1;
            const b = reportEnd(x, a, contentEnd(x, a, limit), ts);
            if (b > a + 1) {
              // passive ("il a été annoncé que …", "X a été informé que …"): the subject is not the source
              const passive = g.cue > 0 && x.low[g.cue - 1] === 'été';
              const who: SpeakerRef = passive
                ? null
                : x.low[g.cue].endsWith('ant') || x.low[g.head].endsWith('ant')
                  ? { kind: 'context', tok: g.cue }
                  : speakerBefore(x, Math.min(i, g.head), ts);
              out.push(clauseProposal(x, a, b, g.cue, g.lemma, who, 0.8, 'indirect-que'));
              i = b - 1;
              continue;
            }
          }
          // a colon introduction without marks: "Le ministre a précisé : les écoles resteront fermées."
          const colon = colonProposal(x, g, i, ts, te, limit, out);
          if (colon > 0) {
            i = colon - 1;
            continue;
          }
          // incise without marks: "…, a indiqué la police." / "…, estime-t-il."
          const inc = inciseReport(x, g, i, w, ts, te);
          if (inc) {
            out.push(clauseProposal(x, inc[0], inc[1], g.cue, g.lemma, inc[2], 0.75, 'indirect-incise'));
            break;
          }
        }
      }
      // a verb that reports speech only as an incise with an inverted subject ("…, anticipe le syndicat.",
      // "…, chiffre-t-elle."; indirect-incise-verbs.txt)
      const only = i > ts && x.low[i - 1] === ',' ? INCISE_ONLY.get(w) : undefined;
      if (only !== undefined) {
        const clitic = i + 1 < te && CLITIC.test(x.low[i + 1]) ? i + 1 : -1;
        const g = { cue: i, lemma: only, clitic, next: clitic >= 0 ? i + 2 : i + 1, bare: false, head: i };
        const inc = inciseReport(x, g, i, w, ts, te);
        // … only as the last words of the sentence or before a comma, with a subject that can be a source (not
        // "…, évalue les dégâts et repart": a coordinated verb and its object)
        const who = inc?.[2];
        const end = who?.kind === 'np' ? (who.appos ? who.appos[1] : who.b) : g.next;
        if (
          inc &&
          (end >= te || SENT_END.has(x.low[end]) || x.low[end] === ',' || x.low[end] === ';') &&
          (clitic >= 0 || (who?.kind === 'np' && isSourceNp(x, who.a, who.b)))
        ) {
          out.push(clauseProposal(x, inc[0], inc[1], i, only, inc[2], 0.7, 'indirect-incise'));
          break;
        }
      }
      // speech verb + its content as object: "a annoncé sa démission", "promet de fournir …", "accuse X d'avoir …"
      if (VERB.has(w) || AUX.has(w) || ACT_VERB.has(w)) {
        const og = verbGroup(x, i, te) ?? actGroup(x, i, te);
        const ant = og !== null && x.low[og.cue].endsWith('ant');
        const incise = i > ts && (x.low[i - 1] === ',' || x.isMark(i - 1)) && !ant && !og?.bare;
        // after a comma, the verb may follow its subject's apposition or relative clause ("X, 46 ans, a avoué
        // avoir tué …", "X, qui a porté plainte, accuse Y de …"): read then only the frames an inverted subject
        // cannot take (de / à + infinitive, a bare infinitive), not a noun phrase ("…, a annoncé la police");
        // a short quoted subject ("les « gilets jaunes » réclament …") is no incise either
        const shortPair =
          i > ts + 1 &&
          x.isMark(i - 1) &&
          x.inPair[i - 1] >= 0 &&
          DET.has(x.low[x.pairs[x.inPair[i - 1]].open - 1] ?? '');
        const afterComma = incise && x.low[i - 1] === ',' && i > ts + 2;
        if (og && (!incise || afterComma || shortPair) && !nounCue(x, og) && !askedAbout(x, og, te)) {
          const lemma = og.lemma.replace(/^(?:s'|se )/, '');
          const why = { rule: 'indirect-object' };
          const found = objectReport(
            x,
            og,
            lemma,
            te,
            afterComma && !shortPair,
            afterComma && x.isMark(i - 2),
            afterComma && quotationBefore(x, i - 2, ts),
            why,
          );
          // after a comma the verb may follow its subject's apposition ("Nick Snashall, archéologue …, a salué cette
          // découverte « stupéfiante »"): a quoted object then, when the phrase after the verb reads as an object
          const ne = afterComma && og.next < te ? npEnd(x, og.next, te) : -1;
          const apposed = ne > og.next && !x.isMark(i - 2) && objectLike(x, og.next, ne);
          // a verb that is speech only in its fixed phrases ("mettre en garde contre", "faire part de"): its quoted
          // object starts after the phrase ("met en garde contre « une casse sociale »")
          let qg: VerbGroup | null = og;
          if (ACT_VERB.has(x.low[og.cue]) && !VERB.has(x.low[og.cue]) && !FRAMED.has(lemma))
            for (const words of PARTICLES.get(og.lemma) ?? PARTICLES.get(lemma) ?? []) {
              const e = particleEnd(x, og.next, words, te);
              if (e > og.next) {
                qg = { ...og, next: e };
                break;
              }
            }
          const quoted = found || (incise && !apposed) || qg === null ? null : quotedObject(x, qg, te);
          if (quoted) {
            // the subject before the verb (as the mark rules read it: "Du côté du rectorat, on assume le blâme,
            // évoquant « … »"), or, for a verb after its subject's apposition, the phrase opening the sentence
            const speaker: SpeakerRef =
              apposed && !ant ? fronted(x, ts, i, og.cue) : speakerBefore(x, Math.min(i, og.head), ts);
            out.push(
              clauseProposal(
                x,
                quoted[0],
                quoted[1],
                og.cue,
                og.lemma,
                speaker,
                0.55,
                'indirect-quoted-object',
              ),
            );
            i = quoted[1] - 1;
            continue;
          }
          if (found) {
            const [a, b, who] = found;
            // a gerund or a participle after a comma ("en appelant …", "…, ajoutant …") has the subject of
            // the sentence, told by the context; a participle after a noun ("une pétition réclamant …") has it
            const gerund = ant && (x.low[i - 1] === ',' || x.low[i - 1] === 'en');
            const speaker: SpeakerRef =
              who ??
              (gerund
                ? { kind: 'context', tok: og.cue }
                : afterComma
                  ? fronted(x, ts, i, og.cue)
                  : speakerBefore(x, Math.min(i, og.head), ts));
            out.push(clauseProposal(x, a, b, og.cue, og.lemma, speaker, 0.55, why.rule));
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
            // the clause opens the sentence, or follows a fronted time complement ("Ce lundi 8 octobre, comme le
            // rapporte Challenges, il était convié …")
            const lead =
              i === ts ||
              (i === ts + 1 && CONJ.has(x.low[ts])) ||
              (i > ts + 1 && x.low[i - 1] === ',' && skipAdjuncts(x, ts, i) >= i - 1) ||
              // "Or, comme le rapporte le journal, …", "Désormais, comme l'indique X, …"
              (i > ts + 1 && frontedAdverbial(x, ts, i - 1));
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
      // "un rapport selon lequel …", "des informations selon lesquelles …": the noun phrase before is the source
      if (w === 'selon' && i > ts) {
        const b = relativeSource(x, i, ts, te, out);
        if (b > 0) {
          i = b - 1;
          continue;
        }
      }
      // selon X / d'après X
      const after = sourceAt(x, i, te);
      if (after > 0) {
        const b = npEnd(x, after, te);
        const sh = x.low[headOf(x.low, after, b)];
        if (
          isSourceNp(x, after, b) ||
          SELON_NOUN.has(sh) ||
          SELON_DOCUMENT.has(sh) ||
          OPINION_HOLDER.has(sh) ||
          whichSource(x, after, b)
        ) {
          const lemma = sourceLemma(x, i, after - 1);
          const who: SpeakerRef = { kind: 'np', a: after, b };
          let a0: number;
          let b0: number;
          let lead = ts;
          while (lead < i && (x.isMark(lead) || CONJ.has(x.low[lead]) || x.low[lead] === ',')) lead++;
          // "…: selon eux, …", and "Selon" with its capital inside a sentence (an intertitle glued to it, as
          // OrangeSum prints them): the source opens the clause
          const opens =
            i > ts &&
            (x.low[i - 1] === ':' ||
              (UPPER.test(x.tok(i).text) && x.inPair[i - 1] < 0) ||
              frontedAdverbial(x, lead, i - 1));
          if (i <= lead || opens) {
            // "D'après une étude de l'Insee publiée jeudi, …": the source phrase runs to the comma
            let c = b;
            while (c < te && c - b < 10 && x.low[c] !== ',' && !SENT_END.has(x.low[c]) && !x.isMark(c)) c++;
            if (c < te && x.low[c] === ',') {
              a0 = c + 1;
              b0 = reportEnd(x, a0, contentEnd(x, a0, limit), ts);
            } else continue;
          } else {
            a0 = pastLink(x, ts, i);
            b0 =
              x.low[i - 1] === ',' && b < te && x.low[b] === ',' && !appositionTail(x, b + 1, te)
                ? reportEnd(x, b + 1, contentEnd(x, b + 1, limit), ts)
                : i;
            while (b0 > a0 && (x.low[b0 - 1] === ',' || SENT_END.has(x.low[b0 - 1]))) b0--;
          }
          while (a0 < b0 && x.isMark(a0) && x.inPair[a0] < 0) a0++;
          if (wordCount(x, a0, b0) >= (i <= lead || opens ? 2 : 4) && !hasPairAt(x, a0)) {
            out.push(clauseProposal(x, a0, b0, i, lemma, who, 0.75, 'source'));
            i = Math.max(i, b - 1);
          }
        }
      }
    }
    // "Pour X, …" and "Aux yeux de X, …" (X's opinion) at the start of a sentence, or after an intertitle glued to
    // it ("… Un personnage discret Pour ses alliés, …": "Pour" with its capital, outside marks, in the first words)
    let p = ts;
    if (x.low[ts] !== 'pour' && x.low[ts] !== 'aux')
      for (let k = ts + 1; k < te && k - ts <= 15; k++)
        if (
          x.low[k] === 'pour' &&
          x.tok(k).text === 'Pour' &&
          x.inPair[k] < 0 &&
          x.entAt[k] < 0 &&
          x.low[k - 1] !== ','
        ) {
          p = k;
          break;
        }
    opinionProposal(x, p, te, limit, out);
  }
}

/** "Pour X, …" and "Aux yeux de X, …" (X's opinion) from token `p`, opening its clause. */
function opinionProposal(x: Text, p: number, te: number, limit: number, out: Proposal[]): void {
  const eyes =
    x.low[p] === 'aux' && x.low[p + 1] === 'yeux' && (DE.has(x.low[p + 2]) || x.low[p + 2] === 'du')
      ? p + 3
      : -1;
  if ((x.low[p] === 'pour' || eyes > 0) && x.inPair[p] < 0) {
    const sp = eyes > 0 ? eyes : p + 1;
    const b = npEnd(x, sp, te);
    if (
      b < te &&
      x.low[b] === ',' &&
      b - p <= 8 &&
      (isSpeakerLike(x, sp, b) || OPINION_HOLDER.has(x.low[headOf(x.low, sp, b)]))
    ) {
      let a0 = b + 1;
      // a name in apposition ("Pour le président du parti, Nicolas Dupont, …") is the speaker, not the content
      let who: SpeakerRef = { kind: 'np', a: sp, b };
      const e = a0 < te ? x.entAt[a0] : -1;
      if (e >= 0 && x.entities[e].type === 'PER') {
        let c = a0;
        while (c < te && x.entAt[c] === e) c++;
        if (c < te && x.low[c] === ',') {
          who = { kind: 'np', a: sp, b, appos: [a0, c] };
          a0 = c + 1;
        }
      } else a0 = afterApposition(x, a0, te);
      const b0 = contentEnd(x, a0, limit);
      // the opinion may be quoted ("Pour X, « … »"): a mixed quotation with X as its source
      if (b0 - a0 >= 4 && (!hasPairAt(x, a0) || x.inPair[a0] >= 0)) {
        const cue = eyes > 0 ? p + 1 : p;
        out.push(clauseProposal(x, a0, b0, cue, eyes > 0 ? 'aux yeux de' : 'pour', who, 0.6, 'pour'));
      }
    }
  }
}

/**
 * The reported clause of an incise without marks at the verb group `g` (token `i`, word `w`): "…, a indiqué la
 * police." / "…, estime-t-il." — [start, end, speaker], or null.
 */
function inciseReport(
  x: Text,
  g: VerbGroup,
  i: number,
  w: string,
  ts: number,
  te: number,
): [number, number, SpeakerRef] | null {
  // incise without marks: "…, a indiqué la police." / "…, estime-t-il."; a quoted fragment may end the
  // clause before it ("… la sauvegarde du « parti », a indiqué le ministre"), not a quotation opening it
  if (
    i > ts + 2 &&
    x.low[i - 1] === ',' &&
    (!x.isMark(i - 2) || shortFragment(x, i - 2, ts) || quotedPredicate(x, i - 2, ts)) &&
    !g.bare &&
    !relativeSubject(x, ts, i - 1) &&
    !appositionSubject(x, ts, i - 1) &&
    // "…, réfutant toute responsabilité": a participle clause, not an incise
    !x.low[g.cue].endsWith('ant') &&
    // "tous, contactés par l'AFP, disent connaître …": an infinitive object, no inverted subject
    !(g.clitic < 0 && infinitiveAfter(x, g.next, te)) &&
    (g.clitic >= 0 || AUX.has(w) || w === "s'" || g.next < te)
  ) {
    const who0 = speakerAfter(x, g, te);
    // "X, lui, a annoncé sa démission", "l'enquête …, continue son cours": the noun phrase after the
    // verb is its object, not an inverted subject, so the clause before the comma is no content
    // … and a plural verb agrees with no singular noun phrase after it ("…, complètent l'ensemble aux côtés de …": its
    // object), unless a second one is coordinated to it
    const who =
      who0?.kind === 'np' &&
      ((!who0.appos && objectLike(x, who0.a, who0.b)) || pluralWithSingular(x, g, who0.a, who0.b))
        ? null
        : who0;
    const after0 = who?.kind === 'np' ? (who.appos ? who.appos[1] : who.b) : g.next;
    // coordinated speakers ("ont indiqué une source proche du dossier et l'entourage du ministre"): the
    // incise ends after the second
    const after =
      who?.kind === 'np' && x.low[after0] === 'et' && npEnd(x, after0 + 1, te) > after0 + 1
        ? npEnd(x, after0 + 1, te)
        : after0;
    const rest = contentEnd(x, after, te);
    // a date after the speaker ends the incise too ("rapporte franceinfo mardi 19 juin.")
    // … or a participle about the speaker ("indique une étude de Yoopies publiée mardi et dévoilée par RTL")
    const ends =
      rest <= after ||
      x.low[after] === ',' ||
      aboutSpeaker(x, after, te) ||
      (who?.kind === 'np' && participleTail(x, after, te));
    if (ends && (who !== null || g.clitic >= 0) && !QUE.has(x.low[g.next])) {
      // a sentence that opens inside a quotation closed before the incise, or a quotation ending a sentence
      // the splitter did not end ("… mondiale.\" Dans les faits, …, précise BFM TV"): the content starts
      // after it
      let a = ts;
      if (x.inPair[a] >= 0 && x.pairs[x.inPair[a]].close < i - 2) a = x.pairs[x.inPair[a]].close + 1;
      // "Selon X, il s'agissait d'un reproche « collectif », a-t-il expliqué": the source phrase opening the
      // sentence is a second cue, not content
      a = pastFrontedSource(x, a, i);
      for (let k = i - 3; k > a && i - k < REPORT_WINDOW; k--)
        if (
          x.isMark(k) &&
          x.inPair[k] >= 0 &&
          x.pairs[x.inPair[k]].close === k &&
          SENT_END.has(x.low[k - 1])
        ) {
          a = k + 1;
          break;
        }
      // … and only when a new clause starts there (not ", sans prendre …" after a quotation)
      const moved = a > ts && !UPPER.test(x.tok(a).text);
      // a sentence opening with a quotation mark that closes nowhere ("« Il faut une augmentation du Smic, …, a jugé
      // le syndicaliste."): a direct quotation whose closing mark is missing, not an indirect report
      if (a === ts && x.isMark(a) && x.inPair[a] < 0 && /^[«“"]$/.test(x.tok(a).text)) return null;
      while (a < i - 1 && (x.isMark(a) || x.low[a] === '—' || x.low[a] === '-')) a++;
      a = pastLink(x, a, i - 1);
      // the content goes on after the incise ("Le conducteur, a indiqué le parquet, roulait trop vite"),
      // unless what follows is about the speaker (", qui a ouvert une enquête") or a date (", vendredi")
      const b =
        x.low[after] === ',' && !aboutSpeaker(x, after + 1, te) ? contentEnd(x, after + 1, te) : i - 1;
      const b2 = b > after ? b : i - 1;
      if (b2 > a + 2 && !moved && !openAt(x, a)) {
        return [a, b2, who];
      }
    }
  }
  return null;
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

/**
 * The sentence opens with a noun phrase and its apposition up to the comma before the verb, without any verb ("X,
 * maire de Plouay, a salué …", "L'ancien ministre du Travail, de l'Emploi et de la Santé …, a taclé …"): that noun
 * phrase is the verb's subject, so the verb is no incise (a reported clause has a verb).
 */
function appositionSubject(x: Text, ts: number, comma: number): boolean {
  if (comma - ts > 40) return false;
  const w = x.low[ts] ?? '';
  if (!(DET.has(w) || x.entAt[ts] >= 0 || UPPER.test(x.tok(ts).text)) || PREPOSITION_START.has(w))
    return false;
  let inner = false;
  for (let k = ts; k < comma; k++) {
    const t = x.low[k];
    if (t === ',') {
      // the apposition names a role or a person, a complement or an age ("maire de Plouay", "un habitant du
      // quartier", "de l'Emploi et de la Santé", "46 ans"); "mélangée à d'autres, provoque …" is a clause
      if (!inner && !appositionAt(x, k + 1)) return false;
      inner = true;
    } else if (
      VERB.has(t) ||
      AUX.has(t) ||
      ETRE.has(t) ||
      QUE.has(t) ||
      x.isMark(k) ||
      (x.isWord(k) &&
        x.entAt[k] < 0 &&
        (FINITE.test(t) || VERBISH_INFINITIVE.test(t) || RE_INFINITIVE.has(t)))
    )
      return false;
  }
  return inner;
}
/** A role, person or organisation noun (after a determiner or not), a de-complement, an age or a name at `k`. */
function appositionAt(x: Text, k: number): boolean {
  const w = x.low[k] ?? '';
  if (DE.has(w) || w === 'du' || w === 'des') return true;
  if (/^\d+$/.test(w)) return x.low[k + 1] === 'ans';
  if (x.entAt[k] >= 0) return true;
  const n = DET.has(w) ? (x.low[k + 1] ?? '') : w;
  return roleOf(n) !== null || PERSON_NOUN.has(n) || ORG_NOUN.has(n);
}

/** Endings of finite verbs ("devraient", "coûtait", "partent", "sera"): evidence of a clause. */
const FINITE = /(?:ait|aient|ent|ont|era|eront|erait|eraient)$/;
/**
 * Infinitives as evidence of a clause: -er (not -ier: "premier"), -ir, and common verbs in -re (a noun in -re such
 * as "maire" or "ministre" is none).
 */
const VERBISH_INFINITIVE = /(?:[^i]er|[^o]ir)$/;

const INFINITIVE = /(?:er|ir|re|oir)$/;
const DE = new Set(['de', "d'"]);
const A = new Set(['à', 'au', 'aux']);
/** How far (tokens) a reported clause's end is looked for past its start. */
const REPORT_WINDOW = 200;
/** Determiners of a singular noun phrase (the agreement test of an incise's inverted subject). */
const SINGULAR_DET = new Set(['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'ce', 'cet', 'cette', 'leur']);

/**
 * The noun phrase [a, b) after a verb reads as its object, not its inverted subject: a content noun ("a annoncé
 * sa démission"), or a possessive, demonstrative or indefinite phrase that names no source ("continue son
 * cours", "regrette cette mauvaise interprétation"); "la sécurité routière", "l'enquête", "un porte-parole" speak.
 */
function objectLike(x: Text, a: number, b: number): boolean {
  const hi = headOf(x.low, a, b);
  const h = x.low[hi];
  // a name speaks ("rappelle L'Opinion", "a indiqué Le Parisien"), whatever its words
  if (x.entAt[hi] >= 0 || UPPER.test(x.tok(hi).text)) return false;
  // "précise l'enquête", "ont indiqué ces agences": a source or institution noun (plural too) speaks
  const plural = x.low[a] === 'ces' || x.low[a] === 'les' || x.low[a] === 'des' || x.low[a] === 'leurs';
  const one = plural && /[sx]$/.test(h) ? h.slice(0, -1) : h;
  if (SOURCE_NOUN.has(one) || SELON_NOUN.has(h) || ORG_NOUN.has(one) || roleOf(one) !== null) return false;
  if (isContentNoun(h)) return true;
  return OBJECT_DET.has(x.low[a]) && !isSourceNp(x, a, b);
}

/**
 * The subject of a verb that follows its apposition or relative clause between commas ("X, 46 ans, a avoué",
 * "« Christelle », qui a porté plainte, accuse"): the noun phrase opening the sentence up to the first comma.
 */
function fronted(x: Text, ts: number, v: number, cue: number): SpeakerRef {
  // the first of the comma-separated phrases before the verb that is not an adjunct ("En 2006, X, à l'époque
  // …, avait annoncé": X)
  for (let a = ts, seg = 0; a < v && seg < 3; seg++) {
    while (a < v && (CONJ.has(x.low[a]) || x.isMark(a))) a++;
    let c = a;
    while (c < v && c - a < 40 && x.low[c] !== ',') c++;
    if (!PREPOSITION_START.has(x.low[a])) {
      let b = c;
      while (b > a && x.isMark(b - 1)) b--;
      if (b > a && b - a <= 8 && isSourceNp(x, a, b)) return { kind: 'np', a, b };
      return c > a && c < v ? speakerBefore(x, c, ts) : sentenceSubject(x, ts, cue);
    }
    a = c + 1;
  }
  return sentenceSubject(x, ts, cue);
}

/**
 * The closing mark at `k` ends a quotation opening its clause ("« … », regrette un enfant"): the verb after it
 * is an incise; not a name inside an apposition ("X, présentatrice du « Soir 3 », avait annoncé …").
 */
function quotationBefore(x: Text, k: number, ts: number): boolean {
  return x.isMark(k) && x.inPair[k] >= 0 && isClauseStart(x, x.pairs[x.inPair[k]].open, ts);
}

function aboutSpeaker(x: Text, k: number, te: number): boolean {
  if (k >= te || RELATIVE.has(x.low[k]) || appositionTail(x, k, te)) return true;
  const s = skipAdjuncts(x, k, te);
  if (s > k && (s >= te || SENT_END.has(x.low[s]) || x.low[s] === ',')) return true;
  return statementTail(x, s, te);
}

/**
 * What follows a speaker's comma at `k` is an apposition to it, not more content: a role ("…, a déclaré Alain
 * Pouget, président du syndicat …", "selon X, porte-parole de …") or a name closing the sentence ("selon son avocat,
 * Me Djamel Aissiouane.").
 */
function appositionTail(x: Text, k: number, te: number): boolean {
  const h = DET.has(x.low[k]) || x.low[k] === "l'" ? k + 1 : k;
  if (h < te && x.entAt[h] < 0 && (roleOf(x.low[h]) !== null || PERSON_NOUN.has(x.low[h]))) return true;
  // a name (after a title such as "Me" or "M.") up to the end of the sentence
  const n = x.entAt[k] < 0 && k + 1 < te && x.entAt[k + 1] >= 0 && x.tok(k).text.length <= 3 ? k + 1 : k;
  if (x.entAt[n] < 0) return false;
  let c = n;
  while (c < te && x.entAt[c] === x.entAt[n]) c++;
  return c >= te || SENT_END.has(x.low[c]);
}

/**
 * The medium, place or occasion of the statement after an incise's speaker, up to three complements with their
 * dates ("…, ont-ils affirmé dans un communiqué.", "…, a déclaré X à l'AFP mardi", "…, a-t-il dit lors d'une
 * conférence de presse"): the incise ends there (INCISE_TAIL).
 */
function statementTail(x: Text, k0: number, te: number): boolean {
  let k = k0;
  for (let step = 0; step < 3 && k < te && INCISE_TAIL.has(x.low[k]); step++) {
    let a = k + 1;
    if (a >= te) return false;
    if (DE.has(x.low[a]) || x.low[a] === 'du' || x.low[a] === 'des') a++;
    const b = npEnd(x, a, te);
    if (b <= a) return false;
    k = skipAdjuncts(x, b, te);
    if (k >= te || SENT_END.has(x.low[k]) || x.low[k] === ',') return true;
  }
  return false;
}

function comparative(x: Text, a: number, q: number): boolean {
  for (let k = a; k < q; k++) if (COMPARATIVE.has(x.low[k])) return true;
  // "qu'à" is a comparison or a restriction ("plus à un meurtre qu'à un suicide", "ne … qu'à")
  return q + 1 < x.n && x.low[q + 1] === 'à';
}

/**
 * End of a reported clause [a, b): before a new report in the same sentence (", ajoutant que …", ", estimant
 * …", "et promet que …"), and at the comma closing a fronted subordinate ("Si X a annoncé qu'il attendrait …,
 * les pressions se multiplient"): what follows is the writer's, or another quotation.
 */
function reportEnd(x: Text, a: number, b: number, ts: number): number {
  const fronted =
    FRONTED.has(x.low[ts]) &&
    (x.low[ts] !== 'même' || x.low[ts + 1] === 'si') &&
    (x.low[ts] !== 'bien' || QUE.has(x.low[ts + 1])) &&
    (x.low[ts] !== 'alors' || QUE.has(x.low[ts + 1]));
  // bounded look-ahead: the rules may call this for every cue of a giant sentence (linear time on hostile text)
  const stop = Math.min(b, a + REPORT_WINDOW);
  for (let k = a + 2; k < stop; k++) {
    // a sentence the splitter left glued to the next ("… de ses « talents ».« Vous êtes … », demande-t-il"):
    // the report ends with its sentence
    if (gluedSentenceEnd(x, k)) return k - 1;
    if (x.inPair[k] >= 0) continue;
    const p = x.low[k - 1];
    if (fronted && p === ',') return k - 1;
    if (p === ',' && VERB.has(x.low[k]) && x.low[k].endsWith('ant') && x.isWord(k)) return k - 1;
    // "…, faisant valoir que …": a causative speech participle starts a new report too
    if (p === ',' && x.low[k].endsWith('ant') && ACT_VERB.get(x.low[k]) === 'faire' && causativeAt(x, k + 1))
      return k - 1;
    if (p === 'et' && VERB.has(x.low[k]) && k + 1 < b && QUE.has(x.low[k + 1])) return k - 1;
    if (p === ',' && (VERB.has(x.low[k]) || AUX.has(x.low[k])) && trailingIncise(x, k, b)) return k - 1;
  }
  return b;
}

/** "la même source", "une seconde source": a source phrase whose head follows an adjective saying which one. */
function whichSource(x: Text, a: number, b: number): boolean {
  let h = headOf(x.low, a, b);
  if (!SOURCE_ADJECTIVE.has(x.low[h])) return false;
  while (h < b - 1 && SOURCE_ADJECTIVE.has(x.low[h])) h++;
  return isSourceNp(x, h, b);
}

/**
 * A question with the subject inverted before the participle ("A-t-il déjà évoqué cette question avec … ?", "Avez-vous
 * annoncé votre départ ?"): the sentence asks whether something was said, it reports nothing.
 */
function askedAbout(x: Text, g: VerbGroup, te: number): boolean {
  if (g.clitic < 0 || g.clitic > g.cue) return false;
  for (let k = te - 1; k > g.cue && te - k <= 3; k--) if (x.low[k] === '?') return true;
  return false;
}

/**
 * The verb of `g` is a third-person plural ("complètent", "ont indiqué") and the noun phrase [a, b) after it starts
 * with a singular determiner and has no second one coordinated to it: it cannot be the verb's inverted subject.
 */
function pluralWithSingular(x: Text, g: VerbGroup, a: number, b: number): boolean {
  const v = x.low[g.head] === "s'" || x.low[g.head] === 'se' ? x.low[g.head + 1] : x.low[g.head];
  // (the singulars in -ent of venir, tenir, mentir, sentir and their kin are no plurals: "prévient", "dément")
  const plural =
    v === 'ont' ||
    v === 'sont' ||
    v === 'font' ||
    v === 'vont' ||
    (v.length > 4 && v.endsWith('ent') && !/(?:[tv]ient|^dément|^ment|^(?:res|con|pres)?sent)$/.test(v));
  if (!plural || !SINGULAR_DET.has(x.low[a])) return false;
  // a second noun phrase coordinated after this one's adjectives ("le ministère américain et Europol")
  for (let k = a + 1; k < x.low.length && k <= b + 3; k++) {
    const w = x.low[k];
    if (w === 'et') return false;
    if (w === ',' || SENT_END.has(w)) break;
  }
  return true;
}

/**
 * After the fixed adverbial phrase at `k` ("sur place", "à nouveau", "les uns après les autres",
 * indirect-adverbial-phrases.txt), or `k` when there is none.
 */
function pastAdverbial(x: Text, k: number, te: number): number {
  for (const words of ADVERBIAL_PHRASE.get(x.low[k]) ?? []) {
    const e = particleEnd(x, k, words, te);
    if (e === k + words.length) return e;
  }
  return k;
}

/**
 * A date between two commas from the comma at `k` (", jeudi 28 mai,", ", ce lundi,"): the token after the second
 * comma, or -1. Every word is a date's (an entity DATE, a time noun, a month or weekday, a figure) or a determiner; at
 * most 6 tokens.
 */
function dateBetweenCommas(x: Text, k: number, te: number): number {
  let dated = false;
  for (let j = k + 1; j < te && j <= k + 7; j++) {
    const w = x.low[j];
    if (w === ',') return dated && j > k + 1 ? j + 1 : -1;
    const e = x.entAt[j];
    if ((e >= 0 && x.entities[e].type === 'DATE') || TIME_NOUN.has(w) || MONTH.has(w) || /^\d+$/.test(w))
      dated = true;
    else if (!DET.has(w)) return -1;
  }
  return -1;
}

/** A speech verb that "faire" makes causative follows at `k` ("valoir", "remarquer": verbGroup's phrases). */
function causativeAt(x: Text, k: number): boolean {
  const g = k > 0 ? verbGroup(x, k - 1, Math.min(x.low.length, k + 2)) : null;
  return g?.lemma.startsWith('faire ') === true;
}

/**
 * A sentence ends before `k` although the splitter went on: a full stop, "!" or "?" outside quotation marks (or
 * right after a closing mark) followed by an opening mark or a capital.
 */
function gluedSentenceEnd(x: Text, k: number): boolean {
  const p = x.low[k - 1];
  if (p !== '.' && p !== '!' && p !== '?') return false;
  const j = k - 1;
  if (x.inPair[j] >= 0 && !(x.inPair[j - 1] >= 0 && x.pairs[x.inPair[j - 1]].close === j - 1)) return false;
  if (x.isMark(k)) return x.inPair[k] >= 0 && x.pairs[x.inPair[k]].open === k;
  return x.isWord(k) && UPPER.test(x.tok(k).text);
}

/**
 * An incise closes the sentence from `k` (before `b`): "…, a-t-il ajouté devant les élus", "…, a précisé le maire
 * dans un communiqué" (the verb with an inverted clitic or subject, then only what is about the speaker or the
 * statement). A reported clause with a cue of its own ("Selon X, …", "X a affirmé que …") ends before it.
 */
function trailingIncise(x: Text, k: number, b: number): boolean {
  const g = verbGroup(x, k, b);
  if (!g || g.bare || x.low[g.cue].endsWith('ant') || QUE.has(x.low[g.next] ?? '')) return false;
  if (g.clitic >= 0) return aboutSpeaker(x, g.next, b);
  const who = speakerAfter(x, g, b);
  if (who?.kind !== 'np' || objectLike(x, who.a, who.b)) return false;
  return aboutSpeaker(x, who.appos ? who.appos[1] : who.b, b);
}

/** "après l'annonce du décès", "à la demande des associations", "saluer l'annonce du président": a noun. */
function nounCue(x: Text, g: VerbGroup): boolean {
  if (g.head !== g.cue || g.cue < 1) return false;
  const p = x.low[g.cue - 1];
  if (p !== "l'" && p !== 'la' && p !== 'le' && p !== 'les') return false;
  const pp = g.cue > 1 ? x.low[g.cue - 2] : '';
  return NOUN_BEFORE.has(pp) || DE_DET.has(x.low[g.next] ?? '') || SENT_END.has(pp) || pp === ':';
}

/** An infinitive at `k` (not a capitalised word, an entity, or a word of not-infinitives.txt). */
function infinitiveAt(x: Text, k: number): boolean {
  const w = x.low[k];
  return (
    x.isWord(k) &&
    w.length > 3 &&
    x.entAt[k] < 0 &&
    INFINITIVE.test(w) &&
    !NOT_INFINITIVE.has(w) &&
    !UPPER.test(x.tok(k).text)
  );
}

/** After negation and clitics from `k`, the index of an infinitive, or -1 ("ne pas s'attendre", "l'avoir"). */
function infinitiveFrom(x: Text, k: number, te: number): number {
  let j = k;
  for (let s = 0; s < 4 && j < te && BEFORE_INF.has(x.low[j]); s++) j++;
  if (j >= te || !infinitiveAt(x, j)) return -1;
  // "le", "la", "les", "l'" are determiners as often as clitics: before a noun in -re or -ier ("le maire",
  // "l'affaire", "les quartiers") they open a noun phrase; only a verb in -er other than -ier, avoir or être
  // follows them as an infinitive ("de l'avoir violée", "de les aider")
  const p = j > k ? x.low[j - 1] : '';
  if (p === 'le' || p === 'la' || p === 'les' || p === "l'") {
    const w = x.low[j];
    if (w !== 'avoir' && w !== 'être' && !(w.endsWith('er') && !w.endsWith('ier'))) return -1;
  }
  return j;
}

/** Up to the next comma, colon or sentence end; a quotation mark pair ends where it closes. */
function objectEnd(x: Text, a: number, te0: number): number {
  const te = Math.min(te0, a + REPORT_WINDOW);
  let b = a;
  while (b < te && x.low[b] !== ',' && x.low[b] !== ';' && x.low[b] !== ':' && !SENT_END.has(x.low[b])) {
    // "… après avoir théorisé …", "… avant de partir": the writer's narration goes on
    // (in bounds: a read past the end deopts the function)
    const n = b + 1 < x.n ? x.low[b + 1] : '';
    // "… et réclame un plan": a second report of the same subject
    if (
      b > a + 1 &&
      x.low[b] === 'et' &&
      (VERB.has(n) || (AUX.has(n) && b + 2 < x.n && VERB.has(x.low[b + 2])))
    )
      break;
    if (
      b > a + 1 &&
      ((x.low[b] === 'après' && (n === 'avoir' || n === 'être')) || (x.low[b] === 'avant' && DE.has(n)))
    )
      break;
    b++;
  }
  if (b > a && x.inPair[b - 1] >= 0) while (b < x.n && x.inPair[b] === x.inPair[b - 1]) b++;
  // … and past a comma to a relative clause on its last noun (", où …", ", dont …", ", qui …"), to the end of the
  // sentence (a relative clause holds its own commas: "dont les principales sont en Hongrie, en Chine …"), unless a
  // new report starts (", ajoutant …")
  if (b > a && b + 2 < te && x.low[b] === ',' && OBJECT_RELATIVE.has(x.low[b + 1]) && x.inPair[b + 1] < 0) {
    let c = b + 2;
    while (c < te && x.low[c] !== ';' && x.low[c] !== ':' && !SENT_END.has(x.low[c])) {
      if (x.low[c] === ',' && c + 1 < te && VERB.has(x.low[c + 1]) && x.low[c + 1].endsWith('ant')) break;
      c++;
    }
    b = c;
  }
  // the content goes on past a comma to a quoted fragment of the same sentence (“a annoncé la reprise des cours
  // …, collèges « de manière obligatoire »”): one mixed quotation to the sentence end, as the guideline spans it,
  // unless another report or speech verb comes first
  if (b + 1 < te && x.low[b] === ',' && !x.low[b + 1].endsWith('ant')) {
    const e = contentEnd(x, b + 1, te);
    let pair = false;
    for (let k = b + 1; k < e; k++) {
      if (x.inPair[k] >= 0) pair = true;
      else if (VERB.has(x.low[k]) || AUX.has(x.low[k]) || SENT_END.has(x.low[k]) || x.low[k] === ':')
        return b;
    }
    if (pair) return e;
  }
  return b;
}

/** de / à + (negation, clitics) + infinitive at `j`: the span from "de" to the end of the clause. */
function deInfinitive(x: Text, j: number, te: number): [number, number] | null {
  if (j + 1 >= te || !(DE.has(x.low[j]) || x.low[j] === 'à')) return null;
  // "à partir de" is a preposition, not à + partir
  if (x.low[j] === 'à' && x.low[j + 1] === 'partir') return null;
  if (infinitiveFrom(x, j + 1, te) < 0) return null;
  const b = objectEnd(x, j + 1, te);
  return b - j >= 3 ? [j, b] : null;
}

/** The head noun of a noun phrase at `k` (past a quantity + de), or -1 when none starts there. */
function objectHead(x: Text, k: number, te: number): number {
  let a = k;
  if (QUANTITY.has(x.low[a]) && DE.has(x.low[a + 1] ?? '')) a += 2;
  else if (ANY_DET.has(x.low[a])) a++;
  else if (!DET.has(x.low[a]) || DE.has(x.low[a]) || x.low[a] === 'ce') return -1;
  const nb = npEnd(x, a, te);
  if (nb <= a) return -1;
  const h = headOf(x.low, a, nb);
  return h < te && x.isWord(h) ? h : -1;
}

/**
 * The reported content of speech verb group `g` without "que", by the frames of its lemma
 * (data/quotes/indirect-frames.txt): [start, end, speaker] (speaker undefined: the subject before the verb),
 * or null. A passive reports nothing, except an accusation with its agent ("accusée par X de prendre …").
 */
function objectReport(
  x: Text,
  g: VerbGroup,
  lemma0: string,
  te: number,
  afterComma: boolean,
  afterPair: boolean,
  afterQuote: boolean,
  why: { rule: string },
): [number, number, SpeakerRef | undefined] | null {
  let lemma = lemma0;
  // a bare participle is a passive ("accusée par X de …"), unless it is also the present ("dit", "écrit")
  let passive = g.bare && !x.low[g.cue].endsWith('t');
  // "s'est demandé": être of a reflexive verb is no passive
  const reflexive = g.head > 0 && (x.low[g.head - 1] === "s'" || x.low[g.head - 1] === 'se');
  for (let k = g.head; k < g.cue && !passive && !reflexive; k++)
    passive = ETRE.has(x.low[k]) && !g.lemma.startsWith('s');
  // a speech verb used pronominally ("l'affaire s'était révélée être …", "la hausse s'explique par") reports
  // nothing, except a question ("se demandent si …")
  // (a reflexive phrase of indirect-frames.txt is one: "s'interrogent sur")
  const pronominal = /^[aeiouéèêh]/.test(lemma) ? `s'${lemma}` : `se ${lemma}`;
  if (
    reflexive &&
    !g.lemma.startsWith('s') &&
    !PARTICLES.has(pronominal) &&
    !FRAME.attr.has(pronominal) &&
    !(FRAME.q.has(lemma) && questionAt(x, g.next))
  )
    return null;
  // "se dit prêt à revenir", "s'est déclaré favorable à …", "se dit « surpris » par …": the attribute and its
  // complement
  if (reflexive && FRAME.attr.has(pronominal)) {
    const a = skipAdjuncts(x, g.next, te);
    if (!attributeAt(x, a)) return null;
    // a participle after a noun describes it ("des personnes se disant proches du parti", a poll's answer); after a
    // comma it is the subject's ("…, se disant « en colère »")
    if (x.low[g.cue].endsWith('ant') && (g.head < 2 || x.low[g.head - 2] !== ',')) return null;
    const b = objectEnd(x, a, te);
    why.rule = 'indirect-attribute';
    return b - a >= 2 ? [a, b, undefined] : null;
  }
  let k = skipAdjuncts(x, pastAdverbial(x, g.next, te), te);
  // "a annoncé jeudi sur place des mesures": a fixed adverbial phrase after the adjuncts too
  if (k > g.next) k = skipAdjuncts(x, pastAdverbial(x, k, te), te);
  // "a annoncé, jeudi 28 mai, s'allier avec LR": a date between commas before an infinitive content
  if (x.low[g.next] === ',') {
    const c = dateBetweenCommas(x, g.next, te);
    if (c > 0 && (infinitiveFrom(x, c, te) >= 0 || (DE.has(x.low[c]) && infinitiveFrom(x, c + 1, te) >= 0)))
      k = c;
  }
  // "en 2019", "en mars": a date complement before the content
  // ("en" itself is skipped as a clitic pronoun)
  if (k > g.next && x.low[k - 1] === 'en' && (/^\d{4}$/.test(x.low[k]) || TIME_NOUN.has(x.low[k])))
    k = skipAdjuncts(x, k + 1, te);
  else if (x.low[k] === 'en' && (/^\d{4}$/.test(x.low[k + 1] ?? '') || TIME_NOUN.has(x.low[k + 1] ?? '')))
    k = skipAdjuncts(x, k + 2, te);
  // a verb with its fixed particle or object ("insister sur", "faire part de", "présenter ses excuses"): the
  // frames of that phrase, read after it; a verb of indirect-act-verbs.txt reports nothing without one
  const act = ACT_VERB.has(x.low[g.cue]) && !VERB.has(x.low[g.cue]);
  // (looked for right after the verb first: the adjuncts skipped above include "en" and words in -ment such as
  // "comment")
  const base = reflexive && PARTICLES.has(pronominal) ? pronominal : lemma;
  for (const words of PARTICLES.get(base) ?? []) {
    const at = particleEnd(x, g.next, words, te) >= 0 ? g.next : k;
    const e = particleEnd(x, at, words, te);
    // "s'est félicité de son côté X": an aside, not the particle
    if (
      e < 0 ||
      (e > at &&
        x.low[e - 1] === 'de' &&
        (x.low[e] === 'son' || x.low[e] === 'leur') &&
        x.low[e + 1] === 'côté')
    )
      continue;
    lemma = `${base} ${words.join(' ')}`;
    why.rule = 'indirect-act';
    k = FRAME.self.has(lemma) ? at : skipAdjuncts(x, e, te);
    break;
  }
  if (FRAME.q.has(lemma) && questionAt(x, g.next)) k = g.next;
  // a reflexive use reads only its own phrases ("s'interroger sur", "se plaindre de"), a question or an
  // attribute: "s'exprimant tous les jours devant la presse" has no object
  if (reflexive && !lemma.includes(' ') && !(FRAME.q.has(lemma) && questionAt(x, k))) return null;
  // after a quotation the verb is an incise ("« … », s'est félicité de son côté X"): no fixed phrase is read
  if (afterQuote && lemma.includes(' ')) return null;
  if (act && !FRAMED.has(lemma)) return null;
  const charged = passive && FRAME.charge.has(lemma) ? chargeByAgent(x, g.next, te) : null;
  if (charged) {
    why.rule = 'indirect-charge';
    return charged;
  }
  if (passive) {
    // skipAdjuncts reads "par" as an adverb: the agent is looked for from the verb on
    k = g.next;
    while (k < te && k - g.next < 4 && x.low[k] !== 'par' && x.low[k] !== ',') k++;
    if (!FRAME.person.has(lemma) || x.low[k] !== 'par') return null;
    // the agent runs to the "de" of the infinitive ("par l'opposition de mentir …")
    const nb = npEnd(x, k + 1, te);
    for (let j = k + 2; j <= nb && j < te; j++) {
      const c = deInfinitive(x, j, te);
      if (c) return isSpeakerLike(x, k + 1, j) ? [c[0], c[1], { kind: 'np', a: k + 1, b: j }] : null;
    }
    return null;
  }
  // an addressee before an infinitive or a de-infinitive ("a confié à ses proches vouloir partir", "a assuré à
  // l'AFP avoir …")
  if (A.has(x.low[k]) && !afterComma) {
    // a person or a medium ("à ses proches", "au Parisien"), not a thing ("pense aux mesures à prendre")
    const d = addresseeEnd(x, k, te);
    const who = x.low[k] === 'à' ? k + 1 : k;
    if (
      d > k &&
      isSpeakerLike(x, who, d) &&
      (infinitiveFrom(x, d, te) >= 0 || (DE.has(x.low[d]) && infinitiveFrom(x, d + 1, te) >= 0))
    )
      k = d;
  }
  // "a avoué avoir tué …", "dit assumer …", "a annoncé ne pas s'attendre à …"
  const inf = afterPair ? -1 : infinitiveFrom(x, k, te);
  if (inf >= 0 && (FRAME.inf.has(lemma) || x.low[inf] === 'avoir' || x.low[inf] === 'être')) {
    // the negation the adjuncts skipped belongs to the content ("assure ne pas être au courant")
    let s = k;
    while (s > g.next && BEFORE_INF.has(x.low[s - 1])) s--;
    const b = objectEnd(x, s, te);
    return b - s >= 2 ? [s, b, undefined] : null;
  }
  if (!FRAMED.has(lemma)) return null;
  // "a présenté ses excuses aux familles": the phrase is the content
  if (FRAME.self.has(lemma)) {
    const b = objectEnd(x, k, te);
    why.rule = 'indirect-act';
    return b - k >= 2 ? [k, b, undefined] : null;
  }
  // "se demandent si …", "a demandé pourquoi …", "a expliqué comment …"
  // (not negated: "il n'a pas précisé quels sont …" reports nothing)
  if (FRAME.q.has(lemma) && !afterComma && !negated(x, g) && questionAt(x, k)) {
    const b = objectEnd(x, k, te);
    why.rule = 'indirect-question';
    return b - k >= 3 ? [k, b, undefined] : null;
  }
  if ((FRAME.de.has(lemma) || FRAME.person.has(lemma)) && !afterPair) {
    const c = deInfinitive(x, k, te);
    if (c) return [c[0], c[1], undefined];
  }
  // a person or pronoun object, then de / à + infinitive
  if (FRAME.person.has(lemma)) {
    for (let j = k + 1; j < Math.min(te, k + 6); j++) {
      if (x.low[j] === ',' || SENT_END.has(x.low[j]) || VERB.has(x.low[j]) || x.isMark(j)) break;
      const c = deInfinitive(x, j, te);
      if (c) return [c[0], c[1], undefined];
    }
  }
  // a call ("appelle les Français à la prudence") or an accusation ("accuse le gouvernement de laxisme"): a
  // person object, then à / de + a noun phrase
  // (not a reflexive: "le village s'appellera Saint-Martin")
  if ((FRAME.call.has(lemma) || FRAME.charge.has(lemma)) && !reflexive && personObject(x, k, te)) {
    const call = FRAME.call.has(lemma);
    for (let j = k + 1; j < Math.min(te, k + 7); j++) {
      if (x.low[j] === ',' || SENT_END.has(x.low[j]) || VERB.has(x.low[j])) break;
      // the call may be quoted: « à leur part de responsabilité »
      const p = x.isMark(j) && x.inPair[j] >= 0 && x.pairs[x.inPair[j]].open === j ? j + 1 : j;
      const w = x.low[p] ?? '';
      if (call ? !A.has(w) : !(DE.has(w) || w === 'du' || w === 'des')) {
        if (x.isMark(j)) break;
        continue;
      }
      const a = w === 'à' || DE.has(w) ? p + 1 : p;
      // an accusation names its charge bare or counted ("de laxisme", "de diverses fautes"); "de la victime",
      // "de l'opposition" complete the person's noun phrase
      if (!call && (w === 'du' || w === 'des' || (DET.has(x.low[a]) && !CHARGE_DET.has(x.low[a])))) continue;
      // a bare noun too: "de laxisme", "à la prudence"
      const h = objectHead(x, a, te) >= 0 ? objectHead(x, a, te) : a;
      if (h >= te || !x.isWord(h) || x.entAt[h] >= 0 || infinitiveAt(x, h) || UPPER.test(x.tok(h).text))
        break;
      const b = objectEnd(x, j, te);
      why.rule = call ? 'indirect-call' : 'indirect-charge';
      return b - j >= 2 ? [j, b, undefined] : null;
    }
  }
  // "appelle à la grève", "appelant au rassemblement de toute la gauche"
  if (FRAME.a.has(lemma) && A.has(x.low[k]) && !afterComma) {
    const h = objectHead(x, x.low[k] === 'à' ? k + 1 : k, te);
    const head = h >= 0 ? h : x.low[k] !== 'à' && x.isWord(k + 1) ? k + 1 : -1;
    if (head >= 0 && isContentNoun(x.low[head])) {
      const b = objectEnd(x, k, te);
      return b - k >= 2 ? [k, b, undefined] : null;
    }
  }
  // a noun phrase: any for the verbs whose object is by meaning the content, else a content noun
  // ("a présenté, dimanche, pour la première fois des excuses": a parenthesis between commas first)
  if (!FRAME.np.has(lemma) && !FRAME.content.has(lemma)) return null;
  if (x.low[k] === ',' && (FRAME.content.has(lemma) || FRAME.np.has(lemma))) {
    let c = k + 1;
    // ("sur Twitter": a capitalised word is a name, not the verb "twitter")
    while (
      c < te &&
      c - k <= 8 &&
      x.low[c] !== ',' &&
      !SENT_END.has(x.low[c]) &&
      (!VERB.has(x.low[c]) || UPPER.test(x.tok(c).text))
    )
      c++;
    if (c < te && x.low[c] === ',') k = skipAdjuncts(x, c + 1, te);
  }
  // an addressee before the object ("a promis aux agriculteurs une enveloppe de 100 millions")
  if (A.has(x.low[k]) && !afterComma) {
    // ("aux agriculteurs", "à ses salariés"): up to the determiner of the object, words only between
    let d = k + 1;
    while (d < te && d - k <= 5 && x.isWord(d) && !(d > k + 1 && DET.has(x.low[d])) && !VERB.has(x.low[d]))
      d++;
    if (
      d >= k + 2 &&
      d < te &&
      DET.has(x.low[d]) &&
      !DE.has(x.low[d]) &&
      x.low[d] !== 'du' &&
      x.low[d] !== 'des'
    )
      k = d;
  }
  // a figure: "a évoqué 300 suppressions de postes", "annonce plus de 2 000 embauches"
  if (FRAME.count.has(lemma) && figureAt(x, k)) {
    const b = objectEnd(x, k, te);
    return b - k >= 2 && b - k <= 40 ? [k, b, undefined] : null;
  }
  const h = objectHead(x, k, te);
  if (h < 0) return null;
  const hw = x.low[h];
  const e = x.entAt[h];
  // a name is no content ("rappelle L'Opinion"), and after a quotation the noun phrase is the incise's subject
  // ("« … », regrette un enfant")
  if (afterQuote || (e >= 0 && x.entities[e].type !== 'MISC') || UPPER.test(x.tok(h).text)) return null;
  const content = isContentNoun(hw);
  const any =
    FRAME.np.has(lemma) &&
    (e < 0 || x.entities[e].type === 'MISC') &&
    roleOf(hw) === null &&
    !TIME_NOUN.has(hw);
  if (!content && !any) return null;
  const b = objectEnd(x, k, te);
  // after a comma the noun phrase may be an inverted subject ("…, a annoncé la police"): only a phrase that
  // reads as an object counts ("X, à l'époque présentatrice du « Soir 3 », avait annoncé son retrait")
  if (afterComma && !objectLike(x, k, npEnd(x, k, te))) return null;
  return b - k >= 2 && b - k <= 40 ? [k, b, undefined] : null;
}

function questionAt(x: Text, k: number): boolean {
  const w = x.low[k] ?? '';
  if (w === 'ce') return QUE.has(x.low[k + 1] ?? '');
  // "s'" opens a question only before il / ils ("s'il", not a reflexive "s'engager")
  if (w === "s'") return x.low[k + 1] === 'il' || x.low[k + 1] === 'ils';
  return QUESTION.has(w) && x.inPair[k] < 0;
}

/**
 * The words of a fixed phrase after a verb ("sur", "part de", "* excuses") from `k`: the index after them, or -1.
 * "*" is any determiner; a final "de" / "à" also matches its contracted forms (du, des / au, aux), which then
 * open the content ("se plaint du manque de moyens").
 */
function particleEnd(x: Text, k: number, words: readonly string[], te: number): number {
  let j = k;
  for (let n = 0; n < words.length; n++, j++) {
    if (j >= te) return -1;
    const want = words[n];
    const w = x.low[j];
    if (want === '*' ? DET.has(w) : w === want || (want === 'de' && w === "d'")) continue;
    if (
      n === words.length - 1 &&
      ((want === 'de' && (w === 'du' || w === 'des')) || (want === 'à' && (w === 'au' || w === 'aux')))
    )
      return j;
    return -1;
  }
  return j;
}

/**
 * The end of a person told at `k` ("Cédric Villani", "les habitants", "ses électeurs", "le ministre"): a name of a
 * person or an organisation, or a noun phrase whose head is a person noun or a role (plural too); else -1.
 */
function personTold(x: Text, k: number, te: number): number {
  if (k >= te || x.inPair[k] >= 0) return -1;
  const e = x.entAt[k];
  if (e >= 0) {
    if (x.entities[e].type !== 'PER' && x.entities[e].type !== 'ORG') return -1;
    let c = k;
    while (c < te && x.entAt[c] === e) c++;
    return c < te ? c : -1;
  }
  if (!DET.has(x.low[k]) || DE.has(x.low[k]) || x.low[k] === 'du' || x.low[k] === 'des') return -1;
  const b = npEnd(x, k, te);
  if (b <= k || b >= te) return -1;
  const h = x.low[headOf(x.low, k, b)];
  const one = /[sx]$/.test(h) ? h.slice(0, -1) : h;
  return PERSON_NOUN.has(h) || PERSON_NOUN.has(one) || roleOf(h) !== null || roleOf(one) !== null ? b : -1;
}

/** A person or group object at `k`: a determiner phrase, a name or "tous" ("les Français", "ses partisans"). */
function personObject(x: Text, k: number, te: number): boolean {
  if (k >= te || x.inPair[k] >= 0) return false;
  const w = x.low[k];
  if (w === 'tous' || w === 'toutes' || w === 'chacun') return true;
  if (x.entAt[k] >= 0) return x.entities[x.entAt[k]].type === 'PER' || x.entities[x.entAt[k]].type === 'ORG';
  return DET.has(w) && !DE.has(w) && w !== 'du' && w !== 'des' && objectHead(x, k, te) >= 0;
}

/**
 * A passive accusation with its agent ("accusé de harcèlement par plusieurs salariées", "accusée par X de …" is
 * read by the person frame): the charge up to "par", the agent as speaker; without an agent, nothing.
 */
function chargeByAgent(x: Text, k: number, te: number): [number, number, SpeakerRef | undefined] | null {
  if (!(DE.has(x.low[k]) || x.low[k] === 'du' || x.low[k] === 'des')) return null;
  const b = objectEnd(x, k, te);
  for (let j = k + 2; j < b; j++) {
    if (x.low[j] !== 'par') continue;
    const nb = npEnd(x, j + 1, te);
    // the agent: a person or an organisation, or a determiner phrase that is no content ("plusieurs salariées")
    const agent =
      nb > j + 1 &&
      (isSpeakerLike(x, j + 1, nb) ||
        ((DET.has(x.low[j + 1]) || COUNT.has(x.low[j + 1]) || /^\d+$/.test(x.low[j + 1])) &&
          !isContentNoun(x.low[headOf(x.low, j + 1, nb)])));
    return agent ? [k, j, { kind: 'np', a: j + 1, b: nb }] : null;
  }
  return null;
}

/**
 * A verb of data/quotes/indirect-act-verbs.txt ("a fait part", "s'est engagé", "ont mis en garde"), read like a
 * speech verb group (see verbGroup): negation, reflexive and auxiliary before it, an inverted clitic after it.
 */
function actGroup(x: Text, i: number, te: number): VerbGroup | null {
  let k = i;
  let aux = false;
  if (AUX.has(x.low[k])) {
    aux = true;
    k++;
    if (k < te && CLITIC.test(x.low[k])) k++;
    for (
      let s = 0;
      s < 3 &&
      k < te &&
      (x.low[k] === 'pas' ||
        x.low[k] === 'déjà' ||
        x.low[k] === 'aussi' ||
        x.low[k] === 'également' ||
        x.low[k] === 'notamment');
      s++
    )
      k++;
  }
  if (k >= te || !x.isWord(k)) return null;
  const lemma = ACT_VERB.get(x.low[k]);
  if (lemma === undefined || x.entAt[k] >= 0) return null;
  // an infinitive only after a modal is a report ("a tenu à présenter"); "mettre" alone is no act
  if (lemma.replace(/^(?:s'|se )/, '').endsWith(x.low[k])) return null;
  const cue = k;
  k++;
  let clitic = -1;
  if (k < te && CLITIC.test(x.low[k])) clitic = k++;
  const bare = !aux && ACT_PARTICIPLE.has(x.low[cue]) && clitic < 0;
  return { cue, lemma, clitic, next: k, bare, head: i };
}

/**
 * A colon after a speech verb and a short complement, then a clause without quotation marks ("a précisé : les
 * écoles resteront fermées", "réaffirme la position officielle : la France ne paie pas"): the index of the
 * clause's first token, or -1.
 */
function colonReport(x: Text, g: VerbGroup, te: number, limit: number): number {
  if (g.bare || (g.cue > 0 && DET.has(x.low[g.cue - 1]))) return -1;
  // "la hausse s'explique par … :": a pronominal passive (se + a verb that is not reflexive) reports nothing
  const se = g.head > 0 && (x.low[g.head - 1] === "s'" || x.low[g.head - 1] === 'se');
  if ((se || x.low[g.head] === "s'" || x.low[g.head] === 'se') && !g.lemma.startsWith('s')) return -1;
  if (NOT_COLON.has(g.lemma)) return -1;
  // a passive or an adjective after être ("est particulièrement critiqué :", "est alarmant :") names no speaker
  for (let k = g.head; k < g.cue; k++) if (ETRE.has(x.low[k]) && !se) return -1;
  let e = g.head - 1;
  while (e > 0 && g.head - e <= 3 && (x.low[e].endsWith('ment') || ADVERB_BEFORE.has(x.low[e]))) e--;
  if (e >= 0 && ETRE.has(x.low[e])) return -1;
  // an object clitic before the verb ("Il l'avait promis … :") points back to the content, which the colon does
  // not hold; a form in -s without auxiliary is a noun ("en deux tranches :")
  const before = g.head > 0 ? x.low[g.head - 1] : '';
  if (before === "l'" || before === 'le' || before === 'la' || before === 'les') return -1;
  if (g.head === g.cue && x.low[g.cue].endsWith('s')) return -1;
  // only adjuncts between the verb and the colon (a time, "de son côté", an addressee "à l'AFP"), or the
  // inverted subject of an incise: a noun-phrase object ("confirme un fait :") is what the colon develops
  let c = skipAdjuncts(x, g.next, te);
  if (x.low[c] === 'à' || x.low[c] === 'au' || x.low[c] === 'aux') c = npEnd(x, c + 1, te);
  const inverted = g.clitic >= 0 || (g.head > 0 && (x.low[g.head - 1] === ',' || x.isMark(g.head - 1)));
  if (inverted && c < te && x.low[c] !== ':') c = npEnd(x, c, te);
  // "réaffirme la position officielle : …", "a rappelé les consignes : …": an object naming a statement, which the
  // colon gives (indirect-colon-nouns.txt)
  else if (c < te && x.low[c] !== ':' && DET.has(x.low[c])) {
    const ne = npEnd(x, c, te);
    if (ne > c + 1 && COLON_NOUN.has(x.low[headOf(x.low, c, ne)])) c = ne;
  }
  c = skipAdjuncts(x, c, te);
  if (c >= te || x.low[c] !== ':') return -1;
  const a = c + 1;
  if (a >= limit || x.isMark(a) || x.inPair[a] >= 0 || hasPairAt(x, a)) return -1;
  return wordCount(x, a, contentEnd(x, a, limit)) >= 4 ? a : -1;
}

/** The content starts with, or right after, an opening mark (a closing one before it is no matter). */
function openAt(x: Text, a: number): boolean {
  return (
    x.inPair[a] >= 0 ||
    (a > 0 && x.isMark(a - 1) && x.inPair[a - 1] >= 0 && x.pairs[x.inPair[a - 1]].open === a - 1)
  );
}

/**
 * The closing mark at `k` ends a short quoted fragment (three words at most) inside the clause ("la sauvegarde du
 * « parti », a indiqué le ministre"), which the mark rules leave as a scare quote; a longer quotation, or one
 * opening its clause, is theirs.
 */
function shortFragment(x: Text, k: number, ts: number): boolean {
  if (x.inPair[k] < 0 || quotationBefore(x, k, ts)) return false;
  const p = x.pairs[x.inPair[k]];
  return p.close === k && wordCount(x, p.open + 1, p.close) <= 3;
}

/**
 * The closing mark at `k` ends a quoted predicate or object whose clause opens with the writer's words ("Ses
 * membres « sont déterminés à … », ont-ils affirmé", "C'est « faisable », a abondé l'avocate générale", "Malgré
 * un protocole allégé, cela n'empêchera pas des « difficultés … », regrettent plusieurs syndicats"): the incise
 * reports the whole clause, one mixed quotation from its first word (the guideline's span), not the quoted words
 * alone. Not after an adjunct alone ("Selon lui, « … », a-t-il ajouté", "Pour elle, « … »": a direct quotation
 * with two cues), nor when the words before the mark hold a speech verb of their own ("Il a lancé « … », a
 * rapporté X").
 */
/**
 * The object of a speech verb holds a quoted fragment ("a salué la « bonne nouvelle » de sa libération", "a
 * reconnu le « manque d'humilité » de l'exécutif", "exige une « obligation d'ensoleillement … »", "prévoyant « une
 * augmentation progressive » du taux"): the whole object to the end of its clause is the reported content, one
 * mixed quotation (the guideline's span; the mark rules read only the words between the marks). The marks open
 * within four words of the object, with no clause boundary, verb or title noun before them; a whole utterance
 * right after the verb ("a lancé « Nous irons … »") is a direct quotation, left to the mark rules. A passive
 * ("jugé « inutile » par les autorités") reports nothing here.
 */
function quotedObject(x: Text, g: VerbGroup, te: number): [number, number] | null {
  if (g.bare || negated(x, g)) return null;
  for (let k = g.head; k < g.cue; k++) if (ETRE.has(x.low[k]) && !g.lemma.startsWith('s')) return null;
  let a = skipAdjuncts(x, g.next, te);
  if (a + 2 >= te) return null;
  // a particle right before the marks is the verb's ("plaider pour « … »", "qualifié de « … »", "le considère
  // comme un « … »"): the content starts after it
  if (OBJECT_PARTICLE.has(x.low[a]) && a + 1 < te) a++;
  let k = a;
  while (
    k < te &&
    k - a < 5 &&
    x.isWord(k) &&
    !VERB.has(x.low[k]) &&
    !AUX.has(x.low[k]) &&
    !QUE.has(x.low[k])
  )
    k++;
  if (k >= te || !x.isMark(k) || x.inPair[k] < 0) return null;
  const p = x.pairs[x.inPair[k]];
  if (p.open !== k || p.close >= te || p.close - p.open < 2) return null;
  for (let j = k - 1; j >= a && j >= k - 3; j--) if (TITLE_CUE.has(x.low[j])) return null;
  // a name in marks ("a salué « Le Monde »") or a whole utterance after the verb is the mark rules'
  if (UPPER.test(x.tok(k + 1).text)) return null;
  const b = objectEnd(x, a, te);
  return b > p.close ? [a, b] : null;
}

/**
 * The words [a, c) before the comma at `c` are a sentence adverbial ("Désormais, selon …", "Et pour cause, selon
 * le JDD, …", "Par ailleurs, d'après …"): at most three words, no determiner, name, verb or mark, so that the
 * source after them opens the reported clause; a subject ("Le maire, selon X, a …") is no adverbial.
 */
function frontedAdverbial(x: Text, a: number, c: number): boolean {
  if (x.low[c] !== ',' || c <= a || c - a > 3 || DET.has(x.low[a]) || x.low[a] === "l'") return false;
  // a subject pronoun or a finite verb makes it a clause ("Ils recherchent, d'après Le Parisien, un homme …")
  if (PRONOUN.has(x.low[a]) || x.low[a] === 'on') return false;
  for (let k = a; k < c; k++) {
    const w = x.low[k];
    if (!x.isWord(k) || x.entAt[k] >= 0 || VERB.has(w) || AUX.has(w) || QUE.has(w) || ETRE.has(w))
      return false;
    if (k > a && FINITE.test(w) && !w.endsWith('ment')) return false;
  }
  return true;
}

/** Past "Selon X," / "D'après X," opening the clause at `a` (before the verb at `v`), else `a`. */
function pastFrontedSource(x: Text, a: number, v: number): number {
  const after = sourceAt(x, a, v);
  if (after <= 0) return a;
  const b = npEnd(x, after, v);
  return b > after && b < v - 2 && x.low[b] === ',' ? b + 1 : a;
}

/** "c'est-à-dire que", written with or without hyphens ("c'est à dire que la moyenne …"): a gloss, no report. */
function cestADire(x: Text, cue: number): boolean {
  if (cue < 2 || x.low[cue - 1] !== 'à') return false;
  return x.low[cue - 2] === "c'est" || (cue > 2 && x.low[cue - 2] === 'est' && x.low[cue - 3] === "c'");
}

/** Past a link opening the sentence at `a` ("Mais", "Et", "Pourtant,": LINK), when words follow it before `b`. */
function pastLink(x: Text, a: number, b: number): number {
  if (!LINK.has(x.low[a])) return a;
  // "Pourtant, « … »": the link and its comma
  const c = x.low[a + 1] === ',' ? a + 2 : a + 1;
  return c + 1 < b && (x.isWord(c) || (x.isMark(c) && x.inPair[c] >= 0)) ? c : a;
}

/** An infinitive follows the verb, past its adverbs ("assure déjà réutiliser …", "disent connaître"). */
function infinitiveAfter(x: Text, k: number, te: number): boolean {
  const s = skipAdjuncts(x, k, te);
  return infinitiveFrom(x, s, te) === s;
}

function quotedPredicate(x: Text, k: number, ts: number): boolean {
  if (x.inPair[k] < 0 || quotationBefore(x, k, ts)) return false;
  const p = x.pairs[x.inPair[k]];
  if (p.close !== k || p.open - ts > 40) return false;
  let a = ts;
  while (a < p.open && (CONJ.has(x.low[a]) || x.isMark(a))) a++;
  if (a >= p.open || wordCount(x, a, p.open) < 1) return false;
  if (x.low[p.open - 1] === ',' && PREPOSITION_START.has(x.low[a])) return false;
  // a name or a title in marks ("… de « L'Émission politique »", "le film « … »") is no quoted predicate
  if (UPPER.test(x.tok(p.open + 1).text)) return false;
  for (let j = p.open - 1; j >= a && j >= p.open - 3; j--) if (TITLE_CUE.has(x.low[j])) return false;
  for (let j = a; j < p.open; j++)
    if (VERB.has(x.low[j]) || x.inPair[j] >= 0 || sourceAt(x, j, p.open) > 0) return false;
  return true;
}

/** The verb group is negated ("n'a pas précisé", "ne dit pas"). */
function negated(x: Text, g: VerbGroup): boolean {
  const b = g.head > 0 ? x.low[g.head - 1] : '';
  if (b === 'ne' || b === "n'" || x.low[g.head] === "n'" || x.low[g.head] === 'ne') return true;
  for (let k = g.head; k <= g.cue + 1 && k < x.n; k++)
    if (x.low[k] === 'pas' || x.low[k] === 'jamais') return true;
  return false;
}

/**
 * Past a bare apposition to the source of "Pour X, …" ("Pour Pape Ndoye, père de famille au chômage, l'absence …",
 * "Pour X, 46 ans, …"): a phrase without determiner up to the next comma, without a verb; else `a` itself.
 */
function afterApposition(x: Text, a: number, te: number): number {
  const w = x.low[a] ?? '';
  // an affiliation ("Pour Richard Bates, de l'école des sciences …, cette découverte …"): de + a determiner, up to
  // the comma, with no verb
  if (
    (w === 'de' || w === "d'" || w === 'du') &&
    (w === 'du' || DET.has(x.low[a + 1]) || x.low[a + 1] === "l'")
  ) {
    for (let c = a + 2; c < te && c - a <= 14; c++) {
      const v = x.low[c];
      if (v === ',') return c + 1 < te ? c + 1 : a;
      if (VERB.has(v) || AUX.has(v) || SENT_END.has(v) || x.isMark(c) || QUE.has(v)) return a;
      if (x.entAt[c] < 0 && FINITE.test(v) && roleOf(v) === null && !PERSON_NOUN.has(v)) return a;
    }
    return a;
  }
  if (
    a >= te ||
    DET.has(w) ||
    x.entAt[a] >= 0 ||
    !(x.isWord(a) || /^\d+$/.test(w)) ||
    UPPER.test(x.tok(a).text)
  )
    return a;
  if (VERB.has(w) || AUX.has(w) || QUE.has(w) || PREPOSITION_START.has(w) || CONJ.has(w)) return a;
  for (let c = a + 1; c < te && c - a <= 10; c++) {
    if (x.low[c] === ',') return c + 1 < te ? c + 1 : a;
    if (VERB.has(x.low[c]) || AUX.has(x.low[c]) || SENT_END.has(x.low[c]) || x.isMark(c)) return a;
  }
  return a;
}

/** An attribute after "se dire" / "se déclarer": an adjective or a noun, or a quoted one; not a preposition. */
function attributeAt(x: Text, k: number): boolean {
  const w = x.low[k] ?? '';
  if (x.isMark(k)) return x.inPair[k] >= 0 && x.pairs[x.inPair[k]].open === k;
  return (
    x.isWord(k) &&
    !DET.has(w) &&
    !QUE.has(w) &&
    !PREPOSITION_START.has(w) &&
    !VERB.has(w) &&
    !AUX.has(w) &&
    x.entAt[k] < 0 &&
    !UPPER.test(x.tok(k).text)
  );
}

/** A past participle after an incise's speaker ("publiée", "citée", "relayés"): about the speaker. */
const PAST_PARTICIPLE = /^[a-zàâçéèêëîïôûùüÿœ-]{3,}(?:é|ée|és|ées)$/;

/**
 * What follows an incise's speaker is only about it up to the end of the sentence or a comma: dates, and past
 * participles with their agent ("une étude … publiée mardi 28 août et dévoilée par RTL.").
 */
function participleTail(x: Text, k0: number, te: number): boolean {
  let k = k0;
  for (let step = 0; step < 4 && k < te; step++) {
    k = skipAdjuncts(x, k, te);
    if (k >= te || x.low[k] === ',' || SENT_END.has(x.low[k])) return step > 0 || k > k0;
    if (x.low[k] === 'et') k++;
    if (!PAST_PARTICIPLE.test(x.low[k] ?? '') || VERB.has(x.low[k])) return false;
    k++;
    if (x.low[k] === 'par') k = Math.max(k + 1, npEnd(x, k + 1, te));
  }
  return false;
}

/**
 * A word that opens a figure: a number word from two up (the shared data/fr/number-words.txt, compounds too:
 * "trois cents morts", "vingt-deux"; "un" / "une" are articles), or an approximation (APPROXIMATOR: "plusieurs",
 * "environ", "près de").
 */
function figureWord(w: string): boolean {
  return (numberWord(w) ?? 0) >= 2 || APPROXIMATOR.has(w);
}
/** A figure opens at `k`: digits, or a number word then digits or a noun ("près de 300", "plus de 2 000"). */
function figureAt(x: Text, k: number): boolean {
  const w = x.low[k] ?? '';
  if (/^\d/.test(w)) return !/^\d{4}$/.test(w);
  if (!figureWord(w)) return false;
  const n = x.low[k + 1] ?? '';
  if (w === 'près' || w === 'plus' || w === 'moins') return DE.has(n) && /^\d/.test(x.low[k + 2] ?? '');
  return x.isWord(k + 1) && !DE.has(n) && !DET.has(n);
}

/** End of an addressee "à l'AFP", "au Parisien", "à ses proches", "aux journalistes" at `k`, or `k`. */
function addresseeEnd(x: Text, k: number, te: number): number {
  let d = k + 1;
  if (x.low[k] === 'à' && (DET.has(x.low[d]) || x.low[d] === "l'")) d++;
  const from = d;
  while (
    d < te &&
    d - k <= 5 &&
    x.isWord(d) &&
    !DET.has(x.low[d]) &&
    !DE.has(x.low[d]) &&
    !A.has(x.low[d]) &&
    !VERB.has(x.low[d]) &&
    infinitiveFrom(x, d, te) !== d
  )
    d++;
  return d > from ? d : k;
}

/**
 * "un rapport selon lequel …", "des informations selon lesquelles …" at "selon" `i`: the clause after the relative
 * pronoun is reported by the noun phrase before it. Pushes the proposal and returns its end, or -1.
 */
function relativeSource(x: Text, i: number, ts: number, te: number, out: Proposal[]): number {
  if (i + 1 >= te || !RELATIVE_SELON.has(x.low[i + 1])) return -1;
  let a = i - 1;
  while (a > ts && i - a <= 6 && !DET.has(x.low[a]) && x.low[a] !== ',') a--;
  const b = objectEnd(x, i + 2, te);
  if (!DET.has(x.low[a]) || wordCount(x, i + 2, b) < 3 || hasPairAt(x, i + 2)) return -1;
  out.push(clauseProposal(x, i + 2, b, i, 'selon', { kind: 'np', a, b: i }, 0.7, 'source-relative'));
  return b;
}

/** The colon rule (see colonReport) at verb group `g` from token `i`: pushes the proposal, returns its end or -1. */
function colonProposal(
  x: Text,
  g: VerbGroup,
  i: number,
  ts: number,
  te: number,
  limit: number,
  out: Proposal[],
): number {
  const colon = colonReport(x, g, te, limit);
  if (colon < 0) return -1;
  const who: SpeakerRef =
    g.clitic >= 0 || (i > ts && x.low[i - 1] === ',')
      ? speakerAfter(x, g, te)
      : speakerBefore(x, Math.min(i, g.head), ts);
  const b = contentEnd(x, colon, limit);
  out.push(clauseProposal(x, colon, b, g.cue, g.lemma, who, 0.7, 'indirect-colon'));
  return b;
}
