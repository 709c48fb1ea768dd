package app.reconcile.core.names;

import app.reconcile.core.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceNamesTest {
    private static Article article(String source, String title, String text) {
        return new Article("a1", source, title, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            © 2025 Reuters. All rights reserved.                     ; Reuters
            Copyright 2024 The Associated Press. All rights reserved ; The Associated Press
            (c) 2023 Kyiv Independent                                ; Kyiv Independent
            Source: RFE/RL                                           ; RFE/RL
            By Jane Doe | The Guardian                               ; The Guardian
            """)
    void theOutletNamedOnACopyrightSourceOrBylineLineIsTheName(String line, String outlet) {
        Article a = article("000_dcb8.txt", "Putin and Trump to meet", "Putin and Trump to meet.\nBody text.\n" + line + "\n");

        assertThat(SourceNames.of(a)).isEqualTo(outlet);
    }

    @Test
    void withoutAnOutletTheTitleNamesTheSourceNotTheFileName() {
        Article a = article("000_dcb8837b0834c85d.txt", "Trump and Putin to meet in coming days, Kremlin aide says",
                "Trump and Putin to meet in coming days, Kremlin aide says\nBy the way, nothing here.");

        assertThat(SourceNames.of(a)).isEqualTo("Trump and Putin to meet in coming days, Kremlin aide says");
        assertThat(SourceNames.shortName(a)).isEqualTo("Trump and Putin to meet in…").hasSizeLessThanOrEqualTo(SourceNames.HEADER_LENGTH);
    }

    @Test
    void aNameTheEditorGaveWinsOverTheText() {
        Article a = article("Kyiv Post", "Title", "© 2025 Reuters\ntext");

        assertThat(SourceNames.of(a)).isEqualTo("Kyiv Post");
    }

    @Test
    void aDateLineIsNotAnOutlet() {
        assertThat(SourceNames.outletIn("Updated\n© August 7, 2025 14:05\n")).isEmpty();
    }
}
