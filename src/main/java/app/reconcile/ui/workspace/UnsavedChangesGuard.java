package app.reconcile.ui.workspace;

import app.reconcile.ui.common.DialogService;

/**
 * Protects unsaved work before closing or opening another project: asks Save / Don't save / Cancel and
 * continues only when the work is safe (saved successfully) or the editor chose to drop it.
 */
public final class UnsavedChangesGuard {
    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;
    private final ProjectCommands commands;

    public UnsavedChangesGuard(WorkspaceViewModel workspace, DialogService dialogs, ProjectCommands commands) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.commands = commands;
    }

    /**
     * Runs {@code continuation} now when nothing is unsaved or the editor discards; after a successful
     * save when the editor saves; never when the editor cancels.
     *
     * @return true when {@code continuation} already ran
     */
    public boolean proceed(Runnable continuation) {
        if (!workspace.isDirty()) {
            continuation.run();
            return true;
        }
        switch (dialogs.askSaveChanges(workspace.documentName())) {
            case DISCARD -> {
                continuation.run();
                return true;
            }
            case SAVE -> commands.save(continuation);
            case CANCEL -> { }
        }
        return false;
    }
}
