/**
 * Writes docs/windows-error-codes.md alone: the code table of src/windows/error-codes.ts with the
 * causes whose folders list each code (`npm run causes` writes it together with the rest).
 */
import { writeFileSync } from 'node:fs';
import { generatedFiles, windowsCodesPagePath } from './causes.js';

const { files, problems } = await generatedFiles();
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`src/causes/${problem}\n`);
  process.exitCode = 1;
} else {
  writeFileSync(windowsCodesPagePath, files.get(windowsCodesPagePath)!);
  process.stdout.write(`wrote ${windowsCodesPagePath}\n`);
}
