/** Node's raw DEFLATE inflation, stopped at a size (open.ts's `InflateRaw`): the command line's. */
import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from './open';

export const inflateRawNode: InflateRaw = (data, max) => inflateRawSync(data, { maxOutputLength: max });
