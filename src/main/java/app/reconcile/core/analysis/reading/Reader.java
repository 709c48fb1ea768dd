package app.reconcile.core.analysis.reading;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads sentences with Apache OpenNLP's English Universal Dependencies models (tokens, part of speech,
 * lemmas). The models are loaded once per JVM and shared; the taggers keep state, so each thread gets its
 * own through {@link #forThread()}.
 */
public final class Reader {
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /**
     * Loaded on first use, by the class-holder idiom, the three at once on their own threads: together they
     * take about 0.4 s, which {@link #preload()} lets the engine overlap with its own reading of the articles.
     */
    private static final class Models {
        static final java.util.concurrent.CompletableFuture<TokenizerModel> TOKENIZER =
                loading(TOKENS, TokenizerModel::new);
        static final java.util.concurrent.CompletableFuture<POSModel> TAGGER = loading(POS, POSModel::new);
        static final java.util.concurrent.CompletableFuture<LemmatizerModel> LEMMATIZER =
                loading(LEMMA_MODEL, LemmatizerModel::new);
    }

    /** Starts loading the models in the background, if they are not loaded yet; returns at once. */
    public static void preload() {
        Models.TOKENIZER.isDone();
    }

    private static <T> java.util.concurrent.CompletableFuture<T> loading(String resource, ModelLoader<T> loader) {
        java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load(resource, loader));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "opennlp-model-" + resource);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Lemmas by tag and word, shared by all threads; cleared when it outgrows a large vocabulary. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LEMMAS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    private static final ThreadLocal<Reader> PER_THREAD = ThreadLocal.withInitial(Reader::new);

    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENIZER.join());
    private final POSTaggerME tagger = new POSTaggerME(Models.TAGGER.join(), POSTagFormat.UD);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMATIZER.join());

    private Reader() {
    }

    /** The reader of the calling thread. */
    public static Reader forThread() {
        return PER_THREAD.get();
    }

    public Tagged read(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = spans[i].getCoveredText(sentence).toString();
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
        }
        String[] tags = tagger.tag(tokens);
        List<String> lemmas = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            lemmas.add(lemma(tokens[i], tags[i]));
        }
        return new Tagged(List.of(tokens), starts, ends, List.of(tags), lemmas);
    }

    /**
     * The lemma of one word with its tag, from the cache when this pair was seen before. The lemmatizer is
     * asked word by word rather than sentence by sentence: its beam search ranks every lemma class for every
     * token, which cost more than tagging itself, and a word's lemma with its tag hardly depends on its
     * neighbours. A news event repeats its words, so most lookups are hits.
     */
    private String lemma(String token, String tag) {
        String key = tag + '\t' + token;
        String cached = LEMMAS.get(key);
        if (cached != null) {
            return cached;
        }
        String[] one = lemmatizer.lemmatize(new String[] {token}, new String[] {tag});
        // the model answers "O" when it has no lemma: the word itself is the best guess then
        String lemma = (one[0] == null || one[0].equals("O") ? token : one[0]).toLowerCase(Locale.ROOT);
        if (LEMMAS.size() > MAX_CACHED) {
            LEMMAS.clear();
        }
        LEMMAS.put(key, lemma);
        return lemma;
    }

    private interface ModelLoader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelLoader<T> loader) {
        try (InputStream in = Reader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
