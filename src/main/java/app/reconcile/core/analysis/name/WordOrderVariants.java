package app.reconcile.core.analysis.name;

import app.reconcile.core.Mention;
import app.reconcile.core.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one name of two or more capitalised words written in two orders ("Dynamic Smart Cooling" / "Smart
 * Dynamic Cooling"): the same words, so the same thing, and the order is what a fact-checker settles.
 */
public final class WordOrderVariants {
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]+(?:[ ]\\p{Lu}[\\p{L}\\p{M}]+)+(?![\\p{L}\\p{M}])");

    public List<NameVariantFinder.Variants> find(List<Sentence> sentences, List<String> articleIds) {
        // words as a sorted key -> each order (letter case aside) -> its mentions
        Map<String, Map<String, List<Mention>>> byWords = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Matcher m = RUN.matcher(s.text());
            while (m.find()) {
                String run = m.group();
                String[] words = run.toLowerCase(Locale.ROOT).split(" ");
                if (new LinkedHashSet<>(Arrays.asList(words)).size() != words.length) {
                    continue; // "Baden Baden": a repeated word gives no order to compare
                }
                Arrays.sort(words);
                byWords.computeIfAbsent(String.join(" ", words), k -> new LinkedHashMap<>())
                        .computeIfAbsent(run.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Mention(articleIds.get(s.article()), s.start() + m.start(), s.start() + m.end(), run,
                                null));
            }
        }
        List<NameVariantFinder.Variants> out = new ArrayList<>();
        for (Map<String, List<Mention>> orders : byWords.values()) {
            if (orders.size() < 2 || articles(orders).size() < 2) {
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            orders.values().forEach(mentions::addAll);
            List<String> written = orders.values().stream().map(ms -> ms.get(0).text()).toList();
            out.add(new NameVariantFinder.Variants(String.join(" / ", written) + " (word order)", mentions));
        }
        return out;
    }

    private static Set<String> articles(Map<String, List<Mention>> orders) {
        Set<String> out = new LinkedHashSet<>();
        orders.values().forEach(ms -> ms.forEach(m -> out.add(m.articleId())));
        return out;
    }
}
