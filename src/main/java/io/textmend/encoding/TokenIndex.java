package io.textmend.encoding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Dense ids for every token some language model has seen, shared by all models. Immutable. */
final class TokenIndex {

    private final int[] bmp = new int[0x10000];
    private final Map<Integer, Integer> astral = new HashMap<>();
    private final int size;

    private TokenIndex(TreeSet<Integer> tokens) {
        Arrays.fill(bmp, -1);
        int n = 0;
        for (int t : tokens) {
            if (t < 0x10000) {
                bmp[t] = n++;
            } else {
                astral.put(t, n++);
            }
        }
        size = n;
    }

    static TokenIndex of(List<LanguageModel.Raw> raw) {
        TreeSet<Integer> all = new TreeSet<>();
        for (LanguageModel.Raw r : raw) {
            all.addAll(r.uni().keySet());
        }
        return new TokenIndex(all);
    }

    int size() {
        return size;
    }

    /** The id of a token, or -1 when no language has it. */
    int id(int token) {
        return token < 0x10000 ? bmp[token] : astral.getOrDefault(token, -1);
    }
}
