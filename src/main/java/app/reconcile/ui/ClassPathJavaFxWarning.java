package app.reconcile.ui;

import javafx.application.Application;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Drops the one "WARNING: Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" that
 * JavaFX's {@code PlatformImpl.startup} logs (to the java.util.logging logger "javafx") whenever its classes
 * come from the class path, as they do in the shaded {@code reconcile.jar}. A manifest cannot put jars on the
 * module path, so the plain jar cannot avoid the configuration; the installed app image runs OpenJFX as
 * modules and never logs it. Only that record is dropped: every other JavaFX warning (CSS, child loggers
 * such as "javafx.css") still reaches the console (docs/decisions/0013).
 */
final class ClassPathJavaFxWarning {
    static final String TEXT = "Unsupported JavaFX configuration";
    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathJavaFxWarning() {
    }

    /** Installs the filter when JavaFX runs from the class path; with JavaFX as modules there is nothing to drop. */
    static void silenceIfOnClassPath() {
        if (Application.class.getModule().isNamed()) {
            return;
        }
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> !(record.getMessage() != null && record.getMessage().startsWith(TEXT))
                && (previous == null || previous.isLoggable(record)));
    }
}
