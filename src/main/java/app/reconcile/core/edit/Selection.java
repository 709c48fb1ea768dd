package app.reconcile.core.edit;

/** Text the editor selected in one article pane: {@code [start, end)} UTF-16 offsets into its text. */
public record Selection(String articleId, int start, int end) {
}
