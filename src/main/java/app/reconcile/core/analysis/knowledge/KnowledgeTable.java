package app.reconcile.core.analysis.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A table the engine knows, read from a resource file under
 * {@code src/main/resources/app/reconcile/core/analysis/knowledge/}: one entry a line, {@code id<TAB>field<TAB>...}
 * with as many fields as the reader names columns, {@code #} for comments. Where {@link WordList} holds words, a
 * table holds what goes with them: a word and its frame, a spelling and its unit, a phrase and the patterns that
 * read it. Entries keep the file's order, which is the order a regex alternation built from them tries them.
 *
 * <p>Every id is unique in its file, and so is every key (the columns the reader names as the key, compared
 * without regard to case): a word listed twice for one purpose is an error of the file, not a silent override.
 * A field is never empty; {@code -} stands for "none" where a column is optional. Each file has example
 * sentences or words under {@code src/test/resources/knowledge/}, run as tests.
 */
public final class KnowledgeTable {
    /** The field that stands for "none" in an optional column. */
    public static final String NONE = "-";

    /** One line of the file: its id and its fields, in the order of the table's columns. */
    public record Entry(String id, List<String> fields, Map<String, Integer> columns) {
        /** The field of {@code column}, as written. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column '" + column + "' in " + columns.keySet());
            }
            return fields.get(i);
        }

        /** The field of {@code column}, or "" where it says {@link #NONE}. */
        public String optional(String column) {
            String v = get(column);
            return v.equals(NONE) ? "" : v;
        }

        /** The space-separated values of {@code column} (none where it says {@link #NONE}). */
        public List<String> values(String column) {
            String v = optional(column);
            return v.isEmpty() ? List.of() : List.of(v.split(" +"));
        }

        /** Whether the comma-separated tags of {@code column} hold {@code tag}. */
        public boolean tagged(String column, String tag) {
            return Arrays.asList(optional(column).split(",")).contains(tag);
        }
    }

    private final String name;
    private final List<Entry> entries;

    private KnowledgeTable(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads {@code knowledge/<name>.tsv}.
     *
     * @param columns the names of the fields after the id, separated by spaces
     * @param key     the columns whose fields together must not repeat (compared lower-case), separated by spaces
     */
    public static KnowledgeTable load(String name, String columns, String key) {
        List<String> names = List.of(columns.split(" "));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        List<Integer> keyColumns = new ArrayList<>();
        for (String k : key.split(" ")) {
            Integer i = index.get(k);
            if (i == null) {
                throw new IllegalArgumentException("key column '" + k + "' is not among " + names);
            }
            keyColumns.add(i);
        }
        Map<String, Integer> frozen = Map.copyOf(index);
        String path = "app/reconcile/core/analysis/knowledge/" + name + ".tsv";
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<List<String>> keys = new HashSet<>();
        try (InputStream in = KnowledgeTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the class path: " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != names.size() + 1 || Arrays.stream(f).anyMatch(String::isBlank)) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected 'id<TAB>" + String.join("<TAB>",
                            names) + "', every field written (" + NONE + " for none)");
                }
                List<String> fields = Arrays.stream(f).skip(1).map(String::strip).toList();
                String id = f[0].strip();
                if (!ids.add(id)) {
                    throw new IllegalStateException(path + ":" + lineNo + ": the id '" + id + "' is used twice");
                }
                List<String> entryKey = keyColumns.stream().map(i -> fields.get(i).toLowerCase(Locale.ROOT)).toList();
                if (!keys.add(entryKey)) {
                    throw new IllegalStateException(path + ":" + lineNo + ": " + entryKey + " is listed twice");
                }
                entries.add(new Entry(id, fields, frozen));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new KnowledgeTable(name, entries);
    }

    public String name() {
        return name;
    }

    /** The entries, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entries that {@code test} accepts, in the file's order. */
    public List<Entry> entries(Predicate<Entry> test) {
        return entries.stream().filter(test).toList();
    }

    /** The fields of {@code column}, in the file's order. */
    public List<String> column(String column) {
        return entries.stream().map(e -> e.get(column)).toList();
    }

    /** The fields of {@code column} of the entries {@code test} accepts, in the file's order. */
    public List<String> column(String column, Predicate<Entry> test) {
        return entries.stream().filter(test).map(e -> e.get(column)).toList();
    }

    /** The fields of {@code column}, lower-cased, as a set (file order kept). */
    public Set<String> lowerCaseSet(String column, Predicate<Entry> test) {
        return entries.stream().filter(test).map(e -> e.get(column).toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * {@code keyColumn} to {@code valueColumn} for the entries {@code test} accepts, in the file's order; a key
     * listed twice among them is an error.
     */
    public Map<String, String> map(String keyColumn, String valueColumn, Predicate<Entry> test) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries(test)) {
            if (out.put(e.get(keyColumn), e.get(valueColumn)) != null) {
                throw new IllegalStateException(name + ": '" + e.get(keyColumn) + "' maps to two " + valueColumn
                        + "s");
            }
        }
        return out;
    }

    /** {@code keyColumn} to {@code valueColumn} for every entry. */
    public Map<String, String> map(String keyColumn, String valueColumn) {
        return map(keyColumn, valueColumn, e -> true);
    }

    /** The id of the first entry whose {@code column} is {@code value} (ignoring case), or null. */
    public String idOf(String column, String value) {
        Map<String, String> ids = new HashMap<>();
        for (Entry e : entries) {
            ids.putIfAbsent(e.get(column).toLowerCase(Locale.ROOT), e.id());
        }
        return ids.get(value.toLowerCase(Locale.ROOT));
    }
}
