package org.strategylifecycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent during a window, by the processes the bench watches (each with its descendants,
 * e.g. PostgreSQL's backends under dev-database) and by the whole machine, so that a result can tell
 * which process used the cores and how much the machine's other work took. For a JVM it also tells
 * how much of its time its JIT compiler and its garbage collector took (Linux only), so that a short
 * warm-up's compilations are not mistaken for the cost of the requests.
 */
final class CpuMeter {

    /** Core-seconds per watched process and for the machine; {@code machineBusy} is empty off Linux. */
    record Usage(Map<String, Double> processes, Map<String, JvmShare> jvm, Optional<Double> machineBusy,
                 double wallSeconds, int cores) {

        /** CPU time not accounted to a watched process: other users of the machine, and the kernel. */
        Optional<Double> others() {
            double watched = processes.values().stream().mapToDouble(Double::doubleValue).sum();
            return machineBusy.map(busy -> Math.max(0, busy - watched));
        }
    }

    /** Core-seconds of a JVM's JIT compiler threads and of its GC and VM threads. */
    record JvmShare(double jit, double gc) {
    }

    private record Snapshot(long nanos, Map<String, Duration> processes, Map<String, long[]> jvmTicks,
                            Optional<Long> machineBusyTicks) {
    }

    /** The kernel's USER_HZ, 100 on every common Linux build. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final Map<String, Long> watched;
    private Snapshot start;

    /** {@code watched}: names and root process ids; this driver is always watched as "driver". */
    CpuMeter(Map<String, Long> watched) {
        this.watched = new LinkedHashMap<>(watched);
        this.watched.put("driver", ProcessHandle.current().pid());
    }

    void start() {
        start = snapshot();
    }

    Usage stop() {
        Snapshot end = snapshot();
        Map<String, Double> processes = new LinkedHashMap<>();
        end.processes().forEach((name, cpu) -> processes.put(name, seconds(cpu.minus(start.processes().get(name)))));
        Map<String, JvmShare> jvm = new LinkedHashMap<>();
        end.jvmTicks().forEach((name, ticks) -> {
            long[] before = start.jvmTicks().getOrDefault(name, new long[2]);
            if (ticks[0] + ticks[1] > 0) {
                jvm.put(name, new JvmShare((ticks[0] - before[0]) / TICKS_PER_SECOND, (ticks[1] - before[1]) / TICKS_PER_SECOND));
            }
        });
        Optional<Double> busy = end.machineBusyTicks()
                .flatMap(e -> start.machineBusyTicks().map(s -> (e - s) / TICKS_PER_SECOND));
        return new Usage(processes, jvm, busy, (end.nanos() - start.nanos()) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private Snapshot snapshot() {
        Map<String, Duration> processes = new LinkedHashMap<>();
        Map<String, long[]> jvmTicks = new LinkedHashMap<>();
        watched.forEach((name, pid) -> {
            processes.put(name, treeCpu(pid));
            jvmTicks.put(name, jvmThreadTicks(pid));
        });
        return new Snapshot(System.nanoTime(), processes, jvmTicks, machineBusyTicks());
    }

    /**
     * Ticks of the process's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre") and of its GC
     * and VM threads ("GC Thread#0", "G1 Conc#0", "VM Thread", ...), from /proc/PID/task/TID/stat; zeros
     * for a process without them or off Linux. Compiler threads the JVM retires within the window take
     * their time with them, so the JIT figure can only be low.
     */
    private static long[] jvmThreadTicks(long pid) {
        long[] ticks = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        ticks[0] += used;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
                        ticks[1] += used;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
        return ticks;
    }

    /** CPU time of a process and its living descendants (a process gone since is no longer counted). */
    private static Duration treeCpu(long pid) {
        return ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants())
                        .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
    }

    /** All cores' busy time from the first line of /proc/stat ("cpu user nice system idle iowait irq softirq ..."). */
    private static Optional<Long> machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(f[i]);
            }
            return Optional.of(busy);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
