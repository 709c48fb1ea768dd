package app.reconcile.core.analysis.align;

import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written scan of {@link NamedPlaces} finds exactly what the look-behind regex it replaced found (on texts
 * that name no street: a street is no name of the veto), and which names make two sentences tell of two places.
 */
class NamedPlacesTest {
    /** The replaced pattern, kept here as the oracle. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}'’])\\p{Lu}[\\p{Ll}\\p{M}]{2,}");

    @ParameterizedTest
    @ValueSource(strings = {
            "Russian strikes on Kyiv killed two, officials in Odesa said.",
            "LUXEMBOURG, Aug 6 (Reuters) - Poland must pay, the EU Court said.",
            "CAIRO (AP) — Egyptian officials said Tuesday",
            "McDonald and O'Neill met D’Angelo in Zaporizhzhya.",
            "Ab Abc ABC Éire Ñandú café-Bar x'Yes x’Yes",
            "Zoe\u0301 Ame\u0301lie and Cafe\u0301 A\u0301\u0301",
            "\uD835\uDC00bc \uD835\uDC00Abc \uD801\uDC00\uD801\uDC28\uD801\uDC29 Paris",
            "(X) - Abc Def",
            "A Bcd",
            "  Kyiv Kyiv",
            "ǅemal ǅe Džemal Ǆ",
            ""})
    void findsTheNamesTheRegexFound(String text) {
        assertThat(definite(NamedPlaces.of(sentence(text)))).isEqualTo(byRegex(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LAUTARO, Chile -- Rescuers searched the carriages near Temuco.            | temuc
            Reporting from Temuco, Chile — Rescue crews raced to reach Lautaro.       | lauta
            SANTIAGO, Oct 24 (Reuters) - Chilean police said the train left Lautaro.  | lauta
            NEW YORK—Northwind said its stock fell in Seattle.                        | seatt
            Police in Temuco - the regional capital - said the train left Lautaro.    | temuc lauta
            Striker Hwang Jee-hoon scored for a Kyiv-based club in Odesa.             | hwang odesa
            """)
    void whereAStoryWasFiledIsNoNameItTellsOf(String text, String names) {
        assertThat(definite(NamedPlaces.of(sentence(text)))).containsExactlyInAnyOrder(names.split(" "));
    }

    @Property(tries = 3000)
    void agreesWithTheRegexOnArbitraryText(@ForAll("tricky") String text) {
        assertThat(definite(NamedPlaces.of(sentence(text)))).isEqualTo(byRegex(text));
    }

    @ParameterizedTest(name = "{0} -> maybe {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ukraine has brought home 157 people.       | ?ukrai
            Emaciated, 153 Ukrainians returned home.   | ?emaci
            The crowd gathered in Tbilisi.              | ?
            """)
    void theFirstWordIsOnlyMaybeAName(String text, String maybe) {
        assertThat(NamedPlaces.of(sentence(text))).filteredOn(n -> n.startsWith(NamedPlaces.MAYBE))
                .containsExactlyElementsOf(maybe.equals(NamedPlaces.MAYBE) ? Set.of() : Set.of(maybe));
    }

    @ParameterizedTest(name = "{0} / {1} (elsewhere: {2} / {3}, counting {4}) -> veto {6}")
    @CsvSource(delimiter = '|', textBlock = """
            About 10,000 people rallied outside Georgia's parliament. | Some 15,000 protesters filled the avenue in central Tbilisi. | By 9 pm Tbilisi was quiet.       | At 10 pm Georgia's president spoke.  | hour   | ''     | false
            About 10,000 people rallied outside Georgia's parliament. | Some 15,000 protesters filled the avenue in central Tbilisi. | By 9 pm the city was quiet.      | At 10 pm the president spoke.        | hour   | ''     | true
            The strike killed 31 people in Kyiv.                      | The strike killed two people in Zaporizhzhia.                | It killed two in Zaporizhzhia.   | Drones killed 31 people in Kyiv.     | person | ''     | true
            Seven people died in Quang Ngai on Monday.                | Five people died in Quang Nam on Monday.                     | Two died in Quang Nam.           | Three died in Quang Ngai.            | hour   | ^quang | true
            """)
    void namesTheOtherArticleStatesElsewhereVetoOnlyValuesNoNameHoldsAndNoRivalFigureCounts(
            String a, String b, String elsewhereA, String elsewhereB, String elsewhereThing, String holder,
            boolean veto) {
        Candidate first = candidate(sentence(a), holder);
        Candidate second = candidate(new Sentence(1, 0, 0, 0, b), holder);

        assertThat(NamedPlaces.vetoAcrossArticles(first, second, NamedPlaces.of(first), NamedPlaces.of(second),
                articleNames(first, candidate(sentence(elsewhereA), holder, elsewhereThing)),
                articleNames(second, candidate(new Sentence(1, 0, 0, 0, elsewhereB), holder, elsewhereThing))))
                .isEqualTo(veto);
    }

    private static ArticleNames articleNames(Candidate... values) {
        ArticleNames names = new ArticleNames();
        for (Candidate c : values) {
            names.add(NamedPlaces.in(c.sentence()), c);
        }
        return names;
    }

    private static Candidate candidate(Sentence s, String holder) {
        return candidate(s, holder, "person");
    }

    private static Candidate candidate(Sentence s, String holder, String thing) {
        return new Candidate(s, 0, 1, s.text().substring(0, 1), app.reconcile.core.FactKind.NUMBER,
                new app.reconcile.core.analysis.value.QuantityValue("", 1, 1, 1, 1, false, "1"), thing,
                holder.isEmpty() ? java.util.List.of() : java.util.List.of(holder), "people");
    }

    /** The names a sentence surely names: not its first word, which is capitalised whatever it is. */
    private static Set<String> definite(Set<String> names) {
        Set<String> out = new HashSet<>(names);
        out.removeIf(n -> n.startsWith(NamedPlaces.MAYBE));
        return out;
    }

    @Provide
    Arbitrary<String> tricky() {
        return Arbitraries.strings()
                .withChars("AaBbZzÉéǅǄǆ'’-() –—\u0301\u0489\u0903,.1")
                .withChars('\uD835', '\uDC00', '\uD801', '\uDC28')
                .ofMaxLength(40);
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, 0, 0, text);
    }

    /** NamedPlaces.of as it was written with the look-behind regex. */
    private static Set<String> byRegex(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        Matcher dateline = NamedPlaces.DATELINE.matcher(text);
        if (dateline.lookingAt()) {
            m.region(dateline.end(), text.length());
        }
        boolean first = true;
        java.util.List<int[]> sources = Sources.in(text, m.regionStart());
        while (m.find()) {
            if (first && m.start() <= 1 + m.regionStart()) {
                first = false;
                continue;
            }
            first = false;
            boolean syllable = m.end() + 1 < text.length() && text.charAt(m.end()) == '-'
                    && Character.isLowerCase(text.charAt(m.end() + 1)); // "Jee-hoon", "Kyiv-based"
            if (Sources.within(sources, m.start()) || syllable) {
                continue;
            }
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!NamedPlaces.NOT_NAMES.contains(w)) {
                out.add(w.substring(0, Math.min(5, w.length())));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} / {1} name someone different: {2}")
    @CsvSource({
            "muham basra, moham basra, false",   // Muhammad / Mohammed: one man spelled two ways
            "zelen kyiv,  zelen kyiv,  false",
            "kyiv,        odesa,       true",
            "gaza,        giza,        true",    // two consonants prove nothing
            "rashi basra, rashi mosul, true",
    })
    void aNameSpelledAnotherWayNamesNoOneElse(String a, String b, boolean differ) {
        Set<String> first = Set.of(a.trim().split("\\s+"));
        Set<String> second = Set.of(b.trim().split("\\s+"));
        assertThat(NamedPlaces.differ(first, second)).isEqualTo(differ);
    }

    @ParameterizedTest(name = "{0} / {1} name somewhere different: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Four were wounded outside a bar on Delancey Street.   | Three were wounded in the Ohio city of Riverton. | false
            Two died on Martin Luther King Boulevard in Selma.    | Three died in Selma on Sunday.                   | false
            Two were killed in Kyiv on Monday.                    | Three were killed in Odesa on Monday.            | true
            Two were killed on Oak Avenue in Kyiv.                | Three were killed in Odesa.                      | true
            He won 32.4% of the vote, according to the Central Election Commission. | He won 31.4% of the vote as counting ended in Tallinn. | false
            Two died in Kyiv, according to Reuters.               | Three died in Odesa.                             | true
            Kyiv brought home 157 people from Russia, the Coordination Headquarters for the Treatment of Prisoners of War reported on Feb. 5. | Kyiv brought home 153 people from Russia. | false
            Ukraine's Coordination Headquarters said it was the 62nd exchange. | It was the 63rd exchange since Russia's invasion. | false
            Emaciated, 153 Ukrainians returned home from Russia.  | Ukraine brought home 157 people from Russia.     | false
            Two died in Kyiv, Zelensky said.                      | Three died in Odesa, Fedorov said.               | true
            Police put the crowd at 8,000 in Tbilisi, while organisers in Batumi said 60,000. | Police put the crowd at 9,000 in Tbilisi. | false
            The toll in Kyiv rose to 12, officials said.          | The toll in Odesa rose to 10, officials said.    | true
            """)
    void aStreetOrASourceIsNoOtherPlace(String a, String b, boolean differ) {
        assertThat(NamedPlaces.differ(NamedPlaces.of(sentence(a)), NamedPlaces.of(sentence(b)))).isEqualTo(differ);
    }
}
