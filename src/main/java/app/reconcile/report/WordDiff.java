package app.reconcile.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word-level difference between two versions of a quote, so a reader sees exactly which words a
 * source changed ("We <del>will</del> <ins>shall</ins> rebuild"). Words compare ignoring case, surrounding
 * punctuation and the straight or curly form of quotes and apostrophes, and punctuation-only changes are not shown: a capital, a comma or a dash is not
 * what the editor is checking.
 *
 * @param chunks the reference words, deletions and insertions, in reading order
 */
public record WordDiff(List<Chunk> chunks) {
    public WordDiff {
        chunks = List.copyOf(chunks);
    }

    public enum Change { SAME, DELETED, INSERTED }

    /** A run of words that is common to both versions, only in the reference, or only in the other. */
    public record Chunk(Change change, String text) {
    }

    /** How {@code other} differs from {@code reference}. */
    public static WordDiff between(String reference, String other) {
        List<String> from = words(reference);
        List<String> to = words(other);
        List<Chunk> chunks = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, WordDiff::sameWord).getDeltas()) {
            int position = delta.getSource().getPosition();
            add(chunks, Change.SAME, from.subList(at, position));
            List<String> deleted = delta.getSource().getLines();
            List<String> inserted = delta.getTarget().getLines();
            if (punctuationOnly(deleted) && punctuationOnly(inserted)) {
                add(chunks, Change.SAME, deleted);
            } else {
                add(chunks, Change.DELETED, deleted);
                add(chunks, Change.INSERTED, inserted);
            }
            at = position + delta.getSource().size();
        }
        add(chunks, Change.SAME, from.subList(at, from.size()));
        return new WordDiff(chunks);
    }

    public boolean hasChanges() {
        return chunks.stream().anyMatch(c -> c.change() != Change.SAME);
    }

    private static void add(List<Chunk> chunks, Change change, List<String> words) {
        if (!words.isEmpty()) {
            chunks.add(new Chunk(change, String.join(" ", words)));
        }
    }

    /** A dash added or a colon dropped changes no words: such deltas are shown as unchanged. */
    private static boolean punctuationOnly(List<String> words) {
        return words.stream().allMatch(w -> core(w).isEmpty());
    }

    private static List<String> words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    private static boolean sameWord(String a, String b) {
        return core(a).equals(core(b));
    }

    /** Typographic and straight quotes and apostrophes are one character here: "There's" is "There’s". */
    private static String core(String word) {
        return word.replaceAll("[\u2018\u2019\u201B\u02BC\u0060\u00B4]", "'").replaceAll("[\u201C\u201D\u201E\u00AB\u00BB]", "\"")
                .replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "").toLowerCase(Locale.ROOT);
    }
}
