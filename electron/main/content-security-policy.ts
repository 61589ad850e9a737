/**
 * The Content-Security-Policy sent with every renderer response, by the app:// protocol handler in Electron
 * and by the local web server of `npm run start:web`. Nothing may load from outside the app's own origin,
 * and no string is ever evaluated as code.
 *
 * The case-file reader (PDFs with pdf.js, scans and photos) needs nothing more, so nothing was added for it:
 * pdf.js's worker is a file of the app (worker-src 'self'); the worker fetches the character maps, standard
 * fonts and image decoders that the build ships beside the app (connect-src 'self', and script-src 'self'
 * for the decoders, which run as JavaScript: WebAssembly stays forbidden); fonts embedded in a PDF are
 * loaded from bytes, which font-src does not govern; pages are drawn on canvases; images are shown through
 * object URLs (img-src blob:). content-security-policy.test.ts holds these in place.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
