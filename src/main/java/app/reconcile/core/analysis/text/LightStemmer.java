package app.reconcile.core.analysis.text;

/**
 * A deliberately small suffix stripper (in the spirit of the Porter step 1): it only needs to make
 * "injuring"/"injured", "children"/"child" and "visits"/"visit" meet, not to produce dictionary forms.
 */
public final class LightStemmer {

    public String stem(String lowerWord) {
        String w = lowerWord;
        if (w.length() <= 3) {
            return w;
        }
        if (w.equals("children")) {
            return "child";
        }
        if (w.equals("people")) {
            return "person";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("y") && w.length() > 4) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
