import { channelProblems } from '../views/index.ts';
import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { formatPath } from '../model/index.ts';
import { findingAt } from './place.ts';

/** Every complaint channel's address checked by its kind, and against the text the reader sees (src/domain/views/contact.ts). */
export function channelFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.standards.values())
    doc.data.complaints.channels.forEach((channel, i) => {
      for (const p of channelProblems(channel)) {
        const path = ['penanganan_pengaduan', 'saluran', i, p.field];
        out.push(findingAt(doc, path, p.code, `${formatPath(path)}: ${p.message}`));
      }
    });
  return out;
}
