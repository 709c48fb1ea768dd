package app.reconcile.core.analysis.quantity;

import app.reconcile.core.FactKind;
import app.reconcile.core.analysis.text.Sentence;
import app.reconcile.core.analysis.value.Candidate;
import app.reconcile.core.analysis.value.PhoneValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds telephone numbers: groups of digits that open with a 0 or a "+" (a count never does) and hold 8 to 13
 * digits in all ("0800 555 111", "+44 20 7946 0958", "0845-125-2222"). Read before quantities, so that their
 * groups are not taken for three counts.
 */
public final class PhoneNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,+])(?:\\+\\d{1,3}[ -]?(?:\\(0\\)[ -]?)?\\d{1,4}|0\\d{2,4})(?:[ -]\\d{2,6}){1,4}(?![\\p{N}]|[.,]\\p{N})");
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 13;

    public List<Candidate> extract(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s.text());
        while (m.find()) {
            String digits = m.group().replaceAll("\\(0\\)|[^0-9]", "");
            if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
                continue;
            }
            out.add(new Candidate(s, s.start() + m.start(), s.start() + m.end(), m.group(), FactKind.NUMBER,
                    new PhoneValue(digits), "phone", List.of(), "phone number"));
        }
        return out;
    }
}
