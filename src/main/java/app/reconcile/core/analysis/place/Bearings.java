package app.reconcile.core.analysis.place;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.DirectionValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads where something lies from a named place: a compass bearing, "of", and the place ("150 nautical miles
 * east of Aden", "about 3 miles southwest of Cobb", "12 km NNE of Manokwari"). The bearing is the value
 * (a {@link DirectionValue}); the place is what it is measured from, the counted thing of the evidence aligner,
 * so that only bearings from one place are compared. The phrases are {@code knowledge/bearings.tsv}.
 */
public final class Bearings {
    private static final KnowledgeTable TABLE = KnowledgeTable.load("bearings", "phrase point", "phrase");
    private static final Map<String, String> POINT_OF = pointsByPhrase();
    /** Longest phrases first, so that "north-northeast" is not read as "north". */
    private static final Pattern BEARING = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + TABLE.entries().stream()
            .map(e -> e.get("phrase"))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Bearings::phrasePattern)
            .collect(Collectors.joining("|"))
            + ")\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)");

    public List<Candidate> extract(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = BEARING.matcher(s.text());
        while (m.find()) {
            String point = POINT_OF.get(key(m.group(1)));
            if (point == null) {
                continue; // "Ne of ..." in a name: an abbreviation counts in capitals only
            }
            String place = m.group(2).replaceAll("[.’']+$", "");
            out.add(new Candidate(s, s.start() + m.start(1), s.start() + m.end(1), m.group(1), FactKind.DIRECTION,
                    new DirectionValue(point), place.toLowerCase(Locale.ROOT), List.of(), place));
        }
        return out;
    }

    /** An abbreviation matches in capitals only; a word in any case, its spaces and hyphens as written. */
    private static String phrasePattern(String phrase) {
        String quoted = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
        return isAbbreviation(phrase) ? quoted : "(?i:" + quoted + ")";
    }

    private static boolean isAbbreviation(String phrase) {
        return phrase.chars().allMatch(Character::isUpperCase);
    }

    private static String key(String written) {
        String spaced = written.replaceAll("\\s+", " ");
        return isAbbreviation(spaced) ? spaced : spaced.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> pointsByPhrase() {
        Map<String, String> out = new HashMap<>();
        for (KnowledgeTable.Entry e : TABLE.entries()) {
            String phrase = e.get("phrase");
            out.put(isAbbreviation(phrase) ? phrase : phrase.toLowerCase(Locale.ROOT), e.get("point"));
        }
        return out;
    }
}
