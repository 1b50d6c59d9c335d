import type { CauseDefinition, Translation } from './define.js';

/** What the generated registry holds for one folder. */
export interface CauseFiles {
  /** The folder name. */
  id: string;
  definition: CauseDefinition;
  /** page.md: the English page, starting "# <title>". */
  page: string;
  translations: Readonly<Partial<Record<string, { translation?: Translation; page?: string }>>>;
}
