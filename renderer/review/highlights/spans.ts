/**
 * Which stretches of text a finding underlines: every spelling of a name finding, the primary
 * span otherwise, plus related spans (the other half of a number conflict). Carried over an
 * edit the worker has not seen yet, and cut at block boundaries so each piece lies in one block.
 */
import type { Finding } from '../../../shared/analysis/types.ts';
import { shiftSpan, type TextEdit } from '../../analysis/shift.ts';
import { blockAt, type TextMap } from './textMap.ts';

export interface BlockPiece {
  finding: Finding;
  blockKey: string;
  start: number;
  end: number;
}

export function findingSpans(finding: Finding): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (finding.variants?.length) for (const v of finding.variants) for (const r of v.ranges) spans.push([r[0], r[1]]);
  else spans.push([finding.start, finding.end]);
  for (const r of finding.related ?? []) spans.push([r.start, r.end]);
  return spans;
}

export function piecesFor(findings: readonly Finding[], map: TextMap, edit: TextEdit | null): BlockPiece[] {
  const out: BlockPiece[] = [];
  for (const finding of findings) {
    for (const [s0, e0] of findingSpans(finding)) {
      const moved = shiftSpan(edit, s0, e0);
      if (!moved || moved[1] <= moved[0]) continue;
      let start = moved[0];
      const end = moved[1];
      // A span over several blocks (a furniture block, say) becomes one piece per block.
      while (start < end) {
        const block = blockAt(map, start);
        if (!block) break;
        const pieceEnd = Math.min(end, block.end);
        if (pieceEnd > start) out.push({ finding, blockKey: block.key, start, end: pieceEnd });
        if (pieceEnd >= end) break;
        const next = map.blocks[map.blocks.indexOf(block) + 1];
        if (!next) break;
        start = Math.max(next.start, pieceEnd);
      }
    }
  }
  return out;
}
