import { describe, expect, it } from 'vitest';
import { allFinished, finishLater } from './build-state.ts';

describe('work finished later (the search index made while the PDFs print)', () => {
  it('is waited for before the output is published, and its failure is reported there', async () => {
    let indexed = false;
    finishLater(new Promise((done) => setTimeout(() => done((indexed = true)), 20)));
    // Fails before anyone waits: must not surface as an unhandled rejection, only from allFinished.
    finishLater(Promise.reject(new Error('Pagefind: disk penuh')));
    await new Promise((done) => setTimeout(done, 5));
    await expect(allFinished()).rejects.toThrow('Pagefind: disk penuh');
    expect(indexed).toBe(true);
    // Each piece of work is reported once: the next build starts with none.
    await expect(allFinished()).resolves.toBeUndefined();
  });
});
