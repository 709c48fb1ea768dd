package app.reconcile.io;

import app.reconcile.core.Project;

import java.util.Objects;

/**
 * A project as read from a file: the {@link Project} the application works on, plus the fields of the file
 * this version does not understand. Keep the document while editing ({@link #withProject}) and save it, and
 * those fields survive; code that only needs the project can ignore this type and use
 * {@link ProjectFiles#load(java.nio.file.Path)}.
 */
public record ProjectDocument(Project project, UnknownFields unknownFields) {
    public ProjectDocument {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(unknownFields, "unknownFields");
    }

    /** A document with no unknown fields, e.g. a freshly imported project. */
    public static ProjectDocument of(Project project) {
        return new ProjectDocument(project, UnknownFields.none());
    }

    /** The edited project with the same unknown fields. */
    public ProjectDocument withProject(Project edited) {
        return new ProjectDocument(edited, unknownFields);
    }
}
