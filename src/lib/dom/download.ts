// Hands a file to the browser's downloads: an object URL on an `<a download>`, clicked once.
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it live a while rather than revoke it at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
