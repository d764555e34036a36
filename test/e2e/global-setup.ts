/** Before the end-to-end tests: Chromium must be there; dist/ and out/preview/ are built once when missing or stale. */
import { existsSync } from 'fs';
import { ensurePreview } from '../../scripts/build/ensure-build';
import { CHROMIUM } from './support';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium fonts-noto-core) or set CHROMIUM_PATH. No browser is ever downloaded.`);
  const built = await ensurePreview({ log: (line) => process.stdout.write(`\n${line}`) });
  if (built.dist || built.preview) process.stdout.write(`\nBuilt in ${built.seconds.toFixed(1)} s.\n`);
}
