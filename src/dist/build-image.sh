#!/usr/bin/env bash
# Builds the installable app (mvn -B -Pdist package runs this after copying the jars; see README "Install"):
#   target/dist/Reconcile/          app image: bin/Reconcile launcher, lib/runtime (jlink-ed), lib/app (jars)
#   target/dist/reconcile_*.deb     where dpkg-deb and fakeroot are installed
# The runtime holds the JDK modules the app uses (found with jdeps) and OpenJFX's modules as real modules, so
# JavaFX never warns of an "unsupported configuration". The launcher carries the JVM option that makes a short
# `analyze` fast (C1-only compilation, docs/decisions/0009), and the runtime a class-data archive of its JDK
# classes (jlink --generate-cds-archive). An archive of the app's own classes is not built: JDK 17 checks it
# against the absolute class path of the build, so it would be ignored once the image is installed elsewhere.
set -euo pipefail
target=$1 basedir=$2 version=${3%%-*}
work=$target/dist-work
dist=$target/dist
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "build-image: $tool not found: a JDK 17 with $tool is needed" >&2; exit 1; }
done
rm -rf "$dist" "$work/runtime"
mkdir -p "$dist"
mkdir -p "$work/input"; cp "$target/reconcile-$3.jar" "$work/input/reconcile.jar"

# jdeps --print-module-deps on the jars gives java.base, java.desktop, java.net.http, java.prefs, java.scripting,
# java.sql, jdk.management and javafx.controls; the others are read by name at run time (charsets, locales,
# elliptic-curve TLS for web pages, zip file system) and jdeps cannot see them.
jlink --module-path "$work/fx" \
  --add-modules java.base,java.desktop,java.net.http,java.prefs,java.scripting,java.sql,java.logging,java.naming,java.xml,jdk.management,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata,javafx.controls \
  --include-locales en,de,fr,es,it \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/runtime"

jpackage --type app-image --name Reconcile --dest "$dist" --input "$work/input" \
  --main-jar reconcile.jar --main-class app.reconcile.Launcher --runtime-image "$work/runtime" \
  --app-version "$version" --icon "$basedir/assets/reconcile.png" \
  --description "Compare several news reports of one event and settle which version is right" \
  --java-options "-XX:TieredStopAtLevel=1"
image=$dist/Reconcile

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$image" --name Reconcile --dest "$dist" --app-version "$version" \
    --linux-package-name reconcile --linux-shortcut --linux-menu-group Office --linux-app-category editors \
    --icon "$basedir/assets/reconcile.png" --vendor "Reconcile" \
    --description "Compare several news reports of one event and settle which version is right" \
    --file-associations "$basedir/src/dist/reconcile-project.properties" \
    --resource-dir "$basedir/src/dist/linux"
else
  echo "build-image: dpkg-deb or fakeroot not found: the .deb is not built (apt-get install dpkg fakeroot)"
fi
du -sh "$image" | sed 's/^/build-image: app image /'
