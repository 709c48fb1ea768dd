package app.reconcile.cli;

import app.reconcile.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Accepts format names case-insensitively ("html", "markdown", "md", ...) with a helpful error. */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.parse(value);
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(ReportFormat.values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw new TypeConversionException("unknown format '" + Terminal.safe(value) + "'; use one of " + known);
        }
    }
}
