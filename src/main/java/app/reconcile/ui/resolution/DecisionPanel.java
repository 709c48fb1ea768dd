package app.reconcile.ui.resolution;

import app.reconcile.core.Article;
import app.reconcile.core.Fact;
import app.reconcile.core.Resolution;
import app.reconcile.core.ResolutionStatus;
import app.reconcile.core.Variant;
import app.reconcile.core.names.SourceNames;
import app.reconcile.ui.common.StyleClasses;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision panel for the selected fact: what it is, each distinct value as a button naming its
 * sources (the suggestion marked), a custom value, a note, dismiss and reopen.
 */
public final class DecisionPanel extends ScrollPane {
    private final WorkspaceViewModel workspace;
    private final DecisionViewModel viewModel;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label detail = new Label();
    private final Label decision = new Label();
    private final VBox variantBox = new VBox(4);
    private final Button reopenButton = new Button("Reopen");
    private final Button dismissButton = new Button("Dismiss");
    private final VBox content = new VBox(8);
    private final TextField customField = new TextField();

    public DecisionPanel(WorkspaceViewModel workspace, DecisionViewModel viewModel) {
        this.workspace = workspace;
        this.viewModel = viewModel;
        setId("decisionPanel");
        getStyleClass().add(StyleClasses.DECISION_PANEL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        title.setId("factTitle");
        title.getStyleClass().add(StyleClasses.DECISION_TITLE);
        title.setWrapText(true);
        meta.setId("factMeta");
        meta.getStyleClass().add(StyleClasses.DECISION_META);
        detail.setId("factDetail");
        detail.setWrapText(true);
        decision.setId("decisionLabel");
        decision.setWrapText(true);

        customField.setId("customValueField");
        customField.setPromptText("Another value");
        customField.textProperty().bindBidirectional(viewModel.customValueProperty());
        Button useValue = new Button("Use value");
        useValue.setId("useValueButton");
        useValue.setOnAction(e -> viewModel.useCustomValue());
        useValue.setMinWidth(Region.USE_PREF_SIZE);
        customField.setOnAction(e -> viewModel.useCustomValue());
        HBox.setHgrow(customField, Priority.ALWAYS);

        TextField noteField = new TextField();
        noteField.setId("noteField");
        noteField.setPromptText("Note (Enter stores it on a decided fact)");
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        noteField.setOnAction(e -> viewModel.saveNote());

        dismissButton.setId("dismissButton");
        dismissButton.setTooltip(new Tooltip("Dismiss: not a real discrepancy"));
        reopenButton.setTooltip(new Tooltip("Reopen: take the decision back"));
        // short words that never give way: "Reop…" and "Dismiss (not a discrepan…" said nothing
        dismissButton.setMinWidth(Region.USE_PREF_SIZE);
        reopenButton.setMinWidth(Region.USE_PREF_SIZE);
        dismissButton.setOnAction(e -> viewModel.dismiss());
        reopenButton.setId("reopenButton");
        dismissButton.setFocusTraversable(false);
        reopenButton.setFocusTraversable(false);
        reopenButton.setOnAction(e -> viewModel.reopen());

        Label hint = new Label("Keys: 1–9 pick a value · Enter takes the suggestion · Alt+↓/↑ next/previous conflict"
                + " · F1 all keys");
        hint.getStyleClass().add(StyleClasses.HINT);
        hint.setWrapText(true);

        // the decisive controls first, so they stay visible in a short panel on a laptop screen; the engine's
        // explanation (why these values are one fact, or how two quotes differ) comes after them
        content.getChildren().addAll(title, meta, section("Values"), variantBox,
                new HBox(6, dismissButton, reopenButton), decision,
                section("Other value and note"), new HBox(6, customField, useValue), noteField, hint, detail);
        content.setFillWidth(true);
        content.getStyleClass().add(StyleClasses.DECISION_CONTENT);
        setContent(content);

        workspace.selectedFactProperty().addListener((obs, old, now) -> render(now));
        render(workspace.selectedFactProperty().get());
    }

    /** The field for a value of the editor's own (a stop of the Tab cycle). */
    public TextField valueField() {
        return customField;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.SECTION_LABEL);
        return label;
    }

    private void render(Fact fact) {
        content.setDisable(fact == null);
        variantBox.getChildren().clear();
        if (fact == null) {
            title.setText("No fact selected");
            meta.setText("");
            detail.setText("");
            decision.setText("");
            return;
        }
        title.setText(fact.label().isBlank() ? fact.id() : fact.label());
        meta.setText(fact.kind() + " · " + fact.verdict().key() + " · " + fact.status().key());
        detail.setText(fact.detail());
        detail.setVisible(!fact.detail().isBlank());
        detail.setManaged(!fact.detail().isBlank());
        Map<String, Article> articles = workspace.getProject().articlesById();
        List<Variant> variants = fact.variants();
        Optional<Variant> suggested = fact.majorityVariant();
        for (int i = 0; i < variants.size(); i++) {
            variantBox.getChildren().add(variantButton(i + 1, variants.get(i), suggested, fact, articles));
        }
        if (suggested.isEmpty() && variants.size() > 1) {
            Label tie = new Label("Tie: no value is stated by more sources than the others.");
            tie.getStyleClass().add(StyleClasses.HINT);
            tie.setWrapText(true);
            variantBox.getChildren().add(tie);
        }
        decision.setText(describe(fact.resolution()));
        reopenButton.setDisable(fact.status() == ResolutionStatus.UNRESOLVED);
    }

    private Button variantButton(int number, Variant variant, Optional<Variant> suggested, Fact fact,
                                 Map<String, Article> articles) {
        String sources = variant.articleIds().stream()
                .map(id -> Optional.ofNullable(articles.get(id)).map(SourceNames::shortName).orElse(id))
                .collect(Collectors.joining(", "));
        boolean isSuggested = suggested.filter(s -> s.value().equals(variant.value())).isPresent();
        Button button = new Button(number + "  " + variant.display() + " — " + sources
                + (isSuggested ? "   (suggested)" : ""));
        button.setId("variant-" + number);
        button.getStyleClass().add(StyleClasses.VARIANT_BUTTON);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setMnemonicParsing(false);
        // rebuilt after every decision: taking focus would drop it into a text field and mute the 1..9 keys
        button.setFocusTraversable(false);
        if (isSuggested) {
            button.getStyleClass().add(StyleClasses.SUGGESTED);
        }
        Resolution r = fact.resolution();
        if (r != null && r.status() == ResolutionStatus.RESOLVED && !r.custom() && r.value().equals(variant.value())) {
            button.getStyleClass().add(StyleClasses.CHOSEN);
            button.setText("✓ " + button.getText());
        }
        button.setOnAction(e -> viewModel.choose(variant));
        return button;
    }

    private static String describe(Resolution r) {
        if (r == null) {
            return "Undecided.";
        }
        String who = r.author().isBlank() ? "" : " by " + r.author();
        return switch (r.status()) {
            case RESOLVED -> "Authoritative: " + r.display() + (r.custom() ? " (typed)" : "") + who;
            case DISMISSED -> "Dismissed: not a discrepancy" + who;
            case UNRESOLVED -> "Undecided.";
        };
    }
}
