package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutputBatchTest {

    @Test
    void writesRunSideBySide() throws IOException {
        // two writes that each wait for the other: they finish only if they run at the same time
        CountDownLatch both = new CountDownLatch(2);
        OutputBatch.Write meet = () -> {
            both.countDown();
            try {
                assertTrue(both.await(10, TimeUnit.SECONDS), "the other write never started");
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        };
        new OutputBatch(2).add(meet).add(meet).run();
        assertEquals(0, both.getCount());
    }

    @Test
    void theFirstAddedFailureIsThrownAfterEveryWriteHasEnded() {
        AtomicInteger ended = new AtomicInteger();
        CountDownLatch laterFailed = new CountDownLatch(1);
        OutputBatch batch = new OutputBatch(3)
                .add(() -> {
                    try {
                        // fails after the later write has failed, so timing alone would pick the other
                        laterFailed.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    ended.incrementAndGet();
                    throw new IOException("graph.gexf: disk full");
                })
                .add(() -> {
                    ended.incrementAndGet();
                    laterFailed.countDown();
                    throw new IOException("graph.json: disk full");
                })
                .add(() -> {
                    sleep(200);
                    ended.incrementAndGet();
                });
        IOException thrown = assertThrows(IOException.class, batch::run);
        assertEquals("graph.gexf: disk full", thrown.getMessage());
        assertEquals(3, ended.get(), "every write ended before run returned");
    }

    @Test
    void oneThreadWritesInOrderOnTheCaller() throws IOException {
        StringBuilder order = new StringBuilder();
        Thread caller = Thread.currentThread();
        new OutputBatch(1)
                .add(() -> order.append(Thread.currentThread() == caller ? "a" : "?"))
                .add(() -> order.append(Thread.currentThread() == caller ? "b" : "?"))
                .run();
        assertEquals("ab", order.toString());
    }

    @Test
    void aProgramFaultIsNotTurnedIntoAnIoError() {
        OutputBatch batch = new OutputBatch(2).add(() -> {
        }).add(() -> {
            throw new IllegalStateException("bug");
        });
        assertEquals("bug", assertThrows(IllegalStateException.class, batch::run).getMessage());
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
