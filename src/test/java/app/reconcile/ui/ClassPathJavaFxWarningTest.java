package app.reconcile.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain jar runs JavaFX from the class path: its start-up warning about that is dropped, other JavaFX
 * warnings are not. Logged the way JavaFX logs it (System.Logger "javafx" over java.util.logging).
 */
class ClassPathJavaFxWarningTest {
    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> seen = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            seen.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        javafx.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        javafx.removeHandler(recorder);
        javafx.setFilter(null);
    }

    @Test
    void theUnnamedModuleWarningIsDroppedAndOtherJavaFxWarningsStillShow() {
        ClassPathJavaFxWarning.silenceIfOnClassPath();
        System.Logger logger = System.getLogger("javafx");

        logger.log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from ''{0}''", "unnamed module @1b2c3d");
        logger.log(System.Logger.Level.WARNING, "Some other JavaFX warning");

        assertThat(seen).containsExactly("Some other JavaFX warning");
    }
}
