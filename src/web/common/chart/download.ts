/** Saves text as a file through a temporary object URL (no server round trip, CSP-safe). */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the click has been handed to the browser; the URL may go once it has started the download
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
