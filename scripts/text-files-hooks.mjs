import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  const path = url.split('?')[0];
  if (path.endsWith('.md') || path.endsWith('.ps1')) {
    const text = await readFile(fileURLToPath(path), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
