package app.reconcile.cli;

import app.reconcile.core.Article;
import app.reconcile.core.Project;
import app.reconcile.io.LocalNewsSite;
import app.reconcile.io.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code analyze} with web addresses among (or instead of) files, against a news site on the loopback interface. */
class AnalyzeUrlsTest {
    private static final String SEED = "seeds/001_c95b9512b2da6070.txt";
    private static LocalNewsSite site;

    @TempDir
    Path dir;

    private final CliRun run = new CliRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;
    private final Cli cli = run.cli;

    @BeforeAll
    static void startSite() {
        site = new LocalNewsSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void analyzeOfTwoAddressesWritesAProjectNamingTheOutletsWithAddressAndDate() throws Exception {
        Path project = dir.resolve("ferry.json");

        int exit = cli.execute("analyze", "--out", project.toString(), site.url(LocalNewsSite.HARBOUR),
                site.url(LocalNewsSite.COASTAL));

        assertThat(exit).as(err.toString()).isZero();
        Project loaded = new ProjectFiles().load(project);
        assertThat(loaded.articles()).extracting(Article::id, Article::source, Article::url, Article::published)
                .containsExactly(
                        tuple("a1", "The Harbour Times", site.url(LocalNewsSite.HARBOUR), LocalDate.of(2025, 8, 6)),
                        tuple("a2", "Coastal Daily", site.url(LocalNewsSite.COASTAL), LocalDate.of(2025, 8, 7)));
        assertThat(loaded.facts()).anySatisfy(f -> assertThat(f.isConflict()).isTrue());
        assertThat(err.toString()).contains("reconcile: 2 articles");
    }

    @Test
    void aPageThatCannotBeFetchedIsSkippedWithOneLineAndTheRestAreAnalysedInCommandLineOrder() throws Exception {
        Path project = dir.resolve("mixed.json");
        String missing = site.url(LocalNewsSite.MISSING);

        int exit = cli.execute("analyze", "--out", project.toString(), site.url(LocalNewsSite.HARBOUR), missing,
                SEED, site.url(LocalNewsSite.COASTAL));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains(missing)))
                .containsExactly("reconcile: " + missing + ": the page was not found (HTTP 404 Not Found)");
        assertThat(new ProjectFiles().load(project).articles()).extracting(Article::id, Article::source)
                .containsExactly(tuple("a1", "The Harbour Times"), tuple("a2", "001_c95b9512b2da6070.txt"),
                        tuple("a3", "Coastal Daily"));
    }

    @Test
    void fewerThanTwoArticlesAfterFailedPagesIsBadInputAndWritesNothing() {
        Path project = dir.resolve("none.json");

        int exit = cli.execute("analyze", "--out", project.toString(), site.url(LocalNewsSite.HARBOUR),
                site.url(LocalNewsSite.PHOTO), "ftp://127.0.0.1/story.html", LocalNewsSite.closedPortUrl());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines()).containsSubsequence(
                "reconcile: " + site.url(LocalNewsSite.PHOTO) + ": not a web page but image/png; Reconcile reads HTML articles",
                "reconcile: ftp://127.0.0.1/story.html: only http:// and https:// addresses can be fetched, not ftp:");
        assertThat(err.toString()).contains("could not connect to 127.0.0.1",
                "reconcile: only 1 article(s) could be read; comparing needs at least two");
        assertThat(Files.exists(project)).isFalse();
    }

    @Test
    void anUnreadableFileStillStopsTheCommandBeforeAnythingIsFetched() {
        int requests = site.userAgents.size();

        int exit = cli.execute("analyze", site.url(LocalNewsSite.HARBOUR), dir.resolve("nope.txt").toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("reconcile: nope.txt: no such file or folder" + System.lineSeparator());
        assertThat(site.userAgents).hasSize(requests);
    }
}
