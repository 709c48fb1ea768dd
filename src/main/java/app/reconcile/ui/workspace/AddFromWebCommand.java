package app.reconcile.ui.workspace;

import java.util.List;

/** "Add from web…": asks for addresses (or takes dropped links) and hands them to the project to fetch and add. */
public final class AddFromWebCommand {
    private final ProjectCommands project;
    private final WebAddressDialogService dialogs;

    public AddFromWebCommand(ProjectCommands project, WebAddressDialogService dialogs) {
        this.project = project;
        this.dialogs = dialogs;
    }

    public void addFromWeb() {
        dialogs.askWebAddresses().map(WebAddresses::in).filter(a -> !a.isEmpty()).ifPresent(project::addFromWeb);
    }

    /**
     * Adds the links of a drop (see {@link WebAddresses#dropped}); false when it carried none, so the window can
     * refuse it.
     */
    public boolean addDropped(String url, String text) {
        List<String> links = WebAddresses.dropped(url, text);
        if (links.isEmpty()) {
            return false;
        }
        project.addFromWeb(links);
        return true;
    }
}
