package app.reconcile.core.analysis.quantity;

import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.Relation;
import app.reconcile.core.analysis.value.RecordValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example corpus of record-words.tsv (src/test/resources/knowledge/records.txt), run line by line. */
class RecordsTest {
    private final Records records = new Records();

    @Test
    void everyPositiveExampleIsReadAsItsRecord() throws IOException {
        List<String> positives = examples("+ ");
        assertThat(positives).isNotEmpty();
        for (String line : positives) {
            String sentence = line.substring(0, line.indexOf(" => "));
            String expected = line.substring(line.indexOf(" => ") + 4).strip();
            assertThat(records.extract(new Sentence(0, 0, 0, 0, sentence)))
                    .as(sentence).extracting(c -> c.value().canonical()).containsExactly(expected);
        }
    }

    @Test
    void aGamesScoreIsAnotherThingThanATeamsRecord() {
        assertThat(records.extract(new Sentence(0, 0, 0, 0, "Creighton opened a 45-36 lead and improved to 25-7.")))
                .extracting(Candidate::text, Candidate::thing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("45-36", "score"),
                        org.assertj.core.groups.Tuple.tuple("25-7", "record"));
        assertThat(records.extract(new Sentence(0, 0, 0, 0, "The Saints lost a 31-24 decision at home.")))
                .extracting(Candidate::thing).containsExactly("score");
    }

    @Test
    void noNegativeExampleYieldsARecord() throws IOException {
        List<String> negatives = examples("- ");
        assertThat(negatives).isNotEmpty();
        for (String sentence : negatives) {
            assertThat(records.extract(new Sentence(0, 0, 0, 0, sentence))).as(sentence).isEmpty();
        }
    }

    @Test
    void aRecordSpanCoversExactlyItsCounts() {
        Sentence s = new Sentence(0, 0, 0, 100, "Klitschko improved to 52-3 on Saturday.");
        Candidate c = records.extract(s).get(0);

        assertThat(c.text()).isEqualTo("52-3");
        assertThat(c.start()).isEqualTo(100 + s.text().indexOf("52-3"));
    }

    @Test
    void recordsOfAsManyPartsAgreeOrConflictAndNothingElseCompares() {
        RecordValue a = new RecordValue(new int[] {52, 3});

        assertThat(a.relate(new RecordValue(new int[] {52, 3}))).isEqualTo(Relation.SAME);
        assertThat(a.relate(new RecordValue(new int[] {53, 3}))).isEqualTo(Relation.CONFLICT);
        assertThat(a.relate(new RecordValue(new int[] {52, 3, 1}))).isEqualTo(Relation.INCOMPARABLE);
    }

    private static List<String> examples(String prefix) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/knowledge/records.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
