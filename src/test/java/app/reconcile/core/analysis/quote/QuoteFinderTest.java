package app.reconcile.core.analysis.quote;

import app.reconcile.core.Mention;
import app.reconcile.core.Verdict;
import app.reconcile.core.analysis.FactDraft;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    private static final String[] ADJECTIVES = {"careful", "gradual", "thorough", "sensible"};
    private static final String[] SEASONS = {"early", "late", "mild", "harsh", "long", "short", "wet", "dry",
            "cold", "dark"};

    private static Quotation quote(String articleId, String text) {
        List<String> words = Arrays.stream(text.split(" ")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new Quotation(articleId, 10, 10 + text.length(), text, words);
    }

    /** 40 wordings of one remark, each sharing one of its two varying words with 12 others. */
    private static List<Quotation> oneRemarkWordedFortyWays() {
        List<Quotation> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(quote("a" + i, "the harbour will be rebuilt in a " + ADJECTIVES[i % 4] + " way before the "
                    + SEASONS[i / 4] + " winter"));
        }
        return out;
    }

    @Test
    void oneRemarkWordedInManyWaysIsOneConflictThoughEachWordingIsComparedWithAFewOthersOnly() {
        List<Quotation> quotations = oneRemarkWordedFortyWays();

        List<FactDraft> facts = new QuoteFinder().find(quotations);

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(f.mentions()).extracting(Mention::articleId).hasSize(40);
        });
    }

    @Test
    void theComparedPairsGrowWithTheWordingsNotWithTheirSquare() {
        List<List<String>> words = oneRemarkWordedFortyWays().stream().map(Quotation::words).toList();

        List<int[]> pairs = QuoteFinder.candidatePairs(words);

        // each wording shares a rare word with 12 others: 240 pairs without the limit
        assertThat(pairs.size()).isLessThanOrEqualTo(QuoteFinder.MAX_PARTNERS * words.size()).isLessThan(240);
    }
}
