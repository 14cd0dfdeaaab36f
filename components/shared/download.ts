/**
 * Offers `text` to the person as a file named `name`, of the MIME type `type` (e.g. `application/json`): a hidden
 * link, put in `root` for the moment of its click (so that it is in the document) and removed again. The object URL
 * is released after 10 seconds, long after the browser has taken the file.
 */
export function downloadText(root: ParentNode, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
