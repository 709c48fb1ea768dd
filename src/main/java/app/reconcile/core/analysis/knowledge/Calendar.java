package app.reconcile.core.analysis.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's one list of months ({@code knowledge/months.tsv}) and of weekdays ({@code knowledge/weekdays.tsv}),
 * with their abbreviations: every reader of dates, names and sentence ends takes them from here.
 */
public final class Calendar {
    private static final int MONTHS_IN_A_YEAR = 12;
    private static final int DAYS_IN_A_WEEK = 7;
    private static final KnowledgeTable MONTHS = load("months", MONTHS_IN_A_YEAR);
    private static final KnowledgeTable WEEKDAYS = load("weekdays", DAYS_IN_A_WEEK);
    /** Every spelling of a month, lower case, to its number (1 for January). */
    private static final Map<String, Integer> MONTH_NUMBERS = numbers(MONTHS);

    private Calendar() {
    }

    /** "January" ... "December". */
    public static List<String> monthNames() {
        return MONTHS.column("name");
    }

    /** The abbreviations of the months in calendar order, longest first within a month ("Sept", "Sep"). */
    public static List<String> monthAbbreviations() {
        return abbreviations(MONTHS);
    }

    /** "Monday" ... "Sunday". */
    public static List<String> weekdayNames() {
        return WEEKDAYS.column("name");
    }

    /** "Mon" ... "Sun". */
    public static List<String> weekdayAbbreviations() {
        return abbreviations(WEEKDAYS);
    }

    /** The names of the months and the weekdays, lower case ("january", "monday"). */
    public static Set<String> lowerCaseNames() {
        return Stream.concat(monthNames().stream(), weekdayNames().stream()).map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The number of the month a name or abbreviation spells (1 for "January", "Jan." or "jan"), or 0. */
    public static int month(String spelling) {
        String s = spelling.toLowerCase(Locale.ROOT);
        return MONTH_NUMBERS.getOrDefault(s.endsWith(".") ? s.substring(0, s.length() - 1) : s, 0);
    }

    private static List<String> abbreviations(KnowledgeTable table) {
        List<String> out = new ArrayList<>();
        table.entries().forEach(e -> out.addAll(e.values("abbreviations")));
        return List.copyOf(out);
    }

    private static Map<String, Integer> numbers(KnowledgeTable table) {
        Map<String, Integer> out = new HashMap<>();
        List<KnowledgeTable.Entry> entries = table.entries();
        for (int i = 0; i < entries.size(); i++) {
            out.put(entries.get(i).get("name").toLowerCase(Locale.ROOT), i + 1);
            for (String a : entries.get(i).values("abbreviations")) {
                if (out.put(a.toLowerCase(Locale.ROOT), i + 1) != null) {
                    throw new IllegalStateException(table.name() + ": '" + a + "' spells two months");
                }
            }
        }
        return Map.copyOf(out);
    }

    private static KnowledgeTable load(String name, int size) {
        KnowledgeTable t = KnowledgeTable.load(name, "name abbreviations", "name");
        if (t.entries().size() != size) {
            throw new IllegalStateException(name + ": expected " + size + " entries, found " + t.entries().size());
        }
        return t;
    }
}
