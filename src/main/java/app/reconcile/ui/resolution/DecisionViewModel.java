package app.reconcile.ui.resolution;

import app.reconcile.core.Fact;
import app.reconcile.core.Mention;
import app.reconcile.core.names.TypedValues;
import app.reconcile.core.Resolution;
import app.reconcile.core.Variant;
import app.reconcile.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The editor's decisions on the selected fact: adopt a stated value, type a custom one, dismiss, reopen,
 * annotate. Each is one undoable workspace edit stamped with the author and the clock.
 */
public final class DecisionViewModel {
    private final WorkspaceViewModel workspace;
    private final Clock clock;
    private final Supplier<String> author;
    private final BooleanSupplier autoAdvance;
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty customValue = new SimpleStringProperty("");

    public DecisionViewModel(WorkspaceViewModel workspace, Clock clock, Supplier<String> author,
                             BooleanSupplier autoAdvance) {
        this.workspace = workspace;
        this.clock = clock;
        this.author = author;
        this.autoAdvance = autoAdvance;
        workspace.selectedFactIdProperty().addListener((obs, old, now) -> loadFieldsFromSelection());
    }

    /** The selected fact's distinct values, majority first: "1" picks the first. */
    public List<Variant> variants() {
        return workspace.getSelectedFact().map(Fact::variants).orElse(List.of());
    }

    /** The value most articles state, if strictly more than any other. */
    public Optional<Variant> suggestion() {
        return workspace.getSelectedFact().flatMap(Fact::majorityVariant);
    }

    /** Adopts {@code variant} as authoritative. */
    public void choose(Variant variant) {
        decide(f -> Resolution.choose(variant, note.get(), author.get(), clock.instant()));
    }

    /**
     * Key 1..9: adopts the {@code number}-th value; with auto-advance on, moves on to the next undecided
     * conflict. Returns false when there is no such value.
     */
    public boolean chooseByNumber(int number) {
        List<Variant> variants = variants();
        if (number < 1 || number > variants.size()) {
            return false;
        }
        choose(variants.get(number - 1));
        advanceIfWanted();
        return true;
    }

    /**
     * Enter: adopts the suggestion, if there is one. A tie has none: then nothing is decided and the status
     * line says why (a silent Enter reads as a broken key).
     */
    public boolean acceptSuggestion() {
        Optional<Fact> fact = workspace.getSelectedFact();
        if (fact.isEmpty()) {
            return false;
        }
        Optional<Variant> suggested = suggestion();
        if (suggested.isEmpty()) {
            if (fact.get().isConflict() && fact.get().variants().size() > 1) {
                workspace.activity().say("Enter: no suggestion for a tie (" + fact.get().variants().stream()
                        .map(v -> "\u201c" + v.display() + "\u201d").collect(Collectors.joining(" vs ")) + " are stated by "
                        + "equally many sources); press 1\u2013" + Math.min(9, fact.get().variants().size())
                        + " to pick one, or type the value");
                return true;
            }
            return false;
        }
        choose(suggested.get());
        advanceIfWanted();
        return true;
    }

    /**
     * Adopts the typed value; blank input does nothing. A value one of the articles states ("two" where an
     * article says "2") adopts that stated value rather than a custom one.
     */
    public boolean useCustomValue() {
        String typed = customValue.get() == null ? "" : customValue.get().trim();
        if (typed.isEmpty()) {
            return false;
        }
        Optional<Variant> stated = workspace.getSelectedFact().flatMap(f -> TypedValues.match(f, typed));
        if (stated.isPresent()) {
            choose(stated.get());
            workspace.activity().say("\u201c" + typed + "\u201d is the stated value \u201c" + stated.get().display()
                    + "\u201d: adopted it");
            return true;
        }
        decide(f -> Resolution.custom(typed, note.get(), author.get(), clock.instant()));
        return true;
    }

    /**
     * A click on a highlight in a pane: a fact that is not selected yet is selected; a click on a mention of
     * the selected conflict adopts that mention's value. Either way the status line says what happened.
     */
    public void clickedMention(String factId, Mention mention) {
        Optional<Fact> selected = workspace.getSelectedFact().filter(f -> f.id().equals(factId));
        if (selected.isEmpty() || !selected.get().isConflict()) {
            workspace.select(factId);
            workspace.getSelectedFact().ifPresent(f -> workspace.activity().say("Selected \u201c"
                    + (f.label().isBlank() ? f.id() : f.label()) + "\u201d"
                    + (f.isConflict() ? ": click a version in a pane again, or press 1\u20139, to make it authoritative" : "")));
            return;
        }
        selected.get().variants().stream().filter(v -> v.value().equals(mention.value())).findFirst().ifPresent(v -> {
            choose(v);
            workspace.activity().say("Chose \u201c" + v.display() + "\u201d as authoritative (Ctrl+Z undoes)");
        });
    }

    /** Marks the fact as not a real discrepancy. */
    public void dismiss() {
        decide(f -> Resolution.dismiss(note.get(), author.get(), clock.instant()));
    }

    /** Takes the decision back: the fact is undecided again. */
    public void reopen() {
        workspace.getSelectedFact().ifPresent(fact ->
                workspace.edit(p -> p.updateFact(fact.id(), f -> f.withResolution(null))));
    }

    /** Stores the note on an already decided fact (for undecided ones it goes in with the decision). */
    public void saveNote() {
        workspace.getSelectedFact().filter(f -> f.resolution() != null).ifPresent(fact ->
                workspace.edit(p -> p.updateFact(fact.id(), f -> f.withResolution(f.resolution().withNote(note.get())))));
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty customValueProperty() {
        return customValue;
    }

    private void decide(Function<Fact, Resolution> decision) {
        workspace.getSelectedFact().ifPresent(fact ->
                workspace.edit(p -> p.updateFact(fact.id(), f -> f.withResolution(decision.apply(f)))));
    }

    private void advanceIfWanted() {
        if (autoAdvance.getAsBoolean()) {
            workspace.selectNextUnresolved();
        }
    }

    private void loadFieldsFromSelection() {
        Optional<Fact> fact = workspace.getSelectedFact();
        note.set(fact.map(Fact::resolution).map(Resolution::note).orElse(""));
        customValue.set(fact.map(Fact::resolution).filter(Resolution::custom).map(Resolution::display).orElse(""));
    }
}
