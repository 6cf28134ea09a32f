// npm run rules-table: rewrites the validation rules table in docs/validation.md from
// src/domain/findings/rules.ts (tests/domain/validate/rules.test.ts fails until it is run).
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesMarkdownTable } from '../src/domain/findings/index.ts';

const FILE = 'docs/validation.md';
const MARK = '<!-- The table below is generated from src/domain/findings/rules.ts';
const doc = readFileSync(FILE, 'utf8');
const start = doc.indexOf('\n', doc.indexOf(MARK)) + 1;
const end = doc.indexOf('\n\n', start);
if (start === 0 || end < 0) throw new Error(`${FILE}: rules table marker not found`);
writeFileSync(FILE, doc.slice(0, start) + rulesMarkdownTable() + doc.slice(end));
