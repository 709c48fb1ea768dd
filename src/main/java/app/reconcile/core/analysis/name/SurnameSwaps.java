package app.reconcile.core.analysis.name;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds one person given two surnames by different articles: "general manager A.J. Smith said in a statement"
 * against "general manager A.J. Butler said in a statement", "Robert Pattinson and Kristen Stewart" against
 * "Robert Pattinson and Kristen Bell" (the conditions are {@link NameSwaps}'s). An article that writes both
 * surnames anywhere, even alone ("Smith said ... Butler added"), names two people.
 */
public final class SurnameSwaps extends NameSwaps {
    /** Words on each side of a name that tell its context: a surname swap is told in the same few words. */
    static final int WINDOW = 4;
    /** Surnames at least this alike are one name spelled two ways, not two names. */
    static final double SPELLING = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    public SurnameSwaps() {
        super(FullName::given, FullName::surname, WINDOW, "surname", true);
    }

    @Override
    boolean sameName(String a, String b, List<FullName> namesA, List<FullName> namesB) {
        return JARO_WINKLER.apply(a, b) >= SPELLING;
    }

    @Override
    Predicate<FullName> accepting(List<FullName> all, Set<String> inLowerCase) {
        return name -> true;
    }
}
