package app.reconcile.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file whose charset nobody told us, deterministically:
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE);</li>
 *   <li>without one, a strong pattern of NUL bytes at every other position means UTF-16;</li>
 *   <li>bytes that decode as strict UTF-8 are UTF-8 (random Windows-1252 text almost never does);</li>
 *   <li>anything else is Windows-1252, the charset of old Windows and of most mislabelled "Latin-1".</li>
 * </ol>
 * ICU's statistical {@code CharsetDetector} was tried and not used: on short samples it named Big5 for a
 * Polish ISO-8859-2 line, ISO-8859-2 for Cyrillic UTF-16 without a mark, and ISO-8859-1 (which lacks the
 * curly quotes of Windows-1252) for English; a wrong guess silently garbles the text every offset points
 * into. Known limit: UTF-16 without a byte-order mark is only recognised for mostly Latin-script text.
 * The BOM is removed; nothing else changes.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PROBE_BYTES = 4096;

    /** The decoded text and the charset that was used, for messages and tests. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16ByNulPattern(bytes);
        if (utf16 != null) {
            String text = strict(bytes, utf16);
            if (text != null) {
                return new Decoded(text, utf16);
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * Latin-script UTF-16 has a NUL in (nearly) every high byte. Requiring most of one parity and almost
     * none of the other keeps binary files, which have NULs everywhere, out.
     */
    private static Charset utf16ByNulPattern(byte[] bytes) {
        int pairs = Math.min(bytes.length, PROBE_BYTES) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the String constructor's decoder is much faster than a CharsetDecoder; it replaces malformed
            // input with U+FFFD, so only a text holding one needs the strict decoder's verdict
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
