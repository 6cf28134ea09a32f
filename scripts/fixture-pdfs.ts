// npm run fixture-pdfs -- OUTDIR [COUNT]: the generated SOP PDFs of tools/sop-pdf.ts (every trait set, the
// tables the importer must refuse, a scan, and COUNT varied documents), for trying `npm run impor`
// without a real agency's files.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { GARBAGE_SET, makeSopPdf, PAGE, PNG, TRAIT_SET } from '../tools/sop-pdf.ts';

{
  const out = process.argv[2] ?? '/tmp/sop-pdfs';
  const count = Number(process.argv[3] ?? 0);
  await mkdir(out, { recursive: true });
  // Each its own number: one number in two documents is an error the import reports.
  for (const [i, f] of [...TRAIT_SET, ...GARBAGE_SET].entries()) await writeFile(path.join(out, `${f.name}.pdf`), await makeSopPdf({ ...f.sop, nama: `${f.sop.nama} (${f.name})`, nomor: `SOP-${String(i + 1).padStart(3, '0')}/17000/2024` }, f.traits));
  // A scan: one picture, no text layer.
  const scan = await PDFDocument.create();
  const img = await scan.embedPng(PNG);
  scan.addPage(PAGE).drawImage(img, { x: 20, y: 20, width: 800, height: 555 });
  await writeFile(path.join(out, 'pindaian.pdf'), await scan.save());
  // An archive: every trait set in turn, each document its own name and number.
  for (let i = 0; i < count; i++) {
    const variant = TRAIT_SET[i % TRAIT_SET.length]!;
    const sop = { ...variant.sop, nama: `${variant.sop.nama} ${i + 1}`, nomor: `SOP-${100 + i}/17000/2025` };
    await writeFile(path.join(out, `sop-${String(i + 1).padStart(3, '0')}.pdf`), await makeSopPdf(sop, variant.traits));
  }
  console.log(`${TRAIT_SET.length + GARBAGE_SET.length + 1 + count} PDF di ${out}`);
}

