package app.reconcile.core.analysis.quote;

import app.reconcile.core.SortedInts;
import app.reconcile.core.analysis.reading.Reader;
import app.reconcile.core.analysis.reading.Tagged;
import app.reconcile.core.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who each quotation of one article is attributed to. Reports word a quotation differently, but they name the
 * same speaker, so the speaker is what lets two rewordings of one remark be compared at all.
 * <p>
 * The speaker is the run of proper nouns nearest to the quotation outside the quotation marks, in the sentence
 * where it stands ("..., said Christina Greenway, daughter of ..."): the attribution is written beside the
 * quote in every house style. A quotation whose sentence names nobody takes the speaker of the quotation it
 * goes on into (a quote of several sentences is attributed once, where it closes), else the speaker of the
 * quotation just before it (news quotes a speaker in consecutive paragraphs without repeating the name).
 */
public final class QuoteSpeakers {
    /** How many sentences back a quotation with no name of its own may take the previous speaker. */
    private static final int CARRY_SENTENCES = 2;

    /** @return the article's quotations, in order, each with its speaker where one is found */
    public List<Quotation> attribute(List<Sentence> sentences, List<Quotation> quotations) {
        return attribute(sentences, quotations, new java.util.HashMap<>());
    }

    /**
     * @param tagged sentences already read, by their text, shared with the other readers of the event (the
     *               values' words); the sentences read here are added to it
     */
    public List<Quotation> attribute(List<Sentence> sentences, List<Quotation> quotations,
                                     java.util.Map<String, Tagged> tagged) {
        int n = quotations.size();
        String[] speaker = new String[n];
        int[] sentence = new int[n];
        QuotedSpans quoted = new QuotedSpans(quotations);
        for (int i = 0; i < n; i++) {
            Quotation q = quotations.get(i);
            sentence[i] = sentenceOf(sentences, q.start());
            if (sentence[i] < 0) {
                speaker[i] = "";
                continue;
            }
            Sentence s = sentences.get(sentence[i]);
            // a sentence with several quotations is read once, and not again for its values
            Tagged t = tagged.get(s.text());
            if (t == null) {
                t = Reader.forThread().read(s.text());
                tagged.put(s.text(), t);
            }
            speaker[i] = named(s, t, q, quoted);
        }
        for (int i = n - 2; i >= 0; i--) {
            if (speaker[i].isEmpty() && goesOnInto(sentences, quotations.get(i), sentence[i], quotations.get(i + 1),
                    sentence[i + 1])) {
                speaker[i] = speaker[i + 1];
            }
        }
        for (int i = 1; i < n; i++) {
            if (speaker[i].isEmpty() && sentence[i] - sentence[i - 1] <= CARRY_SENTENCES) {
                speaker[i] = speaker[i - 1];
            }
        }
        List<Quotation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(quotations.get(i).withSpeaker(speaker[i]));
        }
        return out;
    }

    /** The proper-noun run nearest the quotation outside every quotation of its sentence, by its last word. */
    private static String named(Sentence s, Tagged t, Quotation q, QuotedSpans all) {
        int from = q.start() - s.start();
        int to = q.end() - s.start();
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isProperNoun(i) || all.contains(s.start() + t.start(i))) {
                continue;
            }
            int last = i;
            while (last + 1 < t.size() && t.isProperNoun(last + 1) && !all.contains(s.start() + t.start(last + 1))) {
                last++;
            }
            int distance = t.end(last) <= from ? from - t.end(last) : t.start(i) - to;
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = t.token(last).toLowerCase(Locale.ROOT);
            }
            i = last;
        }
        return best;
    }

    /**
     * Whether an article offset lies inside any of the article's quotations, by binary search: asking each
     * quotation for each proper noun made an article of thousands of quotations quadratic.
     */
    private static final class QuotedSpans {
        private final int[] starts;
        /** The furthest end among the quotations up to each one, in order of start. */
        private final int[] reach;

        QuotedSpans(List<Quotation> quotations) {
            List<Quotation> byStart = quotations.stream()
                    .sorted(java.util.Comparator.comparingInt(Quotation::start)).toList();
            starts = new int[byStart.size()];
            reach = new int[byStart.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = byStart.get(i).start();
                furthest = Math.max(furthest, byStart.get(i).end());
                reach[i] = furthest;
            }
        }

        boolean contains(int at) {
            int k = SortedInts.lastAtOrBefore(starts, at);
            return k >= 0 && at < reach[k];
        }
    }

    /** The first quotation runs to the end of its sentence and the next starts its next sentence. */
    private static boolean goesOnInto(List<Sentence> sentences, Quotation q, int sq, Quotation next, int sn) {
        if (sq < 0 || sn != sq + 1) {
            return false;
        }
        String rest = sentences.get(sq).text().substring(q.end() - sentences.get(sq).start());
        String before = sentences.get(sn).text().substring(0, next.start() - sentences.get(sn).start());
        return rest.chars().noneMatch(Character::isLetterOrDigit) && before.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** The sentence holding {@code offset}, by binary search: the splitter's sentences are in order and disjoint. */
    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
