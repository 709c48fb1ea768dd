package app.reconcile.core.analysis.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of {@link EventFrames}: which verbs and nouns tell which event frame, and which senses a word
 * takes next to a market figure or when a date is told. Kept apart from the search so that adding a verb to a
 * frame is a change to data only.
 */
final class FrameWords {
    static final Map<String, String> FRAMES = table(
            "death", "kill killed killing kills die died dies dying dead death deaths toll fatalities perished lives "
                    + "drown drowned drowning drowns",
            "injury", "injure injured injuring injuries wounded wounding hurt hospitalised hospitalized",
            "rescue", "rescue rescued rescuing rescuers saved pulled survivors",
            "missing", "missing unaccounted",
            "trapped", "trapped trapping stranded entombed",
            "capsize", "capsize capsized capsizing overturn overturned overturns tipped sank sinking flipped",
            "strike", "struck strike strikes hit hits shook shaking jolted rocked",
            "destroy", "destroy destroyed destroying razed flattened",
            "damage", "damage damaged damaging",
            "flood", "flood flooded flooding inundated submerged swamped underwater",
            "landfall", "landfall ashore",
            "landing", "landed landing touched touchdown",
            "arrive", "arrive arrived arrives arriving arrival",
            "visit", "visit visits visited visiting trip",
            // how an event ranks among its kind ("the second-deadliest mining accident" / "the third-deadliest
            // mining disaster"): one story's event has one rank
            "severity", "deadliest worst",
            "record", "recorded recording registered measured logged received receiving",
            "evacuate", "evacuate evacuated evacuating evacuation evacuations evacuees fled fleeing",
            "arrest", "arrest arrested arresting arrests detained detain detaining",
            "charge", "charge charged charging charges indicted",
            "convict", "convicted convicting guilty",
            "sentence", "sentence sentenced sentencing jailed imprisoned imprisonment prison",
            "fine", "fine fined fining fines",
            "vote", "vote voted voting votes ballot ballots",
            "walkout", "walkout walkouts walked strikers",
            "occur", "happen happened happens occur occurred occurs took erupted",
            // a crowd told with any of these verbs ("About 10,000 people rallied" / "demonstrators gathered")
            "protest", "protest protested protesting protests rally rallied rallies rallying marched marching "
                    + "demonstrated demonstrating gathered gathering",
            // what happened at a moment of a match ("header in the 89th minute" / "heading home in the 87th minute"
            // / "scoring the winner in the 89th minute" / "opened the scoring in the 25th minute"; "a second
            // booking for a late challenge")
            "goal", "scored scoring header headed heading netted equaliser equalizer equalised equalized winner",
            "booking", "booking booked dismissal",
            // a crowd at a match or a show: "A crowd of 82,000 watched" / "in front of 78,500 supporters" /
            // "82,000 attended"
            "attend", "attend attended attending attendance watched spectators fans supporters",
            // how long someone was held ("held for 481 days" / "who had been held for 418 days")
            "captivity", "captivity captive captives hostage hostages held",
            "shoot", "shoot shooting shootings shot shots gunfire gunshots fired firing",
            "infect", "infect infected infecting infects infection infections sickened sickening cases",
            "study", "study studies survey surveyed poll polled trial trials",
            "buy", "buy buys buying bought purchase purchased purchasing purchases procure procured procuring order "
                    + "ordered ordering acquire acquired acquiring",
            "jobcut", "cut cuts cutting shed shedding eliminate eliminating layoffs axe axing slash slashing "
                    + "lower lowered lowering reduce reduced reducing trim trimmed",
            "close", "close closed closing closure closures shut shutting",
            "rise", "rise rises rising rose risen climb climbs climbed climbing jump jumps jumped jumping increase "
                    + "increases increased increasing grew grow grows growing growth soar soars soared soaring surge "
                    + "surges surged surging gain gains gained gaining up higher raise raised leapt leaped rocketed spiked rebounded expand expands expanded expanding accelerated "
                    + "accelerating quickened hike hikes hiked hiking",
            "fall", "fall falls falling fell fallen drop dropped dropping drops decline declines declined declining "
                    + "decrease decreased slid slide slides sliding slip slips slipped slump slumps slumped slumping "
                    + "plunge plunges plunged plunging tumble tumbles tumbled tumbling sag sags sagged sagging dive "
                    + "dives dived dove diving plummet plummets plummeted plummeting tanked skidded down eased easing "
                    + "slowed slowing cooled cooling softened moderated contracted contracting shrank shrinking");

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
    static final Map<String, String> ADVERBIAL_FRAMES = withSenses(FRAMES,
            table("court", "court hearing arraigned arraignment",
                    // when something took place: "was carried out at 11 a.m." / "took place at about 10 a.m."
                    "occur", "carried held staged",
                    // when something began: "a walkout that began on Feb. 17" / "a strike ... that began on 19
                    // February"; as general as "took place", so it needs the context a shared frame needs
                    "start", "began begun begin begins beginning started starting",
                    // when a fire, a war or an epidemic began: "a fire that broke out on Sunday" / "broke out on
                    // Saturday" (only with "out" after it: "broke the record on Monday" is no outbreak)
                    "outbreak", "broke"));
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
    static final Set<String> EVENT_NOUNS = Set.of("death", "deaths", "toll", "fatalities", "lives",
            "injuries", "rescue", "rescuers", "survivors", "evacuation", "evacuations", "evacuees", "arrest",
            "arrests");

    /**
     * Nouns of change that may stand a word or two after the figure they measure ("a 26 percent unit increase",
     * "a 4% year-on-year fall"); a change verb further after a value is the verb of the noun that follows.
     */
    static final Set<String> CHANGE_NOUNS = Set.of("increase", "increases", "rise", "gain", "gains", "jump",
            "growth", "decrease", "fall", "drop", "decline", "slump", "surge", "plunge");
    /**
     * Words of another frame, or of none, that tell of a change when the value is a percentage or a sum ("shares
     * sank 5%", "the stock lost 3%", "shares added 2%", "cut its key rate by 25 basis points", "lowered the rate to
     * 4.25%"; "net income reached $24.1bn" is the level it rose to, as "rose to $21.4bn" tells); elsewhere they
     * tell of a ferry sinking, of lost lives or of cut jobs ("cut 1,800 jobs").
     */
    static final Map<String, String> MARKET_SENSE = table("fall", "sank sink sinks sinking shed sheds shedding lost "
            + "losing cut cuts cutting lower lowered lowering reduce reduced reducing slash slashed slashing trim "
            + "trimmed", "rise", "added adding rally rallies rallied rallying reached");
    static final Map<String, String> MARKET_FRAMES = withSenses(FRAMES, MARKET_SENSE);
    private FrameWords() {
    }

    private static Map<String, String> table(String... frameAndWords) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < frameAndWords.length; i += 2) {
            for (String w : frameAndWords[i + 1].split(" ")) {
                m.put(w, frameAndWords[i]);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> withSenses(Map<String, String> frames, Map<String, String> senses) {
        Map<String, String> m = new HashMap<>(frames);
        m.putAll(senses);
        return Map.copyOf(m);
    }
}
