/**
 * The production build the build tests read: dist/ as `webpack --mode production` leaves it, rebuilt
 * when missing or stale by the one build helper the preview and the bench use too
 * (scripts/build/ensure-build.js: a lock for runs started together, dist/ replaced only once built).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DIST, ROOT, ensureDist as ensure, type DistBuild } from '../../scripts/build/ensure-build';

export { DIST, ROOT };
export type BuildRun = DistBuild;

/** Builds dist/ for production when it is stale. */
export const ensureDist = (): Promise<BuildRun> => ensure();

export const distText = (file: string): string => readFileSync(join(DIST, file), 'utf8');
