/**
 * Where the add-in is served from. manifest.xml in the repository points at the development server,
 * https://localhost:3000/; a production build rewrites every such URL to $ADDIN_URL (an https:// base
 * URL, e.g. https://thidua.example.vn/addin/) and stamps the version of package.json.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** The base URL of a production build: $ADDIN_URL checked and given a trailing slash; null when unset. */
function productionUrl(value) {
  if (value === undefined || value.trim() === '') return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_URL="${value}" is not a URL; give the https:// base URL the add-in is served from.`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL="${value}" must use https:// (Office loads add-ins over HTTPS only).`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_URL="${value}" must be a plain base URL, without a query, fragment or credentials.`);
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The manifest's four-part version (x.y.z.0) of a package version (x.y.z, pre-release tags dropped). */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** manifest.xml as the build writes it: its URLs based at `url`, its version from package.json. */
function rewriteManifest(xml, { url, version }) {
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml has no ${DEV_URL} URL to rewrite`);
  const out = xml.split(DEV_URL).join(url).replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (url !== DEV_URL && out.includes('localhost')) throw new Error('manifest.xml still names localhost after the URL rewrite');
  return out;
}

module.exports = { DEV_URL, productionUrl, manifestVersion, rewriteManifest };
