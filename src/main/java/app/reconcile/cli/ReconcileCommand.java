package app.reconcile.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code reconcile} command; its subcommands do the work. */
@Command(name = "reconcile",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Compare several news reports of one event and settle, fact by fact, which version is right.",
                "Without a subcommand, java -jar reconcile.jar opens the workbench on the seed articles."
        })
public final class ReconcileCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: analyze, export, open or bench");
    }
}
