// Loads .md and .ps1 files as text modules under tsx, like the esbuild text loader of the bundle and
// the vitest plugin: `tsx --import ./scripts/text-files.mjs <script>`.
import { register } from 'node:module';

register('./text-files-hooks.mjs', import.meta.url);
