package app.reconcile.ui.facts;

import app.reconcile.core.FactKind;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The real "Link as same fact" dialog, shown without blocking. */
@ExtendWith(ApplicationExtension.class)
class LinkDetailsDialogTest {
    private Dialog<LinkDetails> dialog;

    @Start
    void start(Stage stage) {
        dialog = LinkDetailsDialog.create(null, new LinkDetails(FactKind.NUMBER, "12"));
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.close());
    }

    @Test
    @SuppressWarnings("unchecked")
    void linkAnswersWithTheEditedKindAndLabel(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#linkKind").queryAs(ComboBox.class).setValue(FactKind.DATE);
            robot.lookup("#linkLabel").queryTextInputControl().setText("day of the summit");
        });

        robot.clickOn("#linkConfirm");

        assertThat(dialog.getResult()).isEqualTo(new LinkDetails(FactKind.DATE, "day of the summit"));
    }

    @Test
    void theSuggestionIsPrefilled(FxRobot robot) {
        assertThat(robot.lookup("#linkLabel").queryTextInputControl().getText()).isEqualTo("12");
    }
}
