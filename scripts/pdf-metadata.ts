/**
 * Adds a document information dictionary (title, author, subject, language keywords) to a
 * PDF by an incremental update, the way PDF editors append changes: the original bytes stay
 * as they are and a new trailer points to the new dictionary. Chromium's printer sets only a
 * title and producer; handouts also need their author.
 */

export interface PdfInfo {
  readonly Title: string;
  readonly Author: string;
  readonly Subject: string;
  readonly Keywords: string;
  readonly Creator: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, as hex, so any script is safe. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let match: RegExpExecArray | null = null;
  for (const m of text.matchAll(pattern)) match = m;
  return match;
}

export function withInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // PDF structure is ASCII: latin1 maps bytes to characters one to one.
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = lastMatch(text, /startxref\s+(\d+)\s+%%EOF/g);
  const size = lastMatch(text, /\/Size\s+(\d+)/g);
  const rootRef = lastMatch(text, /\/Root\s+(\d+\s+\d+\s+R)/g);
  if (!startxref || !size || !rootRef) throw new Error('not a PDF this tool can update');

  const objectNumber = Number(size[1]);
  const body = Object.entries(info)
    .map(([key, value]) => `/${key} ${pdfTextString(value)}`)
    .join(' ');
  const prefix = text.endsWith('\n') ? '' : '\n';
  const objectOffset = pdf.length + prefix.length;
  const object = `${objectNumber} 0 obj\n<< ${body} >>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${prefix}${object}` +
    `xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${rootRef[1]} /Info ${objectNumber} 0 R /Prev ${startxref[1]} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]);
}

/** Number of pages: page objects in the file (Chromium writes no object streams). */
export function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
  );
}
