package app.reconcile.io;

import app.reconcile.core.Project;

import java.nio.file.Path;

/**
 * Child process of {@link SaveCrashTest}: saves version A once, says "ready", then saves B, A, B, ... to the
 * same file until it is killed.
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int bytes = Integer.parseInt(args[1]);
        Project[] versions = {SampleProjects.large(bytes, 0), SampleProjects.large(bytes, 1)};
        ProjectFiles files = new ProjectFiles();
        files.save(versions[0], file);
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            files.save(versions[i % 2], file);
        }
    }
}
