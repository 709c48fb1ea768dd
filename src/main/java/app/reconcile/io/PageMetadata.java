package app.reconcile.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a news page says about itself: the outlet that published it, the day it was published and its
 * headline. Read before the extractor strips the page, since JSON-LD lives in a script element.
 *
 * <p>Each piece has an order of trust. Outlet: Open Graph {@code og:site_name}, then the JSON-LD publisher,
 * then the host name without "www.". Date: {@code article:published_time}, then JSON-LD {@code datePublished}
 * (also inside {@code @graph}), then a {@code <time datetime>} in the article, then anywhere. Title:
 * {@code og:title} (the bare headline; {@code <title>} often appends the outlet).
 *
 * @param outlet    never blank: the host name at worst
 * @param published the date part as the page writes it (the publisher's own day); null when none is given
 * @param title     the headline, empty when the page has no {@code og:title}
 */
record PageMetadata(String outlet, LocalDate published, String title) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEPARATORS =
            List.of(" | ", " - ", " \u2013 ", " \u2014 ", " : ", " :: ", " \u00B7 ");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    static PageMetadata of(Document doc, URI url) {
        Optional<JsonNode> linkedData = linkedData(doc);
        String outlet = meta(doc, "og:site_name")
                .or(() -> linkedData.flatMap(PageMetadata::publisherName))
                .orElseGet(() -> hostName(url));
        LocalDate published = meta(doc, "article:published_time").flatMap(PageMetadata::date)
                .or(() -> linkedData.flatMap(ld -> find(ld, "datePublished")).flatMap(PageMetadata::date))
                .or(() -> timeElement(doc))
                .orElse(null);
        return new PageMetadata(outlet, published, meta(doc, "og:title").orElse(""));
    }

    /**
     * "Coastal Daily - Fourteen hurt as ferry hits pier" is the headline "Fourteen hurt as ferry hits pier": page
     * titles often carry the outlet's name before or after a separator, and the pane header already shows it.
     */
    static String headline(String title, String outlet) {
        String t = title.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String name = outlet.toLowerCase(Locale.ROOT);
        for (String separator : SEPARATORS) {
            if (lower.endsWith(separator + name) && t.length() > separator.length() + name.length()) {
                return t.substring(0, t.length() - separator.length() - name.length()).strip();
            }
            if (lower.startsWith(name + separator) && t.length() > separator.length() + name.length()) {
                return t.substring(name.length() + separator.length()).strip();
            }
        }
        return t;
    }

    /** {@code <meta property=...>} (Open Graph's way) or {@code <meta name=...>} (what many sites write). */
    private static Optional<String> meta(Document doc, String key) {
        for (Element e : doc.select("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]")) {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }

    /** All JSON-LD blocks as one array; a block that is not valid JSON is skipped, as browsers do. */
    private static Optional<JsonNode> linkedData(Document doc) {
        var all = JSON.createArrayNode();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                all.add(JSON.readTree(script.data()));
            } catch (JsonProcessingException e) {
                // a broken block says nothing; the other sources of metadata still may
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    /** The first text value of {@code field} anywhere in the tree, breadth first (the article before its parts). */
    private static Optional<String> find(JsonNode root, String field) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
            node.forEach(queue::add);
        }
        return Optional.empty();
    }

    private static Optional<String> publisherName(JsonNode linkedData) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(linkedData);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            JsonNode publisher = node.get("publisher");
            if (publisher != null) {
                JsonNode first = publisher.isArray() && !publisher.isEmpty() ? publisher.get(0) : publisher;
                JsonNode name = first.isTextual() ? first : first.get("name");
                if (name != null && name.isTextual() && !name.asText().isBlank()) {
                    return Optional.of(name.asText().strip());
                }
            }
            node.forEach(queue::add);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> timeElement(Document doc) {
        for (String query : new String[] {"article time[datetime]", "time[datetime]"}) {
            for (Element time : doc.select(query)) {
                Optional<LocalDate> date = date(time.attr("datetime"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The calendar day of an ISO-8601 date or date-time as written ("2025-08-07T23:30:00+02:00" is the 7th):
     * the day the publisher's readers saw on the page.
     */
    static Optional<LocalDate> date(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String hostName(URI url) {
        String host = url.getHost() == null ? url.toString() : url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
