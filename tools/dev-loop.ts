// The authoring loop of `npm run dev`, driven for real: start Astro's dev server on a content root,
// open an SOP page in headless Chromium, save a change to that SOP's file and time how long until
// (a) the terminal prints the file's findings and (b) the page in the browser shows the change (the
// dev server reloads it). Then save an error and time the banner. Used by `npm run bench` (times) and
// tests/browser/dev.test.ts (behaviour only).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface DevServer {
  url: string;
  /** Every line the server printed, with its arrival time (ms since start). */
  lines: Array<{ t: number; text: string }>;
  readyMs: number;
  /** Resolves with the arrival time of the first line (after `since`) that matches. */
  waitForLine(re: RegExp, since: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/** This environment without a test runner's marks (VITEST, NODE_ENV=test change how Vite serves). */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Starts `astro dev` in `projectDir` (the site code) on `contentRoot`'s documents. */
export async function startDevServer(projectDir: string, contentRoot: string, port: number, env: Record<string, string> = {}): Promise<DevServer> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...devEnv(), SOP_CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: DevServer['lines'] = [];
  const waiters: Array<{ re: RegExp; since: number; resolve(t: number): void }> = [];
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const part of parts) {
      const line = { t: performance.now() - started, text: strip(part) };
      lines.push(line);
      for (const w of [...waiters]) if (line.t >= w.since && w.re.test(line.text)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line.t));
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitForLine = (re: RegExp, since: number, timeoutMs = 120_000) =>
    new Promise<number>((resolve, reject) => {
      const hit = lines.find((l) => l.t >= since && re.test(l.text));
      if (hit) return resolve(hit.t);
      const timer = setTimeout(() => reject(new Error(`dev server: no line ${re} within ${timeoutMs} ms\n${lines.slice(-20).map((l) => l.text).join('\n')}`)), timeoutMs);
      waiters.push({ re, since, resolve: (t) => (clearTimeout(timer), resolve(t)) });
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readyMs = await Promise.race([
    waitForLine(/watching for file changes/, 0),
    exited.then(() => Promise.reject(new Error(`dev server exited:\n${lines.map((l) => l.text).join('\n')}`))),
  ]);
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    readyMs,
    waitForLine,
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}

export interface DevLoopTimes {
  /** Server start to "watching for file changes". */
  readyMs: number;
  /** First request of the SOP page (the dev server renders on demand). */
  firstPageMs: number;
  /** A save to the file's findings in the terminal. */
  saveToTerminalMs: number;
  /** A save to the new text shown in the open page (reloaded by the dev server). */
  saveToPageMs: number;
  /** A save that breaks the file to its error shown on the page. */
  errorToBannerMs: number;
}

/**
 * Edits content/sop/<slug>.mdx under contentRoot (and puts it back): a changed activity, then an
 * unknown key (a schema error). The server must already run on that content root.
 */
export async function driveDevLoop(server: DevServer, browser: Browser, contentRoot: string, slug: string): Promise<DevLoopTimes> {
  const rel = `content/sop/${slug}.mdx`;
  const file = path.join(contentRoot, rel);
  const original = await readFile(file, 'utf8');
  const page = await browser.newPage();
  try {
    let t = performance.now();
    await page.goto(`${server.url}/sop/${slug}/`, { timeout: 180_000 });
    const firstPageMs = performance.now() - t;
    await page.waitForLoadState('networkidle');

    const word = `SUNTINGAN${Date.now().toString(36).toUpperCase()}`;
    const edited = original.replace(/^(\s*-?\s*kegiatan:\s*"?)/m, `$1${word} `);
    if (edited === original) throw new Error(`${rel}: no kegiatan line to edit`);
    const since = server.lines.at(-1)?.t ?? 0;
    t = performance.now();
    await writeFile(file, edited);
    const terminal = server.waitForLine(new RegExp(`${rel.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(:| )`), since).then(() => performance.now() - t);
    await page.waitForFunction((w) => document.body.innerText.includes(w), word, { timeout: 120_000 });
    const saveToPageMs = performance.now() - t;
    const saveToTerminalMs = await terminal;

    t = performance.now();
    await writeFile(file, original.replace(/^nama:/m, 'nama_salah: x\nnama:'));
    await page.waitForFunction(() => /nama_salah/.test(document.querySelector('.dev-findings')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const errorToBannerMs = performance.now() - t;
    return { readyMs: server.readyMs, firstPageMs, saveToTerminalMs, saveToPageMs, errorToBannerMs };
  } finally {
    await writeFile(file, original);
    await page.close();
  }
}
