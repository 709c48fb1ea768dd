package app.reconcile.ui.support;

import app.reconcile.ui.common.DialogService;
import app.reconcile.ui.common.SaveChoice;

import java.util.ArrayList;
import java.util.List;

/** Answers dialogs from a script and remembers what the application said. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> saveQuestions = new ArrayList<>();
    public SaveChoice saveAnswer = SaveChoice.CANCEL;
    public boolean confirmAnswer;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        saveQuestions.add(documentName);
        return saveAnswer;
    }

    public String textAnswer;

    @Override
    public java.util.Optional<String> askText(String title, String question, String initial) {
        return java.util.Optional.ofNullable(textAnswer);
    }

    @Override
    public boolean confirm(String title, String question) {
        return confirmAnswer;
    }
}
