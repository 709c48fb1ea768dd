package app.reconcile.core.analysis.name;

import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.AnchoredPattern;
import app.reconcile.core.analysis.text.AnchoredPattern.Before;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.text.Words;
import app.reconcile.core.analysis.knowledge.Alternation;
import app.reconcile.core.analysis.knowledge.KnowledgeTable;
import app.reconcile.core.analysis.knowledge.WordList;

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
    /**
     * A capitalised word, with the particle that may open it: Arabic al-/el- (and its assimilated forms ad-,
     * ash-, ...; "Al Sudani" with a space), Dutch, German and Romance van/von/de/da/di/del/du/dos/bin/ibn
     * ("van der Meer"). The particle is kept apart from the name: "al-Sudani" and "Sudani" are one name, and
     * two articles writing the particle differently ("al-Wazir" / "el-Wazir") spell the name differently.
     */
    /**
     * The second syllable of a hyphenated given name ("Ji-hoon", "Heung-min", "Jae-in"): a short capitalised
     * part, a hyphen and two to five lower-case letters, not an English word that makes a place an adjective
     * ("Kyiv-based", "Iran-backed", "Gaza-bound").
     */
    private static final String SYLLABLE = "(?:(?<=(?<![\\p{L}\\p{M}])\\p{Lu}\\p{Ll}{1,4})-"
            + "(?!(?:" + Alternation.of(WordList.load("hyphen-words").words()) + ")(?![\\p{L}\\p{M}]))"
            + "\\p{Ll}{2,5}(?![\\p{L}\\p{M}\\-]))?";
    static final AnchoredPattern NAME = AnchoredPattern.of(Pattern.compile("(?<![\\p{L}\\p{M}'’\\-])"
            + "(?<particle>(?:[Aa]l|[Ee]l|a[dnrstz]|ash)-|(?:" + particles() + ")"
            + "\\s+(?:(?:der|den|de|la|los|las)\\s+)?)?"
            + "(?<name>\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?" + SYLLABLE + ")"
            + "(?=(?:['’]s)?(?![\\p{L}\\p{M}]))"), "AaEebivdt", Before.NO_LETTER).orAnyUppercase();
    /** The particles as a pattern, each in lower case and, where it is written so, capitalised. */
    private static String particles() {
        java.util.List<String> forms = new java.util.ArrayList<>();
        for (KnowledgeTable.Entry e : KnowledgeTable.load("name-particles", "particle capital", "particle").entries()) {
            String p = e.get("particle");
            if (e.get("capital").equals("yes")) {
                forms.add(Character.toUpperCase(p.charAt(0)) + p.substring(1));
            }
            forms.add(p);
        }
        return Alternation.of(forms);
    }

    private static Set<String> withEmpty(Set<String> endings) {
        Set<String> out = new java.util.HashSet<>(endings);
        out.add("");
        return Set.copyOf(out);
    }

    private static final String VOWELS = "aeiou";
    private static final Pattern GAP = Pattern.compile("\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|-");
    /**
     * Endings of one English word in its grammatical and derivational forms (Russia/Russian, Japan/Japanese,
     * Geophysics/Geophysical, Finance/Financial): two spellings that differ only in these are two words.
     */
    private static final Set<String> ENDINGS = withEmpty(WordList.load("name-endings").words());
    /**
     * Capitalised words that name the kind of an organisation or place ("Geophysical Institute", "Sechenov
     * University"): the word before them is part of a name, not a first name.
     */
    private static final Set<String> INSTITUTION_WORDS = WordList.load("institution-words").words();
    private static final int MIN_LENGTH = 4;

    /** One spelling of a name, with where it occurs and the capitalised words next to it. */
    private static final class Form {
        final String key;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final List<Mention> mentions = new ArrayList<>();
        /** One mention per occurrence, with its particle when it has one ("al-Sisi", else "Sisi"). */
        final List<Mention> withParticles = new ArrayList<>();
        final Map<String, Boolean> neighbours = new HashMap<>(); // neighbour -> true when it follows
        /** The lower-case content words right before and after each occurrence ("boarded the X", "dhow X"). */
        final Set<String> context = new java.util.HashSet<>();
        /** Particle spelling ("al-", "el ") -> mentions of the particle with the name, when a particle opens it. */
        final Map<String, List<Mention>> particles = new LinkedHashMap<>();

        Form(String key) {
            this.key = key;
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** A group of spellings of one entity. */
    /**
     * One entity written several ways.
     *
     * @param reason why the spellings were taken as one entity, for the fact panel ("" when the label says it)
     */
    public record Variants(String label, List<Mention> mentions, String reason) {
        public Variants(String label, List<Mention> mentions) {
            this(label, mentions, "");
        }

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
                byPrefix.computeIfAbsent(block(f.key), k -> new ArrayList<>()).add(f);
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
        for (Form f : forms.values()) {
            if (!parent.containsKey(f) && !parent.containsValue(f)) {
                particleVariants(f).ifPresent(out::add);
            }
        }
        for (var g : groups.entrySet()) {
            out.add(spellings(anchorLabel.getOrDefault(g.getKey(), "spelling"), g.getValue()));
        }
        return out;
    }

    private static void collect(Sentence s, String articleId, Map<String, Form> forms) {
        AnchoredPattern.Scan scan = NAME.scan(s.text());
        List<int[]> spans = new ArrayList<>(); // name start, name end, start with its particle
        List<String> particles = new ArrayList<>();
        while (scan.find()) {
            Matcher m = scan.matcher();
            spans.add(new int[] {m.start("name"), m.end("name"), m.start()});
            particles.add(m.group("particle"));
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] sp = spans.get(i);
            String surface = s.text().substring(sp[0], sp[1]);
            Form f = forms.computeIfAbsent(surface.toLowerCase(Locale.ROOT), Form::new);
            f.surfaces.merge(surface, 1, Integer::sum);
            f.mentions.add(new Mention(articleId, s.start() + sp[0], s.start() + sp[1], surface, null));
            if (particles.get(i) != null) {
                String whole = s.text().substring(sp[2], sp[1]);
                Mention withParticle = new Mention(articleId, s.start() + sp[2], s.start() + sp[1], whole, null);
                f.particles.computeIfAbsent(particleSpelling(particles.get(i)), k -> new ArrayList<>()).add(withParticle);
                f.withParticles.add(withParticle);
            } else {
                f.withParticles.add(f.mentions.get(f.mentions.size() - 1));
            }
            f.context.addAll(contextWords(s.text(), sp[2], sp[1]));
            if (i > 0 && adjacent(s.text(), spans.get(i - 1)[1], sp[2])) {
                f.neighbours.put(key(s.text(), spans.get(i - 1)), false);
            }
            if (i + 1 < spans.size() && adjacent(s.text(), sp[1], spans.get(i + 1)[2])) {
                f.neighbours.put(key(s.text(), spans.get(i + 1)), true);
            }
        }
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{Ll}]{3,})\\W+(?:(?:[\\p{Ll}]+)\\W+)?$");
    private static final Pattern WORD_AFTER = Pattern.compile("^(?:['’]s)?\\W+(?:(?:[\\p{Ll}]+)\\W+)?([\\p{Ll}]{3,})");

    /**
     * The lower-case content word before a name and the one after it, a function word allowed in between
     * ("boarded the Salahaddin", "a dhow named Salaluddin"): what an entity does or is called is told with the
     * same words by reports that spell it differently.
     */
    private static List<String> contextWords(String text, int start, int end) {
        List<String> out = new ArrayList<>(2);
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (before.find() && !Words.isStop(before.group(1))) {
            out.add(before.group(1));
        }
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (after.find() && !Words.isStop(after.group(1))) {
            out.add(after.group(1));
        }
        return out;
    }

    /**
     * Names are compared within a block of one initial; names opening with a vowel share one block, since
     * transliterations differ in the first vowel (Eidani / Idani, Osama / Usama, Ebrahim / Ibrahim, Yevgenia /
     * Evgenia).
     */
    private static String block(String key) {
        return NameSimilarity.opensWithVowel(key) ? "vowel" : String.valueOf(key.charAt(0));
    }

    /** A particle as written, up to capitals at the start of a sentence: "Al-" and "al-" are one spelling. */
    private static String particleSpelling(String particle) {
        return particle.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * One name whose particle two articles write differently ("al-Wazir" / "el-Wazir", "al-Sudani" /
     * "Al Sudani", "van der Berg" / "van den Berg"): a NAME conflict over the particle with the name. A name
     * written without a particle ("Sudani" after "al-Sudani") is usual style, not a variant.
     */
    private static java.util.Optional<Variants> particleVariants(Form f) {
        if (f.particles.size() < 2 || f.key.length() < MIN_LENGTH) {
            return java.util.Optional.empty();
        }
        List<Set<String>> articlesBySpelling = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (List<Mention> ms : f.particles.values()) {
            articlesBySpelling.add(ms.stream().map(Mention::articleId).collect(java.util.stream.Collectors.toSet()));
            mentions.addAll(ms);
        }
        if (!inTwoArticles(articlesBySpelling)) {
            return java.util.Optional.empty();
        }
        String spellings = String.join(" / ", f.particles.keySet().stream().map(String::strip).toList());
        return java.util.Optional.of(new Variants(f.surface() + " (particle: " + spellings + ")", mentions));
    }

    /**
     * One NAME conflict for the spellings of one entity. When its particle is written differently too ("al-Sisi"
     * / "el-Sisi" beside "Sisi" / "Sissi", "de la Peña" / "dela Pena"), both differences are told in one fact,
     * each occurrence once, with its particle.
     */
    private static Variants spellings(String label, List<Form> group) {
        Map<String, Set<String>> articlesBySpelling = new LinkedHashMap<>();
        for (Form f : group) {
            f.particles.forEach((spelling, ms) -> ms.forEach(m -> articlesBySpelling
                    .computeIfAbsent(spelling, k -> new java.util.HashSet<>()).add(m.articleId())));
        }
        List<Mention> mentions = new ArrayList<>();
        if (articlesBySpelling.size() < 2 || !inTwoArticles(new ArrayList<>(articlesBySpelling.values()))) {
            group.forEach(f -> mentions.addAll(f.mentions));
            return new Variants(label, mentions);
        }
        group.forEach(f -> mentions.addAll(f.withParticles));
        String particles = String.join(" / ", articlesBySpelling.keySet().stream().map(String::strip).toList());
        String merged = label.endsWith(")") ? label.substring(0, label.length() - 1) + "; particle: " + particles + ")"
                : label + " (particle: " + particles + ")";
        return new Variants(merged, mentions);
    }

    /** Two different spellings stand in two different articles (not one article changing its own style). */
    private static boolean inTwoArticles(List<Set<String>> articlesBySpelling) {
        for (int i = 0; i < articlesBySpelling.size(); i++) {
            for (int j = i + 1; j < articlesBySpelling.size(); j++) {
                Set<String> union = new java.util.HashSet<>(articlesBySpelling.get(i));
                union.addAll(articlesBySpelling.get(j));
                if (union.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A neighbour as an anchor, without accents: "Mikael Sørensen" and "Michael Sorensen" stand beside one
     * surname, however each outlet writes its letters.
     */
    private static String key(String text, int[] span) {
        return NameSimilarity.fold(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
    }

    private static boolean adjacent(String text, int from, int to) {
        String gap = text.substring(from, to);
        if (gap.startsWith("'s") || gap.startsWith("’s")) {
            gap = gap.substring(2);
        }
        return GAP.matcher(gap).matches();
    }

    /** A label when a and b are spellings of one entity, else null. */
    static String sameEntity(Form a, Form b) {
        boolean close = NameSimilarity.closeSpelling(a.key, b.key);
        if (!close && !NameSimilarity.sameSkeleton(a.key, b.key)
                || NameSimilarity.isInflection(a.key, b.key, ENDINGS)
                && !NameSimilarity.oneGivenNameBefore(a.key, a.neighbours, b.key, b.neighbours, INSTITUTION_WORDS)) {
            return null;
        }
        if (NameSimilarity.sameSound(a.key, b.key)) {
            return a.surface() + " / " + b.surface() + " (spelling)";
        }
        for (var n : a.neighbours.entrySet()) {
            Boolean follows = b.neighbours.get(n.getKey());
            // a first name transliterated further (Dmytro / Dmitry) needs the same surname after it
            if (follows != null && follows.equals(n.getValue()) && !n.getKey().equals(NameSimilarity.fold(a.key))
                    && !n.getKey().equals(NameSimilarity.fold(b.key))
                    && (close || (follows || surnameFirst(a, b)) && !INSTITUTION_WORDS.contains(n.getKey()))) {
                String anchor = capitalise(n.getKey());
                if (follows && INSTITUTION_WORDS.contains(n.getKey())) {
                    return a.surface() + " / " + b.surface() + " " + anchor + " (spelling)";
                }
                return follows ? anchor + " (first name)" : a.surface() + " / " + b.surface() + " (spelling)";
            }
        }
        // no capitalised neighbour in common: the same words around them ("boarded the Salahaddin")
        if (close && sameConsonants(a.key, b.key) && a.context.stream().anyMatch(b.context::contains)) {
            return a.surface() + " / " + b.surface() + " (spelling)";
        }
        return null;
    }

    /**
     * The same Double Metaphone code (Apache Commons Codec), or, in a code of four consonants or more, one
     * more or less: "Salahuddin" / "Salahaddin" sound alike, "Salaluddin" has one more L; "Iran" / "Iraq" (three
     * each) are two names.
     */
    private static boolean sameConsonants(String a, String b) {
        String ka = METAPHONE.doubleMetaphone(a);
        String kb = METAPHONE.doubleMetaphone(b);
        return ka.equals(kb) || ka.length() >= 4 && kb.length() >= 4
                && org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(ka, kb) <= 1;
    }

    private static final org.apache.commons.codec.language.DoubleMetaphone METAPHONE =
            new org.apache.commons.codec.language.DoubleMetaphone();

    /**
     * Two hyphenated given names ("Ji-hoon" / "Jee-hoon"): Korean and Chinese names put the surname first, so
     * the shared neighbour before them ("Hwang Ji-hoon" / "Hwang Jee-hoon") is the surname that anchors them.
     */
    private static boolean surnameFirst(Form a, Form b) {
        return a.key.indexOf('-') > 0 && b.key.indexOf('-') > 0;
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
