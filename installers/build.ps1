# Windows: builds Footfall Studio .msi and .exe installers into installers\target (JDK 17+ and the
# WiX Toolset 3 on PATH, which jpackage uses for both). Run from the repository root:
#   powershell -ExecutionPolicy Bypass -File installers\build.ps1
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot; $root = Split-Path $here; $dist = "$root\app\target\dist"; $out = "$here\target"
if (-not (Test-Path "$dist\.built")) { & "$root\mvnw.cmd" -B -q -DskipTests package; if ($LASTEXITCODE) { exit 1 } }
$version = (Get-Content "$dist\version").Trim() -replace '-SNAPSHOT$', ''
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue; New-Item -ItemType Directory "$out\input" | Out-Null
# jpackage on Windows wants an .ico; ImageMagick makes it from the committed PNG.
magick "$here\footfall.png" -define icon:auto-resize=256,64,48,32,16 "$out\footfall.ico"
$modules = (Get-Content "$here\modules.txt" | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
jlink --add-modules $modules --output "$out\runtime" --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive
Copy-Item "$dist\lib\*.jar" "$out\input"; Copy-Item -Recurse "$root\floorplans", "$root\pipelines" "$out\input"
$opts = @(); foreach ($f in ((Get-Content "$dist\jvm-flags") -split ' ') + @('-Dfootfall.home=$APPDIR', '-Dfootfall.launcher=footfall')) { $opts += '--java-options', $f }
# The studio's launcher also gets the studio's JIT settings (studio-jvm-flags, as footfall.cmd studio uses them); an
# added launcher's java-options replace the main launcher's, so they list them all.
$studioOptions = ((Get-Content "$dist\jvm-flags") + ' -Dfootfall.home=$APPDIR -Dfootfall.launcher=footfall')
if (Test-Path "$dist\studio-jvm-flags") { $studioOptions += ' ' + (Get-Content "$dist\studio-jvm-flags") }
"main-class=io.footfall.app.StudioMain`r`narguments=studio`r`njava-options=$studioOptions`r`nwin-console=false`r`nicon=$out\footfall.ico" | Set-Content "$out\footfall-studio.properties"
foreach ($type in 'msi', 'exe') {
  jpackage --type $type --name footfall --app-version $version --vendor "Footfall Studio" --dest $out `
    --runtime-image "$out\runtime" --input "$out\input" --main-jar "footfall-runtime-$((Get-Content "$dist\version").Trim()).jar" `
    --main-class io.footfall.runtime.cli.Main @opts --icon "$out\footfall.ico" --win-console `
    --add-launcher "footfall-studio=$out\footfall-studio.properties" --win-menu --win-menu-group "Footfall Studio" `
    --win-shortcut --win-dir-chooser --win-per-user-install `
    --file-associations "$here\linux\footfall-file.properties"
  if ($LASTEXITCODE) { exit 1 }
}
