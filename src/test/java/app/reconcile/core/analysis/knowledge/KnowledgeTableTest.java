package app.reconcile.core.analysis.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a knowledge table is read: ids, named columns, keys listed once, file order kept. */
class KnowledgeTableTest {
    private final KnowledgeTable fruit = KnowledgeTable.load("test-fruit", "word colour tags", "word");

    @Test
    void entriesKeepTheFilesOrderAndTheirIds() {
        assertThat(fruit.column("word")).containsExactly("apple", "Lemon", "lime");
        assertThat(fruit.entries()).extracting(KnowledgeTable.Entry::id)
                .containsExactly("fruit.apple", "fruit.lemon", "fruit.lime");
        assertThat(fruit.idOf("word", "LEMON")).isEqualTo("fruit.lemon");
        assertThat(fruit.idOf("word", "pear")).isNull();
    }

    @Test
    void columnsAreReadByName() {
        KnowledgeTable.Entry apple = fruit.entries().get(0);
        assertThat(apple.get("colour")).isEqualTo("red");
        assertThat(apple.tagged("tags", "crisp")).isTrue();
        assertThat(apple.tagged("tags", "sour")).isFalse();
        assertThat(fruit.entries().get(1).optional("tags")).isEmpty();
        assertThat(fruit.entries().get(1).values("tags")).isEmpty();
        assertThat(fruit.map("word", "colour")).isEqualTo(Map.of("apple", "red", "Lemon", "yellow", "lime", "green"));
        assertThat(fruit.lowerCaseSet("word", e -> !e.optional("tags").isEmpty())).containsExactly("apple", "lime");
        assertThatThrownBy(() -> apple.get("taste")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyOrAnIdListedTwiceOrAFieldLeftOutIsAnErrorOfTheFile() {
        assertThatThrownBy(() -> KnowledgeTable.load("test-duplicate-key", "word colour tags", "word"))
                .hasMessageContaining("test-duplicate-key.tsv:3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> KnowledgeTable.load("test-duplicate-id", "word colour tags", "word"))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> KnowledgeTable.load("test-missing-field", "word colour tags", "word"))
                .hasMessageContaining("expected 'id<TAB>word<TAB>colour<TAB>tags'");
        assertThatThrownBy(() -> KnowledgeTable.load("test-no-such-file", "word", "word"))
                .hasMessageContaining("missing");
    }

    @Test
    void anAlternationTakesItsWordsLiterallyInTheirOrder() {
        assertThat(Alternation.of(List.of("more than", "about", "U.S.", "F-16"))).isEqualTo(
                "more\\s+than|about|\\QU.S.\\E|F-16");
        assertThat(Alternation.of(List.of("read more"), Alternation.AS_WRITTEN)).isEqualTo("read more");
        assertThat("U.S.").matches(Alternation.of(List.of("U.S.")));
        assertThat("USAS").doesNotMatch(Alternation.of(List.of("U.S.")));
    }

    @Test
    void theSharedListsAreWhole() {
        assertThat(Calendar.monthNames()).hasSize(12).startsWith("January").endsWith("December");
        assertThat(Calendar.weekdayNames()).hasSize(7).startsWith("Monday").endsWith("Sunday");
        assertThat(Calendar.month("Sept.")).isEqualTo(9);
        assertThat(Calendar.month("sep")).isEqualTo(9);
        assertThat(Calendar.month("May")).isEqualTo(5);
        assertThat(Calendar.month("Mayor")).isZero();
        assertThat(NumberNames.cardinalWords(1, 10)).containsExactly("one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten");
        assertThat(NumberNames.ordinalWords(1, 3)).containsExactly("first", "second", "third");
    }
}
