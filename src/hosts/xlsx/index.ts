export { addOutputSheets, type Written } from './write';
export { deflateLevel } from './zip';
export { headerRowHeight, PAGE_SETUP } from './layout';
export { Unsupported } from './unsupported';
