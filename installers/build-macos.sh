#!/usr/bin/env bash
# macOS: builds Footfall Studio.app and a .dmg into installers/target (run on a Mac with JDK 17+).
# Needs an .icns icon: made here from footfall.png with sips/iconutil, which every macOS has.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$here/.."; dist="$root/app/target/dist"; out="$here/target"
[ -f "$dist/.built" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
version="$(cat "$dist/version")"; version="${version%-SNAPSHOT}"
rm -rf "$out"; mkdir -p "$out/input" "$out/footfall.iconset"
for s in 16 32 128 256; do sips -z $s $s "$here/footfall.png" --out "$out/footfall.iconset/icon_${s}x${s}.png" >/dev/null; done
iconutil -c icns "$out/footfall.iconset" -o "$out/footfall.icns"
jlink --add-modules "$(grep -v '^#' "$here/modules.txt" | grep -v '^$' | paste -sd, -)" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive
cp "$dist"/lib/*.jar "$out/input/"; cp -r "$root/floorplans" "$root/pipelines" "$out/input/"
# The .app runs the studio, so it gets the studio's JIT settings too (studio-jvm-flags, as ./footfall studio).
studio_flags=""; [ -f "$dist/studio-jvm-flags" ] && studio_flags="$(cat "$dist/studio-jvm-flags")"
opts=(); for f in $(cat "$dist/jvm-flags") $studio_flags '-Dfootfall.home=$APPDIR' -Dfootfall.launcher=footfall; do opts+=(--java-options "$f"); done
# The .app opens the studio; the CLI is Contents/MacOS/footfall (link it into /usr/local/bin). StudioBoot starts the
# studio before the CLI loads for `studio [FILE]` and runs the CLI for anything else.
jpackage --type dmg --name "Footfall Studio" --app-version "$version" --vendor "Footfall Studio" \
  --dest "$out" --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar "footfall-runtime-$(cat "$dist/version").jar" --main-class io.footfall.app.StudioBoot \
  --arguments studio "${opts[@]}" --icon "$out/footfall.icns" --mac-package-identifier io.footfall.studio \
  --file-associations "$here/linux/footfall-file.properties"
