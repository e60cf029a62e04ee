# Registers (or removes) the nightly sync of servicepoint with the Windows Task Scheduler.
# The installer runs it; a technician can run it again by hand (as administrator):
#
#   powershell -ExecutionPolicy Bypass -File "C:\Program Files\servicepoint\tools\sync-task.ps1" -Exe "C:\Program Files\servicepoint\servicepoint.exe"
#   powershell -ExecutionPolicy Bypass -File "...\sync-task.ps1" -Unregister
#
# The task \servicepoint\nightly-sync runs `servicepoint.exe sync --backup` every night at a
# random minute between 23:15 and 24:00, after the app's own sync window (21:00-23:00 by
# default), so a PC left on with the app closed still sends the day's records and makes the
# daily backup.  It runs as whichever user is signed in (the Users group, S-1-5-32-545), so
# it opens that user's station in %LOCALAPPDATA%\servicepoint, with normal rights.  A night
# missed because the PC was off is made up after the next start (StartWhenAvailable).
# servicepoint.exe is the windowless executable: nothing flashes on the screen.  The task's
# "Last Run Result" is the command's exit code: 0 synced, 1 sync failed (`servicepoint-cli
# sync status` says why), 2 no station for that user or refused input.

param(
    [string]$Exe = "$PSScriptRoot\..\servicepoint.exe",
    [switch]$Unregister
)

$ErrorActionPreference = "Stop"
$TaskName = "nightly-sync"
$TaskPath = "\servicepoint\"

if ($Unregister) {
    Unregister-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Confirm:$false `
        -ErrorAction SilentlyContinue
    exit 0
}

$Exe = (Resolve-Path -LiteralPath $Exe).Path
$action = New-ScheduledTaskAction -Execute $Exe -Argument "sync --backup" `
    -WorkingDirectory (Split-Path -Parent $Exe)
$trigger = New-ScheduledTaskTrigger -Daily -At "23:15" -RandomDelay (New-TimeSpan -Minutes 45)
# The Users group by its well-known SID, named as this Windows names it (localised).
$users = (New-Object System.Security.Principal.SecurityIdentifier("S-1-5-32-545")).Translate(
    [System.Security.Principal.NTAccount]).Value
$principal = New-ScheduledTaskPrincipal -GroupId $users -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -AllowStartIfOnBatteries `
    -DontStopIfGoingOnBatteries -ExecutionTimeLimit (New-TimeSpan -Hours 1) `
    -MultipleInstances IgnoreNew
Register-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Action $action `
    -Trigger $trigger -Principal $principal -Settings $settings -Force `
    -Description "servicepoint: nightly sync with the county server and daily backup" | Out-Null
Write-Output "registered $TaskPath$TaskName -> $Exe sync --backup"
exit 0
