@echo off
rem footfall: the Footfall Studio command line (CONTRACT.md section 5), for Windows.
rem Builds what is missing on first use, then runs the CLI with the JVM flags Spark and JavaFX need.
setlocal
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "DIST=%ROOT%\app\target\dist"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo footfall: no Java found. Install a JDK 17 or newer and set JAVA_HOME. 1>&2
  exit /b 1
)
if not exist "%DIST%\.built" (
  echo footfall: building... ^(first use; the first build downloads dependencies and takes a few minutes^) 1>&2
  if not exist "%ROOT%\app\target" mkdir "%ROOT%\app\target"
  call "%ROOT%\mvnw.cmd" -B -DskipTests -f "%ROOT%\pom.xml" package > "%ROOT%\app\target\footfall-build.log" 2>&1
  if errorlevel 1 (
    echo footfall: the build failed; see %ROOT%\app\target\footfall-build.log 1>&2
    exit /b 1
  )
)
set /p FLAGS=<"%DIST%\jvm-flags"
rem The studio's own JIT settings (pom.xml footfall.studio.jvm.flags).
set "STUDIO_FLAGS="
if /i "%~1"=="studio" if exist "%DIST%\studio-jvm-flags" set /p STUDIO_FLAGS=<"%DIST%\studio-jvm-flags"
rem The studio's own main class starts its window before the CLI's classes load (BENCHMARKS.md "Studio", session 7).
set "MAIN_CLASS=io.footfall.runtime.cli.Main"
if /i "%~1"=="studio" set "MAIN_CLASS=io.footfall.app.StudioBoot"
if not defined SPARK_LOCAL_IP set "SPARK_LOCAL_IP=127.0.0.1"
"%JAVA%" %FLAGS% %STUDIO_FLAGS% %FOOTFALL_JAVA_OPTS% "-Dfootfall.home=%ROOT%" -Dfootfall.launcher=footfall -cp "%DIST%\lib\*" %MAIN_CLASS% %*
exit /b %errorlevel%
