package app.reconcile.ui.support;

import app.reconcile.ui.WindowDialogService;
import app.reconcile.ui.common.FileChooserService;
import app.reconcile.ui.common.PreferencesForm;
import app.reconcile.ui.common.SaveChoice;
import app.reconcile.ui.facts.LinkDetails;
import app.reconcile.ui.report.ExportDialogModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Answers dialogs from a script and remembers what the application said. */
public final class RecordingDialogs implements WindowDialogService {
    public final List<String> errors = new ArrayList<>();
    /** The technical detail behind each error that had one (the "Details" expander). */
    public final List<String> errorDetails = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> saveQuestions = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> textQuestions = new ArrayList<>();
    public SaveChoice saveAnswer = SaveChoice.CANCEL;
    public boolean confirmAnswer;
    public String textAnswer;
    /** Picks from the offered options; null: cancel. */
    public Function<List<?>, Object> choiceAnswer;
    /** Edits the suggested details; null: cancel. */
    public UnaryOperator<LinkDetails> linkAnswer = UnaryOperator.identity();
    /** Fills in the export form (as the editor would) and returns the answer; null: cancel. */
    public Function<ExportDialogModel, Optional<FileChooserService.ExportTarget>> exportAnswer;
    public UnaryOperator<PreferencesForm> preferencesAnswer;
    public LinkDetails suggestedLink;
    /** What the editor types into the "Add from web" form; null: cancel. */
    public String webAddressesAnswer;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message, String details) {
        showError(title, message);
        errorDetails.add(details);
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

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        textQuestions.add(title + ": " + question);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public boolean confirm(String title, String question) {
        confirmations.add(title + ": " + question);
        return confirmAnswer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String question, List<T> options, T initial) {
        return choiceAnswer == null ? Optional.empty() : Optional.ofNullable((T) choiceAnswer.apply(options));
    }

    @Override
    public Optional<LinkDetails> askLinkDetails(LinkDetails suggested) {
        suggestedLink = suggested;
        return linkAnswer == null ? Optional.empty() : Optional.ofNullable(linkAnswer.apply(suggested));
    }

    @Override
    public Optional<FileChooserService.ExportTarget> askExport(ExportDialogModel model) {
        return exportAnswer == null ? Optional.empty() : exportAnswer.apply(model);
    }

    @Override
    public Optional<String> askWebAddresses() {
        return Optional.ofNullable(webAddressesAnswer);
    }

    @Override
    public Optional<PreferencesForm> editPreferences(PreferencesForm current) {
        return preferencesAnswer == null ? Optional.empty() : Optional.ofNullable(preferencesAnswer.apply(current));
    }
}
