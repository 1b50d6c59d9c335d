import { defineConfig } from 'vitest/config';
import base, { distTierFiles } from './vitest.config.js';

/** `npm run test:dist`: release packaging for every platform, the tier `npm test` leaves out. */
export default defineConfig({ ...base, test: { ...base.test, include: distTierFiles, exclude: ['**/node_modules/**'] } });
