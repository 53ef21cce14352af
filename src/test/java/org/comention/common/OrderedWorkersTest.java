package org.comention.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedWorkersTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void resultsArriveInSubmissionOrderWhateverTheWorkersTake(int threads) throws IOException {
        SplittableRandom random = new SplittableRandom(threads);
        int[] delays = IntStream.range(0, 300).map(i -> random.nextInt(0, 3)).toArray();
        List<Integer> merged = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(threads, 3 * threads, item -> {
            sleep(delays[item]);
            return item * 10;
        }, merged::add)) {
            for (int i = 0; i < delays.length; i++) {
                workers.submit(i);
            }
            workers.finish();
        }
        assertEquals(IntStream.range(0, delays.length).map(i -> i * 10).boxed().toList(), merged);
    }

    @Test
    void neverMoreItemsInFlightThanTheCapacity() throws IOException {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger mergedCount = new AtomicInteger();
        int capacity = 5;
        int[] worst = new int[1];
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(4, capacity, item -> {
            sleep(1);
            return item;
        }, item -> mergedCount.incrementAndGet())) {
            for (int i = 0; i < 200; i++) {
                submitted.incrementAndGet();
                workers.submit(i);
                worst[0] = Math.max(worst[0], submitted.get() - mergedCount.get());
            }
            workers.finish();
        }
        assertEquals(200, mergedCount.get());
        assertTrue(worst[0] <= capacity, "in flight at most " + capacity + ", saw " + worst[0]);
    }

    @Test
    void aWorkersIOExceptionReachesTheSubmitter() {
        IOException thrown = assertThrows(IOException.class, () -> {
            try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(2, 4, item -> {
                if (item == 7) {
                    throw new IOException("item 7 unreadable");
                }
                return item;
            }, item -> { })) {
                for (int i = 0; i < 20; i++) {
                    workers.submit(i);
                }
                workers.finish();
            }
        });
        assertEquals("item 7 unreadable", thrown.getMessage());
    }

    @Test
    void aWorkersRuntimeExceptionIsRethrownAsItself() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(3, 4, item -> {
                throw new IllegalStateException("bug");
            }, item -> { })) {
                workers.submit(1);
                workers.finish();
            }
        });
        assertEquals("bug", thrown.getMessage());
    }

    @Test
    void oneThreadRunsOnTheCaller() throws IOException {
        Thread caller = Thread.currentThread();
        List<Thread> seen = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(1, 1, item -> {
            seen.add(Thread.currentThread());
            return item;
        }, item -> { })) {
            workers.submit(1);
            workers.submit(2);
            workers.finish();
        }
        assertEquals(List.of(caller, caller), seen);
    }

    @Test
    void rejectsNonsenseParameters() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers<Integer, Integer>(0, 1, i -> i, i -> { }));
        assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers<Integer, Integer>(2, 0, i -> i, i -> { }));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
