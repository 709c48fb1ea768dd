package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.analysis.Analyzer;
import app.reconcile.core.Project;
import app.reconcile.core.analysis.FactFinder;
import app.reconcile.core.analysis.ProgressMonitor;
import app.reconcile.core.carry.CarriedDecision;
import app.reconcile.core.carry.DecisionCarrier;
import app.reconcile.core.carry.LostDecision;
import app.reconcile.io.ArticleImporter;
import app.reconcile.io.ImportResult;
import app.reconcile.io.ProjectDocument;
import app.reconcile.io.ProjectFileException;
import app.reconcile.io.ProjectFiles;
import app.reconcile.io.WebAddress;
import app.reconcile.io.WebArticleFetcher;
import app.reconcile.io.WriteTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code analyze [--keep OLD] [--out FILE] PATH|URL...}: articles in, a new project file out; with {@code --keep},
 * the decisions of an earlier project carried over to the new facts, and each one that could not be named.
 */
@Command(name = "analyze",
        description = "Read article files or folders (.txt, .md, .html) and article pages on the web (http:// or "
                + "https://), find the facts they state and where they differ, and write a new project file (to "
                + "stdout without --out).")
public final class AnalyzeCommand implements Callable<Integer> {

    private final ArticleInputs inputs;
    private final FactFinder finder;
    private final ProjectFiles projectFiles;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Project file to write (atomically).")
    Path out;

    @Option(names = "--explain", description = "Write to stderr, for each fact, why its mentions were put together "
            + "(each evidence signal and what it added to the score).")
    boolean explain;

    @Option(names = "--explain-pair", arity = "2", paramLabel = "TEXT",
            description = "Print why the first value written TEXT A and the first written TEXT B (case ignored) were "
                    + "or were not put together in one fact, signal by signal, and stop: no project is written.")
    List<String> explainPair;

    @Option(names = {"-k", "--keep"}, paramLabel = "OLD.json",
            description = "An earlier project file: its decisions are carried over to the new facts that cover the "
                    + "same text (articles are recognised by their text); those that cannot be are listed on stderr.")
    Path keep;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Article files, folders holding them, or "
            + "addresses of article pages (http:// or https://). A page that cannot be fetched is skipped with its "
            + "reason on stderr; the command fails only if fewer than two articles are left.")
    List<String> paths;

    public AnalyzeCommand(ArticleImporter importer, WebArticleFetcher fetcher, FactFinder finder,
                          ProjectFiles projectFiles) {
        this.inputs = new ArticleInputs(importer, fetcher);
        this.finder = finder;
        this.projectFiles = projectFiles;
    }

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            checkOut();
        }
        Project old = keep == null ? null : loadOld();
        ImportResult read = inputs.read(paths);
        List<Article> articles = read.articles();
        PrintWriter err = spec.commandLine().getErr();
        read.problems().forEach(problem -> err.println(Terminal.line("reconcile: " + problem)));
        if (read.hasProblems() && articles.size() < 2) {
            err.println("reconcile: only " + articles.size()
                    + " article(s) could be read; comparing needs at least two");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (articles.size() < 2) {
            err.println("reconcile: warning: " + articles.size() + " article(s) found; comparing needs at least two");
        }
        if (explainPair != null) {
            return explainPair(articles, err);
        }
        List<Fact> facts = finder.findFacts(articles, ProgressMonitor.NONE);
        Project project = new Project(articles, facts);
        if (explain) {
            new FactExplanations(articles).write(facts, err);
        }
        DecisionCarrier.Outcome carried = old == null ? null : new DecisionCarrier().carry(old, project);
        if (carried != null) {
            project = carried.project();
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(new String(projectFiles.toJson(ProjectDocument.of(project)), StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            projectFiles.save(project, out);
            err.println(Terminal.line(String.format("reconcile: %d articles, %d facts (%d conflicts) -> %s",
                    articles.size(), facts.size(), facts.stream().filter(Fact::isConflict).count(), out)));
        }
        if (carried != null) {
            report(carried, err);
        }
        return ExitCodes.OK;
    }

    private int explainPair(List<Article> articles, PrintWriter err) {
        if (!(finder instanceof Analyzer analyzer)) {
            err.println("reconcile: --explain-pair needs the built-in engine");
            return ExitCodes.USAGE;
        }
        String a = explainPair.get(0);
        String b = explainPair.get(1);
        PrintWriter out = spec.commandLine().getOut();
        analyzer.explainPair(articles, a, b).ifPresentOrElse(p -> {
            out.printf("\"%s\" (%s) and \"%s\" (%s): %s%n", Terminal.safe(p.textA()), Terminal.safe(p.articleA()),
                    Terminal.safe(p.textB()), Terminal.safe(p.articleB()),
                    p.linked() ? "linked in one fact" : "not linked");
            out.println(Terminal.line("  " + p.evidence().detailed()));
            out.printf("  a link needs a score of at least %.2f and each value to be the other's best match in the "
                    + "other article%n", Analyzer.LINK_THRESHOLD);
            p.rivals().forEach(r -> out.println(Terminal.line("  " + r)));
        }, () -> out.printf("\"%s\" or \"%s\" is not read as a value in these articles%n", Terminal.safe(a),
                Terminal.safe(b)));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Before anything is read or analysed. {@code --keep} counts as an input too: writing the new project
     * over the old one would silently drop the decisions that could not be carried.
     */
    private void checkOut() throws IOException {
        WriteTarget.resolve(out);
        List<Path> inputs = new ArrayList<>();
        for (String input : paths) {
            if (!WebAddress.isWebAddress(input)) { // a page on the web is no file that could be overwritten
                try {
                    inputs.add(Path.of(input));
                } catch (java.nio.file.InvalidPathException e) {
                    // not a path at all: reading the inputs says so, naming it
                }
            }
        }
        if (keep != null) {
            inputs.add(keep);
        }
        WriteTarget.requireNotAnInput(out, inputs);
    }

    /** Read before anything else: a bad old project stops the command before anything is analysed or written. */
    private Project loadOld() throws ProjectFileException {
        try {
            return projectFiles.load(keep);
        } catch (ProjectFileException e) {
            throw new ProjectFileException("--keep " + e.getMessage(), e);
        }
    }

    /** What became of the old decisions; losing some is not an error, but the editor must decide those again. */
    static void report(DecisionCarrier.Outcome carried, PrintWriter err) {
        err.print("reconcile: kept " + decisions(carried.kept()));
        if (carried.lost().isEmpty()) {
            err.println();
        } else {
            err.println("; could not carry " + carried.lost().size() + ":");
            carried.lost().stream().map(LostDecision::describe)
                    .forEach(line -> err.println(Terminal.line("  " + line)));
        }
        List<CarriedDecision> unstated = carried.carried().stream().filter(CarriedDecision::chosenValueNoLongerStated)
                .toList();
        if (!unstated.isEmpty()) {
            err.println("reconcile: kept, but no article states the chosen value any more:");
            unstated.forEach(c -> err.println("  " + Terminal.safe(c.label()) + ": \""
                    + Terminal.safe(c.after().resolution().display()) + "\""));
        }
        err.flush();
    }

    private static String decisions(int count) {
        return count + (count == 1 ? " decision" : " decisions");
    }
}
