package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever text and decisions a project holds, saving and loading gives it back unchanged. */
class ProjectFilesRoundTripPropertyTest {
    private final ProjectFiles files = new ProjectFiles();

    @Property(tries = 200)
    void anyProjectSurvivesSaveAndLoad(@ForAll("projects") Project project) throws Exception {
        byte[] json = files.toJson(ProjectDocument.of(project));

        assertThat(files.parseDocument(json, "p.json").project()).isEqualTo(project);
    }

    @Provide
    Arbitrary<Project> projects() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200)
                .map(ArticleFileReader::normalise).filter(s -> !s.isEmpty());
        Arbitrary<Integer> startSeed = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> lengthSeed = Arbitraries.integers().between(0, 20);
        Arbitrary<Resolution> resolution = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(s -> !s.trim().isBlank())
                        .map(v -> Resolution.custom(v, "note ✓", "zoë", Instant.ofEpochMilli(1_754_000_000_123L))),
                Arbitraries.just(Resolution.dismiss("", "", Instant.EPOCH)));
        return Combinators.combine(text, text, startSeed, lengthSeed, resolution, Arbitraries.of(FactKind.class),
                Arbitraries.of(Verdict.class)).as((t1, t2, s, len, res, kind, verdict) -> {
                    Article a1 = new Article("a1", "one.txt", "", t1);
                    Article a2 = new Article("a2", "two.md", "Two", t2);
                    // offsets on character boundaries: a mention that splits a surrogate pair is refused on
                    // reading (issue 13), as HostileProjectFilesTest shows, so it is no project to round-trip
                    int start = codePointBoundary(t1, s % (t1.length() + 1));
                    int end = codePointBoundary(t1, Math.min(t1.length(), start + len));
                    Mention m = new Mention("a1", start, end, t1.substring(start, end), "v" + len);
                    Fact fact = new Fact("f1", kind, "label", verdict, List.of(m), res, "detail");
                    return new Project(List.of(a1, a2), List.of(fact));
                });
    }

    private static int codePointBoundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }
}
