package org.scopeplus.io.run;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.problem.Problem;

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

  /** The first problems, with chunk-local row numbers. */
  final List<Problem> problems = new ArrayList<>();

  long problemCount;

  /** 64-bit hashes of the ids of every valid record, sorted once the chunk is done. */
  long[] idHashes;

  int idCount;

  /** True when the chunk holds CSV this reader leaves to the general reader (quotes, bare CR). */
  boolean unsupported;

  CsvChunk(ActivityFileScan file, long start, long end) {
    this.file = file;
    this.start = start;
    this.end = end;
    // a guess of one id per 64 bytes; the array grows when rows are shorter
    this.idHashes = new long[(int) Math.min(Integer.MAX_VALUE - 8, (end - start) / 64 + 16)];
  }

  void problem(Problem p) {
    problemCount++;
    if (problems.size() < InventoryJob.MAX_PROBLEMS) {
      problems.add(p);
    }
  }

  void id(long hash) {
    if (idCount == idHashes.length) {
      idHashes = java.util.Arrays.copyOf(idHashes, idCount * 2);
    }
    idHashes[idCount++] = hash;
  }

  /** The problems with their row numbers in the file. */
  List<Problem> problemsInFile(long rowsBefore) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(new Problem(p.file(), p.row() + 1 + rowsBefore, p.column(), p.message()));
    }
    return out;
  }
}
