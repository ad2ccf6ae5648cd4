package org.strategylifecycle.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Throughput and latency of command-service under N concurrent clients, beside the PostgreSQL
 * single-row INSERT rate at the same concurrency. Run by bench/run-command-bench.sh; arguments in
 * {@link BenchOptions}. Exits 1 when any request failed or the chain keeper stopped linking, after
 * printing the results.
 */
public final class CommandBench {

    private CommandBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        String machineAtStart = Report.machine();
        CommandApi api = new CommandApi(options.baseUrl(), options.user(), options.password());
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        int clients = options.clients();

        log("set-up: %d editions with %d goals each", options.editions(), options.goals());
        List<Editions.Edition> editions = Editions.create(api, run + "-e", options.editions(), options.goals(), clients);
        List<LoadRun.Result> commands = new ArrayList<>();
        log("commands over %d editions: %ds warm-up, %ds measured", editions.size(),
                options.warmup().toSeconds(), options.measure().toSeconds());
        commands.add(LoadRun.run("commands, " + editions.size() + " editions", clients, options.warmup(),
                options.measure(), new CpuMeter(options.cpuOf()),
                client -> new Sender(api, new Editor("c" + client, own(editions, client, clients), client))));
        List<ChainLag> lags = new ArrayList<>();
        lags.add(ChainLag.after(commands.get(0).name(), options));

        if (options.hot()) {
            List<Editions.Edition> hot = Editions.create(api, run + "-hot", 1, options.goals(), 1);
            log("commands to one hot edition %s", hot.get(0).strategyId());
            commands.add(LoadRun.run("commands, 1 hot edition", clients, options.warmup(), options.measure(),
                    new CpuMeter(options.cpuOf()), client -> new Sender(api, new Editor("c" + client, hot, client))));
            lags.add(ChainLag.after(commands.get(1).name(), options));
        }

        log("raw INSERT ceiling over %d connections", clients);
        LoadRun.Result ceiling = RawInsertCeiling.run(options);

        Report.print(System.out, options, machineAtStart, RawInsertCeiling.settings(options), commands, lags, ceiling);
        boolean failed = ceiling.errorCount() + ceiling.warmupErrors() > 0
                || commands.stream().anyMatch(r -> r.errorCount() + r.warmupErrors() > 0)
                || lags.stream().anyMatch(lag -> !lag.caughtUp());
        System.exit(failed ? 1 : 0);
    }

    /** The editions client {@code client} of {@code clients} writes to: every clients-th, so no two share one. */
    private static List<Editions.Edition> own(List<Editions.Edition> editions, int client, int clients) {
        List<Editions.Edition> own = new ArrayList<>();
        for (int i = client; i < editions.size(); i += clients) {
            own.add(editions.get(i));
        }
        return own;
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    /** Sends an editor's commands; any answer but 2xx is a failure, counted by status and command. */
    private record Sender(CommandApi api, Editor editor) implements LoadRun.Worker {
        @Override
        public LoadRun.Failure call() throws Exception {
            Editor.Command command = editor.next();
            CommandApi.Response response = api.post(command.path(), command.body());
            if (!response.ok()) {
                return new LoadRun.Failure("HTTP " + response.status() + " " + command.kind(), response.body());
            }
            command.onAccepted().run();
            return null;
        }
    }
}
