package org.persona4j.internal.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of two texts were removed and added: the common prefix and suffix are set aside, and the middle is
 * compared by longest common subsequence when it is small enough ({@link #MAX_CELLS}); a larger middle counts as
 * wholly changed, so that no input makes the comparison quadratic beyond a fixed bound.
 */
final class LineDiff {

    /** The largest middle compared line by line: rows times columns of the table. */
    static final long MAX_CELLS = 1_000_000;

    /** Lines (0-based) of the old text that are gone, and of the new text that are new. */
    record Result(List<Integer> removed, List<Integer> added) {
        boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    private LineDiff() {}

    static Result between(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        int n = endA - start;
        int m = endB - start;
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = start; i < endA; i++) {
                removed.add(i);
            }
            for (int j = start; j < endB; j++) {
                added.add(j);
            }
            return new Result(removed, added);
        }
        // lcs[i][j]: the longest common subsequence of a[start+i..endA) and b[start+j..endB)
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(start + i).equals(b.get(start + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(start + j++);
            } else {
                removed.add(start + i++);
            }
        }
        return new Result(removed, added);
    }
}
