package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.NumberNames;
import app.reconcile.core.analysis.knowledge.WordList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** A percentage or a sum of money: a figure that markets move. */
    private static final java.util.regex.Pattern MARKET_FIGURE = java.util.regex.Pattern.compile(
            "%|percent|per\\s+cent|points?\\b|bps?\\b|[$€£¥₱]", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern PERCENTAGE = java.util.regex.Pattern.compile(
            "%|percent|per\\s+cent", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** How far the noun of "31.4% of the vote" is looked for, in chars. */
    private static final int SHARE_REACH = 20;
    /** Verbs of a command or a compulsion, whose event is the verb after "to" ("were ordered to leave"). */
    private static final Set<String> COMMAND_VERBS = Set.of("ordered", "told", "forced", "urged");
    /** Verbs after "ordered to" that tell an evacuation: "residents were ordered to leave" / "forced to flee". */
    private static final Map<String, String> COMMANDED = Map.of("leave", "evacuate", "flee", "evacuate");
    /** Words that end a clause: a frame word beyond them tells about another event. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("and", "but", "while", "whereas", "although");
    /** Prepositions that end a count's clause ({@code knowledge/frame-prepositions.tsv}). */
    private static final Set<String> PREPOSITIONS = WordList.load("frame-prepositions").words();
    /**
     * Nouns whose "of" introduces who took part: "a study of 12,400 children", "a survey of 2,000 adults", "a
     * trial of 300 patients". The count is still the object of a preposition, but the noun is its event.
     */
    private static final Set<String> STUDY_NOUNS = Set.of("study", "survey", "poll", "trial");
    /**
     * Units of time ({@code knowledge/time-units.tsv}), singular and plural, but for one whose name is also an
     * ordinal ("the second"): a value that ends with one is a length.
     */
    private static final Set<String> TIME_UNITS = timeUnits();
    private static final int BEFORE = 6;
    private static final int REACH_BEFORE = 120;
    private static final int REACH_AFTER = 80;
    private static final int AFTER = 5;
    /** How far a sentence's main verb is looked for after a value that opens the sentence, in chars. */
    private static final int SUBJECT_REACH = 160;

    private final LightStemmer stemmer;

    private static Set<String> timeUnits() {
        Set<String> ordinals = NumberNames.ordinals().stream().map(NumberNames.Name::word)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> out = new java.util.HashSet<>();
        for (String unit : KnowledgeTable.load("time-units", "unit dimension factor symbol", "unit").column("unit")) {
            if (!ordinals.contains(unit)) {
                out.add(unit);
                out.add(unit + "s");
            }
        }
        return Set.copyOf(out);
    }

    public EventFrames(LightStemmer stemmer) {
        this.stemmer = stemmer;
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
        Map<String, String> table = adverbial ? FrameWords.ADVERBIAL_FRAMES
                : MARKET_FIGURE.matcher(sentence.substring(from, to)).find() ? FrameWords.MARKET_FRAMES : FrameWords.FRAMES;
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
            boolean changeFurtherOn = following && i > 0 && !(i <= 2 && FrameWords.CHANGE_NOUNS.contains(w));
            if (frame == null || changeFurtherOn && FrameWords.CHANGE_FRAMES.contains(frame)) {
                continue;
            }
            if (!FrameWords.CHANGE_FRAMES.contains(frame) && !FrameWords.START.equals(frame)) {
                return change == null ? List.of(PREFIX + frame) : List.of(change, PREFIX + frame);
            }
            if (change == null) {
                change = PREFIX + frame;
            }
        }
        if (change != null) {
            return List.of(change);
        }
        if (following && !words.isEmpty() && FrameWords.PROTEST_NOUNS.contains(words.get(0))) {
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
        String frame = FrameWords.FRAMES.get(word);
        return frame != null && !FrameWords.CHANGE_FRAMES.contains(frame) && word.endsWith("ed");
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
            String frame = FrameWords.FRAMES.get(w);
            return frame == null || FrameWords.CHANGE_FRAMES.contains(frame) ? java.util.Optional.empty()
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
            String frame = FrameWords.FRAMES.get(w);
            if (frame != null && !FrameWords.CHANGE_FRAMES.contains(frame)) {
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
        return STUDY_NOUNS.contains(word) || FrameWords.CHANGE_NOUNS.contains(word);
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
        String f = FrameWords.FRAMES.get(lowerWord);
        return f != null ? PREFIX + f : stemmer.stem(lowerWord.replace("-", ""));
    }

    /**
     * A word of an event frame of the table ("killing", "injured", "rescued", "arrested"), not of a change frame
     * ("rose"): a number right after it is what the event counted ("injuring one").
     */
    public static boolean isEventWord(String lowerWord) {
        String f = FrameWords.FRAMES.get(lowerWord);
        return f != null && !FrameWords.CHANGE_FRAMES.contains(f);
    }

    /** The frame of a superlative that ranks an event by its toll ("deadliest", "worst"), or "". */
    public static String severityFrame(String superlative) {
        return "severity".equals(FrameWords.FRAMES.get(superlative)) ? PREFIX + "severity" : "";
    }

    /**
     * The change frame ("@rise", "@fall") of a verb that moves a figure, in the sense it has next to a percentage
     * or a sum ("cut", "lowered", "lost" fall; "hiked", "added" rise), or "" for any other word.
     */
    public static String changeFrameOf(String lowerWord) {
        String f = FrameWords.MARKET_FRAMES.get(lowerWord);
        return f != null && FrameWords.CHANGE_FRAMES.contains(f) ? PREFIX + f : "";
    }

    /**
     * A verb or adjective of an event that happens to people ("killed", "injuring", "missing", "rescued",
     * "evacuated", "arrested"): a bare count next to it counts people ("killing 12", "11 remain missing"). Nouns of
     * these frames ("deaths", "toll", "survivors") name what they count themselves.
     */
    public static boolean isPeopleEventWord(String lowerWord) {
        String f = FrameWords.FRAMES.get(lowerWord);
        return f != null && FrameWords.PEOPLE_FRAMES.contains(f) && !FrameWords.EVENT_NOUNS.contains(lowerWord);
    }

    /** A frame of the table ("@death"), not a past-tense verb standing for itself ("@conced"). */
    public static boolean isTableFrame(String key) {
        return isFrame(key) && FrameWords.FRAME_NAMES.contains(key.substring(PREFIX.length()));
    }

    /** A frame of the table that tells what happened (@death, @arrest), not how a figure changed (@rise). */
    private static boolean isEventFrame(String key) {
        return isTableFrame(key) && !FrameWords.CHANGE_FRAMES.contains(key.substring(PREFIX.length()));
    }

    public static boolean isFrame(String key) {
        return key.startsWith(PREFIX);
    }
}
