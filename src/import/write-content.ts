import type { Stats } from 'node:fs';
import { chmod, copyFile, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './concurrency';
import type { ImportedContent } from './content-bundle';
import { ImportError } from './problems';
import { importFiles, isManagedFile } from './serialize-content';
import { validateImport } from './validate-import';

export interface WriteReport {
  outDir: string;
  /** Article files, by outcome. */
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** site.json, categories.json, authors.json, tags.json (and .import-state.json) that changed. */
  changedIndexes: string[];
  /** Files added besides the content files (downloaded images), relative. */
  addedFiles: string[];
  /** False when nothing differed: --out was left exactly as it was. */
  wrote: boolean;
}

async function readIfExists(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** Every file and folder under `dir`, relative, "/"-separated, sorted. */
async function listTree(dir: string, prefix = ''): Promise<{ files: string[]; dirs: string[] }> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const tree = { files: [] as string[], dirs: [] as string[] };
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const sub = await listTree(dir, rel);
      tree.dirs.push(rel, ...sub.dirs);
      tree.files.push(...sub.files);
    } else tree.files.push(rel);
  }
  tree.files.sort();
  tree.dirs.sort();
  return tree;
}

/** Puts an existing file into the new folder without rewriting it: a hard link, else a copy keeping its times. */
async function carryOver(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const info = await lstat(from);
  if (info.isSymbolicLink()) return symlink(await readlink(from), to);
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    await utimes(to, info.atime, info.mtime);
  }
}

interface ExistingOut {
  info?: Stats;
  files: string[];
  dirs: string[];
}

/** What is at --out now; refuses anything an import must not replace. */
async function inspectOut(out: string, outDir: string): Promise<ExistingOut> {
  const info = await lstat(out).catch(() => undefined);
  const refuse = (message: string) => new ImportError([{ file: outDir, message }]);
  if (info?.isSymbolicLink()) throw refuse('is a symbolic link; give the folder it points to (the import replaces --out by renaming)');
  if (info && !info.isDirectory()) throw refuse('exists and is not a folder; expected a content folder to create or update');
  const { files, dirs } = await listTree(out);
  if (files.length > 0 && !files.includes('site.json')) {
    throw refuse('exists and is not a content folder (it has files but no site.json); choose a new or empty folder, or an earlier import');
  }
  return { info, files, dirs };
}

/** Files an import adds besides its content files (downloaded images): relative path → the file on disk to link in. */
export type AddedFiles = ReadonlyMap<string, string>;

/**
 * Fills the staging folder: changed files written, unchanged ones and files the import does not own
 * carried over, added files linked in (in place of any file of that name --out holds).
 */
async function stage(files: ReadonlyMap<string, string>, added: AddedFiles, out: string, existing: ExistingOut, staging: string, report: WriteReport): Promise<void> {
  // mkdtemp makes a private (0700) folder: give it the permissions of the folder it replaces.
  await chmod(staging, existing.info ? existing.info.mode & 0o7777 : 0o755);
  for (const dir of ['articles', ...existing.dirs]) await mkdir(path.join(staging, dir), { recursive: true });
  await mapLimit([...files], 64, async ([rel, text]) => {
    const old = await readIfExists(path.join(out, rel));
    const isArticle = rel.startsWith('articles/');
    if (old === text) {
      await carryOver(path.join(out, rel), path.join(staging, rel));
      if (isArticle) report.unchanged.push(rel);
      return;
    }
    await writeFile(path.join(staging, rel), text);
    if (isArticle) (old === undefined ? report.added : report.updated).push(rel);
    else report.changedIndexes.push(rel);
  });
  await mapLimit([...added], 64, async ([rel, from]) => {
    await carryOver(from, path.join(staging, rel));
    report.addedFiles.push(rel);
  });
  for (const rel of existing.files) {
    if (files.has(rel) || added.has(rel)) continue;
    if (isManagedFile(rel)) report.removed.push(rel);
    else await carryOver(path.join(out, rel), path.join(staging, rel));
  }
  for (const list of [report.added, report.updated, report.unchanged, report.removed, report.changedIndexes, report.addedFiles]) list.sort();
}

/** Replaces `out` with `staging` by two renames (the old folder is put back if the second fails). */
async function swapIn(staging: string, out: string, hadOut: boolean): Promise<void> {
  const old = `${staging}.old`;
  if (hadOut) await rename(out, old);
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOut) await rename(old, out);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * The checks writeContent makes before it writes anything (--out is a content folder or nothing, the
 * files pass the pipeline loader's checks), for a caller to run before slow work such as downloads.
 */
export async function checkWrite(imported: ImportedContent, outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  await inspectOut(out, outDir);
  await validateImport(importFiles(imported), out, imported.origins);
}

/**
 * Writes an import into `outDir` atomically. The files are first checked with the pipeline loader's own
 * checks (validateImport: schemas, references, local images), then the new folder is assembled next to
 * `outDir` (unchanged files hard-linked, not rewritten; files the import does not own, such as images/,
 * carried over, `added` files linked in) and swapped in by rename. On any failure `outDir` is left
 * exactly as it was.
 */
export async function writeContent(imported: ImportedContent, outDir: string, added: AddedFiles = new Map()): Promise<WriteReport> {
  const out = path.resolve(outDir);
  const files = importFiles(imported);
  const existing = await inspectOut(out, outDir);
  await validateImport(files, out, imported.origins, new Set(added.keys()));
  await mkdir(path.dirname(out), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}.import-`));
  const report: WriteReport = { outDir, added: [], updated: [], unchanged: [], removed: [], changedIndexes: [], addedFiles: [], wrote: false };
  try {
    await stage(files, added, out, existing, staging, report);
    const changed = report.added.length + report.updated.length + report.removed.length + report.changedIndexes.length + report.addedFiles.length > 0;
    if (changed || existing.files.length === 0) {
      await swapIn(staging, out, existing.info !== undefined);
      report.wrote = true;
    }
    return report;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
