package org.strategylifecycle.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each of N threads calls its worker back to back for the warm-up and then the
 * measured window, and stops by itself. Counted are the calls that start and end inside the measured
 * window; every failure is counted, by kind, the warm-up's too. CPU use is taken over the measured
 * window (which ends when the last call in flight returns).
 */
final class LoadRun {

    /** What one call did wrong: a short kind to count by and the detail of its first occurrence. */
    record Failure(String kind, String detail) {
    }

    /** One client's unit of load. */
    interface Worker extends AutoCloseable {
        /** Does one operation; null when it succeeded. */
        Failure call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    record Result(String name, int clients, Duration measured, long ok, Histogram latencyMicros,
                  Map<String, Long> errors, Map<String, String> firstErrors, long warmupErrors, CpuMeter.Usage cpu) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Successful operations per second of the measured window. */
        double perSecond() {
            return ok / (measured.toNanos() / 1e9);
        }
    }

    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;
    /** A thread still busy this long after the end is stuck: its call's own timeout has passed. */
    private static final Duration JOIN_GRACE = CommandApi.REQUEST_TIMEOUT.plusSeconds(30);

    private static final class Client implements Runnable {
        final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        final Map<String, Long> errors = new TreeMap<>();
        final Map<String, String> firstErrors = new TreeMap<>();
        final Worker worker;
        final CountDownLatch start;
        long warmEnd;
        long end;
        long ok;
        long warmupErrors;

        Client(Worker worker, CountDownLatch start) {
            this.worker = worker;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
                for (long begin = System.nanoTime(); begin < end; begin = System.nanoTime()) {
                    Failure failure = callOnce();
                    long done = System.nanoTime();
                    if (begin < warmEnd) {
                        warmupErrors += failure == null ? 0 : 1;
                    } else if (done <= end) {
                        count(failure, (done - begin) / 1000);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Failure callOnce() throws InterruptedException {
            try {
                return worker.call();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                return new Failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        }

        private void count(Failure failure, long micros) {
            latencies.recordValue(Math.min(micros, HIGHEST_MICROS));
            if (failure == null) {
                ok++;
            } else {
                errors.merge(failure.kind(), 1L, Long::sum);
                firstErrors.putIfAbsent(failure.kind(), failure.detail());
            }
        }
    }

    private LoadRun() {
    }

    static Result run(String name, int clients, Duration warmup, Duration measure, CpuMeter cpu,
                      IntFunction<Worker> workers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CpuMeter.Usage usage;
        List<Client> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Client client = new Client(workers.apply(i), start);
                all.add(client);
                Thread thread = new Thread(client, "load-" + i);
                threads.add(thread);
                thread.start();
            }
            long begin = System.nanoTime();
            for (Client client : all) {
                client.warmEnd = begin + warmup.toNanos();
                client.end = client.warmEnd + measure.toNanos();
            }
            start.countDown();
            Thread.sleep(warmup.toMillis());
            cpu.start();
            long deadline = begin + warmup.plus(measure).plus(JOIN_GRACE).toNanos();
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (thread.isAlive()) {
                    throw new IllegalStateException(thread.getName() + " did not stop by itself");
                }
            }
            usage = cpu.stop();
        } finally {
            threads.forEach(Thread::interrupt);
            for (Client client : all) {
                client.worker.close();
            }
        }
        Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        Map<String, Long> errors = new TreeMap<>();
        Map<String, String> firstErrors = new TreeMap<>();
        long ok = 0;
        long warmupErrors = 0;
        for (Client client : all) {
            latencies.add(client.latencies);
            client.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
            client.firstErrors.forEach(firstErrors::putIfAbsent);
            ok += client.ok;
            warmupErrors += client.warmupErrors;
        }
        return new Result(name, clients, measure, ok, latencies, errors, firstErrors, warmupErrors, usage);
    }
}
