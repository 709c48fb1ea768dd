package app.reconcile.ui.workspace;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The real "Add from web" form, shown without blocking. */
@ExtendWith(ApplicationExtension.class)
class WebAddressesDialogTest {
    private Dialog<String> dialog;

    @Start
    void start(Stage stage) {
        dialog = WebAddressesDialog.create(null, "https://a.example/copied\n");
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.close());
    }

    @Test
    void addAnswersWithTheTypedAddresses(FxRobot robot) {
        robot.interact(() -> robot.lookup("#webAddresses").queryTextInputControl()
                .appendText("https://b.example/typed"));

        robot.clickOn("#webAddressesConfirm");

        assertThat(WebAddresses.in(dialog.getResult()))
                .containsExactly("https://a.example/copied", "https://b.example/typed");
    }

    @Test
    void addIsDisabledWhileTheFormIsEmpty(FxRobot robot) {
        robot.interact(() -> robot.lookup("#webAddresses").queryTextInputControl().clear());

        assertThat(robot.lookup("#webAddressesConfirm").queryButton().isDisabled()).isTrue();
    }
}
