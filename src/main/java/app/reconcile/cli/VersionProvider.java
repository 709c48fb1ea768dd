package app.reconcile.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ReconcileCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Reconcile " + (v == null ? "development build" : v)};
    }
}
