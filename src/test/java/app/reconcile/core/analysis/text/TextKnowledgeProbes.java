package app.reconcile.core.analysis.text;

import app.reconcile.core.analysis.knowledge.Examples.Marked;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the example corpora of the knowledge files read by the text stage are run: each file's examples go
 * through the class that reads the file (see {@code KnowledgeExamplesTest}).
 */
public final class TextKnowledgeProbes {
    private TextKnowledgeProbes() {
    }

    public static Map<String, Function<String, String>> probes() {
        EventFrames frames = new EventFrames(new LightStemmer());
        SentenceSplitter splitter = new SentenceSplitter(new BoilerplateFilter());
        BoilerplateFilter boilerplate = new BoilerplateFilter();
        Function<String, String> framesAround = input -> {
            Marked m = Marked.of(input);
            boolean time = m.value().contains(":");
            return String.join(" ", frames.around(m.text(), m.from(), m.to(), time));
        };
        return Map.of(
                // a word: "stop" when it is a stopword
                "stopwords", word -> Words.isStop(Words.normalise(word)) ? "stop" : "",
                // a sentence with a [value]: the holder keys of the value
                "not-names", input -> {
                    Marked m = Marked.of(input);
                    return String.join(" ", ValueHolder.of(List.of(new Sentence(0, 0, 0, 0, m.text())))
                            .of(m.text(), m.from(), m.to()));
                },
                // a line: how many sentences it is split into
                "abbreviations", line -> Integer.toString(splitter.split(0, line).size()),
                // a sentence with a [value]: the frame keys around it ("@death"); a clock time reads as a time
                "event-frames", framesAround,
                "frame-prepositions", framesAround,
                // a plural and the word after it: "people" when they name people by their nation
                "nationality-plural-next", input -> {
                    String[] w = input.split(" ", 2);
                    return NationalityNouns.isPlural(w[0], w.length > 1 ? w[1] : "") ? "people" : "";
                },
                // a line: "furniture" when it is page furniture, not the article's text
                "page-furniture", line -> boilerplate.isBoilerplateLine(line, List.of()) ? "furniture" : "");
    }
}
