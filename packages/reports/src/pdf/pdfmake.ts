import { createRequire } from 'node:module';

/**
 * The part of pdfmake 0.3's server API the reports use, typed here rather than by @types/pdfmake: those types
 * pull the DOM library into every program that imports the reports (the API, the tests), which changes the
 * types of `fetch` and more there.
 */
export type Content = string | { [key: string]: unknown } | Content[];
export type TableCell = Content;
export interface DocumentDefinition {
  content: Content;
  [key: string]: unknown;
}
export interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allowed: (url: string) => boolean): void;
  setLocalAccessPolicy(allowed: (path: string) => boolean): void;
  createPdf(definition: DocumentDefinition): { getBuffer(): Promise<Buffer> };
}

// pdfmake is CommonJS without types of its own.
export const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
