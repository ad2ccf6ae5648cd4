package org.strategylifecycle.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar corpus-loader.jar [--corpus DIR] [--url URL]}: loads the corpus into a running
 * command-service. Login from {@code STRATEGY_CORPUS_USER} / {@code STRATEGY_CORPUS_PASSWORD} (default
 * the local demo user {@code editor}); URL from {@code --url}, else {@code STRATEGY_COMMAND_URL}, else
 * {@code http://localhost:$COMMAND_SERVICE_PORT}. Exits 0 when every step is in the store, 1 otherwise.
 */
public final class CorpusLoaderMain {

    private CorpusLoaderMain() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of("corpus");
        String url = System.getenv("STRATEGY_COMMAND_URL");
        if (url == null || url.isBlank()) {
            url = "http://localhost:" + env("COMMAND_SERVICE_PORT", "8081");
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(value(args, ++i));
                case "--url" -> url = value(args, ++i);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (!Files.isRegularFile(corpus.resolve("histories.json"))) {
            usage(corpus.toAbsolutePath() + " holds no histories.json");
        }
        try {
            CorpusLoader.Result result = new CorpusLoader(corpus, url, env("STRATEGY_CORPUS_USER", "editor"),
                    env("STRATEGY_CORPUS_PASSWORD", "editor"), System.out).load();
            System.out.println("Corpus loaded: " + (result.accepted() + result.alreadyThere()) + " steps in the store ("
                    + result.accepted() + " accepted, or replayed by their Idempotency-Key without recording anything; "
                    + result.alreadyThere() + " already present).");
        } catch (RuntimeException e) {
            System.err.println("Corpus not loaded: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -jar corpus-loader.jar [--corpus DIR] [--url COMMAND_SERVICE_URL]");
        System.exit(2);
    }
}
