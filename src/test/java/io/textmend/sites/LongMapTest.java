package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongMapTest {

    @Test
    void behavesLikeAHashMapThroughGrowthAndRemoval() {
        LongMap<Long> m = new LongMap<>();
        Map<Long, Long> ref = new HashMap<>();
        Random r = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            long k = r.nextInt(5000) + 1L;
            if (i % 3 == 0) {
                k = r.nextLong() | 1;
            }
            m.put(k, (long) i);
            ref.put(k, (long) i);
        }
        m.removeIf(v -> v % 2 == 0);
        ref.values().removeIf(v -> v % 2 == 0);
        assertThat(m.size()).isEqualTo(ref.size());
        Map<Long, Long> back = new HashMap<>();
        m.forEach(back::put);
        assertThat(back).isEqualTo(ref);
        for (Map.Entry<Long, Long> e : ref.entrySet()) {
            assertThat(m.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(m.get(123_456_789_123L)).isNull();
    }
}
