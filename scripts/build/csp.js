/**
 * The task pane page's Content-Security-Policy (a <meta> tag, so it holds wherever the files are
 * served from). Scripts come from the add-in's own origin and the Office CDN only, and nothing is ever
 * evaluated from a string (no 'unsafe-eval'); styles may be inline because Fluent UI (Griffel) and
 * office.js insert style rules at run time. The development server also needs its WebSocket.
 */
'use strict';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

function contentSecurityPolicy({ dev = false } = {}) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_CDN],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", 'wss://localhost:3000'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

module.exports = { OFFICE_CDN, OFFICE_JS, contentSecurityPolicy };
