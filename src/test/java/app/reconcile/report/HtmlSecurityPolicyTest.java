package app.reconcile.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 15: the HTML report carries a strict Content-Security-Policy (no script, nothing loaded from
 * anywhere, only its own style elements), parsed back here as a browser would read it.
 */
class HtmlSecurityPolicyTest {
    private final Document doc = Jsoup.parse(new ReportExporter(ReportFixtures.options())
            .render(ControlCharactersInReportsTest.projectWithControls(), ReportFormat.HTML));

    @Test
    void thePolicyIsAMetaTagInTheHeadBeforeAnyStyle() {
        Element meta = policyTag();

        assertThat(meta.parent()).isEqualTo(doc.head());
        Element firstStyle = doc.selectFirst("style");
        assertThat(firstStyle).isNotNull();
        assertThat(meta.siblingIndex()).isLessThan(firstStyle.siblingIndex());
        assertThat(doc.head().child(0).attr("charset")).isEqualTo("utf-8");
        assertThat(meta.elementSiblingIndex()).isEqualTo(1);
    }

    @Test
    void nothingRunsAndNothingIsLoaded() {
        Map<String, String> directives = directives();

        assertThat(directives).containsEntry("default-src", "'none'")
                .containsEntry("base-uri", "'none'").containsEntry("form-action", "'none'")
                .doesNotContainKeys("script-src", "script-src-elem", "script-src-attr", "img-src", "font-src",
                        "connect-src", "frame-src", "object-src", "media-src");
        assertThat(policyTag().attr("content")).doesNotContain("unsafe", "*", "http", "data:", "blob:", "'self'");
    }

    @Test
    void everyStyleElementOfTheReportIsAllowedByItsHashAndNothingElse() {
        List<String> allowed = Arrays.asList(directives().get("style-src").split(" "));
        List<Element> styles = doc.select("style");

        assertThat(styles).hasSize(2); // the page's and the scoreboard chart's
        assertThat(styles.stream().map(HtmlSecurityPolicyTest::text).map(ContentSecurityPolicy::hashSource))
                .containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(doc.select("[style]")).isEmpty();
    }

    @Test
    void theHashIsTheStandardBase64OfSha256() {
        // echo -n 'a' | openssl dgst -sha256 -binary | base64
        assertThat(ContentSecurityPolicy.hashSource("a")).isEqualTo("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
    }

    private Element policyTag() {
        List<Element> tags = doc.select("meta[http-equiv]").stream()
                .filter(e -> e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")).toList();
        assertThat(tags).hasSize(1);
        return tags.get(0);
    }

    private Map<String, String> directives() {
        return Arrays.stream(policyTag().attr("content").split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1], (a, b) -> a + "|" + b));
    }

    /** The element's text as a browser hashes it: its child text, untouched. */
    private static String text(Element style) {
        Function<org.jsoup.nodes.Node, String> raw = n -> n instanceof DataNode d ? d.getWholeData()
                : n instanceof TextNode t ? t.getWholeText() : "";
        return style.childNodes().stream().map(raw).collect(Collectors.joining());
    }
}
