package app.reconcile.core.analysis.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of words the engine knows, read from a resource file under
 * {@code src/main/resources/app/reconcile/core/analysis/knowledge/}: one entry a line, {@code id<TAB>word},
 * {@code #} for comments. Each entry's id is what an explanation names when the word decided something.
 * Each file has positive and negative example sentences under {@code src/test/resources}, run as tests.
 */
public final class WordList {
    private final String name;
    private final Map<String, String> idsByWord;

    private WordList(String name, Map<String, String> idsByWord) {
        this.name = name;
        this.idsByWord = Map.copyOf(idsByWord);
    }

    public static WordList load(String name) {
        String path = "app/reconcile/core/analysis/knowledge/" + name + ".tsv";
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = WordList.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the class path: " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected 'id<TAB>word'");
                }
                if (entries.put(f[1].strip().toLowerCase(Locale.ROOT), f[0].strip()) != null) {
                    throw new IllegalStateException(path + ":" + lineNo + ": '" + f[1] + "' is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new WordList(name, entries);
    }

    public boolean contains(String word) {
        return idsByWord.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The id of the entry for {@code word}, or null. */
    public String idOf(String word) {
        return idsByWord.get(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> words() {
        return idsByWord.keySet();
    }

    public String name() {
        return name;
    }
}
