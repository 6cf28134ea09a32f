// node scripts/readme-rules.ts: rewrites the validation rules table in README.md from
// src/domain/validate/rules.ts (tests/domain/validate/rules.test.ts fails until it is run).
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesMarkdownTable } from '../src/domain/validate/rules.ts';

const MARK = '<!-- The table below is generated from src/domain/validate/rules.ts';
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('\n', readme.indexOf(MARK)) + 1;
const end = readme.indexOf('\n\n', start);
if (start === 0 || end < 0) throw new Error('README.md: rules table marker not found');
writeFileSync('README.md', readme.slice(0, start) + rulesMarkdownTable() + readme.slice(end));
