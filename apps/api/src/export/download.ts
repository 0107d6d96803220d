import { z } from 'zod';

/**
 * A file the panel saves as it comes: reports and exports travel as tRPC answers (base64), so that each goes
 * through the same sign-in, access check and audit entry as every other call, with the panel's session cookie.
 */
export const downloadSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type Download = z.infer<typeof downloadSchema>;

export const mimeTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export function download(name: string, format: keyof typeof mimeTypes, content: Buffer | string): Download {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { fileName: `${name}.${format}`, mimeType: mimeTypes[format], base64: bytes.toString('base64') };
}

export async function pdfDownload(name: string, pdf: Promise<Buffer>): Promise<Download> {
  return download(name, 'pdf', await pdf);
}
