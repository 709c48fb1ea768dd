package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of {@link EventFrames}, read from {@code knowledge/event-frames.tsv} (and the change nouns from
 * {@code knowledge/change-nouns.tsv}): which verbs and nouns tell which event frame, and which senses a word takes
 * next to a market figure or when a date is told. Adding a verb to a frame is a change to data only.
 */
final class FrameWords {
    /** The frame words ({@code knowledge/event-frames.tsv}): word, frame, reading (any, time, market), tags. */
    private static final KnowledgeTable TABLE = checked(KnowledgeTable.load("event-frames", "word frame reading tags",
            "word reading"));
    private static final String ANY = "any";
    private static final String TIME = "time";
    private static final String MARKET = "market";

    static final Map<String, String> FRAMES = Map.copyOf(TABLE.map("word", "frame", e -> e.get("reading").equals(ANY)));

    /**
     * Frames that tell how a figure changed, not what it counts ("the death toll rose to 31", "shares fell
     * 6.2%"): they are keys of their own, but the search goes on for an event frame beside them, so "toll rose
     * to 31" still meets "killed 31".
     */
    static final Set<String> CHANGE_FRAMES = Set.of("rise", "fall");
    /**
     * The start of something ("began on Feb. 17"): like a change frame it does not end the search, so "The court
     * hearing began at 9:30" is still a hearing and "a walkout that began on Feb. 17" a walkout.
     */
    static final String START = "start";

    /**
     * Frames of when something is to happen, read only for a date or time ("will appear in court on Wednesday" /
     * "is due in court on Thursday"): next to a count or a sum the court is who acts ("The court ordered Hungary
     * to pay €1m a day"), not the event, and context vectors keep the word itself.
     */
    static final Map<String, String> ADVERBIAL_FRAMES = withSenses(FRAMES, TIME);
    static final Set<String> FRAME_NAMES = Set.copyOf(ADVERBIAL_FRAMES.values());
    /** Frames of events that happen to people: a bare count told with them counts people. */
    static final Set<String> PEOPLE_FRAMES = Set.of("death", "injury", "rescue", "missing", "trapped",
            "evacuate", "arrest");
    /**
     * Who takes part in a protest, as the noun a count names ("Some 15,000 protesters filled the avenue"): the
     * event when no verb of the table tells another ("45 protesters were detained" is an arrest).
     */
    static final Set<String> PROTEST_NOUNS = Set.of("protesters", "protestors", "demonstrators",
            "marchers");
    /** Nouns of events that happen to people which name what they count ("deaths", "toll", "survivors"). */
    static final Set<String> EVENT_NOUNS = TABLE.lowerCaseSet("word", e -> e.tagged("tags", "noun"));

    /**
     * Nouns of change that may stand a word or two after the figure they measure ("a 26 percent unit increase",
     * "a 4% year-on-year fall"); a change verb further after a value is the verb of the noun that follows.
     */
    static final Set<String> CHANGE_NOUNS = changeNouns();
    /**
     * Words of another frame, or of none, that tell of a change when the value is a percentage or a sum ("shares
     * sank 5%", "the stock lost 3%", "shares added 2%", "cut its key rate by 25 basis points", "lowered the rate to
     * 4.25%"; "net income reached $24.1bn" is the level it rose to, as "rose to $21.4bn" tells); elsewhere they
     * tell of a ferry sinking, of lost lives or of cut jobs ("cut 1,800 jobs").
     */
    static final Map<String, String> MARKET_FRAMES = withSenses(FRAMES, MARKET);

    private FrameWords() {
    }

    private static KnowledgeTable checked(KnowledgeTable table) {
        table.entries(e -> !e.get("reading").matches("any|time|market")).stream().findFirst().ifPresent(e -> {
            throw new IllegalStateException(table.name() + ": " + e.id() + " has no reading any, time or market");
        });
        return table;
    }

    /** The frames of {@code frames}, where the words listed for {@code reading} take the frame listed there. */
    private static Map<String, String> withSenses(Map<String, String> frames, String reading) {
        Map<String, String> m = new HashMap<>(frames);
        m.putAll(TABLE.map("word", "frame", e -> e.get("reading").equals(reading)));
        return Map.copyOf(m);
    }

    /**
     * Nouns of change ({@code knowledge/change-nouns.tsv}) that stand after a figure, and the plurals read there.
     */
    private static Set<String> changeNouns() {
        KnowledgeTable nouns = KnowledgeTable.load("change-nouns", "noun tags", "noun");
        Set<String> out = new java.util.HashSet<>(nouns.lowerCaseSet("noun", e -> e.tagged("tags", "after")));
        nouns.lowerCaseSet("noun", e -> e.tagged("tags", "plural")).forEach(n -> out.add(n + "s"));
        return Set.copyOf(out);
    }
}
