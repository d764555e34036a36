/**
 * Files in the browser: saving bytes as a download, zipping several (jszip, loaded only when asked
 * for) and reading the files a user picked.
 */
import type { FileBytes } from '../app/api';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes as a download named `name`. */
export function saveBytes(name: string, bytes: Uint8Array, type = XLSX_TYPE): void {
  // A copy into a fresh ArrayBuffer: a Blob part must not be a view of a shared buffer.
  const blob = new Blob([bytes.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The files as one .zip (names kept, UTF-8). */
export async function zipFiles(files: readonly FileBytes[]): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ 'jszip');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** The bytes of a picked file (FileReader: what every pane host has). */
export function readPicked(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
