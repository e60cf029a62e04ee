; The Windows installer of servicepoint (村级电商服务站), NSIS 3 with Unicode.
;
; Built by installer/build.py after the PyInstaller bundle (on Windows or, to check the
; script, on Linux with Debian's nsis):
;
;   makensis /DVERSION=0.1.0 /DDIST=<dist\servicepoint> /DOUTFILE=<setup.exe> servicepoint.nsi
;
; What it does: installs for every user of the PC into Program Files (needs an
; administrator), makes Start-menu and desktop shortcuts, registers the nightly
; `servicepoint sync --backup` with the Windows Task Scheduler, and shows its version in the
; pages, the title and "Apps & features".  Upgrading is running a newer installer over the
; old one.  Neither upgrading nor uninstalling touches the station's data: it lives in each
; Windows user's own folder (%LOCALAPPDATA%\servicepoint), never under Program Files.
;
; Supported: 64-bit Windows 10 version 1809 (build 17763) or later, and Windows 11 — what
; Qt 6 supports.  Older or 32-bit Windows is refused with a message.
; Silent install for technicians: setup.exe /S   (silent uninstall: uninstall.exe /S)

Unicode true
ManifestDPIAware true
ManifestSupportedOS all
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\servicepoint"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\servicepoint-${VERSION}-setup.exe"
!endif

!define APP "servicepoint"
!define REGKEY "Software\servicepoint"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\servicepoint"
!define TASKSCRIPT "$INSTDIR\tools\sync-task.ps1"
!define POWERSHELL "$SYSDIR\WindowsPowerShell\v1.0\powershell.exe"

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh

Name "servicepoint ${VERSION}"
Caption "$(AppTitle) ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\servicepoint"
InstallDirRegKey HKLM "${REGKEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "servicepoint ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

Var OldVersion

; -- pages ---------------------------------------------------------------------------------

!define MUI_ICON "..\icon\servicepoint.ico"
!define MUI_UNICON "..\icon\servicepoint.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${REGKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_WELCOMEPAGE_TITLE "$(AppTitle) ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!define MUI_FINISHPAGE_RUN_FUNCTION StartAsUser
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; Simplified Chinese first: it is the default when the PC's language is neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; -- texts in both languages ---------------------------------------------------------------

LangString AppTitle ${LANG_SIMPCHINESE} "村级电商服务站"
LangString AppTitle ${LANG_ENGLISH} "Village service point"
LangString ShortcutName ${LANG_SIMPCHINESE} "村级电商服务站"
LangString ShortcutName ${LANG_ENGLISH} "Village service point"
LangString TrainingName ${LANG_SIMPCHINESE} "服务站培训"
LangString TrainingName ${LANG_ENGLISH} "Service point training"
LangString ConsoleName ${LANG_SIMPCHINESE} "服务站命令行（技术员）"
LangString ConsoleName ${LANG_ENGLISH} "Service point command line (technicians)"
LangString WelcomeText ${LANG_SIMPCHINESE} "将安装村级电商服务站 ${VERSION}（servicepoint）。$\r$\n$\r$\n安装给这台电脑的所有用户，并在桌面和开始菜单放上快捷方式，每晚自动与县服务器同步并备份。$\r$\n$\r$\n升级时直接运行新版安装程序即可：服务站的数据保存在每个用户自己的文件夹里（%LOCALAPPDATA%\servicepoint），升级和卸载都不会删除。$\r$\n$\r$\n需要 64 位 Windows 10（1809 或更新）或 Windows 11。"
LangString WelcomeText ${LANG_ENGLISH} "This installs the village service point ${VERSION} (servicepoint).$\r$\n$\r$\nIt is installed for every user of this PC, with shortcuts on the desktop and in the Start menu, and syncs with the county server and makes a backup every night.$\r$\n$\r$\nTo upgrade, run a newer installer: the station's data stays in each user's own folder (%LOCALAPPDATA%\servicepoint) and is never removed by an upgrade or an uninstall.$\r$\n$\r$\nNeeds 64-bit Windows 10 (version 1809 or later) or Windows 11."
LangString FinishText ${LANG_SIMPCHINESE} "村级电商服务站 ${VERSION} 已安装。第一次打开时会建立本村服务站或打开培训站。每晚 23:15 到 24:00 之间自动同步（电脑关机时，下次开机后补做）。"
LangString FinishText ${LANG_ENGLISH} "The village service point ${VERSION} is installed. On the first start it creates this village's station or opens the training station. It syncs every night between 23:15 and 24:00 (or after the next start if the PC was off)."
LangString UnFinishText ${LANG_SIMPCHINESE} "程序已卸载。服务站的数据和备份仍保存在 %LOCALAPPDATA%\servicepoint，重新安装后可以继续使用。"
LangString UnFinishText ${LANG_ENGLISH} "The program is removed. The station's data and backups are still in %LOCALAPPDATA%\servicepoint and are used again after a new install."
LangString RunNow ${LANG_SIMPCHINESE} "现在打开服务站"
LangString RunNow ${LANG_ENGLISH} "Start the service point now"
LangString NeedWindows ${LANG_SIMPCHINESE} "这台电脑的 Windows 太旧或是 32 位。村级电商服务站需要 64 位 Windows 10（1809 或更新）或 Windows 11。"
LangString NeedWindows ${LANG_ENGLISH} "This PC's Windows is too old or 32-bit. The service point needs 64-bit Windows 10 (version 1809 or later) or Windows 11."
LangString AppRunning ${LANG_SIMPCHINESE} "村级电商服务站正在运行。请先关闭它（数据会自动保存），再点“重试”。"
LangString AppRunning ${LANG_ENGLISH} "The service point is running. Please close it first (its data is saved), then click Retry."
LangString Upgrading ${LANG_SIMPCHINESE} "升级：从 $OldVersion 升级到 ${VERSION}，数据保留。"
LangString Upgrading ${LANG_ENGLISH} "Upgrade: $OldVersion to ${VERSION}; the data is kept."
LangString TaskRegistered ${LANG_SIMPCHINESE} "已登记每晚同步任务（任务计划程序：\servicepoint\nightly-sync）。"
LangString TaskRegistered ${LANG_ENGLISH} "Registered the nightly sync (Task Scheduler: \servicepoint\nightly-sync)."
LangString TaskFailed ${LANG_SIMPCHINESE} "没能登记每晚同步任务（代码 $0）。程序打开时仍会自动同步；也可以请技术员手动登记。"
LangString TaskFailed ${LANG_ENGLISH} "Could not register the nightly sync (code $0). The app still syncs while it is open; a technician can register it by hand."
LangString DataKept ${LANG_SIMPCHINESE} "服务站数据保留在 %LOCALAPPDATA%\servicepoint。"
LangString DataKept ${LANG_ENGLISH} "The station's data is kept in %LOCALAPPDATA%\servicepoint."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "村级电商服务站 servicepoint"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "村级电商服务站安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Apache-2.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "servicepoint"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "servicepoint installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Apache-2.0"

; -- checks before anything happens --------------------------------------------------------

Function .onInit
  SetShellVarContext all
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_OK|MB_ICONSTOP "$(NeedWindows)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ReadRegStr $OldVersion HKLM "${UNINSTKEY}" "DisplayVersion"
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The finish page's "start now" runs the app as the signed-in user, not as the administrator
; the installer runs as: the station's data belongs in that user's own folder.
Function StartAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\servicepoint.exe"'
FunctionEnd

; A running program's files cannot be opened for writing: wait until the app (and a
; technician's console, or a sync the scheduler started) has been closed.
!macro WaitUntilClosed un
Function ${un}WaitUntilClosed
  retry:
  ${If} ${FileExists} "$INSTDIR\servicepoint.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\servicepoint.exe" a
    IfErrors busy
    FileClose $0
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\servicepoint-cli.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\servicepoint-cli.exe" a
    IfErrors busy
    FileClose $0
  ${EndIf}
  Return
  busy:
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
  Abort
FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."

; -- install -------------------------------------------------------------------------------

Section "servicepoint" SecMain
  SectionIn RO
  ${If} $OldVersion != ""
    DetailPrint "$(Upgrading)"
  ${EndIf}
  Call WaitUntilClosed

  ; Program files only: the previous version's libraries go, so none is left behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File "${DIST}\servicepoint.exe"
  File "${DIST}\servicepoint-cli.exe"
  File /r "${DIST}\_internal"
  SetOutPath "$INSTDIR\tools"
  File "sync-task.ps1"
  File "..\icon\servicepoint.ico"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts for every user: the app, the training station, a technician's console.
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\servicepoint.exe" "" \
    "$INSTDIR\tools\servicepoint.ico" 0
  CreateShortcut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\servicepoint.exe" "" \
    "$INSTDIR\tools\servicepoint.ico" 0
  CreateShortcut "$SMPROGRAMS\$(TrainingName).lnk" "$INSTDIR\servicepoint.exe" "--training" \
    "$INSTDIR\tools\servicepoint.ico" 0
  CreateShortcut "$SMPROGRAMS\$(ConsoleName).lnk" "$SYSDIR\cmd.exe" \
    '/k cd /d "$INSTDIR" && servicepoint-cli.exe --help' "$SYSDIR\cmd.exe" 0

  ; The nightly sync: Task Scheduler runs `servicepoint.exe sync --backup` as whichever user
  ; is signed in (so it finds that user's station), and after start-up if the PC was off.
  ${DisableX64FSRedirection}
  nsExec::ExecToLog '"${POWERSHELL}" -NoProfile -NonInteractive -ExecutionPolicy Bypass \
    -File "${TASKSCRIPT}" -Exe "$INSTDIR\servicepoint.exe"'
  Pop $0
  ${EnableX64FSRedirection}
  ${If} $0 == 0
    DetailPrint "$(TaskRegistered)"
  ${Else}
    DetailPrint "$(TaskFailed)"
  ${EndIf}

  ; "Apps & features"
  WriteRegStr HKLM "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REGKEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "$(AppTitle) (servicepoint)"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "servicepoint"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\servicepoint.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $1 $2 $3
  IntFmt $1 "0x%08X" $1
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $1
SectionEnd

; -- uninstall -----------------------------------------------------------------------------
; Removes the program, its shortcuts, its task and its registry keys.  It never deletes the
; station's data (%LOCALAPPDATA%\servicepoint of each user, with its backups/ folder).

Section "Uninstall"
  Call un.WaitUntilClosed
  ${DisableX64FSRedirection}
  nsExec::ExecToLog '"${POWERSHELL}" -NoProfile -NonInteractive -ExecutionPolicy Bypass \
    -File "${TASKSCRIPT}" -Unregister'
  Pop $0
  ${EnableX64FSRedirection}

  ; Both languages' names: the shortcuts were made in the language chosen at install time.
  Delete "$DESKTOP\村级电商服务站.lnk"
  Delete "$DESKTOP\Village service point.lnk"
  Delete "$SMPROGRAMS\村级电商服务站.lnk"
  Delete "$SMPROGRAMS\Village service point.lnk"
  Delete "$SMPROGRAMS\服务站培训.lnk"
  Delete "$SMPROGRAMS\Service point training.lnk"
  Delete "$SMPROGRAMS\服务站命令行（技术员）.lnk"
  Delete "$SMPROGRAMS\Service point command line (technicians).lnk"

  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\tools"
  Delete "$INSTDIR\servicepoint.exe"
  Delete "$INSTDIR\servicepoint-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: nothing else of the PC's is removed

  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "${REGKEY}"
  DetailPrint "$(DataKept)"
SectionEnd
