# Builds the Windows bundle and installer on a Windows PC (what .github/workflows/windows.yml
# does on a runner):
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs 64-bit Python 3.11 (python.org; "py -3.11" or "python" on PATH) and NSIS 3
# (https://nsis.sourceforge.io or "choco install nsis").  Makes .venv in the project folder,
# installs the project with PyInstaller from constraints.txt, builds dist\servicepoint\,
# runs its --self-test offscreen and writes dist\servicepoint-VERSION-setup.exe.

param(
    [string]$Python = "python"
)

$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $arguments failed ($LASTEXITCODE)" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Run $Python @("-m", "venv", ".venv")
}
$py = ".venv\Scripts\python.exe"
Run $py @("-c", "import struct, sys; assert sys.version_info[:2] >= (3, 11) and struct.calcsize('P') == 8, 'needs 64-bit Python 3.11+'")
Run $py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Run $py @("-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", ".[bundle]")
Run $py @("installer\build.py", "--check")
Get-ChildItem dist\servicepoint-*-setup.exe | Format-Table Name, Length
