package app.reconcile.core.analysis.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QualifierTest {

    /** "about" allows what rounding a figure to its stated precision does, not a quarter either way. */
    @ParameterizedTest(name = "{0} {1} allows {2}: {3}")
    @CsvSource({
            "about,    6,   7,     false",   // "down about 6%" / "sagged 7%": two reports of the fall
            "about,    6,   6.5,   true",
            "about,    12,  13,    true",
            "about,    150, 160,   true",
            "about,    150, 180,   false",
            "about,    4300, 3400, false",   // "About 4,300 houses" / "Around 3,400 homes": digits swapped
            "about,    4300, 4100, true",
            "about,    300, 340,   true",     // a round figure keeps the full 15 %
            "about,    1.5, 1.6,   true",     // "about 1.5 million" is 1.5 to the tenth: 1.7 is another figure
            "about,    1.5, 1.7,   false",
            "roughly,  3,   3.4,   true",
            "at least, 32,  40,    true",
            "at least, 32,  30,    false",
            "up to,    50,  51,    false",
            "nearly,   80,  82,    false",    // "a deal worth nearly $80 million" / "an $82 million deal"
            "nearly,   80,  80,    true",     // the round figure is what "nearly" rounds to
            "nearly,   80,  77,    true",
            "nearly,   80,  65,    false",
            "almost,   4000, 4012, false",
    })
    void theRangeAHedgeAllows(String phrase, double stated, double other, boolean allowed) {
        Qualifier q = Qualifier.of(phrase);
        boolean inside = q.low(stated) <= other && other <= q.high(stated);
        assertThat(inside).isEqualTo(allowed);
    }
}
