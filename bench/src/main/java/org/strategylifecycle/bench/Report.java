package org.strategylifecycle.bench;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The results block: one line per phase, the ratios to the ceiling, and every error. */
final class Report {

    private static final String ROW = "%-34s %9s %8s %8s %8s %9s %9s %7s%n";

    private Report() {
    }

    /** Machine facts as the driver's JVM sees them, with the load average that tells how busy it was. */
    static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return "nproc=%d memory=%.1fGiB java=%s (%s) load-average=%.2f".formatted(
                os.getAvailableProcessors(), os.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), os.getSystemLoadAverage());
    }

    static void print(PrintStream out, BenchOptions options, String machineAtStart, String database,
                      List<LoadRun.Result> commands, List<ChainLag> lags, LoadRun.Result ceiling) {
        out.println("----- command bench results -----");
        out.printf("when: %s  clients: %d  warm-up: %ds (raw INSERT %ds)  measured: %ds  editions: %d x %d goals%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), options.clients(), options.warmup().toSeconds(),
                RawInsertCeiling.warmup(options).toSeconds(), options.measure().toSeconds(), options.editions(),
                options.goals());
        out.println("machine at start: " + machineAtStart);
        out.println("machine at end:   " + machine());
        out.println("database: " + database);
        out.printf(ROW, "phase", "ops/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ok", "errors");
        for (LoadRun.Result result : commands) {
            row(out, result);
        }
        row(out, ceiling);
        for (LoadRun.Result result : commands) {
            out.printf("ratio %s ÷ %s: %.3f%n", result.name(), ceiling.name(), result.perSecond() / ceiling.perSecond());
        }
        out.println("CPU in the measured window, core-seconds (ms per successful op; of which a JVM's JIT compiler and GC/VM threads):");
        for (LoadRun.Result result : commands) {
            cpu(out, result);
        }
        cpu(out, ceiling);
        lags.forEach(out::println);
        for (LoadRun.Result result : commands) {
            errors(out, result);
        }
        errors(out, ceiling);
        out.println("----- end of results -----");
    }

    private static void row(PrintStream out, LoadRun.Result result) {
        Histogram h = result.latencyMicros();
        out.printf(ROW, result.name(), "%.1f".formatted(result.perSecond()),
                millis(h.getValueAtPercentile(50)), millis(h.getValueAtPercentile(90)),
                millis(h.getValueAtPercentile(99)), millis(h.getMaxValue()), result.ok(), result.errorCount());
    }

    private static void cpu(PrintStream out, LoadRun.Result result) {
        CpuMeter.Usage cpu = result.cpu();
        StringBuilder line = new StringBuilder("  %-32s".formatted(result.name()));
        cpu.processes().forEach((name, seconds) -> {
            line.append(" %s %.1f (%.2f".formatted(name, seconds, perOp(seconds, result)));
            CpuMeter.JvmShare jvm = cpu.jvm().get(name);
            if (jvm != null) {
                line.append("; JIT %.2f, GC %.2f".formatted(perOp(jvm.jit(), result), perOp(jvm.gc(), result)));
            }
            line.append(")");
        });
        cpu.others().ifPresent(others -> line.append(" | rest of machine %.1f".formatted(others)));
        cpu.machineBusy().ifPresent(busy -> line.append(" | machine busy %.1f of %.1f".formatted(
                busy, cpu.cores() * cpu.wallSeconds())));
        out.println(line);
    }

    /** Milliseconds per successful operation. */
    private static double perOp(double seconds, LoadRun.Result result) {
        return result.ok() == 0 ? 0 : seconds * 1000 / result.ok();
    }

    private static void errors(PrintStream out, LoadRun.Result result) {
        if (result.errorCount() == 0 && result.warmupErrors() == 0) {
            return;
        }
        out.printf("errors in %s: %d measured, %d during warm-up%n", result.name(), result.errorCount(),
                result.warmupErrors());
        result.errors().forEach((kind, count) -> out.printf("  %6d x %s; first: %s%n", count, kind,
                abbreviate(result.firstErrors().get(kind))));
    }

    private static String millis(long micros) {
        return "%.1f".formatted(micros / 1000.0);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
