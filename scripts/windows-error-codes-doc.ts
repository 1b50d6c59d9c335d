import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { windowsErrorCodesPage } from '../src/windows/error-codes-doc.js';

const target = fileURLToPath(new URL('../docs/windows-error-codes.md', import.meta.url));
writeFileSync(target, windowsErrorCodesPage());
process.stdout.write(`wrote ${target}\n`);
