package org.scopeplus.io.run;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;

/**
 * A byte range of an activity CSV that starts and ends on a record boundary, and what calculating
 * its rows gave. Rows are numbered from 1 within the chunk until the rows of earlier chunks are
 * known.
 */
final class CsvChunk {

  final ActivityFileScan file;
  final long start;
  final long end;

  /** Non-empty lines read (the rows a spreadsheet would number). */
  long rows;

  /** Records calculated (in the requested year). */
  long calculated;

  /** The problems, with chunk-local row numbers. */
  final ProblemTally problems = new ProblemTally();

  /** Id hashes are kept in this many buckets, by their top bits. */
  static final int BUCKETS = 16;

  /** 64-bit hashes of the ids of every valid record, by bucket. */
  final long[][] idHashes = new long[BUCKETS][];

  final int[] idCount = new int[BUCKETS];

  /** True when the chunk holds CSV this reader leaves to the general reader (quotes, bare CR). */
  boolean unsupported;

  CsvChunk(ActivityFileScan file, long start, long end) {
    this.file = file;
    this.start = start;
    this.end = end;
    // a guess of one id per 64 bytes; the arrays grow when rows are shorter
    int guess = (int) Math.min(1 << 26, (end - start) / 64 / BUCKETS + 16);
    for (int b = 0; b < BUCKETS; b++) {
      idHashes[b] = new long[guess];
    }
  }

  void problem(Problem p) {
    problems.add(p);
  }

  void id(long hash) {
    int b = (int) (hash >>> 60);
    if (idCount[b] == idHashes[b].length) {
      idHashes[b] = java.util.Arrays.copyOf(idHashes[b], idCount[b] * 2);
    }
    idHashes[b][idCount[b]++] = hash;
  }

  /** The listed problems with their row numbers in the file. */
  List<Problem> problemsInFile(long rowsBefore) {
    List<Problem> listed = problems.listed();
    List<Problem> out = new ArrayList<>(listed.size());
    for (Problem p : listed) {
      out.add(p.atRow(p.row() + 1 + rowsBefore));
    }
    return out;
  }
}
