package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a task for each index of a list on the calling thread and on the common pool's workers, each taking the next
 * index when it finishes one. A parallel stream splits the range into fixed chunks up front, so on two cores the last
 * chunk of a lint (cold code, one large file) ran on one core while the other sat idle; taking one index at a time
 * keeps every core busy to the end.
 */
public final class EachIndex {

    private EachIndex() {}

    /**
     * Runs {@code task} once for each index in {@code [0, count)}, on as many threads as the common pool has workers
     * plus the caller, and returns when all have run. A task that throws stops the others from taking more indices;
     * the first failure is rethrown (one from a pool thread as {@link ForkJoinTask#join()} rethrows it: an
     * exception of its type caused by it).
     *
     * @param count how many indices
     * @param task  what to do with one index; it runs concurrently with itself
     */
    public static void run(int count, IntConsumer task) {
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(count); // the others stop at their next index
                throw e;
            }
        };
        List<ForkJoinTask<?>> started = new ArrayList<>(Math.max(0, helpers));
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinPool.commonPool().submit(worker));
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> t : started) {
            try {
                t.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
    }
}
