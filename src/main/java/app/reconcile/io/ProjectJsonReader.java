package app.reconcile.io;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Mention;
import app.reconcile.core.MessageText;
import app.reconcile.core.Project;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a current-version document tree into a {@link ProjectDocument}, checking everything the
 * application relies on later (ids unique, mentions inside their article and equal to the text they
 * cover) so that a bad file is refused here, with its location, instead of failing somewhere in the UI.
 */
final class ProjectJsonReader {
    static final Set<String> TOP_FIELDS = Set.of("format", "version", "articles", "facts");
    static final Set<String> ARTICLE_FIELDS = Set.of("id", "source", "title", "text", "url", "published");
    static final Set<String> FACT_FIELDS = Set.of("id", "kind", "label", "verdict", "mentions", "resolution", "detail");
    static final Set<String> MENTION_FIELDS = Set.of("articleId", "start", "end", "text", "value");
    static final Set<String> RESOLUTION_FIELDS =
            Set.of("status", "value", "display", "custom", "note", "author", "decidedAt");

    /**
     * Decision times are written by a clock, so a year outside 1-9999 is an edit or an attack; an Instant
     * allows years up to a billion, which no date-time formatter of the reports (nor ISO-8601's four-digit
     * year) can show.
     */
    private static final Instant FIRST_DECISION_TIME = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_DECISION_TIME = Instant.parse("+10000-01-01T00:00:00Z");

    private final String fileName;
    private final UnknownFields.Builder unknown = new UnknownFields.Builder();

    ProjectJsonReader(String fileName) {
        this.fileName = fileName;
    }

    ProjectDocument read(ObjectNode root) throws ProjectFileException {
        JsonFields top = JsonFields.of(root, fileName, "");
        Map<String, Article> articles = readArticles(top.requireArray("articles"));
        List<Fact> facts = readFacts(top.optionalArray("facts"), articles);
        unknown.topLevel(top.unknown(TOP_FIELDS));
        return new ProjectDocument(new Project(List.copyOf(articles.values()), facts), unknown.build());
    }

    private Map<String, Article> readArticles(ArrayNode array) throws ProjectFileException {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields a = JsonFields.of(array.get(i), fileName, "article " + (i + 1));
            String id = a.requireNonEmptyString("id");
            a = JsonFields.of(array.get(i), fileName, "article " + q(id));
            if (byId.containsKey(id)) {
                throw a.problem("the id '" + q(id) + "' is used by two articles");
            }
            Article article = new Article(id, a.optionalString("source", ""), a.optionalString("title", ""),
                    a.requireString("text"), a.optionalString("url", ""), date(a, "published"));
            byId.put(id, article);
            unknown.article(id, a.unknown(ARTICLE_FIELDS));
        }
        return byId;
    }

    private List<Fact> readFacts(ArrayNode array, Map<String, Article> articles) throws ProjectFileException {
        List<Fact> facts = new ArrayList<>(array.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields f = JsonFields.of(array.get(i), fileName, "fact " + (i + 1));
            String id = f.requireNonEmptyString("id");
            f = JsonFields.of(array.get(i), fileName, "fact " + q(id));
            if (!ids.add(id)) {
                throw f.problem("the id '" + q(id) + "' is used by two facts");
            }
            FactKind kind = enumValue(f, "kind", FactKind.class);
            Verdict verdict = verdict(f);
            List<Mention> mentions = readMentions(f, id, articles);
            Resolution resolution = readResolution(f, id);
            facts.add(new Fact(id, kind, f.optionalString("label", ""), verdict, mentions, resolution,
                    f.optionalString("detail", "")));
            unknown.fact(id, f.unknown(FACT_FIELDS));
        }
        return facts;
    }

    private List<Mention> readMentions(JsonFields fact, String factId, Map<String, Article> articles)
            throws ProjectFileException {
        ArrayNode array = fact.requireArray("mentions");
        List<Mention> mentions = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonFields m = JsonFields.of(array.get(i), fileName, fact.where() + ", mention " + (i + 1));
            String articleId = m.requireNonEmptyString("articleId");
            Article article = articles.get(articleId);
            if (article == null) {
                throw m.problem("'articleId' is '" + q(articleId) + "', but there is no article with that id");
            }
            int start = m.requireInt("start");
            int end = m.requireInt("end");
            checkOffsets(m, start, end, article);
            String text = m.requireString("text");
            String covered = article.text().substring(start, end);
            if (!covered.equals(text)) {
                throw m.problem("'text' is \"" + q(text) + "\" but the article has \""
                        + q(covered) + "\" at [" + start + ", " + end + ")");
            }
            mentions.add(new Mention(articleId, start, end, text, m.optionalString("value", text)));
            unknown.mention(new UnknownFields.MentionKey(factId, articleId, start, end),
                    m.unknown(MENTION_FIELDS));
        }
        return mentions;
    }

    private static void checkOffsets(JsonFields m, int start, int end, Article article) throws ProjectFileException {
        int length = article.text().length();
        if (start < 0) {
            throw m.problem("'start' is " + start + "; offsets cannot be negative");
        }
        if (end < start) {
            throw m.problem("'end' (" + end + ") is before 'start' (" + start + ")");
        }
        if (end > length) {
            throw m.problem("'end' (" + end + ") is past the end of the text of article " + q(article.id())
                    + " (" + length + " characters)");
        }
        checkWholeCharacter(m, "start", start, article);
        checkWholeCharacter(m, "end", end, article);
    }

    /**
     * Offsets count UTF-16 units, so one between the two halves of an emoji or another character beyond
     * U+FFFF is possible in a hand-edited file; the mention would then show and export half a character.
     */
    private static void checkWholeCharacter(JsonFields m, String name, int offset, Article article)
            throws ProjectFileException {
        String text = article.text();
        if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset))) {
            throw m.problem(String.format(Locale.ROOT,
                    "'%s' (%d) falls inside the character U+%04X at [%d, %d) of article %s", name, offset,
                    text.codePointAt(offset - 1), offset - 1, offset + 1, q(article.id())));
        }
    }

    private Resolution readResolution(JsonFields fact, String factId) throws ProjectFileException {
        if (!fact.has("resolution")) {
            return null;
        }
        JsonFields r = JsonFields.of(fact.raw("resolution"), fileName, fact.where() + ", resolution");
        String statusKey = r.requireString("status");
        ResolutionStatus status;
        if (ResolutionStatus.RESOLVED.key().equals(statusKey)) {
            status = ResolutionStatus.RESOLVED;
        } else if (ResolutionStatus.DISMISSED.key().equals(statusKey)) {
            status = ResolutionStatus.DISMISSED;
        } else {
            throw r.problem("'status' is \"" + q(statusKey) + "\"; expected \"resolved\" or \"dismissed\"");
        }
        String value = r.optionalString("value", null);
        if (status == ResolutionStatus.RESOLVED && (value == null || value.isBlank())) {
            throw r.problem("a resolved fact needs a 'value'");
        }
        Instant decidedAt = instant(r, "decidedAt");
        unknown.resolution(factId, r.unknown(RESOLUTION_FIELDS));
        return new Resolution(status, value, r.optionalString("display", null), r.optionalBoolean("custom", false),
                r.optionalString("note", ""), r.optionalString("author", ""), decidedAt);
    }

    private static Instant instant(JsonFields r, String name) throws ProjectFileException {
        String s = r.optionalString(name, null);
        if (s == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw r.problem("'" + name + "' is \"" + q(s) + "\", not an ISO-8601 time like 2025-08-07T14:30:00Z");
        }
        if (instant.isBefore(FIRST_DECISION_TIME) || !instant.isBefore(AFTER_LAST_DECISION_TIME)) {
            throw r.problem("'" + name + "' is \"" + q(s) + "\"; a decision time must lie in the years 1 to 9999");
        }
        return instant;
    }

    private static LocalDate date(JsonFields a, String name) throws ProjectFileException {
        String s = a.optionalString(name, null);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw a.problem("'" + name + "' is \"" + s + "\", not an ISO-8601 date like 2025-08-07");
        }
    }

    private static Verdict verdict(JsonFields f) throws ProjectFileException {
        String key = f.requireString("verdict");
        for (Verdict v : Verdict.values()) {
            if (v.key().equals(key)) {
                return v;
            }
        }
        throw f.problem("'verdict' is \"" + q(key) + "\"; expected one of " + Arrays.stream(Verdict.values())
                .map(v -> "\"" + v.key() + "\"").collect(Collectors.joining(", ")));
    }

    private static <E extends Enum<E>> E enumValue(JsonFields f, String name, Class<E> type)
            throws ProjectFileException {
        String s = f.requireString(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw f.problem("'" + name + "' is \"" + q(s) + "\"; expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Ids, texts and keys of the file in a message: quoted, as the file may hold anything in them. */
    private static String q(String s) {
        return MessageText.quote(s);
    }
}
