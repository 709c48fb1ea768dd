package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordOrderVariantsTest {
    private final WordOrderVariants finder = new WordOrderVariants();

    @Test
    void oneNameInTwoOrdersInTwoArticlesIsOneVariantFact() {
        List<NameVariantFinder.Variants> found = finder.find(List.of(
                new Sentence(0, 0, 0, 0, "HP sells it through products such as Dynamic Smart Cooling."),
                new Sentence(1, 0, 0, 0, "Its wares include its Smart Dynamic Cooling offering.")), List.of("a1", "a2"));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.label()).isEqualTo("Dynamic Smart Cooling / Smart Dynamic Cooling (word order)");
            assertThat(v.mentions()).extracting(Mention::articleId, Mention::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "Dynamic Smart Cooling"),
                            org.assertj.core.groups.Tuple.tuple("a2", "Smart Dynamic Cooling"));
        });
    }

    @Test
    void letterCaseAloneIsNoOtherOrder() {
        assertThat(finder.find(List.of(
                new Sentence(0, 0, 0, 0, "The cable belongs to Reliance Globalcom."),
                new Sentence(1, 0, 0, 0, "The cable belongs to Reliance GlobalCom.")), List.of("a1", "a2"))).isEmpty();
    }

    @Test
    void twoOrdersInOneArticleOnlyAreLeftAlone() {
        assertThat(finder.find(List.of(
                new Sentence(0, 0, 0, 0, "Smart Dynamic Cooling, or Dynamic Smart Cooling as sales call it."),
                new Sentence(1, 0, 0, 0, "Nothing about it here.")), List.of("a1", "a2"))).isEmpty();
    }
}
