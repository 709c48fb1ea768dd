package app.reconcile.report;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.FactKind;
import app.reconcile.core.Project;
import app.reconcile.core.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeiReportTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Document fixture() throws Exception {
        return parse(new ReportExporter(ReportFixtures.options()).render(ReportFixtures.project(), ReportFormat.TEI));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(TEI, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element app(Document doc, String factId) {
        return elements(doc, "app").stream().filter(a -> a.getAttribute("n").equals(factId)).findFirst().orElseThrow();
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(TEI, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void rootIsTeiInTheTeiNamespace() throws Exception {
        Element root = fixture().getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("TEI");
        assertThat(root.getNamespaceURI()).isEqualTo(TEI);
    }

    @Test
    void listsOneWitnessPerSourceWithItsArticleIdAsXmlId() throws Exception {
        List<Element> witnesses = elements(fixture(), "witness");

        assertThat(witnesses).extracting(w -> w.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
                .containsExactly("a1", "a2", "a3");
    }

    @Test
    void hasOneAppPerFact() throws Exception {
        assertThat(elements(fixture(), "app")).extracting(a -> a.getAttribute("n"))
                .containsExactly("f1", "f2", "f3", "f4", "f5", "f6", "f7");
    }

    @Test
    void resolvedFactCarriesTheChosenReadingAsLemWithItsWitnesses() throws Exception {
        Element app = app(fixture(), "f1");
        Element lem = (Element) app.getElementsByTagNameNS(TEI, "lem").item(0);

        assertThat(app.getAttribute("type")).isEqualTo("resolved");
        assertThat(lem.getTextContent()).isEqualTo("two");
        assertThat(lem.getAttribute("wit")).isEqualTo("#a1 #a2");
        assertThat(texts(app, "rdg")).containsExactly("Four");
    }

    @Test
    void typedValueIsALemWithoutWitnessesFollowedByEveryStatedReading() throws Exception {
        Element app = app(fixture(), "f5");
        Element lem = (Element) app.getElementsByTagNameNS(TEI, "lem").item(0);

        assertThat(lem.getTextContent()).isEqualTo("Jonathan Smith");
        assertThat(lem.hasAttribute("wit")).isFalse();
        assertThat(texts(app, "rdg")).containsExactly("Jon Smyth", "John Smith");
    }

    @ParameterizedTest(name = "{0} is {1} with only readings")
    @CsvSource(textBlock = """
            f2, dismissed
            f3, unresolved
            f7, compatible
            """)
    void undecidedAndDismissedFactsHaveOnlyReadings(String factId, String type) throws Exception {
        Element app = app(fixture(), factId);

        assertThat(app.getAttribute("type")).isEqualTo(type);
        assertThat(texts(app, "lem")).isEmpty();
        assertThat(texts(app, "rdg")).hasSize(2);
    }

    @Test
    void noteWithMarkupIsTextNotElements() throws Exception {
        Element app = app(fixture(), "f1");

        assertThat(texts(app, "note")).contains(ReportFixtures.HOSTILE_NOTE);
        assertThat(app.getElementsByTagName("b").getLength()).isZero();
    }

    @Test
    void awkwardIdsAndControlCharactersStillYieldWellFormedXmlWithValidIds() throws Exception {
        Article odd = new Article("1 bad:id", "x.txt", "Bell\u0007 & <co>", "Four \u0000 people");
        Article same = new Article("1 bad_id", "y.txt", "Y", "two people");
        Fact fact = new Fact("f\"1", FactKind.NUMBER, "n\u0001", Verdict.CONFLICT, List.of(
                ReportFixtures.mention(odd, "Four", "4"), ReportFixtures.mention(same, "two", "2")));
        String xml = new ReportExporter(ReportFixtures.options())
                .render(new Project(List.of(odd, same), List.of(fact)), ReportFormat.TEI);

        Document doc = parse(xml);

        assertThat(elements(doc, "witness")).extracting(w -> w.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
                .containsExactly("w-1_bad_id", "w-1_bad_id-2");
        assertThat(texts(doc.getDocumentElement(), "rdg")).containsExactly("Four", "two");
    }

    @Test
    void emptyProjectHasNoEmptyListsWhichTeiForbids() throws Exception {
        Document doc = parse(new ReportExporter(ReportFixtures.options()).render(Project.empty(), ReportFormat.TEI));

        assertThat(elements(doc, "listWit")).isEmpty();
        assertThat(elements(doc, "listApp")).isEmpty();
        assertThat(texts(doc.getDocumentElement(), "p")).contains("No sources.", "No facts were compared.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            a1,        a1
            article 7, article_7
            7,         w-7
            -x,        w--x
            é.1,       é.1
            """)
    void articleIdsBecomeValidNcNames(String articleId, String expected) {
        assertThat(WitnessIds.ncName(articleId)).isEqualTo(expected);
    }
}
