/** Hands the browser a file to save, as a download link would. */
export function saveFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A file the API sent as base64 (reports and exports travel as tRPC answers, with the session cookie). */
export function saveDownload(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  saveFile(file.fileName, new Blob([bytes], { type: file.mimeType }));
}
