/**
 * `npm run train:textdump`: learns the text-dump cleaner's weights from the
 * development corpus and writes them to shared/textdump/learned-weights.ts.
 *
 * Three logistic models, trained by plain gradient descent: which candidate
 * line is the headline, whether a line is story, whether a story line is a
 * subheading. Labels come from each copy's expectations, read the way the
 * quality bench reads them. Before training on everything, the script
 * estimates how the cleaner does on site styles it has never seen: grouped
 * k-fold cross-validation, each fold's styles held out of its training, and
 * prints those numbers beside the hand-set rules' on the same copies.
 *
 * `--check` cross-validates only and leaves the weights file alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCorpus, sameLabel, scoreCopy, squash, storyLines, summarizeScores, type CopyScore, type CorpusCopy, type QualitySummary } from '../bench/textdump-quality.ts';
import { cleanTextDump } from '../shared/textdump/clean.ts';
import { RULES_ONLY, type FeatureLog, type Features, type TextDumpModel, type Weights } from '../shared/textdump/learned.ts';
import { splitTitleLine } from '../shared/textdump/title.ts';

const WEIGHTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'textdump', 'learned-weights.ts');

/** Folds of the cross-validation; every copy of a site style falls in the same fold. */
const FOLDS = 10;
/** Gradient steps, step size and L2 penalty: enough to converge on a few thousand lines without fitting single copies. */
const EPOCHS = 300;
const LEARNING_RATE = 0.1;
const L2 = 1e-3;
/** Weights smaller than this are left out of the written module. */
const NEGLIGIBLE = 1e-3;

interface Example {
  features: Features;
  label: boolean;
  /** For a choice among candidates (the headline), the page the candidate is on. */
  group?: number;
}

/**
 * Fits a logistic regression with full-batch Adam steps and an L2 penalty on
 * every weight but the bias. Examples with a `group` are fitted as a choice
 * instead (a softmax over each group's candidates, the right ones sharing the
 * target), so that a candidate is scored against the others on its page.
 * `ignore` drops features whose name starts with one of its prefixes (for
 * measuring what a group of features adds).
 */
function trainLogistic(examples: readonly Example[], ignore: readonly string[] = []): Weights {
  const names = new Map<string, number>([['bias', 0]]);
  const rows = examples.map(({ features, label, group }) => {
    const indexes = [0];
    const values = [1];
    for (const [name, value] of Object.entries(features)) {
      if (value === 0 || ignore.some((prefix) => name.startsWith(prefix))) continue;
      if (!names.has(name)) names.set(name, names.size);
      indexes.push(names.get(name)!);
      values.push(value);
    }
    return { indexes, values, target: label ? 1 : 0, group };
  });
  // In a choice, the right candidates share the target; a page with none right teaches nothing.
  const rightInGroup = new Map<number, number>();
  for (const row of rows) if (row.group !== undefined) rightInGroup.set(row.group, (rightInGroup.get(row.group) ?? 0) + row.target);
  const fitted = rows.filter((row) => row.group === undefined || rightInGroup.get(row.group)! > 0);
  const size = names.size;
  const weights = new Float64Array(size);
  const [moment, velocity] = [new Float64Array(size), new Float64Array(size)];
  const [beta1, beta2] = [0.9, 0.999];
  const sums = new Float64Array(fitted.length);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const gradient = new Float64Array(size);
    const groupTotals = new Map<number, number>();
    fitted.forEach((row, r) => {
      let sum = 0;
      for (let k = 0; k < row.indexes.length; k++) sum += weights[row.indexes[k]!]! * row.values[k]!;
      sums[r] = sum;
      if (row.group !== undefined) groupTotals.set(row.group, (groupTotals.get(row.group) ?? 0) + Math.exp(sum));
    });
    fitted.forEach((row, r) => {
      const error =
        row.group === undefined
          ? 1 / (1 + Math.exp(-sums[r]!)) - row.target
          : Math.exp(sums[r]!) / groupTotals.get(row.group)! - row.target / rightInGroup.get(row.group)!;
      for (let k = 0; k < row.indexes.length; k++) gradient[row.indexes[k]!]! += error * row.values[k]!;
    });
    for (let i = 0; i < size; i++) {
      const step = gradient[i]! / fitted.length + (i === 0 ? 0 : L2 * weights[i]!);
      moment[i] = beta1 * moment[i]! + (1 - beta1) * step;
      velocity[i] = beta2 * velocity[i]! + (1 - beta2) * step * step;
      const corrected = moment[i]! / (1 - beta1 ** epoch);
      weights[i]! -= (LEARNING_RATE * corrected) / (Math.sqrt(velocity[i]! / (1 - beta2 ** epoch)) + 1e-8);
    }
  }
  return Object.fromEntries([...names].map(([name, index]) => [name, weights[index]!]));
}

/** Whether a candidate line gives the expected headline, alone or with the site after a separator. */
function givesTitle(line: string, title: string): boolean {
  return sameLabel(line, title) || sameLabel(splitTitleLine(line, []).title, title) || squash(line).toLowerCase().startsWith(`${squash(title).toLowerCase()} `);
}

/** The features the cleaner logs for one copy under `model`. */
function featureLog(copy: CorpusCopy, model: TextDumpModel): FeatureLog {
  const log: FeatureLog = { titleCandidates: [], lines: [] };
  cleanTextDump(copy.text, { model, log });
  return log;
}

/** Title examples: every candidate, labelled by whether it gives the expected headline. Candidates do not depend on the model. */
function titleExamples(copies: readonly CorpusCopy[]): Example[] {
  return copies.flatMap((copy, group) =>
    featureLog(copy, RULES_ONLY).titleCandidates.map((row) => ({ features: row.features, label: givesTitle(row.text, copy.expect.title), group })),
  );
}

/** Line and subheading examples, with the headline chosen by `title` (the lines' features depend on it). */
function lineExamples(copies: readonly CorpusCopy[], title: Weights): { lines: Example[]; headings: Example[] } {
  const lines: Example[] = [];
  const headings: Example[] = [];
  for (const copy of copies) {
    const story = new Set(storyLines(copy));
    const expectedHeadings = new Set((copy.expect.headings ?? []).map(squash));
    for (const row of featureLog(copy, { ...RULES_ONLY, title }).lines) {
      const text = squash(row.text);
      lines.push({ features: row.features, label: story.has(text) });
      if (story.has(text)) headings.push({ features: row.features, label: expectedHeadings.has(text) });
    }
  }
  return { lines, headings };
}

/** Trains all three models on `copies`. */
export function trainModel(copies: readonly CorpusCopy[], ignore: readonly string[] = []): TextDumpModel {
  const title = trainLogistic(titleExamples(copies), ignore);
  const { lines, headings } = lineExamples(copies, title);
  return { title, line: trainLogistic(lines, ignore), heading: trainLogistic(headings, ignore) };
}

/** A stable fold for a site style, so that no style is in both a fold's training and its test copies. */
function foldOf(style: string): number {
  let hash = 0;
  for (const char of style) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % FOLDS;
}

/** Each copy scored by a model that never saw its site style. */
export function crossValidate(copies: readonly CorpusCopy[], ignore: readonly string[] = []): CopyScore[] {
  const scores: CopyScore[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = copies.filter((copy) => foldOf(copy.expect.style) === fold);
    if (held.length === 0) continue;
    const model = trainModel(
      copies.filter((copy) => foldOf(copy.expect.style) !== fold),
      ignore,
    );
    scores.push(...held.map((copy) => scoreCopy(copy, model)));
  }
  return scores.sort((a, b) => a.name.localeCompare(b.name));
}

/** One row of the comparison table. */
function row(label: string, summary: QualitySummary): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
  return `${label.padEnd(44)} ${String(summary.clean).padStart(3)}/${summary.copies} ${percent(summary.cleanShare)}  P ${summary.linePrecision.toFixed(3)}  R ${summary.lineRecall.toFixed(3)}  title ${percent(summary.titleAccuracy)}  byline ${percent(summary.bylineAccuracy)}`;
}

/** The generated module: the weights, rounded, with how to make them again. */
function weightsModule(model: TextDumpModel): string {
  const rounded = (weights: Weights | null) =>
    weights === null
      ? 'null'
      : `{\n${Object.entries(weights)
          .filter(([, value]) => Math.abs(value) >= NEGLIGIBLE)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, value]) => `    ${JSON.stringify(name)}: ${value.toFixed(4)},`)
          .join('\n')}\n  }`;
  return `/**
 * Weights the text-dump cleaner learned from the development corpus
 * (tests/fixtures/textdump-corpus/dev). Generated by scripts/train-textdump.ts;
 * do not edit by hand. To regenerate after changing the corpus or the
 * features: \`npm run train:textdump\`.
 */
import type { TextDumpModel } from './learned.ts';

export const LEARNED_MODEL: TextDumpModel = {
  line: ${rounded(model.line)},
  heading: ${rounded(model.heading)},
  title: ${rounded(model.title)},
};
`;
}

/** The features that carry the hand-set rules' verdicts: without them, the models learn from the blocks' own signals alone. */
export const RULE_VERDICTS = ['rule:', 'hit:', 'prev:rule:', 'next:rule:', 'ruledChoice', 'heading', 'prev:heading', 'next:heading'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const copies = readCorpus('dev');
console.log(`Cross-validating on ${copies.length} copies, ${FOLDS} folds grouped by site style …`);
const rules = copies.map((copy) => scoreCopy(copy, RULES_ONLY));
const learned = crossValidate(copies);
const withoutRules = crossValidate(copies, RULE_VERDICTS);
console.log(row('hand-set rules (tuned on most of these copies)', summarizeScores(rules)));
console.log(row('learned, cross-validated', summarizeScores(learned)));
console.log(row('learned without the rules\u2019 verdicts, CV', summarizeScores(withoutRules)));
console.log(`Not clean when cross-validated: ${learned.filter((score) => !score.clean).map((score) => score.name).join(', ')}`);
if (!values.check) {
  fs.writeFileSync(WEIGHTS_FILE, weightsModule(trainModel(copies)));
  console.log(`Wrote ${path.relative(process.cwd(), WEIGHTS_FILE)}`);
}
}
