package app.reconcile.core.analysis.name;

import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one entity spelled differently (Yury/Yuri Ushakov, Zelenskyy/Zelensky, Zaporizhzhya/Zaporizhzhia).
 * Two capitalised spellings are taken as one name only when they are a small edit apart, are not the same
 * word with a grammatical ending (Russia/Russian, Ukraine/Ukrainian, Trump/Trump's), and are anchored: they
 * share a neighbouring capitalised word (the surname next to a first name, "Luhansk, ..." in a list).
 */
public final class NameVariantFinder {
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?"
            + "(?=(?:['’]s)?(?![\\p{L}\\p{M}]))");
    private static final Pattern GAP = Pattern.compile("\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|-");
    private static final Set<String> ENDINGS = Set.of("", "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese",
            "ish", "i", "is", "e", "a", "ia", "ic", "ism", "ist", "ists", "ite", "ites", "er", "ers");
    private static final int MIN_LENGTH = 4;

    /** One spelling of a name, with where it occurs and the capitalised words next to it. */
    private static final class Form {
        final String key;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Boolean> neighbours = new HashMap<>(); // neighbour -> true when it follows

        Form(String key) {
            this.key = key;
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** A group of spellings of one entity. */
    public record Variants(String label, List<Mention> mentions) {
        public FactKind kind() {
            return FactKind.NAME;
        }
    }

    public List<Variants> find(List<Sentence> sentences, List<String> articleIds) {
        Map<String, Form> forms = new TreeMap<>();
        for (Sentence s : sentences) {
            collect(s, articleIds.get(s.article()), forms);
        }
        Map<String, List<Form>> byPrefix = new HashMap<>();
        for (Form f : forms.values()) {
            if (f.key.length() >= MIN_LENGTH) {
                byPrefix.computeIfAbsent(f.key.substring(0, 1), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Form, Form> parent = new HashMap<>();
        Map<Form, String> anchorLabel = new HashMap<>();
        for (List<Form> block : byPrefix.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Form a = block.get(i);
                    Form b = block.get(j);
                    String label = sameEntity(a, b);
                    if (label != null) {
                        Form ra = root(parent, a);
                        Form rb = root(parent, b);
                        if (ra != rb) {
                            parent.put(rb, ra);
                        }
                        anchorLabel.putIfAbsent(ra, label);
                        anchorLabel.putIfAbsent(rb, label);
                    }
                }
            }
        }
        Map<Form, List<Form>> groups = new LinkedHashMap<>();
        for (Form f : forms.values()) {
            if (parent.containsKey(f) || parent.containsValue(f)) {
                groups.computeIfAbsent(root(parent, f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Variants> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Mention> mentions = new ArrayList<>();
            g.getValue().forEach(f -> mentions.addAll(f.mentions));
            out.add(new Variants(anchorLabel.getOrDefault(g.getKey(), "spelling"), mentions));
        }
        return out;
    }

    private static void collect(Sentence s, String articleId, Map<String, Form> forms) {
        Matcher m = NAME.matcher(s.text());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] sp = spans.get(i);
            String surface = s.text().substring(sp[0], sp[1]);
            Form f = forms.computeIfAbsent(surface.toLowerCase(Locale.ROOT), Form::new);
            f.surfaces.merge(surface, 1, Integer::sum);
            f.mentions.add(new Mention(articleId, s.start() + sp[0], s.start() + sp[1], surface, null));
            if (i > 0 && adjacent(s.text(), spans.get(i - 1)[1], sp[0])) {
                f.neighbours.put(key(s.text(), spans.get(i - 1)), false);
            }
            if (i + 1 < spans.size() && adjacent(s.text(), sp[1], spans.get(i + 1)[0])) {
                f.neighbours.put(key(s.text(), spans.get(i + 1)), true);
            }
        }
    }

    private static String key(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean adjacent(String text, int from, int to) {
        String gap = text.substring(from, to).replaceFirst("^['’]s", "");
        return GAP.matcher(gap).matches();
    }

    /** A label when a and b are spellings of one entity, else null. */
    static String sameEntity(Form a, Form b) {
        if (!NameSimilarity.closeSpelling(a.key, b.key) || NameSimilarity.isInflection(a.key, b.key, ENDINGS)) {
            return null;
        }
        for (var n : a.neighbours.entrySet()) {
            Boolean follows = b.neighbours.get(n.getKey());
            if (follows != null && follows.equals(n.getValue()) && !n.getKey().equals(a.key) && !n.getKey().equals(b.key)) {
                String anchor = capitalise(n.getKey());
                return follows ? anchor + " (first name)" : a.surface() + " / " + b.surface() + " (spelling)";
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Form root(Map<Form, Form> parent, Form f) {
        Form r = f;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
