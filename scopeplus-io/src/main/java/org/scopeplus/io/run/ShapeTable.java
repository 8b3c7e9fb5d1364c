package org.scopeplus.io.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Record shapes by the ids of their eight interned cells (org unit, facility, period, activity
 * type, unit, region, substance, instrument): an open-addressing table, so that finding the shape
 * of a row costs no allocation. Not thread-safe.
 */
final class ShapeTable {

  private static final int KEY = 8;

  private int[] keys = new int[KEY * 1024];
  private RecordShape[] values = new RecordShape[1024];
  private final List<RecordShape> all = new ArrayList<>();

  RecordShape get(int a, int b, int c, int d, int e, int f, int g, int h) {
    int mask = values.length - 1;
    int slot = hash(a, b, c, d, e, f, g, h) & mask;
    while (true) {
      RecordShape s = values[slot];
      if (s == null) {
        return null;
      }
      int k = slot * KEY;
      if (keys[k] == a
          && keys[k + 1] == b
          && keys[k + 2] == c
          && keys[k + 3] == d
          && keys[k + 4] == e
          && keys[k + 5] == f
          && keys[k + 6] == g
          && keys[k + 7] == h) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(int a, int b, int c, int d, int e, int f, int g, int h, RecordShape shape) {
    if ((all.size() + 1) * 2 > values.length) {
      grow();
    }
    insert(new int[] {a, b, c, d, e, f, g, h}, 0, shape);
    all.add(shape);
  }

  private void insert(int[] key, int offset, RecordShape shape) {
    int mask = values.length - 1;
    int slot =
        hash(
                key[offset],
                key[offset + 1],
                key[offset + 2],
                key[offset + 3],
                key[offset + 4],
                key[offset + 5],
                key[offset + 6],
                key[offset + 7])
            & mask;
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    values[slot] = shape;
    System.arraycopy(key, offset, keys, slot * KEY, KEY);
  }

  private void grow() {
    int[] oldKeys = keys;
    RecordShape[] old = values;
    keys = new int[oldKeys.length * 2];
    values = new RecordShape[old.length * 2];
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        insert(oldKeys, i * KEY, old[i]);
      }
    }
  }

  /** Every shape, in the order first seen. */
  List<RecordShape> values() {
    return all;
  }

  private static int hash(int a, int b, int c, int d, int e, int f, int g, int h) {
    int x = a;
    x = x * 0x9E3779B1 + b;
    x = x * 0x9E3779B1 + c;
    x = x * 0x9E3779B1 + d;
    x = x * 0x9E3779B1 + e;
    x = x * 0x9E3779B1 + f;
    x = x * 0x9E3779B1 + g;
    x = x * 0x9E3779B1 + h;
    return x ^ (x >>> 16);
  }
}
