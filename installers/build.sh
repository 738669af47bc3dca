#!/usr/bin/env bash
# Builds the Linux packages of Footfall Studio: a jlink'd runtime, a jpackage app-image and a .deb
# (and an .rpm where rpmbuild exists), into installers/target/. Usage: installers/build.sh [app-image]
# ("app-image" stops after the image; the test uses that).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
dist="$root/app/target/dist"
out="$here/target"
only_image="${1:-}"

need() { command -v "$1" >/dev/null 2>&1; }

# The packaging tools come from the JDK that builds; take jlink/jpackage next to java.
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
for tool in jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || { echo "build.sh: $jdk/bin/$tool missing; install a full JDK 17+ (with jmods)." >&2; exit 1; }
done

if [ ! -f "$dist/.built" ]; then
  echo "build.sh: no app/target/dist; building it (./mvnw -B -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

# .deb needs fakeroot and objcopy (binutils); install them when we can.
if [ "$only_image" != app-image ]; then
  missing=()
  need fakeroot || missing+=(fakeroot)
  need objcopy || missing+=(binutils)
  need dpkg-deb || missing+=(dpkg)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && need apt-get; then
      apt-get install -y "${missing[@]}"
    else
      echo "build.sh: missing ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2; exit 1
    fi
  fi
fi

version="$(cat "$dist/version")"
version="${version%-SNAPSHOT}"   # jpackage accepts only numeric versions
rm -rf "$out"; mkdir -p "$out"

echo "build.sh: jlink runtime"
modules="$(grep -v '^#' "$here/modules.txt" | grep -v '^$' | paste -sd,)"
# --generate-cds-archive: the runtime gets the JDK's default class-data archive (lib/server/classes.jsa), which a
# jlink'd image otherwise lacks, so every start of the installed app read and verified the JDK's classes from the
# modules file (BENCHMARKS.md "Studio", session 6).
"$jdk/bin/jlink" --add-modules "$modules" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

# The input folder becomes <image>/lib/app: the jars plus the sample floorplans and pipelines, so
# footfall.home=$APPDIR finds floorplans/ and pipelines/ as in a checkout.
input="$out/input"
mkdir -p "$input"
cp "$dist"/lib/*.jar "$input/"
# JavaFX's native libraries beside its jars: loaded from there, not read out of the jar and hashed at every start.
cp "$dist"/lib/*.so "$input/" 2>/dev/null || true
cp -r "$root/floorplans" "$root/pipelines" "$input/"

java_options=()
for flag in $(cat "$dist/jvm-flags") '-Dfootfall.home=$APPDIR' -Dfootfall.launcher=footfall; do
  java_options+=(--java-options "$flag")
done

# The studio's launcher also gets the studio's JIT settings (app/target/dist/studio-jvm-flags, as ./footfall studio
# uses them). Its java-options list them all: an added launcher's java-options replace the main launcher's.
studio_options="$(cat "$dist/jvm-flags") -Dfootfall.home=\$APPDIR -Dfootfall.launcher=footfall"
[ -f "$dist/studio-jvm-flags" ] && studio_options="$studio_options $(cat "$dist/studio-jvm-flags")"
# Its main class keeps a class-data archive in the user's cache folder and runs the studio from it in a child JVM
# (io.footfall.app.UserClassDataArchive; the cfg cannot name a per-user file and JDK 17 cannot make one by itself).
cat > "$out/footfall-studio.properties" <<PROPS
main-class=io.footfall.app.StudioMain
arguments=studio
java-options=$studio_options
icon=$here/footfall.png
PROPS

common=(--name footfall --app-version "$version" --vendor "Footfall Studio"
  --description "Footfall Studio: design, run and score foot-traffic data pipelines"
  --copyright "Footfall Studio")

echo "build.sh: jpackage app-image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out" \
  --runtime-image "$out/runtime" --input "$input" \
  --main-jar footfall-runtime-$(cat "$dist/version").jar --main-class io.footfall.runtime.cli.Main \
  "${java_options[@]}" --icon "$here/footfall.png" \
  --add-launcher footfall-studio="$out/footfall-studio.properties"
echo "build.sh: app-image $(du -sh "$out/footfall" | cut -f1) at $out/footfall"
[ "$only_image" = app-image ] && exit 0

echo "build.sh: jpackage deb"
"$jdk/bin/jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$out/footfall" \
  --linux-package-name footfall-studio --linux-deb-maintainer "studio@footfall.io" \
  --linux-menu-group "Office;Science" --linux-app-category science --linux-shortcut \
  --linux-package-deps libgtk-3-0 \
  --file-associations "$here/linux/footfall-file.properties" \
  --resource-dir "$here/linux" --icon "$here/footfall.png"

if need rpmbuild; then
  echo "build.sh: jpackage rpm"
  "$jdk/bin/jpackage" --type rpm "${common[@]}" --dest "$out" --app-image "$out/footfall" \
    --linux-package-name footfall-studio --linux-menu-group "Office;Science" --linux-shortcut \
    --file-associations "$here/linux/footfall-file.properties" --resource-dir "$here/linux" --icon "$here/footfall.png"
else
  echo "build.sh: no rpmbuild here; skipping .rpm"
fi
ls -l "$out"/*.deb "$out"/*.rpm 2>/dev/null || true
