import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let library: Promise<{ pdfjs: PdfJs; worker: PDFWorker }> | undefined;

/**
 * pdf.js, loaded the first time a PDF is opened or searched (it is large, and most cases have no PDF), with
 * one worker shared by every document: the worker script is a file of the app's own build.
 */
export function loadPdfJs(): Promise<{ pdfjs: PdfJs; worker: PDFWorker }> {
  library ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return { pdfjs, worker: new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS }) };
  });
  return library;
}

/** A folder of pdf.js resources that the build copies beside the app (see pdfjsAssets in renderer/vite.config.ts). */
function resources(folder: 'cmaps' | 'standard_fonts' | 'wasm'): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

/**
 * Starts reading a PDF from its bytes. Everything it may need comes from the app itself: character maps for
 * CJK and other encodings, the standard 14 fonts, and the image decoders for JBIG2 and JPEG 2000 scans, which
 * run as plain JavaScript (`useWasm: false`) so that the CSP need not allow WebAssembly. The worker fetches the
 * resources itself, the same way over http:// and app://. Destroy the task to stop loading or to release it.
 *
 * Nothing is evaluated as code: pdf.js 5.7 no longer has the `isEvalSupported` option because it no longer
 * compiles anything with eval or `new Function` (its build contains neither), and the CSP forbids both anyway.
 */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const { pdfjs, worker } = await loadPdfJs();
  return pdfjs.getDocument({
    data,
    worker,
    enableXfa: false,
    cMapUrl: resources('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: resources('standard_fonts'),
    wasmUrl: resources('wasm'),
    useWasm: false,
    useWorkerFetch: true,
    // A hostile PDF can declare images of any size: above 100 megapixels pdf.js skips the image instead of
    // exhausting memory.
    maxImageSize: 100_000_000,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

/** What went wrong opening a PDF, in the terms the reader tells the trainee. */
export function pdfProblem(error: unknown): 'password' | 'damaged' {
  return error instanceof Error && error.name === 'PasswordException' ? 'password' : 'damaged';
}
