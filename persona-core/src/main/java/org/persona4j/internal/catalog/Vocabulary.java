package org.persona4j.internal.catalog;

import java.util.Arrays;

/**
 * Words to dense ids, looked up by their characters in a buffer, so a tokeniser can count words without making a
 * {@code String} for each. Open addressing over one character pool. Not thread-safe for writing; reading a
 * vocabulary nobody writes any more is safe.
 */
final class Vocabulary {

    private int[] slots = new int[1024]; // id + 1, or 0 for empty
    private int[] hashes = new int[256];
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];
    /** Per word, its first four chars packed, so most comparisons are one {@code long} comparison. */
    private long[] heads = new long[256];

    private char[] pool = new char[4096];
    private int poolSize;
    private int size;

    /** The number of distinct words. */
    int size() {
        return size;
    }

    /** The id of {@code chars[0..length)}, or -1. {@code hash} is {@link #hash} of the same characters. */
    int find(char[] chars, int length, int hash) {
        int mask = slots.length - 1;
        long head = head(chars, length);
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int id = slots[i] - 1;
            if (id < 0) {
                return -1;
            }
            if (hashes[id] == hash
                    && lengths[id] == length
                    && heads[id] == head
                    && sameTail(offsets[id], chars, length)) {
                return id;
            }
        }
    }

    /** The id of {@code chars[0..length)}, adding the word if it is new. */
    int add(char[] chars, int length, int hash) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        long head = head(chars, length);
        for (; ; i = (i + 1) & mask) {
            int id = slots[i] - 1;
            if (id < 0) {
                break;
            }
            if (hashes[id] == hash
                    && lengths[id] == length
                    && heads[id] == head
                    && sameTail(offsets[id], chars, length)) {
                return id;
            }
        }
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            offsets = Arrays.copyOf(offsets, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
            heads = Arrays.copyOf(heads, id * 2);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, 0, pool, poolSize, length);
        hashes[id] = hash;
        offsets[id] = poolSize;
        lengths[id] = length;
        heads[id] = head;
        poolSize += length;
        slots[i] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private static long head(char[] chars, int length) {
        long h = 0;
        for (int i = 0, n = Math.min(4, length); i < n; i++) {
            h = h << 16 | chars[i];
        }
        return h;
    }

    /** The chars after the first four; a plain loop, as words are short and the rest is mostly empty. */
    private boolean sameTail(int offset, char[] chars, int length) {
        char[] p = pool;
        for (int i = 4; i < length; i++) {
            if (p[offset + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /** The word with this id. */
    String word(int id) {
        return new String(pool, offsets[id], lengths[id]);
    }

    /** The hash the vocabulary expects: the same as {@link String#hashCode()} of the characters. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = spread(hashes[id]) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id + 1;
        }
        slots = bigger;
    }

    /** Mixes the high bits of a polynomial hash into the low ones the table uses. */
    private static int spread(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
    }
}
