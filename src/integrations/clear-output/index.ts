import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A build never leaves half a site where the site was: a deploy that copies the output after a
 * failed or interrupted build still copies the previous, whole site.
 *
 * - The build writes into a folder of its own beside the output, `<out>.belum-jadi` ("not finished
 *   yet"), and this integration, the last in the list, swaps it in only once everything else
 *   succeeded (pages, document files, search index, PDFs): two renames, the old output deleted after.
 * - A build that stopped (an error, a kill) leaves its folder behind; the next build deletes it,
 *   and renders every page again: a stopped build may have written some pages into Astro's page
 *   cache without recording them, and such a page must never be kept.
 * - One build at a time per output folder (`<out>.lock` holds the builder's process id): a second
 *   build waits for the first and says so; a lock whose process is gone is taken over. Two builds
 *   of one checkout share the output, the caches and Astro's `.astro/` folder, and would spoil each
 *   other's.
 */
export function publishOnSuccess(outDir: string): AstroIntegration {
  const staging = `${outDir}.belum-jadi`;
  const lock = `${outDir}.lock`;
  let building = false;
  return {
    name: 'sop-publish-on-success',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        building = true;
        await takeLock(lock, outDir, logger);
        if (existsSync(staging)) {
          logger.warn(`build sebelumnya berhenti sebelum selesai (${path.basename(staging)} masih ada): folder itu dihapus dan semua halaman dibangun ulang`);
          await rm(staging, { recursive: true, force: true });
          await rm(new URL('incremental-build.json', config.cacheDir), { force: true });
        }
        await removeAside(outDir);
        // A URL, as in the resolved configuration (a path string would not be resolved again).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': async ({ logger }) => {
        if (!building) return;
        await mkdir(path.dirname(outDir), { recursive: true });
        const aside = `${outDir}.lama-${process.pid}`;
        if (existsSync(outDir)) await rename(outDir, aside);
        await rename(staging, outDir);
        await releaseLock(lock);
        removeInBackground(aside);
        logger.info(`situs diterbitkan ke ${outDir}`);
      },
    },
  };
}

/**
 * The old output, once the new one is in its place, is deleted by a process of its own that
 * outlives the build (~2 s of file deletions at 2,000 documents the build need not wait for); what
 * it has not deleted when the next build starts, that build deletes (removeAside).
 */
function removeInBackground(folder: string): void {
  if (!existsSync(folder)) return;
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' });
  child.on('error', () => {}); // removeAside tries again next time
  child.unref();
}

/** Outputs set aside by a swap that was stopped before it could delete them. */
async function removeAside(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.lama-`;
  const names = existsSync(parent) ? (await readdir(parent)).filter((n) => n.startsWith(prefix)) : [];
  await Promise.all(names.map((n) => rm(path.join(parent, n), { recursive: true, force: true })));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Waits until no other living build holds the lock, then holds it until this process ends. */
async function takeLock(lock: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  await mkdir(path.dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
    if (!Number.isInteger(holder) || holder <= 0 || holder === process.pid || !alive(holder)) {
      // A build that was killed: its lock is taken over (one rename, so two waiting builds cannot both take it).
      await rename(lock, `${lock}.${process.pid}`).then(() => rm(`${lock}.${process.pid}`, { force: true }), () => {});
      continue;
    }
    if (!told) logger.warn(`build lain (proses ${holder}) sedang membangun ke ${outDir}: menunggu sampai selesai`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.once('exit', () => {
    try {
      if (readFileSync(lock, 'utf8') === String(process.pid)) unlinkSync(lock);
    } catch {
      // already released
    }
  });
}

async function releaseLock(lock: string): Promise<void> {
  if ((await readFile(lock, 'utf8').catch(() => '')) === String(process.pid)) await rm(lock, { force: true });
}
