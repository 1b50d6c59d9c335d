import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckReport, PageRoots, Report } from '../report/model.js';
import { language } from '../i18n/index.js';
import type { Chunks } from '../report/stream.js';
import type { CliIO } from './io.js';

/**
 * The docs/rules folder of the installed package, when this program runs from one: the npm
 * package keeps it beside dist/, a release archive beside the executable. Never a source checkout's
 * folder (the sources are not an installation).
 */
export function installedPagesDir(programFile: string = fileURLToPath(import.meta.url)): string | undefined {
  const programDir = dirname(programFile);
  if (basename(programDir) === 'cli' && basename(dirname(programDir)) === 'src') return undefined;
  const lang = language();
  for (const root of [join(programDir, '..'), programDir]) {
    const pages = join(root, 'docs', 'rules');
    if (existsSync(join(pages, lang === 'en' ? '' : lang))) return pages;
  }
  return undefined;
}

/** The cause pages of this version on the web: built into the release bundles from package.json, absent in the sources. */
export function publishedPagesUrl(): string | undefined {
  return typeof __WINDBG_PAGES_URL__ === 'string' ? __WINDBG_PAGES_URL__ : undefined;
}

/** Where a text report sends readers for a rule's page, after `explain`: the installed file, else the web page. */
export function pageRoots(): PageRoots {
  const pagesDir = installedPagesDir();
  return pagesDir ? { pagesDir } : { pagesUrl: publishedPagesUrl() };
}

/**
 * Loads only the renderer a format needs (yaml and cli-table3 stay unloaded otherwise). Reports
 * come back as chunks, written one piece at a time by `writeOutput`.
 */

export type ReportFormat = 'table' | 'json' | 'yaml' | 'junit' | 'markdown' | 'github' | 'html';

export async function renderReport(source: Report, format: Exclude<ReportFormat, 'junit'>, color: boolean): Promise<Chunks> {
  // Findings carry message ids: they become text in the output language here, before any renderer.
  const report = (await import('../report/model.js')).renderedReport(source);
  switch (format) {
    case 'table':
      return (await import('../report/text.js')).textReportChunks(report, { color, ...pageRoots() });
    case 'json':
      return (await import('../report/json.js')).reportJsonChunks(report);
    case 'yaml':
      return (await import('../report/yaml.js')).reportYamlChunks(report);
    case 'markdown':
      return (await import('../report/markdown.js')).markdownChunks(report, publishedPagesUrl());
    case 'github':
      return (await import('../report/github.js')).githubChunks(report);
    case 'html':
      return (await import('../report/html.js')).htmlChunks(report, publishedPagesUrl());
  }
}

export async function renderCheck(source: CheckReport, format: ReportFormat, color: boolean): Promise<Chunks> {
  const report = (await import('../report/model.js')).renderedReport(source);
  switch (format) {
    case 'table':
      return (await import('../report/text.js')).checkTextChunks(report, { color, ...pageRoots() });
    case 'junit':
      return (await import('../report/junit.js')).junitChunks(report);
    default:
      return renderReport(source, format, color);
  }
}

/** json or yaml of any plain value. */
export async function renderData(value: unknown, format: 'json' | 'yaml'): Promise<Chunks> {
  if (format === 'json') return (await import('../report/json-data.js')).jsonDocumentChunks(value);
  return (await import('../report/yaml.js')).yamlChunks(value);
}

/** Writes rendered output to stdout in pieces of about 64 KB: many small chunks cost few writes, and no piece grows with the output. */
export function writeOutput(io: CliIO, chunks: Chunks, pieceSize = 64 * 1024): void {
  let piece = '';
  for (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= pieceSize) {
      io.stdout(piece);
      piece = '';
    }
  }
  if (piece !== '') io.stdout(piece);
}
