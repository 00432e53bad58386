/** A minimal PDF laid out the way Chromium (Skia) writes one: page tree, named destinations, classic xref. */
export function pdfWithDestinations(
  pageCount: number,
  destinations: Record<string, number>,
  options: { perPagesNode?: number; /** The Info dictionary's entries, as Skia writes them: `/Creator (HeadlessChrome)`. */ info?: string } = {},
): Uint8Array {
  const perNode = options.perPagesNode ?? 8;
  const objects: string[] = [];
  // An object's id is its index + 1.
  const add = (body: string) => objects.push(body);
  const pageIds: number[] = [];
  // Pages first, as Skia does, then intermediate /Pages nodes, the root node, the dests and the catalog.
  for (let i = 0; i < pageCount; i++) {
    add('<</Type /Page\n/MediaBox [0 0 595 842]\n/Parent PARENT>>');
    pageIds.push(objects.length);
  }
  const nodeIds: number[] = [];
  for (let i = 0; i < pageCount; i += perNode) {
    const kids = pageIds.slice(i, i + perNode);
    add(`<</Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((id) => `${id} 0 R`).join(' ')}]>>`);
    nodeIds.push(objects.length);
  }
  add(`<</Type /Pages\n/Count ${pageCount}\n/Kids [${nodeIds.map((id) => `${id} 0 R`).join(' ')}]>>`);
  const rootPages = objects.length;
  add(`<<${Object.entries(destinations).map(([name, page]) => `/${name} [${pageIds[page - 1]} 0 R /XYZ 6 826 0]`).join('\n')}>>`);
  const dests = objects.length;
  add(`<</Type /Catalog\n/Pages ${rootPages} 0 R\n/Dests ${dests} 0 R>>`);
  const catalog = objects.length;
  let infoId: number | null = null;
  if (options.info !== undefined) {
    add(`<<${options.info}>>`);
    infoId = objects.length;
  }

  let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root ${catalog} 0 R${infoId === null ? '' : `\n/Info ${infoId} 0 R`}>>\nstartxref\n${xrefAt}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
