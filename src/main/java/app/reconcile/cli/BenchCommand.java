package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.analysis.bench.SyntheticCorpus;
import app.reconcile.io.AtomicFileWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Headless benchmark: analyses synthetic corpora of growing size built from the seed articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the analysis engine on synthetic corpora of N articles (~700 words) built from seed texts.")
public final class BenchCommand implements Callable<Integer> {
    private static final int WORDS_PER_ARTICLE = 700;
    private static final long RANDOM_SEED = 20250807L;
    /**
     * The largest corpus: 400 articles take about 3 s and 210 MB of heap, so 2,000 stay within a default heap
     * and a coffee break; 2147483647 used to end in an OutOfMemoryError trace.
     */
    static final int MAX_ARTICLES = 2_000;

    @Option(names = "--sizes", split = ",", defaultValue = "5,50,200,400",
            description = "Corpus sizes in articles, comma-separated, each from 1 to " + MAX_ARTICLES
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--seeds", defaultValue = "seeds", description = "Folder of seed .txt articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Write one synthetic corpus as .txt files into DIR (created if missing) and stop, "
                    + "to time other tools on the same articles.")
    Path writeCorpus;

    @Option(names = "--size", defaultValue = "100",
            description = "Articles in the corpus written by --write-corpus, from 1 to " + MAX_ARTICLES
                    + " (default: ${DEFAULT-VALUE}).")
    int size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkSizes();
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts;
        try {
            texts = readSeeds(seeds);
        } catch (IOException | IllegalArgumentException e) {
            err().println(Terminal.line("reconcile: bench: cannot read seed articles from " + seeds + ": "
                    + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        SyntheticCorpus corpus = new SyntheticCorpus(texts, RANDOM_SEED);
        if (writeCorpus != null) {
            return write(corpus.articles(size, WORDS_PER_ARTICLE), out);
        }
        out.printf("%6s %8s %7s %9s %8s %8s %9s %9s%n", "N", "words", "facts", "conflicts", "wall ms", "cpu ms",
                "peak MB", "used MB");
        for (int n : sizes) {
            List<Article> articles = corpus.articles(n, WORDS_PER_ARTICLE);
            long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
            System.gc();
            resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<Fact> facts = new Analyzer().findFacts(articles, ProgressMonitor.NONE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
            out.printf("%6d %8d %7d %9d %8d %8d %9d %9d%n", n, words, facts.size(),
                    facts.stream().filter(Fact::isConflict).count(), ms, cpuMs, peakHeapMb(), used);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Before any work: a usage error (exit 2) names the option and the allowed range. */
    private void checkSizes() {
        for (int n : sizes) {
            if (n < 1 || n > MAX_ARTICLES) {
                throw new ParameterException(spec.commandLine(), "--sizes: " + n + " is not a corpus size; each size "
                        + "must be from 1 to " + MAX_ARTICLES + " articles");
            }
        }
        if (writeCorpus != null && (size < 1 || size > MAX_ARTICLES)) {
            throw new ParameterException(spec.commandLine(), "--size: " + size + " is not a corpus size; it must be "
                    + "from 1 to " + MAX_ARTICLES + " articles");
        }
    }

    /** Writes the articles as art_000.txt, art_001.txt, ... into {@link #writeCorpus}; existing files are kept. */
    private int write(List<Article> articles, PrintWriter out) {
        try {
            Files.createDirectories(writeCorpus);
            // through the atomic writer like every other file the CLI writes: only ever a regular file
            AtomicFileWriter writer = new AtomicFileWriter();
            for (int i = 0; i < articles.size(); i++) {
                byte[] text = articles.get(i).text().getBytes(StandardCharsets.UTF_8);
                writer.write(writeCorpus.resolve(String.format("art_%03d.txt", i)), file -> file.write(text));
            }
        } catch (IOException e) {
            err().println(Terminal.line("reconcile: bench: cannot write the corpus to " + writeCorpus + ": "
                    + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        out.println(Terminal.line("wrote " + articles.size() + " articles to " + writeCorpus));
        out.flush();
        return ExitCodes.OK;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static List<String> readSeeds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt files");
            }
            return texts;
        }
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not report it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
