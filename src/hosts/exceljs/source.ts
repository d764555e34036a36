/** The command line's BookSource now lives with the package reader (src/hosts/xlsx/source.ts). */
export { PackageSource, type Opener } from '../xlsx/source';
