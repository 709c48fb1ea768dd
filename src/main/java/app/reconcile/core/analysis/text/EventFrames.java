package app.reconcile.core.analysis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The event a value is told about, read from the verb or event noun next to it: reporters vary their verbs
 * ("Fourteen people died" / "Fifteen people were killed" / "the death toll rose to 15"), so words of one
 * event frame share a frame key (death, injury, rescue, ...). A past-tense verb outside the table keeps its
 * own stem ("conceded at 9:15" / "conceded at 9:40") so that two times of one action still meet.
 *
 * <p>Frames are evidence both ways: a shared frame lets two differing numbers of the same thing conflict on
 * less context, and two different frames ("rescued 178" / "11 were missing") forbid a conflict.
 */
public final class EventFrames {
    /** Key prefix of a frame in {@code Candidate.keys()}. */
    public static final String PREFIX = "@";

    private static final Map<String, String> FRAMES = table(
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
    private static final Set<String> CHANGE_FRAMES = Set.of("rise", "fall");
    /**
     * The start of something ("began on Feb. 17"): like a change frame it does not end the search, so "The court
     * hearing began at 9:30" is still a hearing and "a walkout that began on Feb. 17" a walkout.
     */
    private static final String START = "start";

    /**
     * Frames of when something is to happen, read only for a date or time ("will appear in court on Wednesday" /
     * "is due in court on Thursday"): next to a count or a sum the court is who acts ("The court ordered Hungary
     * to pay €1m a day"), not the event, and context vectors keep the word itself.
     */
    private static final Map<String, String> ADVERBIAL_FRAMES = withSenses(FRAMES,
            table("court", "court hearing arraigned arraignment",
                    // when something took place: "was carried out at 11 a.m." / "took place at about 10 a.m."
                    "occur", "carried held staged",
                    // when something began: "a walkout that began on Feb. 17" / "a strike ... that began on 19
                    // February"; as general as "took place", so it needs the context a shared frame needs
                    "start", "began begun begin begins beginning started starting",
                    // when a fire, a war or an epidemic began: "a fire that broke out on Sunday" / "broke out on
                    // Saturday" (only with "out" after it: "broke the record on Monday" is no outbreak)
                    "outbreak", "broke"));
    private static final Set<String> FRAME_NAMES = Set.copyOf(ADVERBIAL_FRAMES.values());
    /** Frames of events that happen to people: a bare count told with them counts people. */
    private static final Set<String> PEOPLE_FRAMES = Set.of("death", "injury", "rescue", "missing", "trapped",
            "evacuate", "arrest");
    /**
     * Who takes part in a protest, as the noun a count names ("Some 15,000 protesters filled the avenue"): the
     * event when no verb of the table tells another ("45 protesters were detained" is an arrest).
     */
    private static final Set<String> PROTEST_NOUNS = Set.of("protesters", "protestors", "demonstrators",
            "marchers");
    private static final Set<String> EVENT_NOUNS = Set.of("death", "deaths", "toll", "fatalities", "lives",
            "injuries", "rescue", "rescuers", "survivors", "evacuation", "evacuations", "evacuees", "arrest",
            "arrests");

    /**
     * Nouns of change that may stand a word or two after the figure they measure ("a 26 percent unit increase",
     * "a 4% year-on-year fall"); a change verb further after a value is the verb of the noun that follows.
     */
    private static final Set<String> CHANGE_NOUNS = Set.of("increase", "increases", "rise", "gain", "gains", "jump",
            "growth", "decrease", "fall", "drop", "decline", "slump", "surge", "plunge");
    /**
     * Words of another frame, or of none, that tell of a change when the value is a percentage or a sum ("shares
     * sank 5%", "the stock lost 3%", "shares added 2%", "cut its key rate by 25 basis points", "lowered the rate to
     * 4.25%"; "net income reached $24.1bn" is the level it rose to, as "rose to $21.4bn" tells); elsewhere they
     * tell of a ferry sinking, of lost lives or of cut jobs ("cut 1,800 jobs").
     */
    private static final Map<String, String> MARKET_SENSE = table("fall", "sank sink sinks sinking shed sheds shedding lost "
            + "losing cut cuts cutting lower lowered lowering reduce reduced reducing slash slashed slashing trim "
            + "trimmed", "rise", "added adding rally rallies rallied rallying reached");
    private static final Map<String, String> MARKET_FRAMES = withSenses(FRAMES, MARKET_SENSE);
    /** A percentage or a sum of money: a figure that markets move. */
    private static final java.util.regex.Pattern MARKET_FIGURE = java.util.regex.Pattern.compile(
            "%|percent|per\\s+cent|points?\\b|bps?\\b|[$€£¥₱]", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern PERCENTAGE = java.util.regex.Pattern.compile(
            "%|percent|per\\s+cent", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** How far the noun of "31.4% of the vote" is looked for, in chars. */
    private static final int SHARE_REACH = 20;
    /** Words that end a clause: a frame word beyond them tells about another event. */
    /** Verbs of a command or a compulsion, whose event is the verb after "to" ("were ordered to leave"). */
    private static final Set<String> COMMAND_VERBS = Set.of("ordered", "told", "forced", "urged");
    /** Verbs after "ordered to" that tell an evacuation: "residents were ordered to leave" / "forced to flee". */
    private static final Map<String, String> COMMANDED = Map.of("leave", "evacuate", "flee", "evacuate");
    private static final Set<String> CLAUSE_BREAKS = Set.of("and", "but", "while", "whereas", "although");
    private static final Set<String> PREPOSITIONS = Set.of("from", "of", "in", "on", "for", "with", "by", "at",
            "after", "before", "near", "off", "than", "since", "during");
    /**
     * Nouns whose "of" introduces who took part: "a study of 12,400 children", "a survey of 2,000 adults", "a
     * trial of 300 patients". The count is still the object of a preposition, but the noun is its event.
     */
    private static final Set<String> STUDY_NOUNS = Set.of("study", "survey", "poll", "trial");
    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years");
    private static final int BEFORE = 6;
    private static final int REACH_BEFORE = 120;
    private static final int REACH_AFTER = 80;
    private static final int AFTER = 5;
    /** How far a sentence's main verb is looked for after a value that opens the sentence, in chars. */
    private static final int SUBJECT_REACH = 160;

    private final LightStemmer stemmer;

    public EventFrames(LightStemmer stemmer) {
        this.stemmer = stemmer;
    }

    private static Map<String, String> table(String... frameAndWords) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < frameAndWords.length; i += 2) {
            for (String w : frameAndWords[i + 1].split(" ")) {
                m.put(w, frameAndWords[i]);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> withSenses(Map<String, String> frames, Map<String, String> senses) {
        Map<String, String> m = new java.util.HashMap<>(frames);
        m.putAll(senses);
        return Map.copyOf(m);
    }

    /**
     * Frame keys of a value at [from, to) of the sentence (offsets in the sentence): the nearest frame word or
     * past-tense verb before it and after it, inside its clause. A count is the object or subject of its verb,
     * so for counts the search stops at a preposition ("the death toll from the magnitude 6.8 quake" does not
     * make 6.8 a death figure); a clock time or date is an adverbial and reaches across them ("overturned in
     * rough seas at about 11:45").
     */
    public List<String> around(String sentence, int from, int to, boolean toldAsTime) {
        // "the 89th minute" is when something happened in a match, told as a clock time is ("header in the 89th
        // minute" / "scoring the winner in the 89th minute"): it reaches across prepositions as times do
        boolean adverbial = toldAsTime || minuteOfPlay(sentence, from, to);
        List<String[]> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        WordScanner m = new WordScanner(sentence);
        // only a few words either side matter: long sentences are not scanned whole for each of their values
        int lastEnd = Math.max(0, from - REACH_BEFORE);
        m.region(lastEnd, Math.min(sentence.length(), to + REACH_AFTER));
        boolean afterClosed = false;
        boolean duration = !adverbial && endsWithTimeUnit(sentence, to);
        while (m.find()) {
            String gap = sentence.substring(lastEnd, m.start());
            lastEnd = m.end();
            String w = m.group().toLowerCase(Locale.ROOT);
            if (m.end() <= from) {
                if (w.equals("of") && !before.isEmpty() && ofNoun(before.get(before.size() - 1)[0])) {
                    continue; // "a study of 12,400 children", "an increase of 5.4 percent": the noun is the event
                }
                if (duration && w.equals("for") && sentence.substring(m.end(), from).isBlank()) {
                    continue; // "trapped for 18 hours", "jailed for five years": the length of the event
                }
                if (w.equals("from") && !before.isEmpty() && eventVerb(before.get(before.size() - 1)[0])
                        && sentence.substring(m.end(), from).isBlank()) {
                    continue; // "evacuated from 11 villages", "rescued from 3 buildings": the verb is the event
                }
                if (breaks(gap, w) || Words.isNumeric(w) || !adverbial && PREPOSITIONS.contains(w)) {
                    before.clear();
                    if (Words.isNumeric(w) || PREPOSITIONS.contains(w)) {
                        continue;
                    }
                }
                before.add(new String[] {w, m.group()});
            } else if (m.start() >= to && !afterClosed) {
                if (!after.isEmpty() && breaks(gap, w) || CLAUSE_BREAKS.contains(w) || Words.isNumeric(w)
                        || PREPOSITIONS.contains(w)
                        || after.size() >= AFTER) {
                    afterClosed = true;
                } else {
                    after.add(w);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> nearestFirst = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - BEFORE); i--) {
            nearestFirst.add(before.get(i)[0]);
            capitals.add(Character.isUpperCase(before.get(i)[1].charAt(0)));
        }
        Map<String, String> table = adverbial ? ADVERBIAL_FRAMES
                : MARKET_FIGURE.matcher(sentence.substring(from, to)).find() ? MARKET_FRAMES : FRAMES;
        out.addAll(nearest(nearestFirst, capitals, false, table));
        out.addAll(nearest(after, java.util.Collections.nCopies(after.size(), false), true, table));
        shareOf(sentence, from, to).ifPresent(out::add);
        if (!adverbial && out.stream().noneMatch(EventFrames::isEventFrame) && opensSentence(sentence, from)) {
            subjectVerb(sentence, to).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The nearest word of the frame table, else the nearest past-tense verb. A change frame ("rose") or a start
     * ("began") does not end the search: the nearest event frame beyond it is added ("the death toll rose to 31": @rise, @death).
     * After a value a change word counts only right after it ("a 6.2% fall"): further on it is the verb of the
     * noun that follows ("the magnitude 6.8 earthquake rose": 6.8 did not rise).
     *
     * @param following whether {@code words} follow the value (else they precede it, nearest first)
     */
    private List<String> nearest(List<String> words, List<Boolean> capitalised, boolean following,
                                 Map<String, String> table) {
        String change = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String frame = commanded(words, i, following ? 1 : -1, table);
            if ("broke".equals(w) && !(following ? i + 1 < words.size() && words.get(i + 1).equals("out")
                    : i > 0 && words.get(i - 1).equals("out"))) {
                frame = null;
            }
            boolean changeFurtherOn = following && i > 0 && !(i <= 2 && CHANGE_NOUNS.contains(w));
            if (frame == null || changeFurtherOn && CHANGE_FRAMES.contains(frame)) {
                continue;
            }
            if (!CHANGE_FRAMES.contains(frame) && !START.equals(frame)) {
                return change == null ? List.of(PREFIX + frame) : List.of(change, PREFIX + frame);
            }
            if (change == null) {
                change = PREFIX + frame;
            }
        }
        if (change != null) {
            return List.of(change);
        }
        if (following && !words.isEmpty() && PROTEST_NOUNS.contains(words.get(0))) {
            return List.of(PREFIX + "protest");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!capitalised.get(i) && w.length() > 4 && w.endsWith("ed") && !Words.isStop(w)) {
                return List.of(PREFIX + stemmer.stem(w));
            }
        }
        return List.of();
    }

    /**
     * A verb of the frame table in the past ("evacuated", "rescued"): the count right after its "from" is where
     * the event took place; a noun before "from" ("the death toll from the magnitude 6.8 quake") is not.
     */
    private static boolean eventVerb(String word) {
        String frame = FRAMES.get(word);
        return frame != null && !CHANGE_FRAMES.contains(frame) && word.endsWith("ed");
    }

    /**
     * The frame of the word at {@code i} ({@code onward}: 1 when {@code words} run on in the text, -1 when they
     * run back from the value), where "ordered to", "told to" or "forced to" tells the event by the verb after it: "nine villages were ordered to leave" is an evacuation, not a purchase ("ordered 12 jets").
     */
    private static String commanded(List<String> words, int i, int onward, Map<String, String> table) {
        String w = words.get(i);
        int verb = i + 2 * onward;
        if (verb >= 0 && verb < words.size() && COMMAND_VERBS.contains(w) && words.get(i + onward).equals("to")) {
            return COMMANDED.getOrDefault(words.get(verb), table.get(words.get(verb)));
        }
        return table.get(w);
    }

    /**
     * A percentage of events is told with their frame: "31.4% of the vote" (@vote), "40% of the deaths" (@death),
     * whatever verb stands before it ("won" / "taking" / "with"). A cheap test ("of" right after) comes first.
     */
    private java.util.Optional<String> shareOf(String sentence, int from, int to) {
        int of = to;
        while (of < sentence.length() && sentence.charAt(of) == ' ') {
            of++;
        }
        if (!sentence.startsWith("of ", of) || !PERCENTAGE.matcher(sentence.substring(from, to)).find()) {
            return java.util.Optional.empty();
        }
        WordScanner m = new WordScanner(sentence);
        m.region(of + 3, Math.min(sentence.length(), of + 3 + SHARE_REACH));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("all")) {
                continue;
            }
            String frame = FRAMES.get(w);
            return frame == null || CHANGE_FRAMES.contains(frame) ? java.util.Optional.empty()
                    : java.util.Optional.of(PREFIX + frame);
        }
        return java.util.Optional.empty();
    }

    /** The value is the first word of its sentence (after an opening quote): the subject of the main verb. */
    private static boolean opensSentence(String sentence, int from) {
        for (int i = 0; i < from; i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table frame of the main verb of a sentence whose subject is the value, beyond the modifiers of the
     * subject ("Five officials from the roads department, including two engineers, have been arrested"):
     * the first table word before the next conjunction, within a wider reach.
     */
    private java.util.Optional<String> subjectVerb(String sentence, int to) {
        WordScanner m = new WordScanner(sentence);
        m.region(to, Math.min(sentence.length(), to + SUBJECT_REACH));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w)) {
                return java.util.Optional.empty();
            }
            String frame = FRAMES.get(w);
            if (frame != null && !CHANGE_FRAMES.contains(frame)) {
                return java.util.Optional.of(PREFIX + frame);
            }
        }
        return java.util.Optional.empty();
    }

    /** The value ends with a unit of time ("18 hours", "five years"): a length, not a count. */
    /** An ordinal in digits right before "minute" ("in the 89th minute"): a moment of a match. */
    private static boolean minuteOfPlay(String sentence, int from, int to) {
        return to - from >= 3 && Character.isDigit(sentence.charAt(from)) && Character.isLetter(sentence.charAt(to - 1))
                && sentence.regionMatches(true, to, MINUTE, 0, MINUTE.length());
    }

    private static final String MINUTE = " minute";

    private static boolean endsWithTimeUnit(String sentence, int to) {
        int start = to;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        return TIME_UNITS.contains(sentence.substring(start, to).toLowerCase(Locale.ROOT));
    }

    /** A noun whose "of" introduces the value it is told with: who took part in a study, the size of a change. */
    private static boolean ofNoun(String word) {
        return STUDY_NOUNS.contains(word) || CHANGE_NOUNS.contains(word);
    }

    /** A clause ends at a comma, semicolon, colon or dash, or before a conjunction. */
    private static boolean breaks(String gap, String word) {
        return gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("—")
                || gap.contains(" - ") || CLAUSE_BREAKS.contains(word);
    }

    /**
     * The frame key of a word of the frame table ("killed" and "died" both give "@death"), else the word's
     * stem: context vectors count two verbs of one frame as one shared word.
     */
    public String stemOrFrame(String lowerWord) {
        String f = FRAMES.get(lowerWord);
        return f != null ? PREFIX + f : stemmer.stem(lowerWord.replace("-", ""));
    }

    /**
     * A word of an event frame of the table ("killing", "injured", "rescued", "arrested"), not of a change frame
     * ("rose"): a number right after it is what the event counted ("injuring one").
     */
    public static boolean isEventWord(String lowerWord) {
        String f = FRAMES.get(lowerWord);
        return f != null && !CHANGE_FRAMES.contains(f);
    }

    /** The frame of a superlative that ranks an event by its toll ("deadliest", "worst"), or "". */
    public static String severityFrame(String superlative) {
        return "severity".equals(FRAMES.get(superlative)) ? PREFIX + "severity" : "";
    }

    /**
     * The change frame ("@rise", "@fall") of a verb that moves a figure, in the sense it has next to a percentage
     * or a sum ("cut", "lowered", "lost" fall; "hiked", "added" rise), or "" for any other word.
     */
    public static String changeFrameOf(String lowerWord) {
        String f = MARKET_FRAMES.get(lowerWord);
        return f != null && CHANGE_FRAMES.contains(f) ? PREFIX + f : "";
    }

    /**
     * A verb or adjective of an event that happens to people ("killed", "injuring", "missing", "rescued",
     * "evacuated", "arrested"): a bare count next to it counts people ("killing 12", "11 remain missing"). Nouns of
     * these frames ("deaths", "toll", "survivors") name what they count themselves.
     */
    public static boolean isPeopleEventWord(String lowerWord) {
        String f = FRAMES.get(lowerWord);
        return f != null && PEOPLE_FRAMES.contains(f) && !EVENT_NOUNS.contains(lowerWord);
    }

    /** A frame of the table ("@death"), not a past-tense verb standing for itself ("@conced"). */
    public static boolean isTableFrame(String key) {
        return isFrame(key) && FRAME_NAMES.contains(key.substring(PREFIX.length()));
    }

    /** A frame of the table that tells what happened (@death, @arrest), not how a figure changed (@rise). */
    private static boolean isEventFrame(String key) {
        return isTableFrame(key) && !CHANGE_FRAMES.contains(key.substring(PREFIX.length()));
    }

    public static boolean isFrame(String key) {
        return key.startsWith(PREFIX);
    }
}
