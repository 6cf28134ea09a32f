// npm run generate-corpus -- --n 200 [--seed 1] [--sp 20] [--history] --out DIR: a generated corpus
// (tools/corpus-generator.ts); --history writes it as a git repository with a year of monthly commits.
import path from 'node:path';
import { generateCorpus, writeCorpus, writeCorpusWithHistory } from '../tools/corpus-generator.ts';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

{
  const args = process.argv.slice(2);
  const out = argValue(args, '--out');
  const n = Number(argValue(args, '--n') ?? '200');
  const seed = Number(argValue(args, '--seed') ?? '1');
  const sp = argValue(args, '--sp');
  if (!out || !Number.isFinite(n) || n < 1 || !Number.isFinite(seed)) {
    console.error('pakai: npm run generate-corpus -- --n 200 [--seed 1] [--sp 20] [--history] --out DIR');
    process.exit(2);
  }
  const corpus = generateCorpus({ n, seed, ...(sp ? { standards: Number(sp) } : {}) });
  await (args.includes('--history') ? writeCorpusWithHistory(out, corpus) : writeCorpus(out, corpus));
  const s = corpus.summary;
  console.log(`${s.sops} SOP, ${s.standards} Standar Pelayanan, ${s.agencies} perangkat daerah, ${s.units} unit, ${s.steps} langkah, ${s.decisions} keputusan, ${s.records} catatan pemantauan dan evaluasi -> ${path.join(out, 'content')}`);
}
